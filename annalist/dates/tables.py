"""Word tables for Russian temporal expressions: months, seasons, numbers, units, period parts.

Plain facts of the language, written for this project. Every table maps an inflected surface
form (lower case, ``ё`` kept) to a value, so the recogniser can build its patterns from the keys
and the normaliser can look the matched words up again.
"""
from __future__ import annotations

# Months: every case form of the noun, plus the usual abbreviations ("янв.", "сент.").
_MONTH_STEMS = [
    ("январ", 1), ("феврал", 2), ("апрел", 4), ("июн", 6), ("июл", 7),
    ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
]
MONTHS: dict[str, int] = {}
for _stem, _n in _MONTH_STEMS:        # soft-stem nouns: январь, января, январе, январю, январём
    for _end in ("ь", "я", "е", "ю", "ём", "ем"):
        MONTHS[_stem + _end] = _n
for _stem, _n in (("март", 3), ("август", 8)):
    for _end in ("", "а", "е", "у", "ом"):
        MONTHS[_stem + _end] = _n
for _form in ("май", "мая", "мае", "маю", "маем"):
    MONTHS[_form] = 5

MONTH_ABBREVIATIONS: dict[str, int] = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}

# Month adjectives ("в декабрьском наступлении", "майские бои"): the stem is enough.
MONTH_ADJECTIVE_STEMS: dict[str, int] = {
    "январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6,
    "июльск": 7, "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11, "декабрьск": 12,
}

# Seasons → EDTF season codes (21 spring … 24 winter), keyed by every form we accept.
SEASONS: dict[str, int] = {}
for _forms, _code in (
    (("весной", "весна", "весну", "весне", "весны"), 21),
    (("летом", "лето", "лета", "лету"), 22),
    (("осенью", "осень", "осени"), 23),
    (("зимой", "зима", "зиму", "зиме", "зимы"), 24),
):
    for _form in _forms:
        SEASONS[_form] = _code
# First and last month of each season, Russian usage (winter runs December → February).
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}

# Cardinal numbers in every case form we meet in durations and counts.
CARDINALS: dict[str, float] = {}
for _forms, _n in (
    (("один", "одного", "одному", "одним", "одном", "одна", "одну", "одной", "одно"), 1),
    (("два", "две", "двух", "двум", "двумя"), 2),
    (("три", "трёх", "трех", "трём", "трем", "тремя"), 3),
    (("четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"), 4),
    (("полтора", "полторы", "полутора"), 1.5),
    (("пару", "пара", "пары"), 2),
    (("двое",), 2), (("трое",), 3), (("четверо",), 4), (("пятеро",), 5),
    (("сто", "ста"), 100),
    (("сорок", "сорока"), 40),
    (("девяносто", "девяноста"), 90),
):
    for _form in _forms:
        CARDINALS[_form] = _n
for _stem, _n in (
    ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9), ("десять", 10),
    ("одиннадцать", 11), ("двенадцать", 12), ("тринадцать", 13), ("четырнадцать", 14),
    ("пятнадцать", 15), ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18),
    ("девятнадцать", 19), ("двадцать", 20), ("тридцать", 30),
):
    _base = _stem[:-1]                # пять → пят-и, пят-ью
    CARDINALS[_stem] = _n
    CARDINALS[_base + "и"] = _n
    CARDINALS[_base + "ью"] = _n
CARDINALS["восьми"] = 8
CARDINALS["восьмью"] = 8
for _stem, _n in (("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80)):
    CARDINALS[_stem] = _n
    CARDINALS[_stem.replace("ьдесят", "идесяти")] = _n     # пятидесяти
CARDINALS["восьмидесяти"] = 80

# Words that stand for an unknown small count ("несколько дней").
FEW_WORDS = ("несколько", "нескольких", "нескольким", "несколькими", "многие", "многих", "много")

# Ordinal stems → value; endings are added by the recogniser.
ORDINAL_STEMS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
    "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
    "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сороков": 40,
    "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90,
}
ORDINAL_ENDINGS = ("ьего", "ьему", "ьем", "ьих", "ьи", "ья", "ье", "ий", "его", "ого", "ому", "ое",
                   "ой", "ом", "ые", "ых", "ыми", "ым", "ый", "ая", "ую")

# Time units: every form → (ISO duration designator, amount of that designator).
UNITS: dict[str, tuple[str, float]] = {}
for _forms, _value in (
    (("день", "дня", "дней", "дню", "днём", "днем", "дням", "днями", "днях"), ("D", 1)),
    (("сутки", "суток", "суткам", "сутками"), ("D", 1)),
    (("неделя", "недели", "неделю", "недель", "неделе", "неделей", "неделям", "неделями", "неделях"),
     ("W", 1)),
    (("месяц", "месяца", "месяцев", "месяцу", "месяцем", "месяце", "месяцы", "месяцам", "месяцами",
      "месяцах"), ("M", 1)),
    (("год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах", "лет"),
     ("Y", 1)),
    (("десятилетие", "десятилетия", "десятилетий", "десятилетию", "десятилетием", "десятилетиям",
      "десятилетиями", "десятилетиях"), ("Y", 10)),
    (("век", "века", "веков", "веку", "веком", "веке", "векам", "веками"), ("Y", 100)),
    (("столетие", "столетия", "столетий", "столетию", "столетием"), ("Y", 100)),
):
    for _form in _forms:
        UNITS[_form] = _value
# Words that carry their own count: "полгода", "полвека".
HALF_UNITS: dict[str, tuple[str, float]] = {
    "полгода": ("M", 6), "полугода": ("M", 6), "полмесяца": ("D", 15), "полвека": ("Y", 50),
    "полувека": ("Y", 50), "полчаса": ("D", 0),
}

# Parts of a period → which slice (fractions of the period, start and end).
PARTS: dict[str, tuple[float, float]] = {}
for _forms, _slice in (
    (("начало", "начала", "начале", "началу", "началом"), (0.0, 0.3)),
    (("середина", "середины", "середине", "середину", "серединой"), (0.3, 0.7)),
    (("конец", "конца", "конце", "концу", "концом"), (0.7, 1.0)),
):
    for _form in _forms:
        PARTS[_form] = _slice
HALVES = {"перв": (0.0, 0.5), "втор": (0.5, 1.0)}

# Fixed church feasts by which Russian chronicles and peasants dated events, as (month, day) of the
# church's own Julian calendar (converted to Gregorian like any Old Style date). Movable feasts
# (Пасха, Троица, Масленица) depend on Easter and are left out. Keys are stems of the feast's name.
FEASTS: dict[str, tuple[int, int]] = {
    "ильин": (7, 20), "покров": (10, 1), "рождеств": (12, 25), "крещени": (1, 6), "богоявлени": (1, 6),
    "петров": (6, 29), "успени": (8, 15), "благовещени": (3, 25), "преображени": (8, 6), "сретени": (2, 2),
    "никол": (12, 6), "егорь": (4, 23), "юрь": (4, 23), "михайлов": (11, 8), "введени": (11, 21),
    "воздвижени": (9, 14), "иванов": (6, 24), "купал": (6, 24),
}

WEEKDAYS: dict[str, int] = {}
for _forms, _n in (
    (("понедельник", "понедельника", "понедельнику"), 0),
    (("вторник", "вторника", "вторнику"), 1),
    (("среда", "среду", "среды", "среде"), 2),
    (("четверг", "четверга", "четвергу"), 3),
    (("пятница", "пятницу", "пятницы", "пятнице"), 4),
    (("суббота", "субботу", "субботы", "субботе"), 5),
    (("воскресенье", "воскресенья", "воскресенью"), 6),
):
    for _form in _forms:
        WEEKDAYS[_form] = _n

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(text: str) -> int | None:
    """XVIII → 18; Cyrillic Х (common in Russian typesetting) counts as X."""
    text = text.upper().replace("Х", "X").replace("І", "I")
    total, previous = 0, 0
    for char in reversed(text):
        value = ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def number_value(text: str) -> float | None:
    """'5' → 5, '5,5' → 5.5, 'двадцать пять' → 25, 'несколько' → None."""
    words = text.lower().replace("ё", "ё").split()
    if len(words) == 1 and words[0].replace(",", "").replace(".", "").isdigit():
        return float(words[0].replace(",", "."))
    total = 0.0
    for word in words:
        value = CARDINALS.get(word)
        if value is None:
            return None
        total += value
    return total


def ordinal_value(text: str) -> int | None:
    """'двадцать пятого' → 25, 'восемнадцатом' → 18, 'девяностых' → 90."""
    total = 0
    for word in text.lower().split():
        if word in CARDINALS:
            total += int(CARDINALS[word])
            continue
        for stem in sorted(ORDINAL_STEMS, key=len, reverse=True):
            if word.startswith(stem) and word[len(stem):] in ORDINAL_ENDINGS:
                total += ORDINAL_STEMS[stem]
                break
        else:
            return None
    return total or None
