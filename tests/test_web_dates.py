"""Readable date labels for intervals (table of ISO start/end → label)."""
from __future__ import annotations

import pytest

from annalist.web.dates import human


@pytest.mark.parametrize("start, end, label", [
    ("1920-05-25", "1920-05-25", "25 May 1920"),
    ("1920-05-25", None, "25 May 1920"),
    ("1918-05-01", "1918-05-31", "May 1918"),
    ("1920-02-01", "1920-02-29", "Feb 1920"),
    ("1919-06-01", "1919-08-31", "Jun–Aug 1919"),
    ("1918-11-01", "1919-02-28", "Nov 1918 – Feb 1919"),
    ("1920-01-01", "1920-12-31", "1920"),
    ("1920-01-01", "1921-12-31", "1920–1921"),
    ("1920-01-01", "1929-12-31", "1920s"),
    ("1901-01-01", "2000-12-31", "20th century"),
    ("1101-01-01", "1200-12-31", "12th century"),
    ("1920-05-25", "1920-05-28", "25–28 May 1920"),
    ("1920-05-25", "1920-06-25", "25 May – 25 Jun 1920"),
    ("1920-12-30", "1921-01-02", "30 Dec 1920 – 2 Jan 1921"),
    ("-0065-01-01", "-0065-12-31", "66 BCE"),       # astronomical years, as EDTF: 0 is 1 BCE
    ("-0043-03-15", "-0043-03-15", "15 Mar 44 BCE"),
    ("0000-01-01", "0000-12-31", "1 BCE"),
    (None, None, ""),
    ("1920", "1920", ""),
])
def test_human(start, end, label):
    assert human(start, end) == label
