"""Match → Reading: dispatch on the rule that found the expression, then apply the preposition.

The preposition is part of the span (NEREL convention) and of the meaning: "с 1921 года" opens
an interval (1921/..), "до 1921 года" closes one (../1921), "около 1921 года" is approximate.
"""
from __future__ import annotations

from . import explicit, relative
from .reading import Reading
from .recognise import Match

READERS = {
    "dual": explicit.read_dual,
    "date_range": explicit.read_date_range,
    "day_range": explicit.read_day_range,
    "month_range": explicit.read_month_range,
    "year_range": explicit.read_year_range,
    "date": explicit.read_date,
    "numeric": explicit.read_numeric,
    "iso": explicit.read_numeric,
    "month": explicit.read_month,
    "month_adj": explicit.read_month_adj,
    "season": explicit.read_season,
    "decade": explicit.read_decade,
    "decade_word": explicit.read_decade,
    "century": explicit.read_century,
    "year": explicit.read_year,
    "year_suffix": explicit.read_year,
    "bare_year": explicit.read_year,
    "tag_year": explicit.read_year,
    "annal": explicit.read_annal,
    "feast": explicit.read_feast,
    "part_rel": relative.read_part_rel,
    "shift": relative.read_shift,
    "half_shift": relative.read_half_shift,
    "duration": relative.read_duration,
    "duration_bare": relative.read_duration_bare,
    "duration_adj": relative.read_duration_adj,
    "duration_digit_adj": relative.read_duration_digit_adj,
    "set": relative.read_set,
    "weekday": relative.read_weekday,
}

# Rules whose leading preposition turns a point into an open interval.
_POINT_RULES = {"date", "numeric", "month", "season", "decade", "decade_word", "century", "year",
                "year_suffix", "bare_year"}
# "с 25 мая" and "к осени" keep the point value: the gold convention reads them as the date itself.
_AFTER = ("не ранее", "после")
_BEFORE = ("до", "вплоть до", "не позднее", "не позже")
_APPROX = ("около", "примерно в")


def _prep(match: Match) -> str:
    return " ".join((match.groups.get("prep") or "").lower().split())


def read(match: Match) -> Reading | None:
    """What the expression says on its own (value, or how to resolve it against a reference)."""
    if match.rule == "phrase":
        return relative.read_phrase(match.op)
    reading = READERS[match.rule](match.groups)
    if reading is None:
        return None
    prep = _prep(match)
    if match.rule in _POINT_RULES:
        if prep in _AFTER:
            reading.open = "after" if prep == "не ранее" else "later"   # "после 1921 года" starts in 1922
        elif prep in _BEFORE:
            reading.open = "before"
        elif prep in _APPROX:
            reading.approximate = True
        elif prep == "в ночь на":
            reading.open = "night"
    return reading
