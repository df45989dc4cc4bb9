"""Gazetteer records: a place with its names (each possibly dated), type, point, parents and links.

Richer than ``model.Place`` (which is what a mention carries): an entry knows every name it had and
when, so a text from 1920 can find Елизаветполь and a text from 1960 Кировабад.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Place


@dataclass(slots=True)
class Name:
    text: str
    lang: str = "ru"
    start: int | None = None      # first year the name was in use, when known
    end: int | None = None        # last year, when known

    def valid_in(self, year: int | None) -> bool | None:
        """True/False when the name's years say so, None when they say nothing."""
        if year is None or (self.start is None and self.end is None):
            return None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(slots=True)
class Parent:
    id: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Entry:
    id: str
    type: str
    names: list[Name]
    lat: float | None = None
    lon: float | None = None
    wikidata: str | None = None
    geonames: int | None = None
    country: str | None = None
    parents: list[Parent] = field(default_factory=list)
    population: int = 0
    start: int | None = None      # years the place (a polity, a unit) existed, when known
    end: int | None = None
    bbox: tuple[float, float, float, float] | None = None   # south, west, north, east
    source: str = ""              # which layer it came from: a data file, geonames, user

    @property
    def name(self) -> str:
        """The preferred name: the first Russian one (data files list it first), else the first."""
        for n in self.names:
            if n.lang == "ru":
                return n.text
        return self.names[0].text if self.names else self.id

    def name_in(self, year: int | None) -> str:
        """The Russian name in use in ``year`` when the names' years say (Симбирск in 1918,
        Ульяновск in 1930), else the preferred name."""
        for n in self.names:
            if n.lang == "ru" and n.valid_in(year):
                return n.text
        return self.name

    def existed_in(self, year: int | None) -> bool | None:
        if year is None or (self.start is None and self.end is None):
            return None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def place(self, year: int | None = None) -> Place:
        return Place(id=self.id, name=self.name_in(year), type=self.type, lat=self.lat, lon=self.lon,
                     wikidata=self.wikidata, geonames=self.geonames, country=self.country)
