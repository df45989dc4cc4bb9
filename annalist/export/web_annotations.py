"""W3C Web Annotation JSON-LD: one AnnotationCollection whose embedded first page holds every annotation.

- per event: motivation ``classifying``; bodies tag the annalist and ACLED types; two targets,
  the evidence clause first and the trigger second;
- per place mention: motivation ``identifying``; a SpecificResource body (purpose ``identifying``)
  pointing at Wikidata, else GeoNames, else annalist's gazetteer id, plus a ``tagging`` body;
- per date: motivation ``describing``; a TextualBody holding the EDTF value (purpose ``describing``).
Targets carry a TextPositionSelector (code points, as the model requires) and a TextQuoteSelector
with up to 32 characters of prefix and suffix. Annotation ids are stable URNs.
"""
from __future__ import annotations

import json
from typing import Any

from .base import Bundle, Exporter
from .common import authority_uri, document_label, document_uri, stable_number

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32
GENERATOR = {"id": "urn:annalist", "type": "Software", "name": "annalist"}


def target(document: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    text = document["text"]
    return {
        "source": document_uri(document["id"]),
        "type": "Text",
        "label": document_label(document),
        "selector": [
            {"type": "TextPositionSelector", "start": start, "end": end},
            {"type": "TextQuoteSelector", "exact": text[start:end],
             "prefix": text[max(0, start - CONTEXT_CHARS):start], "suffix": text[end:end + CONTEXT_CHARS]},
        ],
    }


def _annotation(kind: str, key: str, motivation: str, body: list[dict], targets: list[dict]) -> dict[str, Any]:
    return {
        "id": f"urn:annalist:annotation:{kind}:{stable_number(key, 16):x}",
        "type": "Annotation",
        "motivation": motivation,
        "generator": GENERATOR,
        "body": body,
        "target": targets if len(targets) > 1 else targets[0],
    }


def _tag(value: str, purpose: str = "tagging") -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def event_annotation(document: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    body = [_tag(event["type"], "classifying"),
            _tag(f"ACLED: {event['acled']['event_type']} / {event['acled']['sub_event_type']}", "classifying")]
    if event["assertion"]["status"] != "asserted":
        body.append(_tag(f"assertion: {event['assertion']['status']}", "assessing"))
    evidence, trigger = event["evidence"], event["trigger"]
    return _annotation("event", event["id"], "classifying", body,
                       [target(document, evidence["start"], evidence["end"]),
                        target(document, trigger["start"], trigger["end"])])


def place_annotation(document: dict[str, Any], mention: dict[str, Any]) -> dict[str, Any]:
    body = []
    uri = authority_uri(mention)
    if uri:
        body.append({"type": "SpecificResource", "purpose": "identifying", "source": uri})
    body.append(_tag(f"place: {mention.get('name') or mention['text']}"))
    if mention.get("type"):
        body.append(_tag(mention["type"]))
    key = f"{document['id']}:{mention['start']}:{mention['end']}"
    return _annotation("place", key, "identifying" if uri else "tagging", body,
                       [target(document, mention["start"], mention["end"])])


def date_annotation(document: dict[str, Any], date: dict[str, Any]) -> dict[str, Any]:
    body = [_tag("date")]
    if date.get("edtf"):
        body.insert(0, {"type": "TextualBody", "purpose": "describing", "value": date["edtf"],
                        "format": "text/plain"})
    key = f"{document['id']}:{date['start']}:{date['end']}"
    return _annotation("date", key, "describing" if date.get("edtf") else "tagging", body,
                       [target(document, date["start"], date["end"])])


def annotations(bundles: list[Bundle]) -> list[dict[str, Any]]:
    items = []
    for bundle in bundles:
        document = bundle["document"]
        items += [event_annotation(document, e) for e in bundle.get("events", [])]
        items += [place_annotation(document, p) for p in bundle.get("places", [])]
        items += [date_annotation(document, d) for d in bundle.get("dates", [])]
    return items


def render(bundles: list[Bundle]) -> str:
    items = annotations(bundles)
    key = ",".join(b["document"]["id"] for b in bundles)
    collection = {
        "@context": CONTEXT,
        "id": f"urn:annalist:collection:{stable_number(key, 16):x}",
        "type": "AnnotationCollection",
        "label": "; ".join(document_label(b["document"]) for b in bundles),
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False) + "\n"


EXPORTER = Exporter(name="annotations", media_type='application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
                    suffix=".jsonld", renderer=render,
                    description="W3C Web Annotation collection (events, place mentions, dates)")
