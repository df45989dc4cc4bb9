"""The document model: plain records that every stage reads and fills in.

Imports nothing of the project and nothing outside the standard library, so that
stages, the store, exporters and the web app can all share it.

Offsets are Unicode code points into ``Document.text`` exactly as decoded, half-open:
``document.text[x.start:x.end] == x.text`` holds for every span-carrying record.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def make_id(*parts: object, size: int = 16) -> str:
    """A stable short id: the same parts give the same id on every run and machine."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:size]


def document_id(text: str) -> str:
    """A document is identified by its content: the same text is the same document."""
    return make_id("document", text)


@dataclass(slots=True)
class Span:
    """A piece of a document's text, quoted with its offsets."""
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Evidence:
    """Where a fact comes from: a document and the exact words in it."""
    document: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A named entity as the NER model saw it: kind is PER, LOC or ORG."""
    kind: str
    start: int
    end: int
    text: str
    normal: str = ""


@dataclass(slots=True)
class TimeValue:
    """A temporal expression and its normalised value.

    ``start_date``/``end_date`` are ISO strings (proleptic Gregorian, ``-0044-03-15`` for BCE),
    never ``datetime``: Python's datetime cannot hold years <= 0.
    """
    start: int
    end: int
    text: str
    kind: str = "date"            # date | duration | set | vague
    edtf: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    precision: str | None = None  # day | month | season | year | decade | century | interval
    derivation: str = "explicit"  # explicit | anchored | computed | inferred
    anchor: Span | None = None    # the earlier expression this one was resolved against
    duration: str | None = None   # ISO 8601 duration (P3D) for kind == "duration"
    note: str | None = None       # e.g. "converted from Old Style (Julian)"


@dataclass(slots=True)
class Place:
    """A gazetteer entry, as much of it as a mention needs."""
    id: str
    name: str
    type: str = "settlement"      # settlement | region | polity | river | mountain | ...
    lat: float | None = None
    lon: float | None = None
    wikidata: str | None = None
    geonames: int | None = None
    country: str | None = None    # ISO 3166-1 alpha-2 of the modern country, when known


@dataclass(slots=True)
class Candidate:
    place: Place
    score: float


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str = ""                # the name as normalised (nominative)
    place: Place | None = None    # the chosen resolution, None when unresolved
    candidates: list[Candidate] = field(default_factory=list)
    type: str | None = None
    # "place": the text names a location; "nationality": a national adjective says only whose
    # people or troops these are ("японские войска"), so it locates nothing.
    sense: str = "place"

    @property
    def locates(self) -> bool:
        return self.sense == "place"


@dataclass(slots=True)
class Actor:
    name: str
    role: str                     # agent | target | participant
    kind: str                     # free text category: military, civilians, party, state, person ...
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Quantity:
    what: str                     # participants | fatalities | displaced | ...
    value: float | None
    start: int
    end: int
    text: str
    min: float | None = None
    max: float | None = None
    approximate: bool = False


@dataclass(slots=True)
class EventPlace:
    mention: PlaceMention
    role: str = "location"


@dataclass(slots=True)
class Assertion:
    status: str = "asserted"      # asserted | negated | failed | reported | disputed | hypothetical
    cues: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    id: str
    document: str
    type: str                     # annalist's own type: see annalist.events.ontology
    trigger: Span
    evidence: Span
    date: TimeValue | None = None
    places: list[EventPlace] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    assertion: Assertion = field(default_factory=Assertion)
    confidence: float = 0.5
    sentence: int | None = None   # index into Document.sentences when known
    # Other words that tell this same event (repeated mentions merged into it: "это восстание").
    mentions: list[Span] = field(default_factory=list)
    # The trigger of the larger event this one is part of (a battle within an uprising), if any.
    parent: Span | None = None


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str = ""
    language: str = "ru"
    metadata: dict[str, Any] = field(default_factory=dict)  # author, year written, origin, path ...
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeValue] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Discourse state handed from one block of a long document to the next (e.g. the
    # narrative's reference time); stages read and update it, nothing else does.
    context: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, title: str = "", language: str = "ru", **metadata: Any) -> Document:
        return cls(id=document_id(text), text=text, title=title, language=language, metadata=metadata)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(self.id, start, end, self.text[start:end])

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        """The analysed sentence holding this code-point offset, if any."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)
