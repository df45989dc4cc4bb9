"""Linked Places Format (LPF) v1.x: a FeatureCollection of the distinct resolved places.

One Feature per gazetteer id, with the forms the documents attest (each cited to its document),
``fclasses`` from the place type, ``when`` from the dates of the events set there (else the span
of all dates in the citing documents), ``links`` to Wikidata (wd:) and GeoNames (gn:), and a Point
geometry or null. Unresolved mentions are not places yet and are left out (see places-geojson).
"""
from __future__ import annotations

import json
from typing import Any

from .base import Bundle, Exporter
from .common import (
    days_from_civil,
    document_label,
    document_uri,
    first_day,
    format_iso,
    last_day,
    place_types,
    place_uri,
)

CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"

# GeoNames feature classes (as LPF uses them) for annalist's place types.
FCLASSES = {
    "settlement": "P", "city": "P", "town": "P", "village": "P",
    "region": "A", "polity": "A", "country": "A", "province": "A", "district": "A",
    "river": "H", "lake": "H", "sea": "H", "bay": "H",
    "mountain": "T", "mountains": "T", "pass": "T", "hill": "T",
    "area": "L", "steppe": "L", "forest": "V", "fortress": "S", "monastery": "S", "road": "R",
}


class _Span:
    """The widest [first, last] day range seen so far, kept as day numbers."""

    def __init__(self) -> None:
        self.first: tuple[int, tuple[int, int, int]] | None = None
        self.last: tuple[int, tuple[int, int, int]] | None = None

    def add(self, start: str | None, end: str | None) -> None:
        lo, hi = first_day(start), last_day(end or start)
        if lo is None or hi is None:
            return
        if self.first is None or days_from_civil(*lo) < self.first[0]:
            self.first = (days_from_civil(*lo), lo)
        if self.last is None or days_from_civil(*hi) > self.last[0]:
            self.last = (days_from_civil(*hi), hi)

    def when(self, label: str) -> dict[str, Any] | None:
        if self.first is None or self.last is None:
            return None
        return {"timespans": [{"start": {"in": format_iso(*self.first[1])},
                               "end": {"in": format_iso(*self.last[1])}}], "label": label}


def _citation(document: dict[str, Any]) -> dict[str, Any]:
    citation: dict[str, Any] = {"label": document_label(document), "@id": document_uri(document["id"])}
    year = (document.get("metadata") or {}).get("year")
    if isinstance(year, int) or (isinstance(year, str) and year.lstrip("-").isdigit()):
        citation["year"] = int(year)
    return citation


def _collect(bundles: list[Bundle]) -> dict[str, dict[str, Any]]:
    places: dict[str, dict[str, Any]] = {}

    def entry(record: dict[str, Any]) -> dict[str, Any]:
        return places.setdefault(record["place_id"], {
            "record": record, "forms": {}, "events": _Span(), "documents": _Span()})

    for bundle in bundles:
        document = bundle["document"]
        language = document.get("language") or "ru"
        seen_here: dict[str, dict[str, Any]] = {}
        for mention in bundle.get("places", []):
            if mention.get("place_id"):
                item = entry(mention)
                item["forms"].setdefault((mention["text"], language), {})[document["id"]] = document
                seen_here[mention["place_id"]] = item
        for event in bundle.get("events", []):
            date = event.get("date") or {}
            for place in event.get("places", []):
                if place.get("place_id"):
                    item = entry(place)
                    item["forms"].setdefault((place["evidence"]["text"], language), {})[document["id"]] = document
                    item["events"].add(date.get("start"), date.get("end"))
                    seen_here[mention["place_id"]] = item
        document_span = _Span()
        for date in bundle.get("dates", []):
            document_span.add(date.get("start_date"), date.get("end_date"))
        if document_span.first and document_span.last:
            for item in seen_here.values():
                item["documents"].add(format_iso(*document_span.first[1]), format_iso(*document_span.last[1]))
    return places


def place_feature(place_id: str, item: dict[str, Any], place_type: str | None) -> dict[str, Any]:
    record = item["record"]
    feature: dict[str, Any] = {
        "@id": place_uri(place_id),
        "type": "Feature",
        "properties": {"title": record.get("name") or place_id,
                       "fclasses": [FCLASSES[place_type]] if place_type in FCLASSES else []},
        "names": [{"toponym": form, "lang": lang, "citations": [_citation(d) for d in documents.values()]}
                  for (form, lang), documents in item["forms"].items()],
        "geometry": ({"type": "Point", "coordinates": [record["lon"], record["lat"]]}
                     if record.get("lat") is not None and record.get("lon") is not None else None),
    }
    if record.get("country"):
        feature["properties"]["ccodes"] = [record["country"].upper()]
    when = item["events"].when("dates of the events set here") or \
        item["documents"].when("span of the dates in the citing documents")
    if when:
        feature["when"] = when
    if place_type:
        feature["types"] = [{"label": place_type}]
    links = []
    if record.get("wikidata"):
        links.append({"type": "closeMatch", "identifier": f"wd:{record['wikidata']}"})
    if record.get("geonames") is not None:
        links.append({"type": "closeMatch", "identifier": f"gn:{record['geonames']}"})
    if links:
        feature["links"] = links
    return feature


def render(bundles: list[Bundle]) -> str:
    types = place_types(bundles)
    features = [place_feature(pid, item, types.get(pid)) for pid, item in _collect(bundles).items()]
    return json.dumps({"type": "FeatureCollection", "@context": CONTEXT, "features": features},
                      ensure_ascii=False) + "\n"


EXPORTER = Exporter(name="lpf", media_type="application/ld+json", suffix=".lpf.json", renderer=render,
                    description="Linked Places Format v1.x: distinct resolved places")
