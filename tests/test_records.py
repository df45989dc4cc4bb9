"""Contract records: they validate against the shipped JSON Schema and their offsets round-trip."""
import jsonschema
from handmade import make_doc

from annalist.records import bundle, event_record
from annalist.schema import event_schema


def test_event_records_validate_against_the_schema():
    doc = make_doc()
    for event in doc.events:
        jsonschema.validate(event_record(doc, event), event_schema())


def test_schema_rejects_a_record_without_evidence():
    doc = make_doc()
    record = event_record(doc, doc.events[0])
    del record["evidence"]
    try:
        jsonschema.validate(record, event_schema())
    except jsonschema.ValidationError as exc:
        assert "evidence" in str(exc)
    else:
        raise AssertionError("a record without evidence passed the schema")


def test_every_span_in_a_bundle_quotes_the_text():
    doc = make_doc()
    data = bundle(doc)
    text = data["document"]["text"]
    spans = []
    for e in data["events"]:
        spans += [e["evidence"], e["trigger"], e["date"]["evidence"]]
        spans += [p["evidence"] for p in e["places"]] + [a["evidence"] for a in e["actors"]]
        spans += [q["evidence"] for q in e["quantities"]]
    spans += data["dates"] + data["places"]
    assert len(spans) > 10
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
