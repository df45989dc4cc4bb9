"""Calendar values: an interval of days plus the EDTF string and precision that name it.

A ``Value`` is what a temporal expression means once resolved. Its EDTF string is always
derived from the bounds by ``describe`` (or given by a constructor that knows better, such as a
season), so arithmetic on bounds (anchoring, shifting, "вскоре") yields consistent EDTF.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .calendar import Day, add, add_days, first_day, iso, iso_year, last_day, month_length, to_jdn
from .tables import SEASON_MONTHS


@dataclass(frozen=True, slots=True)
class Value:
    start: Day
    end: Day
    edtf: str
    precision: str          # day | month | season | year | decade | century | interval

    @property
    def start_iso(self) -> str:
        return iso(self.start)

    @property
    def end_iso(self) -> str:
        return iso(self.end)

    def approximate(self) -> Value:
        """The same value marked approximate (``~``) on each side."""
        if self.edtf.endswith("~"):
            return self
        if "/" in self.edtf:
            a, b = self.edtf.split("/")
            return replace(self, edtf=f"{a.rstrip('~')}~/{b.rstrip('~')}~")
        return replace(self, edtf=self.edtf + "~")


def _is_month_start(day: Day) -> bool:
    return day[2] == 1


def _is_month_end(day: Day) -> bool:
    return day[2] == month_length(day[0], day[1])


def _edtf_day(day: Day, unit: str) -> str:
    """One endpoint written at day, month or year granularity."""
    if unit == "year":
        return iso_year(day[0])
    if unit == "month":
        return iso(day)[:-3]
    return iso(day)


def describe(start: Day, end: Day) -> Value:
    """The tightest EDTF that covers exactly [start, end] and its precision."""
    if start == end:
        return Value(start, end, iso(start), "day")
    whole_months = _is_month_start(start) and _is_month_end(end)
    if whole_months and start[:2] == end[:2]:
        return Value(start, end, iso(start)[:-3], "month")
    whole_years = whole_months and start[1] == 1 and end[1] == 12
    if whole_years and start[0] == end[0]:
        return Value(start, end, iso_year(start[0]), "year")
    if whole_years and start[0] >= 0 and start[0] % 10 == 0 and end[0] == start[0] + 9:
        return Value(start, end, iso_year(start[0])[:-1] + "X", "decade")
    if whole_years and start[0] >= 0 and start[0] % 100 == 0 and end[0] == start[0] + 99:
        return Value(start, end, iso_year(start[0])[:-2] + "XX", "century")
    unit = "year" if whole_years else "month" if whole_months else "day"
    return Value(start, end, f"{_edtf_day(start, unit)}/{_edtf_day(end, unit)}", "interval")


def day(year: int, month: int, dom: int) -> Value:
    return describe((year, month, dom), (year, month, dom))


def month(year: int, month_: int) -> Value:
    return describe(first_day(year, month_), last_day(year, month_))


def year(year_: int) -> Value:
    return describe(first_day(year_), last_day(year_))


def years(first: int, last: int) -> Value:
    return describe(first_day(first), last_day(last))


def decade(first_year: int) -> Value:
    return years(first_year, first_year + 9)


def century(number: int, bce: bool = False) -> Value:
    """The n-th century as historians count it: XIX → 1801–1900 ("1801/1900"); BCE: I в. до н. э. =
    100–1 BCE = astronomical -0099/0000. (EDTF's "18XX" would be 1800–1899, one year off.)"""
    if bce:
        first, last = -(number * 100) + 1, -(number - 1) * 100
    else:
        first, last = (number - 1) * 100 + 1, number * 100
    whole = years(first, last)
    return Value(whole.start, whole.end, whole.edtf, "century")


def season(year_: int, code: int) -> Value:
    first, last = SEASON_MONTHS[code]
    end_year = year_ + 1 if code == 24 else year_
    return Value(first_day(year_, first), last_day(end_year, last), f"{iso_year(year_)}-{code}", "season")


def part(value: Value, lo: float, hi: float) -> Value:
    """A slice of a period ("в начале июня" = first 30%), snapped to whole units of its precision."""
    total = to_jdn(value.end) - to_jdn(value.start) + 1
    if value.precision in ("year", "season"):
        months = _months_of(value)
        a = round(lo * len(months))
        b = max(a + 1, round(hi * len(months)))
        chosen = months[a:b]
        return describe(first_day(*chosen[0]), last_day(*chosen[-1]))
    if value.precision in ("decade", "century"):
        span = value.end[0] - value.start[0] + 1
        if value.precision == "century":     # thirds of a century: 301–333, 334–366, 367–400
            lo, hi = _THIRDS.get(lo, lo), _THIRDS.get(hi, hi)
        a = value.start[0] + int(lo * span + 1e-9)
        b = value.start[0] + max(int(hi * span + 1e-9), int(lo * span + 1e-9) + 1) - 1
        return years(a, b)
    if value.precision == "month":
        # thirds of a month: 1–10, 11–20, 21–end; halves: 1–15, 16–end
        cut = {0.3: 10, 0.5: 15, 0.7: 20}
        first = 1 if lo == 0 else cut[lo] + 1
        last = month_length(*value.start[:2]) if hi == 1 else cut[hi]
        return describe(value.start[:2] + (first,), value.start[:2] + (last,))
    start = add_days(value.start, round(lo * total))
    return describe(start, add_days(value.start, max(round(hi * total) - 1, 0)))


_THIRDS = {0.3: 1 / 3, 0.7: 2 / 3}


def widen(value: Value, amount: int, unit: str) -> Value:
    """The same value with bounds pushed out by ``amount`` units ("около 387 года" = 385–389)."""
    return Value(add(value.start, -amount, unit), add(value.end, amount, unit, last=_is_month_end(value.end)),
                 value.edtf, value.precision)


def _months_of(value: Value) -> list[tuple[int, int]]:
    out, (y, m) = [], value.start[:2]
    while (y, m) <= value.end[:2]:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def shift(value: Value, amount: float, unit: str) -> Value:
    """The value moved by a duration; keeps its shape (a month stays a month)."""
    last = _is_month_end(value.end)
    return describe(add(value.start, amount, unit), add(value.end, amount, unit, last=last))


def span(first: Value, last: Value) -> Value:
    """From the start of one value to the end of another ("с 26 по 31 мая")."""
    return describe(first.start, last.end)
