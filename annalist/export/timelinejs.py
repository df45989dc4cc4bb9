"""TimelineJS3 JSON: a title slide and one slide per dated event.

Date parts are numbers (BCE years negative, as TimelineJS wants). A date shown with less than day
precision keeps only the parts it knows (year, or year + month); intervals, seasons and coarser
dates get an ``end_date``. TimelineJS has no notion of uncertainty, so approximate or inferred
dates get a ``display_date`` saying so. Undated events cannot be placed on a timeline and are left
out. Headline and body are HTML: every piece of source text is escaped.
"""
from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from ..events.ontology import EVENT_TYPES
from .base import Bundle, Exporter
from .common import document_label, is_plain_edtf, parse_iso

_PARTS_BY_PRECISION = {"day": 3, "month": 2, "year": 1, "decade": 1, "century": 1}


def date_object(iso: str, parts: int) -> dict[str, int] | None:
    parsed = parse_iso(iso)
    if parsed is None:
        return None
    year, month, day = parsed
    obj = {"year": year}
    if parts >= 2 and month:
        obj["month"] = month
    if parts >= 3 and day:
        obj["day"] = day
    return obj


def readable_edtf(edtf: str) -> str:
    """'1920-04-01/1920-04-05' → '1920-04-01 – 1920-04-05'; astronomical BCE years get their BCE number."""
    def bce(match: re.Match) -> str:
        return f"{match.group(0)} ({1 - int(match.group(0)[:5])} BCE)"
    plain = edtf.replace("~", "").replace("%", "?")
    return re.sub(r"(?<![\d-])-\d{4}(?:-\d{2}){0,2}", bce, plain).replace("/", " – ")


def slide_dates(date: dict[str, Any] | None) -> dict[str, Any] | None:
    """start_date / end_date / display_date for one event date record, or None when undated.

    display_date is set whenever the numeric parts alone would mislead: intervals, seasons and
    coarser spans, approximate or inferred dates, and BCE years (whose label TimelineJS computes
    itself). It quotes the source's own phrase when the date was read from the text.
    """
    if not date or not date.get("start"):
        return None
    precision = date.get("precision")
    edtf = date.get("edtf") or ""
    single = precision in ("day", "month", "year") and is_plain_edtf(edtf)
    start = date_object(date["start"], _PARTS_BY_PRECISION.get(precision, 3) if single else 3)
    if start is None:
        return None
    slide: dict[str, Any] = {"start_date": start}
    if not single and date.get("end") and date["end"] != date["start"]:
        end = date_object(date["end"], 3)
        if end is not None:
            slide["end_date"] = end
    approximate = any(mark in edtf for mark in "~?%X")
    derivation = date.get("derivation") or "explicit"
    derived = derivation in ("inferred", "computed")
    if approximate or derived or not single or start["year"] <= 0:
        quoted = date.get("text") if derivation in ("explicit", "anchored") else None
        label = quoted or (readable_edtf(edtf) if edtf else date["start"])
        if approximate and not quoted:
            label = f"c. {label}"
        if derived:
            label = f"{label} ({derivation})"
        slide["display_date"] = label
    return slide


def headline(event: dict[str, Any], language: str) -> str:
    kind = EVENT_TYPES.get(event["type"])
    label = (kind.label_ru if language == "ru" else kind.label_en) if kind else event["type"]
    label = label[:1].upper() + label[1:]
    places = [p.get("name") or p["evidence"]["text"] for p in event.get("places", [])]
    return escape(f"{label}: {places[0]}" if places else label)


def body(event: dict[str, Any], title: str) -> str:
    html = f"<p>«{escape(event['evidence']['text'])}»</p><p>— <cite>{escape(title)}</cite></p>"
    status = event["assertion"]["status"]
    if status != "asserted":
        html += f"<p><em>{escape(status)}</em></p>"
    return html


def render(bundles: list[Bundle], group_by: str = "type") -> str:
    events = []
    for bundle in bundles:
        document = bundle["document"]
        title = document_label(document)
        for event in bundle.get("events", []):
            dates = slide_dates(event.get("date"))
            if dates is None:
                continue
            events.append({
                "unique_id": event["id"],
                **dates,
                "text": {"headline": headline(event, document.get("language") or "ru"),
                         "text": body(event, title)},
                "group": event["type"] if group_by == "type" else title,
            })
    titles = [document_label(b["document"]) for b in bundles]
    name = titles[0] if len(titles) == 1 else f"{len(titles)} documents"
    timeline = {"title": {"text": {"headline": escape(name),
                                   "text": "<p>Events extracted by annalist; each quotes its source.</p>"}},
                "events": events}
    return json.dumps(timeline, ensure_ascii=False) + "\n"


EXPORTER = Exporter(name="timelinejs", media_type="application/json", suffix=".json", renderer=render,
                    description="TimelineJS3 JSON (dated events only)")
