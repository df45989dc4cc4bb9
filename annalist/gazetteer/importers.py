"""Importers: other gazetteers' files → gazetteer entries, which ``commands`` saves as user additions.

* GeoNames country files and ``allCountries.txt`` (tab-separated, 19 columns);
* GeoNames ``alternateNamesV2.txt``: names (with languages and years) and Wikidata ids (``wkdt``)
  for places the gazetteer already has by GeoNames id;
* Linked Places Format (World Historical Gazetteer): GeoJSON FeatureCollection with names, ``when``
  timespans, ``links`` (``wd:Q…``, ``gn:…``);
* plain CSV with a header (``id,name,type,lat,lon,...``; ``name`` or the ``names`` cell syntax of
  the TSV format), and the gazetteer's own TSV.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import AnnalistError
from .entry import Entry, Name
from .gazetteer import Gazetteer
from .tsv import parse_row, read_tsv

FORMATS = ("geonames", "alternatenames", "lpf", "csv", "tsv")
# GeoNames feature class (and a few codes) → our type.
FEATURE_TYPES = {"P": "settlement", "A": "region", "H": "river", "T": "mountain", "L": "region",
                 "S": "site", "R": "road", "V": "forest", "U": "undersea"}
FEATURE_CODES = {"PCLI": "country", "PCLH": "polity", "PCLIX": "country", "LK": "lake", "LKS": "lake",
                 "SEA": "sea", "GULF": "sea", "BAY": "sea", "STRT": "strait", "MTS": "mountain", "MT": "mountain",
                 "ISL": "island", "CONT": "continent"}


# alternateNamesV2 "languages" that are codes or links, not names.
NOT_NAMES = {"link", "post", "iata", "icao", "faac", "unlc", "tcid", "fr_1793", "wkdt"}


class GazetteerImportError(AnnalistError, ValueError):
    """A file that is not in the format it was read as."""


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".json", ".geojson", ".jsonld"):
        return "lpf"
    if suffix == ".csv":
        return "csv"
    if suffix == ".tsv":
        return "tsv"
    with open(path, encoding="utf-8") as handle:
        first = handle.readline().rstrip("\n").split("\t")
    if len(first) >= 19:
        return "geonames"
    if 4 <= len(first) <= 10 and first[0].isdigit():
        return "alternatenames"
    raise GazetteerImportError(f"{path}: cannot tell its format; give --format, one of {', '.join(FORMATS)}")


def geonames_type(feature_class: str, feature_code: str) -> str:
    return FEATURE_CODES.get(feature_code) or FEATURE_TYPES.get(feature_class, "place")


def read_geonames(path: Path) -> Iterator[Entry]:
    """A GeoNames country dump (or allCountries): every row becomes an entry ``geonames:<id>``."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 19:
                raise GazetteerImportError(f"{path}:{number}: expected 19 tab-separated GeoNames columns, got {len(cells)}")
            geonameid, name, ascii_name, alternates = cells[0], cells[1], cells[2], cells[3]
            names = [Name(name, "")]
            seen = {name}
            for alt in [ascii_name, *alternates.split(",")]:
                if alt and alt not in seen:
                    seen.add(alt)
                    names.append(Name(alt, "ru" if re.search("[а-яё]", alt, re.I) else ""))
            yield Entry(id=f"geonames:{geonameid}", type=geonames_type(cells[6], cells[7]), names=names,
                        lat=float(cells[4]), lon=float(cells[5]), geonames=int(geonameid),
                        country=cells[8] or None, population=int(cells[14] or 0), source="geonames-import")


def read_alternatenames(path: Path, gazetteer: Gazetteer) -> list[Entry]:
    """Add names and Wikidata ids from ``alternateNamesV2.txt`` to the entries with those GeoNames ids.

    Returns, for each place it adds to, an entry with only the new names and Wikidata id (the user
    layer merges it into the place). Rows for places the gazetteer
    does not have are skipped: the file covers the whole world.
    """
    by_geonames: dict[int, Entry] = {}
    for entry in gazetteer.entries.values():
        if entry.geonames is not None:
            by_geonames.setdefault(entry.geonames, entry)
    changed: dict[str, Entry] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 4 or not cells[1].isdigit():
                raise GazetteerImportError(f"{path}:{number}: expected alternateNamesV2 columns "
                                   "(alternateNameId, geonameid, isolanguage, name, ...)")
            entry = by_geonames.get(int(cells[1]))
            if entry is None:
                continue
            language, text = cells[2], cells[3]
            # Only what the file adds is kept: the release's own facts stay the release's.
            target = changed.get(entry.id) or Entry(entry.id, "", [], source="user")
            if language == "wkdt":
                target.wikidata = text
            elif language in NOT_NAMES:
                continue
            else:
                start = year_of(cells[8]) if len(cells) > 8 else None     # the "from" and "to" columns
                end = year_of(cells[9]) if len(cells) > 9 else None
                if any(n.text == text for n in target.names + entry.names):
                    continue
                target.names.append(Name(text, language or "", start, end))
            changed[entry.id] = target
    return list(changed.values())


def year_of(text: str) -> int | None:
    match = re.match(r"^(-?\d{1,4})", text.strip())
    return int(match.group(1)) if match else None


def when_years(when: dict | None) -> tuple[int | None, int | None]:
    """LPF ``when`` → (first year, last year) over its timespans."""
    if not when:
        return None, None
    starts, ends = [], []
    for span in when.get("timespans", []):
        for bound, out in (("start", starts), ("end", ends)):
            value = span.get(bound) or {}
            for key in ("in", "earliest", "latest"):
                if key in value and year_of(str(value[key])) is not None:
                    out.append(year_of(str(value[key])))
                    break
    return (min(starts) if starts else None), (max(ends) if ends else None)


def geometry_point(geometry: dict | None) -> tuple[float | None, float | None]:
    """A point for a GeoJSON geometry: the point itself, else the middle of its coordinates' extent."""
    if not geometry:
        return None, None
    if geometry.get("type") == "GeometryCollection":
        for part in geometry.get("geometries", []):
            point = geometry_point(part)
            if point[0] is not None:
                return point
        return None, None
    coords = list(flatten(geometry.get("coordinates")))
    if not coords:
        return None, None
    lons, lats = [c[0] for c in coords], [c[1] for c in coords]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def flatten(value) -> Iterator[tuple[float, float]]:
    if isinstance(value, list | tuple) and len(value) >= 2 and all(isinstance(v, int | float) for v in value[:2]):
        yield float(value[0]), float(value[1])
    elif isinstance(value, list | tuple):
        for item in value:
            yield from flatten(item)


def read_lpf(path: Path) -> Iterator[Entry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("type") != "FeatureCollection":
        raise GazetteerImportError(f"{path}: expected a Linked Places FeatureCollection, got type {data.get('type')!r}")
    for number, feature in enumerate(data.get("features", []), 1):
        props = feature.get("properties") or {}
        title = props.get("title")
        if not title:
            raise GazetteerImportError(f"{path}: feature {number} has no properties.title")
        names = [Name(title, "")]
        for item in feature.get("names", []):
            start, end = when_years(item.get("when"))
            if item.get("toponym") and not (item["toponym"] == title and start is None):
                names.append(Name(item["toponym"], item.get("lang", ""), start, end))
        lat, lon = geometry_point(feature.get("geometry"))
        wikidata = geonames = None
        for link in feature.get("links", []):
            identifier = str(link.get("identifier", ""))
            if identifier.startswith(("wd:", "wikidata:")):
                wikidata = identifier.split(":", 1)[1]
            elif identifier.startswith(("gn:", "geonames:")) and identifier.split(":", 1)[1].isdigit():
                geonames = int(identifier.split(":", 1)[1])
        fclasses = props.get("fclasses") or []
        start, end = when_years(feature.get("when"))
        identifier = str(feature.get("@id") or title)
        yield Entry(id="lpf:" + identifier.rstrip("/").rsplit("/", 1)[-1], names=names,
                    type=FEATURE_TYPES.get(fclasses[0], "place") if fclasses else "place",
                    lat=lat, lon=lon, wikidata=wikidata, geonames=geonames,
                    country=(props.get("ccodes") or [None])[0], start=start, end=end, source="lpf-import")


def read_csv(path: Path) -> Iterator[Entry]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "id" not in reader.fieldnames or not (
                {"name", "names"} & set(reader.fieldnames)):
            raise GazetteerImportError(f"{path}: a CSV needs a header with id and name (or names), got {reader.fieldnames}")
        for number, row in enumerate(reader, 2):
            cells = {k: (v or "") for k, v in row.items() if k}
            if cells.get("name") and not cells.get("names"):
                cells["names"] = cells["name"]
            elif cells.get("name"):
                cells["names"] = cells["name"] + ";" + cells["names"]
            try:
                yield parse_row(cells, "csv-import")
            except ValueError as exc:
                raise GazetteerImportError(f"{path}:{number}: {exc}") from exc


def read_file(path: Path, fmt: str | None = None, gazetteer: Gazetteer | None = None) -> list[Entry]:
    """Entries of a file in any supported format (guessed from the file when ``fmt`` is None)."""
    fmt = fmt or detect_format(path)
    if fmt == "geonames":
        return list(read_geonames(path))
    if fmt == "alternatenames":
        if gazetteer is None:
            raise GazetteerImportError("alternatenames needs the gazetteer whose places it adds names to")
        return read_alternatenames(path, gazetteer)
    if fmt == "lpf":
        return list(read_lpf(path))
    if fmt == "csv":
        return list(read_csv(path))
    if fmt == "tsv":
        return list(read_tsv(path, source="tsv-import"))
    raise GazetteerImportError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def merge_all(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per id (the last wins), keeping the file's order."""
    return list({e.id: e for e in entries}.values())
