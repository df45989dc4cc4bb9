"""TimelineJS3 and PLOVER exports: date parts, display dates, headlines, sides and dropped events."""
from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from annalist.export import EXPORTERS
from annalist.export.plover import QUAD_CODES
from annalist.export.timelinejs import slide_dates

try:
    from test_export_fixtures import bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import bundles


def timeline() -> dict:
    return json.loads(EXPORTERS["timelinejs"].render(bundles()))


def plover() -> list[dict]:
    return [json.loads(line) for line in EXPORTERS["plover"].render(bundles()).splitlines()]


def _date(start, end, precision, edtf, derivation="explicit", text="…"):
    return {"start": start, "end": end, "precision": precision, "edtf": edtf, "derivation": derivation,
            "text": text}


@pytest.mark.parametrize("date, expected", [
    (_date("1920-03-14", "1920-03-14", "day", "1920-03-14"),
     {"start_date": {"year": 1920, "month": 3, "day": 14}}),
    (_date("1921-05-01", "1921-05-31", "month", "1921-05"), {"start_date": {"year": 1921, "month": 5}}),
    (_date("1918-01-01", "1918-12-31", "year", "1918"), {"start_date": {"year": 1918}}),
    (_date("1920-04-01", "1920-04-05", "interval", "1920-04-01/1920-04-05", text="С 1 по 5 апреля"),
     {"start_date": {"year": 1920, "month": 4, "day": 1}, "end_date": {"year": 1920, "month": 4, "day": 5},
      "display_date": "С 1 по 5 апреля"}),
    (_date("-0043-03-15", "-0043-03-15", "day", "-0043-03-15", text="15 марта 44 года до н. э."),
     {"start_date": {"year": -43, "month": 3, "day": 15}, "display_date": "15 марта 44 года до н. э."}),
    (_date("1919-01-01", "1921-12-31", "year", "1920~", derivation="inferred"),
     {"start_date": {"year": 1919, "month": 1, "day": 1}, "end_date": {"year": 1921, "month": 12, "day": 31},
      "display_date": "c. 1920 (inferred)"}),
    (_date("1900-01-01", "1999-12-31", "century", "19XX", text="в XX веке"),
     {"start_date": {"year": 1900, "month": 1, "day": 1}, "end_date": {"year": 1999, "month": 12, "day": 31},
      "display_date": "в XX веке"}),
    (_date("-0099-01-01", "-0099-12-31", "year", "-0099", derivation="computed"),
     {"start_date": {"year": -99}, "display_date": "-0099 (100 BCE) (computed)"}),
    (None, None),
    (_date(None, None, None, None), None),
])
def test_slide_dates(date, expected):
    assert slide_dates(date) == expected


def test_timeline_has_a_title_and_one_slide_per_dated_event():
    data = timeline()
    assert data["title"]["text"]["headline"] == "2 documents"
    dated = [e["id"] for b in bundles() for e in b["events"] if e["date"]]
    assert [s["unique_id"] for s in data["events"]] == dated       # the undated flight is left out
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert slide["group"] and slide["text"]["headline"]


def test_timeline_text_is_escaped_attributed_html():
    slide = next(s for s in timeline()["events"] if s["group"] == "execution")
    html = slide["text"]["text"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<cite>Хроника «Кестельна» &amp; &lt;окрестности&gt;</cite>" in html
    assert "<em>reported</em>" in html
    assert slide["text"]["headline"] == "Казнь: Дубрава"

    class Tags(HTMLParser):
        seen: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.seen.append(tag)

    parser = Tags()
    parser.feed(html)
    assert set(parser.seen) <= {"p", "cite", "em"}


def test_timeline_group_by_document():
    from annalist.export.timelinejs import render

    data = json.loads(render(bundles(), group_by="document"))
    assert {s["group"] for s in data["events"]} == {b["document"]["title"] for b in bundles()}


def test_plover_required_fields_and_dropped_events():
    records = plover()
    expected = [e["id"] for b in bundles() for e in b["events"]
                if e["plover"]["event_type"] and e["date"] and e["assertion"]["status"] != "negated"]
    assert [r["id"] for r in records] == expected
    for record in records:
        for field in ("id", "date", "enddate", "event", "actor", "event_text", "quad_code", "cite_info",
                      "text_info"):
            assert field in record, field
        assert record["quad_code"] == QUAD_CODES[record["event"][0]]
        assert record["cite_info"]["language"] == "ru" and record["cite_info"]["codebook"]


def test_plover_dates_sides_location_and_text_info():
    records = {r["id"]: r for r in plover()}
    first = bundles()[0]
    uprising, attack, battle, execution, treaty, _flight = first["events"]
    assert (records[uprising["id"]]["date"], records[uprising["id"]]["enddate"]) == ("1918-01-01", "1918-12-31")
    # two-sided fighting: everyone is an actor, nobody a recipient
    assert [a["entity_text"] for a in records[uprising["id"]]["actor"]] == ["крестьян", "гарнизона"]
    assert records[uprising["id"]]["recipient"] == []
    # one-sided violence: victims are the recipient
    assert [a["sector"] for a in records[execution["id"]]["recipient"]] == ["CVL"]
    assert records[execution["id"]]["mode"] == ["targeted"]
    assert "reported" in records[execution["id"]]["comment"]
    assert records[attack["id"]]["size"] == {"dead": 300}
    loc = records[attack["id"]]["event_loc"]
    assert (loc["extracted_place"], loc["resolved_place"], loc["lat"], loc["resolution"]) == \
        ("Кестельн", "Кестельн", 46.5012, 4)
    assert records[treaty["id"]]["event"] == ["AGREE"] and "event_loc" not in records[treaty["id"]]
    info = records[battle["id"]]["text_info"]
    assert first["document"]["text"][info["start"]:info["end"]] == records[battle["id"]]["event_text"][0]
    rome = records[bundles()[1]["events"][0]["id"]]
    assert rome["date"] == "-0043-03-15" and rome["event_loc"]["geonameid"] == 3169070
    assert [a["identifier_text"] for a in rome["recipient"]] == ["Гай Юлий Цезарь"]


def test_plover_drops_negated_and_marks_hypothetical():
    from annalist.export.plover import render

    bundle = bundles()[0]
    bundle["events"][1]["assertion"] = {"status": "negated", "cues": ["не"]}
    bundle["events"][2]["assertion"] = {"status": "hypothetical", "cues": ["если"]}
    records = {json.loads(line)["id"]: json.loads(line) for line in render([bundle]).splitlines()}
    assert bundle["events"][1]["id"] not in records
    assert records[bundle["events"][2]["id"]]["mode"] == ["firearms", "hypothetical"]
