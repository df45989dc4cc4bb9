"""Readings of relative expressions, durations and sets.

"через девять дней" (computed from the reference), "на следующий день", "вскоре" (an interval
from the reference onwards), "три дня" (a duration, P3D), "ежегодно" (a set).
"""
from __future__ import annotations

from . import values as V
from .calendar import add, add_days, first_day, last_day, month_length, weekday
from .reading import Reading
from .tables import FEW_WORDS, HALF_UNITS, PARTS, UNITS, WEEKDAYS, number_value
from .values import Value

# How far "вскоре" reaches past the reference, by the reference's precision: (amount, unit).
SOON_REACH = {"day": (1, "M"), "interval": (1, "M"), "month": (1, "M"), "season": (3, "M"),
              "year": (1, "Y"), "decade": (0, "Y"), "century": (0, "Y")}
# "несколько дней" after the reference: between 2 and 7 units.
FEW_RANGE = (2, 10)
_FINER = {"D": ("day", "interval"), "W": ("day", "interval"), "M": ("day", "interval", "month"),
          "Y": ("day", "interval", "month", "season", "year")}


def iso_duration(amount: float, unit: str) -> str:
    """3, D → P3D; 5.5, Y → P5Y6M; 1.5, M → P1M15D."""
    whole = int(amount)
    rest = amount - whole
    if not rest:
        return f"P{whole}{unit}"
    if unit == "Y":
        return f"P{whole}Y{round(rest * 12)}M" if whole else f"P{round(rest * 12)}M"
    if unit == "M":
        return f"P{whole}M{round(rest * 30)}D" if whole else f"P{round(rest * 30)}D"
    if unit == "W":
        return f"P{round(amount * 7)}D"
    return f"P{amount}D"


def _amount(number: str | None, unit_word: str) -> tuple[float | None, str]:
    unit, per = UNITS[unit_word.lower()]
    if number is None:
        return per, unit
    n = number_value(number)
    return (None if n is None else n * per), unit


def _unit_of(ref: Value, n: int, unit: str) -> Value:
    """The calendar unit containing the reference, moved by n units ("на следующий день")."""
    if ref.precision not in _FINER[unit]:
        return V.shift(ref, n, unit) if n else ref
    base = ref.end if n > 0 else ref.start
    if unit == "D":
        d = add_days(base, n)
        return V.describe(d, d)
    if unit == "W":
        monday = add_days(base, -weekday(base) + 7 * n)
        return V.describe(monday, add_days(monday, 6))
    if unit == "M":
        y, m, _ = add(base, n, "M")
        return V.month(y, m)
    return V.year(base[0] + n)


def _shift_from(ref: Value, amount: float, unit: str) -> Value:
    if unit == "Y" and amount == int(amount) and ref.precision in _FINER["Y"]:
        return V.year(ref.start[0] + int(amount))     # "через девять лет" after 1903-10 → 1912
    if ref.precision == "day":
        d = add(ref.start, amount, unit)
        return V.describe(d, d)
    return V.shift(ref, amount, unit)      # "через полгода" after a month is a month


def _few_from(ref: Value, unit: str, sign: int) -> Value:
    lo, hi = FEW_RANGE
    if sign > 0:
        return V.describe(add(ref.end, lo, unit), add(ref.end, hi, unit))
    return V.describe(add(ref.start, -hi, unit), add(ref.start, -lo, unit))


def soon(ref: Value) -> Value:
    amount, unit = SOON_REACH.get(ref.precision, (1, "M"))
    last = ref.end[2] == month_length(ref.end[0], ref.end[1])
    end = add(ref.end, amount, unit, last=last) if amount else ref.end
    value = V.describe(ref.start, end)
    return Value(value.start, value.end, _approximate_end(value), "interval")


def right_after(ref: Value) -> Value:
    """"Вслед за этим": from the reference to the end of its month (at least the reference itself)."""
    end = last_day(ref.end[0], ref.end[1]) if ref.precision in ("day", "interval") else ref.end
    return V.describe(ref.start, end)


def same_time(ref: Value) -> Value:
    """"Тогда же", "одновременно": the month of a day reference, else the reference itself."""
    if ref.precision == "day":
        return V.month(ref.start[0], ref.start[1])
    return ref


def _approximate_end(value: Value) -> str:
    if "/" in value.edtf:
        return value.edtf + "~"
    return f"{value.edtf}/{value.edtf}~" if value.precision != "day" else value.edtf + "~"


def read_shift(g: dict) -> Reading | None:
    number = g.get("n") or g.get("n2") or g.get("n3")
    unit_word = g.get("u") or g.get("u2") or g.get("u3")
    post = (g.get("post") or "").lower()
    sign = -1 if g.get("u3") or post.startswith(("назад", "тому", "ранее", "раньше")) else 1
    amount, unit = _amount(number, unit_word)
    if amount is None:
        if (number or "").lower() not in FEW_WORDS:
            return None
        return Reading(resolve=lambda ref: _few_from(ref, unit, sign), derivation="computed")
    return Reading(resolve=lambda ref: _shift_from(ref, sign * amount, unit), derivation="computed",
                   duration=iso_duration(amount, unit))


def read_half_shift(g: dict) -> Reading | None:
    unit, amount = HALF_UNITS[(g.get("half") or g["half2"]).lower()]
    if (g.get("post") or "").lower() in ("назад", "тому назад"):
        amount = -amount
    return Reading(resolve=lambda ref: _shift_from(ref, amount, unit), derivation="computed",
                   duration=iso_duration(abs(amount), unit))


def read_duration(g: dict) -> Reading | None:
    amount, unit = _amount(g.get("n"), g["u"])
    note = g.get("q").lower() if g.get("q") else None
    if amount is None:
        return Reading(kind="duration", note=f"unspecified count: {g['n'].lower()}", moves_reference=False)
    return Reading(kind="duration", duration=iso_duration(amount, unit), note=note, moves_reference=False)


def read_duration_bare(g: dict) -> Reading | None:
    if g.get("half"):
        unit, amount = HALF_UNITS[g["half"].lower()]
    else:
        word = g["u"].lower()
        if word in ("десятилетий", "лет", "месяцев", "недель", "дней", "веков"):
            return Reading(kind="duration", note="unquantified: plural", moves_reference=False)
        unit, amount = ("D", 1) if word in ("сутки", "суток") else UNITS[word]
    if not amount:
        return None
    return Reading(kind="duration", duration=iso_duration(amount, unit), moves_reference=False)


_ADJ_UNITS = {"летн": "Y", "дневн": "D", "месячн": "M", "недельн": "W", "суточн": "D", "годичн": "Y"}
_ONE_AND_A_HALF = {"Y": "P1Y6M", "M": "P1M15D", "W": "P10D", "D": "P1DT12H"}
_ADJ_NUMBERS = {"одно": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
                "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15,
                "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100}


def read_duration_adj(g: dict) -> Reading | None:
    word = g["adj"].lower()
    stem = next(stem for stem in _ADJ_UNITS if stem in word)
    prefix = word.split(stem)[0]
    n = 1 if not prefix else _ADJ_NUMBERS.get(prefix)     # "годичной", "месячной осады": one unit
    unit = _ADJ_UNITS[stem]
    if prefix == "полутора":          # "после полуторамесячной осады": one and a half
        return Reading(kind="duration", duration=_ONE_AND_A_HALF.get(unit), moves_reference=False)
    return Reading(kind="duration", duration=iso_duration(n, unit) if n else None, moves_reference=False)


def read_duration_digit_adj(g: dict) -> Reading | None:
    """"10-летний запрет", "172-дневная экспедиция": a duration used as an adjective."""
    unit = _ADJ_UNITS[g["adj"].lower()]
    return Reading(kind="duration", duration=iso_duration(int(g["n"]), unit), moves_reference=False)


def read_set(g: dict) -> Reading | None:
    word = g["set"].lower()
    unit = "Y" if "год" in word or "лет" in word else "M" if "месяч" in word or "месяц" in word else \
        "W" if "недел" in word else "D"
    return Reading(kind="set", duration=f"P1{unit}", moves_reference=False)


def read_weekday(g: dict) -> Reading | None:
    target = WEEKDAYS[g["wd"].lower()]
    back = (g.get("wrel") or "").lower().startswith(("прошл", "минувш"))

    def resolve(ref: Value) -> Value | None:
        if ref.precision != "day":
            return None
        step = (target - weekday(ref.start)) % 7
        if back:
            step = step - 7 if step else -7
        d = add_days(ref.start, step)
        return V.describe(d, d)

    return Reading(resolve=resolve, derivation="anchored")


def read_part_rel(g: dict) -> Reading | None:
    lo, hi = PARTS[g["part"].lower()]
    unit = g["unit"].lower()
    rel = (g.get("rel") or "").lower()
    n = -1 if rel.startswith("прошл") else 1 if rel.startswith("следующ") else 0

    def resolve(ref: Value) -> Value | None:
        y, m, _ = ref.start
        if unit == "года":
            whole = V.year(y + n)
        elif unit == "месяца":
            if ref.precision not in ("day", "month", "interval"):
                return None
            y2, m2, _ = add(first_day(y, m), n, "M")
            whole = V.month(y2, m2)
        elif unit in ("века", "столетия"):
            whole = V.years(y // 100 * 100 + 100 * n, y // 100 * 100 + 100 * n + 99)
        elif unit == "десятилетия":
            whole = V.decade(y // 10 * 10 + 10 * n)
        else:
            return None
        return V.part(whole, lo, hi)

    return Reading(resolve=resolve, derivation="anchored")


def night_after(ref: Value) -> Value:
    """"В ту же ночь" after "27 января": the night of the 27th to the 28th; of a longer reference,
    the reference itself."""
    if ref.precision != "day":
        return ref
    return V.describe(ref.start, add_days(ref.start, 1))


def first_days(ref: Value) -> Value:
    """"В первые же дни" after "12 января": the week from the reference's first day on."""
    return V.describe(ref.start, add_days(ref.start, 6))


def following_days(ref: Value) -> Value:
    """"В последующие дни" after "24 февраля": the week from the next day on (cut at the next date told)."""
    if ref.precision != "day":
        return ref        # ("в мае … в последующие дни": no nearer than the month)
    return V.describe(add_days(ref.end, 1), add_days(ref.end, 7))


def read_phrase(op: tuple) -> Reading:
    name = op[0]
    if name == "unit":
        _, n, unit = op
        return Reading(resolve=lambda ref: _unit_of(ref, n, unit), derivation="computed" if n else "anchored")
    if name in ("soon", "since"):
        return Reading(kind="vague", resolve=soon, derivation="anchored", moves_reference=False)
    if name == "now":
        return Reading(kind="vague", resolve=same_time, derivation="anchored", moves_reference=False)
    if name == "next":
        return Reading(kind="vague", resolve=right_after, derivation="anchored", moves_reference=False)
    if name == "night":
        return Reading(resolve=night_after, derivation="anchored", moves_reference=False)
    if name == "first_days":
        return Reading(resolve=first_days, derivation="anchored", moves_reference=False)
    if name == "following_days":
        return Reading(kind="vague", resolve=following_days, derivation="anchored", moves_reference=False)
    if name == "duration":
        return Reading(kind="duration", note="unquantified", moves_reference=False)
    if name == "period":
        _, first, last = op
        if last is None:   # still going on: open-ended, from its first year
            return Reading(value=V.year(first), open="after", note="named period", moves_reference=False)
        return Reading(value=V.years(first, last), note="named period", moves_reference=False)
    if name == "today":
        _, n, unit = op
        if unit == "now":
            return Reading(kind="vague", resolve=lambda doc: doc, base="document", derivation="anchored",
                           moves_reference=False)
        return Reading(resolve=lambda doc: _unit_of(doc, n, unit), base="document", derivation="anchored",
                       moves_reference=False)
    return Reading(kind="vague", moves_reference=False)


def document_value(metadata: dict) -> Value | None:
    """The document's own date (metadata "date" ISO or "year"), for deictic words only."""
    date = str(metadata.get("date") or "")
    if len(date) >= 10 and date[4] == "-":
        y, m, d = int(date[:4]), int(date[5:7]), int(date[8:10])
        return V.describe((y, m, d), (y, m, d))
    year = metadata.get("year")
    if isinstance(year, int) or (isinstance(year, str) and year.lstrip("-").isdigit()):
        return V.describe(first_day(int(year)), last_day(int(year)))
    return None
