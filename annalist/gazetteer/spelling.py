"""Sound keys: where a Russian spelling of a foreign town meets the town's Latin name.

GeoNames gives most small foreign towns no Cyrillic name (Lucena, Aalst, Naarden, Berber), so a
Russian text's "Лусена", "Алст", "Нарден" find nothing by name. Both spellings are reduced to one
rough key of how the name sounds: letters that Russian renders alike fall together (c/k/q, s/z,
v/w, i/j/y), h and doubled letters go (Russian drops Dutch "aa", renders "h" as "х" or nothing).
The key is rough on purpose; callers only use it among the towns of countries the text names.
"""
from __future__ import annotations

import re
import unicodedata

# Russian letters as the Latin sounds of the key (х and ч are dropped like h and ch: Хейлигерле,
# Heiligerlee; Росбах, Rossbach).
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "s", "s", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "", "s", "", "s", "s", "", "i", "", "e", "iu", "ia"], strict=True))
# Letters with marks that Russian renders as two sounds or as another vowel (before the marks go).
_MARKED = (("äu", "ei"), ("eu", "ei"), ("ä", "e"), ("ö", "e"), ("ü", "iu"), ("ñ", "ni"))
# Latin spellings, longest first, as the same sounds.
_LATIN = (("tsch", ""), ("sch", "s"), ("ch", ""), ("sh", "s"), ("ph", "f"), ("th", "t"), ("ck", "k"),
          ("qu", "k"), ("gue", "ge"), ("gui", "gi"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("ts", "s"),
          ("tz", "s"), ("dt", "t"), ("ij", "ei"), ("ou", "u"), ("ae", "e"), ("oe", "e"), ("ue", "u"),
          ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("w", "v"), ("y", "i"), ("j", "i"), ("h", ""))
_LATIN_PATTERN = re.compile("|".join(re.escape(a) for a, _ in _LATIN))
_LATIN_OF = dict(_LATIN)
_DOUBLED = re.compile(r"(.)\1+")


def latin_key(name: str) -> str:
    """The sound key of a Latin name: "Naarden" → "narden", "Lucena" → "lusena"."""
    plain = name.lower()
    for marked, sound in _MARKED:
        plain = plain.replace(marked, sound)
    plain = unicodedata.normalize("NFKD", plain)
    plain = "".join(c for c in plain if "a" <= c <= "z")
    return _DOUBLED.sub(r"\1", _LATIN_PATTERN.sub(lambda m: _LATIN_OF[m.group()], plain))


def cyrillic_keys(name: str) -> tuple[str, ...]:
    """The sound keys of a Russian spelling: "Нарден" → "narden", "Лусена" → "lusena"; a leading Г
    may stand for H as well ("Гейдельберг", Heidelberg), "лья" for Spanish "lla" ("Вильямонтес")."""
    plain = "".join(_CYRILLIC.get(c, "") for c in name.lower())
    key = _DOUBLED.sub(r"\1", plain)
    keys = (key, key[1:]) if key.startswith("g") else (key,)
    if re.match("у[эоиа]", name.lower()):
        # an English W is a Russian "у" before a vowel: "Уэксфорд", Wexford; "Уотерфорд", Waterford
        keys += tuple("v" + k[1:] for k in keys if k.startswith("u"))
    if re.search("ль[яеюё]", name.lower()):
        # "Вильямонтес" is Spanish "ll" (Villamontes): "лья" may stand for "lla" as well
        keys += tuple(re.sub("li(?=[aeu])", "l", k) for k in keys)
    return keys


VOWELS = set("aeiou")
SHORTEST = 4      # shorter keys are too often some other town's ("ini": Хынны, Jinji)


def sound_patterns(key: str) -> list[str]:
    """The patterns under which a key is indexed and looked up: itself, and, for seven sounds or
    more, each vowel replaced by "*". Two keys share a pattern exactly when ``sound_alike`` holds."""
    if len(key) < SHORTEST:
        return []
    if len(key) < 7:
        return [key]
    return [key] + [f"{key[:i]}*{key[i + 1:]}" for i, c in enumerate(key) if c in VOWELS]


def sound_alike(a: str, b: str) -> bool:
    """Whether two keys are one name: the same, or as long as each other (seven sounds or more) and
    apart by one vowel only (Абу-Хамед, Abu Hamad). Rougher likeness finds names' namesakes instead
    (Грациани, Grassano; Урике, Ubrique)."""
    if len(a) < SHORTEST or len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return not differ or len(a) >= 7 and len(differ) == 1 and differ[0][0] in VOWELS and differ[0][1] in VOWELS
