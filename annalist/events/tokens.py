"""Small questions about tokens and clauses that every events module asks."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Sentence, Token
from .lexicon import normalise

# Clause boundaries: punctuation that closes a clause, and conjunctions that open a new one.
BOUNDARY_PUNCT = {";", ":", "—", "–", "(", ")"}
BOUNDARY_WORDS = {"а", "но", "однако", "где", "пока", "когда", "куда", "откуда"}
RELATIVE = {"который", "чей"}

# Active participles name the doers (восставшие = the rebels), not the deed.
ACTIVE_PARTICIPLE = re.compile(r"(вш|ющ|ящ|ущ|ащ)(ий|ая|ее|ие|их|им|ими|его|ему|ей|ую|ем|ом|ого|ому)(?:ся)?$")
# a short passive participle's ending: сослан, разграблен, сожжён, взят, убита
SHORT_PASSIVE = re.compile(r"(?:ан|ян|ен|ён|т)[аоы]?$")
LONG_FORM = re.compile(r"(ый|ая|ое|ые|ых|ым|ыми|ой|ую|ого|ому|ом|ий|ие|их|ими|ее|ей|ем)$")

CASES = {"Nom": "nom", "Acc": "acc", "Gen": "gen", "Ins": "ins", "Dat": "dat", "Loc": "loc"}


def lemma(token: Token) -> str:
    return normalise(token.lemma or token.text)


@lru_cache(maxsize=50_000)
def dictionary_forms(word: str) -> tuple:
    # natasha's MorphVocab wraps pymorphy2 (and makes it importable on Python 3.11)
    from ..nlp import models

    return tuple(models().morph_vocab(word))


def _dictionary_lemmas(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise(form.normal) for form in dictionary_forms(word)))


def dictionary_readings(word: str) -> frozenset[tuple[str | None, str | None]]:
    """(Number, Case) pairs the dictionary allows for a word form: the tagger's guess may be wrong."""
    return frozenset((form.feats.get("Number"), form.feats.get("Case")) for form in dictionary_forms(word))


def other_lemmas(token: Token) -> tuple[str, ...]:
    """The dictionary's readings of the word itself: the tagger often takes a sentence-initial
    verb for a proper name ("Восстали" → PROPN) and leaves it unlemmatised."""
    return _dictionary_lemmas(token.text.lower())


def case(token: Token) -> str | None:
    return CASES.get(token.feats.get("Case", ""))


def is_passive(token: Token) -> bool:
    """Passive participles and -ся verbs of a transitive root read with roles swapped."""
    return token.feats.get("Voice") == "Pass"


def is_short_passive(token: Token) -> bool:
    return is_passive(token) and (token.feats.get("Variant") == "Short" or not LONG_FORM.search(token.text.lower()))


FINITE_PAST = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$")


def is_active_participle(token: Token) -> bool:
    """восставшие, наступающих: the morphology tagger often calls these NOUN or ADJ, the suffix does not lie;
    nor does it for a past tense it calls a participle ("отряд безуспешно осаждал Кольберг")."""
    if FINITE_PAST.search(token.text.lower()):
        return False
    if token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Act":
        return True
    return bool(ACTIVE_PARTICIPLE.search(token.text.lower()))


def first_token_at(sentence: Sentence, offset: int) -> int:
    """The index of the first token starting at or after a text offset (0 when there is none)."""
    return next((i for i, token in enumerate(sentence.tokens) if token.start >= offset), 0)


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of the sentence's clauses; commas alone do not cut (lists of names)."""
    cuts = [0]
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        word = token.text.lower()
        if token.text in BOUNDARY_PUNCT and 0 < i:
            cuts.append(i)
        elif (word in BOUNDARY_WORDS or lemma(token) in RELATIVE) and i > 0:
            # ", где …", ", с которыми …": the comma before the relative word opens the clause
            comma = next((j for j in (i - 1, i - 2) if j >= 0 and tokens[j].text in {",", "—", "–"}), None)
            if comma is not None:
                cuts.append(comma)
        elif word in {"а", "но", "однако"} and i > 0:
            cuts.append(i)
        elif word == "и" and i > 0 and tokens[i - 1].text == ",":
            cuts.append(i - 1)      # ", и в тот же день …": a new clause, not a list
    cuts.append(len(tokens))
    cuts = _split_finite_commas(tokens, sorted(set(cuts)))
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b > a:
            spans.append((a, b))
    return spans or [(0, len(tokens))]


def is_finite(token: Token) -> bool:
    return token.feats.get("VerbForm") == "Fin" or is_short_passive(token) and token.feats.get("VerbForm") == "Part"


def _split_finite_commas(tokens: list[Token], cuts: list[int]) -> list[int]:
    """"Наступление провалилось, в войну вступили Румыния и Турция": a comma between two finite
    verbs separates two clauses (a comma inside a list of names or a participial phrase does not)."""
    result = [cuts[0]]
    for a, b in zip(cuts, cuts[1:], strict=False):
        start = a
        for i in range(a, b):
            if tokens[i].text != "," or _in_name_list(tokens, i):
                continue
            if any(is_finite(t) for t in tokens[start:i]) and any(is_finite(t) for t in tokens[i + 1:b]):
                result.append(i)
                start = i
        result.append(b)
    return sorted(set(result))


def _in_name_list(tokens: list[Token], i: int) -> bool:
    """The comma at i separates two names in the same case: "получила Карс, Ардаган и Батум"."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    left, right = tokens[i - 1], tokens[i + 1]
    def name(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].pos in ("PROPN", "NOUN")

    if not (name(i - 1) and name(i + 1)):
        return False
    if i + 2 < len(tokens) and is_finite(tokens[i + 2]):
        return False      # "наступление в Трентино, Италия запросила помощи": the name opens a clause
    same_case = left.feats.get("Case") == right.feats.get("Case") is not None
    # the tagger is unsure of indeclinable-looking names' case; a list that goes on ("…, Y и Z") is one
    goes_on = i + 3 < len(tokens) and tokens[i + 2].text in {",", "и"} and name(i + 3)
    return same_case or goes_on


def _participle(token: Token) -> bool:
    return token.feats.get("VerbForm") == "Part" and not is_short_passive(token) or bool(ACTIVE_PARTICIPLE.search(token.text.lower()))


def participial_phrase(sentence: Sentence, index: int) -> tuple[int, int] | None:
    """The participial phrase around a token (", объединявшая Грузию, Армению и Азербайджан …"),
    which describes a noun: from a participle after a comma up to the comma before the next finite
    verb, or the end of the clause."""
    tokens = sentence.tokens
    start = None
    for j in range(index, 0, -1):
        if tokens[j].text in {";", ":", "—", "–"} or is_finite(tokens[j]):
            return None
        if tokens[j - 1].text == "," and _participle(tokens[j]):
            start = j
            break
    if start is None:
        return None
    end = len(tokens)
    for k in range(start + 1, len(tokens)):
        if tokens[k].text in {";", ":", "."} or is_finite(tokens[k]) \
                or tokens[k].text == "," and k + 1 < len(tokens) and (is_finite(tokens[k + 1]) or tokens[k + 1].pos == "AUX"):
            end = k
            break
    return (start, end) if start <= index < end else None


def clause_of(sentence: Sentence, index: int) -> tuple[int, int]:
    for a, b in clauses(sentence):
        if a <= index < b:
            return a, b
    return 0, len(sentence.tokens)


def has_negation_before(tokens: list[Token], index: int) -> bool:
    """"не" right before the word (or before its auxiliary: "не было взято")."""
    for j in (index - 1, index - 2):
        if j >= 0 and tokens[j].text.lower() in {"не", "ни"}:
            if any(t.text.lower() == "пока" for t in tokens[max(0, j - 6):j]):
                return False      # "пока её снова не заняли": the "не" of "until" negates nothing
            return j == index - 1 or tokens[index - 1].pos == "AUX"
    return False
