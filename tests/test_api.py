"""The Python API: texts or paths in, documents with events out; records and a DataFrame."""
import pytest
from conftest import EXAMPLES

import annalist


def test_extract_accepts_text_a_path_and_a_directory(tmp_path):
    text = "В марте 1921 года Красная армия заняла Тифлис."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    from_text = annalist.extract(text)
    from_path = annalist.extract(str(tmp_path / "a.txt"))
    from_dir = annalist.extract(tmp_path)
    assert from_text[0].id == from_path[0].id == from_dir[0].id
    assert from_path[0].title == "a.txt"
    assert from_text[0].events


def test_event_records_are_plain_contract_dicts():
    docs = annalist.extract(EXAMPLES / "turkestan_1916.txt")
    records = annalist.event_records(docs)
    assert records and all(r["document"] == docs[0].id for r in records)
    assert {"id", "type", "acled", "evidence", "date", "places", "actors", "assertion"} <= set(records[0])


def test_events_become_a_dataframe_when_pandas_is_there():
    pd = pytest.importorskip("pandas")
    docs = annalist.extract("В августе 1918 года турецкие войска взяли Баку.")
    frame = annalist.to_dataframe(docs)
    assert isinstance(frame, pd.DataFrame)
    assert {"type", "acled.event_type", "evidence.text"} <= set(frame.columns)


def test_metadata_from_the_command_line_reaches_the_store(tmp_path):
    from click.testing import CliRunner

    from annalist.cli import main

    (tmp_path / "m.txt").write_text("В 1921 году был подписан Карсский договор.", encoding="utf-8")
    db = tmp_path / "m.db"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "m.txt"), "--db", str(db), "--no-db",
                                       "--meta", "year=1925", "--meta", "author=А. Б."])
    assert result.exit_code == 0
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "m.txt"), "--db", str(db),
                                       "--meta", "year=1925", "--meta", "author=А. Б."])
    with annalist.Store(db) as store:
        assert store.documents()[0]["metadata"]["year"] == 1925
        assert store.documents()[0]["metadata"]["author"] == "А. Б."
    bad = CliRunner().invoke(main, ["extract", str(tmp_path / "m.txt"), "--no-db", "--meta", "nokey"])
    assert bad.exit_code == 2
