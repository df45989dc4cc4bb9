"""The click commands ``annalist serve`` and ``annalist report``; the CLI registers them with
``main.add_command(serve)`` and ``main.add_command(report)``. Thin: parse, open, call one function."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import AnnalistError


@click.command()
@click.option("--db", default="annalist.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite database to show (written by `annalist extract`).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. The default is this computer only; 0.0.0.0 shares it with your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Browse a database in the web browser: documents, events, timeline and map (read-only)."""
    import uvicorn

    from ..store import Store
    from .app import create_app

    if not Path(db).is_file():
        raise click.ClickException(f"no database at {db}; create one with `annalist extract FILE... --db {db}`")
    try:
        store = Store(db)
    except AnnalistError as exc:
        raise click.ClickException(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read the database",
                   err=True)
    click.echo(f"Annalist: http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C to stop)", err=True)
    loopback = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(store) if loopback else create_app(store, allowed_hosts=["*"])
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--title", default=None, help="Title of the report (default: the documents' titles).")
def report(paths: tuple[str, ...], output: str, title: str | None) -> None:
    """Write one self-contained HTML file (text, timeline, map, events) for the given texts.

    The file needs no server and no network: open it in a browser or send it by e-mail.
    """
    from .report import build_report, process_paths

    try:
        documents, failures = process_paths(paths)
    except AnnalistError as exc:
        raise click.ClickException(str(exc)) from exc
    for name, message in failures:
        click.echo(f"{name}: {message}", err=True)
    if not documents:
        raise click.ClickException("no document could be processed")
    Path(output).write_text(build_report(documents, title=title), encoding="utf-8")
    events = sum(len(d.events) for d in documents)
    click.echo(f"wrote {output}: {len(documents)} document(s), {events} event(s)", err=True)
    if failures:
        raise SystemExit(1)
