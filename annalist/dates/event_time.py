"""``time_for(doc, start, end)``: the date of an event whose trigger is at [start, end).

Policy (docs/dates.md, "time_for"), in order:

1. "после X": a trigger governed by "после" ("после двухдневного штурма") names what came before
   a date; a clause opening with "после X" ("после подавления восстания … разгромлена") is after
   the reference. With a date in the clause, X ends at it (a counted duration is taken back
   from it, else X runs from the reference before it); without one, the narrative interval (5.),
   unless X is a battle after a date of the same sentence ("…; после сражения он запросил"): that date.
2. "последовавший за ним приказ": from the date it follows to the end of that date's month.
3. A date in the trigger's own clause: the nearest before the trigger, else the first after it.
4. A date elsewhere in the sentence: the nearest before the trigger; else the first after it,
   except when the trigger's clause is the first of "X и <дата> Y" (X happened before Y's date:
   from the reference to it).
5. Nothing in the sentence: the narrative interval, from the reference in force at the trigger to
   the end of the next date the text names (narrative order: the event lies between them).
   When that date opens a later paragraph, lies more than a year on, or there is none, the event
   keeps the reference: a paragraph or a jump closes a stretch of the story. So does a reference
   that is a month or a season, and a next date counted from the reference ("Через два дня").

A duration in the trigger's clause ("грабили город три дня", "за две недели боёв") runs forward
from the chosen date, or back from a date that follows the trigger in its sentence ("В течение
почти месяца шли бои, и 10 сентября …"). Arithmetic is that of "через N дней", ISO 8601's
``start/duration``: 28 April + P2W = 12 May (the wider of the two counts the words allow); one
day from a day ("за один день") is that day.
An approximate duration ("почти", "около") of months or years is snapped to whole units.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from razdel import sentenize

from ..model import Document, Span, TimeValue
from .calendar import Day, add, first_day, iso, last_day
from .discourse import Reference, parse_iso, reference_at
from .relative import right_after
from .values import Value, describe

TIMELINE_KEY = "reference_timeline"
# How far on the next date may lie for the narrative interval (5.); further on, the text has jumped.
NARRATIVE_REACH = (1, "Y")
COARSE = ("month", "season", "year", "decade", "century")

_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s|,\s+(?=(?:а|но|однако|и|который|которая|которое|которые|где|когда"
    r"|пока|после\s+чего|тогда\s+как)\b)"
    # (a relative clause opened by a word or two before "который": ", предлогом для которой стала казнь")
    r"|,\s+(?=(?:[а-яё]+\s+){1,2}котор\w+\b)", re.IGNORECASE)
# "отступило к Батуму и в середине марта эмигрировало": a date opening a second predicate.
_AND_DATE = re.compile(r"\s+и\s+(?=\S)", re.IGNORECASE)
# a contrast opening the next clause: what comes before it came before that clause's date
_CONTRAST = re.compile(r",\s+(?:а|но|однако)\b", re.IGNORECASE)
# "после" governing the trigger, with adjectives, approximators and unit words between them
# ("после нескольких дней боёв"); "после этого", "после того как" point back at the reference instead.
_AFTER_GOVERNS = re.compile(r"\bпосле(?:\s+(?:(?!(?:этого|того|чего|всего|сего|этой|той)\b)[\w-]+(?:ого|его|ых|их|ой|ей)"
                            r"|дней|недель|месяцев|лет|суток"
                            r"|дня|недели|месяца|года|почти|около|примерно|приблизительно|более|менее|свыше|чем))*\s+$",
                            re.IGNORECASE)
_AFTER_OPENS = re.compile(r"^\W*(?:(?:а|но|и|однако)\s+)?после\s", re.IGNORECASE)
_FOLLOWS = re.compile(r"\bпоследовавш\w*\s+(?:за\s+\w+\s+)?$", re.IGNORECASE)
# ", и 11 июня прибыл …": the clause before happened before the date that opens the next one
_AND_THEN = re.compile(r",\s+и\s+", re.IGNORECASE)
_APPROXIMATE = re.compile(r"\b(?:почти|около|примерно|приблизительно)\b", re.IGNORECASE)
_SHORT_FIGHT = re.compile(r"\bпосле\s+(?:\w+\s+){0,2}?(?:сражени|бо[яёе]|битв|стычк|атак|штурм|канонад)\w*", re.IGNORECASE)
# a sentence that opens with the fight just told and how it ended: "Атака захлебнулась", "Штурм был отбит"
_FIGHT_ENDS = re.compile(r"\W*(?:Атака|Штурм|Бой|Сражение|Битва|Приступ|Натиск)\s+(?:(?:был[аои]?|не)\s+)?"
                         r"[а-яё]+(?:лся|лась|лось|ла|ло|л|т|та|то|н|на|но)\b")
_DURATION_PART = re.compile(r"(\d+)([YMWD])")
# a "sentence" that is only a date ("В 1919–1920 гг.") was cut at an abbreviation's dot
_ONLY_DATE_LEFT = re.compile(r"^[\s.,;:()]*(?:гг?|вв?)?[\s.,;:()]*$")


# ------------------------------------------------------------------ where the trigger stands

def _raw_sentences(doc: Document) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentences' bounds and starts, computed once per document and kept for the next events
    (razdel's sentences when no analysis stage ran)."""
    source = doc.sentences if doc.sentences else doc.text
    cached = _SENTENCES.get(id(doc))
    if cached is None or cached[0] is not source or (doc.sentences and cached[1] != len(doc.sentences)):
        if len(_SENTENCES) > 16:
            _SENTENCES.clear()
        bounds = [(s.start, s.end) for s in doc.sentences] if doc.sentences else \
            [(s.start, s.stop) for s in sentenize(doc.text)]
        bounds = bounds or [(0, len(doc.text))]
        cached = (source, len(doc.sentences), bounds, [lo for lo, _ in bounds])
        _SENTENCES[id(doc)] = cached
    return cached[2], cached[3]


_SENTENCES: dict[int, tuple[object, int, list[tuple[int, int]], list[int]]] = {}


def _sentence_bounds(doc: Document, start: int) -> tuple[int, int]:
    """The sentence of ``start``, joined with neighbours split off at ';' and with a preceding
    "sentence" that is nothing but a date (a splitter's cut after "гг." or "н. э.")."""
    sentences, starts = _raw_sentences(doc)
    i = max(bisect_right(starts, start) - 1, 0)
    lo, hi = sentences[i]
    j = i
    while j > 0 and (_ends_with_semicolon(doc.text, sentences[j - 1][1])
                     or _only_date(doc, *sentences[j - 1])):
        j -= 1
        lo = sentences[j][0]
    k = i
    while k + 1 < len(sentences) and _ends_with_semicolon(doc.text, sentences[k][1]):
        k += 1
        hi = sentences[k][1]
    return lo, hi


def _ends_with_semicolon(text: str, end: int) -> bool:
    return text[max(end - 8, 0):end].rstrip().endswith(";")


def _only_date(doc: Document, lo: int, hi: int) -> bool:
    inside = [t for t in _times_between(doc, lo, hi) if t.end <= hi]
    if not inside:
        return False
    rest = doc.text[lo:inside[0].start] + "".join(
        doc.text[a.end:b.start] for a, b in zip(inside, inside[1:], strict=False)) + doc.text[inside[-1].end:hi]
    return bool(_ONLY_DATE_LEFT.match(rest))


# A participial phrase set off by commas (", созданного в октябре,"): its own small clause.
_ASIDE = re.compile(r",\s+[\w-]+(?:вш|нн|щ)(?:ий|ая|ое|ие|его|ему|им|ем|ей|ую|их|ими|ого|ому|ым|ом|ой|ые|ых|ыми|ый|ее)"
                    r"\b[^,;:]*(?:,|$)")


def _own_side_of_aside(text: str, sentence: tuple[int, int], start: int, end: int,
                       dated: list[TimeValue]) -> list[TimeValue]:
    """"В ночь на 1 ноября боевые группы ФНО, созданного в октябре, совершили нападения": a date inside
    the participle's phrase dates the participle, the others the rest of the sentence (when there are
    dates on each side; else nothing changes). A phrase right after the word describes the word itself."""
    # (the word's own participle is no aside: "мира, заключённого в Тильзите летом 1807 года")
    asides = [(m.start() + 1, m.end()) for m in _ASIDE.finditer(text[:sentence[1]], *sentence)
              if not (m.start() >= end and not text[end:m.start()].strip())]
    if not asides:
        return dated
    around = next(((a, b) for a, b in asides if a <= start < b), None)
    if around is not None:
        return [t for t in dated if around[0] <= t.start < around[1]] or dated
    # ("Волну террора развязала ОАС, основанная ещё в феврале": a phrase after the word dates
    # only itself, even when the sentence has no other date)
    dated = [t for t in dated if not any(start < a <= t.start < b for a, b in asides)]
    return [t for t in dated if not any(a <= t.start < b for a, b in asides)] or dated


def _clause_bounds(doc: Document, sent: tuple[int, int], start: int,
                   dates: list[TimeValue]) -> tuple[int, int, TimeValue | None]:
    """The clause around ``start`` and, when the clause is the X of "X и <дата> Y", that date."""
    lo, hi = sent
    for m in _CLAUSE_BREAK.finditer(doc.text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= start:
            hi = m.start()
            break
    opening = {t.start: t for t in dates}
    for m in _AND_DATE.finditer(doc.text, start, hi):
        if m.end() in opening:
            return lo, m.start(), opening[m.end()]
    return lo, hi, None


# ------------------------------------------------------------------ values

def _times_between(doc: Document, lo: int, hi: int) -> list[TimeValue]:
    # time_for is called once per event: keep the start offsets of a few documents' times.
    cached = _STARTS.get(id(doc))
    if cached is None or cached[0] is not doc.times or cached[1] != len(doc.times):
        if len(_STARTS) > 16:
            _STARTS.clear()
        cached = (doc.times, len(doc.times), [t.start for t in doc.times])
        _STARTS[id(doc)] = cached
    starts = cached[2]
    return doc.times[bisect_left(starts, lo):bisect_left(starts, hi)]


_STARTS: dict[int, tuple[list[TimeValue], int, list[int]]] = {}


def _value(time: TimeValue) -> Value:
    return Value(parse_iso(time.start_date), parse_iso(time.end_date), time.edtf or "", time.precision or "")


def _resolved(t: TimeValue) -> bool:
    return t.kind in ("date", "vague") and bool(t.start_date and t.end_date)


def _span_of(anchor: TimeValue | Reference | None) -> Span | None:
    if isinstance(anchor, Reference):
        return anchor.span
    return Span(anchor.start, anchor.end, anchor.text) if anchor is not None else None


def _made(value: Value, shown: TimeValue | Reference | None, anchor: TimeValue | Reference | None,
          derivation: str, note: str | None, duration: TimeValue | None = None) -> TimeValue:
    """A TimeValue for a computed or inferred date; its span is the expression ``shown``."""
    span = _span_of(shown)
    if duration is not None:
        span = Span(duration.start, duration.end, duration.text)
    if span is None and isinstance(shown, Reference):
        note = (note + "; " if note else "") + f"inferred from an earlier block: {shown.text!r}"
    return TimeValue(span.start if span else 0, span.end if span else 0, span.text if span else "",
                     kind="date", edtf=value.edtf, start_date=iso(value.start), end_date=iso(value.end),
                     precision=value.precision, derivation=derivation, anchor=_span_of(anchor),
                     duration=duration.duration if duration is not None else None, note=note)


def _moved(day: Day, duration: str, sign: int) -> Day | None:
    parts = _DURATION_PART.findall(duration or "")
    if not parts or not duration.startswith("P") or "T" in duration:
        return None
    for amount, unit in parts:
        day = add(day, sign * int(amount), unit)
    return day


def _lasting(date: Value, duration: TimeValue, backwards: bool) -> Value | None:
    """The interval of an event lasting ``duration`` from ``date`` (or up to it, ``backwards``)."""
    if duration.duration == "P1D" and date.start == date.end:
        return date       # "4 июля … разгромила их за один день": within that day, not up to the next
    if not backwards and date.start != date.end:
        reach = _moved(date.start, duration.duration, +1)
        if reach is not None and add(reach, -1, "D") <= date.end:
            return date   # "20–21 марта … двое суток бился": the dates told already span the duration
    if backwards:
        start, end = _moved(date.start, duration.duration, -1), date.end
    else:
        start, end = date.start, _moved(date.start, duration.duration, +1)
    if start is None or end is None:
        return None
    end = max(end, date.end)
    if _APPROXIMATE.search(duration.text) and duration.duration[-1] in "MY":
        whole_years = duration.duration[-1] == "Y" and "M" not in duration.duration[1:]
        start = first_day(start[0]) if whole_years else first_day(start[0], start[1])
        end = last_day(end[0]) if whole_years else last_day(end[0], end[1])
    return describe(start, end)


# ------------------------------------------------------------------ the rules

def _narrative(doc: Document, start: int, sentence_end: int, ref: Reference) -> TimeValue:
    """Rule 5: from the reference to the end of the next date the text names in the same paragraph,
    when it lies within a year. A paragraph break before the next date, no next date, or a jump of
    more than a year leaves the event at the reference."""
    base = ref.gregorian()
    following = next((t for t in _times_between(doc, sentence_end, len(doc.text) + 1)
                      if t.kind == "date" and t.start_date and t.end_date), None)
    # A month or a season is a stretch of the story already ("В апреле 1822 года … В ночь на
    # 19 июня"), and a next date counted from the reference ("Через два дня") says the events
    # before it were still on the reference's day: both keep the reference.
    coarse = ref.value.precision in COARSE
    counted = following is not None and following.derivation == "computed"
    if following is not None and not (coarse or counted) and "\n" not in doc.text[sentence_end:following.start]:
        upto = _value(following)
        if base.start <= upto.end <= add(base.end, *NARRATIVE_REACH):
            return _made(describe(base.start, max(upto.end, base.end)), ref, ref, "inferred",
                         f"between {ref.text!r} and {following.text!r} in the narrative")
    return _made(base, ref, ref, "inferred", f"the narrative's time at {ref.text!r}")


def _before_date(doc: Document, date: TimeValue, durations: list[TimeValue], from_reference: bool) -> TimeValue:
    """X that ended at ``date``: a counted duration back from it; with an uncounted one ("после
    нескольких дней боёв") or ``from_reference``, from the reference before it; else the date."""
    for duration in durations:
        value = _lasting(_value(date), duration, backwards=True)
        if value is not None:
            return _made(value, date, date, "computed", f"{duration.duration} up to {date.text!r}", duration)
    if not (durations or from_reference):
        return date
    ref = reference_at(doc.context.get(TIMELINE_KEY, []), date.start, doc.text)
    if ref is None or ref.gregorian().start > _value(date).start:
        return date
    return _made(describe(ref.gregorian().start, _value(date).end), ref, ref, "inferred",
                 f"from {ref.text!r} up to {date.text!r}")


# "когда-то", "некогда": an act told as long past, before the narrative's time
_ONCE = re.compile(r"(?<!\w)(?:когда-то|некогда)(?!\w)", re.IGNORECASE)


def _before_story(ref: Reference) -> TimeValue:
    """An open interval that ends where the narrative's time starts: when, the text does not say."""
    end = ref.gregorian().start
    return TimeValue(0, 0, "", kind="date", edtf=f"../{iso(end)}", start_date=None, end_date=iso(end),
                     precision="interval", derivation="inferred", anchor=_span_of(ref),
                     note=f"told as before the narrative's time at {ref.text!r}")


def _forward(date: TimeValue | Reference, durations: list[TimeValue]) -> TimeValue | None:
    base = date.gregorian() if isinstance(date, Reference) else _value(date)
    for duration in durations:
        value = _lasting(base, duration, backwards=False)
        if value is not None:
            return _made(value, date, date, "computed", f"from {date.text!r} for {duration.duration}", duration)
    return None


# "в Семилетней войне", "Тридцатилетней войны": a war named by its length (one word, an adjective),
# not a measure of the event ("за полтора года война унесла" is one)
_NAMED_WAR = re.compile(r"\s+войн")


def time_for(doc: Document, start: int, end: int) -> TimeValue | None:
    """The date of an event whose trigger is at [start, end); None when nothing in the text dates it."""
    sentence = _sentence_bounds(doc, start)
    nearby = _times_between(doc, *sentence)
    # a month inside a quoted title («апрельские законы») names the title, not when things happened
    dated = [t for t in nearby if _resolved(t) and not _quoted(doc.text, sentence[0], t.start)]
    dated = _own_side_of_aside(doc.text, sentence, start, end, dated)
    lo, hi, and_date = _clause_bounds(doc, sentence, start, dated)
    # "перемирие на десять лет", "сослан на пять лет": a term of years agreed or imposed, not how long
    # the act took ("на семь месяцев был оккупирован" is how long the occupation lasted)
    durations = [t for t in nearby if t.kind == "duration" and lo <= t.start < hi
                 and _measures_event(doc.text, t, start) and not _verb_between(doc, t, start)
                 and not (t.text.lower().startswith("на ") and "Y" in (t.duration or ""))
                 and not (" " not in t.text.strip() and _NAMED_WAR.match(doc.text, t.end))]
    in_clause = [t for t in dated if lo <= t.start < hi]
    ref = reference_at(doc.context.get(TIMELINE_KEY, []), start, doc.text)
    before = doc.text[lo:start]
    if _ONCE.search(before.rsplit(",", 1)[-1]) and not in_clause and ref is not None:
        # "войска которого когда-то освобождали Баку": some time before the story's, no later
        return _before_story(ref)

    governed = _AFTER_GOVERNS.search(before)
    if governed or (_AFTER_OPENS.match(before) and _is_verb(doc, start)):     # rule 1
        if in_clause and governed:
            own = [d for d in durations if d.start >= lo + governed.start()]
            return _before_date(doc, in_clause[0], own, from_reference=False)
        earlier = [t for t in dated if t.end <= start]
        if not in_clause and earlier and _SHORT_FIGHT.search(doc.text[lo:start + 30]):
            # "На следующий день … бана встретили войска; после сражения он запросил перемирия":
            # what followed the sentence's own battle is dated by that sentence (a suppression or a
            # siege after it takes the narrative interval instead)
            return _forward(earlier[-1], durations) or earlier[-1]
        if not in_clause and not earlier and ref is not None and ref.value.precision == "day" \
                and _SHORT_FIGHT.search(doc.text[lo:start + 30]) and not durations:
            # "21 февраля дал решающее сражение … После мощной канонады армия была разгромлена":
            # what followed a short fight told at once is of the reference's day
            return _made(ref.gregorian(), ref, ref, "inferred", f"right after a fight on {ref.text!r}")
        if not in_clause and ref is not None:
            return _forward(ref, durations) or _narrative(doc, start, sentence[1], ref)
    # a duration inside another "после X" phrase is X's ("после двухдневного штурма, крепость пала")
    durations = [d for d in durations if not _AFTER_GOVERNS.search(doc.text[lo:d.start])]
    if _FOLLOWS.search(before):                                              # rule 2
        earlier = [t for t in in_clause if t.end <= start]
        base = earlier[-1] if earlier else ref
        if base is not None:
            value = right_after(base.gregorian() if isinstance(base, Reference) else _value(base))
            return _made(value, base, base, "inferred", f"following {base.text!r}")
    if in_clause:                                                            # rule 3
        chosen = _nearest(in_clause, start)
        return _forward(chosen, durations) or chosen
    earlier = [t for t in dated if t.end <= start]
    if earlier:                                                              # rule 4
        return _forward(earlier[-1], durations) or earlier[-1]
    if dated:
        if and_date is not None:
            return _before_date(doc, and_date, durations, from_reference=True)
        later = dated[0]
        and_then = _AND_THEN.match(doc.text, hi)
        # (", и в июле …": a month may hold the clause before it as well)
        and_then = and_then and and_then.end() == later.start and _value(later).precision == "day"
        if later.start >= hi and (_CONTRAST.match(doc.text, hi) or and_then):
            if later.derivation == "computed" and ref is not None and not durations:
                # "У Бишофсбурга был разбит корпус, а на следующий день …": a day counted from the
                # narrative's time leaves the clause before it at that time
                return _made(ref.gregorian(), ref, ref, "inferred", f"the narrative's time at {ref.text!r}")
            # "Обстрел успеха не принёс, а 19 ноября к городу подошёл…": the clause told before the
            # contrast happened before its date, from the reference up to it
            return _before_date(doc, later, durations, from_reference=True)
        for duration in durations:
            value = _lasting(_value(later), duration, backwards=True)
            if value is not None:
                return _made(value, later, later, "computed", f"{duration.duration} up to {later.text!r}",
                             duration)
        return later
    if ref is None:
        return None
    if ref.value.precision == "day" and not durations and _FIGHT_ENDS.match(doc.text, sentence[0]):
        # "8 января … пошли на штурм укреплений. Атака захлебнулась: …": how the fight just told ended
        return _made(ref.gregorian(), ref, ref, "inferred", f"the end of the fight told on {ref.text!r}")
    return _forward(ref, durations) or _narrative(doc, start, sentence[1], ref)   # rule 5


# verbs that say how long the event itself went on ("шли бои", "восстание продолжалось три дня")
_LASTING_VERBS = {"идти", "продолжаться", "длиться", "продлиться", "тянуться", "растянуться", "вестись"}


def _verb_between(doc: Document, duration: TimeValue, start: int) -> bool:
    """"выплатить контрибуцию в течение 39 лет, … принести извинения за убийство": another verb
    between the duration and the trigger has the duration, not the trigger."""
    if not doc.sentences:
        return False
    lo, hi = (duration.end, start) if duration.end <= start else (start + 1, duration.start)
    i = bisect_right(_raw_sentences(doc)[1], start) - 1
    if i < 0 or i >= len(doc.sentences):
        return False
    tokens = doc.sentences[i].tokens

    def other_verb(t) -> bool:
        return t.start != start and t.pos == "VERB" and t.feats.get("VerbForm") in ("Inf", "Fin") \
            and (t.lemma or "").replace("ё", "е") not in _LASTING_VERBS

    # "оборонялись семь месяцев и сдались 13 июля": the verb just before the duration has it
    just_before = [t for t in tokens if t.end <= duration.start][-1:]
    return any(lo <= t.start < hi and other_verb(t) for t in tokens) or any(other_verb(t) for t in just_before)


def _quoted(text: str, lo: int, at: int) -> bool:
    before = text[lo:at]
    return before.count("«") > before.count("»")


# "трёхдневного перемирия": an adjective of duration measures its own noun; it dates the event only
# when that noun is the trigger or the fighting ("после двухдневного штурма", "трёхдневные бои").
_DURATION_ADJECTIVE = re.compile(r"(?:ого|его|ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|ом|ем)$")
_FIGHTING = re.compile(r"(?:бо[йёеия]|боев|штурм|осад|сражен|битв|резн|обстрел|погром|грабеж|грабёж|наступлен|оборон)",
                       re.IGNORECASE)


def _measures_event(text: str, duration: TimeValue, trigger_start: int) -> bool:
    if not _DURATION_ADJECTIVE.search(duration.text):
        return True
    rest = text[duration.end:duration.end + 40]
    gap = len(rest) - len(rest.lstrip())
    if duration.end + gap == trigger_start:
        return True
    noun = rest.split()[0] if rest.split() else ""
    return bool(_FIGHTING.match(noun))


def _is_verb(doc: Document, start: int) -> bool:
    """Whether the trigger is a verb or participle (the predicate after "после X"), not X itself."""
    if not doc.sentences:
        return True
    i = bisect_right(_raw_sentences(doc)[1], start) - 1
    token = next((t for t in doc.sentences[i].tokens if t.start == start), None) if i >= 0 else None
    return token is None or token.pos in ("VERB", "AUX")


def _nearest(times: list[TimeValue], start: int) -> TimeValue:
    before = [t for t in times if t.end <= start]
    return before[-1] if before else times[0]


# Words that end a siege, told after the later date: surrender, capitulation, lifting, a fall.
_SIEGE_ENDS = re.compile(r"\b(?:сда|капитулир|снят|сняли|снял|пал[аио]?\b|взят|взял)", re.IGNORECASE)


def lasting_time_for(doc: Document, start: int, end: int) -> TimeValue | None:
    """The date of a lasting event (a siege) whose end the sentence dates after it: "осадили Карлайл
    и 15 ноября вынудили его сдаться", "осада … 3 апреля была снята" run from the siege's own date
    (or the reference, when the only date is the end's) up to that later date."""
    own = time_for(doc, start, end)
    sentence = _sentence_bounds(doc, start)
    later = [t for t in _times_between(doc, end, sentence[1]) if _resolved(t) and t.kind == "date"]
    # (the end is told in a clause of its own: "осаждённый с 21 августа" is when the siege began)
    if not later or not _SIEGE_ENDS.search(doc.text, later[0].end, sentence[1]) \
            or not re.search(r"[,;:]|\sи\s", doc.text[end:later[0].start]):
        return own
    until = later[0]
    if own is None or own.start == until.start:
        ref = reference_at(doc.context.get(TIMELINE_KEY, []), start, doc.text)
        if ref is None:
            return own
        begin, shown = ref.gregorian().start, ref
    else:
        begin, shown = _value(own).start, own
    if begin > _value(until).start:
        return own
    return _made(describe(begin, _value(until).end), shown, shown, "inferred",
                 f"from {shown.text!r} up to {until.text!r}")


__all__ = ["lasting_time_for", "time_for"]
