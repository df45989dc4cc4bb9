"""The `annalist` command end to end: real pipeline, real SQLite files, real subprocesses."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from annalist.cli import main
from annalist.schema import event_schema

EXAMPLE = EXAMPLES / "volga_1918.txt"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The example extracted once into a fresh database, as a user's first command does."""
    db = tmp_path_factory.mktemp("cli") / "annalist.db"
    result = run("extract", str(EXAMPLE), "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return db, jsonl(result.stdout)


def test_extract_prints_contract_valid_events_whose_evidence_round_trips(extracted):
    _, records = extracted
    text = EXAMPLE.read_text(encoding="utf-8")
    assert len(records) >= 10
    for r in records:
        jsonschema.validate(r, event_schema())
        for span in [r["evidence"], r["trigger"]] + [p["evidence"] for p in r["places"]] + \
                [a["evidence"] for a in r["actors"]] + [q["evidence"] for q in r["quantities"]] + \
                ([r["date"]["evidence"]] if r["date"] and r["date"]["derivation"] != "inferred" else []):
            assert text[span["start"]:span["end"]] == span["text"]


def test_rerun_keeps_ids_and_does_not_duplicate(extracted):
    db, records = extracted
    again = run("extract", str(EXAMPLE), "--db", str(db), "--format", "jsonl")
    assert [r["id"] for r in jsonl(again.stdout)] == [r["id"] for r in records]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(records)


def test_events_show_and_export_read_the_store(extracted):
    db, records = extracted
    listed = jsonl(run("events", "--db", str(db), "--format", "jsonl").stdout)
    assert sorted(r["id"] for r in listed) == sorted(r["id"] for r in records)
    first_type = records[0]["type"]
    only = jsonl(run("events", "--db", str(db), "--type", first_type, "--format", "jsonl").stdout)
    assert only and all(r["type"] == first_type for r in only)
    shown = run("show", records[0]["id"], "--db", str(db), "--format", "json")
    assert json.loads(shown.stdout)["id"] == records[0]["id"]
    text_view = run("show", records[0]["id"], "--db", str(db))
    assert records[0]["trigger"]["text"] in text_view.stdout
    exported = run("export", "--format", "jsonl", "--db", str(db))
    assert len(jsonl(exported.stdout)) == len(records)
    assert run("show", "no-such-event", "--db", str(db)).exit_code == 1


def test_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nowhere.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "nowhere.txt" in result.output


def test_a_binary_input_is_skipped_by_name_and_the_rest_is_stored(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 16)
    (tmp_path / "in" / "good.txt").write_text("В июне 1918 года повстанцы захватили Самару.", encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "scan.txt" in result.stderr and "binary" in result.stderr
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("SELECT title FROM documents")] == ["good.txt"]


def test_an_empty_file_is_a_document_without_events(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "x.db"
    result = run("extract", str(tmp_path / "empty.txt"), "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-16"])
def test_legacy_encodings_give_the_same_events_as_utf8(tmp_path, encoding):
    text = "Летом 1918 года чехословацкие части захватили Казань. Через месяц красные вернули город.\n"
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    (tmp_path / "l.txt").write_bytes(text.encode(encoding))
    a = jsonl(run("extract", str(tmp_path / "u.txt"), "--no-db", "--format", "jsonl").stdout)
    b = jsonl(run("extract", str(tmp_path / "l.txt"), "--no-db", "--format", "jsonl").stdout)
    assert a and [r["id"] for r in a] == [r["id"] for r in b]


def test_stdin_is_read_with_a_dash():
    result = run("extract", "-", "--no-db", "--format", "jsonl",
                 input="В марте 1921 года Красная армия заняла Тифлис.")
    assert result.exit_code == 0
    assert jsonl(result.stdout)


def test_dates_and_places_commands_print_their_records():
    dates = jsonl(run("dates", str(EXAMPLE), "--format", "jsonl").stdout)
    places = jsonl(run("places", str(EXAMPLE), "--format", "jsonl").stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert dates and places
    for r in dates + places:
        assert text[r["start"]:r["end"]] == r["text"]
    assert {"edtf", "start_date", "end_date", "precision", "derivation", "anchor", "kind"} <= set(dates[0])
    assert {"name", "place_id", "wikidata", "geonames", "lat", "lon", "type", "candidates"} <= set(places[0])


def test_an_interrupted_run_leaves_only_complete_documents(tmp_path):
    """Ctrl-C in the middle of a multi-file run: every document reported as stored is whole."""
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(40):
        (folder / f"{i:03}.txt").write_text(f"{texts[i % len(texts)]}\n\nКопия {i}.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    proc = subprocess.Popen([sys.executable, "-m", "annalist", "extract", str(folder), "--db", str(db),
                             "--format", "jsonl", "-o", os.devnull], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    reported: dict[str, int] = {}
    deadline = time.monotonic() + 120
    while len(reported) < 3 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if line.startswith("stored "):
            doc_id = line.split("(")[1].split(")")[0]
            reported[doc_id] = int(line.split("): ")[1].split()[0])
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    proc.wait(timeout=60)
    for line in rest.splitlines():
        if line.startswith("stored "):
            reported[line.split("(")[1].split(")")[0]] = int(line.split("): ")[1].split()[0])
    assert proc.returncode == 130, rest
    assert "interrupted" in rest
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("SELECT d.id, (SELECT count(*) FROM events e WHERE e.document = d.id) "
                                  "FROM documents d").fetchall())
        sentences = dict(con.execute("SELECT document, count(*) FROM sentences GROUP BY document").fetchall())
    assert 3 <= len(stored) < 40
    for doc_id, events in reported.items():
        assert stored[doc_id] == events
    # a document the run did not get to report may be stored only if it is complete too
    assert all(sentences.get(doc_id, 0) > 0 for doc_id in stored)


def test_the_seed_gives_valid_events_with_stable_ids(shared_dir, tmp_path):
    """The text the project started from (read from ../shared, never copied here)."""
    seed = shared_dir / "seeds" / "seed.txt"
    first = run("extract", str(seed), "--db", str(tmp_path / "a.db"), "--format", "jsonl")
    second = run("extract", str(seed), "--db", str(tmp_path / "b.db"), "--format", "jsonl")
    records = jsonl(first.stdout)
    text = seed.read_text(encoding="utf-8")
    assert len(records) >= 20
    assert [r["id"] for r in records] == [r["id"] for r in jsonl(second.stdout)]
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        jsonschema.validate(r, event_schema())
        assert text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]
        assert text[r["trigger"]["start"]:r["trigger"]["end"]] == r["trigger"]["text"]
