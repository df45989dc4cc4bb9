"""Readings of calendar expressions: dates, months, seasons, years, decades, centuries, ranges.

Each ``read_<rule>`` takes the groups captured by the pattern of that name and returns a
``Reading``, or None when the words do not make a valid date (31 февраля).
"""
from __future__ import annotations

from . import values as V
from .calendar import iso, julian_to_gregorian, month_length
from .reading import Reading
from .tables import (
    FEASTS,
    HALVES,
    MONTH_ABBREVIATIONS,
    MONTH_ADJECTIVE_STEMS,
    MONTHS,
    PARTS,
    SEASONS,
    ordinal_value,
)
from .tables import roman_to_int as roman
from .values import Value


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)


def day_number(g: dict, key: str = "d") -> int | None:
    if g.get(key):
        digits = "".join(ch for ch in g[key] if ch.isdigit())
        return int(digits) if digits else None
    return ordinal_value(g["dw"]) if g.get("dw") else None


def year_number(text: str, bce: bool) -> int:
    """Astronomical year: 44 до н. э. → -43 (ISO 8601 / EDTF count 1 BCE as year 0)."""
    n = int(text)
    return 1 - n if bce else n


def year_for_month(ref: Value, month: int) -> int:
    """The year a bare month/day belongs to: the one that puts it nearest the reference's months,
    ties going forward ("в декабре 1920 … в марте" → March 1921; "2 января 1921 … 28 декабря" → 1920).
    (Counting a step back double was tried: it fixed "25 февраля 1634 … 6 сентября" but broke a text
    that goes back to another front, "10 декабря 1877 … В конце августа" in a new paragraph.)
    A reference of a year or coarser simply gives its (first) year."""
    year = ref.start[0]
    if ref.precision not in ("day", "month", "interval", "season"):
        return year
    # Distance to the reference's months, not to its first one: "С весны … 5 октября" is the
    # October after that spring (five months past May), not the one before March.
    first, last = year * 12 + ref.start[1], ref.end[0] * 12 + ref.end[1]

    def distance(y: int) -> int:
        at = y * 12 + month
        return first - at if at < first else max(0, at - last)

    return min((year - 1, year, year + 1), key=lambda y: (distance(y), y * 12 + month < first))


def apply_part(value: Value | None, g: dict) -> Value | None:
    if value is None:
        return None
    if g.get("part"):
        lo, hi = PARTS[g["part"].lower()]
        return V.part(value, lo, hi)
    if g.get("half"):
        lo, hi = HALVES[g["half"].lower()]
        return V.part(value, lo, hi)
    if g.get("qn"):
        unit = g["qu"].lower()
        n = 2 if unit.startswith("полугод") else 3 if unit.startswith("трет") else 4
        k = n if g["qn"].lower().startswith("последн") else _QUARTER_ORDINALS[g["qn"].lower()[:4]]
        return V.part(value, (k - 1) / n, k / n) if k <= n else None
    return value


_QUARTER_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}


def read_feast(g: dict) -> Reading | None:
    """"в Ильин день": the feast's day in the church (Julian) calendar, in the reference's year."""
    words = g["feast"].lower().split()
    name = words[1] if words[0] == "ивана" else words[0]
    month, dom = next(v for stem, v in FEASTS.items() if name.startswith(stem))
    return Reading(resolve=lambda ref: V.day(year_for_month(ref, month), month, dom), derivation="anchored",
                   style="julian", partial=f"XXXX-{month:02d}-{dom:02d}")


def read_annal(g: dict) -> Reading | None:
    """"в лето 6496": the Byzantine era counts from 5508 BCE; the year began in September (or, in
    early Rus' annals, in March), so the AD year is uncertain by one; the common reading -5508 is given."""
    year_ad = int(g["am"]) - 5508
    value = V.year(year_ad)
    return Reading(value=Value(value.start, value.end, value.edtf + "?", "year"),
                   note=f"Byzantine era (anno mundi) {g['am']} − 5508; the year may start in the previous one",
                   own_year=True)


def style_of(g: dict) -> str | None:
    """The calendar the text names for this expression: "julian" (по старому стилю, ст. ст.),
    "gregorian" (по новому стилю, н. ст.) or None. Conversion happens in the discourse model,
    because unmarked partial dates inherit the style of the date they are anchored to."""
    return "julian" if g.get("os") else "gregorian" if g.get("ns") else None


def _with_year(g: dict, make) -> Reading | None:
    """Common shape: a value built from a year, or anchored to the reference year when absent."""
    bce = bool(g.get("bce"))
    if g.get("y"):
        value = apply_part(make(year_number(g["y"], bce)), g)
        if value is None:
            return None
        return Reading(value=value, style=style_of(g), own_year=True)
    shift = 0
    if g.get("ry"):
        rel = g["ry"].lower()
        shift = -1 if rel.startswith(("прошл", "минувш")) else 1 if rel.startswith(("следующ", "будущ")) else 0
    return Reading(resolve=lambda ref: apply_part(make(ref.start[0] + shift, ref), g), derivation="anchored",
                   style=style_of(g))


def read_date(g: dict) -> Reading | None:
    d, m = day_number(g), month_number(g["m"])
    if not d or not m or d > 31:
        return None

    def make(year: int, ref: Value | None = None) -> Value | None:
        if ref is not None and not g.get("ry"):
            year = year_for_month(ref, m)
        return V.day(year, m, d) if d <= month_length(year, m) else None

    reading = _with_year(g, make)
    if reading is not None and reading.value is None and reading.resolve is not None:
        reading.partial = f"XXXX-{m:02d}-{d:02d}"
    if reading is not None and g.get("approx"):
        reading.approximate = True
    return reading


def read_numeric(g: dict) -> Reading | None:
    d, m, y = int(g["d"]), int(g["mn"]), int(g["y"])
    if not (1 <= m <= 12 and 1 <= d <= month_length(y, m)):
        return None
    return Reading(value=V.day(y, m, d))


def read_month(g: dict) -> Reading | None:
    m = month_number(g["m"])
    if not m:
        return None

    def make(year: int, ref: Value | None = None) -> Value:
        if ref is not None and not g.get("ry"):
            year = year_for_month(ref, m)
        return V.month(year, m)

    reading = _with_year(g, make)
    if reading is not None and reading.resolve is not None:
        reading.partial = f"XXXX-{m:02d}"
    return reading


def read_month_adj(g: dict) -> Reading | None:
    word = g["madj"].lower()
    m = next((n for stem, n in MONTH_ADJECTIVE_STEMS.items() if word.startswith(stem)), None)
    if m is None:
        return None
    return Reading(resolve=lambda ref: V.month(year_for_month(ref, m), m), derivation="anchored",
                   partial=f"XXXX-{m:02d}")


def read_season(g: dict) -> Reading | None:
    code = SEASONS[g["s"].lower()]
    if g.get("ys1"):                         # "зимой 1916/17 года": the winter across the two years
        y = int(g["ys1"])
        if code != 24:
            return Reading(value=V.season(y, code), own_year=True)
        whole = V.season(y, code)
        return Reading(value=Value(whole.start, whole.end, f"{y:04d}-12/{y + 1:04d}-02", "season"), own_year=True)
    if code == 24 and g.get("y") and not g.get("bce"):
        return _winter_of(int(g["y"]), g)
    if g.get("sdem") and not g.get("y"):
        g = dict(g, ry=g["sdem"])            # "прошлым летом" counts like "летом прошлого года"
    # no partial EDTF for a season without a year: "XXXX-22" is outside what EDTF parsers accept
    def make(year: int, ref: Value | None = None) -> Value | None:
        shifted = (g.get("ry") or "").lower().startswith(("прошл", "минувш", "следующ", "будущ"))
        if code == 24 and ref is not None and ref.end[:2] <= (ref.start[0], 2) and not shifted:
            # "19 февраля 1836 года … Той же зимой": the winter the story is in, not the next one
            whole = V.season(year - 1, 24)
            return apply_part(Value(whole.start, whole.end, f"{year - 1:04d}-12/{year:04d}-02", "season"), g)
        return V.season(year, code)
    return _with_year(g, make)


def _winter_of(y: int, g: dict) -> Reading:
    """"Зимой 1809 года" is the winter whose January and February fall in 1809 (December 1808 to
    February 1809), as historians mostly mean it; only a story already past that winter ("осенью 1941
    года … зимой 1941 года") means the December of the year and the months after it."""
    def winter(first: int) -> Value | None:
        whole = V.season(first, 24)
        if g.get("part") or g.get("half") or g.get("qn"):
            return apply_part(whole, g)
        return Value(whole.start, whole.end, f"{first:04d}-12/{first + 1:04d}-02", "season")

    early = winter(y - 1)
    return Reading(value=early, own_year=True,
                   resolve=lambda ref: winter(y) if ref.start >= (y, 3, 1) else early)


def read_year(g: dict) -> Reading | None:
    reading = _with_year(g, lambda year, ref=None: V.year(year))
    if reading is not None and g.get("approx"):
        reading.approximate = True
    return reading


def read_decade(g: dict) -> Reading | None:
    if g.get("decw"):
        tens = ordinal_value(g["decw"]) or 0
        digits = None
    else:
        digits = g["dec"]
        tens = int(digits[-2:])
    if digits and len(digits) >= 3:
        return Reading(value=apply_part(V.decade(int(digits)), g))
    if g.get("dc"):
        century = (int(g["dc"]) if g["dc"].isdigit() else roman(g["dc"])) or 20
        return Reading(value=apply_part(V.decade((century - 1) * 100 + tens), g))
    # "в 20-х годах" with no century: the reference's century if the narrative has one, else the
    # 20th (modern Russian usage); derivation says which.
    default = Reading(value=apply_part(V.decade(1900 + tens), g))
    default.resolve = lambda ref: apply_part(V.decade(ref.start[0] // 100 * 100 + tens), g)
    default.derivation = "anchored"
    return default


def read_century(g: dict) -> Reading | None:
    bce = bool(g.get("bce"))
    if g.get("cw"):
        first = ordinal_value(g["cw"])
    else:
        first = int(g["c"]) if g["c"].isdigit() else roman(g["c"])
    if not first or first > 21:
        return None
    value = V.century(first, bce)
    if g.get("c2"):
        last = int(g["c2"]) if g["c2"].isdigit() else roman(g["c2"])
        if not last or last > 21:
            return None
        second = V.century(last, bce)
        value = V.span(value, second) if not bce else V.span(second, value)
    return Reading(value=apply_part(value, g))


def read_year_range(g: dict) -> Reading | None:
    bce = bool(g.get("bce"))
    y1t, y2t = g.get("y1") or g["y1s"], g["y2"]
    y1 = int(y1t)
    y2 = int(y2t) if len(y2t) >= len(y1t) else int(y1t[: len(y1t) - len(y2t)] + y2t)
    if y2 <= y1 or y2 - y1 > 300:
        return None                   # "1945-46" is fine, "2000-150" is not a range of years
    first, last = year_number(str(y1), bce), year_number(str(y2), bce)
    first, last = min(first, last), max(first, last)
    value = V.years(first, last)
    if g["sep"].lower() in ("и", "или"):
        mark = "{" if g["sep"].lower() == "и" else "["
        close = "}" if mark == "{" else "]"
        value = Value(value.start, value.end, f"{mark}{V.iso_year(first)},{V.iso_year(last)}{close}", "year")
    return Reading(value=value)


def read_day_range(g: dict) -> Reading | None:
    m = month_number(g["m"])
    d1, d2 = day_number(g, "d1"), day_number(g, "d2")
    if not m or not d1 or not d2 or d1 >= d2:
        return None

    def make(year: int, ref: Value | None = None) -> Value | None:
        if ref is not None and not g.get("ry"):
            year = year_for_month(ref, m)
        if d2 > month_length(year, m):
            return None
        return V.describe((year, m, d1), (year, m, d2))

    reading = _with_year(g, make)
    if reading is not None and reading.resolve is not None:
        reading.partial = f"XXXX-{m:02d}-{d1:02d}/XXXX-{m:02d}-{d2:02d}"
    return reading


def read_date_range(g: dict) -> Reading | None:
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    d1, d2 = day_number(g, "d1"), day_number(g, "d2")
    if not (m1 and m2 and d1 and d2):
        return None
    y2 = g.get("y2")
    y1 = g.get("y1") or y2

    def make(first_year: int, last_year: int) -> Value | None:
        if d1 > month_length(first_year, m1) or d2 > month_length(last_year, m2):
            return None
        if (first_year, m1, d1) >= (last_year, m2, d2):
            return None
        return V.describe((first_year, m1, d1), (last_year, m2, d2))

    if y2:
        bce = bool(g.get("bce"))
        first = year_number(y1, bce) if g.get("y1") else year_number(y2, bce) - (1 if m1 > m2 else 0)
        value = make(first, year_number(y2, bce))
        if value is None:
            return None
        return Reading(value=value, style=style_of(g), own_year=True)
    return Reading(resolve=lambda ref: make(year_for_month(ref, m1), year_for_month(ref, m1) + (m1 > m2)),
                   derivation="anchored", style=style_of(g), partial=f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}")


def read_month_range(g: dict) -> Reading | None:
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if not (m1 and m2) or m1 == m2:
        return None

    def make(year: int, ref: Value | None = None) -> Value:
        if ref is not None and not g.get("ry"):
            year = year_for_month(ref, m1)
        first = int(g["y1"]) if g.get("y1") else year - (1 if m1 > m2 else 0)
        return V.span(V.month(first, m1), V.month(year, m2))

    g2 = dict(g)
    if g.get("y2"):
        g2["y"] = g["y2"]
    return _with_year(g2, make)


def read_dual(g: dict) -> Reading | None:
    """"19 февраля (3 марта) 1861 года": the bracketed New Style date is the value."""
    m_new = month_number(g.get("m2") or g.get("m") or g.get("m1") or "")
    m_old = month_number(g.get("m1") or g.get("m") or g.get("m2") or "")
    d_old, d_new = day_number(g, "d1"), day_number(g, "d2")
    if not (m_new and m_old and d_old and d_new):
        return None
    year = int(g["y"])
    if d_new > month_length(year, m_new):
        return None
    value = V.day(year, m_new, d_new)
    old_year = year - 1 if m_old == 12 and m_new == 1 else year
    expected = julian_to_gregorian((old_year, m_old, min(d_old, month_length(old_year, m_old))))
    note = f"Old Style {iso((old_year, m_old, d_old))} given with New Style {value.edtf}"
    if expected != value.start:
        note += f" (Julian→Gregorian would give {iso(expected)})"
    return Reading(value=value, note=note)
