"""The dates stage: ``tag(doc)`` fills ``doc.times``; ``time_for(doc, start, end)`` dates an event.

``tag`` reads the reference time handed over from the previous block of the same document
(``doc.context["reference_time"]``), resolves every expression in text order, and leaves the
reference in force at the end of the block there for the next block. The timeline of reference
changes inside the block is kept in ``doc.context["reference_timeline"]`` so that ``time_for``
(called once per event) needs only a bisect and no re-reading of the text.
"""
from __future__ import annotations

from ..model import Document, make_id
from .discourse import CONTEXT_KEY, Reference, declares_old_style, resolve_matches, timeline_to_context
from .event_time import TIMELINE_KEY, time_for
from .recognise import find

START_KEY = "reference_time_at_start"      # what this block started with (for a re-run)
BLOCK_KEY = "reference_block"              # which block the two keys above describe
OLD_STYLE_KEY = "dates_old_style"           # the text declared its dates Old Style
NAME, REQUIRES, PRODUCES = "dates", ("sentences",), ("times",)


def tag(doc: Document) -> Document:
    """Find and normalise every temporal expression in ``doc.text``; fills ``doc.times`` in order.

    Running it twice on the same block gives the same result: the reference the block started
    with is kept beside the one it ends with.
    """
    block = make_id("dates-block", doc.text)
    if doc.context.get(BLOCK_KEY) == block:
        incoming = doc.context.get(START_KEY)
    else:
        incoming = doc.context.get(CONTEXT_KEY)
    # the declaration "даты даны по старому стилю" holds for the blocks after the one that makes it
    old_style = bool(doc.context.get(OLD_STYLE_KEY)) or declares_old_style(doc.text)
    doc.context[OLD_STYLE_KEY] = old_style
    times, timeline = resolve_matches(find(doc.text), Reference.from_context(incoming), doc.metadata, old_style,
                                      doc.text)
    doc.times = times
    doc.context[BLOCK_KEY], doc.context[START_KEY] = block, incoming
    doc.context[TIMELINE_KEY] = timeline_to_context(timeline)
    doc.context[CONTEXT_KEY] = timeline[-1][1].to_context() if timeline else incoming
    return doc


__all__ = ["tag", "time_for"]
