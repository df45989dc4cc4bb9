"""Reading the free-text actor ``kind`` as the coded categories ACLED and PLOVER expect.

``kind`` is whatever the events stage wrote (military, civilians, party, state, person ...), in
English or Russian; these keyword tables turn it into an ACLED inter code and a PLOVER sector,
best effort. Unknown kinds give None: exporters leave the column blank rather than guess.
"""
from __future__ import annotations

# ACLED codebook actor types (inter codes 1-8) with their current text labels.
INTER_LABELS = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}

# Checked in order: "foreign troops" must be External (8) before "troops" makes it State (1).
_INTER_KEYWORDS: list[tuple[int, tuple[str, ...]]] = [
    (8, ("foreign", "external", "intervent", "иностран", "интервент")),
    (7, ("civilian", "population", "peasant", "villager", "resident", "refugee",
         "мирн", "населен", "крестьян", "жител", "беженц")),
    (5, ("rioter", "бунтовщ", "погромщ")),
    (6, ("protester", "demonstrator", "striker", "worker", "протестующ", "демонстрант", "забастовщ", "рабоч")),
    (2, ("rebel", "insurgent", "partisan", "mutineer", "повстан", "мятежн", "партизан")),
    (4, ("ethnic", "identity", "communal", "tribal", "clan", "этническ", "племен")),
    (3, ("militia", "party", "political", "armed group", "gang", "band", "ополчен", "партия", "банд")),
    (1, ("military", "army", "state", "government", "official", "police", "troops", "navy", "authorit", "garrison",
         "армия", "войск", "государств", "правительств", "чиновн", "полиц", "власт", "гарнизон")),
]

# PLOVER sector codes from the same keywords (a subset of the manual's frequent sectors).
_SECTOR_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("CVL", _INTER_KEYWORDS[1][1]),
    ("REB", _INTER_KEYWORDS[4][1]),
    ("PTY", ("party", "партия")),
    ("COP", ("police", "полиц")),
    ("LAB", ("worker", "striker", "рабоч", "забастовщ")),
    ("REL", ("relig", "clergy", "church", "духовен", "церк")),
    ("MIL", ("military", "army", "troops", "navy", "garrison", "армия", "войск", "гарнизон")),
    ("GOV", ("state", "government", "official", "authorit", "государств", "правительств", "власт", "чиновн")),
    ("UAF", ("militia", "armed group", "gang", "band", "ополчен", "банд")),
]


def inter_code(kind: str | None) -> int | None:
    """ACLED inter code (1-8) of an actor kind, or None when the kind says nothing usable."""
    text = (kind or "").lower()
    for code, words in _INTER_KEYWORDS:
        if any(word in text for word in words):
            return code
    return None


def plover_sector(kind: str | None) -> str | None:
    text = (kind or "").lower()
    for sector, words in _SECTOR_KEYWORDS:
        if any(word in text for word in words):
            return sector
    return None


def is_person(kind: str | None) -> bool:
    return (kind or "").lower() in {"person", "persons", "people_named", "individual", "человек", "лицо"}


def interaction(code1: int | None, code2: int | None) -> str:
    """ACLED interaction in text form: 'State forces-Rebel group', lower code first; one-sided 'X only'."""
    if code1 is None:
        return ""
    if code2 is None:
        return f"{INTER_LABELS[code1]} only"
    low, high = sorted((code1, code2))
    return f"{INTER_LABELS[low]}-{INTER_LABELS[high]}"
