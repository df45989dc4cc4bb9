"""Helpers every exporter shares: walking bundles, reading ISO dates, quoting evidence, URIs.

Exporters read only the plain bundle dicts of ``annalist.records.bundle``; nothing here touches
the pipeline or the store. Dates are handled as ISO strings and integer day numbers, never
``datetime``, because historical dates include years <= 0 (``-0044-03-15``).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

Bundle = dict[str, Any]

_ISO = re.compile(r"^(-?\d{1,})(?:-(\d{2}))?(?:-(\d{2}))?$")
# Level-0 EDTF that is also a valid XSD/ISO date: real months and days only (1922-22 is a season).
_PLAIN_EDTF = re.compile(r"^-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def iter_events(bundles: Iterable[Bundle]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield (document record, event record) for every event of every bundle, in order."""
    for bundle in bundles:
        for event in bundle.get("events", []):
            yield bundle["document"], event


def document_label(document: dict[str, Any]) -> str:
    """What a citation calls the document: its title, else its id."""
    return document.get("title") or document.get("id") or "untitled"


def attribution(title: str, quote_text: str) -> str:
    """'According to <title>: "<words>"' — exporters quote, they never paraphrase the source."""
    return f'According to {title}: "{quote_text}"'


def stable_number(text: str, digits: int = 12) -> int:
    """A stable integer derived from an id (48 bits by default: collisions need ~10^7 events)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:digits], 16)


# ---------------------------------------------------------------------------- dates

def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """'-0044-03-15' → (-44, 3, 15); '1920-05' → (1920, 5, None); None or junk → None."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def is_plain_edtf(value: str | None) -> bool:
    """True for Level-0 single dates (1920, 1920-05, -0044-03-15): valid XSD/ISO as they stand."""
    return bool(value and _PLAIN_EDTF.match(value))


def days_from_civil(year: int, month: int, day: int) -> int:
    """Proleptic Gregorian date → days since 1970-01-01; works for any year, including <= 0."""
    year -= month <= 2
    era = year // 400            # Python floors, so negative years need no correction
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of days_from_civil."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return year_of_era + era * 400 + (month <= 2), month, day


def format_iso(year: int, month: int, day: int) -> str:
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month:02d}-{day:02d}"


def _month_length(year: int, month: int) -> int:
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return days_from_civil(*following, 1) - days_from_civil(year, month, 1)


def first_day(value: str | None) -> tuple[int, int, int] | None:
    """The first day an ISO date (of any precision) covers."""
    parts = parse_iso(value)
    if parts is None:
        return None
    year, month, day = parts
    return year, month or 1, day or 1


def last_day(value: str | None) -> tuple[int, int, int] | None:
    """The last day an ISO date (of any precision) covers: '1920' → 1920-12-31."""
    parts = parse_iso(value)
    if parts is None:
        return None
    year, month, day = parts
    month = month or 12
    return year, month, day or _month_length(year, month)


def day_span(date: dict[str, Any] | None) -> tuple[int, int] | None:
    """(first, last) day numbers of an event date record, or None when it has no bounds."""
    if not date:
        return None
    start = first_day(date.get("start"))
    end = last_day(date.get("end") or date.get("start"))
    if start is None or end is None:
        return None
    first, last = days_from_civil(*start), days_from_civil(*end)
    return (first, last) if first <= last else (last, first)   # a reversed record still has a span


# ---------------------------------------------------------------------------- places and URIs

def document_uri(document_id: str) -> str:
    return f"urn:annalist:document:{quote(str(document_id), safe='')}"


def place_uri(place_id: str) -> str:
    return f"urn:annalist:place:{quote(str(place_id), safe='')}"


def wikidata_uri(qid: str | None) -> str | None:
    return f"http://www.wikidata.org/entity/{qid}" if qid else None


def geonames_uri(geonameid: int | str | None) -> str | None:
    return f"https://sws.geonames.org/{geonameid}/" if geonameid not in (None, "") else None


def authority_uri(place: dict[str, Any]) -> str | None:
    """The best outside identifier of a resolved place: Wikidata, then GeoNames, then our gazetteer."""
    return (wikidata_uri(place.get("wikidata")) or geonames_uri(place.get("geonames"))
            or (place_uri(place["place_id"]) if place.get("place_id") else None))


def has_coordinates(place: dict[str, Any]) -> bool:
    return place.get("lat") is not None and place.get("lon") is not None


def place_types(bundles: Iterable[Bundle]) -> dict[str, str]:
    """place_id → gazetteer type (settlement, region, river ...), read from the place mentions.

    Event place records do not carry the type, so exporters that need it look it up here.
    """
    types: dict[str, str] = {}
    for bundle in bundles:
        for mention in bundle.get("places", []):
            if mention.get("place_id") and mention.get("type"):
                types.setdefault(mention["place_id"], mention["type"])
    return types


def lowest_estimate(quantity: dict[str, Any]) -> float | None:
    """The conservative reading of a quantity: its minimum when a range is given, else its value."""
    if quantity.get("min") is not None:
        return quantity["min"]
    return quantity.get("value")
