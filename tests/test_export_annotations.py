"""W3C Web Annotation export: structure, bodies, and selectors that round-trip against the text."""
from __future__ import annotations

import json

from annalist.export import EXPORTERS

try:
    from test_export_fixtures import bundles
except ImportError:  # tests/ imported as a package
    from tests.test_export_fixtures import bundles

MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
               "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"}


def collection() -> dict:
    return json.loads(EXPORTERS["annotations"].render(bundles()))


def items() -> list[dict]:
    return collection()["first"]["items"]


def targets(annotation: dict) -> list[dict]:
    target = annotation["target"]
    return target if isinstance(target, list) else [target]


def test_collection_shape():
    c = collection()
    assert c["@context"] == "http://www.w3.org/ns/anno.jsonld" and c["type"] == "AnnotationCollection"
    count = sum(len(b["events"]) + len(b["places"]) + len(b["dates"]) for b in bundles())
    assert c["total"] == len(c["first"]["items"]) == count
    ids = [a["id"] for a in items()]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:annalist:annotation:") for i in ids)


def test_every_selector_round_trips_against_the_text():
    texts = {f"urn:annalist:document:{b['document']['id']}": b["document"]["text"] for b in bundles()}
    checked = 0
    for annotation in items():
        assert annotation["type"] == "Annotation" and annotation["motivation"] in MOTIVATIONS
        for target in targets(annotation):
            text = texts[target["source"]]
            position, quote = target["selector"]
            assert position["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
            start, end = position["start"], position["end"]
            assert text[start:end] == quote["exact"]
            assert len(quote["prefix"]) <= 32 and len(quote["suffix"]) <= 32
            assert text[start - len(quote["prefix"]):start] == quote["prefix"]
            assert text[end:end + len(quote["suffix"])] == quote["suffix"]
            assert len(quote["prefix"]) == min(32, start) and len(quote["suffix"]) == min(32, len(text) - end)
            checked += 1
    assert checked > 20


def test_event_annotation_targets_evidence_then_trigger():
    event = bundles()[0]["events"][3]
    annotation = next(a for a in items() if a["motivation"] == "classifying"
                      and targets(a)[0]["selector"][1]["exact"] == event["evidence"]["text"])
    evidence, trigger = targets(annotation)
    assert trigger["selector"][1]["exact"] == "казнили"
    values = [(b["purpose"], b["value"]) for b in annotation["body"]]
    assert ("classifying", "execution") in values
    assert ("classifying", "ACLED: Violence against civilians / Attack") in values
    assert ("assessing", "assertion: reported") in values
    assert "<script>" in evidence["selector"][1]["exact"]     # JSON carries the text as data, verbatim


def test_place_annotations_identify_the_best_authority():
    places = [a for a in items() if any(b.get("value", "").startswith("place:") for b in a["body"])]
    rome = next(a for a in places if targets(a)[0]["selector"][1]["exact"] == "Риме")
    assert rome["motivation"] == "identifying"
    assert rome["body"][0] == {"type": "SpecificResource", "purpose": "identifying",
                               "source": "http://www.wikidata.org/entity/Q220"}
    kesteln = next(a for a in places if targets(a)[0]["selector"][1]["exact"] == "Кестельне")
    assert kesteln["body"][0]["source"] == "urn:annalist:place:test%3Akesteln"
    dubrava = next(a for a in places if targets(a)[0]["selector"][1]["exact"] == "Дубраве")
    assert dubrava["motivation"] == "tagging"
    assert all(b["type"] == "TextualBody" for b in dubrava["body"])


def test_date_annotations_describe_with_edtf():
    dates = {targets(a)[0]["selector"][1]["exact"]: a for a in items()
             if any(b.get("value") == "date" for b in a["body"])}
    season = dates["Летом 1922 года"]
    assert season["motivation"] == "describing"
    assert {"type": "TextualBody", "purpose": "describing", "value": "1922-22", "format": "text/plain"} \
        in season["body"]
    assert dates["15 марта 44 года до н. э."]["body"][0]["value"] == "-0043-03-15"
    assert dates["Позже"]["motivation"] == "tagging"          # no EDTF value: only the tag
