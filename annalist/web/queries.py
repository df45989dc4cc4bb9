"""Read-only queries the views need and the Store API does not (yet) offer.

Each is one SELECT over ``store.db``; nothing here writes. They exist so that a page over
20,000 events reads a few narrow columns instead of parsing every JSON record.
Candidates for the Store API (told to the lead): timeline_items, year_histogram, related_events,
place_mentions, place_info.
"""
from __future__ import annotations

from typing import Any

from ..store import Store


def timeline_items(store: Store, document: str | None = None) -> list[dict[str, Any]]:
    """Every dated event as a small dict: what the timeline draws."""
    sql = """SELECT e.id, e.type, e.document, e.date_start AS start, e.date_end AS "end", e.derivation,
                    json_extract(e.record, '$.date.precision') AS precision,
                    json_extract(e.record, '$.date.edtf') AS edtf,
                    json_extract(e.record, '$.trigger.text') AS trigger,
                    e.place_name AS place, e.assertion
             FROM events e WHERE e.date_start IS NOT NULL"""
    params: list[Any] = []
    if document:
        sql += " AND e.document = ?"
        params.append(document)
    sql += " ORDER BY e.date_start, e.document, e.ordinal"
    return [dict(row) for row in store.db.execute(sql, params)]


def year_histogram(store: Store) -> list[dict[str, Any]]:
    """Events per starting year, for the overview's small timeline."""
    rows = store.db.execute(
        """SELECT substr(date_start, 1, length(date_start) - 6) AS year, count(*) AS events
           FROM events WHERE date_start IS NOT NULL GROUP BY year ORDER BY CAST(year AS INTEGER)""")
    return [{"year": int(r["year"]), "events": r["events"]} for r in rows]


def related_events(store: Store, document: str) -> dict[str, list[dict[str, Any]]]:
    """For each event of a document, other events of the same type at the same place whose dates
    overlap (or are both unknown): likely other mentions of the same happening."""
    rows = store.db.execute(
        """SELECT a.id AS event, b.id, b.document, d.title AS document_title, b.type,
                  b.date_start AS start, b.date_end AS "end", b.place_name AS place
           FROM events a
           JOIN events b ON b.type = a.type AND b.place_id = a.place_id AND b.id != a.id
           JOIN documents d ON d.id = b.document
           WHERE a.document = ? AND a.place_id IS NOT NULL
             AND ((a.date_start IS NULL AND b.date_start IS NULL)
                  OR (b.date_end >= a.date_start AND b.date_start <= a.date_end))
           ORDER BY b.date_start, b.document""", (document,))
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        item = dict(row)
        found.setdefault(item.pop("event"), []).append(item)
    return found


def place_mentions(store: Store, place_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """Where a gazetteer place is named, across all documents."""
    rows = store.db.execute(
        """SELECT p.document, d.title AS document_title, p.start, p."end", p.name,
                  json_extract(p.record, '$.text') AS text
           FROM places p JOIN documents d ON d.id = p.document
           WHERE p.place_id = ? ORDER BY d.title, p.start LIMIT ?""", (place_id, limit))
    return [dict(r) for r in rows]


def place_info(store: Store, place_id: str) -> dict[str, Any] | None:
    row = store.db.execute(
        """SELECT place_id, name, lat, lon, count(*) AS mentions,
                  json_extract(record, '$.wikidata') AS wikidata,
                  json_extract(record, '$.geonames') AS geonames,
                  json_extract(record, '$.type') AS type
           FROM places WHERE place_id = ? GROUP BY place_id""", (place_id,)).fetchone()
    return dict(row) if row else None


def map_points(store: Store) -> list[dict[str, Any]]:
    """Places with coordinates and how many events happen at each (the map's markers)."""
    rows = store.db.execute(
        """SELECT e.place_id, e.place_name AS name, e.lat, e.lon, count(*) AS events
           FROM events e WHERE e.lat IS NOT NULL AND e.place_id IS NOT NULL
           GROUP BY e.place_id ORDER BY events DESC""")
    points = {r["place_id"]: dict(r) for r in rows}
    for place in store.places():
        if place["lat"] is not None and place["place_id"] not in points:
            points[place["place_id"]] = {"place_id": place["place_id"], "name": place["name"],
                                         "lat": place["lat"], "lon": place["lon"], "events": 0}
    return list(points.values())
