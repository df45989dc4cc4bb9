"""Within a document: merge repeated mentions of one event, resolve "город"/"здесь", carry the
place of a paragraph's events to the ones that name none, and tell recaptures from captures."""
from __future__ import annotations

import re
from collections import Counter

from ..gazetteer import default_gazetteer
from ..model import Document, Event, EventPlace
from .conditions import NAMING_ENDINGS
from .event_places import SAME_PLACE, participle_head, place_stated_next, scene_named_before
from .lexicon import actor_heads
from .quantities import counted_noun
from .tokens import ACTIVE_PARTICIPLE

MERGE_WINDOW = 6                 # sentences back in which a bare noun may refer to an event
TAKING = {"capture", "recapture", "occupation"}
INHERITS = {"conflict"}


def resolve(doc: Document, events: list[Event], notes: dict[int, dict]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        note = notes.get(id(event), {})
        if note.get("bare"):
            earlier = _antecedent(kept, event)
            if earlier is not None and event.assertion.status == earlier.assertion.status == "asserted" \
                    and not _dated_apart(earlier, event):
                _absorb(earlier, event)
                continue
            fired_on = event.type in GATHERED and note.get("case") == "Dat"   # "огонь по манифестации"
            if earlier is None and note.get("case") in {"Gen", "Dat"} and not note.get("named") and not fired_on:
                continue      # "поводом к восстанию", "причины восстаний": a topic, not a told event
                              # (a named one is told: "по Любекскому миру")
        elif note.get("framed") and note.get("anaphora") and not event.places \
                and (earlier := _antecedent(kept, event)) is not None and earlier.sentence == event.sentence:
            # "белые взяли Выборг; после взятия города …": the framed noun points back at the taking
            _absorb(earlier, event)
            continue
        elif note.get("support") and not event.places:
            earlier = _retold(kept, event, note)
            if earlier is not None:
                _absorb(earlier, event)
                continue
        elif event.type in WHOLES and not event.places and kept and kept[-1].type == event.type \
                and event.sentence is not None and kept[-1].sentence is not None \
                and event.sentence - kept[-1].sentence <= 1 \
                and NEGATIVE.isdisjoint({event.assertion.status, kept[-1].assertion.status}):
            # "Первое восстание произошло в X. Восстали части …": who rose, of the rising just told
            _absorb(kept[-1], event)
            continue
        fight = _fight_died_in(events, event, notes, doc.text)
        if fight is not None:
            # "Марти погиб в стычке …", "в засаде … был убит Коллинз", "атаковал лагерь; сам Эркерт был
            # убит": a death in a fight the sentence tells is that fight's toll
            _absorb(fight, event)
            continue
        if note.get("lemma") in CONSEQUENCES or (note.get("lemma") in FELL and event.type in VIOLENCE) or (note.get("lemma") in WOUNDS
                                                  and not any(a.role == "agent" for a in event.actors)) \
                or _counted_dead(kept, event, note):
            cause = _cause(kept, event)
            if cause is not None and _townsfolk_killed(doc, cause, event, note):
                # "…штурмом взял город; по некоторым данным, погибли около 5 тыс. жителей": the
                # townsfolk killed after a taking are a massacre of their own, as coders record it
                event.type = "massacre"
                event.places = event.places or list(cause.places)
                event.date = event.date or cause.date
                kept.append(event)
                continue
            if cause is not None:
                # every copy of a split event ("напали на сёла в X и Y уездах") shares the toll
                for copy in kept:
                    if copy.trigger.start == cause.trigger.start and copy.type == cause.type:
                        copy.quantities.extend(event.quantities)
                event.quantities = []
                _absorb(cause, event)
                continue
        # ("разбил Санта-Анну, взяв более 3 тыс. пленных": the prisoners are the fight's too)
        prisoners = note.get("lemma") in TAKING_PRISONERS and re.search(r"(?<!\w)плен", event.evidence.text.lower()) is not None
        # (prisoners taken after an encirclement or a taking are theirs too: "окружила две дивизии, взяв
        # несколько тысяч пленных")
        holding = FIGHTS | ({"siege", "capture", "recapture"} if prisoners else set())
        fight = next((e for e in reversed(kept) if e.sentence == event.sentence and e.type not in GATHERED), None) \
            if note.get("gerund") and (note.get("lemma") in KILLING or prisoners) else None
        if fight is not None and fight.type in holding and ";" not in doc.text[fight.trigger.end:event.trigger.start]:
            # "истребил конвой, убив более 60 человек", "открыли огонь по манифестации, убив …": the
            # killing is how the act just told ended (a town taken "перебив около 16 тыс. защитников"
            # saw a massacre of its own)
            fight.quantities.extend(event.quantities)
            event.quantities = []
            _absorb(fight, event)
            continue
        if note.get("gerund") and event.type in MOVES | {"territorial_transfer", "annexation"} and kept \
                and kept[-1].sentence == event.sentence and kept[-1].type == event.type \
                and kept[-1].trigger.start != event.trigger.start:      # (not a copy split by place)
            # "ушли за Терек, уведя пленных": how they went, not another march; "уступила Шлезвиг …,
            # лишившись двух пятых владений": what the cession cost, not another one
            _absorb(kept[-1], event)
            continue
        if note.get("lemma") == "сложить" and event.type == "capture":
            # "Гёргей капитулировал перед русскими; оружие сложили около 30 тыс.": the arms laid
            # down are the surrender just told
            surrender = next((e for e in reversed(kept) if e.sentence == event.sentence
                              and e.type in {"treaty", "capture"}), None)
            # (not another garrison's, a few days later: "капитулировал Мокотув, а через три дня
            # сложил оружие Жолибож")
            if surrender is not None and not _dated_apart(surrender, event):
                surrender.quantities.extend(event.quantities)
                event.quantities = []
                _absorb(surrender, event)
                continue
        general = _told_in_general(kept, event, doc.text)
        if general is not None:
            # "Боевые действия открылись 12 апреля: батареи обстреляли форт": the clause after the
            # colon says what the fighting was; the specific act stands for both
            kept.remove(general)
            event.date = event.date or general.date
            event.places = event.places or general.places
            event.mentions.append(general.trigger)
        refusal = _refusal_of(kept, event, notes)
        if refusal is not None:
            # "бойцы отказывались идти в атаку": the refusal is the event; the attack refused was not
            _absorb(refusal, event)
            continue
        if kept and kept[-1].type == "decree" and event.type in DECREED \
                and kept[-1].trigger.start <= event.trigger.start and event.trigger.end <= kept[-1].trigger.end:
            # "королевский декрет объявил Триполитанию владением Италии": the decree is the annexation
            # its verb tells, told once and as what it did
            _absorb(event, kept.pop())
        crossing = _crossing_before(kept, event, notes, doc.text)
        if crossing is not None:
            # "перешла реку Мэреб и вторглась в Эфиопию": the crossing is how the invasion began
            kept.remove(crossing)
            _absorb(event, crossing)
            event.mentions.sort(key=lambda span: span.start)
        twin = _same_sentence_twin(kept, event, notes, doc.text)
        if twin is not None:
            _absorb(twin, event)
            continue
        kept.append(event)
    inherited: set[int] = set()
    for i, event in enumerate(kept):
        if all(p.role == "side" for p in event.places):
            # (a side, "после поражения Германии", says nothing of where: look for the place as if none)
            sides, event.places = event.places, []
            _fill_place(doc, kept, i, notes)
            event.places += sides
            note = notes.get(id(event), {})
            if not note.get("anaphora") or note.get("listed"):
                inherited.add(id(event))
        elif _only_features(event) and notes.get(id(event), {}).get("anaphora") in TOWN_ANAPHORA:
            # "в городе выгорели кварталы у Дуная": the town pointed back at is where, the river is a landmark
            features, event.places = event.places, []
            _fill_place(doc, kept, i, notes)
            event.places = event.places[:1] + features
    # only a taking whose place its words name, or point at ("ворвались в город"), says who held a
    # town: "начали занимать станции и города" names a kind of place and borrows the last town told
    _mark_recaptures([e for e in kept if id(e) not in inherited], doc.context.setdefault("events.held", {}))
    _link_parts(doc, kept)
    return kept


# Fighting told after an uprising in the same paragraph is part of it ("восстание … захватили
# город … атаки были отбиты … восстание было подавлено").
WHOLES = {"uprising", "mutiny"}
PARTS = {"battle", "attack", "capture", "recapture", "siege", "suppression", "massacre", "attack_on_civilians",
         "looting", "execution", "bombardment", "reinforcement", "retreat", "explosion"}
PART_WINDOW = 5                  # sentences
ENDS_A_WHOLE = {"suppression"}                       # told of a rising as a whole: "подавил восстание"
INVASION = {"вторжение", "вторгнуться", "перейти"}   # "перешли границу": lemmas of the trigger rules


SPREAD = ("перекину", "распростран", "охвати", "охвата")


def _link_parts(doc: Document, events: list[Event]) -> None:
    whole: Event | None = None
    for event in events:
        if event.type in WHOLES:
            if whole is not None and any(w in event.trigger.text.lower() for w in SPREAD):
                # "восстание перекинулось в Странджу": the same rising in a new place; how many
                # took part is told of the rising as a whole
                event.parent = whole.trigger
                whole.quantities.extend(q for q in event.quantities if q.what == "participants")
                event.quantities = [q for q in event.quantities if q.what != "participants"]
                continue
            whole = event
            continue
        if whole is None or event.type not in PARTS or event.sentence is None or whole.sentence is None:
            continue
        if event.sentence - whole.sentence <= PART_WINDOW and \
                _paragraph(doc, event.trigger.start) == _paragraph(doc, whole.trigger.start):
            event.parent = whole.trigger


def _antecedent(kept: list[Event], event: Event) -> Event | None:
    for earlier in reversed(kept):
        if event.sentence is not None and earlier.sentence is not None \
                and event.sentence - earlier.sentence > MERGE_WINDOW:
            return None
        if earlier.type == event.type and (event.type not in CATCH_ALL or _word_again(earlier, event)):
            # "сражения у Витебска не произошло … у села Бородина состоялось генеральное сражение":
            # a mention with a place of its own elsewhere is another event
            here, there = _place_key(event), _place_key(earlier)
            return earlier if here is None or there is None or here == there else None
    return None


def _unlike_acts(a: Event, b: Event) -> bool:
    """Two acts of a catch-all type told by different words ("вынудили уйти в отставку; власть перешла к
    вице-президенту") are two acts."""
    return a.type in CATCH_ALL and not _word_again(a, b) and not _word_again(b, a)


def _word_again(earlier: Event, later: Event) -> bool:
    """The later trigger repeats the earlier one's word (its first four letters: "указ" … "Указ")."""
    return earlier.trigger.text.lower()[:4] in later.trigger.text.lower()


def _dated_apart(a: Event, b: Event) -> bool:
    """Each told with a date of its own, and the dates differ: "толпа ворвалась 13 мая 1958 года …
    24 января 1960 года возвели баррикады" are two riots."""
    return _own_date(a) and _own_date(b) and a.date.start_date != b.date.start_date


def _own_date(event: Event) -> bool:
    """The event's date is an expression of its own sentence told before it or right after it ("1 июля на
    референдуме", "Соглашение 19 января"), not one inherited or of a later clause ("…, и 4 июля Ли …")."""
    if event.date is None or event.date.kind != "date":
        return False
    if event.evidence.start <= event.date.start < event.trigger.start:
        return True
    # right after it in its own clause: "договор был подписан только в 1904 году"
    between = event.evidence.text[event.trigger.end - event.evidence.start:event.date.start - event.evidence.start]
    return 0 <= event.date.start - event.trigger.end <= 25 and not re.search(r"[,;:]|\sи\s", between)


# Types that gather unlike acts: "открылся сейм … депутаты принесли присягу" are two of them, so a
# bare noun of such a type points back only at a mention of the same word
CATCH_ALL = {"political_activity"}


# Deaths told after the event that caused them ("…напали на сёла; погибли около 2 тыс.").
CONSEQUENCES = {"погибнуть", "потерять"}   # "… русские потеряли более 2 тыс. убитыми": the toll of the fight told
GATHERED = {"protest", "strike"}      # the crowd fired on, told between the fire and its toll
FIGHTS = {"battle", "attack", "massacre", "attack_on_civilians", "bombardment", "execution", "suppression"}
# Verbs of killing whose gerund tells the toll of the act before it.
KILLING = {"убить", "истребить", "перебить", "уничтожить", "ранить", "расстрелять"}
# Verbs of taking whose gerund with "пленных" tells the prisoners of the fight before it.
TAKING_PRISONERS = {"взять", "захватить"}
# "у Камберленда пало около 50 солдат": men who fell are a toll (a town that fell is a capture)
FELL = {"пасть"}
# "… погибли около 3,6 тыс. человек и более 17 тыс. были ранены": wounds with no one who dealt them
WOUNDS = {"ранить"}
VIOLENT = {"battle", "attack", "massacre", "attack_on_civilians", "suppression", "uprising", "execution",
           "bombardment", "siege", "capture", "recapture"}


FIGHTING = {"battle", "attack", "siege", "capture", "recapture", "bombardment"}
FIGHT_AROUND = re.compile(r"\s*(?:в|во|при|под|во\s+время)\s+(?:[а-яё]+\s+)?")


def _fight_died_in(events: list[Event], event: Event, notes: dict[int, dict], text: str) -> Event | None:
    """The fight of the sentence a death with no killer named happened in: a fight noun right after
    the death ("погиб в стычке", "погиб при штурме"), one before it with no comma between ("в засаде у
    Бел-на-Бла был убит"), or, for one man, a fight told earlier in the sentence ("…; сам Эркерт был убит")."""
    if notes.get(id(event), {}).get("lemma") not in {"погибнуть", "убить"} \
            or any(a.role == "agent" for a in event.actors) or event.quantities:
        return None
    # (one man: a named victim and a verb in the singular; "граф и более десятка дворян были убиты" is more)
    one_man = any(a.role == "target" and a.kind == "person" for a in event.actors) \
        and not re.search(r"(?:ы|и|ли)$", event.trigger.text.lower())
    for fight in events:
        if fight is event or fight.sentence != event.sentence or fight.type not in FIGHTING \
                or NEGATIVE & {fight.assertion.status}:
            continue
        noun = notes.get(id(fight), {}).get("noun")
        if fight.trigger.start > event.trigger.end:
            if noun and FIGHT_AROUND.fullmatch(text[event.trigger.end:fight.trigger.start]):
                return fight
        elif noun and re.fullmatch(r"[^,;:.]{0,40}", text[fight.trigger.end:event.trigger.start]) \
                or one_man and not _dated_on_its_own(event, fight):
            return fight
    return None


def _dated_on_its_own(event: Event, fight: Event) -> bool:
    """"чета была рассеяна, а 1 июня Ботев был убит": a death with a date of its own, not the fight's,
    is a later killing."""
    return _own_date(event) and (fight.date is None or fight.date.start_date != event.date.start_date)


def _counted_dead(kept: list[Event], event: Event, note: dict) -> bool:
    """"… произошло главное сражение: …, около 5 тыс. были убиты": a count of the killed with no one
    who killed them, after a fight of the same sentence, is that fight's toll. So is a count of a
    side's dead opening the next sentence ("…штурмом взяла укрепления. Около 700 датчан было убито"),
    when the dead are soldiers or prisoners are counted with them ("… было убито, более 3 тыс. попали в
    плен"); a people's dead after a town was taken may be a massacre of their own."""
    if note.get("lemma") != "убить" or not event.quantities or any(a.role == "agent" for a in event.actors):
        return False
    if any(e.sentence == event.sentence and e.type in VIOLENT - VIOLENCE for e in kept):
        return True
    last = kept[-1] if kept else None
    soldiers = any(a.kind == "military" for a in event.actors) \
        or re.search(r"(?<!\w)(?:плен|ранен)", event.evidence.text.lower()) is not None
    return last is not None and event.sentence is not None and last.sentence == event.sentence - 1 \
        and last.type in VIOLENT - VIOLENCE and soldiers


def _townsfolk_killed(doc: Document, cause: Event, event: Event, note: dict) -> bool:
    """Deaths of civilians told in a clause of their own (after ";") after a town was taken or looted."""
    if note.get("lemma") != "погибнуть" or cause.type not in TAKING | {"looting"} \
            or not (cause.trigger.end <= event.trigger.start and ";" in doc.text[cause.trigger.end:event.trigger.start]):
        return False
    sentence = doc.sentence_at(event.trigger.start)
    return sentence is not None and any(actor_heads().get(counted_noun(sentence, q.end) or "") == "civilians"
                                        for q in event.quantities)


def _cause(kept: list[Event], event: Event) -> Event | None:
    """An event of the same sentence (violence against people first), else a violent one of the sentence before."""
    if event.sentence is None:
        return None
    same = [e for e in kept if e.sentence == event.sentence]
    for group in ([e for e in same if e.type in VIOLENCE], [e for e in same if e.type in VIOLENT], same):
        if group:
            return group[-1]
    before = [e for e in kept if e.sentence == event.sentence - 1 and e.type in VIOLENT]
    violence = [e for e in before if e.type in VIOLENCE]
    return (violence or before or [None])[-1]


def _retold(kept: list[Event], event: Event, note: dict) -> Event | None:
    """"… высочайший указ … Указ объявили …": the same noun in the next sentence, with no new place."""
    for earlier in reversed(kept):
        if event.sentence is not None and earlier.sentence is not None and event.sentence - earlier.sentence > 2:
            return None
        if earlier.type == event.type and _word_again(earlier, event) \
                and NEGATIVE.isdisjoint({earlier.assertion.status, event.assertion.status}):
            return earlier
    return None


VIOLENCE = {"massacre", "attack_on_civilians"}


def _same_type(a: str, b: str) -> bool:
    return a == b or (a in VIOLENCE and b in VIOLENCE)


POLITICAL_ACTS = {"founding", "decree", "treaty", "recognition", "political_activity", "abolition", "accession"}


# What a decree may do, told by its verb: "декрет объявил Триполитанию владением Италии".
DECREED = {"annexation", "territorial_transfer", "founding", "abolition", "amnesty", "recognition"}


# Verbs of crossing a river or a line, and what a crossing joined to them by "и" may begin.
CROSSING = {"перейти", "переправиться", "форсировать"}
ENTERED_BY_CROSSING = {"attack", "occupation"}     # (a town taken or besieged after it is told apart)


def _crossing_before(kept: list[Event], event: Event, notes: dict[int, dict], text: str) -> Event | None:
    """The crossing told just before the event by a verb joined to it with "и"."""
    if not kept or event.type not in ENTERED_BY_CROSSING:
        return None
    earlier = kept[-1]
    if earlier.sentence != event.sentence or notes.get(id(earlier), {}).get("lemma") not in CROSSING \
            or earlier.type not in {"reinforcement", "attack"} or earlier.trigger.start == event.trigger.start:
        return None
    between = text[earlier.trigger.end:event.trigger.start]
    if not re.fullmatch(r"[^,;:—–]*\sи\s+(?:[а-яё]+\s+){0,2}", between) \
            or NEGATIVE & {earlier.assertion.status, event.assertion.status}:
        return None
    return earlier


def _same_sentence_twin(kept: list[Event], event: Event, notes: dict[int, dict], text: str = "") -> Event | None:
    """"В бою … красноармейцы были разбиты": a noun and a verb of one type in one sentence tell one event;
    so does a clause after a colon that retells the one before ("капитулировал Мец: … сдались около 170 тыс.")."""
    for earlier in reversed(kept):
        if earlier.sentence != event.sentence:
            return None
        between = text[earlier.trigger.end:event.trigger.start]
        # (prisoners counted after the colon are the taking's toll: "капитулировали: в плен попали …")
        toll = event.type == "arrest" and bool(event.quantities) and earlier.type in TAKING | {"battle", "siege"}
        # (a crowd counted or prisoners told after ";" are the same act's too: "вышли на демонстрацию
        # …; к вечеру собралось до 200 тыс. человек", "Корнуоллис сдался; в плен попали более 7 тыс.")
        retold = ":" in between and ";" not in between and (earlier.type == event.type or toll)
        surrendered = notes.get(id(earlier), {}).get("lemma") in {"сдаться", "капитулировать"}
        counted_after = earlier is kept[-1] and between.count(";") == 1 and ":" not in between \
            and bool(event.quantities) \
            and (toll or surrendered and event.type == "arrest" or earlier.type == event.type and event.type in GATHERED)
        # ("заставила стянуть свежие силы: в Ораниенбаум прибыли …": the clause after the colon says where)
        # (a town taken after "начали занимать станции и города:" is a taking of its own)
        if (retold or counted_after) and (_place_key(event) in {None, _place_key(earlier)}
                                          or retold and not earlier.places and event.type == "reinforcement") \
                and NEGATIVE.isdisjoint({earlier.assertion.status, event.assertion.status}):
            return earlier
        gathered = event.type == "reinforcement" and earlier.type == event.type \
            and notes.get(id(earlier), {}).get("lemma") == "собрать"
        # ("атаковал у Роченсальма и потерпел тяжёлое поражение": how the attack ended)
        defeated = earlier.type in {"attack", "battle"} and event.type == "battle" \
            and notes.get(id(event), {}).get("support_lemma") == "потерпеть"
        # ("атаковал лагерь Ормонда и разбил его": the rout is how the attack ended, one event)
        routed = earlier.type == "attack" and event.type == "battle"
        # ("гарнизоны подняли мятеж и перешли на сторону парламента": the defection is what the mutiny did)
        defected = earlier.type == "mutiny" and event.type == "political_activity"
        if (earlier.type in TWO_VERB_MOVES and event.type in TWO_VERB_MOVES or gathered or defeated or routed
                or defected) \
                and re.fullmatch(r"[^,;:]*\sи\s+(?:был[аои]?\s+)?", between) \
                and NEGATIVE.isdisjoint({earlier.assertion.status, event.assertion.status}):
            return earlier        # "оставил Детройт и отступил на восток": one withdrawal told by two verbs
        nouns = notes.get(id(earlier), {}).get("noun") or notes.get(id(event), {}).get("noun")
        # "была принята Декларация независимости, объявившая …": a participle describing what the
        # political act before it made tells that same act, wherever each names
        # ("постановление, подписанное Лениным, объявило …": so does one describing the subject before it)
        describes = bool(notes.get(id(event), {}).get("participle") or notes.get(id(earlier), {}).get("participle")) \
            and earlier.type in POLITICAL_ACTS and earlier.type == event.type
        if (nouns or describes) and _same_type(earlier.type, event.type) and earlier.trigger.start != event.trigger.start \
                and not _dated_apart(earlier, event) and (describes or not _unlike_acts(earlier, event)) \
                and (describes or _place_key(earlier) in {None, _place_key(event)}
                     # ("в сражении у Сан-Франсиско они отразили натиск": the verb of the noun's own clause)
                     or (_place_key(event) is None and notes.get(id(earlier), {}).get("noun")
                         and not re.search(r"[,;:]", between))
                     or _told_of_places(kept, earlier, event)) \
                and event.type not in {"retreat", "flight"} \
                and notes.get(id(event), {}).get("support_lemma") not in SPREADING \
                and NEGATIVE.isdisjoint({earlier.assertion.status, event.assertion.status}):
            return earlier        # (what did not happen is no twin of what did: "восстания не произошло, зато поднялись …")
    return None


NEGATIVE = {"negated", "hypothetical"}
REFUSING = {"отказаться", "отказываться"}


def _refusal_of(kept: list[Event], event: Event, notes: dict[int, dict]) -> Event | None:
    """The soldiers' refusal (a mutiny) of the sentence that negates this event."""
    if event.assertion.status != "negated" or not any(c.lower().startswith("отказ") for c in event.assertion.cues):
        return None
    return next((e for e in reversed(kept) if e.sentence == event.sentence and e.type == "mutiny"
                 and notes.get(id(e), {}).get("lemma") in REFUSING), None)
# Moves that two verbs joined by "и" tell as one ("оставил Детройт и отступил на восток", "бежали к
# побережью и были эвакуированы"); so does a force gathered and then led ("собрал армию и повёл её").
TWO_VERB_MOVES = {"retreat", "flight"}
# "поднялись крестьяне Литвы, восстание охватило также Волынь": a rising that spreads is told anew
SPREADING = {"охватить", "перекинуться"}


GENERAL_FIGHTING = ("боевые действия", "военные действия", "столкновение", "бои ", "война")


def _told_in_general(kept: list[Event], event: Event, text: str) -> Event | None:
    """A fight told in general words just before a colon that the event after it details, on the same
    date ("Летом боевые действия возобновились: 19 августа шведы атаковали" tells a summer of fighting)."""
    if not kept or event.type not in VIOLENT:
        return None
    earlier = kept[-1]
    between = text[earlier.trigger.end:event.trigger.start]
    words = text[earlier.trigger.start:earlier.trigger.end + 12].lower()
    same_date = (earlier.date and (earlier.date.start_date, earlier.date.end_date)) == \
        (event.date and (event.date.start_date, event.date.end_date))
    if earlier.sentence == event.sentence and earlier.type == "battle" and ":" in between and same_date \
            and ";" not in between and any(words.startswith(w) for w in GENERAL_FIGHTING) \
            and NEGATIVE.isdisjoint({earlier.assertion.status, event.assertion.status}):
        return earlier
    return None


def _told_of_places(kept: list[Event], earlier: Event, event: Event) -> bool:
    """"в боях на реке Кура и на реке Абас их войска были разбиты": the noun was split into one event
    per place, and the verb, naming no place of its own, tells those same battles."""
    return _place_key(event) is None and sum(e.trigger.start == earlier.trigger.start for e in kept) > 1


def _absorb(earlier: Event, mention: Event) -> None:
    """What the later mention adds (a leader, a number) belongs to the event it refers to."""
    if mention.trigger.start != earlier.trigger.start:
        earlier.mentions.append(mention.trigger)
    earlier.mentions.extend(mention.mentions)
    spans = {(a.start, a.end) for a in earlier.actors}
    earlier.actors.extend(a for a in mention.actors if (a.start, a.end) not in spans)
    earlier.quantities.extend(mention.quantities)
    if not earlier.places:
        earlier.places = mention.places


# What kind of place a place noun can refer back to.
ANAPHOR_TYPES = {"город": {"settlement"}, "крепость": {"settlement", "fortress"}, "столица": {"settlement"},
                 "замок": {"settlement", "fortress"}, "форт": {"settlement", "fortress"},
                 "цитадель": {"settlement", "fortress"},
                 "село": {"settlement"}, "страна": {"country", "polity", "state"},
                 "область": {"region", "province"}, "край": {"region", "province"},
                 "полуостров": {"region"}, "остров": {"island", "region"}, "река": {"river"}}
# Nouns that point back only at a place of their own kind: "отошли за реку" with no river told before
# is no other place.
STRICT_ANAPHORA = {"полуостров", "остров", "река"}


TOWN_ANAPHORA = {"город", "крепость", "столица", "село", "замок", "форт", "цитадель"}
FEATURES = {"river", "sea", "lake", "mountain", "strait"}


def _only_features(event: Event) -> bool:
    return all(p.mention.place is not None and p.mention.place.type in FEATURES for p in event.places)


def _looks_like_actor(text: str) -> bool:
    """NER sometimes calls "Восставшие" a place; an unresolved participle is the rebels, not a town."""
    return bool(ACTIVE_PARTICIPLE.search(text.lower()))


TREATY_NOUN = re.compile(r"\s*(?:мир|договор|трактат|протокол|уни[ияюе]|перемири|конвенци|соглашени)\w*", re.IGNORECASE)


def _names_a_treaty(doc: Document, mention) -> bool:
    return mention.text[:1].isupper() and mention.text.lower().endswith(TREATY_ADJECTIVE_ENDINGS) \
        and TREATY_NOUN.match(doc.text, mention.end) is not None


# a treaty is masculine (мир, договор) or feminine (уния, конвенция)
TREATY_ADJECTIVE_ENDINGS = NAMING_ENDINGS + ("ская", "ской", "скую", "цкая", "цкой", "цкую")


# Strongholds pointed back at by their kind noun.
STRONGHOLDS = {"крепость", "замок", "форт", "цитадель"}


def _paragraph(doc: Document, offset: int) -> int:
    return doc.text.count("\n", 0, offset)


SIEGE_OF = re.compile(r"(?:осад|блокад)[ауы]\s+$", re.IGNORECASE)


def _fill_place(doc: Document, kept: list[Event], i: int, notes: dict[int, dict]) -> None:
    event, before = kept[i], kept[:i]
    note = notes.get(id(event), {})
    anaphora = note.get("anaphora")
    if event.type == "siege" and note.get("lemma") == "снять":
        # "Осаду Силистрии пришлось снять": the town the siege noun names, when it does
        named = [m for m in doc.places if m.locates and event.evidence.start <= m.start < event.evidence.end
                 and SIEGE_OF.search(doc.text[event.evidence.start:m.start])]
        if named:
            event.places = [EventPlace(named[0], "location")]
            return
        # "… сняли осаду и ушли на север": the siege lifted is of the town besieged before
        if any(earlier.type == "siege" and _take_place(event, earlier) for earlier in reversed(before)):
            return
    if anaphora == SAME_PLACE:
        # "там же повесили …": the place of the event told just before, not of a phrase inside it
        told = next((earlier for earlier in reversed(before[-6:]) if earlier.places), None)
        if told is not None and _take_place(event, told):
            return
    if anaphora in {"столица", "крепость"}:
        # "на подступах к столице 25 февраля был взят Тифлис": the town may be named right after
        later = [m for m in doc.places if m.locates and event.evidence.start <= m.start < event.evidence.end
                 and m.start > event.trigger.start and m.place is not None and m.place.type == "settlement"]
        if later:
            event.places = [EventPlace(later[0], "location")]
            return
    if anaphora:
        # a name inside the event's own actor ("войска Виндишгреца") is whose troops, not where
        # and a town's adjective naming a treaty ("Франкфуртский мир") is no town the story is in
        previous = [m for m in doc.places
                    if m.locates and m.end <= event.trigger.start and not _looks_like_actor(m.text)
                    and not any(a.start <= m.start and m.end <= a.end for a in event.actors)
                    and not _names_a_treaty(doc, m)]
        wanted = ANAPHOR_TYPES.get(anaphora)
        if wanted:
            kind = [m for m in previous if m.place is not None and m.place.type in wanted]
            previous = kind if anaphora in STRICT_ANAPHORA else \
                [m for m in previous if m.place is None or m.place.type in wanted] or previous
        if anaphora in STRONGHOLDS and event.type in TAKING:
            # "осадили замок Стерлинг … у Фолкерка разбили …, но взять замок не сумели": the castle
            # taken is the one besieged just before, not the last town named
            for earlier in reversed(before[-4:]):
                if earlier.type == "siege" and _take_place(event, earlier):
                    return
        if anaphora == "столица":
            # "вступили в столицу" after "взяла Сакатекас": the capital named before, if one was
            capitals = default_gazetteer().capitals()
            previous = [m for m in previous if m.place is not None and m.place.id in capitals] or previous
        if previous:
            event.places = [EventPlace(previous[-1], "location")]
            return
    from .ontology import event_type
    here = _paragraph(doc, event.trigger.start)
    if note.get("lemma") in INVASION:
        # "Грузинское царство стало сильнейшим … Конец расцвету положили монгольские вторжения":
        # an invasion that names no land is of the last state named before its sentence (in which
        # the invader is named: "бронепоезда 11-й армии РСФСР перешли границу")
        start = doc.sentences[event.sentence].start if event.sentence is not None else event.trigger.start
        states = [m for m in doc.places if m.locates and m.end <= start and _paragraph(doc, m.start) == here
                  and m.place is not None and m.place.type in {"country", "polity"}]
        if states:
            event.places = [EventPlace(states[-1], "location")]
            return
    if note.get("framed") or note.get("aside"):
        # "После почти трёхнедельной осады венгры взяли крепость Буду": the siege framing the
        # capture was of the place the capture names, not of the last place before the sentence;
        # so was a landing told in a participle before the taking ("десант, высаженный с кораблей,
        # взял Анапу")
        for later in kept[i + 1:]:
            if later.sentence != event.sentence:
                break
            if _take_place(event, later):
                return
    stated = place_stated_next(doc, kept, event) or scene_named_before(doc, kept, event)
    if stated is not None:
        event.places = [EventPlace(stated, "location")]
        return
    if event_type(event.type).family not in INHERITS:
        # "В Омске офицеры арестовали членов Директории, и Совет министров передал власть …": an act
        # told right after an event of the same paragraph happened where that event did
        for earlier in reversed(before[-2:]):
            if earlier.sentence is None or event.sentence is None or event.sentence - earlier.sentence > 1 \
                    or _paragraph(doc, earlier.trigger.start) != here:
                break
            if _take_place(event, earlier):
                return
        if event.type in NATIONAL_ACTS:
            country = _main_country(doc, event.trigger.start)
            if country is not None:
                event.places = [EventPlace(country, "location")]
        return
    if event.type in ENDS_A_WHOLE:
        # "восстание в X … осадили город Y. Отряд подавил восстание": a rising is put down where it
        # was raised, not at the last town its fighting reached
        for earlier in reversed(before):
            if earlier.type in WHOLES and not any(w in earlier.trigger.text.lower() for w in SPREAD):
                if _paragraph(doc, earlier.trigger.start) == here and _take_place(event, earlier):
                    return
                break
    head = participle_head(doc, kept, event)
    if head is not None:
        # "Карательный отряд, прибывший к концу июля, подавил восстание": the participle describes
        # the doer of the verb after it, so it happened where that verb's event did (placed first)
        if not head.places:
            _fill_place(doc, kept, kept.index(head), notes)
        if _take_place(event, head):
            return
    for earlier in reversed(before):
        if _paragraph(doc, earlier.trigger.start) != here:
            break
        if _take_place(event, earlier):
            return


# Political acts that, told with no place, are the acts of the country the text is about: a
# government taking power, an appointment, an election, a law ("Учредительное собрание утвердило
# закон о земле" in a text about Estonia), coded at that country as ACLED codes national events.
NATIONAL_ACTS = {"decree", "election", "political_activity", "founding", "amnesty", "abolition"}


def _main_country(doc: Document, offset: int):
    """The country or state the text names most (at least three times, more than any other), by its
    mention nearest before ``offset`` (else its first): the land a placeless national act is of."""
    mentions = [m for m in doc.places if m.place is not None and m.place.type in {"country", "polity"}]
    ranked = Counter(m.place.id for m in mentions).most_common(2)
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    own = [m for m in mentions if m.place.id == ranked[0][0]]
    before = [m for m in own if m.end <= offset]
    return before[-1] if before else own[0]


# Events whose place is often where people were sent or fled to: not where the next event happened
# ("сосланы в Сибирь … казнили" did not execute anyone in Siberia).
MOVES = {"deportation", "flight", "retreat"}


def _take_place(event: Event, source: Event) -> bool:
    """Put ``event`` where ``source`` happened, if ``source`` has a location; say whether it did."""
    if source.type in MOVES and event.type not in MOVES:
        return False
    located = [p for p in source.places if p.role == "location"]
    if not located and source.type == "reinforcement":
        # "якобиты достигли Дерби, но 6 декабря начали отступление": forces that arrived are where they went
        located = [p for p in source.places if p.role == "destination"]
    if located:
        event.places = [EventPlace(located[0].mention, "location")]
    return bool(located)


def _place_key(event: Event) -> str | None:
    for p in event.places:
        if p.role == "location":
            return p.mention.place.id if p.mention.place else (p.mention.name or p.mention.text).lower()
    return None


def _mark_recaptures(events: list[Event], held: dict[str, list[str]]) -> None:
    """Taking a place already taken earlier in the text by someone else is a recapture. ``held``
    lives in ``Document.context``, so a long text read block by block remembers who took what."""
    taken_in: dict[str, int] = {}
    for event in events:
        key = _place_key(event)
        if key is None or event.type not in TAKING or event.assertion.status in NEGATIVE | {"failed"}:
            continue      # (a town that held out, "взять Данканнон не удалось", changed no hands)
        agents = {a.name.lower() for a in event.actors if a.role == "agent"}
        # ("захватили арсенал и к утру овладели городом": with no one named, a taking told in the same
        # or the next sentence goes on the same side's)
        going_on = not agents and event.sentence is not None and key in taken_in \
            and event.sentence - taken_in[key] <= 1
        if event.type == "capture" and key in held and not going_on and (not agents or not agents <= set(held[key])):
            event.type = "recapture"
        held[key] = sorted(agents) or held.get(key, [])
        if event.sentence is not None:
            taken_in[key] = event.sentence
