"""User additions: plain TSV files under ``$ANNALIST_HOME/gazetteer`` (default ``~/.local/share/annalist``).

They live outside the package so upgrading annalist never overwrites them, and they are read last,
so a user's entry with a packaged id corrects the packaged one.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .entry import Entry
from .tsv import read_tsv, write_tsv

ADDITIONS = "additions.tsv"


def home() -> Path:
    return Path(os.environ.get("ANNALIST_HOME") or Path.home() / ".local" / "share" / "annalist")


def user_dir() -> Path:
    return home() / "gazetteer"


def user_entries() -> Iterator[Entry]:
    folder = user_dir()
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.tsv")):
        yield from read_tsv(path, source=f"user:{path.name}")


def save_entries(entries: Iterable[Entry], file_name: str = ADDITIONS) -> Path:
    """Add entries to a user file (same id replaces), creating the folder as needed."""
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    existing = {e.id: e for e in read_tsv(path)} if path.exists() else {}
    for entry in entries:
        existing[entry.id] = entry
    write_tsv(path, existing.values(), comment="annalist gazetteer: user additions (kept across upgrades)")
    return path
