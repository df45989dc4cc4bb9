"""Name keys: the one spelling-insensitive form under which names are indexed and looked up."""
from __future__ import annotations

import re

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = re.compile(r"[«»\"“”„'’`]")
_SPACES = re.compile(r"\s+")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def name_key(text: str) -> str:
    """Lower case, ё as е, one kind of dash, no quotes, single spaces: "Гёйча" and "гейча" meet."""
    text = _QUALIFIER.sub("", text)   # "Кубань (река)": the qualifier tells entries apart, not names
    text = _QUOTES.sub("", text.lower().replace("ё", "е"))
    text = _DASHES.sub("-", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return _SPACES.sub(" ", text).strip(" .,")


def index_keys(text: str) -> list[str]:
    """The keys a name is found by: its key and, for a hyphenated Russian name, the key written as one
    word, as texts often do ("Вилья-Монтес" in GeoNames, "Вильямонтес" in a history)."""
    key = name_key(text)
    if "-" in key and " " not in key and is_cyrillic(key):
        return [key, key.replace("-", "")]
    return [key]


def is_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text))


# Only the Russian alphabet (and the punctuation of compound names): GeoNames lists Cyrillic names of
# many languages without saying which (Пензæ is Ossetian, Силәбе Bashkir, Ульянаўск Belarusian).
_RUSSIAN_ONLY = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё\s\-'’.()0-9]*$")
_LATIN_OF = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def is_russian_spelling(text: str) -> bool:
    return bool(_RUSSIAN_ONLY.match(text))


def romanised(text: str) -> str:
    """A plain Latin spelling of a Russian name, close to the English names GeoNames gives."""
    return "".join(_LATIN_OF.get(c, c) for c in text.lower())
