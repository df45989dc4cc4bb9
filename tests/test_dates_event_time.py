"""time_for(): which date an event trigger gets. One row per rule of docs/dates.md ("time_for");
the texts are written for these tests. Each row: text, trigger (with its occurrence), expected
(start_date, end_date)."""
from __future__ import annotations

import pytest

from annalist.dates import tag, time_for
from annalist.model import Document

ROWS = [
    # the days told already span the duration: "20–21 марта … двое суток бился" ends on the 21st
    ("20–21 марта 1814 года у Арси-сюр-Об император двое суток бился с армией союзников.", "бился", 0,
     ("1814-03-20", "1814-03-21")),
    # ", а на следующий день …": a day counted from the narrative's time leaves the clause before at that time
    ("Сражение началось 26 августа 1914 года. У Бишофсбурга был разбит корпус, а на следующий день германцы "
     "опрокинули 1-й корпус.", "разбит", 0, ("1914-08-26", "1914-08-26")),
    # … while a date of its own after ", а" still closes an interval from the reference
    ("В апреле 1904 года немцы отступили. Обстрел успеха не принёс, а 19 июня к городу подошёл отряд.",
     "Обстрел", 0, ("1904-04-01", "1904-06-19")),
    # "в последующие дни" runs from the day after the reference to the next date told
    ("24 февраля 1921 года забастовали рабочие. В последующие дни стачки охватили заводы. 28 февраля моряки "
     "приняли резолюцию.", "охватили", 0, ("1921-02-25", "1921-02-28")),
    # a war named by its length ("в Семилетней войне") measures no event of its sentence
    ("Война Понтиака 1763–1766 годов — восстание племён после поражения Франции в Семилетней войне.",
     "восстание", 0, ("1763-01-01", "1766-12-31")),
    # "ещё" looks back: "Ещё 15 марта" after the summer is March of that year, not of the next
    ("Летом 1921 года всё кончилось. Ещё 15 марта съезд высказался за отказ от продразвёрстки.",
     "высказался", 0, ("1921-03-15", "1921-03-15")),
    # "в первые же дни" after a day: the week from it
    ("12 января 1904 года гереро восстали. В первые же дни повстанцы убили около 120 фермеров. "
     "4 февраля рота освободила Омаруру.", "убили", 0, ("1904-01-12", "1904-01-18")),
    # a sentence opening with how the fight just told ended is of that fight's day
    ("8 января 1815 года британцы пошли на штурм. Атака захлебнулась: они потеряли 300 человек. "
     "16 февраля Сенат ратифицировал договор.", "захлебнулась", 0, ("1815-01-08", "1815-01-08")),
    # ", и 11 июня прибыл …": the clause before came before that day, from the reference on
    ("В апреле 1904 года немцы отступили. Берлин отстранил губернатора, и 11 июня прибыл новый командующий.",
     "отстранил", 0, ("1904-04-01", "1904-06-11")),
    # … but a month after ", и" may hold the clause before it
    ("В ночь на 30 июня 1913 года войска атаковали позиции. Наступление провалилось, в войну вступили Румыния и "
     "Турция, и в июле турки вернули Адрианополь.", "вступили", 0, ("1913-07-01", "1913-07-31")),
    # a colon ends the clause: the duration before it is the republic's, not the capture's
    ("Республика держалась около двух недель: 14 мая 1920 года отряды вновь заняли город.",
     "заняли", 0, ("1920-05-14", "1920-05-14")),
    # "после X" with a counted duration: X ends at the clause's date, counted back from it
    ("3 июня 1919 года, после трёхдневного штурма, крепость сдалась.", "штурма", 0, ("1919-05-31", "1919-06-03")),
    # ... and the main verb keeps the date; X's duration is not its own
    ("3 июня 1919 года, после трёхдневного штурма, крепость сдалась.", "сдалась", 0, ("1919-06-03", "1919-06-03")),
    # ... also when the duration is approximate ("после почти двухнедельной осады")
    ("После почти двухнедельной осады 8 мая 1849 года отряд взял крепость.", "взял", 0,
     ("1849-05-08", "1849-05-08")),
    # ... also after "более чем": the duration belongs to the siege, not to the truce
    ("28 января 1871 года, после более чем четырёхмесячной осады, было подписано перемирие.", "перемирие", 0,
     ("1871-01-28", "1871-01-28")),
    # "когда-то" tells an act before the narrative's time: an open interval that ends where the story is
    ("1 июня 1920 года вспыхнуло восстание. Им руководил Нуру паша, войска которого когда-то освобождали Баку.",
     "освобождали", 0, (None, "1920-06-01")),
    # … only in its own comma phrase: the participle after the comma is of the story's time
    ("1 июня 1920 года вспыхнуло восстание. Им руководил Нуру паша, войска которого когда-то освобождали Баку, "
     "объявивший себя правителем.", "объявивший", 0, ("1920-06-01", "1920-06-01")),
    # what followed a short fight told just before ("после канонады") is of that fight's day
    ("21 февраля 1849 года Гоф дал сражение у Гуджрата. После мощной канонады армия сикхов была разгромлена. "
     "12 марта сикхи сдались.", "разгромлена", 0, ("1849-02-21", "1849-02-21")),
    # a clause told before ", а <date> …" happened before that date, from the reference up to it
    ("Армия осадила Нарву 1 октября 1700 года. Обстрел успеха не принёс, а 19 ноября к городу подошёл король.",
     "Обстрел", 0, ("1700-10-01", "1700-11-19")),
    # "вскоре" runs from the reference to the next date the paragraph names …
    ("29 апреля 1648 года казаки вступили в бой. Вскоре к ним перешли казаки, и 16 мая отряд был уничтожен.",
     "перешли", 0, ("1648-04-29", "1648-05-16")),
    # … not past a paragraph break (then a month on, its default reach)
    ("29 апреля 1648 года казаки вступили в бой. Вскоре к ним перешли казаки.\n\n16 июня отряд был уничтожен.",
     "перешли", 0, ("1648-04-29", "1648-05-29")),
    # the duration right after another verb is that verb's: the surrender keeps its own date
    ("11 декабря 1572 года войска осадили Харлем. Горожане оборонялись семь месяцев и сдались лишь 13 июля 1573 года.",
     "сдались", 0, ("1573-07-13", "1573-07-13")),
    # a date inherited from a pre-1582 one in a text declared Julian is taken as written, like it
    ("Все даты приводятся по юлианскому календарю. 18 августа 1487 года город сдался. Жителей обратили в рабство.",
     "обратили", 0, ("1487-08-18", "1487-08-18")),
    # a term of years agreed is no duration of the signing …
    ("15 января 1582 года было заключено перемирие на десять лет.", "перемирие", 0, ("1582-01-15", "1582-01-15")),
    # … a stretch of months a state lasted is
    ("21 апреля 1914 года порт на семь месяцев был оккупирован.", "оккупирован", 0, ("1914-04-21", "1914-11-21")),
    # "после этого" points back at the reference; it is no phrase X: the duration runs forward
    ("12 июня 1919 года белые заняли город. После этого восстание 20 июня продолжалось три дня.", "восстание", 0,
     ("1919-06-20", "1919-06-23")),
    # "после X" with an uncounted duration: from the reference before the date up to it
    ("В начале июля 1919 года армия перешла в наступление. После нескольких дней боёв 12 июля был взят Царицын.",
     "боёв", 0, ("1919-07-01", "1919-07-12")),
    ("В начале июля 1919 года армия перешла в наступление. После нескольких дней боёв 12 июля был взят Царицын.",
     "взят", 0, ("1919-07-12", "1919-07-12")),
    # "после X" without a duration: the date itself
    ("5 августа 1919 года после артиллерийского обстрела отряд взял станцию.", "обстрела", 0,
     ("1919-08-05", "1919-08-05")),
    # a clause opening "после X" with no date: after the reference, up to the next date
    ("В ночь на 9 мая 1920 года вспыхнул мятеж, а после подавления мятежа каратели сожгли город. "
     "20 мая в город вошли войска.", "сожгли", 0, ("1920-05-09", "1920-05-20")),
    ("В ночь на 9 мая 1920 года вспыхнул мятеж, а после подавления мятежа каратели сожгли город. "
     "20 мая в город вошли войска.", "подавления", 0, ("1920-05-09", "1920-05-20")),
    # ... but the noun inside "после X" is the earlier event, dated by its sentence
    ("В ночь на 9 мая 1920 года вспыхнул мятеж, а после подавления мятежа каратели сожгли город. "
     "20 мая в город вошли войска.", "мятежа", 0, ("1920-05-08", "1920-05-09")),
    # "последовавший за ней": from the date it follows to the end of that month
    ("Поводом стала стычка в Уфе 3 мая 1918 года и последовавший за ней приказ о выводе войск.",
     "приказ", 0, ("1918-05-03", "1918-05-31")),
    # "X и <дата> Y": X happened before Y's date, after the reference
    ("2 марта 1920 года пал Херсон. Правительство отступило к Одессе и в начале апреля эмигрировало.",
     "отступило", 0, ("1920-03-02", "1920-04-10")),
    ("2 марта 1920 года пал Херсон. Правительство отступило к Одессе и в начале апреля эмигрировало.",
     "эмигрировало", 0, ("1920-04-01", "1920-04-10")),
    # a later date in another clause of the sentence, no cue: that date
    ("Наступление провалилось, в войну вступила Румыния, и в июле 1913 года войска вернули город.",
     "вступила", 0, ("1913-07-01", "1913-07-31")),
    # nothing in the sentence: between the reference and the next date the narrative names
    ("12 июня 1919 года белые заняли город. Красные отступили на север. В конце июня начались бои.",
     "отступили", 0, ("1919-06-12", "1919-06-30")),
    # ... unless the next date is more than a year on: the text jumped, the event keeps the reference
    ("12 июня 1919 года белые заняли город. Красные отступили на север. В 1925 году город переименовали.",
     "отступили", 0, ("1919-06-12", "1919-06-12")),
    # ... unless the reference is a month or a season: a stretch of the story already
    ("В апреле 1822 года флот высадил войска. Остров был разграблен. В ночь на 19 июня сожжён корабль.",
     "разграблен", 0, ("1822-04-01", "1822-04-30")),
    # ... or the next date is counted from the reference: the events before it were on its day
    ("15 марта 1848 года в Пеште началось восстание. Толпа двинулась в Буду. Через два дня назначен премьер.",
     "двинулась", 0, ("1848-03-15", "1848-03-15")),
    # "после <a battle>" right after a dated clause of the same sentence: that date
    ("29 сентября 1848 года у Пакозда бана встретили войска; после сражения он запросил перемирия. 6 октября "
     "вспыхнуло восстание.", "запросил", 0, ("1848-09-29", "1848-09-29")),
    # a duration adjective measures its own noun: the truce's three days are not the request's
    ("29 сентября 1848 года бан запросил трёхдневного перемирия.", "запросил", 0, ("1848-09-29", "1848-09-29")),
    # a duration that another verb stands between is that verb's
    ("7 сентября 1901 года Китай обязался выплатить контрибуцию в течение 39 лет и принести извинения "
     "за убийство посланника.", "убийство", 0, ("1901-09-07", "1901-09-07")),
    # a month inside a quoted title is no date of the event
    ("11 апреля 1848 года король утвердил «апрельские законы», отменившие барщину.", "отменившие", 0,
     ("1848-04-11", "1848-04-11")),
    # … except one day, which is that day
    ("4 июля 1868 года армия после обстрела разгромила их за один день.", "разгромила", 0,
     ("1868-07-04", "1868-07-04")),
    # a duration runs forward from the date as "через" counts: 18 April + P2W = 2 May
    ("18 апреля 1919 года началось наступление; за две недели боёв противник был отброшен.",
     "отброшен", 0, ("1919-04-18", "1919-05-02")),
    # a duration before a later date ends at it; "почти месяц" is snapped to whole months
    ("В течение почти месяца шли бои, и 10 октября 1919 года город был взят.", "бои", 0,
     ("1919-09-01", "1919-10-31")),
    # ", пока" ends the clause: the holding ended at the date, the recapture is on it
    ("Отряд удерживал мост около двух недель, пока 9 марта 1920 года его не взяли красные.",
     "удерживал", 0, ("1920-02-24", "1920-03-09")),
    ("Отряд удерживал мост около двух недель, пока 9 марта 1920 года его не взяли красные.",
     "взяли", 0, ("1920-03-09", "1920-03-09")),
    # a "sentence" that is only a date (cut after "гг.") belongs to the next one
    ("В 1905–1907 гг. Крестьяне громили усадьбы по всей губернии.", "громили", 0,
     ("1905-01-01", "1907-12-31")),
    # parts joined by ";" are one sentence for dating
    ("В 72 г. до н. э. армия вошла в страну; Царь, не решившись на бой, бежал в горы.", "бежал", 0,
     ("-0071-01-01", "-0071-12-31")),
]


@pytest.fixture(scope="session")
def analyse(nlp_models):
    from annalist.nlp import analyse as run
    cache: dict[str, Document] = {}

    def get(text: str) -> Document:
        if text not in cache:
            cache[text] = tag(run(Document.from_text(text)))
        return cache[text]
    return get


def _at(text: str, word: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "trigger", "occurrence", "expected"), ROWS,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_time_for_table(analyse, text, trigger, occurrence, expected) -> None:
    doc = analyse(text)
    got = time_for(doc, *_at(text, trigger, occurrence))
    assert got is not None
    assert (got.start_date, got.end_date) == expected
    assert doc.text[got.start:got.end] == got.text


def test_narrative_interval_names_both_ends(analyse) -> None:
    text = next(r[0] for r in ROWS if "В конце июня" in r[0])
    got = time_for(analyse(text), *_at(text, "отступили", 0))
    assert (got.derivation, got.text) == ("inferred", "12 июня 1919 года")
    assert "В конце июня" in got.note


def test_rules_hold_without_analysed_sentences() -> None:
    # razdel's sentences when no analysis stage ran; "после X" and the narrative interval still apply
    text = next(r[0] for r in ROWS if r[1] == "подавления")
    doc = tag(Document.from_text(text))
    got = time_for(doc, *_at(text, "подавления", 0))
    assert (got.start_date, got.end_date) == ("1920-05-09", "1920-05-20")
