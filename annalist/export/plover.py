"""PLOVER event records as JSON Lines (one event per line, as the PLOVER manual suggests).

Entity objects use the manual's field-list naming (``entity_text``, ``sector``, ``identifier_id``),
not its example block's (``raw_text``, ``sector_code``). Dropped, because PLOVER cannot hold them:
events whose annalist type has no PLOVER category, undated events (``date`` is required) and
negated events (the manual says to drop them). Other assertion statuses go in ``comment`` and,
for hypothetical ones, the auxiliary mode ``hypothetical``.
"""
from __future__ import annotations

import json
from typing import Any

from ..events.ontology import EVENT_TYPES
from .actors import inter_code, is_person, plover_sector
from .base import Bundle, Exporter
from .common import document_label, first_day, format_iso, last_day, lowest_estimate, place_types

QUAD_CODES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
CODEBOOK = "PLOVER (event/mode names mapped from annalist's ontology)"
# Place types → the Mordecai/PLOVER location resolution (5 sub-city ... 1 country).
_RESOLUTION = {"settlement": 4, "district": 3, "region": 2, "province": 2, "polity": 1, "country": 1}


def entity(actor: dict[str, Any]) -> dict[str, Any]:
    record = {"entity_text": actor["evidence"]["text"], "identifier_text": actor["name"]}
    sector = plover_sector(actor.get("kind"))
    if sector:
        record["sector"] = sector
    return record


def sides(event: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """(actor, recipient) lists. Two-sided violence (armed targets) puts every side in ``actor`` and
    no recipient; one-sided violence (civilian or individual victims) keeps perpetrator → recipient."""
    actors = event.get("actors", [])
    targets = [a for a in actors if a["role"] == "target"]
    others = [a for a in actors if a["role"] != "target"]
    kind = EVENT_TYPES.get(event["type"])
    one_sided = bool(kind and kind.civilian_targeting) or any(
        is_person(a.get("kind")) or inter_code(a.get("kind")) == 7 for a in targets)
    if event["plover"]["event_type"] == "ASSAULT" and not one_sided:
        return [entity(a) for a in others + targets], []
    return [entity(a) for a in others], [entity(a) for a in targets]


def location(place: dict[str, Any], place_type: str | None) -> dict[str, Any]:
    loc: dict[str, Any] = {"extracted_place": place["evidence"]["text"], "resolved_place": place.get("name")}
    if place.get("lat") is not None:
        loc["lat"], loc["lon"] = place["lat"], place.get("lon")
    if place.get("geonames") is not None:
        loc["geonameid"] = int(place["geonames"])
    if place_type in _RESOLUTION:
        loc["resolution"] = _RESOLUTION[place_type]
    return loc


def plover_record(document: dict[str, Any], event: dict[str, Any], sequence: int,
                  types: dict[str, str]) -> dict[str, Any] | None:
    category = event["plover"]["event_type"]
    status = event["assertion"]["status"]
    date = event.get("date") or {}
    start, end = first_day(date.get("start")), last_day(date.get("end") or date.get("start"))
    if category is None or status == "negated" or start is None or end is None:
        return None
    actor, recipient = sides(event)
    modes = [event["plover"]["mode"]] if event["plover"]["mode"] else []
    if status == "hypothetical":
        modes.append("hypothetical")
    record: dict[str, Any] = {
        "id": event["id"], "has_event": True,
        "date": format_iso(*start), "enddate": format_iso(*end),
        "event": [category], "mode": modes, "quad_code": QUAD_CODES[category],
        "actor": actor, "recipient": recipient,
        "event_text": [event["evidence"]["text"]],
        "text_info": {"sequence": sequence, "start": event["evidence"]["start"], "end": event["evidence"]["end"]},
        "cite_info": {"title": document_label(document), "citation": document["id"],
                      "language": document.get("language") or "ru", "codebook": CODEBOOK,
                      "coder": "annalist"},
    }
    if event.get("places"):
        first = event["places"][0]
        record["event_loc"] = location(first, types.get(first.get("place_id") or ""))
    size = {}
    for what, key in (("fatalities", "dead"), ("wounded", "injured"), ("prisoners", "arrested")):
        values = [lowest_estimate(q) for q in event.get("quantities", []) if q["what"] == what]
        if any(v is not None for v in values):
            size[key] = int(sum(v for v in values if v is not None))
    if size:
        record["size"] = size
    if status != "asserted":
        record["comment"] = f"assertion: {status}; cues: {', '.join(event['assertion']['cues'])}"
    if date.get("edtf") and date.get("edtf") != record["date"]:
        record["comment"] = "; ".join(filter(None, [record.get("comment"), f"date (EDTF): {date['edtf']}"]))
    return record


def render(bundles: list[Bundle]) -> str:
    types = place_types(bundles)
    lines = []
    for bundle in bundles:
        for sequence, event in enumerate(bundle.get("events", [])):
            record = plover_record(bundle["document"], event, sequence, types)
            if record is not None:
                lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


EXPORTER = Exporter(name="plover", media_type="application/x-ndjson", suffix=".jsonl", renderer=render,
                    description="PLOVER event records, one per line")
