"""The example texts' gold places (bench/gold/*.json): every one found and put at the right spot."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalist.gazetteer import build, distance_km
from annalist.model import Document
from annalist.nlp import analyse
from annalist.places import tag

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "bench" / "gold").glob("*.json"))
# Without outlines, "inside the region" is approximated by a distance (see bench/places.py).
KM = {"settlement": 25.0, "region": 300.0, "mountain": 300.0, "polity": 1500.0, "river": 1500.0}


@pytest.fixture(scope="module")
def gaz():
    return build(user=False)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_places_are_found_and_placed(path, gaz, nlp_models):
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (REPO / data["text"]).read_text(encoding="utf-8")
    doc = Document.from_text(text)
    try:
        from annalist.dates import tag as tag_dates  # the period comes from the dates stage
        doc = tag_dates(analyse(doc))
    except ImportError:
        doc = analyse(doc)
    doc = tag(doc, gazetteer=gaz)
    wrong = []
    for gold in data["places"]:
        found = [p for p in doc.places if p.start < gold["end"] and gold["start"] < p.end and p.place]
        if not found:
            wrong.append((gold["text"], "not found"))
            continue
        place = found[0].place
        km = distance_km(gold["lat"], gold["lon"], place.lat, place.lon)
        same = gold.get("wikidata") and gold["wikidata"] == place.wikidata
        if km > KM.get(gold["type"], 300.0) and not (same and gold["type"] != "settlement"):
            wrong.append((gold["text"], place.id, round(km)))
    assert wrong == []
    spans = [(g["start"], g["end"]) for g in data["places"]]
    # the gold marks where things are; "турецкие войска" (sense "nationality") locates nothing
    extra = [p.text for p in doc.places if p.locates and not any(p.start < e and s < p.end for s, e in spans)]
    assert extra == []


def test_seed_every_place_resolved(shared_dir, gaz, nlp_models):
    """The seed (read from ../shared, never copied): all place mentions resolved, natasha's slips fixed."""
    path = shared_dir / "seeds" / "seed.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    doc = tag(analyse(Document.from_text(path.read_text(encoding="utf-8"))), gazetteer=gaz)
    assert doc.places and all(p.place is not None for p in doc.places)
    texts = {p.text for p in doc.places}
    assert {"Гарабаха", "Нахчывану", "Зангезур", "Иреванской"} <= texts    # natasha: persons
    assert "Восставшие" not in texts                                        # natasha: a place
    armenia = [p for p in doc.places if p.name == "Армения"]
    assert armenia and all(p.place.id == "country-am" for p in armenia)    # not the town in Colombia
