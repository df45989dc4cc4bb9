"""The project's seed text (read from ../shared, never copied here): every temporal expression in it
is found and normalised as checked by hand. Only the values are listed, in reading order."""
from __future__ import annotations

from annalist.dates import tag
from annalist.model import Document

# (kind, EDTF, derivation) of each expression of the seed, in order; checked by hand (docs/dates.md).
SEED_VALUES = [
    ("date", "192X", "explicit"),
    ("date", "1920-05-25", "explicit"),
    ("vague", "1920-05-25/1920-06-25~", "anchored"),
    ("date", "1920-05-31", "anchored"),
    ("duration", None, "explicit"),
    ("date", "1920-06", "anchored"),
    ("vague", None, "explicit"),                 # "когда-то": indefinite past, no value
    ("date", "1920-06-01/1920-06-10", "anchored"),
    ("vague", "1920-06-01/1920-07-10~", "anchored"),   # "Теперь": the stretch from early June on
    ("vague", "1920-06-01/1920-07-10~", "anchored"),
    ("vague", "1920-06-01/1920-07-10~", "anchored"),   # "Теперь"
    ("vague", "1920-06-01/1920-07-10~", "anchored"),
    ("vague", "1920-06-01/1920-07-10~", "anchored"),   # "В этот период"
    ("date", "1920-08", "explicit"),
    ("date", "1920", "explicit"),
    ("vague", "1920/1921~", "anchored"),
    ("date", "1921", "explicit"),
    ("date", "1920-12", "explicit"),
    ("date", "1923", "explicit"),
    ("date", "1917/1991", "explicit"),           # "советский период": a named period
    ("date", "1924", "explicit"),
    ("date", "1922-03", "explicit"),
    ("vague", None, "explicit"),                 # "в дальнейшем"
    ("date", "1922-12-30", "explicit"),
]


def test_seed(shared_dir) -> None:
    text = (shared_dir / "seeds" / "seed.txt").read_text(encoding="utf-8")
    doc = tag(Document.from_text(text))
    assert [(t.kind, t.edtf, t.derivation) for t in doc.times] == SEED_VALUES
    assert next(t for t in doc.times if t.kind == "duration").duration == "P3D"
