"""Adjectives made from place names, back to the names: Зангезурский → Зангезур, Бакинский → Баку.

Regular toponymic adjectives are the stem plus -ский/-инский/-цкий; the nouns behind them are
guessed from a few stem endings and checked against the gazetteer by the caller. Ethnic and
national adjectives (армянский, грузинский) name peoples as often as places, so they are kept
apart: they make a place only with an administrative noun (Армянская ССР, Грузинская республика).
"""
from __future__ import annotations

# National/ethnic adjective stem → the country or land it names.
ETHNIC: dict[str, str] = {
    "азербайджанск": "азербайджан", "армянск": "армения", "грузинск": "грузия", "русск": "россия",
    "российск": "россия", "турецк": "турция", "персидск": "персия", "иранск": "иран",
    "украинск": "украина", "белорусск": "белоруссия", "казахск": "казахстан", "узбекск": "узбекистан",
    "киргизск": "киргизия", "таджикск": "таджикистан", "туркменск": "туркмения", "молдавск": "молдавия",
    "латвийск": "латвия", "литовск": "литва", "эстонск": "эстония", "польск": "польша",
    "немецк": "германия", "германск": "германия", "французск": "франция", "английск": "англия",
    "британск": "великобритания", "американск": "сша", "китайск": "китай", "японск": "япония",
    "татарск": "татарстан", "башкирск": "башкирия", "чеченск": "чечня", "ингушск": "ингушетия",
    "осетинск": "осетия", "абхазск": "абхазия", "аджарск": "аджария", "дагестанск": "дагестан",
    "кабардинск": "кабарда", "калмыцк": "калмыкия", "чувашск": "чувашия", "якутск": "якутия",
    "бурятск": "бурятия", "карельск": "карелия", "крымск": "крым", "кавказск": "кавказ",
    "закавказск": "закавказье", "сербск": "сербия", "болгарск": "болгария", "греческ": "греция",
    "румынск": "румыния", "венгерск": "венгрия", "австрийск": "австрия", "итальянск": "италия",
    "испанск": "испания", "финск": "финляндия", "шведск": "швеция", "курдск": "курдистан",
    # Adjectives that are never read as a place by themselves (Советская власть, Красная армия).
    "советск": "", "национальн": "", "красн": "", "бел": "", "нов": "", "народн": "",
}
# Adjective stems whose noun is irregular.
IRREGULAR: dict[str, str] = {
    "бакинск": "баку", "московск": "москва", "тифлисск": "тифлис", "эриванск": "эривань",
    "петербургск": "петербург", "петроградск": "петроград", "ленинградск": "ленинград",
    "киевск": "киев", "харьковск": "харьков", "одесск": "одесса", "тбилисск": "тбилиси",
    "кутаисск": "кутаис", "сухумск": "сухум", "батумск": "батум", "карсск": "карс", "ганджинск": "ганджа",
    "гянджинск": "гянджа", "шушинск": "шуша", "шекинск": "шеки", "губинск": "губа", "кубинск": "куба",
    "гусарск": "гусар", "шамахинск": "шамахы", "нахичеванск": "нахичевань", "ордубадск": "ордубад",
    "ленкоранск": "ленкорань", "загатальск": "загатала", "закатальск": "закаталы", "гейчинск": "гейча",
    "нагорно-карабахск": "нагорный карабах", "донецк": "донецк", "луганск": "луганск",
    "грозненск": "грозный", "нижегородск": "нижний новгород", "ростовск": "ростов-на-дону",
    "сибирск": "сибирь", "уральск": "урал", "дальневосточн": "дальний восток", "северокавказск": "северный кавказ",
}
NOUN_ENDINGS = ("", "ь", "а", "я", "ы", "и", "о", "е")


def adjective_stem(lemma: str) -> str | None:
    """The stem of a masculine adjective lemma (``зангезурский`` → ``зангезурск``), else None."""
    if lemma.endswith(("ский", "цкий", "ской", "ный", "ний")):
        return lemma[:-2]
    return None


def is_ethnic(lemma: str) -> bool:
    stem = adjective_stem(lemma)
    return stem is not None and stem in ETHNIC


def noun_guesses(lemma: str) -> list[str]:
    """Place-name keys an adjective lemma may come from, most likely first; [] when none."""
    stem = adjective_stem(lemma)
    if stem is None:
        return []
    if stem in ETHNIC:
        return [ETHNIC[stem]] if ETHNIC[stem] else []
    if stem in IRREGULAR:
        return [IRREGULAR[stem]]
    guesses = []
    base = stem[:-2] if stem.endswith("ск") else stem       # Зангезур-ск-ий, Тифлис-ск-ий
    if base.endswith("ин") and len(base) > 4:
        guesses.extend(base[:-2] + e for e in ("а", "я", "", "и"))   # Гянджинский → Гянджа
    if base.endswith("ен") and len(base) > 4:
        guesses.extend(base[:-2] + e for e in ("ь", "ия", "а"))     # Эриванский-like
    if base.endswith("ь"):
        guesses.append(base)                                 # Александропольский → Александрополь
    guesses.extend(base + e for e in NOUN_ENDINGS)
    guesses.append(stem[:-1] + "ия")                         # Грузинский-like regular names in -ия
    return list(dict.fromkeys(g for g in guesses if len(g) >= 3))
