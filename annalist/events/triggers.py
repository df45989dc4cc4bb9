"""Where events are named: trigger words found by lemma (verbs, short passive participles and
deverbal nouns), with support verbs that introduce a noun ("вспыхнуло восстание",
"подписан договор") folded into the trigger span."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Sentence
from .lexicon import TriggerRule, normalise, trigger_rules
from .quantities import MONTHS
from .tokens import (
    SHORT_PASSIVE,
    clause_of,
    dictionary_forms,
    dictionary_readings,
    is_active_participle,
    is_passive,
    is_short_passive,
    lemma,
    other_lemmas,
)

# Verbs that say an event named by a noun happened (or began); they mark a new event, where a
# bare noun ("восстанием руководил …") usually mentions one already told.
SUPPORT_VERBS = {
    "вспыхнуть", "вспыхивать", "произойти", "происходить", "начаться", "начинаться", "поднять",
    "подписать", "заключить", "завязаться", "разразиться", "устроить", "учинить", "совершить",
    "провести", "объявить", "вести", "развернуть", "нанести", "одержать", "потерпеть", "открыть",
    "охватить", "продолжаться", "идти", "подвергнуться", "подвергаться", "перекинуться", "сопровождаться",
    "проходить", "пройти", "организовать", "издать", "дать", "получить", "вступить", "перейти",
    "начать", "начинать", "добиться", "добиваться", "последовать", "состояться", "разгореться", "развернуться", "пойти",
    "выдержать", "захлебнуться", "возобновиться", "возобновить", "развязать", "принести", "сделать", "привести",
}
# Support verbs that take the event noun as their object ("подняли восстание", "подписали договор"):
# a noun after them is theirs before a subject noun ("Вторжение подняло на восстание ханства").
TRANSITIVE_SUPPORT = {"поднять", "подписать", "возобновить", "развязать", "принести", "сделать", "заключить", "устроить", "учинить", "совершить", "провести", "выдержать",
                      "объявить", "вести", "развернуть", "нанести", "одержать", "потерпеть", "организовать",
                      "издать", "начать", "начинать"}
# A noun after these prepositions names an event as a time or cause of another ("после
# подавления восстания"), so it stands as an event of its own even inside another's clause.
FRAMING_PREPOSITIONS = {"после", "до", "во", "в", "при", "перед", "без", "через", "из-за", "вследствие"}
REBEL_VERBS = {"восстать", "взбунтоваться", "бунтовать"}
# Verbs whose participles say who people are or were, not an event of the story: "ветеранов,
# воевавших в Испании", "войско, собранное в Гранаде".
DESCRIBING_VERBS = {"воевать", "служить", "сражаться", "собрать", "оборонять", "защищать"}
PAST = re.compile(r"(ла|ло|ли|лась|лось|лись|лся|ёл|ел)$")
# a long passive participle's ending: осаждённым, захваченных, убитые, преследуемая
PASSIVE_LONG = re.compile(r"(нн|ённ|енн|т|ем|им)(ый|ая|ое|ые|ых|ым|ыми|ой|ую|ого|ому|ом)$")
VERB_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")


def _after_comma(tokens, i: int) -> bool:
    """A comma opens the word's phrase, over an adverb or two or a date (", вскоре назначенный
    командующим", ", ещё в феврале назначенный", ", в феврале 1885 г. занявшая порт")."""
    k = i - 1
    while k >= 0 and i - k <= 6 and (tokens[k].pos in {"ADV", "NUM"} or tokens[k].text.lower() in WHEN_WORDS
                                     or tokens[k].text[:1].isdigit() or lemma(tokens[k]) in MONTHS):
        k -= 1
    return k >= 0 and tokens[k].text == ","


# Words of a date told between a comma and a participle: "в феврале 1885 г.", "ещё в 1808 году".
WHEN_WORDS = {"в", "во", "ещё", "еще", "г", "г.", ".", "год", "года", "году"}


@dataclass(slots=True)
class Candidate:
    index: int                  # the trigger word's token index
    first: int                  # token range of the trigger span, inclusive (support verb folded in)
    last: int
    rules: list[TriggerRule]
    noun: bool
    passive: bool
    support: int | None = None  # token index of the support verb, when there is one
    framed: bool = False        # after "после", "до" … : a separate event even inside another's clause


def is_verb_lemma(word: str) -> bool:
    return word.endswith(VERB_ENDINGS)


def _common_event_noun(token, table) -> bool:
    return any(form.pos == "NOUN" and normalise(form.normal) in table for form in dictionary_forms(token.text.lower()))


def _unlemmatised(token) -> bool:
    """The tagger gave the word itself as its lemma: it did not read the form."""
    return lemma(token) == token.text.lower().replace("ё", "е")


def _unread_gerund(token) -> bool:
    """"сжигая селения и угоняя скот": the tagger left "угоняя" an adjective with itself as lemma."""
    return _unlemmatised(token) and token.text.lower().endswith(("я", "вши", "ав", "ив", "ыв", "ев"))


def _unread_passive(tokens, i: int) -> bool:
    """"был сослан в Или", "был схвачен и сослан": after "был" (and another short passive joined by
    "и") the tagger left a short passive participle a noun, unlemmatised."""
    if i == 0 or not _unlemmatised(tokens[i]) or not SHORT_PASSIVE.search(tokens[i].text.lower()):
        return False
    j = i - 1
    if j >= 2 and tokens[j].text.lower() == "и" and SHORT_PASSIVE.search(tokens[j - 1].text.lower()):
        j -= 2
    return lemma(tokens[j]) == "быть"


def find_candidates(sentence: Sentence, names: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Trigger words of the sentence; ``names`` are spans of personal names, never triggers ("Фрэнки Бой")."""
    tokens = sentence.tokens
    table = trigger_rules()
    found = []
    for i, token in enumerate(tokens):
        # (NER runs a sentence-opening event noun into the name after it: "Осада Гуйлиня не удалась")
        if not token.text[:1].isalpha() or any(s <= token.start < e for s, e in names) \
                and not (any(s == token.start for s, _ in names) and _common_event_noun(token, table)):
            continue
        word = lemma(token)
        rules = table.get(word)
        if not rules and (token.pos in {"PROPN", "X", ""} or token.text[:1].isupper()
                          or token.pos in {"NOUN", "ADJ"} and (PAST.search(token.text) or _unread_gerund(token)
                                                               or _unread_passive(tokens, i))):
            # the tagger takes "Восстали" for a name and "пала" for a noun; the dictionary knows the verb
            readings = [w for w in other_lemmas(token) if w in table]
            if token.pos not in {"PROPN", "X", ""} and not token.text[:1].isupper():
                readings = [w for w in readings if is_verb_lemma(w)]
            word = readings[0] if readings else word
            rules = table.get(word)
        if not rules:
            continue
        noun = not is_verb_lemma(word)
        if not noun:
            participial = _after_comma(tokens, i) and word not in REBEL_VERBS and not _attributive(tokens, i)
            if word in DESCRIBING_VERBS and (token.feats.get("VerbForm") == "Part" or any(
                    lemma(t) == "который" for t in tokens[clause_of(sentence, i)[0]:i])):
                continue      # (so does a relative clause: "к Очакову, который оборонял гарнизон")
            if is_active_participle(token) and not participial:
                continue      # "восставшие" names the rebels, not the rising
            if is_passive(token) and token.feats.get("VerbForm") == "Part" and not is_short_passive(token) \
                    and not participial:
                continue      # attributive "захваченных территорий": background, not a told event
            if token.pos in {"NOUN", "ADJ"} and PASSIVE_LONG.search(token.text.lower()) and not participial:
                continue      # "на выручку осаждённым": the besieged people, tagged a noun, tell no event
        elif token.pos not in {"NOUN", "PROPN", "ADJ", "X"}:
            continue
        candidate = Candidate(i, i, i, rules, noun, (not noun) and is_passive(token))
        if noun:
            _attach_support(sentence, candidate)
            candidate.framed = _framed(tokens, i)
        found.append(candidate)
    _one_noun_per_support(found, sentence)
    return found


def _attributive(tokens, i: int) -> bool:
    """", отступавшие французы расстреливали": the participle qualifies the next noun (same case)."""
    if i + 1 >= len(tokens) or tokens[i + 1].pos not in {"NOUN", "PROPN"}:
        return False
    case, number = tokens[i].feats.get("Case"), tokens[i].feats.get("Number")
    if case is None or case != tokens[i + 1].feats.get("Case"):
        return False
    # ", отменившие барщину" agrees with a noun before the comma and governs this one (the tagger
    # may call "барщину" plural; the dictionary knows better)
    readings = dictionary_readings(tokens[i + 1].text.lower())
    return not readings or any(n in (None, number) and c in (None, case) for n, c in readings)


def _framed(tokens, i: int) -> bool:
    """"после (двухдневного) штурма", "после нескольких дней боёв": look back over modifiers."""
    if tokens[i].feats.get("Case") not in {"Gen", "Loc", "Acc"}:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        word = tokens[j].text.lower()
        if word in FRAMING_PREPOSITIONS:
            return True
        # modifiers may carry an adverb: "после почти трёхнедельной осады"; or be participles:
        # "в последовавшей резне"
        if tokens[j].feats.get("VerbForm") == "Part":
            continue
        if tokens[j].pos not in {"ADJ", "NUM", "DET", "NOUN", "ADV"} or tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") != "Gen":
            return False
    return False


def _one_noun_per_support(found: list[Candidate], sentence: Sentence) -> None:
    """"восстание потерпело поражение": the support verb belongs to the nearer noun only."""
    by_support: dict[int, list[Candidate]] = {}
    for c in found:
        if c.support is not None:
            by_support.setdefault(c.support, []).append(c)
    for support, nouns in by_support.items():
        # "Вторжение подняло на восстание ханства": a transitive support verb's event is its object
        after_first = lemma(sentence.tokens[support]) in TRANSITIVE_SUPPORT
        nouns.sort(key=lambda c: ((c.index < support) if after_first else 0, abs(c.index - support),
                                  c.index < support))
        for c in nouns[1:]:
            c.support, c.first, c.last = None, c.index, c.index


def _attach_support(sentence: Sentence, candidate: Candidate) -> None:
    tokens = sentence.tokens
    a, b = clause_of(sentence, candidate.index)
    best = None
    for j in range(a, b):
        if is_active_participle(tokens[j]) or tokens[j].feats.get("VerbForm") == "Conv" and j > candidate.index:
            continue          # "объявивший себя правителем" describes someone, it tells no event
            # (a gerund before its noun tells one: "Заключив мир с Портой, Пётр объявил войну")
        if lemma(tokens[j]) in SUPPORT_VERBS and j != candidate.index:
            if best is None or abs(j - candidate.index) < abs(best - candidate.index):
                best = j
    if best is None:
        return
    candidate.support = best
    # fold the support verb into the span only when the two stand together ("вспыхнуло восстание")
    between = tokens[min(best, candidate.index) + 1:max(best, candidate.index)]
    if len(between) <= 2 and all(t.text[:1].isalpha() and t.pos not in {"NOUN", "PROPN"} for t in between):
        candidate.first, candidate.last = min(best, candidate.first), max(best, candidate.last)
