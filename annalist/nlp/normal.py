"""Noun phrases in the nominative: "повстанцев" → "повстанцы", "Крушевской республикой" → "Крушевская республика".

A phrase's name is what a reader looks up, so the words up to and including its head are put in the
nominative (keeping their number and gender, as natasha's normaliser does); a genitive tail after the
head stays as written ("части бывшей Национальной армии"). Spacing and capitals follow the text.
"""
from __future__ import annotations

from ..model import Token
from .natasha import models


def nominative(tokens: list[Token], head: int) -> str:
    """The phrase ``tokens`` with tokens[0..head] inflected to the nominative."""
    from natasha.norm import inflect_word
    from natasha.shape import recover_shape

    vocab = models().morph_vocab
    words = []
    for i, token in enumerate(tokens):
        if i <= head and token.pos in {"NOUN", "PROPN", "ADJ"}:
            words.append(recover_shape(inflect_word(vocab, _NatashaView(token)), token.text))
        else:
            words.append(token.text)
    parts = [words[0]]
    for previous, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(" " * (token.start - previous.end) + word)
    return "".join(parts)


class _NatashaView:
    """The three attributes natasha's inflect_word reads."""
    __slots__ = ("text", "pos", "feats")

    def __init__(self, token: Token):
        self.text, self.pos, self.feats = token.text, token.pos, token.feats
