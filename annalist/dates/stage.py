"""The dates stage: ``tag(doc)`` fills ``doc.times``; ``time_for(doc, start, end)`` dates an event.

``tag`` reads the reference time handed over from the previous block of the same document
(``doc.context["reference_time"]``), resolves every expression in text order, and leaves the
reference in force at the end of the block there for the next block. The timeline of reference
changes inside the block is kept in ``doc.context["reference_timeline"]`` so that ``time_for``
(called once per event) needs only a bisect and no re-reading of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from razdel import sentenize

from ..model import Document, Span, TimeValue, make_id
from .calendar import add, add_days, iso
from .discourse import CONTEXT_KEY, Reference, parse_iso, reference_at, resolve_matches, timeline_to_context
from .recognise import find
from .relative import soon
from .values import Value, describe

TIMELINE_KEY = "reference_timeline"
START_KEY = "reference_time_at_start"      # what this block started with (for a re-run)
BLOCK_KEY = "reference_block"              # which block the two keys above describe
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
    times, timeline = resolve_matches(find(doc.text), Reference.from_context(incoming), doc.metadata)
    doc.times = times
    doc.context[BLOCK_KEY], doc.context[START_KEY] = block, incoming
    doc.context[TIMELINE_KEY] = timeline_to_context(timeline)
    doc.context[CONTEXT_KEY] = timeline[-1][1].to_context() if timeline else incoming
    return doc


# ------------------------------------------------------------------ event dating

_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|,\s+(?=(?:а|но|однако|и|который|которая|которое|которые|где|когда"
                           r"|после\s+чего|тогда\s+как)\b)", re.IGNORECASE)


def _sentence_bounds(doc: Document, start: int) -> tuple[int, int]:
    if doc.sentences:
        starts = [s.start for s in doc.sentences]
        i = max(bisect_right(starts, start) - 1, 0)
        return doc.sentences[i].start, doc.sentences[i].end
    # no analysis stage ran: razdel's sentences, split once per text and kept for the next events
    cached = _SENTENCE_STARTS.get(id(doc))
    if cached is None or cached[0] is not doc.text:
        if len(_SENTENCE_STARTS) > 16:
            _SENTENCE_STARTS.clear()
        cached = (doc.text, [0] + [s.start for s in sentenize(doc.text)][1:])
        _SENTENCE_STARTS[id(doc)] = cached
    starts = cached[1]
    i = bisect_right(starts, start) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else len(doc.text))


_SENTENCE_STARTS: dict[int, tuple[str, list[int]]] = {}


def _clause_bounds(doc: Document, sent: tuple[int, int], start: int) -> tuple[int, int]:
    lo, hi = sent
    for m in _CLAUSE_BREAK.finditer(doc.text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= start:
            hi = m.start()
            break
    return lo, hi


def _nearest(times: list[TimeValue], start: int) -> TimeValue | None:
    before = [t for t in times if t.end <= start]
    return before[-1] if before else (times[0] if times else None)


def _with_duration(date: Value, duration: TimeValue, anchor: TimeValue | Reference) -> TimeValue | None:
    """An event that lasted ``duration`` from ``date``: the end is computed, counting the first day
    ("грабили город три дня" from 31 May → 31 May – 2 June)."""
    if not duration.duration or not duration.duration[1:-1].isdigit():
        return None
    amount, unit = int(duration.duration[1:-1]), duration.duration[-1]
    end = max(add_days(add(date.start, amount, unit), -1), date.end)
    value = describe(date.start, end)
    span = anchor.span if isinstance(anchor, Reference) else Span(anchor.start, anchor.end, anchor.text)
    return TimeValue(duration.start, duration.end, duration.text, kind="date", edtf=value.edtf,
                     start_date=iso(value.start), end_date=iso(value.end), precision=value.precision,
                     derivation="computed", anchor=span, duration=duration.duration,
                     note=f"from {span.text if span else 'the reference'!r} for {duration.duration}")


# time_for is called once per event: keep the start offsets of a few documents' times for bisecting.
_STARTS: dict[int, tuple[list[TimeValue], int, list[int]]] = {}


def _times_between(doc: Document, lo: int, hi: int) -> list[TimeValue]:
    cached = _STARTS.get(id(doc))
    if cached is None or cached[0] is not doc.times or cached[1] != len(doc.times):
        if len(_STARTS) > 16:
            _STARTS.clear()
        cached = (doc.times, len(doc.times), [t.start for t in doc.times])
        _STARTS[id(doc)] = cached
    starts = cached[2]
    return doc.times[bisect_left(starts, lo):bisect_left(starts, hi)]


def _value(time: TimeValue) -> Value:
    return Value(parse_iso(time.start_date), parse_iso(time.end_date), time.edtf or "", time.precision or "")


def time_for(doc: Document, start: int, end: int) -> TimeValue | None:
    """The date of an event whose trigger is at [start, end).

    Order of preference: a dated expression in the same clause, then in the same sentence (the
    nearest one before the trigger, else the first after it); a duration in the clause extends it
    ("грабили город три дня" → end computed). Else the reference time in force at the trigger,
    widened like "вскоре" (derivation ``inferred``). None when nothing in the text dates it.
    """
    sentence = _sentence_bounds(doc, start)
    clause = _clause_bounds(doc, sentence, start)
    nearby = _times_between(doc, sentence[0], sentence[1])
    dated = [t for t in nearby if t.kind in ("date", "vague") and t.start_date and t.end_date]
    durations = [t for t in nearby if t.kind == "duration" and clause[0] <= t.start < clause[1]]
    in_clause = [t for t in dated if clause[0] <= t.start < clause[1]]
    chosen = _nearest(in_clause, start) or _nearest(dated, start)
    if chosen is not None:
        if durations:                            # the duration belongs to the trigger's own clause
            return _with_duration(_value(chosen), durations[0], chosen) or chosen
        return chosen
    ref = reference_at(doc.context.get(TIMELINE_KEY, []), start, doc.text)
    if ref is None:
        return None
    if durations:
        computed = _with_duration(ref.gregorian(), durations[0], ref)
        if computed is not None:
            return computed
    wide = soon(ref.gregorian())
    span = ref.span
    return TimeValue(span.start if span else 0, span.end if span else 0, span.text if span else "",
                     kind="date", edtf=wide.edtf, start_date=iso(wide.start), end_date=iso(wide.end),
                     precision=wide.precision, derivation="inferred", anchor=span,
                     note=None if span else f"inferred from an earlier block: {ref.text!r}")


__all__ = ["tag", "time_for"]
