"""Who takes part: named (natasha ORG/PER, states named as LOC) and descriptive actor phrases.

A descriptive phrase is a head noun from data/actors.tsv ("жители", "отряды", "красноармейцы")
with the adjectives before it and a short genitive tail after it ("части бывшей Национальной
армии"). Substantivised active participles of uprising verbs ("восставшие") are rebels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Mention, Sentence, Token
from ..nlp.normal import nominative
from ..places.tagger import name_stem
from .lexicon import actor_heads, trigger_rules
from .tokens import case, dictionary_forms, dictionary_readings, is_active_participle, lemma, other_lemmas

# Words that make an ORG mention a particular kind of actor.
ORG_KINDS = {"армия": "military", "войско": "military", "корпус": "military", "фронт": "military",
             "группа": "military", "партия": "party", "совет": "state", "власть": "state",
             "правительство": "state", "ревком": "state", "организация": "organization",
             "комитет": "state", "директория": "state", "союз": "state"}
STATE_WORDS = {"россия", "империя", "республика", "королевство", "царство", "халифат", "союз", "рсфср", "ссср"}
# Singular "часть"/"сила" mean "part"/"strength"; only the plural names troops.
PLURAL_ONLY = {"часть", "сила"}
COMPASS = ("западн", "восточн", "северн", "южн", "центральн", "северо-", "юго-")
POLITY_TYPES = {"country", "polity", "state"}
REBEL_VERBS = {"восстать", "взбунтоваться", "бунтовать"}
FOLLOWERS = re.compile(r"(?:ов|ев|ёв|ин)ец$")


def _commanders_men(token: Token) -> bool:
    """"Каппелевцы", "деникинцы": a commander's men, in the nominative plural whatever the tagger says."""
    return bool(FOLLOWERS.search(lemma(token))) and token.text.lower().endswith("цы")
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|их|ими|ую)$")


@dataclass(slots=True)
class ActorPhrase:
    first: int           # token indices into the sentence, inclusive
    last: int
    head: int
    kind: str
    name: str
    start: int           # character offsets into the document
    end: int
    case: str | None = None


def _phrase(sentence: Sentence, first: int, last: int, head: int, kind: str, name: str) -> ActorPhrase:
    tokens = sentence.tokens
    phrase = ActorPhrase(first, last, head, kind, name, tokens[first].start, tokens[last].end)
    phrase.case = case(tokens[head])
    return phrase


def _token_range(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
    return (inside[0], inside[-1]) if inside else None


def _head_of(tokens: list[Token], first: int, last: int, prefer_last: bool) -> int:
    nouns = [i for i in range(first, last + 1) if tokens[i].pos in {"NOUN", "PROPN"}]
    if not nouns:
        return first
    # In "Красной армии" the case sits on the last noun; in "Нуру паша" on either.
    return nouns[-1] if prefer_last and len(nouns) < 3 else nouns[0]


def _resolved_place(doc: Document, mention: Mention):
    """The gazetteer place the places stage found at this mention, if any."""
    for place in doc.places:
        if place.locates and place.place is not None and place.start < mention.end and mention.start < place.end:
            return place.place
    return None


def _named_in_full(doc: Document, mention: Mention) -> bool:
    """A one-word mention that is the last word of a person NER names in full elsewhere in the text
    (the places stage's test for the same man: ``places.tagger.named_in_full``)."""
    if " " in mention.text:
        return False
    stem = name_stem(mention.text)
    return any(m.kind == "PER" and " " in m.text and name_stem(m.text.split()[-1]) == stem for m in doc.mentions)


def named_actors(doc: Document, sentence: Sentence) -> list[ActorPhrase]:
    found = []
    for mention in doc.mentions:
        if mention.end <= sentence.start or mention.start >= sentence.end:
            continue
        place = _resolved_place(doc, mention)
        if place is not None and place.type not in POLITY_TYPES:
            continue      # NER called a town a person or a group; the gazetteer knows better
        if mention.kind == "PER" and any(p.locates and p.start < mention.end and mention.start < p.end
                                         for p in doc.places):
            continue      # the places stage took this "person" for a place (a town told again)
        span = _token_range(sentence, mention.start, mention.end)
        if span is None:
            continue
        kind = _mention_kind(mention, sentence.tokens[span[0]:span[1] + 1], place)
        if kind is None and mention.kind == "LOC" and place is None and _named_in_full(doc, mention):
            kind = "person"   # "Хосе Мария Морелос … Морелос попал в плен": NER's place is the man
        if kind is None:
            continue
        head = _head_of(sentence.tokens, span[0], span[1], prefer_last=mention.kind != "PER")
        phrase = _phrase(sentence, span[0], span[1], head, kind, mention.normal or mention.text)
        if kind == "military" and mention.kind == "PER":
            phrase.case = "nom"    # a commander's men (_mention_kind)
        found.append(phrase)
    return found


def _mention_kind(mention: Mention, tokens: list[Token], place) -> str | None:
    lemmas = {lemma(t) for t in tokens}
    if mention.kind == "PER":
        if len(tokens) == 1 and _commanders_men(tokens[0]):
            return "military"      # NER takes "Каппелевцы" for a person; it is Kappel's men
        return "person"
    if mention.kind == "ORG":
        for word, kind in ORG_KINDS.items():
            if word in lemmas:
                return kind
        return "organization"
    # A named country or empire acts as a state when it is the grammatical subject or partner
    # ("Армения потерпела поражение", "с Турцией"); arguments.py decides from the case.
    polity = bool(lemmas & STATE_WORDS) or (place is not None and place.type in POLITY_TYPES)
    if len(tokens) == 1 and (tokens[0].pos == "ADJ" or PLACE_ADJECTIVE.search(tokens[0].text.lower())):
        return None      # "Талышинское, Ширванское и Шекинское ханства": a polity's adjective locates
    if polity and tokens and tokens[-1].feats.get("Case") in {"Nom", "Ins", "Dat"}:
        return "state"
    return None


def descriptive_actors(sentence: Sentence) -> list[ActorPhrase]:
    tokens = sentence.tokens
    heads = actor_heads()
    triggers = trigger_rules()
    found = []
    for i, token in enumerate(tokens):
        lem = lemma(token)
        kind = None
        if token.pos in {"NOUN", "ADJ", "VERB"} and is_active_participle(token) and lem in REBEL_VERBS:
            kind = "rebels"
        elif token.pos in {"NOUN", "PROPN"} and lem in heads:
            if lem in PLURAL_ONLY and token.feats.get("Number") != "Plur" and not _of_an_army(tokens, i):
                continue
            if lem in PLURAL_ONLY and i > 0 and lemma(tokens[i - 1]).startswith(COMPASS):
                continue          # "западные части Белоруссии" are parts of a land, not troops
            kind = heads[lem]
        elif token.pos == "ADJ" and lem in heads and token.feats.get("Number") == "Plur" \
                and (i + 1 >= len(tokens) or tokens[i + 1].pos != "NOUN"):
            kind = heads[lem]          # substantivised: "красные заняли Симбирск"
        elif token.pos in {"NOUN", "PROPN"} and (_commanders_men(token)
                                                or FOLLOWERS.search(lem) and token.feats.get("Number") == "Plur"):
            kind = "military"          # a commander's men: "каппелевцы", "деникинцы", "семёновцы"
        elif (token.pos == "NOUN" or token.pos == "ADJ" and (i + 1 >= len(tokens) or tokens[i + 1].pos != "NOUN")) \
                and lem not in heads and (found_head := next((w for w in other_lemmas(token) if w in heads), None)):
            # the tagger left "белых" unlemmatised, or read "полки" as "полок"; the dictionary knows "белый", "полк"
            kind = heads[found_head]
        elif (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Plur"
              or token.pos == "PROPN" and i == 0 and ("Plur", "Nom") in dictionary_readings(token.text.lower())) \
                and lem not in heads and lem not in NOT_SIDES \
                and lem not in triggers and _people_in_dictionary(token.text):
            # (a sentence's first word is often read as a name: "Роялисты двинулись на Лондон")
            kind = "ethnic_group"      # a side the lexicon lacks: "роялисты", "тайпины", "парагвайцы"
        if kind is None:
            continue
        first = i
        while first > 0 and tokens[first - 1].pos in {"ADJ", "DET", "NUM"} and tokens[first - 1].text.isalpha() \
                and lemma(tokens[first - 1]) not in triggers \
                and not _name_read_as_adjective(tokens, first - 1):  # "Восстали" read as an adjective
            first -= 1
        if found and found[-1].first <= i <= found[-1].last:
            continue          # the genitive tail of the phrase before: "части … армии"
        last = i
        whole = lem in UNIT_WORDS     # "части армии", "отряды ополчения": the tail names what they belong to
        while last + 1 < len(tokens) and last - i < 4 and tokens[last + 1].feats.get("Case") == "Gen" \
                and tokens[last + 1].pos in {"ADJ", "NOUN", "PROPN"} \
                and (whole or lemma(tokens[last + 1]) not in heads):
            last += 1
        name = nominative(tokens[first:last + 1], i - first)
        phrase = _phrase(sentence, first, last, i, kind, name)
        if _commanders_men(token):
            phrase.case = "nom"
        found.append(phrase)
    return found


ADJECTIVE_ENDING = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$")


def _name_read_as_adjective(tokens, j: int) -> bool:
    """"на реке Нтомбе отряд", "у Шейнова колонны": a capitalised name the tagger called an adjective
    is no part of the troops after it (a real adjective has an adjective's ending: "Красная армия")."""
    word = tokens[j].text
    return j > 0 and word[:1].isupper() and not ADJECTIVE_ENDING.search(word.lower())


def _people_in_dictionary(word: str) -> bool:
    """The dictionary, not only the tagger, reads the word as living beings ("редутов" is not)."""
    return any(form.feats.get("Animacy") == "Anim" for form in dictionary_forms(word.lower()))


# Plural people who are no side in a fight ("дети", "родственники", "депутаты" are in actors.tsv if they are).
NOT_SIDES = {"ребенок", "дети", "родственник", "родитель", "друг", "предок", "потомок", "историк", "исследователь",
             "современник", "очевидец", "свидетель", "автор", "читатель", "ученый", "член", "представитель",
             "участник", "сторонник", "противник", "лидер", "руководитель", "вождь", "человек", "люди"}


UNIT_WORDS = {"часть", "сила", "отряд", "подразделение", "остаток", "войско", "войска"}
ARMY_WORDS = {"армия", "войско", "корпус", "дивизия", "полк", "гарнизон", "флот"}


def _of_an_army(tokens: list[Token], i: int) -> bool:
    """"части бывшей Национальной армии": troops, however the tagger read the number of "части"."""
    return tokens[i].text.lower() == "части" and any(lemma(t) in ARMY_WORDS for t in tokens[i + 1:i + 4])


def sentence_actors(doc: Document, sentence: Sentence) -> list[ActorPhrase]:
    """Named actors win where they overlap a descriptive phrase; the phrase's head decides the kind."""
    named = named_actors(doc, sentence)
    described = descriptive_actors(sentence)
    result = list(named)
    for phrase in described:
        overlapping = [n for n in named if n.first <= phrase.last and phrase.first <= n.last]
        if overlapping:
            for n in overlapping:
                if (n.kind in {"organization", "state"} and phrase.kind != "civilians") or phrase.head < n.first:
                    n.kind = phrase.kind      # "отряды Каппеля" are troops, not the person
                # widen the named actor to the descriptive phrase: "части Красной армии"
                if phrase.first < n.first:
                    n.first, n.start, n.head, n.case = phrase.first, phrase.start, phrase.head, phrase.case
                    n.name = nominative(sentence.tokens[n.first:n.last + 1], n.head - n.first)
            continue
        result.append(phrase)
    return sorted(result, key=lambda p: p.first)
