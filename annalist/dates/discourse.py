"""The narrative's reference time: partial and relative expressions are resolved against it.

Policy (see docs/dates.md):
- every resolved date ("25 мая 1920 года", "31 мая", "на следующий день") becomes the new reference
  time, in text order; durations, sets, deictic words ("сегодня"), vague words ("вскоре",
  "теперь") and New Style restatements ("(26 июля по новому стилю)") do not;
- a partial expression ("31 мая", "в июне") takes its year from the reference (derivation
  ``anchored``), a relative one ("через девять дней") is computed from it (``computed``);
- deictic words are resolved against the document's own date (metadata) and never the reference;
- with no reference at all, partial expressions fall back to the document's year, else stay
  unresolved (EDTF with X digits, no bounds). Today's date is never used.
- Old Style: a text may say once that its dates are Old Style ("Даты даны по старому стилю"): then
  every date before February 1918 is converted to Gregorian;
  otherwise a date marked "по старому стилю"/"ст. ст." is converted to Gregorian; unmarked dates
  anchored to or computed from an Old Style reference inherit its calendar (the narrative's
  convention) until a date with its own year and no marker appears. The reference is kept in the
  text's own calendar, so "в середине месяца" after an Old Style August is the Julian 11–20 August.

The reference is carried across blocks of one long document in ``context["reference_time"]`` as
a plain dict, so the context stays JSON-serialisable.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Span, TimeValue
from .calendar import add_days, days_between, iso, julian_to_gregorian
from .normalise import read
from .reading import Reading
from .recognise import Match
from .relative import document_value
from .values import Value, describe, shift, widen

CONTEXT_KEY = "reference_time"
DEICTIC_NOTE = "deictic: resolved against the document's own date"
# Russia moved to the Gregorian calendar on 1 (14) February 1918: unmarked dates after it are New Style.
GREGORIAN_SINCE_JULIAN = (1918, 2, 1)
GREGORIAN_REFORM = (1582, 10, 15)
# "по старому стилю", "по старому (юлианскому) стилю", "по старому, юлианскому, стилю", "по юлианскому календарю"
OLD_STYLE_DECLARED = re.compile(r"\bдат[а-яё]*\b[^.!?\n]{0,80}?по\s+(?:старому(?:\s*[(,]\s*юлианскому\s*[),])?\s+стилю"
                                r"|юлианскому\s+(?:календарю|стилю))", re.IGNORECASE)
_CONVERTIBLE = ("day", "month", "interval")
# Julian and Gregorian differ by under two weeks: worth converting for days, months and spans of a
# few months ("с 13 июня по 13 июля"); a year, a season or "к концу 1826 года" is left as written.
_CONVERTIBLE_DAYS = 93
_NEXT_UNIT = {"day": "D", "month": "M", "year": "Y"}


def convertible(value: Value) -> bool:
    if value.precision not in _CONVERTIBLE:
        return False
    return value.precision != "interval" or days_between(value.start, value.end) <= _CONVERTIBLE_DAYS


@dataclass(slots=True)
class Reference:
    value: Value               # in the text's own calendar (Julian when ``julian``)
    span: Span | None          # the expression it comes from, None when from an earlier block
    text: str = ""
    julian: bool = False

    def gregorian(self) -> Value:
        # before the Gregorian reform a Julian date is taken as written (see resolve_matches)
        converts = self.julian and convertible(self.value) and self.value.start >= GREGORIAN_REFORM
        return to_gregorian(self.value)[0] if converts else self.value

    def to_context(self) -> dict:
        return {"start": iso(self.value.start), "end": iso(self.value.end), "edtf": self.value.edtf,
                "precision": self.value.precision, "text": self.text, "julian": self.julian}

    @classmethod
    def from_context(cls, data: dict | None) -> Reference | None:
        if not data or not data.get("start") or not data.get("end"):
            return None
        value = Value(parse_iso(data["start"]), parse_iso(data["end"]), data.get("edtf") or "",
                      data.get("precision") or "interval")
        return cls(value, None, data.get("text") or "", bool(data.get("julian")))


def to_gregorian(value: Value) -> tuple[Value, str]:
    """A Julian value → Gregorian bounds; the precision the text gave is kept ("В августе" stays a month)."""
    converted = describe(julian_to_gregorian(value.start), julian_to_gregorian(value.end))
    note = f"converted from Old Style (Julian) {value.edtf} to Gregorian {converted.edtf}"
    return Value(converted.start, converted.end, converted.edtf, value.precision), note


def declares_old_style(text: str) -> bool:
    """Whether the text says once for all that its dates are Old Style: "Даты даны по старому
    стилю", "все даты до 1918 г. приводятся по юлианскому календарю"."""
    return OLD_STYLE_DECLARED.search(text) is not None


def _is_julian(reading: Reading, derivation: str, reference: Reference | None, old_style: bool = False) -> bool:
    if reading.style is not None:
        return reading.style == "julian"
    if old_style:
        return True          # the text's own convention; dates after January 1918 stay as they are
    if reading.own_year or derivation == "explicit" or reference is None:
        return False
    return reference.julian


def parse_iso(text: str) -> tuple[int, int, int]:
    sign = -1 if text.startswith("-") else 1
    y, m, d = text.lstrip("-").split("-")
    return sign * int(y), int(m), int(d)


def _finish(value: Value, reading: Reading) -> tuple[str, str | None, str | None, str]:
    """EDTF, start, end and precision once the preposition and qualifiers are applied."""
    if reading.approximate:
        # "около 387 года": ±2 years (±2 units of the value's own precision for months and days)
        unit = {"year": "Y", "month": "M", "day": "D"}.get(value.precision)
        value = widen(value, 2, unit).approximate() if unit else value.approximate()
    if reading.open == "later" and value.precision in _NEXT_UNIT:
        value = shift(value, 1, _NEXT_UNIT[value.precision])
    if reading.open in ("after", "later"):      # an interval value opens from its own start
        return f"{value.edtf.split('/')[0]}/..", iso(value.start), None, "interval"
    if reading.open == "before":
        return f"../{value.edtf.split('/')[-1]}", None, iso(value.end), "interval"
    if reading.open == "night" and value.precision == "day":
        night = describe(add_days(value.start, -1), value.start)
        return night.edtf, iso(night.start), iso(night.end), "day"
    return value.edtf, iso(value.start), iso(value.end), value.precision


def resolve_matches(matches: list[Match], reference: Reference | None, metadata: dict, old_style: bool = False,
                    text: str | None = None) -> tuple[list[TimeValue], list[tuple[int, Reference]]]:
    """TimeValues for the matches, in order, and the timeline: (offset, reference from there on).
    ``old_style``: the text declares its dates Old Style, so unmarked ones before February 1918 are.
    ``text``: the block itself, to end "вскоре" at the next date of its paragraph."""
    document = document_value(metadata)
    times: list[TimeValue] = []
    soon: list[TimeValue] = []
    timeline: list[tuple[int, Reference]] = [(0, reference)] if reference else []
    for match in matches:
        reading = read(match)
        if reading is None:
            continue
        value, derivation, anchor, note = reading.value, "explicit", None, reading.note
        if reading.resolve is not None:
            base = reference.value if reading.base == "reference" and reference else None
            if base is not None:
                resolved = reading.resolve(base)
                if resolved is not None:
                    value, derivation = resolved, reading.derivation
                    # (an explicit date that only chose its reading by the story, "зимой 1809 года", has no anchor)
                    anchor = reference.span if derivation != "explicit" else None
                    if derivation == "anchored" and text is not None and match.rule in BARE_MONTH_RULES:
                        value = _forward_in_paragraph(value, reference, match, text)
            elif value is None and document is not None:
                value = reading.resolve(document)
                if value is not None:
                    derivation = reading.derivation
                    note = DEICTIC_NOTE if reading.base == "document" else \
                        "anchored to the document's own date: no earlier date in the text"
        tv = TimeValue(match.start, match.end, match.text, kind=reading.kind, derivation=derivation,
                       anchor=anchor, duration=reading.duration, note=note)
        if value is not None:
            julian = _is_julian(reading, derivation, reference, old_style)
            shown = value
            # a season and its parts ("В начале лета 1708 года") are left as written, like the season
            # before the Gregorian reform (15 October 1582) a Julian date is the date historians quote:
            # taken as written, even where the text says its dates are Julian
            if julian and convertible(value) and match.rule != "season" and value.start >= GREGORIAN_REFORM and (
                    reading.style == "julian" or value.start < GREGORIAN_SINCE_JULIAN):
                shown, tv.note = to_gregorian(value)
            tv.edtf, tv.start_date, tv.end_date, tv.precision = _finish(shown, reading)
            # a restatement in the other calendar ("(26 июля по новому стилю)", "(по старому стилю —
            # 11 января)") repeats the date told: it does not move the narrative
            if reading.moves_reference and reading.base == "reference" and reading.style != "gregorian" \
                    and not match.groups.get("twin") and not _background(value, reference, match, text):
                reference = Reference(value, Span(match.start, match.end, match.text), match.text, julian)
                timeline.append((match.end, reference))
        elif reading.partial:
            tv.edtf = reading.partial
        times.append(tv)
        if match.op in {("soon",), ("following_days",)} and tv.start_date:
            soon.append(tv)
    if text is not None:
        for tv in soon:
            _soon_until_next(tv, times, text)
    return times, timeline


# Inside one paragraph the story moves forward: a bare month up to four months further ahead than
# behind is the later one ("26 марта 1913 … 1 октября" is October 1913, "10 февраля 1896 года … 21
# октября" October 1896); one much nearer behind is a look back ("Бои кончились в конце октября 1916
# года. Генерал, назначенный 22 июля, …"). A new paragraph may go back to another front
# ("10 декабря 1877. ¶ В конце августа"), so there the nearest month wins, as year_for_month chose.
FORWARD_BIAS_MONTHS = 4
BARE_MONTH_RULES = {"date", "month", "day_range", "month_range", "date_range"}


def _forward_in_paragraph(value: Value, reference: Reference, match: Match, text: str) -> Value:
    if reference.span is None or not _same_paragraph(text, reference.span.end, match.start) \
            or value.end >= reference.value.start:
        return value
    if _ALREADY.search(text, max(0, match.start - 12), match.start) is not None:
        return value      # "Ещё 15 марта съезд высказался …": "ещё" looks back, not a year ahead
    if _PARTICIPLE_OPENING.search(text, max(0, match.start - 80), match.start) is not None:
        return value      # "Осаждённый с конца мая Чанчунь капитулировал": a participle's time looks back
    later = shift(value, 1, "Y")
    back = _months(reference.value.start) - _months(value.end)
    forward = _months(later.start) - _months(reference.value.end)
    return later if forward - FORWARD_BIAS_MONTHS <= back else value


_ALREADY = re.compile(r"\bещ[её]\s+(?:в\s+)?$", re.IGNORECASE)


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _months(day: tuple[int, int, int]) -> int:
    return day[0] * 12 + day[1]


# "6 октября пала Адуа, под которой в 1896 году итальянцы потерпели поражение, а 15 октября …": a
# relative clause about a place or a person that goes back in time is background; the story's time
# stays where it was.
# (a person's initials inside the clause are no full stop: "казнь миссионера О. Шапделена в Гуанси")
_CLAUSE_TAIL = r"(?:[^,;:.]|\b[А-ЯЁ]\.)*"
_RELATIVE_OPENING = re.compile(rf",\s*(?:[а-яё]+\s+){{0,2}}?(?:котор\w+|где|когда)\b{_CLAUSE_TAIL}$", re.IGNORECASE)


# "тайным договором 1873 года", "по конституции 1812 года": a year that names a document
_DOCUMENT_BEFORE = re.compile(r"(?:договор|соглашени|конвенци|мир|трактат|закон|конституци|указ|манифест|декрет|"
                              r"протокол|перемири|уни[яиюей]|устав|хартия|хартии)\w*\s+$", re.IGNORECASE)


# "Прозоровский, назначенный главнокомандующим ещё в 1808 году, 2 мая бросил войска …": a
# participial phrase, or "ещё", going back in time is background too.
_PARTICIPLE = r"[а-яё]+(?:нн|вш|енн|т)(?:ый|ая|ое|ые|ого|ой|ых|ым|ыми|ую)\b"
# (so does one opening the sentence: "Осаждённый с конца мая Чанчунь капитулировал 19 октября")
_PARTICIPLE_OPENING = re.compile(rf"(?:,|^|[.!?]\s|\n)\s*{_PARTICIPLE}{_CLAUSE_TAIL}$", re.IGNORECASE)
# ("бывший император, годом ранее сосланный на Эльбу, …": the participle right after the date, in an
# aside opened by a comma, makes it the aside's time too)
_PARTICIPLE_NEXT = re.compile(rf"\s+{_PARTICIPLE}", re.IGNORECASE)
# ("Ещё в декабре 1920 года … был подписан договор" opening a sentence tells the story from there on)
_STILL_EARLIER = re.compile(r",[^,;:.]*\bещ[её]\s+(?:\w+\s+)?$", re.IGNORECASE)


def _background(value: Value, reference: Reference | None, match: Match, text: str | None) -> bool:
    """A date that goes back in time inside a relative clause or a participial phrase, after "ещё",
    or naming a document, leaves the story's time."""
    if text is None or reference is None or value.end >= reference.value.start:
        return False
    return _RELATIVE_OPENING.search(text, max(0, match.start - 80), match.start) is not None \
        or _PARTICIPLE_OPENING.search(text, max(0, match.start - 80), match.start) is not None \
        or _PARTICIPLE_NEXT.match(text, match.end) is not None and text[max(0, match.start - 2):match.start].strip() == "," \
        or _STILL_EARLIER.search(text, max(0, match.start - 20), match.start) is not None \
        or _DOCUMENT_BEFORE.search(text, max(0, match.start - 40), match.start) is not None


def _soon_until_next(soon: TimeValue, times: list[TimeValue], text: str) -> None:
    """"вскоре русская армия осадила Нарву … а 19 ноября": "soon" runs from the reference to the
    next date the paragraph names, when that date lies within a year (else its default reach)."""
    following = next((t for t in times if t.start >= soon.end and t.kind == "date" and t.end_date), None)
    if following is None or not _same_paragraph(text, soon.end, following.start):
        return
    start, end = parse_iso(soon.start_date), parse_iso(following.end_date)
    if not start <= end <= (start[0] + 1, start[1], start[2]):
        return
    value = describe(start, end)
    soon.edtf, soon.end_date, soon.precision = value.edtf + "~", iso(end), value.precision
    soon.note = f"from the reference to the next date the text names, {following.text!r}"


def timeline_to_context(timeline: list[tuple[int, Reference]]) -> list[dict]:
    out = []
    for at, ref in timeline:
        row = {"at": at, **ref.to_context()}
        if ref.span is not None:
            row["span"] = [ref.span.start, ref.span.end]
        out.append(row)
    return out


def reference_at(rows: list[dict], offset: int, text: str) -> Reference | None:
    """The reference in force at ``offset``, from the timeline stored in the document's context."""
    i = bisect_right([row["at"] for row in rows], offset)
    if i == 0:
        return None
    found = rows[i - 1]
    ref = Reference.from_context(found)
    if ref is not None and found.get("span"):
        s, e = found["span"]
        ref.span = Span(s, e, text[s:e])
    return ref
