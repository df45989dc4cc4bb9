"""The pipeline: an ordered table of stages, each a function ``Document -> Document``.

Stages are named by dotted path and imported on first use, so the table is data (it can be
reordered or cut down) and each stage's package owns its own heavy resources, loaded once
per process. A stage declares what it needs and what it fills in; the pipeline checks both.

Long documents are analysed block by block (groups of whole paragraphs): each block runs
through every stage as a small Document of its own, its results are shifted back to the
offsets of the full text, and its tokens are dropped, so memory stays bounded by the block
size rather than the file size. ``Document.context`` carries discourse state (the
narrative's reference time) from one block to the next.
"""
from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .errors import StageError
from .model import Document, Event, make_id

BLOCK_CHARS = 20_000  # a block is a few pages: large enough for discourse, small for memory


@dataclass(frozen=True)
class Stage:
    name: str
    target: str                 # "package.module:function"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ()

    def load(self) -> Callable[[Document], Document]:
        module, _, attr = self.target.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise StageError(f"stage {self.name!r}: cannot load {self.target}: {exc}") from exc


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("analyse", "annalist.nlp:analyse", (), ("sentences", "mentions")),
    Stage("dates", "annalist.dates:tag", ("sentences",), ("times",)),
    Stage("places", "annalist.places:tag", ("sentences", "mentions"), ("places",)),
    Stage("events", "annalist.events:tag", ("sentences", "mentions", "times", "places"), ("events",)),
)


class Pipeline:
    def __init__(self, stages: tuple[Stage, ...] = DEFAULT_STAGES, block_chars: int = BLOCK_CHARS):
        check_order(stages)
        self.stages = stages
        self.block_chars = block_chars
        self._functions: list[Callable[[Document], Document]] | None = None

    @property
    def functions(self) -> list[Callable[[Document], Document]]:
        if self._functions is None:
            self._functions = [stage.load() for stage in self.stages]
        return self._functions

    def run_block(self, doc: Document) -> Document:
        for stage, function in zip(self.stages, self.functions, strict=True):
            try:
                result = function(doc)
            except StageError:
                raise
            except Exception as exc:
                raise StageError(f"stage {stage.name!r} failed on document {doc.id}: {exc!r}") from exc
            if not isinstance(result, Document):
                raise StageError(f"stage {stage.name!r} returned {type(result).__name__}, expected Document")
            doc = result
        return doc

    def __call__(self, doc: Document) -> Document:
        """Run every stage over the document and return it with its results filled in."""
        if len(doc.text) <= self.block_chars:
            doc = self.run_block(doc)  # the usual case: one block, tokens kept
            assign_event_ids(doc)
            return doc
        for block in self.blocks(doc):
            absorb_block(doc, block)
        return doc

    def blocks(self, doc: Document) -> Iterator[Document]:
        """Process a document block by block, yielding each block's results in full-text offsets.

        Each yielded Document has the parent's id and title, holds only that block's records
        (sentences without tokens) and can be stored or printed and then dropped.
        """
        if len(doc.text) <= self.block_chars:
            yield self(doc)
            return
        sentences_before = 0
        for block_start, block_end in split_blocks(doc.text, self.block_chars):
            block = Document(id=doc.id, text=doc.text[block_start:block_end], title=doc.title,
                             language=doc.language, metadata=doc.metadata, context=doc.context)
            block = self.run_block(block)
            doc.context = block.context
            yield shift_block(doc, block, block_start, sentences_before)
            sentences_before += len(block.sentences)


def check_order(stages: tuple[Stage, ...]) -> None:
    """Fail at construction, not mid-run, when a stage needs what no earlier stage produces."""
    available: set[str] = set()
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise StageError(f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                             f"produces; stages in order: {', '.join(s.name for s in stages)}")
        available.update(stage.produces)


def split_blocks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Cut text into [start, end) blocks of about ``size`` characters, at paragraph breaks when possible."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 2, end)
                cut = cut + 1 if cut != -1 else -1
            end = cut + 1 if cut != -1 else end
        yield start, end
        start = end


def shift(obj, delta: int):
    """Move every span inside a record by ``delta`` code points (records are plain dataclasses)."""
    if isinstance(obj, list):
        return [shift(x, delta) for x in obj]
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("start", "end") and isinstance(value, int):
            changes[f.name] = value + delta
        elif isinstance(value, list) or dataclasses.is_dataclass(value):
            changes[f.name] = shift(value, delta)
    return dataclasses.replace(obj, **changes)


def shift_block(doc: Document, block: Document, delta: int, sentences_before: int) -> Document:
    """A processed block's results moved to the offsets of the whole text; tokens are not kept."""
    events = shift(block.events, delta)
    for event in events:
        if event.sentence is not None:
            event.sentence += sentences_before
    result = Document(id=doc.id, text=doc.text, title=doc.title, language=doc.language,
                      metadata=doc.metadata, context=doc.context,
                      sentences=[dataclasses.replace(shift(s, delta), tokens=[]) for s in block.sentences],
                      mentions=shift(block.mentions, delta), times=shift(block.times, delta),
                      places=shift(block.places, delta), events=events)
    assign_event_ids(result)
    return result


def absorb_block(doc: Document, block: Document) -> None:
    """Add a shifted block's results to the whole document."""
    doc.sentences.extend(block.sentences)
    doc.mentions.extend(block.mentions)
    doc.times.extend(block.times)
    doc.places.extend(block.places)
    doc.events.extend(block.events)


def assign_event_ids(doc: Document) -> None:
    """An event's id depends only on its document, type, trigger and places, so it is stable across
    runs; the places count because one clause may state one event per place ("в Уфе и Екатеринбурге")."""
    for event in doc.events:
        places = [(p.mention.start, p.mention.end) for p in event.places]
        event.id = make_id("event", doc.id, event.type, event.trigger.start, event.trigger.end, places)
        event.document = doc.id


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def process(doc: Document | str, pipeline: Pipeline | None = None) -> Document:
    """Run the default (or given) pipeline over a Document or a plain string."""
    if isinstance(doc, str):
        doc = Document.from_text(doc)
    return (pipeline or default_pipeline())(doc)


__all__ = ["Pipeline", "Stage", "DEFAULT_STAGES", "process", "default_pipeline", "Event"]
