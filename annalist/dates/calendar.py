"""Calendar arithmetic on plain (year, month, day) tuples, safe for BCE years.

Years are astronomical (ISO 8601 / EDTF): year 0 is 1 BCE, -1 is 2 BCE. Python's ``datetime``
cannot hold years <= 0, so everything here goes through Julian Day Numbers instead.
"""
from __future__ import annotations

Day = tuple[int, int, int]


def is_leap(year: int, julian: bool = False) -> bool:
    if julian:
        return year % 4 == 0
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int, julian: bool = False) -> int:
    if month == 2:
        return 29 if is_leap(year, julian) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def to_jdn(day: Day, julian: bool = False) -> int:
    """Julian Day Number of a proleptic Gregorian (or Julian) calendar day; integer maths only."""
    year, month, dom = day
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    if julian:
        return dom + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dom + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def from_jdn(jdn: int, julian: bool = False) -> Day:
    if julian:
        b, c = 0, jdn + 32082
    else:
        a = jdn + 32044
        b = (4 * a + 3) // 146097
        c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    dom = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return year, month, dom


def julian_to_gregorian(day: Day) -> Day:
    """An Old Style (Julian) date → the same day in the proleptic Gregorian calendar."""
    return from_jdn(to_jdn(day, julian=True))


def add_days(day: Day, n: int) -> Day:
    return from_jdn(to_jdn(day) + n)


def add_months(day: Day, n: int, last: bool = False) -> Day:
    """Shift by whole months; the day is clamped to the month's length (31 Jan + 1 month → 28/29 Feb).

    ``last`` keeps a month-end a month-end (30 Apr + 1 month → 31 May), for interval ends.
    """
    year, month, dom = day
    index = year * 12 + (month - 1) + n
    year, month = index // 12, index % 12 + 1
    length = month_length(year, month)
    return year, month, length if last else min(dom, length)


def add(day: Day, amount: float, unit: str, last: bool = False) -> Day:
    """Shift a day by an ISO duration component: D, W, M or Y (fractions of M/Y become days)."""
    if unit == "D":
        return add_days(day, round(amount))
    if unit == "W":
        return add_days(day, round(amount * 7))
    months = amount * 12 if unit == "Y" else amount
    whole = int(months)
    shifted = add_months(day, whole, last)
    rest = months - whole
    return add_days(shifted, round(rest * 30)) if rest else shifted


def first_day(year: int, month: int = 1) -> Day:
    return year, month, 1


def last_day(year: int, month: int = 12) -> Day:
    return year, month, month_length(year, month)


def iso(day: Day) -> str:
    """ISO 8601 calendar date; BCE years keep four digits after the sign: -0043-03-15."""
    year, month, dom = day
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month:02d}-{dom:02d}"


def iso_year(year: int) -> str:
    return f"{'-' if year < 0 else ''}{abs(year):04d}"


def weekday(day: Day) -> int:
    """Monday 0 … Sunday 6 (JDN 0 was a Monday)."""
    return to_jdn(day) % 7


def days_between(a: Day, b: Day) -> int:
    return to_jdn(b) - to_jdn(a)
