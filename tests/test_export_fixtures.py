"""Two small hand-written Russian documents (fictional town, invented wording) for the exporter tests.

They cover day / month / season / year / interval / BCE dates, an undated event, events without
places, non-asserted events, unresolved places, and text with &, <, >, quotes and a <script>.
Offsets are found with ``locate`` and then checked by ``test_fixture_offsets_match_text``.
"""
from __future__ import annotations

from annalist.model import (
    Actor,
    Assertion,
    Document,
    Event,
    EventPlace,
    Place,
    PlaceMention,
    Quantity,
    Span,
    TimeValue,
    make_id,
)
from annalist.records import bundle

CHRONICLE = (
    "Хроника Кестельна & окрестностей <1918–1922>\n"
    "\n"
    "В 1918 году в Кестельне вспыхнуло восстание крестьян против гарнизона.\n"
    "14 марта 1920 года отряды \"Вольного корпуса\" & их союзники атаковали Кестельн; погибло около 300 человек.\n"
    "С 1 по 5 апреля 1920 года у реки Вельны шли бои.\n"
    "\n"
    "В мае 1921 года войска республики, по слухам, казнили заложников в Дубраве <script>alert(\"x\")</script>.\n"
    "Летом 1922 года был подписан мирный договор.\n"
    "Позже жители покинули Кестельн.\n"
)

ANTIQUITY = "15 марта 44 года до н. э. в Риме заговорщики убили Цезаря. В 44 году до н. э. Рим жил в страхе."

KESTELN = Place(id="test:kesteln", name="Кестельн", type="settlement", lat=46.5012, lon=14.2048)
VELNA = Place(id="test:velna", name="Вельна", type="river", lat=46.61, lon=14.05)
ROME = Place(id="test:rome", name="Рим", type="settlement", lat=41.8933, lon=12.4829,
             wikidata="Q220", geonames=3169070, country="IT")


def locate(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle (code points)."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(text: str, needle: str, nth: int = 1) -> Span:
    start, end = locate(text, needle, nth)
    return Span(start, end, needle)


def time(text: str, needle: str, edtf: str | None, start: str | None, end: str | None,
         precision: str | None, derivation: str = "explicit") -> TimeValue:
    s, e = locate(text, needle)
    return TimeValue(s, e, needle, edtf=edtf, start_date=start, end_date=end, precision=precision,
                     derivation=derivation)


def place(text: str, needle: str, name: str, resolved: Place | None, nth: int = 1) -> PlaceMention:
    s, e = locate(text, needle, nth)
    return PlaceMention(s, e, needle, name=name, place=resolved, type=resolved.type if resolved else None)


def actor(text: str, needle: str, name: str, role: str, kind: str) -> Actor:
    s, e = locate(text, needle)
    return Actor(name, role, kind, s, e, needle)


def event(doc: Document, kind: str, trigger: str, evidence: str, **fields) -> Event:
    trig, evid = span(doc.text, trigger), span(doc.text, evidence)
    return Event(id=make_id("event", doc.id, evid.start, evid.end, kind), document=doc.id, type=kind,
                 trigger=trig, evidence=evid, **fields)


def chronicle_document() -> Document:
    doc = Document.from_text(CHRONICLE, title="Хроника «Кестельна» & <окрестности>", author="тестовый автор")
    t = doc.text
    year = time(t, "1918 году", "1918", "1918-01-01", "1918-12-31", "year")
    day = time(t, "14 марта 1920 года", "1920-03-14", "1920-03-14", "1920-03-14", "day")
    interval = time(t, "С 1 по 5 апреля 1920 года", "1920-04-01/1920-04-05", "1920-04-01", "1920-04-05",
                    "interval")
    month = time(t, "В мае 1921 года", "1921-05", "1921-05-01", "1921-05-31", "month")
    season = time(t, "Летом 1922 года", "1922-22", "1922-06-01", "1922-08-31", "season")
    later = time(t, "Позже", None, None, None, None, derivation="inferred")
    doc.times = [year, day, interval, month, season, later]
    kesteln1 = place(t, "Кестельне", "Кестельн", KESTELN)
    kesteln2 = place(t, "Кестельн", "Кестельн", KESTELN, nth=3)   # 1: the title, 2: "Кестельне"
    velna = place(t, "Вельны", "Вельна", VELNA)
    dubrava = place(t, "Дубраве", "Дубрава", None)
    kesteln3 = place(t, "Кестельн", "Кестельн", KESTELN, nth=4)
    doc.places = [kesteln1, kesteln2, velna, dubrava, kesteln3]
    doc.events = [
        event(doc, "uprising", "восстание", "В 1918 году в Кестельне вспыхнуло восстание крестьян против гарнизона.",
              date=year, places=[EventPlace(kesteln1)],
              actors=[actor(t, "крестьян", "крестьяне", "agent", "rebels"),
                      actor(t, "гарнизона", "гарнизон", "target", "military")]),
        event(doc, "attack", "атаковали",
              "14 марта 1920 года отряды \"Вольного корпуса\" & их союзники атаковали Кестельн; погибло около 300 человек.",
              date=day, places=[EventPlace(kesteln2)],
              actors=[actor(t, "отряды \"Вольного корпуса\"", "Вольный корпус", "agent", "militia"),
                      actor(t, "их союзники", "союзники", "agent", "militia")],
              quantities=[Quantity("fatalities", 300, *locate(t, "около 300 человек"), "около 300 человек",
                                   approximate=True)]),
        event(doc, "battle", "шли бои", "С 1 по 5 апреля 1920 года у реки Вельны шли бои.",
              date=interval, places=[EventPlace(velna)]),
        event(doc, "execution", "казнили",
              "В мае 1921 года войска республики, по слухам, казнили заложников в Дубраве <script>alert(\"x\")</script>.",
              date=month, places=[EventPlace(dubrava)],
              actors=[actor(t, "войска республики", "войска республики", "agent", "military"),
                      actor(t, "заложников", "заложники", "target", "civilians")],
              assertion=Assertion("reported", ["по слухам"])),
        event(doc, "treaty", "подписан мирный договор", "Летом 1922 года был подписан мирный договор.",
              date=season),
        event(doc, "flight", "покинули", "Позже жители покинули Кестельн.", date=None,
              places=[EventPlace(kesteln3)], actors=[actor(t, "жители", "жители", "agent", "civilians")]),
    ]
    return doc


def antiquity_document() -> Document:
    doc = Document.from_text(ANTIQUITY, title="Рим, 44 год до н. э.")
    t = doc.text
    ides = time(t, "15 марта 44 года до н. э.", "-0043-03-15", "-0043-03-15", "-0043-03-15", "day")
    year = time(t, "В 44 году до н. э.", "-0043", "-0043-01-01", "-0043-12-31", "year")
    doc.times = [ides, year]
    rome1 = place(t, "Риме", "Рим", ROME)
    rome2 = place(t, "Рим", "Рим", ROME, nth=2)
    doc.places = [rome1, rome2]
    doc.events = [
        event(doc, "attack", "убили", "15 марта 44 года до н. э. в Риме заговорщики убили Цезаря.",
              date=ides, places=[EventPlace(rome1)],
              actors=[actor(t, "заговорщики", "заговорщики", "agent", "party"),
                      actor(t, "Цезаря", "Гай Юлий Цезарь", "target", "person")],
              quantities=[Quantity("fatalities", 1, *locate(t, "убили Цезаря"), "убили Цезаря")],
              confidence=0.9),
    ]
    return doc


def bundles() -> list[dict]:
    return [bundle(chronicle_document()), bundle(antiquity_document())]


def _spans(record: dict):
    """Every (start, end, text) a bundle claims, evidence included."""
    for key in ("evidence", "trigger"):
        if key in record:
            yield record[key]
    if record.get("date"):
        yield record["date"]["evidence"]
    for key in ("places", "actors", "quantities"):
        for item in record.get(key, []):
            yield item["evidence"]


def test_fixture_offsets_match_text():
    for b in bundles():
        text = b["document"]["text"]
        claimed = [s for e in b["events"] for s in _spans(e)]
        claimed += [r for r in b["dates"] + b["places"]]
        assert len(claimed) > 10
        for s in claimed:
            assert text[s["start"]:s["end"]] == s["text"], s
