"""What the text claims about an event: that it happened, failed, did not happen, is reported,
doubted or only planned. Cues (data/cues.tsv) count inside the trigger's clause; a "не" right
before the trigger negates it, unless it belongs to a failure cue ("не удалась")."""
from __future__ import annotations

import re

from ..model import Assertion, Sentence
from .lexicon import assertion_cues
from .tokens import clauses, has_negation_before, lemma

# Cues that cover only what follows them: a call or an undertaking ("призвал восстать", "обязался вернуть").
CALLS = {"призывать", "призвать", "обязаться"}
# Stronger statuses win when several cues meet in one clause.
PRIORITY = ["negated", "failed", "disputed", "hypothetical", "reported"]


def _find(lemmas: list[str], cue: tuple[str, ...], skip: int | None = None) -> int | None:
    """Where the cue starts in ``lemmas``, not counting an occurrence that covers index ``skip``."""
    n = len(cue)
    for i in range(len(lemmas) - n + 1):
        if tuple(lemmas[i:i + n]) == cue and not (skip is not None and i <= skip < i + n):
            return i
    return None


def assess(sentence: Sentence, trigger: int, clause: tuple[int, int], scope: tuple[int, int] | None = None
           ) -> Assertion:
    """The assertion status of the event whose trigger is token ``trigger``.

    ``scope`` widens the search for reporting cues ("по данным армянских источников") to the
    whole sentence: a source named anywhere in the sentence covers every clause in it.
    """
    tokens = sentence.tokens
    a, b = clause
    lemmas = [lemma(t) for t in tokens]
    found: dict[str, list[str]] = {}
    # "не решился на подавление мятежа": what the cue says of the suppression is not said of the
    # rising whose genitive follows it
    governed = trigger >= 1 and tokens[trigger].feats.get("Case") == "Gen" and tokens[trigger - 1].pos == "NOUN"
    for status, cue in assertion_cues():
        lo, hi = (scope or clause) if status == "reported" else clause
        # a cue is about another event of the clause: "отбили его" is a retaking, not a failure
        at = _find(lemmas[lo:hi], cue, trigger - lo)
        if at is None or governed and status != "reported" and lo + at < trigger - 1:
            continue
        first = tokens[lo + at]
        if (cue[0] in CALLS or first.feats.get("VerbForm") == "Part" and first.feats.get("Variant") != "Short") \
                and lo + at > trigger:
            continue      # "обнародовал план, призывавший восстать": a call covers what it calls for, after it
        verb = next((k for k in range(lo + at, min(lo + at + len(cue), len(tokens))) if tokens[k].pos == "VERB"), lo + at)
        if _coordinated_predicates(tokens, verb, trigger):
            continue      # "рассчитывал на примирение и направил посланцев": each verb is told on its own
        words = " ".join(t.text for t in tokens[lo + at:lo + at + len(cue)])
        found.setdefault(status, []).append(words)
    if has_negation_before(tokens, trigger) and "failed" not in found:
        found.setdefault("negated", []).append(tokens[trigger - 1].text if tokens[trigger - 1].pos != "AUX"
                                               else tokens[trigger - 2].text)
    # "отказалась признавать" is handled as its own type (non_recognition) by the stage.
    for status in PRIORITY:
        if status in found:
            cues = [c for s in PRIORITY if s in found for c in found[s]]
            return Assertion(status, cues)
    return Assertion()


def _coordinated_predicates(tokens, cue: int, trigger: int) -> bool:
    """The cue and the trigger are two finite verbs joined by "и": two predicates of one subject."""
    def finite(t) -> bool:
        # (the tagger may take a past verb for an adjective: "не решился штурмовать … и увёл войска")
        return t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" \
            or t.pos in {"ADJ", "NOUN"} and re.search(r"(?:ёл|ла|ло|ли)$", t.text.lower()) is not None
    lo, hi = sorted((cue, trigger))
    return finite(tokens[cue]) and finite(tokens[trigger]) and any(t.text.lower() == "и" for t in tokens[lo + 1:hi])


def repulsed(sentence: Sentence, clause: tuple[int, int], others: set[int]) -> list[str]:
    """The failure cue of a later clause without its own subject or event, for an attack:
    "русские атаковали вновь, но были отбиты", "Третий штурм, …, в котором участвовали …, тоже
    провалился". Relative clauses in between are skipped."""
    tokens = sentence.tokens
    lemmas = [lemma(t) for t in tokens]
    failures = [cue for status, cue in assertion_cues() if status == "failed"]
    for a, b in clauses(sentence):
        if a < clause[1]:
            continue
        if any(lemmas[k] in RELATIVE_LEMMAS for k in range(a, min(b, a + 4))):
            continue      # ", в котором участвовали …": a relative clause about the subject
        if any(k in others for k in range(a, b)) or any(
                t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON") for t in tokens[a:b]):
            return []
        for cue in failures:
            at = _find(lemmas[a:b], cue)
            if at is not None:
                return [" ".join(t.text for t in tokens[a + at:a + at + len(cue)])]
        return []
    return []


RELATIVE_LEMMAS = {"который", "где", "куда", "откуда"}


def refuses(sentence: Sentence, trigger: int) -> bool:
    """"отказалась признавать", "не признала": a refusal turns recognition into non_recognition."""
    tokens = sentence.tokens
    before = [lemma(t) for t in tokens[max(0, trigger - 3):trigger]]
    return "отказаться" in before or has_negation_before(tokens, trigger)
