"""The output contract: model objects → the plain dicts that `annalist` prints and stores.

See docs/contract.md. Fields are only ever added, never renamed or removed.
"""
from __future__ import annotations

from typing import Any

from .events.ontology import event_type
from .model import Document, Event, PlaceMention, Span, TimeValue


def span_record(span: Any) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def date_record(time: TimeValue | None) -> dict[str, Any] | None:
    """The compact date object inside an event record."""
    if time is None:
        return None
    return {
        "edtf": time.edtf,
        "start": time.start_date,
        "end": time.end_date,
        "precision": time.precision,
        "derivation": time.derivation,
        "evidence": span_record(time),
        "text": time.text,
    }


def time_record(doc: Document, time: TimeValue) -> dict[str, Any]:
    """One line of `annalist dates`."""
    return {
        "document": doc.id,
        "start": time.start,
        "end": time.end,
        "text": time.text,
        "kind": time.kind,
        "edtf": time.edtf,
        "start_date": time.start_date,
        "end_date": time.end_date,
        "precision": time.precision,
        "derivation": time.derivation,
        "anchor": span_record(time.anchor) if isinstance(time.anchor, Span) else None,
        "duration": time.duration,
        "note": time.note,
    }


def place_record(doc: Document, mention: PlaceMention) -> dict[str, Any]:
    """One line of `annalist places`."""
    place = mention.place
    return {
        "document": doc.id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "name": place.name if place else mention.name,
        "place_id": place.id if place else None,
        "wikidata": place.wikidata if place else None,
        "geonames": place.geonames if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "type": place.type if place else mention.type,
        "country": place.country if place else None,
        "sense": mention.sense,
        "candidates": [
            {"place_id": c.place.id, "name": c.place.name, "lat": c.place.lat, "lon": c.place.lon,
             "score": round(c.score, 4)}
            for c in mention.candidates
        ],
    }


def event_record(doc: Document, event: Event) -> dict[str, Any]:
    """One line of `annalist extract --format jsonl`."""
    kind = event_type(event.type)
    return {
        "id": event.id,
        "document": doc.id,
        "document_title": doc.title,
        "type": event.type,
        "acled": {"event_type": kind.acled_event_type, "sub_event_type": kind.acled_sub_event_type},
        "plover": {"event_type": kind.plover_event_type, "mode": kind.plover_mode},
        "evidence": span_record(event.evidence),
        "trigger": span_record(event.trigger),
        "date": date_record(event.date),
        "places": [
            {
                "name": p.mention.place.name if p.mention.place else p.mention.name,
                "place_id": p.mention.place.id if p.mention.place else None,
                "wikidata": p.mention.place.wikidata if p.mention.place else None,
                "geonames": p.mention.place.geonames if p.mention.place else None,
                "lat": p.mention.place.lat if p.mention.place else None,
                "lon": p.mention.place.lon if p.mention.place else None,
                "role": p.role,
                "country": p.mention.place.country if p.mention.place else None,
                "evidence": span_record(p.mention),
            }
            for p in event.places
        ],
        "actors": [
            {"name": a.name, "role": a.role, "kind": a.kind, "evidence": span_record(a)}
            for a in event.actors
        ],
        "quantities": [
            {"what": q.what, "value": q.value, "min": q.min, "max": q.max,
             "approximate": q.approximate, "evidence": span_record(q)}
            for q in event.quantities
        ],
        "assertion": {"status": event.assertion.status, "cues": list(event.assertion.cues)},
        "confidence": round(event.confidence, 3),
        "mentions": [span_record(m) for m in event.mentions],
        "parent": parent_record(doc, event),
    }


def parent_record(doc: Document, event: Event) -> dict[str, Any] | None:
    """The larger event this one is part of (a battle within an uprising): its id and trigger."""
    if event.parent is None:
        return None
    parent = next((e for e in doc.events if e.trigger.start == event.parent.start
                   and e.trigger.end == event.parent.end and e is not event), None)
    return {"id": parent.id if parent else None, "trigger": span_record(event.parent)}


def document_record(doc: Document) -> dict[str, Any]:
    """The document itself, as the store and the exporters see it (not a contract line)."""
    return {
        "id": doc.id,
        "title": doc.title,
        "language": doc.language,
        "text": doc.text,
        "metadata": dict(doc.metadata),
    }


def bundle(doc: Document) -> dict[str, Any]:
    """Everything known about one document as plain data: what exporters and the web app read."""
    return {
        "document": document_record(doc),
        "events": [event_record(doc, e) for e in doc.events],
        "dates": [time_record(doc, t) for t in doc.times],
        "places": [place_record(doc, p) for p in doc.places],
    }
