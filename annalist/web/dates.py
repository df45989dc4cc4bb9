"""Date intervals as a historian writes them: '25 May 1920', 'May 1920', '1920s', 'Jun–Aug 1919'.

EDTF ('1920-05-25/1920-06-25~') is exact but reads as code; pages show this label first and keep
the EDTF beside it. Built from the ISO start and end alone, so it works for any precision.
Years are astronomical, as in EDTF: -0043 is 44 BCE.
"""
from __future__ import annotations

import calendar
import re

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ISO = re.compile(r"^(-?\d{1,6})-(\d\d)-(\d\d)$")


def _parse(iso: str | None) -> tuple[int, int, int] | None:
    found = _ISO.match(iso or "")
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def year_label(y: int) -> str:
    """An astronomical year (ISO 8601 / EDTF, as the dates stage writes them: 0 is 1 BCE) as read."""
    return f"{1 - y} BCE" if y <= 0 else str(y)


_year = year_label


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y if y > 0 else 2000 + y % 400, m)[1]


def human(start: str | None, end: str | None) -> str:
    """A short readable label for the interval [start, end]; '' when there is no date."""
    a, b = _parse(start), _parse(end or start)
    if a is None or b is None:
        return ""
    (ya, ma, da), (yb, mb, db) = a, b
    if a == b:
        return f"{da} {MONTHS[ma - 1]} {_year(ya)}"
    whole_months = da == 1 and db == _last_day(yb, mb)
    if whole_months and (ma, mb) == (1, 12):
        if ya == yb:
            return _year(ya)
        if ya % 10 == 0 and yb == ya + 9 and ya > 0:
            return f"{ya}s"
        if ya % 100 in (0, 1) and yb == ya + 99 and ya > 0:
            return f"{_ordinal(ya // 100 + 1)} century"
        return f"{_year(ya)}–{_year(yb)}"
    if whole_months:
        if (ya, ma) == (yb, mb):
            return f"{MONTHS[ma - 1]} {_year(ya)}"
        if ya == yb:
            return f"{MONTHS[ma - 1]}–{MONTHS[mb - 1]} {_year(ya)}"
        return f"{MONTHS[ma - 1]} {_year(ya)} – {MONTHS[mb - 1]} {_year(yb)}"
    if ya == yb:
        if ma == mb:
            return f"{da}–{db} {MONTHS[ma - 1]} {_year(ya)}"
        return f"{da} {MONTHS[ma - 1]} – {db} {MONTHS[mb - 1]} {_year(ya)}"
    return f"{da} {MONTHS[ma - 1]} {_year(ya)} – {db} {MONTHS[mb - 1]} {_year(yb)}"
