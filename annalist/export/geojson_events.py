"""GeoJSON FeatureCollection of events: one Point feature per (event, located place).

Coordinates are [lon, lat] (RFC 7946). Events without a place that has coordinates are not in
this export (use ``jsonl`` or ``csv`` for them).
"""
from __future__ import annotations

import json
from typing import Any

from .base import Bundle, Exporter
from .common import has_coordinates, iter_events


def event_features(document: dict[str, Any], event: dict[str, Any]) -> list[dict[str, Any]]:
    date = event.get("date") or {}
    features = []
    for index, place in enumerate(event.get("places", [])):
        if not has_coordinates(place):
            continue
        features.append({
            "type": "Feature",
            "id": f"{event['id']}-{index}",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {
                "id": event["id"], "type": event["type"],
                "acled_event_type": event["acled"]["event_type"],
                "acled_sub_event_type": event["acled"]["sub_event_type"],
                "date_edtf": date.get("edtf"), "date_start": date.get("start"), "date_end": date.get("end"),
                "date_precision": date.get("precision"),
                "place_name": place.get("name"), "place_id": place.get("place_id"),
                "place_text": place["evidence"]["text"], "place_role": place.get("role"),
                "wikidata": place.get("wikidata"), "geonames": place.get("geonames"),
                "trigger": event["trigger"]["text"],
                "evidence": event["evidence"]["text"],
                "evidence_start": event["evidence"]["start"], "evidence_end": event["evidence"]["end"],
                "assertion": event["assertion"]["status"],
                "document": document["id"], "document_title": document.get("title", ""),
            },
        })
    return features


def render(bundles: list[Bundle]) -> str:
    features = [f for document, event in iter_events(bundles) for f in event_features(document, event)]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"


EXPORTER = Exporter(name="geojson", media_type="application/geo+json", suffix=".geojson", renderer=render,
                    description="GeoJSON points: one feature per event and located place")
