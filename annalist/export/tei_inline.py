"""The inline half of the TEI export: the document text as <p>s with names and dates marked up.

Spans come from the bundle (dates, place mentions, event actors, event triggers). XML cannot hold
crossing spans, so ``nest_spans`` keeps a span only when it nests inside or sits beside every span
already kept; the rest are dropped (they stay in the stand-off lists). Spans crossing a paragraph
break, empty ones, and ones whose text does not match the document are dropped too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .actors import inter_code, is_person
from .common import is_plain_edtf

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Characters XML 1.0 cannot carry; replaced one for one so offsets stay aligned.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def escape_text(text: str) -> str:
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: object) -> str:
    text = escape_text(str(value)).replace('"', "&quot;")
    return text.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def attrs(pairs: dict[str, object | None]) -> str:
    return "".join(f' {name}="{escape_attr(value)}"' for name, value in pairs.items()
                   if value is not None and value != "")


@dataclass(order=True)
class InlineSpan:
    start: int
    neg_end: int               # sort key: longer spans first at the same start, so they enclose
    priority: int              # then dates, places, names, triggers
    tag: str = field(compare=False)
    attributes: dict[str, object | None] = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


def date_attributes(record: dict, calendar_ref: str | None = "#edtf") -> dict[str, object | None]:
    """TEI att.datable values: @when for plain dates, else @notBefore/@notAfter plus the EDTF
    value in @when-custom (declared by the calendar in the header; calendar_ref=None leaves it out)."""
    edtf, start, end = record.get("edtf"), record.get("start_date"), record.get("end_date")
    result: dict[str, object | None] = {}
    if is_plain_edtf(edtf):
        result["when"] = edtf
    elif start and end:
        result["notBefore"], result["notAfter"] = start, end
    if edtf and not is_plain_edtf(edtf) and calendar_ref:
        result["when-custom"], result["datingMethod"] = edtf, calendar_ref
    result["cert"] = {"inferred": "low", "computed": "medium"}.get(record.get("derivation") or "")
    return result


def name_tag(kind: str | None) -> tuple[str, dict[str, object | None]]:
    """persName for persons, orgName for organised groups, rs (typed by kind) for the rest."""
    if is_person(kind):
        return "persName", {}
    if inter_code(kind) in (1, 2, 3, 4, 8):
        return "orgName", {"type": kind}
    return "rs", {"type": kind or "actor"}


def collect_spans(bundle: dict, place_ref, event_ref, calendar_ref: str = "#edtf") -> list[InlineSpan]:
    """Every inline candidate of one bundle whose quoted text matches the document at its offsets;
    place_ref/event_ref map ids to '#xml-id' pointers."""
    text = bundle["document"]["text"]
    spans: list[InlineSpan] = []

    def add(record: dict, priority: int, tag: str, attributes: dict[str, object | None]) -> None:
        start, end = record["start"], record["end"]
        if 0 <= start < end <= len(text) and text[start:end] == record["text"]:
            spans.append(InlineSpan(start, -end, priority, tag, attributes))

    for date in bundle.get("dates", []):
        add(date, 0, "date", date_attributes(date, calendar_ref))
    for mention in bundle.get("places", []):
        add(mention, 1, "placeName", {"ref": place_ref(mention["place_id"]) if mention.get("place_id") else None,
                                      # "японские войска": the country only as whose troops
                                      "type": "nationality" if mention.get("sense") == "nationality" else None})
    for event in bundle.get("events", []):
        for actor in event.get("actors", []):
            tag, extra = name_tag(actor.get("kind"))
            add(actor["evidence"], 2, tag, extra)
        add(event["trigger"], 3, "rs", {"type": "event", "ref": event_ref(event["id"])})
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines, outer whitespace trimmed."""
    blocks, position = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        blocks.append((position, match.start()))
        position = match.end()
    blocks.append((position, len(text)))
    trimmed = []
    for start, end in blocks:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def nest_spans(spans: list[InlineSpan], lo: int, hi: int) -> list[InlineSpan]:
    """The spans inside [lo, hi) that form a proper nesting, greedily in sort order."""
    kept: list[InlineSpan] = []
    open_stack: list[InlineSpan] = []
    for span in sorted(s for s in spans if lo <= s.start and s.start < s.end <= hi):
        while open_stack and open_stack[-1].end <= span.start:
            open_stack.pop()
        if open_stack:
            top = open_stack[-1]
            if span.end > top.end or (span.start, span.end) == (top.start, top.end):
                continue   # crosses the enclosing span, or repeats it: drop
        kept.append(span)
        open_stack.append(span)
    return kept


def _text(text: str) -> str:
    return escape_text(text).replace("\n", "<lb/>\n")


def render_paragraph(text: str, lo: int, hi: int, spans: list[InlineSpan]) -> str:
    out, position, open_stack = [], lo, []

    def close_until(limit: int) -> None:
        nonlocal position
        while open_stack and open_stack[-1].end <= limit:
            top = open_stack.pop()
            out.append(_text(text[position:top.end]) + f"</{top.tag}>")
            position = top.end

    for span in spans:
        close_until(span.start)
        out.append(_text(text[position:span.start]) + f"<{span.tag}{attrs(span.attributes)}>")
        position = span.start
        open_stack.append(span)
    close_until(hi)
    out.append(_text(text[position:hi]))
    return "<p>" + "".join(out) + "</p>"


def render_body(bundle: dict, place_ref, event_ref, calendar_ref: str = "#edtf") -> str:
    text = bundle["document"]["text"]
    candidates = sorted(collect_spans(bundle, place_ref, event_ref, calendar_ref))
    starts = [span.start for span in candidates]
    rendered = []
    for lo, hi in paragraphs(text) or [(0, 0)]:
        # only the spans starting inside this paragraph can belong to it: bisect, don't rescan all
        inside = candidates[bisect_left(starts, lo):bisect_left(starts, hi)]
        rendered.append(render_paragraph(text, lo, hi, nest_spans(inside, lo, hi)))
    return "\n".join(rendered)
