"""Hand-built documents for the web app's tests, screenshots and benchmark.

The web app only reads the store, so it can be exercised without the NLP pipeline: these
helpers build ``Document`` objects whose events, dates and places are written out by hand
(found by substring in a text written for the purpose) and save them through ``Store.save``,
the same path the pipeline's output takes.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from ..model import (
    Actor,
    Assertion,
    Document,
    Event,
    EventPlace,
    Place,
    PlaceMention,
    Quantity,
    TimeValue,
    make_id,
)

# (name as written in the text, gazetteer id, nominative name, lat, lon)
PLACES = {
    "Самаре": ("sample:samara", "Самара", 53.195, 50.100),
    "Казань": ("sample:kazan", "Казань", 55.796, 49.106),
    "Казани": ("sample:kazan", "Казань", 55.796, 49.106),
    "Симбирск": ("sample:simbirsk", "Симбирск", 54.314, 48.403),
    "Уфе": ("sample:ufa", "Уфа", 54.735, 55.958),
    "Гяндже": ("sample:ganja", "Гянджа", 40.683, 46.361),
    "Баку": ("sample:baku", "Баку", 40.409, 49.867),
    "Шуше": ("sample:shusha", "Шуша", 39.759, 46.749),
}


@dataclass
class Spec:
    """One event: substrings of the sentence it is stated in, and its normalised values."""
    sentence: str
    type: str
    trigger: str
    date: tuple[str, str, str, str, str, str] | None = None   # text, edtf, start, end, precision, derivation
    place: str | None = None
    actors: list[tuple[str, str, str]] = field(default_factory=list)   # text, name, role
    quantity: tuple[str, str, float] | None = None                     # text, what, value
    assertion: str = "asserted"


def build(title: str, specs: list[Spec], preface: str = "") -> Document:
    """A document whose text is the preface and the specs' sentences, with every record filled in."""
    text = preface + " ".join(s.sentence for s in specs)
    doc = Document.from_text(text, title=title)
    cursor = len(preface)
    for spec in specs:
        base = text.index(spec.sentence, cursor)
        cursor = base + len(spec.sentence)
        doc.events.append(_event(doc, spec, base))
    doc.places.sort(key=lambda p: p.start)
    doc.times.sort(key=lambda t: t.start)
    return doc


def _find(doc: Document, base: int, sentence: str, part: str) -> tuple[int, int]:
    start = base + sentence.index(part)
    return start, start + len(part)


def _event(doc: Document, spec: Spec, base: int) -> Event:
    s, e = base, base + len(spec.sentence)
    event = Event(id="", document=doc.id, type=spec.type, trigger=doc.span(*_find(doc, base, spec.sentence, spec.trigger)),
                  evidence=doc.span(s, e), assertion=Assertion(spec.assertion), confidence=0.8)
    if spec.date:
        text, edtf, start, end, precision, derivation = spec.date
        a, b = _find(doc, base, spec.sentence, text)
        event.date = TimeValue(a, b, doc.text[a:b], "date", edtf, start, end, precision, derivation)
        doc.times.append(event.date)
    if spec.place:
        a, b = _find(doc, base, spec.sentence, spec.place)
        pid, name, lat, lon = PLACES[spec.place]
        mention = PlaceMention(a, b, doc.text[a:b], name, Place(pid, name, "settlement", lat, lon))
        doc.places.append(mention)
        event.places.append(EventPlace(mention))
    for text, name, role in spec.actors:
        a, b = _find(doc, base, spec.sentence, text)
        event.actors.append(Actor(name, role, "military", a, b, doc.text[a:b]))
    if spec.quantity:
        text, what, value = spec.quantity
        a, b = _find(doc, base, spec.sentence, text)
        event.quantities.append(Quantity(what, value, a, b, doc.text[a:b], approximate=True))
    event.id = make_id("event", doc.id, event.evidence.start, event.trigger.start)
    return event


def volga() -> Document:
    """A short chronicle of invented but plausible sentences, one per kind of date the views draw."""
    return build("Волга, 1918 (образец)", [
        Spec("В мае 1918 года в Самаре вспыхнуло восстание чехословацких легионеров.", "uprising", "восстание",
             ("В мае 1918 года", "1918-05", "1918-05-01", "1918-05-31", "month", "explicit"), "Самаре",
             [("чехословацких легионеров", "Чехословацкий корпус", "agent")]),
        Spec("7 августа 1918 года отряды Каппеля взяли Казань.", "capture", "взяли",
             ("7 августа 1918 года", "1918-08-07", "1918-08-07", "1918-08-07", "day", "explicit"), "Казань",
             [("отряды Каппеля", "отряды Каппеля", "agent")]),
        Spec("Через месяц Красная армия вернула Симбирск.", "recapture", "вернула",
             ("Через месяц", "1918-09~", "1918-09-01", "1918-09-30", "month", "computed"), "Симбирск",
             [("Красная армия", "Красная армия", "agent")]),
        Spec("Тогда же в Казани, по слухам, было расстреляно около 200 человек.", "execution", "расстреляно",
             ("Тогда же", "1918-09", "1918-09-01", "1918-09-30", "month", "inferred"), "Казани",
             [], ("около 200 человек", "fatalities", 200), "reported"),
        Spec("Летом 1919 года бои шли под Уфе.", "battle", "бои",
             ("Летом 1919 года", "1919-22", "1919-06-01", "1919-08-31", "season", "explicit"), "Уфе"),
    ], preface="Гражданская война на Волге.\n\n")


def hostile() -> Document:
    """A document whose text and names carry HTML and script payloads: it must render as text."""
    return build("<script>alert('title')</script>", [
        Spec("В 1920 году <script>alert('x')</script> в Баку <img src=x onerror=alert(1)> произошло восстание.",
             "uprising", "восстание", ("В 1920 году", "1920", "1920-01-01", "1920-12-31", "year", "explicit"), "Баку",
             [("<img src=x onerror=alert(1)>", "<b onmouseover=alert(2)>банда</b>", "agent")]),
    ])


def fill(path: str | Path) -> None:
    """A store holding both sample documents: what the web tests and screenshots open."""
    from ..store import Store

    with Store(path) as writer:
        writer.save(volga())
        writer.save(hostile())


def synthetic(path: str | Path, events: int, per_document: int = 100, seed: int = 7) -> None:
    """A store with about ``events`` events over several documents, for the benchmark."""
    from ..store import Store

    rng = random.Random(seed)
    kinds = ["battle", "capture", "uprising", "execution", "arrest", "treaty", "retreat", "looting"]
    names = list(PLACES)
    with Store(path) as store:
        for d in range(max(1, events // per_document)):
            specs = []
            for i in range(per_document):
                year, month = 1900 + rng.randrange(40), 1 + rng.randrange(12)
                place = rng.choice(names)
                specs.append(Spec(
                    f"№{d}-{i}. В {month}-м месяце {year} года под {place} произошло событие войск.",
                    rng.choice(kinds), "событие",
                    (f"{year} года", f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-28",
                     "month", rng.choice(["explicit", "inferred", "anchored"])), place,
                    [("войск", rng.choice(["Красная армия", "Добровольческая армия", "повстанцы"]), "agent")],
                    assertion=rng.choice(["asserted"] * 8 + ["reported", "negated"])))
            store.save(build(f"Синтетический документ {d:04d}", specs))
