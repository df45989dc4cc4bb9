"""Who did what to whom, and where: roles for actors by case and voice, places in the clause.

Active verbs: the nominative actor is the agent, the accusative the target (data/triggers.tsv
says otherwise per lemma). Passive participles swap them: nominative → target, instrumental →
agent ("подавлены Советами"). Deverbal nouns take their genitive as the frame says ("атаки
красноармейцев" → agent, "захват Кавказа" → target). Prepositions override case: "против X"
is a target, "между X и Y" / "с X" are participants, "при поддержке X" is an ally.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Document, EventPlace, PlaceMention, Sentence
from .actors import ActorPhrase
from .lexicon import TriggerRule
from .tokens import case, lemma
from .triggers import Candidate

LOCATIVE = {"в", "во", "близ", "под", "у", "около", "при", "на", "возле", "вблизи", "над"}
DIRECTION = {"к", "ко", "до", "через"}
ANAPHORA_HERE = {"здесь", "сюда", "там", "туда", "тут", "где", "куда"}   # "город Крушево, где …"
ANAPHORA_NOUNS = {"город", "крепость", "столица", "село", "область", "край", "страна"}


@dataclass(slots=True)
class Arguments:
    actors: list[Actor] = field(default_factory=list)
    places: list[EventPlace] = field(default_factory=list)
    anaphora: str | None = None      # "здесь", "город": resolve against earlier places (coref.py)


def _prep_before(sentence: Sentence, first: int) -> str:
    tokens = sentence.tokens
    j = first - 1
    while j >= 0 and tokens[j].pos == "ADJ":
        j -= 1
    return tokens[j].text.lower() if j >= 0 else ""


NUMBER_WORDS = {"тыс", "тысяча", "млн", "миллион", "сотня", "десяток", "сотни", "десятки"}
QUANTITY_NOUNS = {"количество", "число", "множество", "тысяча", "сотня", "десяток", "масса", "большинство",
                  "много", "несколько", "часть"}


LEAD_VERBS = {"руководить", "возглавить", "возглавлять", "командовать", "организовать", "начать", "поднять"}


def _leader_in_clause(sentence: Sentence, candidate: Candidate) -> bool:
    from .tokens import clause_of
    a, b = clause_of(sentence, candidate.index)
    return any(lemma(t) in LEAD_VERBS for t in sentence.tokens[a:b])


def _starts_clause(sentence: Sentence, first: int) -> bool:
    from .tokens import clause_of
    a, _ = clause_of(sentence, first)
    return all(t.pos in {"ADV", "ADJ", "PUNCT", "CCONJ"} for t in sentence.tokens[a:first])


def _coordinated_prep(sentence: Sentence, first: int) -> str:
    """"между восставшими и Красной армией": the second member shares the first one's preposition."""
    tokens = sentence.tokens
    if first == 0 or tokens[first - 1].text.lower() not in {"и", ","}:
        return ""
    for j in range(first - 2, max(-1, first - 8), -1):
        if tokens[j].pos in {"VERB", "AUX"} or tokens[j].text in {";", ":"}:
            return ""
        if tokens[j].text.lower() in {"между", "с", "со", "против"}:
            return tokens[j].text.lower()
    return ""


def _effective_case(phrase: ActorPhrase, sentence: Sentence, trigger_at: int | None = None) -> str | None:
    """"огромное количество мирных жителей": the genitive's case is its quantity noun's."""
    tokens = sentence.tokens
    j = phrase.first - 1
    while j >= 0 and (tokens[j].pos == "ADJ" or tokens[j].text == "."):
        j -= 1
    if phrase.case == "gen" and j >= 0 and lemma(tokens[j]) in QUANTITY_NOUNS:
        return case(tokens[j]) or phrase.case
    if phrase.case == "gen" and j >= 0 and (tokens[j].pos == "NUM" or lemma(tokens[j]).rstrip(".") in NUMBER_WORDS):
        # "около 30 тыс. беженцев ушли": a counted phrase's case is the numeral's, unmarked;
        # before the verb it is the subject, after it the object
        return "nom" if trigger_at is None or phrase.first < trigger_at else "acc"
    return phrase.case


def role_of(phrase: ActorPhrase, candidate: Candidate, rule: TriggerRule, sentence: Sentence) -> str | None:
    prep = _prep_before(sentence, phrase.first)
    prep = _coordinated_prep(sentence, phrase.first) or prep
    if prep == "против":
        return "target"
    if prep in {"между", "с", "со"}:
        return "participant"
    if prep in {"поддержке", "помощью"} or (prep == "к" and candidate.noun):
        return "participant"
    if prep == "на" and rule.type in {"attack", "attack_on_civilians", "bombardment", "massacre"}:
        return "target"            # "напали на русские сёла"
    if prep in LOCATIVE | DIRECTION | {"от", "из", "за", "для", "о", "об", "по"}:
        return None
    case = _effective_case(phrase, sentence, candidate.index)
    if candidate.noun:
        if candidate.support is not None and case == "nom":
            support = lemma(sentence.tokens[candidate.support])
            return "target" if support in {"подвергнуться", "подвергаться"} else "agent"
        if case == "gen" and 0 < phrase.first - candidate.last <= 3:
            return rule.frame.get("gen")
        if case == "nom" and _leader_in_clause(sentence, candidate):
            return "agent"         # "восстанием руководил Нуру-паша"
        return None
    if candidate.passive:
        if case == "nom":
            return rule.frame.get("acc") or rule.frame.get("nom")
        if case == "ins":
            return "agent"
        return None
    if case == "acc" and phrase.last < candidate.first and rule.frame.get("nom") == "agent" \
            and phrase.kind != "civilians" and _starts_clause(sentence, phrase.first):
        return "agent"             # the tagger often reads a fronted plural subject as accusative
    if case in {"gen", "acc"} and phrase.first == candidate.last + 1 and rule.frame.get("nom") == "agent" \
            and "acc" not in rule.frame:
        return "agent"             # "Восстали части …": an intransitive verb's subject right after it
    if case == "dat" and rule.type in {"territorial_transfer", "annexation", "accession"}:
        return "participant"       # the recipient: "Армении была передана …"
    return rule.frame.get(case or "")


def assign_actors(sentence: Sentence, candidate: Candidate, rule: TriggerRule, clause: tuple[int, int],
                  phrases: list[ActorPhrase]) -> list[Actor]:
    a, b = clause
    actors = []
    for phrase in phrases:
        if phrase.last < a or phrase.first >= b or candidate.first <= phrase.head <= candidate.last:
            continue
        role = role_of(phrase, candidate, rule, sentence)
        if role:
            actors.append(Actor(phrase.name, role, phrase.kind, phrase.start, phrase.end,
                                sentence.text[phrase.start - sentence.start:phrase.end - sentence.start]))
    if not candidate.noun and not candidate.passive and not any(x.role == "agent" for x in actors):
        actors.extend(_shared_subject(sentence, candidate, rule, clause, phrases))
    return actors


def _shared_subject(sentence: Sentence, candidate: Candidate, rule: TriggerRule, clause: tuple[int, int],
                    phrases: list[ActorPhrase]) -> list[Actor]:
    """Coordinated verbs share their subject: "Большевики … были разбиты и отступили"."""
    if rule.frame.get("nom") != "agent":
        return []
    before = [p for p in phrases if p.last < clause[0] and p.case == "nom"]
    if not before:
        return []
    p = before[-1]
    return [Actor(p.name, "agent", p.kind, p.start, p.end, sentence.text[p.start - sentence.start:p.end - sentence.start])]


def owner(sentence: Sentence, triggers: list[int], at: int) -> int | None:
    """The trigger a place belongs to: one of its own clause if any, the nearest before it ("осадили
    Токмак и пытались взять Пржевальск"), else the first after it ("в Закаспии … были расстреляны")."""
    from .tokens import clause_of, participial_phrase
    phrase = participial_phrase(sentence, at)
    if phrase is not None and not any(phrase[0] <= t < phrase[1] for t in triggers):
        return None                # "…, включающая в себя Азербайджанскую … республики": a description
    clause = clause_of(sentence, at)
    own = [t for t in triggers if clause[0] <= t < clause[1]]
    triggers = own or triggers
    before = [t for t in triggers if t <= at]
    if before:
        return max(before)
    after = [t for t in triggers if t > at]
    return min(after) if after else None


def assign_places(doc: Document, sentence: Sentence, candidate: Candidate, clause: tuple[int, int],
                  phrases: list[ActorPhrase], triggers: list[int]) -> Arguments:
    """The sentence's places that belong to this trigger, locative ones first; "здесь"/"город" noted."""
    tokens = sentence.tokens
    a, b = clause
    # a place inside a descriptive actor ("отряды Бакинского совета") is not where the event was
    in_actor = [(p.start, p.end) for p in phrases if p.kind not in {"state", "person", "organization"}
                and p.head < len(tokens) and not any(m.start <= tokens[p.head].start < m.end for m in doc.places)]
    # the genitive after an actor's head ("союзником Рима") belongs to the actor, not to the event
    in_actor += [(tokens[p.head].end, p.end) for p in phrases if p.head < p.last]
    chosen = [m for m in doc.places if sentence.start <= m.start and m.end <= sentence.end
              and not any(s <= m.start and m.end <= e for s, e in in_actor)
              and owner(sentence, triggers, _first_token(sentence, m)) == candidate.index]
    ranked = sorted(chosen, key=lambda m: (_place_rank(sentence, m), abs(m.start - tokens[candidate.index].start)))
    seen: set[str] = set()
    unique = []
    for m in ranked:               # one place named twice ("Александропольский (Гюмринский)") counts once
        key = m.place.id if m.place is not None else m.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(m)
    ranked = unique
    result = Arguments(places=[EventPlace(m, _place_role(sentence, m)) for m in ranked])
    if result.places and not any(p.role == "location" for p in result.places) and result.places[0].role == "destination":
        result.places[0].role = "location"   # "к Баку подступила армия": where the event happened
    for j in range(a, b):
        word = tokens[j].text.lower()
        pronoun = tokens[j].pos == "PRON" and word in {"её", "ее", "его"} and tokens[j].feats.get("Case") == "Acc"
        if word in ANAPHORA_HERE or pronoun or _anaphoric_noun(doc, tokens, j):
            result.anaphora = lemma(tokens[j])
            break
    return result


def _anaphoric_noun(doc: Document, tokens, j: int) -> bool:
    """"захватили город", "этих областей": a bare or demonstrative place noun, not "другие области"."""
    token = tokens[j]
    if lemma(token) not in ANAPHORA_NOUNS or _named_next(doc, tokens, j):
        return False
    before = tokens[j - 1] if j else None
    if before is not None and lemma(before) in {"этот", "тот", "данный", "весь"}:
        return True
    return token.feats.get("Number") == "Sing" and (before is None or before.pos != "ADJ")


def _named_next(doc: Document, tokens, j: int) -> bool:
    """"город Загатала": the noun is followed by the name itself, so it is no anaphor."""
    return j + 1 < len(tokens) and any(m.start == tokens[j + 1].start for m in doc.places)


def _first_token(sentence: Sentence, mention: PlaceMention) -> int:
    for i, token in enumerate(sentence.tokens):
        if token.start >= mention.start:
            return i
    return 0


def _place_role(sentence: Sentence, mention: PlaceMention) -> str:
    i = _first_token(sentence, mention)
    token = sentence.tokens[i] if i < len(sentence.tokens) else None
    prep = _prep_before(sentence, i)
    if _governing(sentence, i) in {"между", "с", "со", "против"}:
        return "side"              # "разделена между Римом и Персией": a party, not a location
    if prep in DIRECTION:
        return "destination"
    if token is not None and token.feats.get("Case") == "Dat" and not (i and sentence.tokens[i - 1].pos == "ADP"):
        return "recipient"
    return "location"


TRUE_LOCATIVE = {"в", "во", "близ", "под", "у", "около", "возле", "вблизи", "при"}


def _governing(sentence: Sentence, i: int) -> str:
    """The preposition a word depends on, through modifiers and coordination ("между X и Y")."""
    tokens = sentence.tokens
    for j in range(i - 1, max(-1, i - 8), -1):
        if tokens[j].pos == "ADP":
            return tokens[j].text.lower()
        if tokens[j].pos in {"VERB", "AUX"} or tokens[j].text in {";", ":", "—", ","}:
            return ""
    return ""


def _place_rank(sentence: Sentence, mention: PlaceMention) -> int:
    """"в Карсе" before a bare "РСФСР"; destinations and recipients last."""
    role = _place_role(sentence, mention)
    if role == "location":
        prep = _prep_before(sentence, _first_token(sentence, mention))
        return 0 if prep in TRUE_LOCATIVE else (2 if prep in {"между", "с", "со", "против"} else 1)
    return {"destination": 2, "recipient": 3}.get(role, 4)


def coordinated(sentence: Sentence, first: PlaceMention, second: PlaceMention) -> bool:
    """"Пенза и Сызрань", "Карс, а 7 ноября — Александрополь": places told alike, one event each;
    not "в Закаспии, близ Красноводска" or "на юго-восток Фракии" (one place inside another)."""
    i = _first_token(sentence, second)
    if i == 0:
        return False
    before = sentence.tokens[i - 1].text.lower()
    if before == "и":
        return True
    if before in {"—", "–"}:
        # "Карс, а 7 ноября — Александрополь", not the line "Энос — Мидия"
        return not (i >= 2 and sentence.tokens[i - 2].end == first.end)
    if before == "," and i >= 2 and sentence.tokens[i - 2].end == first.end:
        return True                # a bare list of names: "Шамкир, Губа, Гусар"
    return before in {",", "в", "во"} and i >= 2 and sentence.tokens[i - 2].text.lower() == "и"
