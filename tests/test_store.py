"""The SQLite store: atomic per document, idempotent, filterable, migrations recorded."""
import sqlite3

import pytest
from handmade import make_doc

from annalist.errors import StoreError
from annalist.store import Store
from annalist.store.schema import MIGRATIONS


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


def test_the_map_s_places_leave_out_nationalities(store):
    from annalist.model import Place, PlaceMention

    doc = make_doc()
    doc.places.append(PlaceMention(0, 5, doc.text[0:5], "Грузия",
                                   Place("country-ge", "Грузия", "country", 41.7, 44.8), sense="nationality"))
    store.save(doc)
    assert "country-ge" not in {p["place_id"] for p in store.places()}
    assert {"baku", "tbilisi"} <= {p["place_id"] for p in store.places()}
    assert "nationality" in {p["sense"] for p in store.bundle(doc.id)["places"]}
