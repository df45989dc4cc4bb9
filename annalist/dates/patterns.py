"""Regular-expression pieces for Russian temporal expressions, built from the word tables.

Each rule in ``RULES`` is (name, compiled pattern). Patterns include the leading preposition
("в 1921 году", "с 26 по 31 мая") because that is where the NEREL convention puts the span start,
and because the preposition changes the meaning (с … = from, до … = until).
"""
from __future__ import annotations

import re

from .tables import (
    CARDINALS,
    FEW_WORDS,
    HALF_UNITS,
    MONTH_ABBREVIATIONS,
    MONTH_ADJECTIVE_STEMS,
    MONTHS,
    ORDINAL_ENDINGS,
    ORDINAL_STEMS,
    PARTS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)


def _alt(words) -> str:
    """An alternation that tries longer words first, so 'марта' is not cut to 'март'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


B = r"(?<![\w\-])"                     # start of a word (a hyphen glues words: "20-х")
E = r"(?!\w)"                          # end of a word

# abbreviations: "1 авг." or, lower case and not glued by a hyphen, "1 авг" (not "Сент-Луис")
MONTH = (rf"(?:{_alt(MONTHS)}){E}|(?:{_alt(MONTH_ABBREVIATIONS)})\.(?!\w)"
         rf"|(?-i:{_alt(MONTH_ABBREVIATIONS)})(?![\w-])")
MONTH_ADJ = rf"(?:{_alt(MONTH_ADJECTIVE_STEMS)})\w+"
# "г." keeps its dot out of the span (NEREL convention: "в 2011 г"), except before an era
YEARWORD = rf"(?:год(?:ами|ах|ам|ов|ом|а|у|е|ы)?{E}|гг?(?:\.(?=\s*до\s+(?:н|Р)))?(?!\w))"
ORDINAL = (rf"(?:(?:двадцать|тридцать)\s+)?(?:{_alt(ORDINAL_STEMS)})(?:{_alt(ORDINAL_ENDINGS)}){E}")
ROMAN = r"(?-i:[IVXLХ]{1,7})"
CARDINAL = rf"(?:{_alt(CARDINALS)})(?:\s+(?:{_alt(CARDINALS)}))?{E}"
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{CARDINAL}|(?:{_alt(FEW_WORDS)}){E})"
UNIT = rf"(?:{_alt(UNITS)}){E}"
SEASON = rf"(?:{_alt(SEASONS)}){E}"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)}){E}"
PART_WORD = _alt(PARTS)


def era(suffix: str) -> str:
    return (rf"(?:\s*(?P<bce{suffix}>до\s+н\.\s?э\.?|до\s+нашей\s+эры|до\s+Р\.\s?Х\.?"
            rf"|до\s+Рождества\s+Христова)|\s*(?:н\.\s?э\.?|нашей\s+эры))?")


# Old Style / New Style markers after a date: "(по ст. ст.)", "по старому стилю", "н. ст.".
# The marker stays outside the span (a lookahead that captures), as the gold quotes "31 июля".
# A marker followed by a dash or colon introduces the other calendar's date instead of qualifying
# this one: "23 января (по старому стилю — 11 января)" is the New Style date with its Old Style twin.
_INTRODUCES = r"(?!\s*[—–:-])"
STYLE = (r"(?=(?:\.?\s*\(?\s*(?:по\s+)?(?P<os>старому\s+стилю|ст\.\s?ст\.|с\.\s?с\.)" + _INTRODUCES +
         r"|\.?\s*\(?\s*(?:по\s+)?(?P<ns>новому\s+стилю|н\.\s?ст\.)" + _INTRODUCES + r")?)")

PREP = (r"(?:(?P<prep>в\s+ночь\s+на|в\s+ночь\s+с|вплоть\s+до|не\s+позднее|не\s+ранее"
        r"|не\s+позже|примерно\s+в|в\s+течение|на\s+протяжении|около|после|перед|между|в|во|с|со|до|на|за|по|от|к|ко)"
        r"\s+)?")
PART = (rf"(?:(?P<part>{PART_WORD})\s+|(?P<half>перв|втор)(?:ой|ая|ую)\s+половин[аеуы]\s+"
        rf"|(?P<qn>перв|втор|трет|четв[её]рт|последн)\w*\s+(?P<qu>квартал|полугоди|четверт|трет)\w*\s+)?")
REL_YEAR = r"(?P<ry>этого|прошлого|текущего|следующего|будущего|того\s+же|нынешнего|минувшего)\s+года"
# A year number: 3–4 digits alone, or 1–2 digits only when a year word follows ("в 44 г. до н. э.").
YEARNUM = (rf"(?P<y>\d{{3,4}}(?!\d)(?![.,]\d)|\d{{1,2}}(?=\s*{YEARWORD}))(?:-(?:го|м|й){E})?"
           rf"(?:\s*(?P<yw>{YEARWORD}))?")
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое))?"
DAY = rf"(?:(?P<d>{DAYNUM})|(?P<dw>{ORDINAL}))"
APPROX = r"(?:(?P<approx>около|примерно|приблизительно|ориентировочно)\s+)?"


def _rules() -> list[tuple[str, str]]:
    year2 = YEARNUM.replace("?P<y>", "?P<y2>").replace("?P<yw>", "?P<yw2>")
    year1 = YEARNUM.replace("?P<y>", "?P<y1>").replace("?P<yw>", "?P<yw1>")
    month1 = rf"(?P<m1>{MONTH})"
    month2 = rf"(?P<m2>{MONTH})"
    dash = r"\s*(?:[-–—]|по|до)\s*"
    return [
        # 19 февраля (3 марта) 1861 года / 1 (14) января 1918 г.: Old Style first, New Style in brackets
        ("dual", rf"{B}{PREP}(?P<d1>{DAYNUM})(?:\s+{month1})?\s*\(\s*(?P<d2>{DAYNUM})(?:\s+{month2})?\s*\)"
                 rf"(?:\s+(?P<m>{MONTH}))?\s*,?\s*{YEARNUM}"),
        # с 10 апреля по 21 апреля 2016 года; 30 декабря 1922 – 5 января 1923 г.
        ("date_range", rf"{B}{PREP}(?P<d1>{DAYNUM})\s+{month1}(?:\s+{year1})?{dash}"
                       rf"(?P<d2>{DAYNUM})\s+{month2}(?:\s*,?\s*{year2})?{era('')}{STYLE}"),
        # с 26 по 31 мая 1920 года; 17–28 мая; 21 и 22 мая
        ("day_range", rf"{B}{PREP}(?P<d1>{DAYNUM})\s*(?:[-–—]|по|до|и)\s*(?P<d2>{DAYNUM})\s+(?P<m>{MONTH})"
                      rf"(?:\s*,?\s*(?:{YEARNUM}|{REL_YEAR}))?{era('')}{STYLE}"),
        # с января по март 1920 года; в ноябре-декабре этого года
        ("month_range", rf"{B}{PREP}{month1}(?:\s+{year1})?\s*(?:[-–—]|по|до|и|или)\s*{month2}"
                        rf"(?:\s+(?:{year2}|{REL_YEAR}))?"),
        # 1920–1922 гг.; с 1981 по 1989 годы; с 2013 года по 2017 год; в 2003 и 2004 годах; 2005/06
        ("year_range", rf"{B}{PREP}(?:(?P<y1>\d{{4}})(?:\s*(?P<yw1>{YEARWORD}))?|(?P<y1s>\d{{3}})\s*(?P<yw1s>{YEARWORD}))"
                       rf"\s*(?P<sep>[-–—/]|по|до|и|или)\s*(?P<y2>\d{{2,4}})(?!\d)(?:\s*(?P<yw2>{YEARWORD}))?"
                       rf"{era('')}"),
        # [в пятницу,] 25 мая 1920 года [по ст. ст.]; 31 мая; пятого сентября
        ("date", rf"{B}{PREP}{APPROX}(?:(?P<wd>{WEEKDAY})\s*[,—–-]?\s+)?{DAY}\s+(?P<m>{MONTH})"
                 rf"(?:\s*,?\s*(?:{YEARNUM}|{REL_YEAR}))?{era('')}{STYLE}"),
        # 2013-01-10 (ISO, as in datelines)
        ("iso", rf"{B}(?P<y>1\d{{3}}|20\d{{2}})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
        # 19.07.2016, 24/06/2016
        ("numeric", rf"{B}{PREP}(?P<d>[0-3]?\d)(?P<sep>[./])(?P<mn>[01]?\d)(?P=sep)(?P<y>\d{{4}})(?!\d)"
                    rf"(?:\s*(?P<yw>{YEARWORD}))?"),
        # [в начале] июня 1920 года; в марте; в октябре прошлого года
        ("month", rf"{B}{PREP}{PART}(?P<m>{MONTH})(?:\s*,?\s*(?:{YEARNUM}|{REL_YEAR}))?{era('')}{STYLE}"),
        ("month_adj", rf"{B}(?P<madj>{MONTH_ADJ})"),
        # church feasts: "в Ильин день", "на Покров", "на Рождество Христово" (Julian calendar)
        ("feast", rf"{B}(?P<prep>в|на|к|ко)\s+(?-i:(?P<feast>Ильин\w*\s+день|Покров\w*|Рождеств\w*(?:\s+Христов\w*)?"
                  rf"|Крещени\w*|Богоявлени\w*|Петров\w*\s+день|Успени\w*|Благовещени\w*|Преображени\w*"
                  rf"|Сретени\w*|Никол\w*\s+(?:день|зимн\w*)|Егорь\w*\s+день|Юрь\w*\s+день|Михайлов\w*\s+день"
                  rf"|Введени\w*|Воздвижени\w*|Иванов\w*\s+день|Ивана\s+Купал\w*)){E}"),
        # annals: "в лето 6496" (Byzantine anno mundi)
        ("annal", rf"{B}(?:(?P<prep>в)\s+)?лет[оа]\s+(?P<am>[5-7]\d{{3}}){E}"),
        # летом 1916 года; весной; в конце зимы прошлого года
        ("season", rf"{B}{PREP}{PART}(?:(?P<sdem>этим|этой|прошлым|прошлой|следующим|следующей|тем\s+же|той\s+же"
                   rf"|этим\s+же|этой\s+же|нынешним|нынешней|минувшим|минувшей)\s+)?(?P<s>{SEASON})"
                   rf"(?:\s+(?:(?P<ys1>\d{{4}})\s*/\s*(?P<ys2>\d{{2}}|\d{{4}})(?:\s*{YEARWORD})?|{YEARNUM}|{REL_YEAR}))?"
                   rf"{era('')}"),
        # в 20-х годах; в 1920-е годы; начала 90-х; 20-х годов XX века
        ("decade", rf"{B}{PREP}{PART}(?P<dec>1\d{{3}}|20\d{{2}}|[1-9]\d0|\d0)-?(?:х|е|ые|ых|ие|их|ое|ых){E}"
                   rf"(?:\s*(?:год(?:ы|ов|ах|ам|ами){E}|гг\.?))?"
                   rf"(?:\s+(?:(?P<dc>{ROMAN}|\d{{1,2}})(?:-?(?:го|й))?\s*(?:века|в\.)|(?P<dcr>прошлого|позапрошлого)"
                   rf"\s+(?:века|столетия)))?"),
        ("decade_word", rf"{B}{PREP}{PART}(?P<decw>(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят"
                        rf"|восьмидесят|девяност)(?:ые|ых|ым|ыми)){E}\s+год(?:ы|ов|ах|ам|ами){E}"
                        rf"(?:\s+(?:(?P<dc>{ROMAN}|\d{{1,2}})(?:-?(?:го|й))?\s*(?:века|в\.)"
                        rf"|(?P<dcr>прошлого|позапрошлого)\s+(?:века|столетия)))?"),
        # в конце XVIII в.; XIX–XX вв.; в восемнадцатом веке; V в. до н. э.
        ("century", rf"{B}{PREP}{PART}(?:(?P<c>{ROMAN}|\d{{1,2}})(?:\s*[-–—]\s*(?P<c2>{ROMAN}|\d{{1,2}}))?"
                    rf"(?:-?(?:й|го|м|ом))?|(?P<cw>{ORDINAL}))\s*"
                    rf"(?:век(?:а|е|у|ом|ов|ах|ами)?{E}|столети(?:е|я|и|ю|ем|й){E}|вв?\.(?!\w))"
                    rf"{era('')}"),
        # в 1921 году; 1921 г.; в 1921-м; в 44 году до н. э.
        ("year", rf"{B}{PREP}{PART}{APPROX}(?P<y>\d{{1,4}})\s*(?P<yw>{YEARWORD}){era('')}{STYLE}"),
        ("year_suffix", rf"{B}{PREP}{PART}(?P<y>\d{{3,4}})-(?:м|й|го|ом|му){E}(?:\s*(?P<yw>{YEARWORD}))?"),
        # a bare year ("(1921)", "1921, когда …"): filtered by context in recognise.py
        ("bare_year", rf"{B}{PREP}(?<![\d.,№])(?P<y>1[0-9]\d\d|20\d\d)(?![\d%])(?!\s*[-–—]?\s*\d)(?![.,]\d)"),
        # a year glued to a name by a hyphen: "ЧМ-1986", "Сочи-2014"
        ("tag_year", r"(?<=[А-Яа-яЁёA-Za-z»\"]-)(?P<y>1[0-9]\d\d|20\d\d)(?![\d%])"),
        # в начале года; к концу текущего столетия; в середине месяца
        ("part_rel", rf"{B}{PREP}(?P<part>{PART_WORD})\s+(?:(?P<rel>этого|прошлого|текущего|следующего|того\s+же"
                     rf"|нынешнего)\s+)?(?P<unit>года|месяца|века|столетия|десятилетия|недели|сезона){E}"),
        # через девять дней; спустя неделю; три дня спустя; несколько лет назад; за год до этого
        ("shift", rf"{B}(?:(?P<pre>через|спустя)\s+(?:(?P<q>ещё|еще|почти|около|более|менее)\s+)?"
                  rf"(?:(?P<n>{NUMBER})\s+)?(?P<u>{UNIT})"
                  rf"|(?:(?P<q2>почти|около|более|менее|примерно|приблизительно|чуть\s+(?:больше|меньше|более|менее))\s+)?"
                  rf"(?:(?P<n2>{NUMBER})\s+)?(?P<u2>{UNIT})"
                  rf"\s+(?P<post>спустя|назад|тому\s+назад|позже|позднее|ранее|раньше)"
                  rf"|(?:(?P<q3>более\s+чем|менее\s+чем|почти)\s+)?за\s+(?:(?P<n3>{NUMBER})\s+)?(?P<u3>{UNIT})\s+до\s+"
                  rf"(?:этого|того|него|неё|нее|них|того\s+как))"),
        ("half_shift", rf"{B}(?:(?P<pre>через|спустя)\s+(?P<half>{_alt(HALF_UNITS)}){E}"
                       rf"|(?P<half2>{_alt(HALF_UNITS)})\s+(?P<post>назад|спустя|тому\s+назад){E})"),
        # три дня; более 10 лет; в течение двух недель; полгода; многие годы
        ("duration", rf"{B}(?:(?P<q0>более\s+чем|менее\s+чем|не\s+более\s+чем|почти|около|примерно)\s+)?"
                     rf"(?:(?P<prep>в\s+течение|на\s+протяжении|в\s+продолжение|за|на|до|от|с|по|ещё\s+на"
                     rf"|еще\s+на)\s+)?(?:(?P<q>более\s+чем|менее\s+чем|более|менее|около|почти|свыше|больше"
                     rf"|меньше|порядка|примерно|приблизительно|целых|всего|лишь|не\s+менее|не\s+более|чуть"
                     rf"\s+(?:больше|меньше|более|менее))\s+)?(?:(?:ближайш|последн|первы|следующ)\w*\s+)?"
                     rf"(?:(?P<nlo>{NUMBER})\s*(?:[-–—]|до)\s*)?(?P<n>{NUMBER})\s+(?P<u>{UNIT})(?:\s+подряд{E})?"),
        ("duration_bare", rf"{B}(?:(?P<prep>в\s+течение|на\s+протяжении|в\s+продолжение|за|на)\s+)?"
                          rf"(?:(?P<q>более|менее|около|почти|почти\s+целую|почти\s+целый|целых|целые|целый|целую|всего|лишь|примерно"
                          rf"|больше|меньше|свыше)\s+)?"
                          rf"(?:(?P<half>{_alt(HALF_UNITS)})|(?P<u>года|месяца|недели|суток|сутки|века"
                          rf"|десятилетия|столетия|дня|день|год|месяц|неделю|век|десятилетий|лет|месяцев"
                          rf"|недель|дней|веков)){E}"),
        ("duration_digit_adj", rf"{B}(?P<n>\d+)-(?P<adj>летн|дневн|месячн|недельн)\w+(?=\s+(?P<noun>\w+))"),
        ("duration_adj", rf"{B}(?P<adj>(?:одно|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти"
                         rf"|десяти|пятнадцати|двадцати|тридцати|сорока|пятидесяти|ста)"
                         rf"(?:летн|дневн|месячн|недельн|суточн)\w+|годичн\w+|(?:много)(?:месячн|дневн|недельн)\w+"
                         rf"|(?:полутора)?(?:месячн|недельн|суточн)(?:ой|ого|ый|ая|ую|ые|ых|ым|ыми)|полутора(?:летн|годичн)\w+)(?:(?=\s+(?P<noun>\w+))|(?!\s+\w))"),
        ("set", rf"{B}(?P<set>ежегодно|ежедневно|еженедельно|ежемесячно|ежегодн\w+|ежедневн\w+|еженедельн\w+"
                rf"|ежемесячн\w+|в\s+(?:год|месяц|неделю|сутки)(?=\s*[,.;:)!?\n])|кажд(?:ый|ую|ое|ые)\s+(?:\w+\s+)?(?:{UNIT})"
                rf"|по\s+(?:выходным|будням|понедельникам|вторникам|средам|четвергам|пятницам|субботам"
                rf"|воскресеньям)){E}"),
        ("weekday", rf"{B}{PREP}(?:(?P<wrel>прошл\w+|минувш\w+|следующ\w+|ближайш\w+|эт(?:от|у|ой))\s+)?"
                    rf"(?P<wd>{WEEKDAY})"),
    ]


RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _rules()]
