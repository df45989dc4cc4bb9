"""The OpenAPI 3.1 description of the JSON API, written out by hand: the API is small and read-only,
and a hand-written spec says exactly what each parameter means to a historian."""
from __future__ import annotations

from typing import Any

from .views import ASSERTIONS, MAX_PER_PAGE, ORDERS


def _param(name: str, description: str, schema: dict[str, Any] | None = None, where: str = "query",
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required or where == "path", "description": description,
            "schema": schema or {"type": "string"}}


def _get(summary: str, params: list[dict[str, Any]] | None = None, schema: str = "Object") -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params or [],
                    "responses": {"200": {"description": "OK", "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{schema}"}}}},
                                  "400": {"$ref": "#/components/responses/Error"},
                                  "404": {"$ref": "#/components/responses/Error"}}}}


EVENT_FILTERS = [
    _param("type", "annalist event type, e.g. battle, capture, uprising"),
    _param("document", "document id"),
    _param("assertion", "assertion status", {"type": "string", "enum": list(ASSERTIONS)}),
    _param("date_from", "events whose dates reach this day or later: YYYY, YYYY-MM or YYYY-MM-DD"),
    _param("date_to", "events whose dates begin on or before this: YYYY, YYYY-MM or YYYY-MM-DD"),
    _param("place", "place name (nominative) or gazetteer id"),
    _param("actor", "part of an actor's name"),
]


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Annalist", "version": "1",
                 "description": "Read-only JSON twins of the Annalist web pages. Records follow the "
                                "annalist output contract (event records with evidence offsets)."},
        "paths": {
            "/api/overview": _get("Corpus overview: counts, documents, event types, events per year, places"),
            "/api/documents/{document_id}": _get(
                "One document: its text, events, dates, places, and other mentions of each event",
                [_param("document_id", "document id", where="path")]),
            "/api/events": _get("Events, filtered, sorted and paginated", EVENT_FILTERS + [
                _param("order", "sort order", {"type": "string", "enum": list(ORDERS), "default": "document"}),
                _param("page", "page number, from 1", {"type": "integer", "minimum": 1}),
                _param("per_page", "events per page", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}),
            ], "EventPage"),
            "/api/events/{event_id}": _get("One event record and other mentions of the same event",
                                           [_param("event_id", "event id", where="path")]),
            "/api/timeline": _get("Every dated event, compactly, with how exact its date is",
                                  [_param("document", "only this document's events")]),
            "/api/map": _get("Places with coordinates and how many events happen at each"),
            "/api/places/{place_id}": _get("One place: its events and where it is named",
                                           [_param("place_id", "gazetteer id", where="path")]),
            "/api/outlines.geojson": _get("Country outlines (Natural Earth 1:110m) for the offline base map"),
            "/api/openapi.json": _get("This description"),
        },
        "components": {
            "schemas": {
                "Object": {"type": "object"},
                "Error": {"type": "object", "required": ["ok", "error", "status"],
                          "properties": {"ok": {"const": False}, "error": {"type": "string"},
                                         "status": {"type": "integer"}}},
                "EventPage": {"type": "object", "required": ["total", "page", "pages", "events"],
                              "properties": {"total": {"type": "integer"}, "page": {"type": "integer"},
                                             "pages": {"type": "integer"}, "per_page": {"type": "integer"},
                                             "order": {"type": "string"}, "filters": {"type": "object"},
                                             "events": {"type": "array", "items": {"type": "object"}}}},
            },
            "responses": {"Error": {"description": "the request could not be answered",
                                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        },
    }
