"""The hand-made gold files are consistent with their texts, the ontology, EDTF and the map.

Benchmarks trust these files blindly, so every span, type, date and coordinate is checked here;
and each gold file must be exactly what its spec compiles to, so nobody edits offsets by hand.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import edtf
import pytest

from annalist.events.ontology import EVENT_TYPES

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "bench" / "gold").glob("*.json"))
HELDOUT = sorted((REPO / "bench" / "heldout").glob("*.json"))
ALL = GOLD + HELDOUT

KINDS = {"date", "duration", "set", "vague"}
PRECISIONS = {"day", "month", "season", "year", "decade", "century", "interval"}
DERIVATIONS = {"explicit", "anchored", "computed", "inferred"}
PLACE_TYPES = {"settlement", "region", "polity", "river", "mountain", "lake", "sea"}
ROLES = {"agent", "target", "participant"}
WHATS = {"participants", "fatalities", "displaced", "wounded", "prisoners"}
ASSERTIONS = {"asserted", "negated", "failed", "reported", "disputed", "hypothetical"}
ISO = re.compile(r"^-?\d{4}-\d{2}-\d{2}$")


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (REPO / gold["text"]).read_text(encoding="utf-8")


def _day(iso: str) -> tuple[int, int, int]:
    """ISO day as a sortable tuple: '-0099-01-01' must sort before '-0065-01-01'."""
    assert ISO.match(iso), iso
    neg = iso.startswith("-")
    y, m, d = iso.lstrip("-").split("-")
    return (-int(y) if neg else int(y), int(m), int(d))


def _spans(gold: dict):
    for d in gold["dates"]:
        yield "date", d
    for p in gold["places"]:
        yield "place", p
    for e in gold["events"]:
        yield "trigger", e["trigger"]
        yield "evidence", e["evidence"]
        if e["date"] is not None and e["date"]["evidence"] is not None:
            yield "event date", e["date"]["evidence"]
        if e["place"] is not None:
            yield "event place", e["place"]["evidence"]
        for a in e["actors"]:
            yield "actor", a
        for q in e["quantities"]:
            yield "quantity", q


def test_gold_files_exist():
    assert len(GOLD) == 5, [p.name for p in GOLD]
    assert len(HELDOUT) >= 1


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_every_span_round_trips(path):
    gold, text = _load(path)
    for what, span in _spans(gold):
        assert 0 <= span["start"] < span["end"] <= len(text), (what, span)
        assert text[span["start"]:span["end"]] == span["text"], (what, span)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_dates(path):
    gold, _ = _load(path)
    previous_end = 0
    for d in gold["dates"]:
        assert d["start"] >= previous_end, f"dates overlap or are out of order at {d}"
        previous_end = d["end"]
        assert d["kind"] in KINDS and d["derivation"] in DERIVATIONS, d
        if d["edtf"] is None:
            assert d["kind"] in {"duration", "vague"}, d
            continue
        assert d["precision"] in PRECISIONS, d
        edtf.parse_edtf(d["edtf"])
        assert _day(d["start_date"]) <= _day(d["end_date"]), d


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_places(path):
    gold, _ = _load(path)
    for p in gold["places"]:
        assert p["name"] and p["type"] in PLACE_TYPES, p
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, p
        assert p["wikidata"] is None or re.fullmatch(r"Q\d+", p["wikidata"]), p


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_events(path):
    gold, _ = _load(path)
    places = {p["name"] for p in gold["places"]}
    mentions = {(p["start"], p["end"]): p["name"] for p in gold["places"]}
    date_spans = {(d["start"], d["end"]): d for d in gold["dates"]}
    for i, e in enumerate(gold["events"]):
        kind = EVENT_TYPES.get(e["type"])
        assert kind is not None, f"event {i}: unknown type {e['type']!r}"
        assert e["acled_event_type"] == kind.acled_event_type, e
        ev, tr = e["evidence"], e["trigger"]
        assert ev["start"] <= tr["start"] and tr["end"] <= ev["end"], f"event {i}: trigger outside evidence"
        assert e["assertion"] in ASSERTIONS, e
        if e["date"] is not None:
            edtf.parse_edtf(e["date"]["edtf"])
            assert _day(e["date"]["start"]) <= _day(e["date"]["end"]), e
            if e["date"]["evidence"] is not None:
                span = e["date"]["evidence"]
                assert date_spans[(span["start"], span["end"])]["edtf"] == e["date"]["edtf"], e
        if e["place"] is not None:
            assert e["place"]["name"] in places, f"event {i}: place {e['place']['name']!r} is never mentioned"
            span = e["place"]["evidence"]
            assert mentions.get((span["start"], span["end"])) == e["place"]["name"], e
            assert -90 <= e["place"]["lat"] <= 90 and -180 <= e["place"]["lon"] <= 180
        assert all(a["role"] in ROLES for a in e["actors"]), e
        for q in e["quantities"]:
            assert q["what"] in WHATS, q
            assert q["value"] is not None or q["min"] is not None or q["max"] is not None, q
            if q["min"] is not None and q["max"] is not None:
                assert q["min"] <= q["max"], q
        if "same_as" in e:
            assert 0 <= e["same_as"] < i, f"event {i}: same_as must name an earlier event"


def test_counts_across_gold():
    events = dates = 0
    for path in GOLD:
        gold, _ = _load(path)
        events += len(gold["events"])
        dates += len(gold["dates"])
    assert events >= 80, events
    assert dates >= 100, dates


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_text_length(path):
    gold, text = _load(path)
    words = len(re.findall(r"\w+(?:[-–]\w+)*", text))
    low = 200 if "antiquity" in path.stem else 250
    assert low <= words <= 500, words


@pytest.fixture(scope="module")
def builder():
    """bench/gold/build_gold.py is a script, not a package module: load it by path, once."""
    spec = importlib.util.spec_from_file_location("build_gold", REPO / "bench" / "gold" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_gold_is_what_its_spec_compiles_to(path, builder):
    spec = path.parent / "spec" / f"{path.stem}.py"
    out, compiled = builder.compile_spec(spec)
    assert out == path
    assert json.loads(path.read_text(encoding="utf-8")) == compiled, "regenerate with bench/gold/build_gold.py"
