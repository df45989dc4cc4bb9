"""The SQLite store: atomic per document, idempotent, filterable, migrations recorded."""
import sqlite3

import pytest

from annalist.errors import StoreError
from annalist.model import (
    Actor,
    Assertion,
    Document,
    Event,
    EventPlace,
    Place,
    PlaceMention,
    Quantity,
    Sentence,
    Span,
    TimeValue,
)
from annalist.pipeline import assign_event_ids
from annalist.store import Store
from annalist.store.schema import MIGRATIONS

TEXT = "В августе 1918 года турецкие войска взяли Баку. Через месяц в Тифлисе прошла забастовка."


def make_doc(text: str = TEXT, title: str = "hand-made") -> Document:
    """A document with records filled in by hand, so the store is tested without the pipeline."""
    doc = Document.from_text(text, title=title)
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut, text[:cut]), Sentence(cut + 1, len(text), text[cut + 1:])]
    date = TimeValue(0, 19, text[0:19], edtf="1918-08", start_date="1918-08-01", end_date="1918-08-31",
                     precision="month")
    later = TimeValue(48, 58, text[48:58], edtf="1918-09", start_date="1918-09-01",
                      end_date="1918-09-30", precision="month", derivation="computed", anchor=Span(0, 19, text[0:19]))
    doc.times = [date, later]
    baku = PlaceMention(42, 46, text[42:46], "Баку", Place("baku", "Баку", "settlement", 40.41, 49.87, "Q9248"))
    tiflis = PlaceMention(61, 68, text[61:68], "Тифлис", Place("tbilisi", "Тбилиси", "settlement", 41.72, 44.79))
    doc.places = [baku, tiflis]
    capture = Event("", doc.id, "capture", Span(36, 41, text[36:41]), Span(0, cut, text[:cut]), date,
                    [EventPlace(baku)], [Actor("турецкие войска", "agent", "military", 20, 35, text[20:35])],
                    [Quantity("participants", 3, 20, 35, text[20:35], approximate=True)], Assertion(), 0.9, 0)
    strike = Event("", doc.id, "strike", Span(76, 86, text[76:86]),
                   Span(cut + 1, len(text), text[cut + 1:]), later, [EventPlace(tiflis)], [], [],
                   Assertion("reported", ["по слухам"]), 0.6, 1)
    doc.events = [capture, strike]
    assign_event_ids(doc)
    return doc


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "test.db")
    yield s
    s.close()


def test_offsets_of_the_hand_made_document_round_trip():
    doc = make_doc()
    for span in [*doc.times, *doc.places, *(e.trigger for e in doc.events), *(e.evidence for e in doc.events)]:
        assert doc.text[span.start:span.end] == span.text


def test_saving_twice_keeps_one_copy_with_the_same_ids(store):
    doc = make_doc()
    store.save(doc)
    first = [e["id"] for e in store.events()]
    store.save(make_doc())
    assert [e["id"] for e in store.events()] == first
    assert store.stats()["documents"] == 1
    assert store.stats()["events"] == 2
    assert len(store.search("забастовка")) == 1


def test_bundle_from_the_store_equals_the_records_of_the_document(store):
    from annalist.records import bundle

    doc = make_doc()
    store.save(doc)
    stored = store.bundle(doc.id)
    expected = bundle(doc)
    assert stored["events"] == expected["events"]
    assert stored["dates"] == expected["dates"]
    assert stored["places"] == expected["places"]
    assert stored["document"]["text"] == doc.text


@pytest.mark.parametrize("filters,types", [
    ({"type": "capture"}, ["capture"]),
    ({"acled": "Protests"}, ["strike"]),
    ({"date_from": "1918-09-01"}, ["strike"]),
    ({"date_to": "1918-08-15"}, ["capture"]),
    ({"place": "баку"}, ["capture"]),
    ({"place": "tbilisi"}, ["strike"]),
    ({"actor": "турецкие"}, ["capture"]),
    ({"assertion": "reported"}, ["strike"]),
    ({"date_from": "1919-01-01"}, []),
])
def test_event_filters(store, filters, types):
    store.save(make_doc())
    assert [e["type"] for e in store.events(order="date", **filters)] == types
    assert store.count_events(**filters) == len(types)


def test_unknown_filter_is_named(store):
    with pytest.raises(StoreError, match="colour"):
        store.events(colour="red")


def test_failed_save_leaves_nothing_half_written(store):
    good = make_doc()
    store.save(good)
    bad = make_doc("Другой текст. И ещё одно предложение про Баку и Тифлис, достаточно длинное для офсетов.")
    bad.events[0].type = "no_such_type"   # records.event_record raises before any row is written
    with pytest.raises(KeyError):
        store.save(bad)
    assert store.stats()["documents"] == 1
    # a failure inside the transaction (after rows were written) is rolled back too
    broken = make_doc("Третий текст, тоже про август 1918 года и Баку, и ещё про Тифлис и забастовку там.")
    store.db.execute("CREATE TRIGGER boom BEFORE INSERT ON event_actors BEGIN SELECT RAISE(ABORT, 'boom'); END")
    with pytest.raises(sqlite3.IntegrityError):
        store.save(broken)
    store.db.execute("DROP TRIGGER boom")
    assert store.stats()["documents"] == 1
    assert store.count_events(document=broken.id) == 0
    assert store.db.execute("SELECT count(*) FROM sentences WHERE document = ?", (broken.id,)).fetchone()[0] == 0


def test_schema_version_is_recorded_and_newer_files_are_refused(tmp_path):
    path = tmp_path / "v.db"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(path)


def test_deleting_a_document_removes_its_rows_everywhere(store):
    doc = make_doc()
    store.save(doc)
    store.delete(doc.id)
    for table in ["documents", "sentences", "events", "dates", "places", "event_actors", "event_places",
                  "sentences_fts"]:
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
