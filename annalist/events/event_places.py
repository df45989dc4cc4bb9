"""Where: which of a sentence's places belong to a trigger, in what role, and which words refer
back to a place named earlier ("город", "здесь", "её")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Event, EventPlace, PlaceMention, Sentence
from .actors import POLITY_TYPES, ActorPhrase
from .arguments import DIRECTION, prep_before
from .conditions import may_hold
from .ontology import event_type
from .quantities import MONTHS
from .tokens import clause_of, dictionary_readings, first_token_at, is_finite, lemma, participial_phrase
from .triggers import Candidate

OFFICES = {"губернатор", "генерал-губернатор", "наместник", "правитель", "президент", "глава",
           "командующий", "комиссар", "посол", "хан", "эмир", "царь", "король", "султан"}
ANAPHORA_HERE = {"здесь", "сюда", "там", "туда", "тут", "где", "куда"}   # "город Крушево, где …"
SAME_PLACE = "там же"        # the place of the act told just before (coref.py)
ANAPHORA_NOUNS = {"город", "крепость", "столица", "село", "область", "край", "страна", "аул", "кишлак", "станица",
                  "деревня", "местечко", "замок", "форт", "цитадель", "полуостров", "остров", "река"}


@dataclass(slots=True)
class Placement:
    """The places a trigger owns, best first, and a word that refers back to one ("город")."""
    places: list[EventPlace] = field(default_factory=list)
    anaphora: str | None = None      # "здесь", "город": resolve against earlier places (coref.py)
    listed: bool = False             # the noun stands in a list ("станции и города"): a kind of place



def owner(sentence: Sentence, triggers: list[int], at: int) -> int | None:
    """The trigger a place belongs to: one of its own clause if any, the nearest before it ("осадили
    Токмак и пытались взять Пржевальск"), else the first after it ("в Закаспии … были расстреляны")."""
    phrase = participial_phrase(sentence, at)
    if phrase is not None and not any(phrase[0] <= t < phrase[1] for t in triggers):
        return None                # "…, объединявшая три закавказские республики": a description
    # a gerund phrase is a side remark: "Тигран, не решившись на сопротивление, явился в лагерь под
    # Арташатом и признал себя союзником" — its words own no place told after it
    triggers = [t for t in triggers if not _in_gerund_phrase_before(sentence, t, at)]
    # "По договору западные части Белоруссии … отошли к Польше": the treaty a clause goes by owns
    # none of the places told after it
    triggers = [t for t in triggers if not (t < at and _according_to(sentence, t))] or triggers
    clause = clause_of(sentence, at)
    own = [t for t in triggers if clause[0] <= t < clause[1]]
    if not own and _clause_of_its_own(sentence, clause):
        return None                # "…в Трентино, Италия запросила у России помощи": a clause of its own
    triggers = own or triggers
    before = [t for t in triggers if t <= at]
    if before:
        return max(before)
    after = [t for t in triggers if t > at]
    return min(after) if after else None


def _clause_of_its_own(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """A clause with a finite verb of its own that tells no event, opened by a contrast or, after a comma,
    by a name in the nominative: "…, Италия запросила у России помощи" is what that state did."""
    tokens = sentence.tokens
    a, b = clause
    if a + 1 >= b:
        return False
    own_verb = any(tokens[j].feats.get("VerbForm") == "Fin" for j in range(a + 1, b))
    # ("велел перебить … мурз, а в начале марта уехал в Свияжск": a contrast opens a clause of its own)
    opener = tokens[a + 1] if tokens[a].text == "," else tokens[a]
    if opener.text.lower() in {"а", "но", "однако"} and own_verb:
        return True
    if tokens[a].text != ",":
        return False
    first = tokens[a + 1]
    return first.pos == "PROPN" and first.feats.get("Case") == "Nom" and own_verb


def _own_place_after(sentence: Sentence, t: int, chosen: list[PlaceMention]) -> list[PlaceMention]:
    """"армия топталась на Днестре и лишь в сентябре вступила в Хотин": where the trigger names its own
    place, a place told before it with another verb and joined by "и" is that verb's (without a place of
    its own, "явился в лагерь под Арташатом и признал себя союзником" happened where the first verb was)."""
    tokens = sentence.tokens
    a = clause_of(sentence, t)[0]
    at = {id(m): first_token_at(sentence, m.start) for m in chosen}
    if not any(at[id(m)] > t for m in chosen):
        return []
    return [m for m in chosen if at[id(m)] > t or not (
        any(is_finite(tokens[j]) for j in range(a, at[id(m)]))
        and any(tokens[j].text.lower() == "и" for j in range(at[id(m)] + 1, t)))]


def _shared_object(doc: Document, sentence: Sentence, t: int, triggers: list[int]) -> list[PlaceMention]:
    """"роялисты взяли штурмом и разграбили Лестер": two verbs joined by "и" share the place after the
    second when nothing the first could own stands between them."""
    later = [k for k in triggers if k > t]
    if not later:
        return []
    second = min(later)
    between = sentence.tokens[t + 1:second]
    if not any(x.text.lower() == "и" for x in between) or any(
            x.text in {",", ";", ":", "—", "–"} or x.pos == "PROPN"
            or x.pos == "NOUN" and x.feats.get("Case") not in {"Ins"} for x in between):
        return []
    return [m for m in doc.places if m.locates and sentence.start <= m.start < sentence.end
            and first_token_at(sentence, m.start) > second
            and owner(sentence, triggers, first_token_at(sentence, m.start)) == second]


def _qualifiers(doc: Document, sentence: Sentence, chosen: list[PlaceMention]) -> list[PlaceMention]:
    """"у села Бакуры Саратовской губернии": a land in the genitive right after a town says where the
    town lies; it ranks after the town. So does an adjective of a land before a kind noun and the
    name: "осадили кокандскую крепость Созак" were at Созак, a fort of Kokand's."""
    genitives = [m for m in chosen if m.place is not None and m.place.type in LANDS
                 and sentence.tokens[first_token_at(sentence, m.start)].feats.get("Case") == "Gen"
                 and any(o.end < m.start and not doc.text[o.end:m.start].strip()
                         and (o.place is None or o.place.type == "settlement") for o in chosen)]
    whose = [m for m in chosen if m.text[:1].islower() and " " not in m.text
             and any(o.start > m.end and re.fullmatch(r"\s+[а-яё]+\s+", doc.text[m.end:o.start]) for o in chosen)]
    # "заняли Кольдинг, уже в самой Ютландии": a land told after the town, in a comma's aside, says
    # where the town lies
    aside = [m for m in chosen if m.place is not None and m.place.type in LANDS
             and any(o.end < m.start and (o.place is None or o.place.type == "settlement")
                     and LAND_ASIDE.fullmatch(doc.text[o.end:m.start]) for o in chosen)]
    return genitives + whose + aside


LAND_ASIDE = re.compile(r",\s+(?:[а-яё]+\s+){0,2}(?:в|во|на)\s+(?:[а-яё]+\s+)?")


def _according_to(sentence: Sentence, t: int) -> bool:
    """The trigger is a noun after "по" ("по договору", "по Берлинскому трактату")."""
    return sentence.tokens[t].pos == "NOUN" and prep_before(sentence, t) == "по"


def _in_gerund_phrase_before(sentence: Sentence, t: int, at: int) -> bool:
    """Token t lies in a comma-bounded phrase with a gerund ("не решившись на сопротивление") that
    closes before token at."""
    tokens = sentence.tokens
    if t >= at:
        return False
    start = max((j + 1 for j in range(t) if tokens[j].text == ","), default=0)
    end = next((j for j in range(t, at) if tokens[j].text == ","), None)
    return end is not None and any(tokens[j].feats.get("VerbForm") == "Conv" for j in range(start, end))


def assign_places(doc: Document, sentence: Sentence, candidate: Candidate, clause: tuple[int, int],
                  phrases: list[ActorPhrase], triggers: list[int]) -> Placement:
    """The sentence's places that belong to this trigger, locative ones first; "здесь"/"город" noted."""
    tokens = sentence.tokens
    a, b = clause
    # an office's land is where a political act about the office happens: "назначенный
    # генерал-губернатором Туркестана"; otherwise a place inside an actor is not the event's
    political = any(event_type(r.type).family == "political" for r in candidate.rules)
    phrases = [p for p in phrases if not (political and p.head < len(tokens) and lemma(tokens[p.head]) in OFFICES)]
    # a place inside a descriptive actor ("отряды Бакинского совета") is not where the event was
    # … except the land of a body founded: "было образовано военное правительство Хубэя"
    founding = all(r.type == "founding" for r in candidate.rules)
    phrases = [p for p in phrases if not (founding and p.head < len(tokens) and lemma(tokens[p.head]) in BODIES)]
    in_actor = [(p.start, p.end) for p in phrases if p.kind not in {"state", "person", "organization"}
                and p.head < len(tokens) and not any(m.start <= tokens[p.head].start < m.end for m in doc.places if m.locates)
                and not _located_kind_noun(sentence, p.head)]
    # the genitive after an actor's head ("союзником Рима") belongs to the actor, not to the event
    in_actor += [(tokens[p.head].end, p.end) for p in phrases if p.head < p.last
                 and not _located_kind_noun(sentence, p.head)]
    speaks_for = {candidate.index} | _told_nouns(sentence, candidate.index, triggers)
    if candidate.support is not None:
        speaks_for.add(candidate.support)   # "В Казани подняли мятеж": the place is told with the support verb
    # a continent ("в день перемирия в Европе") is too wide to say where an event was: coders never use one
    chosen = [m for m in doc.places if m.locates and sentence.start <= m.start and m.end <= sentence.end
              and not (m.place is not None and m.place.type == "continent")
              and not any(s <= m.start and m.end <= e for s, e in in_actor)
              and owner(sentence, triggers, first_token_at(sentence, m.start)) in speaks_for]
    chosen = _own_place_after(sentence, candidate.index, chosen) or chosen
    made_at = _where_made(doc, sentence, candidate.index)
    if made_at:
        chosen = made_at           # "мира, заключённого в Тильзите": where the treaty was made
    # "…, набранного в Манчестере, 18 августа там же обезглавили": the place told before (coref.py);
    # so is "там" by the verb, whatever names the clause holds ("прибыл в Царицын и 3 июля подписал там
    # Московскую директиву")
    there = any(tokens[j].text.lower() == "там" and tokens[j + 1].text.lower() == "же" for j in range(a, b - 1)) \
        or any(0 <= j < len(tokens) and tokens[j].text.lower() in {"там", "здесь"}
               for j in (candidate.index - 1, candidate.index + 1))
    if there:
        chosen = []
    # "вышли на демонстрацию в поддержку реформ в Польше": what a crowd stood up for is not where it stood
    chosen = [m for m in chosen if not _cause_supported(sentence, m)]
    # (of the word's rows, those whose words the clause holds: "поднялась пехота" is an attack)
    if not chosen and not there and all(r.type in ("uprising", "mutiny", "protest", "strike", "riot")
                                        for r in candidate.rules if may_hold(r, sentence, clause, candidate.index)):
        # "поднялись крестьяне Литвы", "студенты Будапешта вышли на демонстрацию": those who rose
        # or marched are of the land or town where they did
        chosen = [m for m in doc.places if m.locates and tokens[a].start <= m.start and m.end <= tokens[b - 1].end
                  and any(s <= m.start and m.end <= e for s, e in in_actor)]
    if not chosen and not there:
        chosen = _shared_object(doc, sentence, candidate.index, triggers)
    if not chosen and not there:
        chosen = _relative_antecedent(doc, sentence, a)
    if not chosen and not there:
        chosen = _where_the_doer_stood(doc, sentence, candidate.index, triggers)
    # (a land changing hands "по Гаштейнской конвенции" is the place, not the town the treaty was made in)
    ceded = all(r.type in {"territorial_transfer", "annexation"} for r in candidate.rules)
    named_after = [m for m in chosen if political and not ceded and _names_a_document(sentence, m)]
    # ("подписал в Царицыне Московскую директиву": a town the clause says it was signed in wins over
    # the one the document is named after, which may be its aim)
    signed_in = [m for m in chosen if m not in named_after
                 and prep_before(sentence, first_token_at(sentence, m.start)) in TRUE_LOCATIVE]
    if signed_in:
        named_after = []
    # ("Пекинский договор, закрепивший за Россией Уссурийский край": the land, not the treaty's town)
    treaty_town = [m for m in chosen if ceded and _names_a_document(sentence, m)]
    qualifiers = _qualifiers(doc, sentence, chosen)
    # "бежал из Кабула на север, в Мазари-Шариф": a flight or a retreat is placed where it left from
    # (only against a place named as left: "ушёл за Амударью, в Афганистан" went to Afghanistan)
    leaving = all(r.type in {"retreat", "flight"} for r in candidate.rules) and any(
        prep_before(sentence, first_token_at(sentence, m.start)) in {"из", "изо"} for m in chosen)
    gone_to = [m for m in chosen if leaving and _goal_of_motion(sentence, m)]
    # "штурм Квебека", "осада Карса": the place a noun trigger governs right after it is where
    governed = [m for m in chosen if candidate.noun and candidate.last + 1 < len(tokens)
                and tokens[candidate.last + 1].start == m.start and tokens[candidate.last + 1].feats.get("Case") == "Gen"]
    # "признала независимость Эстонии": the land whose independence is recognised is where
    governed += [m for m in chosen if _of_independence(sentence, m)]
    ranked = sorted(chosen, key=lambda m: (m not in named_after, m in treaty_town, m in qualifiers, m in gone_to, m not in governed,
                                           _place_rank(sentence, m), abs(m.start - tokens[candidate.index].start)))
    seen: set[str] = set()
    unique = []
    for m in ranked:               # one place named twice ("Александропольский (Гюмринский)") counts once
        key = m.place.id if m.place is not None else m.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(m)
    ranked = unique
    result = Placement(places=[EventPlace(m, "location" if m in named_after else _place_role(sentence, m))
                               for m in ranked])
    if result.places and not any(p.role == "location" for p in result.places) and result.places[0].role == "destination":
        result.places[0].role = "location"   # "к Баку подступила армия": where the event happened
    if result.places and not any(p.role == "location" for p in result.places) and result.places[0].role == "recipient" \
            and all(r.type in GRANTS for r in candidate.rules):
        result.places[0].role = "location"   # "декрет предоставил Кубе автономию": the land granted it
    for j in range(a, b):
        word = tokens[j].text.lower()
        pronoun = tokens[j].pos == "PRON" and word in {"её", "ее", "его"} and tokens[j].feats.get("Case") == "Acc"
        if word in ANAPHORA_HERE or pronoun or _anaphoric_noun(doc, tokens, j):
            result.anaphora = lemma(tokens[j])
            result.listed = j >= 2 and tokens[j - 1].text.lower() in {"и", ","} and tokens[j - 2].pos == "NOUN"
            break
    if there:
        result.anaphora = SAME_PLACE
    return result


# Acts that grant a land something: the land they grant it to is where they apply.
GRANTS = {"decree", "founding", "recognition", "amnesty"}


# Participles that say a treaty or an act was made.
MADE = {"заключить", "заключенный", "подписать", "подписанный", "принять", "принятый", "издать", "изданный"}


def made_phrase(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """"мира, заключённого в Тильзите летом 1807 года": the character span of the participle's words
    right after a noun, up to the next clause mark; where and when the act was made."""
    tokens = sentence.tokens
    if i + 2 >= len(tokens) or tokens[i + 1].text != "," or lemma(tokens[i + 2]) not in MADE \
            or tokens[i].pos != "NOUN":
        return None
    end = next((t.start for t in tokens[i + 3:] if t.text in {",", ";", ":", "."}), sentence.end)
    return tokens[i + 2].end, end


def _where_made(doc: Document, sentence: Sentence, i: int) -> list[PlaceMention]:
    span = made_phrase(sentence, i)
    if span is None:
        return []
    return [m for m in doc.places if m.locates and m.place is not None and span[0] <= m.start < span[1]]


def _relative_antecedent(doc: Document, sentence: Sentence, a: int) -> list[PlaceMention]:
    """"Елизаветполь, который вскоре занял персидский отряд": a clause opened by "который" is
    about the place named right before its comma."""
    tokens = sentence.tokens
    if tokens[a].text == "," and a + 1 < len(tokens):
        a += 1                     # the clause may start at the comma
    if a < 2 or lemma(tokens[a]) != "который" or tokens[a - 1].text != ",":
        return []
    end = tokens[a - 2].end
    return [m for m in doc.places if m.locates and m.end == end and m.place is not None]


def _where_the_doer_stood(doc: Document, sentence: Sentence, verb: int, triggers: list[int]) -> list[PlaceMention]:
    """"Обрегон, укрепившийся у Селаи, встретил конницу Вильи": with no place of its own, a verb
    happened where a participial phrase of its clause put its doer ("у", "под", "в" + place)."""
    a, b = clause_of(sentence, verb)
    found = []
    for m in doc.places:
        if not (m.locates and m.place is not None and sentence.start <= m.start < sentence.end):
            continue
        at = first_token_at(sentence, m.start)
        phrase = participial_phrase(sentence, at)
        if phrase is None or not (a <= phrase[0] and phrase[1] <= b) or phrase[1] > verb \
                or any(phrase[0] <= t < phrase[1] for t in triggers):
            continue
        if prep_before(sentence, at) in TRUE_LOCATIVE:
            found.append(m)
    return found[:1]


def _located_kind_noun(sentence: Sentence, head: int) -> bool:
    """"у села Бородина", "в городе Шуше": a kind noun after a locative preposition is where, not who;
    and "гарнизон Николаевска", "жители Шуши" are where they live or stand."""
    tokens = sentence.tokens
    if lemma(tokens[head]) in STATIONED:
        return True
    return lemma(tokens[head]) in KIND_NOUNS and head > 0 and tokens[head - 1].text.lower() in TRUE_LOCATIVE


# Bodies founded for a land: "правительство Хубэя", "совет Эстляндии".
BODIES = {"правительство", "совет", "комитет", "ревком", "директория", "республика", "автономия", "собрание"}

STATIONED = {"гарнизон", "житель", "население", "горожанин",
             "поселение", "селение", "село", "деревня", "хутор", "аул", "кишлак"}   # "поселения Пенсильвании"


def _told_nouns(sentence: Sentence, verb: int, triggers: list[int]) -> set[int]:
    """Event nouns that are a verb's object or subject in its clause ("подавили восстание в X",
    "восстание в X было подавлено"): a place told with the noun is where the verb's event was too."""
    tokens = sentence.tokens
    if tokens[verb].pos not in {"VERB", "AUX"} and tokens[verb].feats.get("VerbForm") not in {"Part", "Fin", "Inf"}:
        return set()
    clause = clause_of(sentence, verb)
    told = set()
    for t in triggers:
        if t == verb or not clause[0] <= t < clause[1] or tokens[t].pos != "NOUN":
            continue
        between = [u for u in triggers if min(t, verb) < u < max(t, verb)]
        # the tagger reads "восстания" (nom. plural) as a genitive; the dictionary allows both
        cases = {tokens[t].feats.get("Case")} | {c for _, c in dictionary_readings(tokens[t].text.lower())}
        if not between and ((t > verb and "Acc" in cases) or (t < verb and "Nom" in cases)):
            told.add(t)
    return told


def _anaphoric_noun(doc: Document, tokens, j: int) -> bool:
    """"захватили город", "этих областей", "в опустевшую столицу": a bare, demonstrative or described
    place noun, not "другие области", "новую столицу" or "Бакинский уезд"."""
    token = tokens[j]
    if lemma(token) not in ANAPHORA_NOUNS or _named_next(doc, tokens, j):
        return False
    before = tokens[j - 1] if j else None
    if before is not None and lemma(before) in {"этот", "тот", "данный", "весь"}:
        return True
    # "в опустевшую столицу" points back; "другие области", "новую столицу" name others
    return token.feats.get("Number") == "Sing" and (before is None or before.pos != "ADJ"
                                                    or lemma(before) not in OTHER_ADJECTIVES and not _is_place_adjective(doc, before))


OTHER_ADJECTIVES = {"другой", "иной", "новый", "соседний", "ближний", "ближайший", "каждый", "любой", "один",
                    "некоторый", "второй", "третий", "первый", "последний", "будущий", "бывший", "старый",
                    "крупный", "большой", "маленький", "небольшой", "главный", "местный", "уездный",
                    "губернский", "областной", "пограничный", "приграничный", "окрестный", "родной"}


def _is_place_adjective(doc: Document, token) -> bool:
    """"Бакинский уезд": a place's adjective names the noun, which is then no anaphor."""
    return any(m.start <= token.start < m.end for m in doc.places)


def _named_next(doc: Document, tokens, j: int) -> bool:
    """"город Загатала": the noun is followed by the name itself, so it is no anaphor."""
    return j + 1 < len(tokens) and any(m.start == tokens[j + 1].start for m in doc.places)


def _place_role(sentence: Sentence, mention: PlaceMention) -> str:
    i = first_token_at(sentence, mention.start)
    token = sentence.tokens[i] if i < len(sentence.tokens) else None
    prep = prep_before(sentence, i)
    if _governing(sentence, i) in {"между", "с", "со", "против"}:
        return "side"              # "разделена между Римом и Персией": a party, not a location
    before = [t for t in sentence.tokens[max(0, i - 3):i] if t.pos != "ADJ"]
    if before and lemma(before[-1]) in AGENCY_NOUNS:
        return "side"              # "под давлением Австрии осада была снята": who pressed, not where
    if i >= 2 and lemma(sentence.tokens[i - 2]) == "обмен" and sentence.tokens[i - 1].text.lower() == "на":
        return "side"              # "Карс возвращался Турции в обмен на Севастополь": the price, not the place
    if before and before[-1].text.lower() == "войну" \
            or i >= 2 and [t.text.lower() for t in sentence.tokens[i - 2:i]] == ["на", "стороне"]:
        return "side"              # "объявила войну Османской империи", "на стороне России": a side of the war
    if prep == "за" and mention.place is not None and mention.place.type in POLITY_TYPES \
            and re.search(r"(?:ей|ой|ом|ем|ами|ями)$", mention.text) is not None:
        return "recipient"         # "договор, закрепивший за Россией Уссурийский край": whose it became
    if prep in DIRECTION or prep in {"и", ","} and _governing(sentence, i) in DIRECTION:
        return "destination"       # ("через Перекоп и Чонгар": the second name shares the way)
    # "по всей Украине": a dative after a preposition (through its modifiers) is where, not to whom
    if token is not None and token.feats.get("Case") == "Dat" and not _governing(sentence, i) \
            and not _no_dative_form(mention):
        return "recipient"
    return "location"


def entered(sentence: Sentence, mention: PlaceMention) -> bool:
    """"вторглись в Саксонию, Ганновер и Гессен-Кассель": a land named after "в" or "на" (through
    the list it stands in) is a land gone into, not a side."""
    tokens = sentence.tokens
    for j in range(first_token_at(sentence, mention.start) - 1, -1, -1):
        if tokens[j].pos == "ADP":
            return tokens[j].text.lower() in {"в", "во", "на"}
        word = tokens[j].text
        if not (word[:1].isupper() and word[:1].isalpha() or tokens[j].pos == "ADJ" and word.isalpha()
                or word.lower() in {",", "и"}):
            return False      # the list of names ends at a verb, a number or a common noun
    return False


def on_the_way(sentence: Sentence, mention: PlaceMention) -> bool:
    """"через Перекоп и Чонгар": a place passed through, no stage of a march of its own."""
    i = first_token_at(sentence, mention.start)
    prep = prep_before(sentence, i)
    return prep == "через" or prep in {"и", ","} and _governing(sentence, i) == "через"


def _of_independence(sentence: Sentence, mention: PlaceMention) -> bool:
    i = first_token_at(sentence, mention.start)
    return i > 0 and lemma(sentence.tokens[i - 1]) in {"независимость", "суверенитет", "автономия"}


def _no_dative_form(mention: PlaceMention) -> bool:
    """"уступила России Лифляндию", "… Германии Эльзас", "отошли Эриванское … ханства": a name in -а/-я
    ending in -у/-ю, a word ending in a consonant other than -м, or an adjective in -ое, -ая, -ый …
    is no dative (none ends so), whatever the tagger says."""
    name, text = mention.name.lower(), mention.text.lower()
    if " " in text or not text[-1:].isalpha():
        return False
    return name.endswith(("а", "я")) and text.endswith(("у", "ю")) or text[-1] in NOT_DATIVE_LAST \
        or text.endswith(NOT_DATIVE_ADJECTIVE)


NOT_DATIVE_LAST = set("бвгджзклнпрстфхцчшщь")
NOT_DATIVE_ADJECTIVE = ("ое", "ее", "ые", "ие", "ая", "яя", "ый", "ий")   # "Эриванское … ханства"

# Nouns whose genitive is an actor: "под давлением Австрии", "при поддержке Англии", "по требованию России".
AGENCY_NOUNS = {"давление", "требование", "поддержка", "помощь", "посредничество", "влияние", "инициатива",
                "просьба", "настояние", "нажим", "покровительство", "протекторат", "согласие", "участие",
                # "после поражения Германии": who was beaten, not where
                "поражение"}

# Nouns that say what kind of place the next name is ("на реке Абас").
KIND_NOUNS = {"река", "город", "село", "деревня", "крепость", "озеро", "гора", "станция", "аул", "кишлак",
              "столица", "порт"}

# A part of a land before its name ("часть Карелии").
PARTS = {"часть", "половина", "треть", "остаток"}

TRUE_LOCATIVE = {"в", "во", "близ", "под", "у", "около", "возле", "вблизи", "при"}


def _governing(sentence: Sentence, i: int) -> str:
    """The preposition a word depends on, through modifiers and coordination ("между X и Y")."""
    tokens = sentence.tokens
    for j in range(i - 1, max(-1, i - 8), -1):
        if tokens[j].pos == "ADP":
            return tokens[j].text.lower()
        if tokens[j].text == "," and j > 0 and tokens[j - 1].pos in {"NOUN", "PROPN"} \
                and tokens[j - 1].feats.get("Case") == tokens[i].feats.get("Case") is not None:
            continue      # a list of names in one case shares its preposition ("по Тегерану, Исфахану и Куму")
        if tokens[j].pos in {"VERB", "AUX"} or tokens[j].text in {";", ":", "—", ","} or lemma(tokens[j]) in MONTHS:
            return ""     # (a month between: the preposition governs a date, "с конца мая Чанчунь")
    return ""


TOWN_ADJECTIVE = re.compile(r"(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


def _names_a_document(sentence: Sentence, mention: PlaceMention) -> bool:
    """"Мюрцштегскую программу", "Карсский договор": a town's adjective right before the noun it
    names, in a political act, names the town where the thing was made (not "Иреванской и … зон")."""
    if mention.place is None or mention.place.type != "settlement" or " " in mention.text \
            or not TOWN_ADJECTIVE.search(mention.text.lower()):
        return False
    after = [t for t in sentence.tokens if t.start >= mention.end]
    return bool(after) and after[0].pos == "NOUN"


# Phrases that say what a crowd or an act stood for: the places inside them are that cause's.
CAUSE_PHRASE = re.compile(r"\b(?:в\s+поддержку|в\s+защиту|в\s+знак\s+(?:протеста|солидарности)|в\s+ответ\s+на)\s+(?:\w+\s+){0,3}$",
                          re.IGNORECASE)


def _cause_supported(sentence: Sentence, mention: PlaceMention) -> bool:
    """"в поддержку реформ в Польше": the place is inside the phrase naming the cause."""
    return bool(CAUSE_PHRASE.search(sentence.text[:mention.start - sentence.start]))


def _goal_of_motion(sentence: Sentence, mention: PlaceMention) -> bool:
    """"в Мазари-Шариф", "на Кавказ": "в" or "на" with the accusative says where to."""
    i = first_token_at(sentence, mention.start)
    return prep_before(sentence, i) in {"в", "во", "на"} and i < len(sentence.tokens) \
        and sentence.tokens[i].feats.get("Case") == "Acc"


def _place_rank(sentence: Sentence, mention: PlaceMention) -> float:
    """"в Карсе" before a bare "РСФСР", a place come from ("наступавшие из Литвы, заняли Киев")
    after both; destinations and recipients last."""
    role = _place_role(sentence, mention)
    if role == "location":
        prep = prep_before(sentence, first_token_at(sentence, mention.start))
        if prep in {"из", "изо", "от"}:
            return 1.5
        return 0 if prep in TRUE_LOCATIVE else (2 if prep in {"между", "с", "со", "против"} else 1)
    return {"destination": 2, "recipient": 3}.get(role, 4)


def coordinated(sentence: Sentence, first: PlaceMention, second: PlaceMention) -> bool:
    """"Пенза и Сызрань", "Карс, а 7 ноября — Александрополь": places told alike, one event each;
    not "в Закаспии, близ Красноводска" or "на юго-восток Фракии" (one place inside another)."""
    i = first_token_at(sentence, second.start)
    if _apposition(sentence, i):
        return False
    # "на реке Кура и на реке Абас", "в городе X и в городе Y": the repeated kind noun and
    # preposition stand between the conjunction and the name
    while i and (lemma(sentence.tokens[i - 1]) in KIND_NOUNS | PARTS
                 or sentence.tokens[i - 1].pos == "ADJ"):
        i -= 1            # "и часть Карелии", "и северная Эстляндия": a part of a land, told alike
    if i >= 2 and sentence.tokens[i - 1].pos == "ADP" and sentence.tokens[i - 2].text.lower() == "и":
        i -= 1
    if i == 0:
        return False
    before = sentence.tokens[i - 1].text.lower()
    if before in {"затем", "потом"} or (before in {"в", "во", "к", "ко", "на"} and i >= 2
                                        and sentence.tokens[i - 2].text.lower() in {"затем", "потом"}):
        return True               # "к Калуге, затем в Тулу": one stage after another
    if before == "и":
        return True
    if before in {"с", "со"} and i >= 2 and sentence.tokens[i - 2].end == first.end:
        return True               # "Венецию с Истрией": lands handed over together, one transfer each
    if before in {"в", "во", "на", "к", "ко", "у", "под"} and i >= 2 and sentence.tokens[i - 2].text in {"—", "–"}:
        return True                # "в Лакхнау, в начале июня — в Канпуре": a stage told after a dash
    if before in {"—", "–"}:
        # "Карс, а 7 ноября — Александрополь", not the line "Энос — Мидия"
        return not (i >= 2 and sentence.tokens[i - 2].end == first.end)
    if before == "," and i >= 2 and (sentence.tokens[i - 2].end == first.end
                                     or sentence.tokens[i - 2].text[:1].isupper()):
        return True                # a bare list of names: "Шамкир, Губа, Гусар", "перешеек с Выборгом, Приладожье"
    after = next((t for t in sentence.tokens if t.start >= second.end), None)
    if after is not None and after.text in {"—", "–"} and (before == "," or any(
            t.text == "," and first.end <= t.start < second.start for t in sentence.tokens)):
        # "Модлин капитулировал 9 октября, Замостье — 21 октября", "при Росбахе разгромил французов,
        # а 5 декабря при Лейтене — австрийцев": the verb elided after the second place
        return True
    return before in {",", "в", "во"} and i >= 2 and sentence.tokens[i - 2].text.lower() == "и"


LANDS = {"region", "polity", "country"}

# Nouns that put a town inside a land after a comma: "Эль-Обейд, главный город Кордофана".
APPOSITION_NOUNS = {"город", "столица", "центр", "порт", "крепость", "твердыня"}


def _apposition(sentence: Sentence, i: int) -> bool:
    """The name at token i is the genitive after an appositive noun ("…, главный город Кордофана"):
    it says where the place before it lies, it is no second place of the event."""
    tokens = sentence.tokens
    j = i - 1
    while j >= 0 and tokens[j].pos == "ADJ":
        j -= 1
    genitive = tokens[i].feats.get("Case") == "Gen" or any(  # (the tagger reads "Кордофана" as Nom)
        case == "Gen" for _, case in dictionary_readings(tokens[i].text.lower()))
    return j >= 1 and lemma(tokens[j]) in APPOSITION_NOUNS and genitive \
        and any(t.text == "," for t in tokens[max(0, j - 3):j])


# ---- places told outside the event's own clause (used by coref.py once all events are known)

def paragraph_of(doc: Document, offset: int) -> int:
    return doc.text.count("\n", 0, offset)


def participle_head(doc: Document, kept: list[Event], event: Event) -> Event | None:
    """The next event of the sentence when the event is a participle before it."""
    if event.sentence is None:
        return None
    sentence = doc.sentences[event.sentence]
    token = next((t for t in sentence.tokens if t.start == event.trigger.start), None)
    if token is None or token.feats.get("VerbForm") != "Part" or token.feats.get("Variant") == "Short":
        return None       # a short participle ("было сожжено") is a predicate of its own
    later = sorted((e for e in kept if e.sentence == event.sentence and e.trigger.start > event.trigger.start),
                   key=lambda e: e.trigger.start)
    if not later or ";" in doc.text[event.trigger.end:later[0].trigger.start]:
        return None
    return later[0]


LOCATIVE = {"в", "во", "на"}
# Verbs of a sentence that says where something was, not what happened.
STATING = {"находиться", "располагаться", "быть", "сосредоточиться", "происходить"}


def place_stated_next(doc: Document, kept: list[Event], event: Event):
    """"…восстание началось 20 июля. Главные очаги находились в Битольском вилайете.": a sentence of
    the same paragraph that tells no event of its own, only where things were, places the event before it."""
    if event.sentence is None or event.sentence + 1 >= len(doc.sentences):
        return None
    if any(e.sentence in {event.sentence, event.sentence + 1} and e is not event for e in kept):
        return None       # its sentence or the next one tells another event: no statement about this one
    nxt = doc.sentences[event.sentence + 1]
    if paragraph_of(doc, nxt.start) != paragraph_of(doc, event.trigger.start) or \
            not any(lemma(t) in STATING for t in nxt.tokens):
        return None
    for m in doc.places:
        if m.locates and nxt.start <= m.start < nxt.end and m.place is not None \
                and prep_before(nxt, first_token_at(nxt, m.start)) in LOCATIVE:
            return m
    return None


def scene_named_before(doc: Document, kept: list[Event], event: Event):
    """"Известия о волнениях дошли до Кронштадта, и 28 февраля собрание … приняло резолюцию": a town
    named earlier in the event's sentence, in a clause that tells no event, is the scene the event is
    set in."""
    if event.sentence is None:
        return None
    sentence = doc.sentences[event.sentence]
    used = {p.mention.start for e in kept if e.sentence == event.sentence for p in e.places}
    scene = [m for m in doc.places
             if m.locates and sentence.start <= m.start and m.end <= event.trigger.start and m.start not in used
             and m.place is not None and m.place.type == "settlement"
             and not any(a.start <= m.start and m.end <= a.end for a in event.actors)]
    return scene[-1] if scene else None

