"""Russian analysis on natasha: razdel segmentation, slovnet morphology and NER, pymorphy lemmas.

The models ship inside their PyPI packages (navec embeddings, slovnet weights, pymorphy
dictionaries), so nothing is downloaded. They are loaded once per process and shared.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Document, Mention, Sentence, Token


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_tagger: Any
    ner_tagger: Any
    morph_vocab: Any


@lru_cache(maxsize=1)
def models() -> Models:
    """Load natasha's models once per process (about a second; the stages share them)."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Models(Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab())


@lru_cache(maxsize=200_000)
def _lemma(vocab: Any, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    # pymorphy's lemmatiser is the slowest part of the analysis; words repeat, so cache them.
    return vocab.lemmatize(word, pos, dict(feats))


def analyse(doc: Document) -> Document:
    """Fill ``doc.sentences`` (with tokens: lemma, POS, features) and ``doc.mentions`` (PER/LOC/ORG)."""
    from natasha import Doc

    m = models()
    nat = Doc(doc.text)
    nat.segment(m.segmenter)
    nat.tag_morph(m.morph_tagger)
    nat.tag_ner(m.ner_tagger)
    doc.sentences = [adapt_sentence(s, m.morph_vocab) for s in nat.sents]
    doc.mentions = [adapt_span(s, doc.text, m.morph_vocab) for s in nat.spans]
    return doc


def adapt_token(token: Any, vocab: Any) -> Token:
    feats = dict(token.feats or {})
    lemma = _lemma(vocab, token.text, token.pos, tuple(sorted(feats.items()))) if token.pos else token.text
    return Token(token.start, token.stop, token.text, lemma.lower(), token.pos or "", feats)


def adapt_sentence(sent: Any, vocab: Any) -> Sentence:
    return Sentence(sent.start, sent.stop, sent.text, [adapt_token(t, vocab) for t in sent.tokens])


def adapt_span(span: Any, text: str, vocab: Any) -> Mention:
    span.normalize(vocab)
    return Mention(span.type, span.start, span.stop, text[span.start:span.stop], span.normal or span.text)
