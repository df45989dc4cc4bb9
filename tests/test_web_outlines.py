"""TopoJSON → GeoJSON decoding of the offline base layer, on a topology written out by hand."""
from __future__ import annotations

import pytest

from annalist.web.outlines import countries, to_geojson

# Two unit squares sharing the edge x=1: arc 0 is the shared edge, walked backwards (~0 = -1) by B.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],                        # (1,0) → (1,1) in real units, delta-encoded
        [[2, 2], [-2, 0], [0, -2], [2, 0]],      # (1,1) → (0,1) → (0,0) → (1,0)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],       # (1,0) → (2,0) → (2,1) → (1,1)
    ],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "A", "properties": {"name": "A"}, "arcs": [[0, 1]]},
        {"type": "MultiPolygon", "id": "B", "properties": {"name": "B"}, "arcs": [[[2, -1]]]},
        {"type": "Point", "coordinates": [0, 0]},
    ]}},
}


def test_to_geojson_decodes_quantised_shared_arcs():
    features = to_geojson(TOPOLOGY, "countries")["features"]
    assert [f["id"] for f in features] == ["A", "B"]       # the point is not an outline
    a, b = (f["geometry"]["coordinates"] for f in features)
    assert a == [[[11.0, 20.0], [11.0, 21.0], [10.0, 21.0], [10.0, 20.0], [11.0, 20.0]]]
    assert b == [[[[11.0, 20.0], [12.0, 20.0], [12.0, 21.0], [11.0, 21.0], [11.0, 20.0]]]]


def test_countries_is_a_feature_collection_or_says_what_to_install():
    data = countries()
    assert data["type"] == "FeatureCollection"
    assert data["features"] or "world-atlas" in data["note"]


def test_a_ring_across_the_antimeridian_stays_continuous():
    from annalist.web.outlines import _unwrap

    ring = [[170.0, 65.0], [179.9, 66.0], [-179.9, 66.0], [-170.0, 65.0], [170.0, 65.0]]
    lons = [lon for lon, _ in _unwrap(ring)]
    assert lons == [170.0, 179.9, pytest.approx(180.1), 190.0, 170.0]
    assert max(abs(a - b) for a, b in zip(lons, lons[1:], strict=False)) < 180
