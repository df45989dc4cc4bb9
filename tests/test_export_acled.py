"""ACLED-compatible CSV: column layout, the date policy, actors, fatalities, tags and the sidecar."""
from __future__ import annotations

import csv
import io
import json

import pytest

from annalist.export import EXPORTERS
from annalist.export.acled import COLUMNS, disorder_type, event_date_columns, split_actors
from annalist.export.actors import inter_code, interaction

try:
    from test_export_fixtures import bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import bundles


def rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(EXPORTERS["acled"].render(bundles()))))


def row_of(event_type: str, document: int = 0) -> dict[str, str]:
    doc_title = bundles()[document]["document"]["title"]
    return next(r for r in rows() if r["tags"].endswith(f"annalist type: {event_type}") and r["source"] == doc_title)


def test_header_is_the_31_codebook_columns_in_order():
    header = next(csv.reader(io.StringIO(EXPORTERS["acled"].render(bundles()))))
    assert header == COLUMNS and len(header) == 31
    assert header[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    assert header[-3:] == ["fatalities", "tags", "timestamp"]


def test_one_row_per_event_with_stable_distinct_ids():
    ids = [r["event_id_cnty"] for r in rows()]
    assert len(ids) == sum(len(b["events"]) for b in bundles()) == len(set(ids))
    assert ids == [r["event_id_cnty"] for r in rows()]
    assert all(i.startswith("ANL") and i[3:].isdigit() for i in ids)


D = "explicit"


@pytest.mark.parametrize("date, expected", [
    ({"start": "1920-03-14", "end": "1920-03-14", "precision": "day", "edtf": "1920-03-14", "derivation": D},
     ("1920-03-14", "1920", "1", [])),
    ({"start": "1920-04-01", "end": "1920-04-05", "precision": "interval", "edtf": "1920-04-01/1920-04-05",
      "derivation": D}, ("1920-04-03", "1920", "2", [])),
    ({"start": "1921-05-01", "end": "1921-05-31", "precision": "month", "edtf": "1921-05", "derivation": D},
     ("1921-05-15", "1921", "3", [])),
    ({"start": "1920-03-01", "end": "1920-03-20", "precision": "interval", "edtf": "1920-03-01/1920-03-20",
      "derivation": D}, ("1920-03-10", "1920", "3", [])),
    ({"start": "1918-01-01", "end": "1918-12-31", "precision": "year", "edtf": "1918", "derivation": "inferred"},
     ("1918-07-02", "1918", "3",
      ["date coarser than a month: 1918 (year), event_date is its midpoint", "date inferred"])),
    ({"start": "-0043-03-15", "end": "-0043-03-15", "precision": "day", "edtf": "-0043-03-15", "derivation": D},
     ("-0043-03-15", "-43", "1", [])),
    (None, ("", "", "", ["date unknown"])),
    ({"start": "1920-04-05", "end": "1920-04-01", "precision": "interval", "edtf": None, "derivation": D},
     ("1920-04-03", "1920", "2", [])),                                   # reversed bounds
])
def test_date_policy(date, expected):
    assert event_date_columns(date) == expected


@pytest.mark.parametrize("kind, code", [
    ("military", 1), ("state", 1), ("officials", 1), ("ethnic_group", 4), ("organization", None), ("войска", 1), ("rebels", 2), ("повстанцы", 2), ("party", 3),
    ("militia", 3), ("ethnic militia", 4), ("rioters", 5), ("protesters", 6), ("civilians", 7),
    ("мирные жители", 7), ("foreign troops", 8), ("person", None), ("", None), (None, None),
])
def test_inter_codes_from_actor_kinds(kind, code):
    assert inter_code(kind) == code


@pytest.mark.parametrize("codes, text", [
    ((1, 2), "State forces-Rebel group"), ((2, 1), "State forces-Rebel group"),
    ((3, None), "Political militia only"), ((None, None), ""), ((1, 7), "State forces-Civilians"),
])
def test_interaction_text(codes, text):
    assert interaction(*codes) == text


@pytest.mark.parametrize("event_type, sub_type, disorder", [
    ("Battles", "Armed clash", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Strategic developments", "Agreement", "Strategic developments"),
])
def test_disorder_type(event_type, sub_type, disorder):
    assert disorder_type(event_type, sub_type) == disorder


def test_victims_are_actor2_even_when_named_first():
    event = {"actors": [
        {"name": "заложники", "role": "participant", "kind": "civilians"},
        {"name": "каратели", "role": "agent", "kind": "military"},
    ]}
    side1, side2 = split_actors(event, civilians_targeted=True)
    assert [a["name"] for a in side1] == ["каратели"] and [a["name"] for a in side2] == ["заложники"]


def test_two_participants_of_a_clash_become_actor1_and_actor2():
    event = {"actors": [{"name": n, "role": "participant", "kind": "military"} for n in ("А", "Б", "В")]}
    side1, side2 = split_actors(event, civilians_targeted=False)
    assert [a["name"] for a in side1] == ["А", "В"] and [a["name"] for a in side2] == ["Б"]


def test_violence_against_civilians_row():
    row = row_of("execution")
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == \
        ("войска республики", "State forces", "заложники", "Civilians")
    assert row["interaction"] == "State forces-Civilians"
    assert row["civilian_targeting"] == "Civilians targeted"
    assert "assertion: reported (cues: по слухам)" in row["tags"]
    # unresolved place: the name is kept, coordinates and geo_precision are blank
    assert (row["location"], row["latitude"], row["geo_precision"]) == ("Дубрава", "", "")
    assert row["event_date"] == "1921-05-15" and row["time_precision"] == "3"


def test_battle_row_location_fatalities_and_notes():
    row = row_of("attack")
    assert (row["location"], row["latitude"], row["longitude"], row["geo_precision"]) == \
        ("Кестельн", "46.5012", "14.2048", "1")
    assert row["fatalities"] == "300"
    assert row["assoc_actor_1"] == "союзники" and row["actor2"] == ""
    assert row["source"] == "Хроника «Кестельна» & <окрестности>"
    assert row["notes"] == ('According to Хроника «Кестельна» & <окрестности>: "14 марта 1920 года отряды '
                            '"Вольного корпуса" & их союзники атаковали Кестельн; погибло около 300 человек."')
    assert row["disorder_type"] == "Political violence"


def test_river_location_is_geo_precision_3_and_undated_events_are_kept():
    assert row_of("battle")["geo_precision"] == "3"
    flight = row_of("flight")
    assert (flight["event_date"], flight["year"], flight["time_precision"]) == ("", "", "")
    assert "date unknown" in flight["tags"]
    assert row_of("treaty")["location"] == "" and "location unknown" in row_of("treaty")["tags"]


def test_bce_row_and_unknown_fatalities():
    row = row_of("attack", document=1)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("-0043-03-15", "-43", "1")
    assert row["fatalities"] == "1"
    assert row_of("treaty")["fatalities"] == "0"


def test_fatalities_use_the_lowest_estimate():
    from annalist.export.acled import event_row

    event = dict(bundles()[0]["events"][1])
    event["quantities"] = [{"what": "fatalities", "value": 500, "min": 200, "max": 500, "approximate": True,
                            "evidence": {"start": 0, "end": 1, "text": "x"}},
                           {"what": "participants", "value": 3000, "min": None, "max": None,
                            "approximate": False, "evidence": {"start": 0, "end": 1, "text": "x"}}]
    assert event_row(bundles()[0]["document"], event, {})["fatalities"] == "200"


def test_country_columns_when_a_place_names_its_country():
    from annalist.export.acled import event_row

    event = dict(bundles()[1]["events"][0])
    event["places"] = [dict(event["places"][0], country="IT")]
    row = event_row(bundles()[1]["document"], event, {})
    assert (row["country"], row["iso"]) == ("Italy", "380")


def test_metadata_sidecar_says_it_is_not_acled_data():
    meta = EXPORTERS["acled"].metadata(bundles())
    assert json.loads(json.dumps(meta, ensure_ascii=False)) == meta      # what the CLI writes as .meta.json
    assert "not ACLED data" in meta["notice"]
    assert meta["columns"] == COLUMNS and meta["events"] == 7
    assert [d["title"] for d in meta["documents"]] == [b["document"]["title"] for b in bundles()]
