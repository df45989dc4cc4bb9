"""Does a trigger rule's condition hold in this clause? (see the header of data/triggers.tsv)."""
from __future__ import annotations

from ..model import Actor, Sentence
from .lexicon import TriggerRule
from .quantities import MONTHS
from .tokens import is_passive, lemma

AGAIN = {"вновь", "снова", "опять", "обратно"}


def holds(rule: TriggerRule, sentence: Sentence, clause: tuple[int, int], actors: list[Actor],
          has_place: bool, trigger: int | None = None) -> bool:
    words = _clause_words(sentence, clause)
    return all(_sentence_condition(condition, sentence, clause, trigger) if condition in SENTENCE_CONDITIONS
               else _holds(condition, words, actors, has_place)
               for condition in rule.conditions)


SENTENCE_CONDITIONS = {"named", "given", "active", "counted", "singular"}
APPROXIMATORS = {"около", "более", "свыше", "до", "почти", "примерно", "не", "менее", "лишь", "всего", "только"}
DATIVE_ENDINGS = ("у", "ю", "е", "и", "ам", "ям")


def _sentence_condition(condition: str, sentence: Sentence, clause: tuple[int, int], trigger: int | None) -> bool:
    if condition == "counted":
        # "пало около 50 солдат": a number right after the word says how many (not "пал Порт-Гудзон")
        return trigger is not None and _number_follows(sentence, trigger)
    if condition == "singular":
        # "сам генерал попал в плен" is one man taken; "в плен попали 3 тыс. солдат" a fight's toll
        # ("в плен попало около 18 тыс. солдат": a count takes the neuter)
        feats = sentence.tokens[trigger].feats if trigger is not None else {}
        return feats.get("Number") == "Sing" and feats.get("Gender") != "Neut"
    if condition == "active":
        # "отбросили противника" is a fight won; "были отброшены" tells the side that fell back
        return trigger is not None and not is_passive(sentence.tokens[trigger])
    return named(sentence, trigger) if condition == "named" else given_to(sentence, clause, trigger)


def _number_follows(sentence: Sentence, trigger: int) -> bool:
    tokens = sentence.tokens
    for k in range(trigger + 1, min(len(tokens), trigger + 4)):
        token = tokens[k]
        if token.pos == "NUM" or token.text[:1].isdigit():
            # ("Чернякув пал 23 сентября": a day of a month is a date, not a count)
            return not (k + 1 < len(tokens) and lemma(tokens[k + 1]) in MONTHS)
        if token.text.lower() not in APPROXIMATORS:
            return False
    return False


def given_to(sentence: Sentence, clause: tuple[int, int], trigger: int | None) -> bool:
    """"возвращала туркам Азов": a bare dative in the clause says to whom a thing passes."""
    tokens = sentence.tokens
    for k in range(*clause):
        token = tokens[k]
        if k == trigger or token.pos not in {"NOUN", "PROPN"} or token.feats.get("Case") != "Dat" \
                or not token.text.lower().endswith(DATIVE_ENDINGS):
            continue      # the tagger calls "вернули Адрианополь" a dative; its ending says otherwise
        j = k - 1
        while j >= clause[0] and (tokens[j].pos in {"ADJ", "DET", "NUM"} or tokens[j].text[:1].isdigit()):
            j -= 1
        # ("части 40-й армии оставили Кандагар": after the subject noun, before the verb, it is the noun's
        # genitive, whatever the tagger says; "вернуть Додеканес Турции" is to whom)
        if trigger is not None and k < trigger and j >= clause[0] and tokens[j].pos == "NOUN":
            continue
        if j < clause[0] or tokens[j].pos != "ADP":
            return True
    return False


def named(sentence: Sentence, trigger: int | None) -> bool:
    """"по Любекскому миру", "Брестский мир", "по Парижскому мирному договору": a capitalised adjective
    inside the sentence names it, with lower-case adjectives between them."""
    if trigger is None or trigger < 2:
        return False
    k = trigger - 1
    while k > 1 and sentence.tokens[k].pos == "ADJ" and sentence.tokens[k].text[:1].islower():
        k -= 1
    before = sentence.tokens[k]
    return before.text[:1].isupper() and before.text.isalpha() and before.text.lower().endswith(NAMING_ENDINGS)


NAMING_ENDINGS = ("ский", "ского", "скому", "ским", "ском", "цкий", "цкого", "цкому", "цким", "цком")


def _clause_words(sentence: Sentence, clause: tuple[int, int]) -> set[str]:
    """The clause's lemmas and word forms; a relative clause's antecedent stands just before it:
    "союз, в который вступила Грузия …"."""
    a, b = clause
    return {lemma(t) for t in sentence.tokens[max(0, a - 3):b]} | {t.text.lower() for t in sentence.tokens[a:b]}


def _holds(condition: str, words: set[str], actors: list[Actor], has_place: bool) -> bool:
    if condition == "place":
        return has_place
    if condition == "again":
        return bool(words & AGAIN)
    key, _, value = condition.partition("=")
    options = set(value.split("|"))
    if key == "with":
        return bool(words & options)
    if key == "without":
        return not words & options
    negate = key.endswith("!")
    role = key.rstrip("!")
    kinds = {x.kind for x in actors if x.role == role}
    if options == {"place"}:
        return has_place and not kinds
    hit = bool(kinds & options)
    return not hit if negate else hit


def may_hold(rule: TriggerRule, sentence: Sentence, clause: tuple[int, int], trigger: int | None = None) -> bool:
    """The rule's word conditions (with, without, again) hold: it may apply once places and actors
    are known. A trigger none of whose rules may apply owns no place ("отбили его наступление")."""
    words = _clause_words(sentence, clause)
    return all(_sentence_condition(c, sentence, clause, trigger) if c in SENTENCE_CONDITIONS
               else _holds(c, words, [], True) for c in rule.conditions
               if c in ("again", *SENTENCE_CONDITIONS) or c.startswith(("with=", "without=")))
