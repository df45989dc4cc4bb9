"""The `annalist` command: a thin shell over the library (annalist.api, pipeline, store, export).

Exit status (docs/contract.md): 0 when every input was processed; 1 when some failed (the
others are still processed and stored, each failure named on standard error); 2 for a usage
error (bad option, no such path). Machine output goes to standard output; progress, warnings
and "stored" lines go to standard error.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from .errors import AnnalistError, InputError
from .io import expand_paths, read_document
from .model import Document
from .pipeline import DEFAULT_STAGES, Pipeline
from .records import event_record, place_record, time_record
from .store import DEFAULT_PATH, Store

FORMATS = ["jsonl", "json", "csv", "table"]
EXIT_USAGE, EXIT_SOME_FAILED, EXIT_INTERRUPTED = 2, 1, 130


def _stderr(message: str) -> None:
    click.echo(message, err=True)


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def _pipeline_until(stage_name: str) -> Pipeline:
    names = [s.name for s in DEFAULT_STAGES]
    return Pipeline(DEFAULT_STAGES[: names.index(stage_name) + 1])


class _Run:
    """Processes inputs one by one: a failed input is named and skipped, the rest go on."""

    def __init__(self, paths: tuple[str, ...], pipeline: Pipeline, metadata: dict[str, Any] | None = None):
        try:
            self.names = list(expand_paths(list(paths)))
        except InputError as exc:
            raise click.UsageError(str(exc)) from exc
        self.pipeline = pipeline
        self.metadata = metadata or {}
        self.failed = 0

    def inputs(self) -> Iterable[Document]:
        """Each input read and decoded; an unreadable one is named on stderr and skipped."""
        show_progress = len(self.names) > 1 and sys.stderr.isatty()
        progress = None
        if show_progress:
            from rich.progress import Progress

            progress = Progress(transient=True)
            progress.start()
            task = progress.add_task("extracting", total=len(self.names))
        try:
            for name in self.names:
                try:
                    doc = read_document(name)
                except AnnalistError as exc:
                    self.fail(name, exc)
                else:
                    doc.metadata.update(self.metadata)
                    yield doc
                if progress:
                    progress.advance(task)
        finally:
            if progress:
                progress.stop()

    def fail(self, name: str, exc: Exception) -> None:
        self.failed += 1
        _stderr(f"annalist: warning: skipped {name}: {exc}")

    def documents(self) -> Iterable[Document]:
        """Each input processed whole by the pipeline."""
        for doc in self.inputs():
            try:
                yield self.pipeline(doc)
            except AnnalistError as exc:
                self.fail(doc.title, exc)

    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else 0


def _parse_meta(pairs: tuple[str, ...]) -> dict[str, Any]:
    """KEY=VALUE options → metadata; a whole-number value (a year) becomes an int."""
    metadata: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--meta")
        metadata[key.strip()] = int(value) if value.strip().lstrip("-").isdigit() else value
    return metadata


def _emit(records: list[dict[str, Any]], fmt: str, output, columns: list[tuple[str, Callable]]) -> None:
    if fmt == "jsonl":
        for r in records:
            output.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(records, output, ensure_ascii=False, indent=2)
        output.write("\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(output)
        writer.writerow([name for name, _ in columns])
        for r in records:
            writer.writerow([getter(r) for _, getter in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for name, _ in columns:
            table.add_column(name, overflow="fold")
        for r in records:
            table.add_row(*[_cell(getter(r)) for _, getter in columns])
        Console(file=output, width=200 if output is not sys.stdout else None).print(table)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _date_text(r: dict[str, Any]) -> str | None:
    d = r.get("date")
    return f"{d['edtf']} ({d['derivation']})" if d else None


EVENT_COLUMNS: list[tuple[str, Callable]] = [
    ("id", lambda r: r["id"]),
    ("type", lambda r: r["type"]),
    ("acled", lambda r: r["acled"]["event_type"]),
    ("date", _date_text),
    ("place", lambda r: "; ".join(p["name"] for p in r["places"]) or None),
    ("actors", lambda r: "; ".join(f"{a['name']} ({a['role']})" for a in r["actors"]) or None),
    ("numbers", lambda r: "; ".join(q["evidence"]["text"] for q in r["quantities"]) or None),
    ("status", lambda r: r["assertion"]["status"]),
    ("trigger", lambda r: r["trigger"]["text"]),
    ("document", lambda r: r["document_title"]),
]
DATE_COLUMNS: list[tuple[str, Callable]] = [
    ("start", lambda r: r["start"]), ("end", lambda r: r["end"]), ("text", lambda r: r["text"]),
    ("kind", lambda r: r["kind"]), ("edtf", lambda r: r["edtf"]), ("from", lambda r: r["start_date"]),
    ("to", lambda r: r["end_date"]), ("precision", lambda r: r["precision"]),
    ("derivation", lambda r: r["derivation"]), ("anchor", lambda r: (r["anchor"] or {}).get("text")),
]
PLACE_COLUMNS: list[tuple[str, Callable]] = [
    ("start", lambda r: r["start"]), ("end", lambda r: r["end"]), ("text", lambda r: r["text"]),
    ("name", lambda r: r["name"]), ("type", lambda r: r["type"]), ("place_id", lambda r: r["place_id"]),
    ("wikidata", lambda r: r["wikidata"]), ("lat", lambda r: r["lat"]), ("lon", lambda r: r["lon"]),
    ("candidates", lambda r: len(r["candidates"])),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="annalist")
def main() -> None:
    """Annalist: historical narrative text → sourced events, dates (EDTF) and places."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_PATH, show_default=True, help="SQLite file to store the documents in.")
@click.option("--no-db", is_flag=True, help="Do not store anything; only print.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: table on a terminal, else jsonl].")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here.")
@click.option("--meta", "meta", multiple=True, metavar="KEY=VALUE",
              help="Metadata for every input, e.g. --meta author=… --meta year=1925 --meta origin=memoir.")
def extract(paths: tuple[str, ...], db: str, no_db: bool, fmt: str | None, output, meta: tuple[str, ...]) -> None:
    """Extract events from files, directories (*.txt, *.md, recursively) or - (stdin), and store them."""
    run = _Run(paths, Pipeline(), _parse_meta(meta))
    store = None if no_db else _open_store(db)
    records: list[dict[str, Any]] = []
    fmt = fmt or _default_format()
    stored = 0
    counts: list[int] = []  # events per block of the current document

    def processed_blocks(doc: Document) -> Iterable[Document]:
        # Long texts arrive block by block: each block's events are printed (jsonl streams)
        # or kept, and the block is dropped, so memory does not grow with the file.
        for block in run.pipeline.blocks(doc):
            counts.append(len(block.events))
            new = [event_record(block, e) for e in block.events]
            if fmt == "jsonl":
                _emit(new, fmt, output, EVENT_COLUMNS)
            else:
                records.extend(new)
            yield block

    try:
        for doc in run.inputs():
            counts.clear()
            try:
                if store is None:
                    for _ in processed_blocks(doc):
                        pass
                else:
                    store.save_blocks(doc, processed_blocks(doc))
            except AnnalistError as exc:
                run.fail(doc.title, exc)
                continue
            output.flush()
            if store is not None:
                stored += 1
                _stderr(f"stored {doc.title} ({doc.id}): {sum(counts)} events -> {db}")
    except KeyboardInterrupt:
        _stderr(f"annalist: interrupted; {stored} complete document(s) stored in {db}, none half-written")
        sys.exit(EXIT_INTERRUPTED)
    if fmt != "jsonl":
        _emit(records, fmt, output, EVENT_COLUMNS)
    sys.exit(run.exit_code())


def _mention_command(name: str, stage: str, to_records: Callable, columns: list, help_text: str):
    """`annalist dates` and `annalist places`: run the pipeline up to a stage and list its records."""

    @main.command(name=name, help=help_text)
    @click.argument("paths", nargs=-1, required=True)
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                  help="Output format [default: table on a terminal, else jsonl].")
    @click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
    def command(paths: tuple[str, ...], fmt: str | None, output) -> None:
        run = _Run(paths, _pipeline_until(stage))
        records = [record for doc in run.documents() for record in to_records(doc)]
        _emit(records, fmt or _default_format(), output, columns)
        sys.exit(run.exit_code())

    return command


dates = _mention_command("dates", "dates", lambda doc: [time_record(doc, t) for t in doc.times], DATE_COLUMNS,
                         "List temporal expressions with their EDTF values (one record per expression).")
places = _mention_command("places", "places", lambda doc: [place_record(doc, p) for p in doc.places],
                          PLACE_COLUMNS, "List place mentions with their gazetteer resolution (one record per mention).")


def _open_store(db: str, must_exist: bool = False) -> Store:
    from pathlib import Path

    if must_exist and not Path(db).exists():
        raise click.UsageError(f"no database at {db}; run `annalist extract PATH --db {db}` first")
    try:
        return Store(db)
    except AnnalistError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--db", default=DEFAULT_PATH, show_default=True)
@click.option("--type", "type_", help="Annalist event type, e.g. capture.")
@click.option("--acled", help="ACLED event_type, e.g. Battles.")
@click.option("--from", "date_from", help="Events ending on or after this ISO date (1920-05).")
@click.option("--to", "date_to", help="Events starting on or before this ISO date.")
@click.option("--place", help="Place name or gazetteer id.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--document", help="Document id.")
@click.option("--assertion", type=click.Choice(["asserted", "negated", "failed", "reported", "disputed",
                                                "hypothetical"]))
@click.option("--order", type=click.Choice(["document", "date", "-date", "type", "place"]), default="date",
              show_default=True)
@click.option("--limit", type=int, default=None)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def events(db, type_, acled, date_from, date_to, place, actor, document, assertion, order, limit, fmt,
           output) -> None:
    """List stored events, filtered by type, date range, place, actor, document or assertion."""
    store = _open_store(db, must_exist=True)
    records = store.events(limit=limit, order=order, type=type_, acled=acled, date_from=date_from,
                           date_to=_end_of(date_to), place=place, actor=actor, document=document,
                           assertion=assertion)
    _emit(records, fmt or _default_format(), output, EVENT_COLUMNS)


def _end_of(date: str | None) -> str | None:
    """'1920' or '1920-05' as an upper bound means the end of that year or month."""
    if date and len(date) in (4, 7):
        return date + "-99"  # sorts after every real day of that year/month in ISO text order
    return date


@main.command()
@click.argument("event_id")
@click.option("--db", default=DEFAULT_PATH, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(event_id: str, db: str, fmt: str) -> None:
    """Show one stored event with its evidence in context."""
    store = _open_store(db, must_exist=True)
    record = store.event(event_id)
    if record is None:
        raise click.ClickException(f"no event {event_id!r} in {db}; list them with `annalist events`")
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    document = store.document(record["document"])
    from .show import render_event

    render_event(record, document["text"] if document else "")


def _export_names() -> list[str]:
    from .export import EXPORTERS

    return list(EXPORTERS)


@main.command()
@click.option("--format", "fmt", required=True, type=click.Choice(_export_names()), help="Export format.")
@click.option("--db", default=DEFAULT_PATH, show_default=True)
@click.option("--document", "documents", multiple=True, help="Only these document ids (repeatable).")
@click.option("-o", "--output", default="-", help="File to write (default: standard output).")
def export(fmt: str, db: str, documents: tuple[str, ...], output: str) -> None:
    """Export stored documents: acled, plover, tei, timelinejs, geojson, annotations, jsonl, csv, lpf ..."""
    from .export import EXPORTERS

    exporter = EXPORTERS[fmt]
    store = _open_store(db, must_exist=True)
    bundles = list(store.bundles(list(documents) or None))
    if output == "-":
        exporter.write(bundles, sys.stdout)
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        exporter.write(bundles, out)
    sidecar = exporter.metadata(bundles)
    if sidecar is not None:
        with open(output + ".meta.json", "w", encoding="utf-8") as out:
            json.dump(sidecar, out, ensure_ascii=False, indent=2)
    _stderr(f"wrote {fmt} export of {len(bundles)} document(s) to {output}")


@main.command()
@click.argument("query")
@click.option("--db", default=DEFAULT_PATH, show_default=True)
@click.option("--limit", type=int, default=20, show_default=True)
def search(query: str, db: str, limit: int) -> None:
    """Full-text search over stored sentences (SQLite FTS5 syntax)."""
    store = _open_store(db, must_exist=True)
    try:
        rows = store.search(query, limit)
    except AnnalistError as exc:
        raise click.UsageError(str(exc)) from exc
    for row in rows:
        click.echo(f"{row['document']}:{row['start']}-{row['end']}\t{row['text']}")


def _register_commands() -> None:
    """Commands that live beside the part of the library they drive."""
    from .gazetteer.commands import gazetteer
    from .web.commands import report, serve

    main.add_command(gazetteer)
    main.add_command(serve)
    main.add_command(report)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
