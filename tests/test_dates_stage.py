"""The dates stage as the pipeline uses it: tag() with and without analysed sentences, the
reference time handed from block to block, and time_for() for event triggers."""
from __future__ import annotations

import pytest
from edtf import parse_edtf

from annalist.dates import tag, time_for
from annalist.model import Document

NARRATIVE = (
    "Мятеж вспыхнул в Шуше 25 мая 1920 года. Мятежники захватили старый форт. "
    "Однако вскоре с равнины подтянулись резервы. 31 мая форт был взят, и солдаты грабили посад три дня. "
    "В начале июня мятеж перекинулся в соседние сёла. Отряды отступили к перевалу."
)


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture(scope="session")
def analysed(nlp_models):
    from annalist.nlp import analyse
    return tag(analyse(Document.from_text(NARRATIVE)))


def test_tag_without_sentences_matches_analysed(analysed) -> None:
    bare = tag(Document.from_text(NARRATIVE))
    assert bare.sentences == []
    assert [(t.start, t.end, t.edtf) for t in bare.times] == [(t.start, t.end, t.edtf) for t in analysed.times]


def test_anchors_point_at_earlier_expressions(analysed) -> None:
    by_text = {t.text: t for t in analysed.times}
    may31 = by_text["31 мая"]
    assert (may31.edtf, may31.derivation) == ("1920-05-31", "anchored")
    assert may31.anchor.text == "25 мая 1920 года"            # "вскоре" is vague: it does not re-anchor
    assert NARRATIVE[may31.anchor.start:may31.anchor.end] == may31.anchor.text
    june = by_text["В начале июня"]
    assert (june.edtf, june.anchor.text) == ("1920-06-01/1920-06-10", "31 мая")
    for t in analysed.times:
        if t.edtf:
            parse_edtf(t.edtf)


def test_time_for_prefers_the_clause(analysed) -> None:
    start, end = _at(NARRATIVE, "вспыхнул")
    assert time_for(analysed, start, end).text == "25 мая 1920 года"
    start, end = _at(NARRATIVE, "взят")
    assert time_for(analysed, start, end).text == "31 мая"


def test_time_for_computes_the_end_of_a_lasting_event(analysed) -> None:
    # date + duration as "через три дня" counts it (ISO 8601 start/duration): 31 May + P3D = 3 June
    start, end = _at(NARRATIVE, "грабили")
    got = time_for(analysed, start, end)
    assert (got.start_date, got.end_date, got.derivation) == ("1920-05-31", "1920-06-03", "computed")
    assert got.duration == "P3D" and got.anchor.text == "31 мая"


def test_time_for_infers_the_reference_with_wider_bounds(analysed) -> None:
    # no date in its sentence: between the reference and the next date the narrative names
    start, end = _at(NARRATIVE, "захватили")
    got = time_for(analysed, start, end)
    assert got.derivation == "inferred"
    assert (got.start_date, got.end_date) == ("1920-05-25", "1920-05-31")
    assert NARRATIVE[got.start:got.end] == got.text == "25 мая 1920 года"
    start, end = _at(NARRATIVE, "отступили")        # no later date: the event keeps the reference
    later = time_for(analysed, start, end)
    assert (later.derivation, later.start_date, later.end_date) == ("inferred", "1920-06-01", "1920-06-10")


def test_time_for_keeps_the_reference_when_the_next_date_opens_a_paragraph() -> None:
    text = ("Восстание вспыхнуло 2 мая 1876 года. Каратели сожгли село.\n\n"
            "24 апреля 1877 года была объявлена война. Войска перешли границу. 7 июля пал город.")
    doc = tag(Document.from_text(text))
    burnt = time_for(doc, *_at(text, "сожгли"))
    assert (burnt.start_date, burnt.end_date) == ("1876-05-02", "1876-05-02")
    crossed = time_for(doc, *_at(text, "перешли"))     # same paragraph: up to the next date
    assert (crossed.start_date, crossed.end_date) == ("1877-04-24", "1877-07-07")


def test_a_time_in_a_participial_aside_leaves_the_story_where_it_was() -> None:
    # "годом ранее сосланный": the year before belongs to the exile told in passing, not to the landing
    text = ("В 1815 году Наполеон попытался вернуть себе власть. 26 февраля бывший император, годом ранее "
            "сосланный на остров Эльба, тайно отплыл с острова. 1 марта отряд высадился в Гольф-Жуане.")
    doc = tag(Document.from_text(text))
    landed = time_for(doc, *_at(text, "высадился"))
    assert (landed.start_date, landed.end_date) == ("1815-03-01", "1815-03-01")


def test_a_participle_opening_the_sentence_looks_back_and_leaves_the_story() -> None:
    # "Осаждённый с конца мая": the siege began before the October told, and October stays the story's
    text = ("В сентябре 1948 года армия начала операцию. 15 октября она взяла Цзиньчжоу. Осаждённый с конца мая "
            "Чанчунь капитулировал 19 октября. 2 ноября армия вступила в Шэньян.")
    doc = tag(Document.from_text(text))
    assert [t.edtf for t in doc.times][2:] == ["1948-05-21/1948-05-31", "1948-10-19", "1948-11-02"]


def test_time_for_is_none_before_any_date() -> None:
    text = "Мятежники захватили форт. Потом, 25 мая 1920 года, пришли резервы."
    doc = tag(Document.from_text(text))
    start, end = _at(text, "захватили")
    assert time_for(doc, start, end) is None


def test_reference_time_is_handed_to_the_next_block() -> None:
    first = tag(Document.from_text("Мятеж вспыхнул 25 мая 1920 года."))
    assert first.context["reference_time"]["start"] == "1920-05-25"
    second = Document.from_text("31 мая город был взят. Отряды отступили.", )
    second.context = first.context
    tag(second)
    may31 = second.times[0]
    assert (may31.edtf, may31.derivation) == ("1920-05-31", "anchored")
    assert may31.anchor is None                       # its anchor lies in the previous block
    assert second.context["reference_time"]["start"] == "1920-05-31"
    start, end = _at(second.text, "отступили")
    assert time_for(second, start, end).start_date == "1920-05-31"


def test_old_style_survives_the_block_boundary() -> None:
    first = tag(Document.from_text("Указ вышел 25 июня 1916 года (по старому стилю)."))
    second = Document.from_text("4 июля толпа вышла на улицы.")
    second.context = first.context
    assert tag(second).times[0].edtf == "1916-07-17"


def test_document_year_is_a_last_resort_and_today_never_is() -> None:
    text = "31 мая город был взят."
    assert tag(Document.from_text(text)).times[0].start_date is None
    dated = tag(Document.from_text(text, year=1920)).times[0]
    assert (dated.edtf, dated.derivation) == ("1920-05-31", "anchored")
    narrative = tag(Document.from_text("В 1877 году началась война. 31 мая город был взят.", year=1920))
    assert narrative.times[1].edtf == "1877-05-31"             # the narrative wins over the document date


def test_deictic_words_use_the_document_date_only() -> None:
    text = "В 1918 году шла война. Сегодня об этом помнят немногие."
    assert tag(Document.from_text(text)).times[1].edtf is None
    doc = tag(Document.from_text(text, date="2021-04-12"))
    today = doc.times[1]
    assert (today.edtf, today.derivation) == ("2021-04-12", "anchored")
    assert doc.context["reference_time"]["start"] == "1918-01-01"   # "сегодня" does not move the narrative


def test_bce_bounds_are_iso_strings() -> None:
    doc = tag(Document.from_text("Помпей вошёл в страну в 65 г. до н. э. Через год он ушёл."))
    assert [(t.edtf, t.start_date, t.end_date) for t in doc.times] == [
        ("-0064", "-0064-01-01", "-0064-12-31"), ("-0063", "-0063-01-01", "-0063-12-31")]


def test_tag_twice_gives_the_same_values() -> None:
    doc = Document.from_text("31 мая город был взят. Мятеж вспыхнул 25 мая 1921 года.")
    doc.context["reference_time"] = {"start": "1920-05-25", "end": "1920-05-25", "edtf": "1920-05-25",
                                     "precision": "day", "text": "25 мая 1920 года"}
    first = [t.edtf for t in tag(doc).times]
    assert first == ["1920-05-31", "1921-05-25"]
    assert [t.edtf for t in tag(doc).times] == first
