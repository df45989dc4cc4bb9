"""Document text → HTML with every annotated span wrapped, escaped piece by piece.

Offsets in records are Python code points while JavaScript counts UTF-16 units, so the
wrapping happens here, on the server, and the browser only toggles classes.

Annotations overlap freely (an event's evidence contains its trigger, a date and a place), so
the text is cut at every boundary into flat segments; each covered segment becomes one
``<span class="a ...">`` whose data attributes list every annotation covering it. No nesting,
so no overlap can break the markup.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Any

# Kinds in the order a click prefers them: the most specific annotation wins.
KINDS = ("trigger", "place", "date", "actor", "evidence")


@dataclass(frozen=True, slots=True)
class Annotation:
    kind: str        # one of KINDS
    start: int
    end: int
    key: str         # event id for trigger/actor/evidence, place key or date key otherwise


def place_key(record: dict[str, Any]) -> str:
    """Mentions of the same gazetteer place share a key; unresolved ones are keyed by name."""
    return record.get("place_id") or "name:" + (record.get("name") or record.get("text") or "").lower()


def date_key(document: str, start: int, end: int) -> str:
    return f"{document}:{start}-{end}"


def annotations(bundle: dict[str, Any]) -> list[Annotation]:
    """Every span of a store bundle that the document view shows, in text order."""
    doc_id = bundle["document"]["id"]
    found: list[Annotation] = []
    for event in bundle["events"]:
        found.append(Annotation("evidence", event["evidence"]["start"], event["evidence"]["end"], event["id"]))
        found.append(Annotation("trigger", event["trigger"]["start"], event["trigger"]["end"], event["id"]))
        for actor in event.get("actors", []):
            ev = actor["evidence"]
            found.append(Annotation("actor", ev["start"], ev["end"], event["id"]))
    for place in bundle["places"]:
        found.append(Annotation("place", place["start"], place["end"], place_key(place)))
    for date in bundle["dates"]:
        found.append(Annotation("date", date["start"], date["end"], date_key(doc_id, date["start"], date["end"])))
    return sorted(found, key=lambda a: (a.start, -a.end))


def render(text: str, spans: list[Annotation]) -> str:
    """The escaped text with each annotated segment wrapped in a span carrying its keys."""
    spans = [a for a in spans if 0 <= a.start < a.end <= len(text)]
    cuts = sorted({0, len(text), *(a.start for a in spans), *(a.end for a in spans)})
    opening: dict[int, list[Annotation]] = defaultdict(list)
    for a in spans:
        opening[a.start].append(a)
    active: list[Annotation] = []
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [a for a in active if a.end > left] + opening.get(left, [])
        piece = escape(text[left:right], quote=False)
        if not active:
            out.append(piece)
            continue
        out.append(_open_tag(active, left) + piece + "</span>")
    return "".join(out)


def _open_tag(active: list[Annotation], left: int) -> str:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for a in active:
        if a.key not in by_kind[a.kind]:
            by_kind[a.kind].append(a.key)
    classes = ["a"] + [f"k-{kind}" for kind in KINDS if kind in by_kind]
    # A segment starting a span gets a marker class so the left edge can be drawn.
    if any(a.start == left and a.kind != "evidence" for a in active):
        classes.append("first")
    attrs = "".join(f' data-{kind}="{escape(" ".join(keys))}"' for kind, keys in by_kind.items())
    clickable = any(kind != "evidence" for kind in by_kind)
    extra = ' tabindex="0" role="button"' if clickable else ""
    return f'<span class="{" ".join(classes)}"{attrs}{extra}>'
