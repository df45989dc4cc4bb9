"""A document with records filled in by hand, so the store and the records are tested without the pipeline."""
from annalist.model import (
    Actor,
    Assertion,
    Document,
    Event,
    EventPlace,
    Place,
    PlaceMention,
    Quantity,
    Sentence,
    Span,
    TimeValue,
)
from annalist.pipeline import assign_event_ids

TEXT = "В августе 1918 года турецкие войска взяли Баку. Через месяц в Тифлисе прошла забастовка."


def make_doc(text: str = TEXT, title: str = "hand-made") -> Document:
    """A document with records filled in by hand, so the store is tested without the pipeline."""
    doc = Document.from_text(text, title=title)
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, cut, text[:cut]), Sentence(cut + 1, len(text), text[cut + 1:])]
    date = TimeValue(0, 19, text[0:19], edtf="1918-08", start_date="1918-08-01", end_date="1918-08-31",
                     precision="month")
    later = TimeValue(48, 58, text[48:58], edtf="1918-09", start_date="1918-09-01",
                      end_date="1918-09-30", precision="month", derivation="computed", anchor=Span(0, 19, text[0:19]))
    doc.times = [date, later]
    baku = PlaceMention(42, 46, text[42:46], "Баку", Place("baku", "Баку", "settlement", 40.41, 49.87, "Q9248"))
    tiflis = PlaceMention(61, 68, text[61:68], "Тифлис", Place("tbilisi", "Тбилиси", "settlement", 41.72, 44.79))
    doc.places = [baku, tiflis]
    capture = Event("", doc.id, "capture", Span(36, 41, text[36:41]), Span(0, cut, text[:cut]), date,
                    [EventPlace(baku)], [Actor("турецкие войска", "agent", "military", 20, 35, text[20:35])],
                    [Quantity("participants", 3, 20, 35, text[20:35], approximate=True)], Assertion(), 0.9, 0)
    strike = Event("", doc.id, "strike", Span(76, 86, text[76:86]),
                   Span(cut + 1, len(text), text[cut + 1:]), later, [EventPlace(tiflis)], [], [],
                   Assertion("reported", ["по слухам"]), 0.6, 1)
    doc.events = [capture, strike]
    assign_event_ids(doc)
    return doc
