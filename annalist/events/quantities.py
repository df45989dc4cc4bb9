"""How many: numbers of people (and of villages, prisoners …) with their approximation and bounds.

"около 2 тыс. человек" → 2000, approximate; "более чем 11 тыс." → min 11000; "10–12 тыс." →
min 10000, max 12000; "десятки тысяч" → min 20000, max 90000, approximate. A number counts
only when a countable noun follows it (человек, солдат, жителей, сёл …) or it carries a scale
word (тыс., млн) and no unit of time or distance follows, so years and durations stay out.
"""
from __future__ import annotations

import re

from ..model import Quantity, Sentence
from ..nlp.dictionary import animate_noun
from .lexicon import actor_heads, normalise
from .tokens import clause_of, first_token_at, lemma

WORD_NUMBERS = {
    "один": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "десяти": 10, "двадцать": 20,
    "двадцати": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100, "двести": 200,
    "триста": 300, "полтора": 1.5, "полутора": 1.5, "полторы": 1.5,
    # collective numerals count people: "двое рыбаков", "трое детей"
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7, "восьмерых": 8,
    "девятерых": 9, "десятерых": 10,
    "полмиллиона": 500_000, "полумиллиона": 500_000, "тысячу": 1000,
    "оба": 2, "обе": 2, "обоих": 2, "обеих": 2,
    "ста": 100, "двухсот": 200, "трёхсот": 300, "трехсот": 300, "пятисот": 500,
    # oblique cases of the small numbers: "расстрелять четырёх генералов", "казнили семерых"
    "четырёх": 4, "четырех": 4, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "тридцати": 30,
    "сорока": 40, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}
# After "около", "более", "до" … a genitive singular: "около сотни" is a hundred, not hundreds.
SINGULAR_AFTER_PRE = {"сотни": 100, "тысячи": 1000}
# Vague plurals: "десятки" = 20..90 of the unit, "несколько" = 2..9.
VAGUE = {"несколько": (2, 9), "нескольких": (2, 9), "несколькими": (2, 9), "десятки": (20, 90),
         "десятков": (20, 90), "десятками": (20, 90), "сотни": (200, 900), "сотен": (200, 900),
         "сотнями": (200, 900), "тысячи": (2000, 9000), "тысяч": (2000, 9000), "тысячами": (2000, 9000),
         "многие": (None, None), "многих": (None, None), "огромное количество": (None, None),
         "огромное число": (None, None), "множество": (None, None)}
SCALES = {"тыс": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "млн": 1_000_000,
          "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "сотен": 100, "сотни": 100,
          "сотнями": 100}
APPROX = {"около", "примерно", "приблизительно", "порядка", "почти", "свыше", "более", "больше", "менее",
          "до", "не"}
LOWER = {"более", "свыше", "больше"}
UPPER = {"до", "менее", "почти"}


def _lower_bound(pre: str) -> bool:
    """"более 40", "свыше 40", "более чем 11", "не менее 40": the figure is a minimum."""
    return bool(pre.split()) and pre.split()[0] in LOWER or pre == "не менее"


def _upper_bound(pre: str) -> bool:
    """"до 40", "менее 40", "почти 40", "не более 40": the figure is a maximum."""
    return pre in UPPER or pre == "не более"


NOT_COUNTS = {"день", "неделя", "месяц", "год", "век", "столетие", "час", "км", "километр", "верста",
              "миля", "метр", "лет", "талант", "рубль", "доллар", "процент",
              # money: "выплатить 200 млн лянов"
              "лян", "талер", "гульден", "флорин", "дукат", "франк", "фунт", "песо", "иена", "лира", "крона",
              "пиастр", "рупия", "динар", "марка", "золотой", "червонец"}
MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
          "ноябрь", "декабрь"}
HUMAN_KINDS = {"military", "rebels", "civilians", "ethnic_group", "workers", "officials", "party"}
COUNTABLE = {"человек", "солдат", "пленный", "погибший", "село", "деревня", "кишлак", "аул", "дом",
             "двор", "семья", "жертва", "армянин", "турок", "казах", "киргиз", "комиссар", "беженец",
             "убитый", "раненый", "доброволец", "житель", "рыбак", "моряк", "матрос", "заложник",
             "дезертир", "переселенец", "эмигрант", "ребенок", "женщина", "мужчина", "узник", "пассажир"}
# "1654 погибших", "от 120 до 300 убитых": a participle counts the people it names.
COUNTED_PARTICIPLES = {"погибнуть", "убить", "ранить", "расстрелять", "казнить", "арестовать", "задержать",
                       "взять", "пленить", "пострадать", "погибший", "убитый", "раненый"}
WHAT_CUES = [
    ("fatalities", {"погибнуть", "убить", "погибший", "жертва", "расстрелять", "уничтожить", "гибель",
                    "резня", "вырезать", "истребить", "убитый", "казнить", "казнь", "расстрел",
                    "повесить", "умереть", "террор", "утонуть", "утопить", "жизнь", "унести", "пасть", "полечь",
                    "забить"}),
    ("wounded", {"ранить", "раненый", "ранение"}),
    ("displaced", {"беженец", "бежать", "покинуть", "выселить", "уйти", "бегство", "эвакуироваться",
                   "депортировать", "выслать", "сослать", "ссылать", "высылать", "переселить", "переселиться", "депортация", "высылка", "продать",
                   "угнать", "изгнать", "изгнание"}),
    ("prisoners", {"плен", "пленный", "капитулировать", "сдаться", "сложить", "интернировать", "пленить", "захватить", "схватить", "задержать",
                   "тюрьма", "арестовать", "арест"}),
    ("destroyed", {"село", "кишлак", "аул", "деревня", "дом", "сжечь", "разрушить"}),
    ("participants", {"участвовать", "насчитывать", "численность", "сражаться"}),
]

KILLING_VERBS = {"расстрелять", "убить", "казнить", "повесить", "перебить", "вырезать", "истребить", "уничтожить",
                 "погибнуть", "утопить", "зарубить", "растерзать", "заколоть", "обезглавить"}
NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(map(re.escape, WORD_NUMBERS), key=len, reverse=True)) + r")"
VAGUE_RE = "|".join(sorted(VAGUE, key=len, reverse=True))
SCALE_RE = r"(?:тысяч(?:ами|ам|ах|ей|а|и|у)?(?!\w)|тыс\.?|миллион(?:ами|ам|а|ов)?(?!\w)|млн\.?)"
TENS = r"(?:десятков|сотен|сотни|десятки|десятками|сотнями)"
QUANTITY = re.compile(
    rf"(?<![\w-])(?:(?P<pre>около|примерно|приблизительно|порядка|почти|свыше|не менее|не более|более чем|более|больше|менее|до)\s+(?:в\s+)?)?"
    rf"(?:от\s+)?(?P<a>{NUM}|{VAGUE_RE})(?![\w-])(?:\s+(?P<atens>{TENS}))?(?:\s+(?P<ascale>{SCALE_RE}))?"
    rf"(?:\s*(?:[–—-]|\s+до\s+(?:более\s+чем\s+)?)\s*(?P<b>{NUM}|{VAGUE_RE})(?![\w-])(?:\s+(?P<btens>{TENS}))?"
    rf"(?:\s+(?P<bscale>{SCALE_RE}))?)?",
    re.IGNORECASE,
)


# "почти 35-тысячную армию", "двадцатитысячный корпус": a force's size told as an adjective
SIZE_WORDS = {"двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
              "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20, "тридцати": 30,
              "сорока": 40, "пятидесяти": 50, "сто": 100, "двухсот": 200}
SIZE = re.compile(
    rf"(?<![\w-])(?:(?P<pre>около|примерно|почти|свыше|более\s+чем|более|до)\s+)?"
    rf"(?:(?P<n>\d+(?:[.,]\d+)?)-|(?P<w>{'|'.join(sorted(SIZE_WORDS, key=len, reverse=True))}))"
    rf"(?P<scale>тысячн|миллионн)\w*", re.IGNORECASE)


def _sizes(sentence: Sentence) -> list[Quantity]:
    found = []
    for m in SIZE.finditer(sentence.text):
        n = float(m.group("n").replace(",", ".")) if m.group("n") else SIZE_WORDS[m.group("w").lower()]
        value = n * (1000 if m.group("scale").lower() == "тысячн" else 1_000_000)
        pre = " ".join((m.group("pre") or "").lower().split())
        qmin = value if _lower_bound(pre) else None
        qmax = value if _upper_bound(pre) else None
        found.append(Quantity("participants", value, sentence.start + m.start(), sentence.start + m.end(),
                              m.group(0), qmin, qmax, bool(pre)))
    return found


def _number(word: str) -> tuple[float | None, float | None, bool]:
    """(low, high, vague) for one number word or figure."""
    w = word.lower()
    if w in VAGUE:
        low, high = VAGUE[w]
        return low, high, True
    if w in WORD_NUMBERS:
        return WORD_NUMBERS[w], WORD_NUMBERS[w], False
    value = float(w.replace(",", "."))
    return value, value, False


def _scale(word: str | None) -> float:
    if not word:
        return 1
    w = word.lower().rstrip(".")
    if w in {"десятков", "десятки", "десятками"}:
        return 10
    if w.startswith("тысяч"):
        return 1000        # any case: "с полутора тысячами солдат"
    if w.startswith("миллион"):
        return 1_000_000
    return SCALES.get(w, 1)


def _next_lemmas(sentence: Sentence, end: int, count: int = 3) -> list[str]:
    after = [t for t in sentence.tokens if t.start >= end and t.text.isalpha()]
    return [lemma(t) for t in after[:count]]


def _verb_follows(sentence: Sentence, end: int) -> bool:
    after = [t for t in sentence.tokens if t.start >= end and t.text.isalpha()]
    return bool(after) and after[0].pos == "VERB" and after[0].feats.get("VerbForm") == "Fin"


def _partitive(sentence: Sentence, end: int) -> bool:
    """"убила около сотни из них", "несколько тысяч из них": a share of people told before."""
    after = [t for t in sentence.tokens if t.start >= end][:2]
    return len(after) == 2 and after[0].text.lower() == "из" and after[1].pos == "PRON"


POSSESSIVES = {"его", "её", "ее", "их", "своих", "своего", "своей", "наших", "ваших"}


def counted_noun(sentence: Sentence, end: int) -> str | None:
    """The noun the number counts: the first word after it that is not an adjective."""
    heads = actor_heads()
    for token in sentence.tokens:
        if token.start < end or not token.text.isalpha() or token.pos in ("ADJ", "AUX", "DET") \
                or token.text.lower() in POSSESSIVES:
            continue      # "около 300 были ранены", "около 20 его солдат": what stands between
        word = lemma(token)
        if token.feats.get("VerbForm") == "Part" and word in COUNTED_PARTICIPLES:
            return word
        if word in COUNTABLE or heads.get(word) in HUMAN_KINDS:
            return word
        # "более 40 иностранцев", "нескольких сановников", "около 900 техасцев": any animate noun
        # counts people
        animate = token.feats.get("Animacy") == "Anim" or animate_noun(token.text)
        return word if token.pos == "NOUN" and animate else None
    return None


def find_quantities(sentence: Sentence) -> list[Quantity]:
    text = sentence.text
    found = []
    for m in QUANTITY.finditer(text):
        if not m.group("a"):
            continue
        start, end = sentence.start + m.start(), sentence.start + m.end()
        following = _next_lemmas(sentence, end)
        # "от 3 до 12 тыс.": a scale written once after the range applies to both ends.
        scale_b = _scale(m.group("btens")) * _scale(m.group("bscale"))
        own = m.group("atens") or m.group("ascale")
        scale_a = _scale(m.group("atens")) * _scale(m.group("ascale")) if own else scale_b
        # ("повстанцев погибло около тысячи": a thousand after "около" is a figure of its own)
        has_scale = scale_a > 1 or scale_b > 1 \
            or bool(m.group("pre")) and m.group("a").lower() in SINGULAR_AFTER_PRE and not m.group("b")
        counted = counted_noun(sentence, end)
        if following and (normalise(following[0]) in NOT_COUNTS | MONTHS or following[0].startswith("й")):
            continue
        if following[:2] and any(w in NOT_COUNTS for w in following[:2]):
            continue
        pre = (m.group("pre") or "").lower()
        # "около 1500 бросили в тюрьмы", "четверых расстреляли": a number before a finite verb is
        # how many people the verb is about
        people = counted is None and (_verb_follows(sentence, end) or _partitive(sentence, end))
        if counted is None and not has_scale and not people:
            continue
        if not has_scale and m.group("a").isdigit() and len(m.group("a")) == 4 and counted is None \
                and not (people and pre):
            continue            # a year
        a_low, a_high, vague = _number(m.group("a"))
        if pre and not own and m.group("a").lower() in SINGULAR_AFTER_PRE and not m.group("b"):
            a_low = a_high = SINGULAR_AFTER_PRE[m.group("a").lower()]
            vague = False
        if a_low is None:        # "многие": a count without a figure
            found.append(Quantity("participants", None, start, end, text[m.start():m.end()], approximate=True))
            continue
        low, high = a_low * scale_a, a_high * scale_a
        if m.group("b"):
            b_low, b_high, b_vague = _number(m.group("b"))
            high = (b_high or b_low or 0) * scale_b
            vague = vague or b_vague
        value = None if (m.group("b") or vague) else low
        qmin = low if (m.group("b") or vague or _lower_bound(pre)) else None
        qmax = high if (m.group("b") or vague or _upper_bound(pre)) else None
        approximate = bool(pre) or vague
        found.append(Quantity("participants", value, start, end, text[m.start():m.end()], qmin, qmax, approximate))
    found += [q for q in _sizes(sentence) if not any(f.start <= q.start < f.end for f in found)]
    found.sort(key=lambda q: q.start)
    return [_classify(sentence, q) for q in found]


def _own_part(sentence: Sentence, quantity: Quantity) -> list:
    """The tokens of the number's clause when it has a verb of its own ("стянул около 26 тыс. человек, и
    8 сентября … французы сложили оружие": the arms laid down are not those men's); else, for a clause
    that leaves its verb out ("называла 30 тыс. убитых, историки — около 19 тыс."), those it continues:
    from the semicolon before the number to the end of its clause."""
    at = first_token_at(sentence, quantity.start)
    a, b = clause_of(sentence, min(at, len(sentence.tokens) - 1))
    if any(t.pos in {"VERB", "AUX"} for t in sentence.tokens[a:b]):
        return sentence.tokens[a:b]
    parts: list[list] = [[]]
    for token in sentence.tokens:
        if token.text == ";":
            parts.append([])
        else:
            parts[-1].append(token)
    part = next((part for part in parts if part and part[0].start <= quantity.start <= part[-1].end), sentence.tokens)
    # (only what it continues, told before it: "сдались и были перебиты — около 60 человек")
    return [t for t in part if t.start < sentence.tokens[b - 1].end] or part


def _classify(sentence: Sentence, quantity: Quantity) -> Quantity:
    """What is counted: the nearest cue word (killed, fled, taken prisoner …) in the sentence decides;
    a killing verb right before the number outranks the noun it counts ("расстреляны 147 пленных")."""
    before = []
    for token in reversed([t for t in sentence.tokens if t.end <= quantity.start]):
        if not token.text.isalpha() or len(before) == 2:
            break         # within the number's own clause: "Погибли 130 человек, около 300 были ранены"
        before.append(token)
    if any(lemma(t) in KILLING_VERBS for t in before):
        quantity.what = "fatalities"
        return quantity
    near = set()
    for word in _next_lemmas(sentence, quantity.end, 3):
        if word in {"и", "а", "но"}:
            break         # "убили около 20 тыс. жителей и продали …": the next verb counts its own
        near.add(word)
    for what, cues in WHAT_CUES:
        if near & (cues | KILLING_VERBS if what == "fatalities" else cues):
            quantity.what = what
            return quantity
    best = None
    # the nearest cue of the number's own part of the sentence: "около 10 тыс. повстанцев штурмовали
    # Нью-Росс; … потеряли более 2 тыс. убитыми" counts no dead in its first part
    for token in _own_part(sentence, quantity):
        for what, cues in WHAT_CUES:
            if what == "destroyed":
                continue          # villages and houses are counted only right after the number
            if lemma(token) in (cues | KILLING_VERBS if what == "fatalities" else cues):
                distance = min(abs(token.start - quantity.end), abs(quantity.start - token.end))
                if best is None or distance < best[0]:
                    best = (distance, what)
    if best is not None:
        quantity.what = best[1]
    return quantity
