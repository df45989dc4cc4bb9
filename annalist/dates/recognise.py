"""Find temporal expressions in text: run every rule, filter by context, keep the longest.

Returns ``Match`` records (span, rule name, captured groups) in text order, without overlaps.
Context filters live here (not in the patterns) because they need to look around a match:
ages ("в возрасте 20 лет"), quantities ("1920 человек"), nouns that look like seasons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .patterns import RULES
from .phrases import PHRASE_RULES


@dataclass(slots=True)
class Match:
    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str] = field(default_factory=dict)
    op: tuple | None = None          # for fixed phrases: the discourse operation


_AGE_BEFORE = re.compile(r"(?:возраст\w*|исполнил\w*|исполнит\w*|исполняется|старше|младше|моложе"
                         r"|ровесник\w*|жизни|прожил\w*|лет\s+от\s+роду)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_AGE_JUST_BEFORE = re.compile(r"(?:\bему|\bей|\bим|\bмне|\bбыло|\bбыл|\bв|\bсейчас|\bтогда|\bсвои|\bкоторому"
                              r"|\bкоторой|\bсыну|\bдочери|\bсупруге|\bсупругу|\bдевочка|\bмальчик"
                              r"|\bкандидату|\bпозже|\bпозднее|\()\s*(?:всего\s+|лишь\s+)?$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_AGE_AFTER = re.compile(r"^\s*(?:от\s+роду|-?\s*летн)", re.IGNORECASE)
# a bare year stands alone before punctuation, a line end or a new capitalised phrase ("премия 2013 Карл")
_BARE_YEAR_OK_AFTER = re.compile(r"^(?:\s*(?:[),.;:»\"”!?\]]|[-–—]\s*\D|$|(?:и|или|по|год\w*|г\.)(?!\w))"
                                 r"|[ \t]*\n|\s+[А-ЯЁA-Z])")
_WORD_AFTER = re.compile(r"^\s*([а-яёa-z]+)", re.IGNORECASE)
# Words that make the number after them a count: "более 1200", "около 1500".
_COUNTED_BEFORE = re.compile(r"(?<!\w)(?:более|около|свыше|менее|почти|примерно|порядка)\s+$", re.IGNORECASE)
_QUANTITY_WORDS = ("человек", "рубл", "доллар", "евро", "тонн", "штук", "км", "метр", "солдат", "жител",
                   "голов", "семей", "дом", "га", "пуд", "верст", "штык", "сабел", "орудий", "пулем")
# nouns a "N-летний" adjective qualifies as a duration (else it is an age: "26-летний футболист")
_DURATION_NOUNS = ("запрет", "стаж", "срок", "заключ", "перерыв", "контракт", "период", "опыт", "истори",
                   "правлен", "войн", "служб", "отсутств", "план", "програм", "мораторий", "пребыван",
                   "цикл", "исследован", "карьер", "противостоян", "поиск", "кризис", "борьб", "труд",
                   "ссылк", "каторг", "осад", "блокад", "оккупац", "господств", "полёт", "полет", "экспедиц")
# nouns after "до N лет" that make it a sentence or term ("до 5 лет тюрьмы"), not an age limit
_TERM_NOUNS = ("тюрьм", "лишени", "заключ", "колони", "срок", "каторг", "ссылк", "принудит", "исправит")
_TERM_BEFORE = re.compile(r"(?:срок\w*|гроз\w+|приговор\w*|наказан\w*|лишени\w*|заключени\w*|уменьш\w+"
                          r"|увелич\w+|продл\w+|сокра\w+)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# people a "пятилетний" adjective describes: then it is an age
_PERSON_NOUNS = ("мальчик", "девоч", "сын", "дочь", "доч", "ребён", "ребен", "дет", "внук", "внуч", "брат",
                 "сестр", "малыш", "школьни", "подрост", "юнош", "девушк", "мужчин", "женщин", "пенсионер")
_NAME_BEFORE = re.compile(r"(?:[А-ЯЁ][а-яё]+|\))\s*,?\s*$")
_SEASON_ADVERBS = ("весной", "летом", "осенью", "зимой")
_WEEKDAY_NOUNS = ("среда", "среды", "среде", "среду")


def _keep(m: Match, text: str) -> bool:
    g = m.groups
    rule = m.rule
    before = text[max(0, m.start - 40):m.start]
    after = text[m.end:m.end + 30]
    if _WORD_AFTER.match(after) and _WORD_AFTER.match(after).group(1).lower() == "жизни":
        return False                          # "на 85 году жизни" is an age
    if m.text[-1:].isalpha() and re.match(r"-[А-ЯЁA-Z]", after):
        return False                          # "генерала Май-Маевского": the first half of a name
    if re.fullmatch(r"[А-ЯЁ][а-яё]+", m.text) and re.search(r"[А-ЯЁ][а-яё]+\s+$", before) \
            and not _SENTENCE_START.search(before):
        return False                          # "короля Фридриха Августа": a month's name after a name is a name
    if rule.startswith("duration") and re.match(r"\s*(?:старше|младше|моложе)", after, re.IGNORECASE):
        return False                          # "на год старше" compares ages
    if rule == "year":
        if int(g["y"]) < 100 and not g.get("bce") and g["yw"].lower() not in ("году", "г.", "г"):
            return False                      # "2 года" is a duration, not the year 2
        return int(g["y"]) > 0
    if rule == "bare_year":
        if _COUNTED_BEFORE.search(before):
            return False                      # "а более 1200, включая самого Врангеля, сдались": a count
        if bool(_BARE_YEAR_OK_AFTER.match(after)) or before.rstrip().endswith("("):
            return True
        # "с 1967 возглавлял": after a preposition of time, unless a counted noun follows
        word = _WORD_AFTER.match(after)
        return ((g.get("prep") or "").lower() in ("с", "со", "по", "до", "в")
                and not (word and word.group(1).lower().startswith(_QUANTITY_WORDS)))
    if rule == "duration_adj" and "летн" in g["adj"].lower():
        # "пятилетний срок" is a duration; "десятилетняя Микелла", "сорокалетнего владельца" are ages
        return bool(g.get("noun")) and g["noun"].lower().startswith(_DURATION_NOUNS)
    if rule in ("duration", "duration_bare", "duration_adj", "phrase") and before.endswith("«"):
        return False                          # a title: «Один день Ивана Денисовича»
    if rule == "duration_digit_adj":
        return g["adj"].lower() != "летн" or g["noun"].lower().startswith(_DURATION_NOUNS)
    if rule == "year_suffix" and not g.get("yw"):
        word = _WORD_AFTER.match(after)
        return not word or word.group(1).lower() in ("и", "или")   # "к 105-й годовщине" is an ordinal
    if rule == "month_adj":                   # "Октябрьский район" is a name, "Октябрьская революция" a date
        return (not m.text[0].isupper() or _SENTENCE_START.search(before) is not None
                or re.match(r"\s+революц", after, re.IGNORECASE) is not None)
    if rule in ("duration", "shift") and (g.get("u") or g.get("u2") or "").lower() in ("лет", "года", "год"):
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
            return False
        if rule == "duration" and (g.get("prep") or "").lower() == "до":
            word = _WORD_AFTER.match(after)
            if not (word and word.group(1).lower().startswith(_TERM_NOUNS)) and not _TERM_BEFORE.search(before):
                return False                  # "сборная до 18 лет" is an age limit
        if rule == "duration" and g.get("nlo") and not _TERM_BEFORE.search(before) and not (
                _WORD_AFTER.match(after) and _WORD_AFTER.match(after).group(1).lower().startswith(_TERM_NOUNS)):
            return False                      # "девочки от 13 до 16 лет" is an age range
        if rule == "duration" and not g.get("prep") and (g.get("q") or "").lower() in ("", "всего", "лишь"):
            if _AGE_JUST_BEFORE.search(before):
                return False                  # "ему было 14 лет", "в 56 лет"
            if _NAME_BEFORE.search(before) and re.match(r"\s*[,.;)]", after):
                return False                  # "Робел Филипос, 19 лет." is an age
        if rule == "duration" and (g.get("prep") or "").lower() in ("с",):
            return False                      # "с 18 лет" is an age
    if rule == "duration":
        n = (g.get("n") or "").replace(",", ".")
        if n.replace(".", "").isdigit() and float(n) >= 1000 and (g.get("u") or "").lower().startswith("год"):
            return False                      # "1921 году" belongs to the year rule
    if rule == "duration_bare":
        if (g.get("u") or "").lower() in ("десятилетий", "лет", "месяцев", "недель", "дней", "веков"):
            return (g.get("prep") or "").lower().startswith(("в течение", "на протяжении"))
        return bool(g.get("prep") or g.get("q") or g.get("half"))
    if rule == "season" and not (g.get("prep") or g.get("part") or g.get("half") or g.get("y") or g.get("ry")):
        return g["s"].lower() in _SEASON_ADVERBS
    if rule == "weekday":
        if not (g.get("prep") or g.get("wrel")):
            return False
        return not (g["wd"].lower() in _WEEKDAY_NOUNS and not g.get("prep"))
    if rule == "decade" and len(g["dec"]) == 2:
        tail = m.text.lower().rstrip()
        if re.match(r"\s*числ", after):
            return False                      # "в 20-х числах" are days of a month
        if tail.endswith(("-е", "-ые", "-ое", "е")) and "год" not in tail:
            word = _WORD_AFTER.match(after)
            return not word                   # "20-е место" is an ordinal, "в 20-е," a decade
    if rule == "century" and g.get("c") and not re.search(r"[IVXLХ]", g["c"]) and "век" not in m.text.lower():
        return False                          # "5 в." (volts, pages): centuries in digits need "век"
    return True


def _candidates(text: str) -> list[tuple[int, Match]]:
    out: list[tuple[int, Match]] = []
    for priority, (name, pattern) in enumerate(RULES):
        for found in pattern.finditer(text):
            if found.end() == found.start():
                continue
            groups = {k: v for k, v in found.groupdict().items() if v is not None}
            m = Match(found.start(), found.end(), found.group(0), name, groups)
            if _keep(m, text):
                out.append((priority, m))
    base = len(RULES)
    for offset, (pattern, op) in enumerate(PHRASE_RULES):
        for found in pattern.finditer(text):
            out.append((base + offset, Match(found.start(), found.end(), found.group(0), "phrase", {}, op)))
    return out


def _trim(m: Match) -> Match:
    """Drop trailing spaces/commas a greedy optional group may have swallowed."""
    stripped = m.text.rstrip(" ,\n\t")
    if len(stripped) != len(m.text):
        m.end = m.start + len(stripped)
        m.text = stripped
    return m


_TWIN = re.compile(r"по\s+(старому|новому)\s+стилю\s*[—–:-]\s*$", re.IGNORECASE)


def find(text: str) -> list[Match]:
    """All temporal expressions in ``text``, longest match first among overlaps, in text order."""
    chosen: list[Match] = []
    taken = bytearray(len(text))          # 1 where a chosen match already sits
    ranked = sorted(_candidates(text), key=lambda pm: (-(pm[1].end - pm[1].start), pm[0], pm[1].start))
    for _, m in ranked:
        if taken.find(1, m.start, m.end) != -1:
            continue
        chosen.append(_trim(m))
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    chosen.sort(key=lambda m: m.start)
    for m in chosen:
        twin = _TWIN.search(text, max(0, m.start - 40), m.start)
        if twin:
            # "23 января (по старому стилю — 11 января)": the other calendar's date of the one before
            m.groups = {**m.groups, "os" if twin.group(1).startswith("стар") else "ns": twin.group(1), "twin": "1"}
    return chosen
