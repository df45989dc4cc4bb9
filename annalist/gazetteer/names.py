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


def is_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text))
