"""The gazetteer's own plain-text format: one place per line, tab-separated, ``#`` lines are comments.

Columns (header line names them; empty cells are allowed):

    id  type  names  lat  lon  wikidata  geonames  country  parents  population  years  bbox

* ``names``: ``;``-separated; each is ``[lang:]text[@start-end]``; language defaults to ``ru``, the
  years say when the name was in use (either end may be empty): ``Елизаветполь@1804-1918``.
* ``parents``: ``;``-separated ``id[@start-end]``: ``zangezur-uezd@1920-1921``.
* ``years``: when the place itself existed (polities, administrative units): ``1918-1920``.
* ``bbox``: ``south,west,north,east``.

The same format serves the packaged data files, user additions and ``--format tsv`` exports.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .entry import Entry, Name, Parent

COLUMNS = ("id", "type", "names", "lat", "lon", "wikidata", "geonames", "country", "parents",
           "population", "years", "bbox")
_LANG = re.compile(r"^([a-z]{2,3}(?:-[a-z]+)?):(?=\S)")
_YEARS = re.compile(r"@(-?\d*)-(-?\d*)$|@(-?\d+)$")


def parse_years(text: str) -> tuple[int | None, int | None]:
    """``"1918-1920"`` → ``(1918, 1920)``; ``"1922-"`` → ``(1922, None)``; ``""`` → ``(None, None)``."""
    _, start, end = split_dated("@" + text) if text else ("", None, None)
    return start, end


def split_dated(item: str) -> tuple[str, int | None, int | None]:
    """``"Елизаветполь@1804-1918"`` → ``("Елизаветполь", 1804, 1918)``."""
    match = _YEARS.search(item)
    if not match:
        return item.strip(), None, None
    head = item[:match.start()].strip()
    if match.group(3) is not None:
        year = int(match.group(3))
        return head, year, year
    start, end = match.group(1), match.group(2)
    return head, (int(start) if start else None), (int(end) if end else None)


def parse_name(item: str) -> Name:
    text, start, end = split_dated(item.strip())
    lang = "ru"
    match = _LANG.match(text)
    if match:
        lang, text = match.group(1), text[match.end():]
    return Name(text.strip(), lang, start, end)


def format_span(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return ""
    return f"{'' if start is None else start}-{'' if end is None else end}"


def format_name(name: Name) -> str:
    lang = "" if name.lang == "ru" else f"{name.lang}:"
    span = format_span(name.start, name.end)
    return f"{lang}{name.text}{'@' + span if span else ''}"


def parse_row(cells: dict[str, str], source: str) -> Entry:
    def number(key: str) -> float | None:
        value = cells.get(key, "").strip()
        return float(value) if value else None

    parents = []
    for item in filter(None, (p.strip() for p in cells.get("parents", "").split(";"))):
        pid, start, end = split_dated(item)
        parents.append(Parent(pid, start, end))
    start, end = parse_years(cells.get("years", "").strip())
    bbox_cell = cells.get("bbox", "").strip()
    bbox = tuple(float(x) for x in bbox_cell.split(",")) if bbox_cell else None
    geonames = cells.get("geonames", "").strip()
    population = cells.get("population", "").strip()
    return Entry(
        id=cells["id"].strip(), type=cells.get("type", "").strip(),   # empty: no change / settlement
        names=[parse_name(n) for n in cells.get("names", "").split(";") if n.strip()],
        lat=number("lat"), lon=number("lon"),
        wikidata=cells.get("wikidata", "").strip() or None,
        geonames=int(geonames) if geonames else None,
        country=cells.get("country", "").strip() or None,
        parents=parents, population=int(float(population)) if population else 0,
        start=start, end=end, bbox=bbox if bbox and len(bbox) == 4 else None, source=source,
    )


def read_tsv(path: Path, source: str | None = None) -> Iterator[Entry]:
    """Entries of one file; a malformed line raises ValueError naming the file and line."""
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                if "id" not in header or "names" not in header:
                    raise ValueError(f"{path}:{number}: header must name at least id and names, got {header}")
                continue
            try:
                yield parse_row(dict(zip(header, cells, strict=False)), source or path.stem)
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc


def entry_row(entry: Entry) -> str:
    cells = [
        entry.id, entry.type, "; ".join(format_name(n) for n in entry.names),
        "" if entry.lat is None else f"{entry.lat:.5f}", "" if entry.lon is None else f"{entry.lon:.5f}",
        entry.wikidata or "", "" if entry.geonames is None else str(entry.geonames), entry.country or "",
        "; ".join(p.id + ("@" + format_span(p.start, p.end) if format_span(p.start, p.end) else "")
                  for p in entry.parents),
        str(entry.population) if entry.population else "", format_span(entry.start, entry.end),
        ",".join(str(x) for x in entry.bbox) if entry.bbox else "",
    ]
    return "\t".join(c.replace("\t", " ") for c in cells)


def write_tsv(path: Path, entries: Iterable[Entry], comment: str = "") -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for line in comment.splitlines():
            handle.write(f"# {line}\n")
        handle.write("\t".join(COLUMNS) + "\n")
        for entry in entries:
            handle.write(entry_row(entry) + "\n")
