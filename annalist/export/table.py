"""A flat events table (CSV): one row per event, lists joined into single cells.

Meant for spreadsheets and pandas. Only the first place gets its own columns; all places,
actors and quantities are also joined into one cell each ("; " between items).
"""
from __future__ import annotations

import csv
import io
from typing import Any

from .base import Bundle, Exporter
from .common import iter_events

COLUMNS = [
    "id", "document", "document_title", "type", "acled_event_type", "acled_sub_event_type",
    "plover_event_type", "plover_mode",
    "date_edtf", "date_start", "date_end", "date_precision", "date_derivation", "date_text",
    "place_name", "place_id", "place_lat", "place_lon", "places", "actors", "quantities",
    "assertion", "assertion_cues", "confidence",
    "trigger_text", "trigger_start", "trigger_end", "evidence_text", "evidence_start", "evidence_end",
]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _quantity(q: dict[str, Any]) -> str:
    if q.get("min") is not None or q.get("max") is not None:
        amount = f"{_cell(q.get('min'))}..{_cell(q.get('max'))}"
    else:
        amount = _cell(q.get("value"))
    return f"{q['what']}={'~' if q.get('approximate') else ''}{amount}"


def event_row(event: dict[str, Any]) -> dict[str, str]:
    date = event.get("date") or {}
    places = event.get("places", [])
    first = places[0] if places else {}
    return {
        "id": event["id"], "document": event["document"], "document_title": event.get("document_title", ""),
        "type": event["type"],
        "acled_event_type": event["acled"]["event_type"], "acled_sub_event_type": event["acled"]["sub_event_type"],
        "plover_event_type": _cell(event["plover"]["event_type"]), "plover_mode": _cell(event["plover"]["mode"]),
        "date_edtf": _cell(date.get("edtf")), "date_start": _cell(date.get("start")),
        "date_end": _cell(date.get("end")), "date_precision": _cell(date.get("precision")),
        "date_derivation": _cell(date.get("derivation")), "date_text": _cell(date.get("text")),
        "place_name": _cell(first.get("name")), "place_id": _cell(first.get("place_id")),
        "place_lat": _cell(first.get("lat")), "place_lon": _cell(first.get("lon")),
        "places": "; ".join(p.get("name") or p["evidence"]["text"] for p in places),
        "actors": "; ".join(f"{a['name']} ({a['role']}, {a['kind']})" for a in event.get("actors", [])),
        "quantities": "; ".join(_quantity(q) for q in event.get("quantities", [])),
        "assertion": event["assertion"]["status"], "assertion_cues": "; ".join(event["assertion"]["cues"]),
        "confidence": _cell(event.get("confidence")),
        "trigger_text": event["trigger"]["text"], "trigger_start": str(event["trigger"]["start"]),
        "trigger_end": str(event["trigger"]["end"]),
        "evidence_text": event["evidence"]["text"], "evidence_start": str(event["evidence"]["start"]),
        "evidence_end": str(event["evidence"]["end"]),
    }


def render(bundles: list[Bundle]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for _, event in iter_events(bundles):
        writer.writerow(event_row(event))
    return out.getvalue()


EXPORTER = Exporter(name="csv", media_type="text/csv", suffix=".csv", renderer=render,
                    description="flat events table, one row per event")
