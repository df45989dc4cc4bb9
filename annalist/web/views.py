"""What each page shows, as plain data: the HTML page and its JSON twin are built from the same dict.

Every function takes the Store (read-only) and request parameters, and returns JSON-ready data.
Bad parameters raise ``BadRequest``; missing things raise ``NotFound``; app.py maps both.
"""
from __future__ import annotations

import calendar
import re
from typing import Any

from ..events.ontology import EVENT_TYPES
from ..store import Store
from . import highlight, queries
from .dates import human

PER_PAGE = 50
MAX_PER_PAGE = 500
ORDERS = ("document", "date", "-date", "type", "place")
ASSERTIONS = ("asserted", "negated", "failed", "reported", "disputed", "hypothetical")
FILTERS = ("type", "document", "assertion", "date_from", "date_to", "place", "actor")
_PARTIAL_DATE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class BadRequest(ValueError):
    """A parameter a person typed is not one the view understands."""


class NotFound(LookupError):
    """No such document, event or place in this database."""


def type_label(name: str) -> str:
    kind = EVENT_TYPES.get(name)
    return kind.label_en if kind else name


def date_quality(date: dict[str, Any] | None, derivation: str | None = None,
                 precision: str | None = None, edtf: str | None = None) -> str | None:
    """exact | approximate | inferred: how the timeline and the table draw a date.

    Inferred: no date words in the event's own clause; the date was carried over from context
    (derivation 'inferred'). Exact: a day, stated (or completed from context, like a year-less
    '14 мая', or counted from one, like 'через три дня') without ~ or ?. Approximate: the rest:
    a month, season, year or longer, or marked uncertain.
    """
    if date is not None:
        derivation, precision, edtf = date.get("derivation"), date.get("precision"), date.get("edtf")
    if derivation is None and precision is None and edtf is None:
        return None
    if derivation == "inferred":
        return "inferred"
    if precision == "day" and not any(mark in (edtf or "") for mark in "~?%"):
        return "exact"
    return "approximate"


def label(record: dict[str, Any]) -> dict[str, Any]:
    """Add the readable type, date label and date quality that pages show beside the record."""
    date = record.get("date")
    record["type_label"] = type_label(record["type"])
    record["date_quality"] = date_quality(date)
    record["date_label"] = human(date.get("start"), date.get("end")) if date else ""
    return record


def _bound(value: str | None, end: bool) -> str | None:
    """'1918' or '1918-05' → the first (or last) day it covers, so range filters compare ISO dates."""
    if not value:
        return None
    found = _PARTIAL_DATE.match(value.strip())
    if not found:
        raise BadRequest(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(found[1]), found[2], found[3]
    month_n = int(month) if month else (12 if end else 1)
    if not 1 <= month_n <= 12:
        raise BadRequest(f"date {value!r}: month must be 1-12")
    last = calendar.monthrange(year if year > 0 else 2000 + year % 400, month_n)[1]
    day_n = int(day) if day else (last if end else 1)
    if not 1 <= day_n <= last:
        raise BadRequest(f"date {value!r}: no such day")
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month_n:02d}-{day_n:02d}"


def _int(value: str | None, default: int, name: str, low: int, high: int) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return number


def overview(store: Store) -> dict[str, Any]:
    return {
        "stats": store.stats(),
        "documents": store.documents(),
        "event_types": [{"type": t, "label": type_label(t), "events": n} for t, n in store.event_types()],
        "years": histogram(queries.year_histogram(store)),
        "places": queries.map_points(store),
    }


def core_years(years: list[dict[str, Any]], share: float = 0.8) -> tuple[int, int]:
    """The shortest run of years holding ``share`` of the events: where a corpus is about.
    One text on antiquity must not squeeze a corpus on 1918-1924 into one bar."""
    total = sum(y["events"] for y in years)
    best = (years[0]["year"], years[-1]["year"])
    inside, left = 0, 0
    for entry in years:
        inside += entry["events"]
        while inside - years[left]["events"] >= share * total:
            inside -= years[left]["events"]
            left += 1
        if inside >= share * total and entry["year"] - years[left]["year"] < best[1] - best[0]:
            best = (years[left]["year"], entry["year"])
    return best


def histogram(years: list[dict[str, Any]]) -> dict[str, Any]:
    """Events per year → bars over the core years (see core_years), a year, a decade or a century
    wide; what falls outside is counted and linked, not drawn."""
    if not years:
        return {"bins": [], "unit": "year", "earlier": 0, "later": 0}
    low, high = core_years(years)
    width = 1 if high - low < 60 else 10 if high - low < 600 else 100
    low, high = low - low % width, high - high % width
    bins = [{"from": start, "to": start + width - 1, "events": 0} for start in range(low, high + 1, width)]
    earlier = later = 0
    for y in years:
        if y["year"] < low:
            earlier += y["events"]
        elif y["year"] >= high + width:
            later += y["events"]
        else:
            bins[(y["year"] - low) // width]["events"] += y["events"]
    unit = {1: "year", 10: "decade", 100: "century"}[width]
    return {"bins": bins, "unit": unit, "earlier": earlier, "later": later}


def document(store: Store, document_id: str) -> dict[str, Any]:
    bundle = store.bundle(document_id)
    if bundle is None:
        raise NotFound(f"no document {document_id!r} in this database")
    related = {k: [_related(r) for r in v] for k, v in queries.related_events(store, document_id).items()}
    return {**decorate(bundle), "related": related}


def _related(item: dict[str, Any]) -> dict[str, Any]:
    item["type_label"] = type_label(item["type"])
    item["date_label"] = human(item.get("start"), item.get("end"))
    return item


def decorate(bundle: dict[str, Any]) -> dict[str, Any]:
    """A bundle plus what the document view needs: labels, date qualities, place keys."""
    for event in bundle["events"]:
        label(event)
        for place in event["places"]:
            place["key"] = highlight.place_key(place)
    for place in bundle["places"]:
        place["key"] = highlight.place_key(place)
    doc_id = bundle["document"]["id"]
    for date in bundle["dates"]:
        date["key"] = highlight.date_key(doc_id, date["start"], date["end"])
    return bundle


def events(store: Store, params: dict[str, str]) -> dict[str, Any]:
    filters = {name: (params.get(name) or "").strip() or None for name in FILTERS}
    if filters["type"] and filters["type"] not in EVENT_TYPES:
        raise BadRequest(f"unknown event type {filters['type']!r}; known: {', '.join(EVENT_TYPES)}")
    if filters["assertion"] and filters["assertion"] not in ASSERTIONS:
        raise BadRequest(f"unknown assertion status {filters['assertion']!r}; known: {', '.join(ASSERTIONS)}")
    order = params.get("order") or "document"
    if order not in ORDERS:
        raise BadRequest(f"unknown order {order!r}; known: {', '.join(ORDERS)}")
    query = {**filters, "date_from": _bound(filters["date_from"], end=False),
             "date_to": _bound(filters["date_to"], end=True)}
    per_page = _int(params.get("per_page"), PER_PAGE, "per_page", 1, MAX_PER_PAGE)
    total = store.count_events(**query)
    pages = max(1, -(-total // per_page))
    page = _int(params.get("page"), 1, "page", 1, pages)
    rows = store.events(limit=per_page, offset=(page - 1) * per_page, order=order, **query)
    for row in rows:
        label(row)
    return {"total": total, "page": page, "pages": pages, "per_page": per_page, "order": order,
            "filters": filters, "events": rows}


def event(store: Store, event_id: str) -> dict[str, Any]:
    record = store.event(event_id)
    if record is None:
        raise NotFound(f"no event {event_id!r} in this database")
    label(record)
    related = [_related(r) for r in queries.related_events(store, record["document"]).get(event_id, [])]
    return {"event": record, "related": related}


def timeline(store: Store, params: dict[str, str] | None = None) -> dict[str, Any]:
    doc = (params or {}).get("document") or None
    items = queries.timeline_items(store, doc)
    for item in items:
        item["quality"] = date_quality(None, item["derivation"], item["precision"], item["edtf"])
        item["type_label"] = type_label(item["type"])
        item["date_label"] = human(item["start"], item["end"])
    return {"items": items, "undated": store.count_events(document=doc) - len(items)}


def map_data(store: Store) -> dict[str, Any]:
    return {"places": queries.map_points(store)}


def place(store: Store, place_id: str) -> dict[str, Any]:
    info = queries.place_info(store, place_id)
    if info is None:
        raise NotFound(f"no place {place_id!r} in this database")
    found = store.events(order="date", place=place_id)
    for row in found:
        label(row)
    return {"place": info, "events": found, "mentions": queries.place_mentions(store, place_id)}


def facets(store: Store) -> dict[str, Any]:
    """The choices the events table's filter form offers."""
    return {"types": [{"type": t, "label": type_label(t), "events": n} for t, n in store.event_types()],
            "documents": [{"id": d["id"], "title": d["title"]} for d in store.documents()],
            "assertions": list(ASSERTIONS), "orders": list(ORDERS)}
