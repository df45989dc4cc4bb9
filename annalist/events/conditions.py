"""Does a trigger rule's condition hold in this clause? (see the header of data/triggers.tsv)."""
from __future__ import annotations

from ..model import Actor, Sentence
from .lexicon import TriggerRule
from .tokens import lemma

AGAIN = {"вновь", "снова", "опять", "обратно"}


def holds(rule: TriggerRule, sentence: Sentence, clause: tuple[int, int], actors: list[Actor],
          has_place: bool, trigger: int | None = None) -> bool:
    words = _clause_words(sentence, clause)
    return all(named(sentence, trigger) if condition == "named" else _holds(condition, words, actors, has_place)
               for condition in rule.conditions)


def named(sentence: Sentence, trigger: int | None) -> bool:
    """"по Любекскому миру", "Брестский мир": a capitalised adjective inside the sentence names it."""
    if trigger is None or trigger < 2:
        return False
    before = sentence.tokens[trigger - 1]
    return before.text[:1].isupper() and before.text.isalpha() and before.text.lower().endswith(NAMING_ENDINGS)


NAMING_ENDINGS = ("ский", "ского", "скому", "ским", "ском", "цкий", "цкого", "цкому", "цким", "цком")


def _clause_words(sentence: Sentence, clause: tuple[int, int]) -> set[str]:
    """The clause's lemmas and word forms; a relative clause's antecedent stands just before it:
    "союз, в который вступила Грузия …"."""
    a, b = clause
    return {lemma(t) for t in sentence.tokens[max(0, a - 3):b]} | {t.text.lower() for t in sentence.tokens[a:b]}


def _holds(condition: str, words: set[str], actors: list[Actor], has_place: bool) -> bool:
    if condition == "place":
        return has_place
    if condition == "again":
        return bool(words & AGAIN)
    key, _, value = condition.partition("=")
    options = set(value.split("|"))
    if key == "with":
        return bool(words & options)
    if key == "without":
        return not words & options
    negate = key.endswith("!")
    role = key.rstrip("!")
    kinds = {x.kind for x in actors if x.role == role}
    if options == {"place"}:
        return has_place and not kinds
    hit = bool(kinds & options)
    return not hit if negate else hit


def may_hold(rule: TriggerRule, sentence: Sentence, clause: tuple[int, int], trigger: int | None = None) -> bool:
    """The rule's word conditions (with, without, again) hold: it may apply once places and actors
    are known. A trigger none of whose rules may apply owns no place ("отбили его наступление")."""
    words = _clause_words(sentence, clause)
    return all(named(sentence, trigger) if c == "named" else _holds(c, words, [], True) for c in rule.conditions
               if c in ("again", "named") or c.startswith(("with=", "without=")))
