"""Word forms under which a toponym may be in the gazetteer: how "в Гяндже" finds "Гянджа".

pymorphy knows inflected forms of the names in its dictionary; for the many it does not know
(Гарабах, Загатала, Нахчыван), case endings are undone by a small table of Russian declension.
Each form carries a quality: how much to trust a match found through it.
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer.names import name_key

SURFACE, KNOWN, GUESSED, STRIPPED = 1.0, 0.95, 0.85, 0.7
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=1)
def analyzer():
    # natasha's MorphVocab is pymorphy2's analyser made to work on Python 3.11, with a parse cache.
    # Share the analysis stage's when it is loaded, so the dictionaries are in memory once.
    from ..nlp.natasha import models

    if models.cache_info().currsize:
        return models().morph_vocab
    from natasha import MorphVocab

    return MorphVocab()


# Oblique-case ending → nominative endings to try, longest endings first (declension of nouns
# in -а/-я, consonant stems, -ь stems and the adjectival -ая/-ий endings of compound names).
CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия",)), ("ье", ("ье",)),
    # neuter names in -ье: "большую часть Средместья", "к Заречью", "за Поморьем"
    ("ьем", ("ье",)), ("ья", ("ье",)), ("ью", ("ье",)),
    ("ой", ("а", "ая", "ой")), ("ей", ("я", "ь", "ея")), ("ом", ("", "о")), ("ем", ("ь", "", "е", "й")), ("ам", ("ы", "а")),
    ("ах", ("ы", "а")), ("ами", ("ы",)), ("ую", ("ая",)), ("юю", ("яя",)),
    # neuter names in -о decline like masculine ones: "к селу Тарутину", "под Бородином"
    # names in -й decline like -ь ones: "к Вэйхайвэю", "в Шанхае"
    ("е", ("а", "я", "", "ь", "е", "о", "й")), ("и", ("ь", "я", "и", "а", "")), ("у", ("", "а", "у", "о")),
    ("ю", ("я", "ь", "й")), ("а", ("", "о", "а")), ("я", ("ь", "й", "я")), ("ы", ("а", "ы")),
)


def strip_case(word: str) -> list[str]:
    """Nominative guesses for an inflected (lower-case) word, itself excluded."""
    guesses = []
    for ending, replacements in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            guesses.extend(stem + r for r in replacements)
    return [g for g in dict.fromkeys(guesses) if g != word]


# Prepositions and articles joining a town to what it is named after (a river, a saint, a lady):
# Russian declines the town's word before them only.
LINKS = ("-на-", "-над-", "-де-", "-дель-", "-ла-", "-ле-", "-сюр-", "-ан-", "-им-", "-ам-")


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[tuple[str, float], ...]:
    """(key, quality) pairs this word may stand for: itself, pymorphy's normal forms, stripped guesses."""
    key = name_key(word)
    forms: dict[str, float] = {key: SURFACE}

    def add(form: str, quality: float) -> None:
        if form and forms.get(form, 0.0) < quality:
            forms[form] = quality

    for parse in analyzer().parse(word):
        add(name_key(parse.normal_form), KNOWN if parse.is_known else GUESSED)
    def add_declined(part: str, before: str, after: str) -> None:
        """Nominatives of one declining part of a compound name, the rest kept as written."""
        for parse in analyzer().parse(part):
            add(f"{before}{name_key(parse.normal_form)}{after}", GUESSED)
        for guess in strip_case(part):
            add(f"{before}{guess}{after}", STRIPPED)

    for link in LINKS:
        if link in key:
            # "Николаевска-на-Амуре", "Франкфурта-на-Майне", "Талавере-де-ла-Рейна": the town
            # declines, what is joined to it by a preposition does not
            first, _, rest = key.partition(link)
            add_declined(first, "", link + rest)
    if "-" in key:
        # Hyphenated names decline in their last part (Шарур-Даралаяз, Ростов-на-Дону).
        head, _, tail = key.rpartition("-")
        add_declined(tail, head + "-", "")
    for guess in strip_case(key):
        add(guess, STRIPPED)
    return tuple(forms.items())


def form_keys(word: str) -> frozenset[str]:
    return frozenset(k for k, _ in word_forms(word))


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """pymorphy's first normal form (as a key); used to index multiword names by their lemmas."""
    parses = analyzer().parse(word)
    return name_key(parses[0].normal_form) if parses else name_key(word)


@lru_cache(maxsize=100_000)
def word_profile(word: str) -> tuple[bool, bool, bool, bool]:
    """(known common word, known person name, known toponym, adjective) by pymorphy's tags."""
    parses = analyzer().parse(word)
    known = [p for p in parses if p.is_known]
    person = any(PERSON_TAGS & set(p.tag.grammemes) for p in known)
    geo = any("Geox" in p.tag.grammemes for p in known)
    common = any(not ({"Geox", "Abbr", "Orgn"} | PERSON_TAGS) & set(p.tag.grammemes) for p in known)
    adjective = bool(parses) and parses[0].tag.POS in ("ADJF", "ADJS")
    return common, person, geo, adjective


@lru_cache(maxsize=100_000)
def common_noun(word: str) -> bool:
    """pymorphy knows the word as a common noun ("Мореи"), not only as a verb or pronoun ("Буду")."""
    return any(p.is_known and p.tag.POS == "NOUN" and not ({"Geox", "Abbr", "Orgn"} | PERSON_TAGS) & set(p.tag.grammemes)
               for p in analyzer().parse(word))


def adjective_lemmas(word: str) -> list[str]:
    return list(dict.fromkeys(name_key(p.normal_form) for p in analyzer().parse(word) if p.tag.POS == "ADJF"))
