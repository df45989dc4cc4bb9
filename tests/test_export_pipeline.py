"""Every exporter on bundles the real pipeline made (real natasha models, no hand-built records)."""
from __future__ import annotations

import csv
import io
import json

import geojson
import pytest
from lxml import etree

from annalist.export import EXPORTERS
from annalist.export.tei_inline import paragraphs

# Written for this test (invented wording); the "&" and "<...>" check escaping on real output.
TEXT = ("Осенью 1919 года в Шуше вспыхнуло восстание крестьян против местных властей.\n"
        "12 мая 1920 года войска республики подавили восстание; погибло около 200 человек.\n\n"
        "В июне 1920 года в Тифлисе началась забастовка рабочих железной дороги & депо <цех №3>.\n"
        "Позднее в Эривани был подписан договор о перемирии.\n")


@pytest.fixture(scope="module")
def real_bundles(nlp_models):
    import annalist
    from annalist.records import bundle

    bundles = [bundle(doc) for doc in annalist.extract(TEXT, title="Проверочный текст <&>")]
    assert len(bundles[0]["events"]) >= 3 and bundles[0]["places"] and bundles[0]["dates"]
    return bundles


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_renders_real_bundles(real_bundles, name):
    assert EXPORTERS[name].render(real_bundles)


def test_row_and_line_formats_have_one_item_per_event(real_bundles):
    events = real_bundles[0]["events"]
    assert [json.loads(line)["id"] for line in EXPORTERS["jsonl"].render(real_bundles).splitlines()] == \
        [e["id"] for e in events]
    for name in ("acled", "csv"):
        assert len(list(csv.DictReader(io.StringIO(EXPORTERS[name].render(real_bundles))))) == len(events)


def test_tei_from_real_bundles_is_well_formed_and_keeps_the_text(real_bundles):
    root = etree.fromstring(EXPORTERS["tei"].render(real_bundles).encode("utf-8"))
    ps = root.findall(".//{http://www.tei-c.org/ns/1.0}body/{http://www.tei-c.org/ns/1.0}p")
    assert ["".join(p.itertext()) for p in ps] == [TEXT[a:b] for a, b in paragraphs(TEXT)]
    assert root.findall(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}placeName")


def test_annotation_offsets_from_real_bundles_round_trip(real_bundles):
    items = json.loads(EXPORTERS["annotations"].render(real_bundles))["first"]["items"]
    for annotation in items:
        targets = annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]
        for target in targets:
            position, quote = target["selector"]
            assert TEXT[position["start"]:position["end"]] == quote["exact"]


@pytest.mark.parametrize("name", ["geojson", "places-geojson", "lpf"])
def test_geojson_from_real_bundles_is_valid(real_bundles, name):
    collection = geojson.loads(EXPORTERS[name].render(real_bundles))
    assert collection.is_valid and collection["features"]
