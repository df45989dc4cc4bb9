"""The exporter registry, the shared date arithmetic, and the two contract-shaped formats (jsonl, csv)."""
from __future__ import annotations

import csv
import datetime
import io
import json

import pytest

from annalist.export import EXPORTERS, get_exporter
from annalist.export.common import civil_from_days, days_from_civil, is_plain_edtf, last_day, parse_iso
from annalist.export.table import COLUMNS as TABLE_COLUMNS

try:
    from test_export_fixtures import bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import bundles

EXPECTED_FORMATS = {"jsonl", "csv", "acled", "plover", "tei", "timelinejs", "geojson", "annotations", "lpf",
                    "places-geojson"}


def test_registry_has_every_format_with_its_attributes():
    assert set(EXPORTERS) == EXPECTED_FORMATS
    for name, exporter in EXPORTERS.items():
        assert exporter.name == name
        assert "/" in exporter.media_type
        assert exporter.suffix.startswith(".")


def test_unknown_format_error_lists_the_known_ones():
    with pytest.raises(KeyError, match="known: .*acled.*tei"):
        get_exporter("kml")


@pytest.mark.parametrize("name", sorted(EXPECTED_FORMATS))
def test_write_equals_render_and_accepts_a_generator(name):
    exporter = EXPORTERS[name]
    out = io.StringIO()
    exporter.write((b for b in bundles()), out)
    assert out.getvalue() == exporter.render(bundles())
    assert out.getvalue()


@pytest.mark.parametrize("name", sorted(EXPECTED_FORMATS))
def test_output_is_the_same_on_every_run(name):
    assert EXPORTERS[name].render(bundles()) == EXPORTERS[name].render(bundles())


@pytest.mark.parametrize("name", sorted(EXPECTED_FORMATS))
def test_empty_input_still_gives_a_valid_empty_export(name):
    output = EXPORTERS[name].render([])
    if name in ("jsonl", "plover"):
        assert output == ""
    elif name in ("csv", "acled"):
        assert len(list(csv.reader(io.StringIO(output)))) == 1   # the header only
    elif name == "tei":
        assert output.startswith("<?xml")
    else:
        json.loads(output)


def test_only_acled_has_a_metadata_sidecar():
    assert [n for n, e in EXPORTERS.items() if e.has_metadata] == ["acled"]
    assert EXPORTERS["jsonl"].metadata(bundles()) is None


# ---------------------------------------------------------------------------- dates without datetime

@pytest.mark.parametrize("value, expected", [
    ("1920", (1920, None, None)),
    ("1920-05", (1920, 5, None)),
    ("1920-05-25", (1920, 5, 25)),
    ("-0043-03-15", (-43, 3, 15)),
    ("0000", (0, None, None)),
    ("", None),
    (None, None),
    ("1920~", None),
])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("1920", True), ("1920-05", True), ("-0043-03-15", True),
    ("1922-22", False),            # a season, not a month
    ("1920-13", False), ("1920~", False), ("192X", False), ("1920-04-01/1920-04-05", False), (None, False),
])
def test_is_plain_edtf(value, expected):
    assert is_plain_edtf(value) is expected


@pytest.mark.parametrize("day", ["1970-01-01", "1900-02-28", "2000-02-29", "1582-10-15", "0001-01-01", "1920-12-31"])
def test_day_numbers_agree_with_datetime_where_it_can_count(day):
    date = datetime.date.fromisoformat(day)
    number = days_from_civil(date.year, date.month, date.day)
    assert number == (date - datetime.date(1970, 1, 1)).days
    assert civil_from_days(number) == (date.year, date.month, date.day)


def test_day_numbers_round_trip_across_year_zero():
    start = days_from_civil(-100, 1, 1)
    for number in range(start, days_from_civil(2, 1, 1)):
        assert days_from_civil(*civil_from_days(number)) == number
    assert days_from_civil(1, 1, 1) - days_from_civil(0, 1, 1) == 366    # 1 BCE is a leap year
    assert last_day("-0043-02") == (-43, 2, 28) and last_day("-0044-02") == (-44, 2, 29)


# ---------------------------------------------------------------------------- jsonl and csv

def test_jsonl_is_exactly_the_contract_records():
    lines = EXPORTERS["jsonl"].render(bundles()).splitlines()
    expected = [e for b in bundles() for e in b["events"]]
    assert [json.loads(line) for line in lines] == expected


def test_csv_table_has_one_row_per_event_and_keeps_offsets():
    rows = list(csv.DictReader(io.StringIO(EXPORTERS["csv"].render(bundles()))))
    events = [e for b in bundles() for e in b["events"]]
    texts = {b["document"]["id"]: b["document"]["text"] for b in bundles()}
    assert list(rows[0]) == TABLE_COLUMNS
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    for row in rows:
        text = texts[row["document"]]
        assert text[int(row["evidence_start"]):int(row["evidence_end"])] == row["evidence_text"]
        assert text[int(row["trigger_start"]):int(row["trigger_end"])] == row["trigger_text"]
    by_type = {r["type"]: r for r in rows if r["document"] == bundles()[0]["document"]["id"]}
    assert by_type["execution"]["assertion"] == "reported"
    assert by_type["execution"]["actors"] == "войска республики (agent, military); заложники (target, civilians)"
    assert by_type["attack"]["quantities"] == "fatalities=~300"
    assert by_type["flight"]["date_edtf"] == "" and by_type["treaty"]["places"] == ""
    assert "<script>" in by_type["execution"]["evidence_text"]     # CSV keeps the source verbatim
