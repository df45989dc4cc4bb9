"""The store: one SQLite file holding documents and everything extracted from them.

The only module that speaks SQL. Each document is written in one transaction, after deleting
whatever an earlier run stored for the same content, so a document is either wholly there or
not at all, and re-running on the same text never duplicates anything. Ids come from content
(see model.make_id), so they are the same on every run.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Document, make_id
from ..records import bundle
from .schema import MIGRATIONS

DEFAULT_PATH = "annalist.db"

# Filters that `events()` and `count_events()` accept, each a WHERE clause with one parameter.
_EVENT_FILTERS = {
    "type": "e.type = ?",
    "acled": "e.acled_event_type = ?",
    "document": "e.document = ?",
    "assertion": "e.assertion = ?",
    "date_from": "e.date_end >= ?",      # overlaps the range: ends after its start...
    "date_to": "e.date_start <= ?",      # ...and starts before its end
    "place": "e.id IN (SELECT event FROM event_places WHERE casefold(name) = casefold(?) OR place_id = ?)",
    "actor": "e.id IN (SELECT event FROM event_actors WHERE instr(casefold(name), casefold(?)) > 0)",
}
_EVENT_ORDER = {
    "document": "e.document, e.ordinal",
    "date": "e.date_start IS NULL, e.date_start, e.date_end, e.document, e.ordinal",
    "-date": "e.date_start IS NULL, e.date_start DESC, e.document, e.ordinal",
    "type": "e.type, e.date_start, e.document, e.ordinal",
    "place": "e.place_name IS NULL, e.place_name, e.date_start, e.ordinal",
}


class Store:
    def __init__(self, path: str | Path = DEFAULT_PATH):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            # SQLite's own case folding is ASCII-only; names here are mostly Cyrillic.
            self.db.create_function("casefold", 1, _casefold, deterministic=True)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path!r}: {exc} (is it an annalist SQLite file?)") from exc

    # -- schema -----------------------------------------------------------------------------
    def migrate(self) -> int:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} has schema version {version}, newer than this annalist "
                             f"({len(MIGRATIONS)}); upgrade annalist")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        return len(MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------
    def save(self, doc: Document) -> None:
        """Store a processed document and all its records atomically, replacing an earlier run's."""
        self.save_blocks(doc, [doc])

    def save_blocks(self, doc: Document, blocks: Iterable[Document]) -> None:
        """Store a document whose records arrive block by block (see Pipeline.blocks), in ONE
        transaction: memory holds one block at a time, yet the store never holds half a document."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            self._delete(doc.id)
            db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                       (doc.id, doc.title, doc.language, doc.text,
                        json.dumps(doc.metadata, ensure_ascii=False, default=str),
                        datetime.now(UTC).isoformat(timespec="seconds")))
            sentences = events = 0
            for block in blocks:
                self._insert_block(block, sentences, events)
                sentences += len(block.sentences)
                events += len(block.events)
            db.execute("COMMIT")
        except BaseException:
            # Ctrl-C or any failure: nothing of this document stays half-written.
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _insert_block(self, block: Document, sentences_before: int, events_before: int) -> None:
        data = bundle(block)
        db, doc_id = self.db, block.id
        rows = [(doc_id, sentences_before + i, s.start, s.end, s.text) for i, s in enumerate(block.sentences)]
        db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO sentences_fts (text, document, idx) VALUES (?, ?, ?)",
                       [(r[4], doc_id, r[1]) for r in rows])
        db.executemany("INSERT OR REPLACE INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [(make_id("date", doc_id, r["start"], r["end"]), doc_id, r["start"], r["end"],
                         r["edtf"], r["start_date"], r["end_date"], _dump(r)) for r in data["dates"]])
        db.executemany("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(make_id("place", doc_id, r["start"], r["end"]), doc_id, r["start"], r["end"],
                         r["place_id"], r["name"], r["lat"], r["lon"], _dump(r)) for r in data["places"]])
        for ordinal, r in enumerate(data["events"], start=events_before):
            self._insert_event(ordinal, r)

    def _insert_event(self, ordinal: int, r: dict[str, Any]) -> None:
        date = r["date"] or {}
        place = next((p for p in r["places"] if p.get("lat") is not None), r["places"][0] if r["places"] else {})
        self.db.execute(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r["id"], r["document"], ordinal, r["type"], r["acled"]["event_type"], date.get("start"),
             date.get("end"), date.get("derivation"), r["assertion"]["status"], place.get("name"),
             place.get("place_id"), place.get("lat"), place.get("lon"), r["evidence"]["start"], _dump(r)))
        self.db.execute("DELETE FROM event_actors WHERE event = ?", (r["id"],))
        self.db.execute("DELETE FROM event_places WHERE event = ?", (r["id"],))
        self.db.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?)",
                            [(r["id"], a["name"], a["role"], a.get("kind")) for a in r["actors"]])
        self.db.executemany("INSERT INTO event_places VALUES (?, ?, ?)",
                            [(r["id"], p.get("place_id"), p["name"]) for p in r["places"]])

    def _delete(self, document_id: str) -> None:
        self.db.execute("DELETE FROM sentences_fts WHERE document = ?", (document_id,))
        self.db.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def delete(self, document_id: str) -> None:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self._delete(document_id)

    # -- reading ----------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document (without its text) with counts and the span of its dates."""
        rows = self.db.execute(
            """SELECT d.id, d.title, d.language, d.metadata, d.stored_at, length(d.text) AS chars,
                      (SELECT count(*) FROM events e WHERE e.document = d.id) AS events,
                      (SELECT count(*) FROM places p WHERE p.document = d.id) AS places,
                      (SELECT count(*) FROM dates t WHERE t.document = d.id) AS dates,
                      (SELECT min(date_start) FROM events e WHERE e.document = d.id) AS date_from,
                      (SELECT max(date_end) FROM events e WHERE e.document = d.id) AS date_to
               FROM documents d ORDER BY d.title, d.id""").fetchall()
        return [dict(row, metadata=json.loads(row["metadata"])) for row in rows]

    def document(self, document_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, title, language, text, metadata FROM documents WHERE id = ?",
                              (document_id,)).fetchone()
        return dict(row, metadata=json.loads(row["metadata"])) if row else None

    def bundle(self, document_id: str) -> dict[str, Any] | None:
        """The document and all its records: the same shape as records.bundle(doc)."""
        document = self.document(document_id)
        if document is None:
            return None
        return {
            "document": document,
            "events": self._records("SELECT record FROM events WHERE document = ? ORDER BY ordinal", document_id),
            "dates": self._records("SELECT record FROM dates WHERE document = ? ORDER BY start", document_id),
            "places": self._records("SELECT record FROM places WHERE document = ? ORDER BY start", document_id),
        }

    def bundles(self, document_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        ids = document_ids or [d["id"] for d in self.documents()]
        for document_id in ids:
            found = self.bundle(document_id)
            if found is not None:
                yield found

    def _records(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return [json.loads(row[0]) for row in self.db.execute(sql, params)]

    def _where(self, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        unknown = set(filters) - set(_EVENT_FILTERS)
        if unknown:
            raise StoreError(f"unknown event filter(s) {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(_EVENT_FILTERS)}")
        clauses, params = [], []
        for name, value in filters.items():
            if value is None or value == "":
                continue
            clause = _EVENT_FILTERS[name]
            clauses.append(clause)
            params.extend([value] * clause.count("?"))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events(self, limit: int | None = None, offset: int = 0, order: str = "document",
               **filters: Any) -> list[dict[str, Any]]:
        """Event records matching the filters (type, acled, document, assertion, date_from, date_to,
        place, actor), in the given order (document, date, -date, type, place)."""
        if order not in _EVENT_ORDER:
            raise StoreError(f"unknown order {order!r}; known: {', '.join(_EVENT_ORDER)}")
        where, params = self._where(filters)
        sql = f"FROM events e{where} ORDER BY {_EVENT_ORDER[order]}"
        if limit is None:
            return self._records(f"SELECT e.record {sql}", *params)
        # One page: sort ids and sort keys only, then read just that page's records (sorting
        # whole JSON records made the last page of 20,000 events take half a second).
        ids = [row[0] for row in self.db.execute(f"SELECT e.id {sql} LIMIT ? OFFSET ?", [*params, limit, offset])]
        marks = ",".join("?" * len(ids))
        records = dict(self.db.execute(f"SELECT id, record FROM events WHERE id IN ({marks})", ids).fetchall())
        return [json.loads(records[i]) for i in ids]

    def count_events(self, **filters: Any) -> int:
        where, params = self._where(filters)
        return self.db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]

    def event(self, event_id: str) -> dict[str, Any] | None:
        found = self._records("SELECT record FROM events WHERE id = ?", event_id)
        return found[0] if found else None

    def event_types(self) -> list[tuple[str, int]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type")]

    def places(self) -> list[dict[str, Any]]:
        """Distinct resolved places with how often they are named and how many events happen there."""
        rows = self.db.execute(
            """SELECT p.place_id, p.name, p.lat, p.lon, count(*) AS mentions,
                      (SELECT count(DISTINCT ep.event) FROM event_places ep WHERE ep.place_id = p.place_id) AS events
               FROM places p WHERE p.place_id IS NOT NULL
                     AND coalesce(json_extract(p.record, '$.sense'), 'place') = 'place'
               GROUP BY p.place_id ORDER BY mentions DESC, p.name""").fetchall()
        return [dict(r) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Sentences matching an FTS5 query, best first."""
        try:
            rows = self.db.execute(
                """SELECT f.document, f.idx, s.start, s."end", s.text FROM sentences_fts f
                   JOIN sentences s ON s.document = f.document AND s.idx = f.idx
                   WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?""", (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            "places": one("SELECT count(DISTINCT place_id) FROM places"),
            "dates": one("SELECT count(*) FROM dates"),
            "date_from": one("SELECT min(date_start) FROM events"),
            "date_to": one("SELECT max(date_end) FROM events"),
        }


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
