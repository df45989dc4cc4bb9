"""The events stage: ``tag(doc)`` fills ``doc.events`` with typed, sourced events.

For every sentence: find trigger candidates (triggers.py), pick the first lexicon rule whose
condition holds given the clause's actors and places (conditions.py, arguments.py), drop nouns
that only name the object of a verb event in the same clause ("подавить восстание"), split
events told of several places at once, then attach dates, quantities and assertion status.
coref.py finally merges repeated mentions and fills places from discourse.
"""
from __future__ import annotations

from ..model import Assertion, Document, Event, EventPlace, Sentence
from .actors import sentence_actors
from .arguments import Arguments, assign_actors, assign_places
from .assertion import assess, refuses
from .conditions import holds
from .coref import resolve
from .dating import date_for
from .ontology import event_type
from .quantities import find_quantities
from .tokens import clause_of
from .triggers import Candidate, find_candidates

# Types reported once per place when the text lists several ("взяты Пенза и Сызрань").
PER_PLACE_FAMILIES = {"conflict"}


def tag(doc: Document) -> Document:
    events: list[Event] = []
    notes: dict[int, dict] = {}
    for index, sentence in enumerate(doc.sentences):
        if _is_heading(doc, sentence):
            continue
        found = sentence_events(doc, sentence, index)
        for event, note in found:
            notes[id(event)] = note
        _attach_quantities(sentence, [e for e, _ in found], events)
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
    accepted: list[tuple[Candidate, Event, dict]] = []
    for candidate in find_candidates(sentence):
        clause = clause_of(sentence, candidate.index)
        made = _event_for(doc, sentence, index, candidate, clause, phrases)
        if made is not None:
            accepted.append((candidate, *made))
    # A bare noun in the clause of a verb event is that event's object or subject
    # ("подавить восстание", "восстание было подавлено"): a mention, not a new event.
    verbs = [(c, clause_of(sentence, c.index)) for c, _, _ in accepted if not c.noun]
    result = []
    for candidate, event, note in accepted:
        if candidate.noun and candidate.support is None and not candidate.framed:
            clause = clause_of(sentence, candidate.index)
            if any(vc == clause for _, vc in verbs):
                continue
        note["bare"] = candidate.noun and candidate.support is None
        result.extend(_split_by_place(event, note))
    return result


def _event_for(doc: Document, sentence: Sentence, index: int, candidate: Candidate,
               clause: tuple[int, int], phrases) -> tuple[Event, dict] | None:
    places: Arguments = assign_places(doc, sentence, candidate, clause, phrases)
    for rule in candidate.rules:
        actors = assign_actors(sentence, candidate, rule, clause, phrases)
        if not holds(rule, sentence, clause, actors, bool(places.places) or places.anaphora is not None):
            continue
        tokens = sentence.tokens
        trigger = doc.span(tokens[candidate.first].start, tokens[candidate.last].end)
        kind = rule.type
        assertion = assess(sentence, candidate.index, clause, (0, len(tokens)))
        if candidate.framed and assertion.status in {"hypothetical", "failed"}:
            assertion = Assertion()   # "до оккупации … обещала": the promise is modal, not the framing event
        if kind == "recognition" and refuses(sentence, candidate.index):
            kind, assertion.status = "non_recognition", "asserted"
            assertion.cues = [c for c in assertion.cues if c.lower() not in {"не"}]
        taken = {(x.start, x.end) for x in actors}
        event_places = [p for p in places.places
                        if not any(s <= p.mention.start and p.mention.end <= e for s, e in taken)]
        event = Event(
            id="", document=doc.id, type=kind, trigger=trigger,
            evidence=doc.span(sentence.start, sentence.end),
            date=date_for(doc, trigger.start, trigger.end),
            places=event_places, actors=actors, assertion=assertion,
            confidence=_confidence(candidate, actors, event_places), sentence=index,
        )
        return event, {"anaphora": places.anaphora, "lemma": rule.lemma}
    return None


def _confidence(candidate: Candidate, actors, places) -> float:
    score = 0.55 if not candidate.noun else (0.5 if candidate.support is not None else 0.35)
    score += 0.15 if actors else 0.0
    score += 0.1 if places else 0.0
    return min(score, 0.95)


def _split_by_place(event: Event, note: dict) -> list[tuple[Event, dict]]:
    """"были взяты Пенза и Сызрань": one event per place, as a coder records them."""
    located = [p for p in event.places if p.role == "location"]
    if event_type(event.type).family not in PER_PLACE_FAMILIES or len(located) < 2:
        return [(event, note)]
    others = [p for p in event.places if p.role != "location"]
    result = []
    for place in located:
        copy = Event(event.id, event.document, event.type, event.trigger, event.evidence, event.date,
                     [place, *others], list(event.actors), list(event.quantities), event.assertion,
                     event.confidence * 0.9, event.sentence)
        result.append((copy, dict(note)))
    return result


def _attach_quantities(sentence: Sentence, here: list[Event], before: list[Event]) -> None:
    """Each number goes to the nearest event of its sentence, or to the previous sentence's last event."""
    for quantity in find_quantities(sentence):
        pool = here or [e for e in before[-1:] if e.sentence is not None]
        if not pool:
            continue
        nearest = min(pool, key=lambda e: abs(e.trigger.start - quantity.start))
        for event in pool:
            if event.trigger.start == nearest.trigger.start:
                event.quantities.append(quantity)


__all__ = ["tag", "EventPlace"]
