"""Map exports: event GeoJSON, place-mention GeoJSON and Linked Places Format."""
from __future__ import annotations

import json

import geojson
import pytest

from annalist.export import EXPORTERS
from annalist.export.lpf import CONTEXT

try:
    from test_export_fixtures import KESTELN, ROME, VELNA, bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import KESTELN, ROME, VELNA, bundles


def load(name: str, selection=None) -> dict:
    return json.loads(EXPORTERS[name].render(bundles() if selection is None else selection))


@pytest.mark.parametrize("name", ["geojson", "places-geojson", "lpf"])
def test_valid_geojson_by_the_geojson_package(name):
    collection = geojson.loads(EXPORTERS[name].render(bundles()))
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        assert feature.is_valid, feature.errors()


def test_event_features_are_located_events_times_places_in_lon_lat_order():
    features = load("geojson")["features"]
    located = [(e["id"], p["place_id"]) for b in bundles() for e in b["events"]
               for p in e["places"] if p["lat"] is not None]
    assert [(f["properties"]["id"], f["properties"]["place_id"]) for f in features] == located
    by_place = {f["properties"]["place_id"]: f for f in features}
    assert by_place[KESTELN.id]["geometry"]["coordinates"] == [KESTELN.lon, KESTELN.lat]
    assert by_place[ROME.id]["properties"]["date_start"] == "-0043-03-15"
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids))


def test_event_feature_properties():
    feature = next(f for f in load("geojson")["features"] if f["properties"]["type"] == "attack")
    props = feature["properties"]
    assert props["acled_event_type"] == "Battles" and props["date_edtf"] == "1920-03-14"
    assert props["place_name"] == "Кестельн" and props["place_text"] == "Кестельн"
    text = bundles()[0]["document"]["text"]
    assert text[props["evidence_start"]:props["evidence_end"]] == props["evidence"]
    assert props["document"] == bundles()[0]["document"]["id"]
    types = {f["properties"]["type"] for f in load("geojson")["features"]}
    assert "treaty" not in types and "execution" not in types   # no place / no coordinates


def test_place_mentions_keep_unresolved_ones_with_null_geometry():
    features = load("places-geojson")["features"]
    assert len(features) == sum(len(b["places"]) for b in bundles())
    dubrava = next(f for f in features if f["properties"]["text"] == "Дубраве")
    assert dubrava["geometry"] is None and dubrava["properties"]["resolved"] is False
    velna = next(f for f in features if f["properties"]["text"] == "Вельны")
    assert velna["geometry"]["coordinates"] == [VELNA.lon, VELNA.lat]


def test_lpf_has_one_feature_per_resolved_place():
    collection = load("lpf")
    assert collection["@context"] == CONTEXT
    titles = [f["properties"]["title"] for f in collection["features"]]
    assert sorted(titles) == sorted(["Кестельн", "Вельна", "Рим"])          # Дубрава is unresolved
    ids = [f["@id"] for f in collection["features"]]
    assert len(set(ids)) == len(ids)


def test_lpf_feature_fields():
    features = {f["properties"]["title"]: f for f in load("lpf")["features"]}
    kesteln, velna, rome = features["Кестельн"], features["Вельна"], features["Рим"]
    assert kesteln["properties"]["fclasses"] == ["P"] and velna["properties"]["fclasses"] == ["H"]
    assert {n["toponym"] for n in kesteln["names"]} == {"Кестельне", "Кестельн"}
    for name in kesteln["names"]:
        assert name["lang"] == "ru"
        assert name["citations"] == [{"label": "Хроника «Кестельна» & <окрестности>",
                                      "@id": f"urn:annalist:document:{bundles()[0]['document']['id']}"}]
    # events at Кестельн: 1918 (year) and 1920-03-14; the undated flight adds nothing
    assert kesteln["when"]["timespans"] == [{"start": {"in": "1918-01-01"}, "end": {"in": "1920-03-14"}}]
    assert rome["when"]["timespans"] == [{"start": {"in": "-0043-03-15"}, "end": {"in": "-0043-03-15"}}]
    assert rome["links"] == [{"type": "closeMatch", "identifier": "wd:Q220"},
                             {"type": "closeMatch", "identifier": "gn:3169070"}]
    assert rome["geometry"] == {"type": "Point", "coordinates": [ROME.lon, ROME.lat]}
    assert "links" not in kesteln


def test_lpf_falls_back_to_the_document_span_and_null_geometry():
    bundle = bundles()[0]
    for event in bundle["events"]:
        event["date"] = None
    for mention in bundle["places"]:
        if mention["place_id"] == VELNA.id:
            mention["lat"] = mention["lon"] = None
    for event in bundle["events"]:
        for place in event["places"]:
            if place["place_id"] == VELNA.id:
                place["lat"] = place["lon"] = None
    features = {f["properties"]["title"]: f for f in load("lpf", [bundle])["features"]}
    velna = features["Вельна"]
    assert velna["geometry"] is None
    # the document's dates run from 1918 to the summer of 1922
    assert velna["when"]["timespans"] == [{"start": {"in": "1918-01-01"}, "end": {"in": "1922-08-31"}}]
    assert velna["when"]["label"].startswith("span of the dates")
