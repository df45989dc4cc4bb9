"""``annalist gazetteer ...``: import other gazetteers, search names, add places by hand.

The lead wires it into the CLI with ``main.add_command(gazetteer)``. Everything imported or added
goes to the user's folder (``$ANNALIST_HOME/gazetteer``), so upgrades never overwrite it.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import AnnalistError
from .entry import Entry, Name
from .gazetteer import build, forget
from .importers import FORMATS, read_file
from .names import name_key
from .user import ADDITIONS, save_entries, user_dir


@click.group()
def gazetteer() -> None:
    """The places gazetteer: search it, import into it, add to it."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="The file's format (guessed from its name and first line when not given).")
@click.option("--into", default=None, help="User file to add to (default: imported-<file stem>.tsv).")
def import_command(file: Path, fmt: str | None, into: str | None) -> None:
    """Import FILE (GeoNames dump, alternateNamesV2, Linked Places JSON, CSV, TSV) as user additions."""
    try:
        existing = build(min_population=5000) if fmt == "alternatenames" or (
            fmt is None and file.suffix == ".txt") else None
        entries = read_file(file, fmt, existing)
    except (AnnalistError, ValueError, OSError, json.JSONDecodeError) as exc:
        raise click.ClickException(str(exc)) from exc
    if not entries:
        raise click.ClickException(f"{file}: no places found to import")
    target = save_entries(entries, into or f"imported-{file.stem}.tsv")
    forget()                      # this process (a test, a notebook) sees the import on its next use
    click.echo(f"imported {len(entries)} places from {file} into {target}")


@gazetteer.command("search")
@click.argument("name")
@click.option("--limit", default=20, show_default=True, help="At most this many places.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def search_command(name: str, limit: int, fmt: str) -> None:
    """Places whose name is NAME (any spelling the gazetteer knows), then names starting with it."""
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    found = gaz.search(name, limit=limit)
    if not found:
        # An inflected form ("Гяндже"): try the nominatives the places stage would try.
        from ..places.forms import word_forms

        for key, _ in word_forms(name):
            found = gaz.search(key, limit=limit)
            if found:
                break
    if fmt == "jsonl":
        for entry in found:
            click.echo(json.dumps(entry_record(entry), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"gazetteer: {name}")
    for column in ("id", "name", "type", "lat", "lon", "wikidata", "geonames", "country", "other names"):
        table.add_column(column)
    for entry in found:
        others = ", ".join(n.text + (f" ({n.start or ''}–{n.end or ''})" if n.start or n.end else "")
                           for n in entry.names if n.lang in ("ru", "") and n.text != entry.name)
        table.add_row(entry.id, entry.name, entry.type, fmt_float(entry.lat), fmt_float(entry.lon),
                      entry.wikidata or "", str(entry.geonames or ""), entry.country or "", others[:60])
    Console(width=max(Console().width, 160)).print(table)
    if not found:
        click.echo(f"no place named {name!r}; add one with: annalist gazetteer add {name!r} --lat .. --lon ..")


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", type=float, required=True)
@click.option("--lon", type=float, required=True)
@click.option("--type", "kind", default="settlement", show_default=True,
              help="settlement, region, polity, river, mountain, lake, sea ...")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable); NAME@1804-1918 dates it.")
@click.option("--wikidata", default=None)
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code of the modern country.")
@click.option("--id", "place_id", default=None, help="Default: user-<name>.")
def add_command(name: str, lat: float, lon: float, kind: str, aliases: tuple[str, ...], wikidata: str | None,
                country: str | None, place_id: str | None) -> None:
    """Add a place by hand (for the unresolved toponyms `annalist places` lists)."""
    from .tsv import parse_name

    entry = Entry(id=place_id or "user-" + name_key(name).replace(" ", "-"), type=kind,
                  names=[Name(name)] + [parse_name(a) for a in aliases], lat=lat, lon=lon,
                  wikidata=wikidata, country=country.upper() if country else None, source="user")
    target = save_entries([entry], ADDITIONS)
    forget()
    click.echo(f"added {entry.id} to {target}")


@gazetteer.command("unresolved")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def unresolved_command(file: Path) -> None:
    """Toponyms in FILE that the gazetteer cannot place, most frequent first, with a line to add each."""
    from collections import Counter

    from ..pipeline import process
    from ..places import unresolved

    doc = process(file.read_text(encoding="utf-8"))
    counts = Counter(p.name or p.text for p in unresolved(doc))
    if not counts:
        click.echo("every place mention is resolved")
    for name, count in counts.most_common():
        click.echo(f"{count:4d}  {name}    annalist gazetteer add {json.dumps(name, ensure_ascii=False)} "
                   "--lat LAT --lon LON --type TYPE")


@gazetteer.command("where")
def where_command() -> None:
    """The folder of user additions (set ANNALIST_HOME to move it)."""
    click.echo(str(user_dir()))


def fmt_float(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def entry_record(entry: Entry) -> dict:
    return {
        "id": entry.id, "name": entry.name, "type": entry.type, "lat": entry.lat, "lon": entry.lon,
        "wikidata": entry.wikidata, "geonames": entry.geonames, "country": entry.country,
        "population": entry.population or None, "years": [entry.start, entry.end],
        "names": [{"text": n.text, "lang": n.lang, "start": n.start, "end": n.end} for n in entry.names],
        "parents": [{"id": p.id, "start": p.start, "end": p.end} for p in entry.parents],
        "source": entry.source,
    }


__all__ = ["gazetteer"]
