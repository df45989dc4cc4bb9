"""Word forms under which a toponym may be in the gazetteer: how "в Гяндже" finds "Гянджа".

pymorphy knows inflected forms of the names in its dictionary; for the many it does not know
(Гарабах, Загатала, Нахчыван), case endings are undone by a small table of Russian declension.
Adjectives are turned back into the nouns they come from (Зангезурский → Зангезур).
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer.names import name_key


@lru_cache(maxsize=1)
def analyzer():
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


# Oblique-case ending → nominative endings to try, longest endings first (declension of nouns
# in -а/-я, consonant stems, -ь stems and the adjectival -ая/-ий endings of compound names).
CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия",)), ("ье", ("ье",)),
    ("ой", ("а", "ая", "ой")), ("ей", ("я", "ь", "ея")), ("ом", ("",)), ("ем", ("ь", "")), ("ам", ("ы", "а")),
    ("ах", ("ы", "а")), ("ами", ("ы",)), ("ую", ("ая",)), ("юю", ("яя",)),
    ("е", ("а", "я", "", "ь", "е")), ("и", ("ь", "я", "и", "а", "")), ("у", ("", "а", "у")),
    ("ю", ("я", "ь")), ("а", ("", "о", "а")), ("я", ("ь", "й", "я")), ("ы", ("а", "ы")),
    ("о", ("о",)),
)


def strip_case(word: str) -> list[str]:
    """Nominative guesses for an inflected (lower-case) word, itself included."""
    guesses = [word]
    for ending, replacements in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            guesses.extend(stem + r for r in replacements)
    return list(dict.fromkeys(guesses))


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> tuple[str, ...]:
    """Keys this word may stand for: itself, pymorphy's normal forms, and case-stripped guesses."""
    key = name_key(word)
    forms = [key]
    for parse in analyzer().parse(word):
        forms.append(name_key(parse.normal_form))
    if "-" in key:
        # Hyphenated names decline in their last part (Шарур-Даралаяз, Нагорно-Карабахская).
        head, _, tail = key.rpartition("-")
        forms.extend(f"{head}-{t}" for t in strip_case(tail))
        for parse in analyzer().parse(tail):
            forms.append(f"{head}-{name_key(parse.normal_form)}")
    forms.extend(strip_case(key))
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """pymorphy's first normal form (as a key); used to index multiword names by their lemmas."""
    parses = analyzer().parse(word)
    return name_key(parses[0].normal_form) if parses else name_key(word)
