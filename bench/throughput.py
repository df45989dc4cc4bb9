"""Throughput of the full annalist pipeline against bare natasha (segment + morphology + NER).

Both run in the same process on the same texts: the project's example texts, the seed and
NEREL dev when ../shared is present. Models are loaded before timing; each system runs
``--repeat`` times and the median is reported, as tokens per second and as a ratio.

    OPENBLAS_NUM_THREADS=1 python bench/throughput.py
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def load_texts(limit: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "annalist" / "examples").glob("*.txt"))]
    seed = SHARED / "seeds" / "seed.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    dev = SHARED / "data" / "nerel-v1.1" / "dev"
    if dev.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))[:limit]]
    return texts


def bare_natasha(texts: list[str]) -> int:
    from natasha import Doc

    from annalist.nlp import models

    m = models()
    tokens = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(m.segmenter)
        doc.tag_morph(m.morph_tagger)
        doc.tag_ner(m.ner_tagger)
        tokens += len(doc.tokens)
    return tokens


def full_pipeline(texts: list[str]) -> int:
    from annalist.model import Document
    from annalist.pipeline import default_pipeline

    pipeline = default_pipeline()
    tokens = 0
    for text in texts:
        doc = pipeline(Document.from_text(text))
        tokens += sum(len(s.tokens) for s in doc.sentences)
    return tokens


def timed(function, texts: list[str], repeat: int) -> tuple[int, float]:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        tokens = function(texts)
        seconds.append(time.perf_counter() - start)
    return tokens, statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--nerel-docs", type=int, default=94, help="how many NEREL dev texts to add")
    args = parser.parse_args()
    texts = load_texts(args.nerel_docs)
    # warm up: load every model and lexicon once, outside the timing
    full_pipeline(texts[:1])
    bare_natasha(texts[:1])
    chars = sum(map(len, texts))
    tokens_bare, sec_bare = timed(bare_natasha, texts, args.repeat)
    tokens_full, sec_full = timed(full_pipeline, texts, args.repeat)
    print(f"texts: {len(texts)}  characters: {chars}  tokens: {tokens_bare}  repeat: {args.repeat} (median)")
    print(f"{'system':<44}{'seconds':>10}{'tokens/s':>12}{'ratio':>8}")
    rate_bare = tokens_bare / sec_bare
    rate_full = tokens_full / sec_full
    print(f"{'natasha (segment + morph + NER)':<44}{sec_bare:>10.2f}{rate_bare:>12.0f}{1.0:>8.2f}")
    print(f"{'annalist full pipeline (+ lemmas, dates,':<44}")
    print(f"{'  places, events)':<44}{sec_full:>10.2f}{rate_full:>12.0f}{rate_full / rate_bare:>8.2f}")


if __name__ == "__main__":
    main()
