"""The offline base layer: Natural Earth country outlines from the npm package ``world-atlas``.

``world-atlas`` (ISC licence; data public domain, Natural Earth 1:110m admin-0) ships the
outlines as TopoJSON. It is installed at install time (``npm install -g world-atlas@2``), never
copied into this repository; this module finds the file and decodes it to GeoJSON with the
standard library, so the map has a base layer when no tiles can be fetched.
"""
from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

FILE = "countries-110m.json"
ENV = "ANNALIST_WORLD_ATLAS"   # a path to countries-110m.json, to override the search


def candidates() -> list[Path]:
    """Where an npm install may have put world-atlas, most specific first."""
    roots = [Path(__file__).resolve().parents[2] / "node_modules", Path(sys.prefix) / "lib" / "node_modules",
             Path("/usr/local/lib/node_modules"), Path("/usr/lib/node_modules"),
             Path.home() / ".npm-global" / "lib" / "node_modules"]
    found = [Path(os.environ[ENV])] if os.environ.get(ENV) else []
    return found + [root / "world-atlas" / FILE for root in roots]


def locate() -> Path | None:
    return next((path for path in candidates() if path.is_file()), None)


@lru_cache(maxsize=1)
def countries() -> dict[str, Any]:
    """A GeoJSON FeatureCollection of country outlines; empty (with a reason) when not installed."""
    path = locate()
    if path is None:
        return {"type": "FeatureCollection", "features": [],
                "note": "country outlines not installed: npm install -g world-atlas@2"}
    topology = json.loads(path.read_text(encoding="utf-8"))
    name = "countries" if "countries" in topology["objects"] else next(iter(topology["objects"]))
    return to_geojson(topology, name)


def to_geojson(topology: dict[str, Any], name: str) -> dict[str, Any]:
    """Decode one object of a (possibly quantised) TopoJSON topology into a FeatureCollection."""
    arcs = [_decode_arc(arc, topology.get("transform")) for arc in topology["arcs"]]
    features = []
    for geometry in topology["objects"][name].get("geometries", []):
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates = [_ring(ring, arcs) for ring in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[_ring(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]]
        else:
            continue  # outlines only: points and lines have no place in a base layer
        features.append({"type": "Feature", "id": geometry.get("id"),
                         "properties": {"name": (geometry.get("properties") or {}).get("name")},
                         "geometry": {"type": kind, "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


def _decode_arc(arc: list[list[float]], transform: dict[str, Any] | None) -> list[list[float]]:
    if not transform:
        return [list(point[:2]) for point in arc]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    points = []
    for point in arc:
        x, y = x + point[0], y + point[1]   # quantised arcs are delta-encoded
        points.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
    return points


def _ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]   # ~i: arc i walked backwards
        points.extend(arc if not points else arc[1:])            # shared end points appear once
    return _unwrap(points)


def _unwrap(points: list[list[float]]) -> list[list[float]]:
    """Keep a ring continuous across the antimeridian (Chukotka, Fiji): a step of more than 180°
    in longitude is the same step the short way round, so later points move by 360°. Without this
    Leaflet draws such rings as lines across the whole map."""
    shift, previous, result = 0.0, None, []
    for lon, lat in points:
        if previous is not None:
            step = lon + shift - previous
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        previous = lon + shift
        result.append([previous, lat])
    return result
