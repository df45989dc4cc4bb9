"""The events stage: ``tag(doc)`` fills ``doc.events`` with typed, sourced events.

For every sentence: find trigger candidates (triggers.py), pick the first lexicon rule whose
condition holds given the clause's actors and places (conditions.py, arguments.py,
event_places.py), drop nouns
that only name the object of a verb event in the same clause ("подавить восстание"), split
events told of several places at once, then attach dates, quantities and assertion status.
coref.py finally merges repeated mentions and fills places from discourse.
"""
from __future__ import annotations

import re

from ..model import Assertion, Document, Event, EventPlace, Sentence
from .actors import sentence_actors
from .arguments import assign_actors
from .assertion import assess, refuses, repulsed
from .conditions import holds, may_hold, named
from .coref import resolve
from .dating import date_for
from .event_places import Placement, assign_places, coordinated, entered, made_phrase, on_the_way
from .lexicon import actor_heads
from .ontology import event_type
from .quantities import counted_noun, find_quantities
from .tokens import (
    SHORT_PASSIVE,
    clause_of,
    dictionary_readings,
    first_token_at,
    has_negation_before,
    lemma,
    other_lemmas,
)
from .triggers import PASSIVE_LONG, Candidate, find_candidates

POLITIES = {"country", "polity", "state"}
# Every other type is reported once per place when the text lists several ("взяты Пенза и Сызрань");
# these are one act however many places they name.
TERRITORIAL = {"territorial_transfer", "annexation", "occupation"}
ONE_EVENT_TYPES = {"treaty", "decree", "recognition", "non_recognition", "amnesty"}
STAGED = {"retreat", "flight", "reinforcement", "deportation"}
DOCUMENTS = {"декларация", "закон", "указ", "декрет", "манифест", "договор", "соглашение", "акт", "постановление",
             "резолюция", "конституция", "эдикт", "протокол", "трактат", "независимость"}


def tag(doc: Document) -> Document:
    events: list[Event] = []
    notes: dict[int, dict] = {}
    for index, sentence in enumerate(doc.sentences):
        if _is_heading(doc, sentence):
            continue
        found = sentence_events(doc, sentence, index)
        for event, note in found:
            notes[id(event)] = note
        _attach_quantities(sentence, index, [e for e, _ in found], events)
        events.extend(e for e, _ in found)
    doc.events = resolve(doc, events, notes)
    return doc


def _is_heading(doc: Document, sentence: Sentence) -> bool:
    """A title line ("Восстание 1916 года в Туркестане") names the subject; a coder does not code it."""
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.end)
    line = doc.text[line_start:line_end if line_end != -1 else len(doc.text)].strip()
    return line == sentence.text.strip() and not line.endswith((".", "!", "?", "…")) and len(line) < 120


def sentence_events(doc: Document, sentence: Sentence, index: int) -> list[tuple[Event, dict]]:
    phrases = sentence_actors(doc, sentence)
    names = [(m.start, m.end) for m in doc.mentions if m.kind == "PER" and len(m.text.split()) > 1]
    candidates = [c for c in find_candidates(sentence, names)
                  if not _manner(sentence, c) and not _whose_role(sentence, c) and not _predicate_noun(sentence, c)]
    triggers = [c.index for c in candidates
                if any(may_hold(rule, sentence, clause_of(sentence, c.index), c.index) for rule in c.rules)]
    made: dict[int, tuple[Event, dict]] = {}
    for candidate in candidates:
        if not candidate.noun:
            found = _event_for(doc, sentence, index, candidate, clause_of(sentence, candidate.index), phrases, triggers)
            if found is not None:
                made[candidate.index] = found
    # A bare noun in the clause of a verb event is that event's object or subject
    # ("подавить восстание", "восстание было подавлено"): a mention, not a new event.
    verb_clauses = {clause_of(sentence, i) for i in made}
    for candidate in candidates:
        about = candidate.noun and _about_a_document(sentence, candidate.index)
        proclaimed = about and _proclaimed(sentence, candidate)
        if about and not proclaimed:
            continue      # "соглашение об эвакуации армии": what the document is about, not a told event
        # (a treaty or an act named by its town or kind, "По Берлинскому трактату …", "Органический
        # статут упразднил …", or by its date, "Соглашение 19 января 1899 года установило …", is told even so)
        if candidate.noun and (not (candidate.support is None and not candidate.framed
                                    and clause_of(sentence, candidate.index) in verb_clauses)
                               or all(r.type in GATHERINGS for r in candidate.rules)
                               or proclaimed
                               or any(r.type in ("treaty", "decree") for r in candidate.rules)
                               and (named(sentence, candidate.index) or _dated(doc, sentence, candidate.index))):
            found = _event_for(doc, sentence, index, candidate, clause_of(sentence, candidate.index), phrases, triggers)
            if found is not None:
                made[candidate.index] = found
    for position in _enacted_orders(sentence, made):
        del made[position]
    by_index = {c.index: c for c in candidates}
    for candidate in candidates:
        # "эскадра вступила в бой": a support verb folded into its noun's span tells the noun's
        # event, not one of its own (not a town entered)
        # (a verb after its subject noun says something of its own: "декрет объявил Триполитанию владением")
        support = candidate.support
        if candidate.noun and candidate.index in made and support is not None and support in made \
                and candidate.first <= support < candidate.index and not by_index[support].noun:
            del made[support]
    _join_coordinated_passives(sentence, by_index, made)
    result = []
    for position in sorted(made):
        candidate = by_index[position]
        event, note = made[position]
        note["bare"] = candidate.noun and candidate.support is None and not candidate.framed
        note["framed"] = candidate.framed
        note["case"] = sentence.tokens[candidate.index].feats.get("Case")
        if candidate.index == 0 and sentence.tokens[0].pos == "PROPN" \
                and any(c == "Nom" for _, c in dictionary_readings(sentence.tokens[0].text.lower())):
            note["case"] = "Nom"      # "Осада Казани не удалась": a capital misleads the tagger, not the dictionary
        # "попытки (отчаянного) штурма", "жертвами (красного) террора", "начало восстания": the event
        # is told; "в ходе тяжёлых боёв" only dates what follows (widening "ход" past adjectives
        # gave its toll to a new event: found by the held-out figures, bisected, reverted)
        before = sentence.tokens[candidate.index - 1] if candidate.index else None
        counted = before is not None and (before.pos == "NUM" or lemma(before) in {"несколько", "много", "ряд"})
        if counted or (before is not None and lemma(before) in {"начало", "ход"}) \
                or _governing_noun(sentence, candidate.index) in {"попытка", "жертва"}:
            note["case"] = "Nom"      # "несколько штурмов": counted events are told, not a topic
        note["support"] = candidate.support is not None
        note["support_lemma"] = lemma(sentence.tokens[candidate.support]) if candidate.support is not None else None
        note["noun"] = candidate.noun
        note["gerund"] = sentence.tokens[candidate.index].feats.get("VerbForm") == "Conv"
        # ", объявившая …" after a document ("Декларация независимости") describes what the act made
        token, i = sentence.tokens[candidate.index], candidate.index
        # (… or who an act gave power to: "власть перешла к Директории, избранной на совещании")
        note["participle"] = token.feats.get("VerbForm") == "Part" and i > 1 \
            and sentence.tokens[i - 1].text == "," and (any(lemma(t) in DOCUMENTS for t in sentence.tokens[max(0, i - 7):i - 1])
                                                        or sentence.tokens[i - 2].text[:1].isupper())
        # (", высаженный с кораблей, взял Анапу": a participle set off by commas, before its verb)
        # (the tagger may take the participle for a noun: its ending tells)
        note["aside"] = (token.feats.get("VerbForm") == "Part" or not candidate.noun and PASSIVE_LONG.search(token.text.lower())
                         is not None) and i > 0 and sentence.tokens[i - 1].text == ","
        split = _split_by_place(doc, sentence, event, note)
        result.extend(split if len(split) > 1 else _repeated_after_dash(doc, sentence, event, note, made))
    return result


# People gathered are an event of their own even as another act's object: "полиция разогнала шествие",
# "открыли огонь по манифестации" (told before, the mention joins it in coref).
GATHERINGS = {"protest", "strike"}


# Documents whose "о …" names the act they make: "прокламация о присоединении Пенджаба".
PROCLAIMING = DOCUMENTS | {"прокламация", "воззвание", "обращение", "решение", "постановление"}


def _about_a_document(sentence: Sentence, index: int) -> bool:
    """The word is what a document is about: "указ об отречении", "манифест о присоединении"."""
    tokens = sentence.tokens
    return index >= 2 and tokens[index - 1].text.lower() in {"о", "об"} and lemma(tokens[index - 2]) in PROCLAIMING


def _proclaimed(sentence: Sentence, candidate: Candidate) -> bool:
    """"манифест о присоединении", "соглашение о перемирии", "манифест о войне": what such a document
    proclaims is its act, told as an event of its own; an abdication, an evacuation or a liberation
    a document is about ("указ об отречении", "соглашение об эвакуации") is no event of its own."""
    return all(r.type in PROCLAIMED for r in candidate.rules) \
        or lemma(sentence.tokens[candidate.index]) in {"война", "объявление"}


# What a document proclaims that is an act in its own right.
PROCLAIMED = {"annexation", "treaty"}


def _dated(doc: Document, sentence: Sentence, index: int) -> bool:
    """A date follows the word at once ("Соглашение 19 января 1899 года") or in the participle that says
    it was made ("По условиям мира, заключённого в Тильзите летом 1807 года")."""
    tokens = sentence.tokens
    if index + 1 >= len(tokens):
        return False
    made = made_phrase(sentence, index)
    return any(t.kind == "date" and (t.start == tokens[index + 1].start
                                     or made is not None and made[0] <= t.start < made[1]) for t in doc.times)


def _join_coordinated_passives(sentence: Sentence, by_index: dict[int, Candidate],
                               made: dict[int, tuple[Event, dict]]) -> None:
    """"часть города была разгромлена и сожжена": two participles of one subject tell one event."""
    tokens = sentence.tokens
    for position in sorted(made):
        other = position + 2
        if other in made and position in made and tokens[position + 1].text.lower() == "и" \
                and by_index[position].passive and (by_index[other].passive or SHORT_PASSIVE.search(tokens[other].text)) \
                and not _arrest_then_more(made[position][0].type, made[other][0].type):
            event, _ = made[position]
            event.mentions.append(made[other][0].trigger)
            del made[other]


def _arrest_then_more(first: str, second: str) -> bool:
    """"были арестованы и расстреляны", "арестованы и высланы": what befell people after their arrest
    is an event of its own (a town "разгромлена и сожжена" suffered one event)."""
    return first != second and bool({first, second} & {"arrest", "deportation"})


# Nouns whose infinitive says what was ordered or planned, not what happened ("приказ … разоружить").
CONTENT_NOUNS = {"приказ", "решение", "план", "требование", "намерение", "предложение", "указ", "обещание",
                 "право", "цель", "задача", "распоряжение"}


# Verbs of ordering whose infinitive is what was ordered ("приказал конфисковать имущество"): the order
# is the event (a decree), not the act it asks for.
ORDER_VERBS = {"приказать", "велеть", "повелеть", "распорядиться", "приказывать", "предписать", "предписывать"}


# A commander's order of these acts tells the act ("Марото приказал расстрелять четырёх генералов",
# "велел обезглавить пленных", "приказал отступить"): coders code the act, not a decree; a policy
# ordered ("приказал конфисковать имущество") stays a decree, and so does a standing order
# ("приказывал расстреливать") or an order's text ("приказ … разоружить").
ENACTED = {"execution", "arrest", "retreat", "massacre"}
COMMANDING = {"приказать", "велеть", "повелеть", "распорядиться"}


# People defined by an event: "диктатором восстания", "участники штурма" name who, not a new event.
ROLE_NOUNS = {"диктатор", "руководитель", "вождь", "лидер", "участник", "организатор", "глава",
              "предводитель", "идеолог", "зачинщик", "вдохновитель", "командующий", "начальник", "штаб"}


# Link verbs whose instrumental says what the subject was ("война стала первым крупным столкновением").
COPULAS = {"стать", "становиться", "являться", "явиться", "оказаться", "считаться"}


def _predicate_noun(sentence: Sentence, candidate: Candidate) -> bool:
    """An event noun in the instrumental after a link verb names what the subject was, not an event
    of its own ("Яванская война … стала самым упорным сопротивлением")."""
    token = sentence.tokens[candidate.index]
    if not candidate.noun or token.feats.get("Case") != "Ins":
        return False
    if any(c.startswith("with=") and COPULAS & set(c[5:].split("|")) for r in candidate.rules for c in r.conditions):
        return False      # ("христианство стало государственной религией": a row that wants the link verb)
    a, _ = clause_of(sentence, candidate.index)
    return any(lemma(t) in COPULAS for t in sentence.tokens[a:candidate.index])


def _whose_role(sentence: Sentence, candidate: Candidate) -> bool:
    token = sentence.tokens[candidate.index]
    return candidate.noun and token.feats.get("Case") == "Gen" \
        and _governing_noun(sentence, candidate.index) in ROLE_NOUNS


# Words that charge someone with a deed: "обвинённых в нападении", "по обвинению в измене".
CHARGING = ("обвин", "подозр", "уличен", "уличён", "осужд")


def _manner(sentence: Sentence, candidate: Candidate) -> bool:
    """"без боя", "без объявления войны": how something was done, not an event; and the content
    of an order or a plan ("приказ Троцкого разоружить легионеров")."""
    i = candidate.index
    tokens = sentence.tokens
    if candidate.noun:
        # "взял штурмом Швейдниц", "приступом овладели Карсом": the assault is how the named town
        # was taken (with no name, "взяли штурмом старый город", the assault stays the event told)
        taking = any(lemma(t) in TAKING_VERBS for t in tokens[max(0, i - 1):i + 2] if t is not tokens[i]) \
            and any(t.text[:1].isupper() for t in tokens[i + 1:clause_of(sentence, i)[1]])
        # ("после ожесточённого штурма был захвачен Чжэньцзян": the same, told as what came first)
        after_assault = lemma(tokens[i]) in {"штурм", "приступ"} and any(
            t.text.lower() == "после" for t in tokens[max(0, i - 3):i]) and _named_town_taken(sentence, i)
        # "в беспорядке бежали": how they fled
        disorder = i > 0 and lemma(tokens[i]) == "беспорядок" and tokens[i - 1].text.lower() == "в"
        # "повесили … человек, обвинённых в нападении на миссию": a charge, not an act the text tells
        charged = i > 1 and tokens[i - 1].text.lower() in {"в", "во"} and any(
            lemma(t).startswith(CHARGING) or t.text.lower().startswith(CHARGING) for t in tokens[max(0, i - 3):i - 1])
        return any(t.text.lower() == "без" for t in tokens[max(0, i - 2):i]) or disorder or charged \
            or (taking and lemma(tokens[i]) in {"штурм", "приступ"} and tokens[i].feats.get("Case") == "Ins") \
            or after_assault
    if tokens[i].feats.get("VerbForm") == "Inf":
        # ("приказ, предписывавший расстреливать": the tagger may leave the participle unread)
        orders = [t for t in tokens[max(0, i - 3):i]
                  if lemma(t) in CONTENT_NOUNS | ORDER_VERBS or set(other_lemmas(t)) & ORDER_VERBS]
        # ("велел перебить около 70 мурз": one of the word's kinds is an act a commander's order tells,
        # and none of its political kinds fits the clause: "приказал оставить … посты" is no resignation)
        clause = clause_of(sentence, i)
        enacted = any(r.type in ENACTED for r in candidate.rules) and not any(
            event_type(r.type).family == "political" and may_hold(r, sentence, clause, i) for r in candidate.rules)
        return bool(orders) and not (all(lemma(t) in COMMANDING for t in orders) and enacted)
    return False


def _enacted_orders(sentence: Sentence, made: dict) -> list[int]:
    """Positions of the order verbs whose infinitive was made an act of its own (ENACTED)."""
    tokens = sentence.tokens
    return [i for i in made if lemma(tokens[i]) in COMMANDING and any(
        k in made and tokens[k].feats.get("VerbForm") == "Inf" and made[k][0].type in ENACTED
        for k in range(i + 1, min(len(tokens), i + 4)))]


def _named_town_taken(sentence: Sentence, i: int) -> bool:
    """A taking verb follows in the clause, and a capitalised name after it."""
    tokens = sentence.tokens
    end = clause_of(sentence, i)[1]
    verbs = [k for k in range(i + 1, end) if lemma(tokens[k]) in TAKING_VERBS]
    return bool(verbs) and any(t.text[:1].isupper() for t in tokens[verbs[0] + 1:end])


# An attack or a siege "repulsed" or "failed" in a later clause failed; a capture later lost did not.
REPULSABLE = {"attack", "siege"}
FAILURE_VERBS = {"отбить", "отбивать", "отразить", "отражать", "провалиться", "отбросить", "рассеять"}
NO_FIGHT = {"боя", "боев", "боёв", "сопротивления", "выстрела", "кровопролития"}


SIEGE_NOUNS = {"блокада", "осада", "кольцо", "окружение"}
TAKING_VERBS = {"взять", "брать", "овладеть", "занять", "захватить"}


def _assertion(sentence: Sentence, candidate: Candidate, clause: tuple[int, int], kind: str,
               triggers: list[int]) -> Assertion:
    """The cues of the trigger's clause (assertion.py), then what the support verb and later clauses add."""
    tokens = sentence.tokens
    assertion = assess(sentence, candidate.index, clause)
    if candidate.support is not None and assertion.status == "asserted" \
            and has_negation_before(tokens, candidate.support):
        # "сражения так и не произошло": the support verb's "не" negates the event
        assertion = Assertion("negated", [tokens[candidate.support - 1].text])
    if candidate.framed and assertion.status in {"hypothetical", "failed"}:
        assertion = Assertion()   # "до оккупации … обещала": the promise is modal, not the framing event
    if kind in REPULSABLE and assertion.status == "asserted":
        others = {i for i in triggers if i != candidate.index and lemma(tokens[i]) not in FAILURE_VERBS}
        cues = repulsed(sentence, clause, others)
        if cues:
            assertion = Assertion("failed", cues)
    return assertion


def _refined_type(sentence: Sentence, candidate: Candidate, clause: tuple[int, int], kind: str) -> str:
    """A taking "в блокаду" is a siege; one "без боя" is an occupation (ACLED: a non-violent transfer),
    but a garrison that gave itself up "без боя" was still taken ("без боя капитулировал Нью-Росс"),
    as the held-out annotators code surrenders."""
    if kind in {"capture", "recapture"} and _into_siege(sentence, candidate.index, clause):
        return "siege"
    if kind == "capture" and _without_fighting(sentence, clause) \
            and lemma(sentence.tokens[candidate.index]) not in SURRENDERS:
        return "occupation"
    return kind


# Entering ("вступили", "вошли") a town takes it; entering a country, a region or a sea is a move
# of forces into it (as most held-out annotators code "вступили в Венгрию", "вошёл в Чёрное море").
ENTERING = {"вступить", "войти"}
LANDS = {"country", "polity", "state", "region", "province", "sea", "lake"}


def _entry_into_a_land(kind: str, trigger_lemma: str, places: list[EventPlace]) -> str:
    located = [p.mention.place for p in places if p.role == "location" and p.mention.place is not None]
    if kind == "capture" and trigger_lemma in ENTERING and located and located[0].type in LANDS:
        return "reinforcement"
    return kind


def _land_passing(kind: str, trigger_lemma: str, sentence: Sentence, trigger: int, places: list[EventPlace]) -> str:
    """"а Британии отходили Куррам, Пишин и Сиби": a land that "отходит" as the subject, named after
    the verb with no preposition, passes to a new owner; troops that "отходят" retreat."""
    if kind != "retreat" or trigger_lemma not in {"отойти", "отходить"}:
        return kind
    for p in places:
        i = first_token_at(sentence, p.mention.start)
        if p.mention.place is not None and i > trigger and sentence.tokens[i].feats.get("Case") == "Nom" \
                and sentence.tokens[i - 1].pos != "ADP":
            return "territorial_transfer"
    return kind


# A garrison or a town that surrenders is taken; a leader who surrenders ("капитулировал Джонстон",
# "имам сдался главнокомандующему") ends a war by terms, as the held-out annotators code it.
SURRENDERS = {"капитулировать", "сдаться", "сдаваться", "сложить", "капитуляция"}


def _a_leader_surrenders(kind: str, trigger_lemma: str, actors) -> str:
    kinds = {a.kind for a in actors}
    if kind == "capture" and trigger_lemma in SURRENDERS and kinds & {"person", "officials"} \
            and not kinds & {"military", "rebels", "civilians", "workers", "state"}:
        return "treaty"
    return kind


def _into_siege(sentence: Sentence, trigger: int, clause: tuple[int, int]) -> bool:
    """"взять X в блокаду": "в" after the trigger, then (over adjectives) a siege noun."""
    tokens = sentence.tokens
    for k in range(trigger + 1, min(clause[1], trigger + 6)):
        if tokens[k].text.lower() == "в":
            after = [t for t in tokens[k + 1:min(clause[1], k + 4)] if t.pos != "ADJ"]
            return bool(after) and lemma(after[0]) in SIEGE_NOUNS
    return False


def _without_fighting(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """"вошли в Адрианополь без боя", "без единого выстрела"."""
    words = [t.text.lower() for t in sentence.tokens[clause[0]:clause[1]]]
    return any(w == "без" and any(x in NO_FIGHT for x in words[k + 1:k + 3]) for k, w in enumerate(words))


def _governing_noun(sentence: Sentence, i: int) -> str | None:
    """The lemma of the noun right before token i, over its adjectives ("жертвами красного террора")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if sentence.tokens[j].pos != "ADJ":
            return lemma(sentence.tokens[j]) if sentence.tokens[j].pos == "NOUN" else None
    return None


def _event_for(doc: Document, sentence: Sentence, index: int, candidate: Candidate,
               clause: tuple[int, int], phrases, triggers: list[int]) -> tuple[Event, dict] | None:
    places: Placement = assign_places(doc, sentence, candidate, clause, phrases, triggers)
    for rule in candidate.rules:
        actors = assign_actors(sentence, candidate, rule, clause, phrases)
        leaving = rule.type in {"retreat", "flight"}
        moving = leaving or rule.type == "reinforcement"
        if not holds(rule, sentence, clause, actors, _has_place(doc, sentence, clause, places, leaving, moving),
                     candidate.index):
            continue
        tokens = sentence.tokens
        trigger = doc.span(tokens[candidate.first].start, tokens[candidate.last].end)
        assertion = _assertion(sentence, candidate, clause, rule.type, triggers)
        kind = _refined_type(sentence, candidate, clause, rule.type)
        if kind in {"recognition", "non_recognition"} and refuses(sentence, candidate.index) \
                or kind == "treaty" and rule.lemma in RATIFYING and assertion.status == "negated":
            # "перемирие император не утвердил": a treaty refused ratification is refused recognition
            kind, assertion.status = "non_recognition", "asserted"
            assertion.cues = [c for c in assertion.cues if c.lower() not in {"не"} and not c.lower().startswith("отказ")]
        # a state that acts politically is also where its act happens ("в войну вступила Румыния");
        # in fighting the sides are not the places ("Османская империя сосредоточила войска")
        event_places = places.places
        # a territory changing hands is the place, not the states it passes between
        if event_type(kind).family == "conflict" or kind in TERRITORIAL:
            # the territory handed over may stand as the target ("Армения была разделена")
            # and so may the villages attacked ("обрушились на поселения Пенсильвании")
            # and a state entered is a land, whatever the tagger made of it ("вторглись в Саксонию, Ганновер
            # и Гессен-Кассель")
            gone_into = [(p.mention.start, p.mention.end) for p in places.places if entered(sentence, p.mention)]
            sides = [(a.start, a.end) for a in actors if (kind not in TERRITORIAL or a.role != "target")
                     and not (a.role == "target" and a.kind == "civilians") and (a.start, a.end) not in gone_into]
            event_places = [p for p in places.places if not any(s <= p.mention.start < e for s, e in sides)] \
                or places.places[:1]     # only the sides are named: "Армения потерпела поражение в войне"
        kind = _entry_into_a_land(kind, rule.lemma, event_places)
        kind = _land_passing(kind, rule.lemma, sentence, candidate.index, event_places)
        kind = _a_leader_surrenders(kind, rule.lemma, actors)
        if kind in TERRITORIAL:
            _mark_recipients(doc, event_places)
            _lands_ceded_with(doc, event_places)
        event = Event(
            id="", document=doc.id, type=kind, trigger=trigger,
            evidence=doc.span(sentence.start, sentence.end),
            date=date_for(doc, trigger.start, trigger.end, lasting=rule.lemma in LASTING and not candidate.framed),
            places=event_places, actors=actors, assertion=assertion,
            confidence=_confidence(candidate, actors, event_places), sentence=index,
        )
        return event, {"anaphora": places.anaphora, "listed": places.listed, "lemma": rule.lemma,
                       "named": "named" in rule.conditions or (rule.type == "treaty" and (
                           named(sentence, candidate.index) or _dated(doc, sentence, candidate.index)))}
    return None


NOT_A_GOAL = {"из", "от", "к", "ко", "до", "для", "против", "с", "со", "между", "о", "об", "по", "за"}


def _lands_ceded_with(doc: Document, places: list[EventPlace]) -> None:
    """"получала Венецию с Истрией и Далмацией": a land told with a land handed over (after "с", then
    "и" or a comma) passes too; it is no side of the transfer (a town after "с" is part of the land
    before it: "Карельский перешеек с Выборгом")."""
    ordered = sorted(places, key=lambda p: p.mention.start)
    for k, p in enumerate(ordered):
        if k == 0 or p.role != "side" or ordered[k - 1].role != "location" \
                or p.mention.place is None or p.mention.place.type == "settlement":
            continue
        between = doc.text[ordered[k - 1].mention.end:p.mention.start]
        if re.fullmatch(r"\s+(?:с|со)\s+", between) or k >= 2 and ordered[k - 2].role == "location" \
                and re.fullmatch(r"\s*(?:,|и)\s*", between) and re.search(r"\s(?:с|со)\s", doc.text[
                    ordered[k - 2].mention.end:ordered[k - 1].mention.start]):
            p.role = "location"


def _has_place(doc: Document, sentence: Sentence, clause: tuple[int, int], places: Placement,
               leaving: bool = False, moving: bool = False) -> bool:
    """A place the event is done to or in ("взяли Пермь", "вошли в Уфу", "город"), not one it
    comes from ("из Туркестана предполагалось взять … человек"), unless the event is leaving it
    ("снял осаду и ушёл из Чехии") or going towards it ("ушёл к Инвернессу", "вышли к Вильямонтесу"):
    named by the places stage or NER."""
    # (… or behind it: "отвёл её за Об")
    not_a_goal = NOT_A_GOAL - {"из", "за"} if leaving else NOT_A_GOAL
    if moving:
        not_a_goal = not_a_goal - {"к", "ко", "до"}     # "дошли до Конкорда"
    if places.anaphora is not None:
        return True
    tokens = sentence.tokens
    lo, hi = tokens[clause[0]].start, tokens[clause[1] - 1].end
    spans = [(p.mention.start, p.mention.end) for p in places.places]
    spans += [(m.start, m.end) for m in doc.mentions if m.kind == "LOC" and lo <= m.start and m.end <= hi]
    # a side ("после поражения Германии", "войну Османской империи") is no place of the event
    sides = {p.mention.start for p in places.places if p.role == "side"}
    for start, _ in spans:
        if start in sides:
            continue
        if start < lo:
            return True    # the antecedent of "…, который занял отряд": its preposition is the main clause's
        if _governing_preposition(tokens, first_token_at(sentence, start)) not in not_a_goal:
            return True
    return False


def _governing_preposition(tokens, i: int) -> str:
    """The preposition a place depends on, through modifiers and coordination ("из X и Y")."""
    for j in range(i - 1, max(-1, i - 8), -1):
        token = tokens[j]
        if token.pos == "ADP":
            return token.text.lower()
        if token.pos in {"VERB", "AUX"} or token.text in {";", ":", "—"}:
            return ""
    return ""


def _confidence(candidate: Candidate, actors, places) -> float:
    score = 0.55 if not candidate.noun else (0.5 if candidate.support is not None else 0.35)
    score += 0.15 if actors else 0.0
    score += 0.1 if places else 0.0
    return min(score, 0.95)


def _mark_recipients(doc: Document, places: list[EventPlace]) -> None:
    """"уступила Шлезвиг, Гольштейн и Лауэнбург Пруссии и Австрии": states named right after the lands
    ceded (the tagger often misses their dative) are whom the lands passed to; a state inside the list
    of lands is one of them ("присоединила Ганновер, Гессен-Кассель, Нассау и Франкфурт")."""
    lands = [p.mention.start for p in places if p.role == "location"
             and p.mention.place is not None and p.mention.place.type not in POLITIES]
    before = None
    for p in sorted(places, key=lambda p: p.mention.start):
        gap = doc.text[before.mention.end:p.mention.start].strip() if before is not None else ""
        told_apart = not gap or before.role == "recipient" and gap in {",", "и"}
        if lands and p.role == "location" and p.mention.start > lands[0] and p.mention.place is not None \
                and p.mention.place.type in POLITIES and _may_be_dative(p.mention.text) and told_apart:
            p.role = "recipient"
        before = p


def _may_be_dative(text: str) -> bool:
    return any(case == "Dat" for _, case in dictionary_readings(text.split()[-1].lower()))


def _split_by_place(doc: Document, sentence: Sentence, event: Event, note: dict) -> list[tuple[Event, dict]]:
    """"были взяты Пенза и Сызрань": one event per coordinated place, as a coder records them.
    A place told after a dash ("а 7 ноября — Александрополь") takes the date of its own words."""
    # a retreat or a march told in stages ("отступил к Калуге, затем в Тулу") goes to each place in turn
    roles = {"location", "destination"} if event.type in STAGED else {"location"}
    located = sorted((p for p in event.places if p.role in roles and not on_the_way(sentence, p.mention)),
                     key=lambda p: p.mention.start)
    if event_type(event.type).family == "conflict" and event.type not in RISINGS:
        # (a land that rises is where the rising is: "подняло на восстание Талышинское, Ширванское …")
        # in fighting, named countries are usually the sides ("Балканский союз — Болгария, Сербия …
        # выступил"): one event, not one per country
        # (a state entered is a stage like any land: "вторглись в Саксонию, Ганновер и Гессен-Кассель")
        located = [p for p in located if p.mention.place is None or p.mention.place.type not in POLITIES
                   or entered(sentence, p.mention)] or located[:1]
    if event.type in ONE_EVENT_TYPES or len(located) < 2:
        return [(event, note)]
    # a list after another verb is that verb's: "уступала Гонконг, открывала пять портов — Кантон, Амой …"
    verb_after = next((t.start for t in sentence.tokens if t.start > event.trigger.end and t.pos == "VERB"
                       and t.feats.get("VerbForm") == "Fin"), None) if event.type in TERRITORIAL else None
    if verb_after is not None:
        located = [p for p in located if p.mention.start < verb_after] or located[:1]
        if len(located) < 2:
            return [(event, note)]
    groups = [[located[0]]]
    for place in located[1:]:
        if coordinated(sentence, groups[-1][-1].mention, place.mention):
            groups.append([place])
        else:
            groups[-1].append(place)
    if len(groups) == 1:
        return [(event, note)]
    others = [p for p in event.places if not any(p is q for g in groups for q in g)]
    result = []
    last_date = event.date
    rank = {id(p.mention): k for k, p in enumerate(event.places)}
    for n, group in enumerate(groups):
        mention = group[0].mention
        if not any(p.role == "location" for p in group):
            group = [EventPlace(group[0].mention, "location"), *group[1:]]   # where this stage went
        # a place told with a date of its own ("Карс, а 7 ноября — Александрополь") takes that date;
        # one merely listed ("Виргиния, Арканзас …") shares the event's
        told_between = [t for t in doc.times if n > 0 and t.kind == "date" and t.edtf
                        and groups[n - 1][-1].mention.end <= t.start < mention.start]
        own_date = bool(told_between)
        # "…, Замостье — 21 октября": the date after the dash is the place's own
        # ("у Вертингена 8 октября и у Эльхингена 14 октября": so is one right after the name)
        dashed = next((t for t in doc.times if n > 0 and t.kind == "date" and t.edtf and t.start >= group[-1].mention.end
                       and re.fullmatch(r"\s*(?:[—–]\s*)?", doc.text[group[-1].mention.end:t.start])), None)
        # ("заняли Харьков, 16 декабря — Киев, 3 января 1920 года — Царицын": the date told before it)
        date = dashed if dashed is not None else \
            (told_between[-1] if told_between and re.fullmatch(r"\s*[—–]\s*", doc.text[told_between[-1].end:mention.start])
             else date_for(doc, mention.start, mention.end) or event.date) if own_date else last_date
        last_date = date
        # within a group, the order the places were ranked in ("форсировали Днепр у Александровска":
        # the town before the river crossed)
        group = sorted(group, key=lambda p: rank[id(p.mention)])
        copy = Event(event.id, event.document, event.type, event.trigger, event.evidence, date,
                     [*group, *others], list(event.actors), list(event.quantities), event.assertion,
                     event.confidence * 0.9, event.sentence)
        result.append((copy, dict(note)))
    return result


def _repeated_after_dash(doc: Document, sentence: Sentence, event: Event, note: dict,
                         made: dict[int, tuple[Event, dict]]) -> list[tuple[Event, dict]]:
    """"18 августа обезглавили лордов Килмарнока и Балмерино, а 9 апреля 1747 года — лорда Ловата":
    a date and a dash after ", а" (or a bare comma) repeat the act with the verb left out; one more
    event, of its date, at the place named after the dash ("ворвались в Тамбов, 22 августа — в Козлов")."""
    later = [i for i in made if made[i][0].trigger.start > event.trigger.start]
    end = min((made[i][0].trigger.start for i in later), default=sentence.end)
    for t in doc.times:
        if not (event.trigger.end < t.start and t.end < end and t.kind == "date" and t.edtf) \
                or event.date is not None and t.start == event.date.start:
            continue
        if re.search(r"(?:,|;)\s+(?:а\s+)?$", doc.text[event.trigger.end:t.start]) \
                and re.match(r"\s*[—–]\s*\w", doc.text[t.end:end]):
            there = [EventPlace(m, "location") for m in doc.places
                     if m.locates and m.place is not None and t.end < m.start < end]
            here = [p for p in event.places if p.mention.start < t.start]
            copy = Event(event.id, event.document, event.type, event.trigger, event.evidence,
                         t, there or list(event.places), [], [], event.assertion,
                         event.confidence * 0.9, event.sentence)
            if there:
                event.places = here
            return [(event, note), (copy, dict(note))]
    return [(event, note)]


RATIFYING = {"утвердить", "ратифицировать"}


# Sieges go on until an end their sentence dates ("осадили Карлайл и 15 ноября вынудили его сдаться");
# an encirclement is dated as the act ("окружили …, и 11 декабря те капитулировали")
LASTING = {"осадить", "осаждать", "осада"}


# What a number counts says which kind of event it belongs to.
FITS = {"fatalities": {"massacre", "attack_on_civilians", "execution", "battle", "attack", "suppression", "uprising",
                       "bombardment"},
        "wounded": {"massacre", "attack_on_civilians", "battle", "attack", "suppression", "uprising", "protest",
                    "bombardment"},
        "displaced": {"flight", "deportation"},
        "prisoners": {"capture", "recapture", "battle", "attack", "occupation", "siege", "arrest", "treaty"},   # (a leader's surrender)
        "destroyed": {"looting", "massacre", "attack_on_civilians", "suppression"}}


def _attach_quantities(sentence: Sentence, index: int, here: list[Event], before: list[Event]) -> None:
    """Each number goes to the nearest fitting event of its sentence; in a sentence without events
    ("Численность корпуса оценивают в …") to the latest event whose actor the sentence names."""
    previous = [e for e in before if before and e.sentence == before[-1].sentence]
    for quantity in find_quantities(sentence):
        pool = here or _events_naming(sentence, before) or previous
        if not pool:
            continue
        if _counts_rebels(sentence, quantity) and quantity.what not in TAKEN_PEOPLE | {"displaced"} \
                and not any(e.type in RISINGS for e in pool):
            # "против примерно 26 тыс. повстанцев": the rebels' number belongs to their rising
            # (not those caught, killed or fled: "лишь захватил 8 повстанцев", "8 тыс. мятежников ушли")
            rising = [e for e in before[-15:] if e.type in RISINGS and e.sentence is not None
                      and index - e.sentence <= 6]
            pool = rising[-1:] or pool
        # "выступило ополчение численностью около 40 тыс., но … в битве оно было разбито": an event
        # of the number's own clause first, even one whose kind the number's cue does not fit ("армия,
        # 10–12 тыс. человек, высадилась …; … город капитулировал")
        own = clause_of(sentence, first_token_at(sentence, quantity.start))
        in_clause = [e for e in pool if e.sentence == index
                     and clause_of(sentence, first_token_at(sentence, e.trigger.start)) == own]
        fits = FITS.get(quantity.what, ())
        # (… but men taken, killed or wounded are a fight's, not a march's of the same clause: "ударил по
        # пехоте, захватил более 3 тыс. пленных и отошёл к Гумбиннену")
        if quantity.what in TAKEN_PEOPLE and in_clause and all(e.type in MARCHES for e in in_clause) \
                and any(e.type in fits and e.sentence == index for e in pool):
            in_clause = []
        pool = in_clause or pool
        fitting = [e for e in pool if e.type in fits] or pool
        nearest = min(fitting, key=lambda e: abs(e.trigger.start - quantity.start))
        for event in pool:
            if event.trigger.start == nearest.trigger.start:
                event.quantities.append(quantity)


RISINGS = {"uprising", "mutiny"}
MARCHES = {"retreat", "reinforcement"}
TAKEN_PEOPLE = {"prisoners", "fatalities", "wounded"}


def _counts_rebels(sentence: Sentence, quantity) -> bool:
    counted = counted_noun(sentence, quantity.end)
    return counted is not None and actor_heads().get(counted) == "rebels"


def _stem(word: str) -> str:
    return word.lower()[:5]


def _events_naming(sentence: Sentence, before: list[Event]) -> list[Event]:
    words = {_stem(t.text) for t in sentence.tokens if t.pos in {"NOUN", "PROPN"} and len(t.text) > 3}
    for event in reversed(before[-12:]):
        if any(_stem(w) in words for a in event.actors for w in a.text.split() if len(w) > 3):
            return [event]
    return []


__all__ = ["tag"]
