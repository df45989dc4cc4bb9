"""The SQLite schema as an ordered list of migrations; ``PRAGMA user_version`` records how far a file is.

A migration is only ever appended, never edited, so every existing database can be brought forward.
Each record table keeps the contract record as JSON (what readers get back) beside the columns
that filters and sorts need (what indexes serve).
"""

MIGRATIONS: list[str] = [
    # 1: documents, their sentences (with full-text search), dates, places, events
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        stored_at TEXT NOT NULL
    );
    CREATE TABLE sentences (
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, document UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE dates (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        edtf TEXT,
        start_date TEXT,
        end_date TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX dates_document ON dates(document, start);
    CREATE TABLE places (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        place_id TEXT,
        name TEXT,
        lat REAL,
        lon REAL,
        record TEXT NOT NULL
    );
    CREATE INDEX places_document ON places(document, start);
    CREATE INDEX places_place ON places(place_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        type TEXT NOT NULL,
        acled_event_type TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        derivation TEXT,
        assertion TEXT NOT NULL,
        place_name TEXT,
        place_id TEXT,
        lat REAL,
        lon REAL,
        evidence_start INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_document ON events(document, ordinal);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date_start, date_end);
    CREATE INDEX events_place ON events(place_id);
    CREATE INDEX events_acled ON events(acled_event_type);
    CREATE INDEX events_assertion ON events(assertion);
    CREATE TABLE event_actors (
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        kind TEXT
    );
    CREATE INDEX event_actors_event ON event_actors(event);
    CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);
    CREATE TABLE event_places (
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        place_id TEXT,
        name TEXT NOT NULL
    );
    CREATE INDEX event_places_event ON event_places(event);
    CREATE INDEX event_places_name ON event_places(name COLLATE NOCASE);
    """,
]
