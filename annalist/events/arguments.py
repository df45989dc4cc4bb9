"""Who did what to whom: roles for actors by case, voice and preposition.

Active verbs: the nominative actor is the agent, the accusative the target (data/triggers.tsv
says otherwise per lemma). Passive participles swap them: nominative → target, instrumental →
agent ("подавлены Советами"). Deverbal nouns take their genitive as the frame says ("атаки
красноармейцев" → agent, "захват Кавказа" → target). Prepositions override case: "против X"
is a target, "между X и Y" / "с X" are participants, "при поддержке X" is an ally.
"""
from __future__ import annotations

from ..model import Actor, Sentence
from .actors import ActorPhrase
from .lexicon import TriggerRule
from .tokens import case, clause_of, lemma
from .triggers import Candidate

LOCATIVE = {"в", "во", "близ", "под", "у", "около", "при", "на", "возле", "вблизи", "над"}
DIRECTION = {"к", "ко", "до", "через"}


def prep_before(sentence: Sentence, first: int) -> str:
    tokens = sentence.tokens
    j = first - 1
    while j >= 0 and tokens[j].pos == "ADJ":
        j -= 1
    return tokens[j].text.lower() if j >= 0 else ""


NUMBER_WORDS = {"тыс", "тысяча", "млн", "миллион", "сотня", "десяток", "сотни", "десятки"}
QUANTITY_NOUNS = {"количество", "число", "множество", "тысяча", "сотня", "десяток", "масса", "большинство", "остаток",
                  "много", "несколько", "часть"}


LEAD_VERBS = {"руководить", "возглавить", "возглавлять", "командовать", "организовать", "начать", "поднять"}


def _leader_in_clause(sentence: Sentence, candidate: Candidate) -> bool:
    a, b = clause_of(sentence, candidate.index)
    return any(lemma(t) in LEAD_VERBS for t in sentence.tokens[a:b])


def _starts_clause(sentence: Sentence, first: int) -> bool:
    a, _ = clause_of(sentence, first)
    return all(t.pos in {"ADV", "ADJ", "PUNCT", "CCONJ"} for t in sentence.tokens[a:first])


def _coordinated_prep(sentence: Sentence, first: int) -> str:
    """"между повстанцами и регулярной армией": the second member shares the first one's preposition."""
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
        # "десятки тысяч рабочих": the case is the outermost quantity noun's
        while j > 0 and case(tokens[j]) == "gen" and lemma(tokens[j - 1]) in QUANTITY_NOUNS | {"десяток", "сотня"}:
            j -= 1
        return case(tokens[j]) or phrase.case
    counted = j >= 0 and (tokens[j].pos == "NUM" or lemma(tokens[j]).rstrip(".") in NUMBER_WORDS)
    counted = counted or tokens[phrase.first].pos == "NUM"        # "обе русские армии соединились"
    if phrase.case == "gen" and counted:
        # "около 30 тыс. беженцев ушли": a counted phrase's case is the numeral's, unmarked;
        # before the verb it is the subject, after it the object
        return "nom" if trigger_at is None or phrase.first < trigger_at else "acc"
    return phrase.case


def _subject_before(sentence: Sentence, candidate: Candidate) -> bool:
    a, _ = clause_of(sentence, candidate.first)
    # "который" is the object in "…, который занял отряд": the noun after the verb is the subject
    return any(t.feats.get("Case") == "Nom" and t.pos in {"NOUN", "PROPN", "PRON"} and lemma(t) != "который"
               for t in sentence.tokens[a:candidate.first])


def role_of(phrase: ActorPhrase, candidate: Candidate, rule: TriggerRule, sentence: Sentence) -> str | None:
    prep = prep_before(sentence, phrase.first)
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
    if case == "nom" and "acc" in rule.frame and phrase.first > candidate.last \
            and _subject_before(sentence, candidate):
        return rule.frame["acc"]   # "Эскадра уничтожила … флот": Nom and Acc look alike; the subject came first
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


COUNTING_WORDS = {"несколько", "тысяча", "сотня", "десяток", "многие", "большинство"}


def _shared_subject(sentence: Sentence, candidate: Candidate, rule: TriggerRule, clause: tuple[int, int],
                    phrases: list[ActorPhrase]) -> list[Actor]:
    """Coordinated verbs share their subject: "Большевики … были разбиты и отступили"."""
    if rule.frame.get("nom") != "agent":
        return []
    if any(lemma(t) == "который" for t in sentence.tokens[clause[0]:candidate.first]):
        return []      # a relative clause has its own subject
    opening = sentence.tokens[max(0, clause[0] - 1):candidate.first]
    if any(t.text.lower() == "а" for t in opening[:3]) \
            and any(t.pos == "NUM" or lemma(t) in COUNTING_WORDS for t in opening):
        return []      # "…, а несколько тысяч бежали на восток": a counted subject set against the first
    before = [p for p in phrases if p.last < clause[0] and p.case == "nom"]
    if not before:
        return []
    p = before[-1]
    return [Actor(p.name, "agent", p.kind, p.start, p.end, sentence.text[p.start - sentence.start:p.end - sentence.start])]
