"""Russian analysis on natasha: razdel segmentation, slovnet morphology and NER, pymorphy lemmas.

The models ship inside their PyPI packages (navec embeddings, slovnet weights, pymorphy
dictionaries), so nothing is downloaded. They are loaded once per process and shared.
"""
from __future__ import annotations

import re
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


# A sentence never runs across a blank line, nor across a line break before a capital, digit,
# dash or quote: razdel would otherwise glue a heading without a full stop to the paragraph
# below it. A hard-wrapped line that continues in lower case stays joined.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*[A-ZА-ЯЁ0-9«\"—–•*-])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph, by PARAGRAPH_BREAK."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# razdel reads a king's number before a full stop as an initial ("королём Карлом V. На следующий
# день …") and runs two sentences together; a Roman numeral after a name, a full stop and a
# capitalised word is a sentence's end.
REGNAL_END = re.compile(r"[А-ЯЁ][а-яё]+ [IVXLC]{1,5}\.(\s+)(?=[А-ЯЁ«\"])")


def regnal_splits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of the parts of one razdel sentence split after a king's number."""
    spans = []
    for match in REGNAL_END.finditer(text, start, end):
        spans.append((start, match.start(1)))
        start = match.end(1)
    return spans + [(start, end)]


def make_segmenter():
    from natasha import Segmenter
    from natasha.segment import adapt_sent
    from razdel import sentenize

    class ParagraphSegmenter(Segmenter):
        """natasha's segmenter, but sentences are found paragraph by paragraph."""

        def sentenize(self, text):
            for start, end in paragraphs(text):
                for sent in sentenize(text[start:end]):
                    for a, b in regnal_splits(text, sent.start + start, sent.stop + start):
                        yield adapt_sent((a, b, text[a:b]))

    return ParagraphSegmenter()


def make_morph_vocab():
    from natasha import MorphVocab
    from pymorphy2 import MorphAnalyzer

    class LargerCacheMorphVocab(MorphVocab):
        """natasha's MorphVocab keeps 10,000 parses; a corpus has more distinct words than that, and
        a pymorphy parse is the slowest step of the analysis, so keep more (about 80 MB at most)."""
        parse = lru_cache(50_000)(MorphAnalyzer.parse)
        __call__ = parse

    return LargerCacheMorphVocab()


@lru_cache(maxsize=1)
def models() -> Models:
    """Load natasha's models once per process (about a second; the stages share them)."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger

    embedding = NewsEmbedding()
    return Models(make_segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), make_morph_vocab())


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


# Function words and punctuation are their own lemma; asking pymorphy about them costs time.
_OWN_LEMMA_POS = {"PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "SYM", "X", ""}


def adapt_token(token: Any, vocab: Any) -> Token:
    feats = dict(token.feats or {})
    if token.pos in _OWN_LEMMA_POS or not any(c.isalpha() for c in token.text):
        lemma = token.text
    else:
        lemma = _lemma(vocab, token.text, token.pos, tuple(sorted(feats.items())))
    return Token(token.start, token.stop, token.text, lemma.lower(), token.pos or "", feats)


def adapt_sentence(sent: Any, vocab: Any) -> Sentence:
    return Sentence(sent.start, sent.stop, sent.text, [adapt_token(t, vocab) for t in sent.tokens])


def adapt_span(span: Any, text: str, vocab: Any) -> Mention:
    span.normalize(vocab)
    return Mention(span.type, span.start, span.stop, text[span.start:span.stop], span.normal or span.text)
