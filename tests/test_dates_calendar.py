"""Calendar arithmetic without datetime: Julian Day Numbers, Old Style conversion, BCE years."""
from __future__ import annotations

import pytest

from annalist.dates.calendar import (
    add,
    add_days,
    add_months,
    from_jdn,
    iso,
    julian_to_gregorian,
    to_jdn,
    weekday,
)
from annalist.dates.values import century, describe, part, season, year


@pytest.mark.parametrize(("day", "jdn"), [
    ((2000, 1, 1), 2451545),
    ((1858, 11, 17), 2400001),        # Modified Julian Day epoch + 1
    ((-4713, 11, 24), 0),             # proleptic Gregorian start of the JDN count
])
def test_jdn_gregorian(day, jdn) -> None:
    assert to_jdn(day) == jdn
    assert from_jdn(jdn) == day


@pytest.mark.parametrize(("julian", "gregorian"), [
    ((1582, 10, 5), (1582, 10, 15)),   # the day after 4 October 1582 (Julian) was 15 October
    ((1709, 6, 27), (1709, 7, 8)),     # Poltava: 11 days in the 18th century
    ((1861, 2, 19), (1861, 3, 3)),     # 12 days in the 19th century
    ((1900, 2, 29), (1900, 3, 13)),    # a Julian leap day the Gregorian calendar lacks
    ((1917, 10, 25), (1917, 11, 7)),   # 13 days in the 20th century
    ((1918, 1, 31), (1918, 2, 13)),    # the last Julian day in Soviet Russia
])
def test_julian_to_gregorian(julian, gregorian) -> None:
    assert julian_to_gregorian(julian) == gregorian


def test_bce_iso_and_arithmetic() -> None:
    assert iso((-43, 3, 15)) == "-0043-03-15"
    assert iso((0, 1, 1)) == "0000-01-01"
    assert add_days((0, 1, 1), -1) == (-1, 12, 31)           # 1 BCE → 2 BCE across the year
    assert add_days((-1, 2, 28), 1) == (-1, 3, 1)            # astronomical -1 is not a leap year
    assert add_days((-4, 2, 28), 1) == (-4, 2, 29)           # -4 (5 BCE) is


def test_months_and_weekdays() -> None:
    assert add_months((1920, 1, 31), 1) == (1920, 2, 29)
    assert add_months((1920, 4, 30), 1, last=True) == (1920, 5, 31)
    assert add((1920, 5, 25), 1.5, "M") == (1920, 7, 10)
    assert weekday((1920, 5, 25)) == 1                      # a Tuesday
    assert weekday((2026, 11, 25)) == 2                     # a Wednesday


@pytest.mark.parametrize(("value", "edtf", "precision"), [
    (describe((1920, 5, 1), (1920, 5, 31)), "1920-05", "month"),
    (describe((1920, 1, 1), (1929, 12, 31)), "192X", "decade"),
    (describe((1920, 1, 1), (1922, 12, 31)), "1920/1922", "interval"),
    (describe((1920, 3, 1), (1920, 4, 30)), "1920-03/1920-04", "interval"),
    (describe((-65, 1, 1), (-65, 12, 31)), "-0065", "year"),
    (century(19), "1801/1900", "century"),
    (century(1, bce=True), "-0099/0000", "century"),
    (season(1920, 24), "1920-24", "season"),
    (part(year(1920), 0.0, 0.3), "1920-01/1920-04", "interval"),
])
def test_values(value, edtf, precision) -> None:
    assert (value.edtf, value.precision) == (edtf, precision)


def test_winter_crosses_the_year() -> None:
    winter = season(1920, 24)
    assert (iso(winter.start), iso(winter.end)) == ("1920-12-01", "1921-02-28")
