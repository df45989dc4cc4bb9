"""Plain GeoJSON of place mentions: one feature per mention, unresolved ones with null geometry.

RFC 7946 allows ``"geometry": null`` for unlocated features; map clients skip them, while the
table view and other tools still see which names were not resolved.
"""
from __future__ import annotations

import json
from typing import Any

from .base import Bundle, Exporter
from .common import has_coordinates


def mention_feature(document: dict[str, Any], mention: dict[str, Any]) -> dict[str, Any]:
    geometry = ({"type": "Point", "coordinates": [mention["lon"], mention["lat"]]}
                if has_coordinates(mention) else None)
    return {
        "type": "Feature",
        "id": f"{document['id']}:{mention['start']}-{mention['end']}",
        "geometry": geometry,
        "properties": {
            "document": document["id"], "document_title": document.get("title", ""),
            "start": mention["start"], "end": mention["end"], "text": mention["text"],
            "name": mention.get("name"), "place_id": mention.get("place_id"), "type": mention.get("type"),
            "sense": mention.get("sense", "place"),
            "wikidata": mention.get("wikidata"), "geonames": mention.get("geonames"),
            "resolved": mention.get("place_id") is not None,
            "candidates": len(mention.get("candidates", [])),
        },
    }


def render(bundles: list[Bundle]) -> str:
    features = [mention_feature(b["document"], m) for b in bundles for m in b.get("places", [])]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"


EXPORTER = Exporter(name="places-geojson", media_type="application/geo+json", suffix=".geojson",
                    renderer=render, description="GeoJSON of place mentions (null geometry when unresolved)")
