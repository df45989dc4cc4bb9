"""The event-type table of docs/events.md, generated from the ontology so the two never disagree.

    PYTHONPATH=. python -m annalist.events.table     # prints the Markdown table
"""
from __future__ import annotations

from .lexicon import trigger_rules
from .ontology import EVENT_TYPES


def markdown_table() -> str:
    lemmas: dict[str, list[str]] = {}
    for lemma, rules in trigger_rules().items():
        for rule in rules:
            if lemma not in lemmas.setdefault(rule.type, []):
                lemmas[rule.type].append(lemma)
    rows = ["| type | family | ru | ACLED event_type | ACLED sub_event_type | PLOVER | mode | trigger lemmas (examples) |",
            "|---|---|---|---|---|---|---|---|"]
    for t in EVENT_TYPES.values():
        examples = ", ".join(lemmas.get(t.name, [])[:6]) or "—"
        rows.append(f"| {t.name} | {t.family} | {t.label_ru} | {t.acled_event_type} | {t.acled_sub_event_type} "
                    f"| {t.plover_event_type or '—'} | {t.plover_mode or '—'} | {examples} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
