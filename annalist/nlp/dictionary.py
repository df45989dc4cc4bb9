"""What the dictionary (pymorphy, through natasha's MorphVocab) says of a word, whatever the tagger read."""
from __future__ import annotations

from functools import lru_cache

from .natasha import models


@lru_cache(maxsize=100_000)
def animate_noun(word: str) -> bool:
    """The dictionary's likeliest reading of the word is a noun for living beings ("карлисты",
    "драгунам", "техасцев"), though the tagger may read it otherwise."""
    parses = models().morph_vocab.parse(word.lower())
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag
