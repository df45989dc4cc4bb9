"""Annalist's event types for historical narrative, and how each maps to ACLED and PLOVER.

One table is the single source of truth: the events stage, the gold files, the exporters
and the web app all read it. ACLED names are the codebook's event_type / sub_event_type;
PLOVER names are the manual's event type and mode (see docs/formats in the project docs).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    family: str           # conflict | political
    label_ru: str
    label_en: str
    acled_event_type: str
    acled_sub_event_type: str
    plover_event_type: str | None
    plover_mode: str | None
    civilian_targeting: bool = False


BATTLES = "Battles"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

_TYPES = [
    # conflict
    EventType("uprising", "conflict", "восстание", "uprising", BATTLES, "Non-state actor overtakes territory", "ASSAULT", "firearms"),
    EventType("mutiny", "conflict", "мятеж", "mutiny", BATTLES, "Armed clash", "ASSAULT", "firearms"),
    EventType("battle", "conflict", "бой", "battle", BATTLES, "Armed clash", "ASSAULT", "firearms"),
    EventType("attack", "conflict", "нападение", "armed attack", BATTLES, "Armed clash", "ASSAULT", "firearms"),
    EventType("capture", "conflict", "захват", "capture", BATTLES, "Non-state actor overtakes territory", "ASSAULT", "firearms"),
    EventType("recapture", "conflict", "обратный захват", "recapture", BATTLES, "Government regains territory", "ASSAULT", "firearms"),
    EventType("suppression", "conflict", "подавление", "suppression", BATTLES, "Government regains territory", "ASSAULT", "firearms"),
    EventType("siege", "conflict", "осада", "siege", BATTLES, "Armed clash", "ASSAULT", "heavy-weapons"),
    EventType("explosion", "conflict", "взрыв", "explosion or bombing", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives"),
    EventType("bombardment", "conflict", "обстрел", "bombardment", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", "heavy-weapons"),
    EventType("attack_on_civilians", "conflict", "нападение на мирных жителей", "attack on civilians", VAC, "Attack", "ASSAULT", "targeted", True),
    EventType("massacre", "conflict", "резня", "massacre", VAC, "Attack", "ASSAULT", "targeted", True),
    EventType("execution", "conflict", "казнь", "execution", VAC, "Attack", "ASSAULT", "targeted", True),
    EventType("looting", "conflict", "грабёж", "looting", STRATEGIC, "Looting/property destruction", "ASSAULT", "destroy"),
    EventType("deportation", "conflict", "депортация", "deportation", STRATEGIC, "Other", "COERCE", "deport", True),
    EventType("flight", "conflict", "бегство населения", "flight of the population", STRATEGIC, "Other", None, None),
    EventType("arrest", "conflict", "арест", "arrest", STRATEGIC, "Arrests", "COERCE", "arrest"),
    EventType("strike", "conflict", "забастовка", "strike", PROTESTS, "Peaceful protest", "PROTEST", "strike"),
    EventType("protest", "conflict", "протест", "protest", PROTESTS, "Peaceful protest", "PROTEST", "demo"),
    EventType("riot", "conflict", "бунт", "riot", RIOTS, "Violent demonstration", "PROTEST", "riot"),
    EventType("reinforcement", "conflict", "подкрепление", "arrival of forces", STRATEGIC, "Other", "MOBILIZE", "troops"),
    EventType("retreat", "conflict", "отступление", "retreat", STRATEGIC, "Other", "RETREAT", "withdraw"),
    # political
    EventType("treaty", "political", "договор", "treaty", STRATEGIC, "Agreement", "AGREE", None),
    EventType("recognition", "political", "признание", "recognition", STRATEGIC, "Agreement", "SUPPORT", None),
    EventType("non_recognition", "political", "отказ в признании", "refusal of recognition", STRATEGIC, "Other", "REJECT", None),
    EventType("decree", "political", "декрет", "decree", STRATEGIC, "Other", None, None),
    EventType("amnesty", "political", "амнистия", "amnesty", STRATEGIC, "Other", "CONCEDE", None),
    EventType("founding", "political", "создание", "founding of a state, autonomy or federation", STRATEGIC, "Change to group/activity", None, None),
    EventType("accession", "political", "вхождение в союз", "accession to a union", STRATEGIC, "Agreement", "COOPERATE", None),
    EventType("territorial_transfer", "political", "передача территории", "territorial transfer", STRATEGIC, "Non-violent transfer of territory", "CONCEDE", None),
    EventType("annexation", "political", "присоединение", "annexation", STRATEGIC, "Non-violent transfer of territory", "COERCE", "seize"),
    EventType("abolition", "political", "упразднение", "abolition", STRATEGIC, "Change to group/activity", None, None),
    EventType("occupation", "political", "оккупация", "occupation", STRATEGIC, "Non-violent transfer of territory", "COERCE", "seize"),
    EventType("election", "political", "выборы", "election or referendum", STRATEGIC, "Other", None, None),
    EventType("negotiations", "political", "переговоры", "negotiations", STRATEGIC, "Other", "CONSULT", None),
    EventType("political_activity", "political", "политическая деятельность", "political activity", STRATEGIC, "Change to group/activity", None, None),
]

EVENT_TYPES: dict[str, EventType] = {t.name: t for t in _TYPES}


def event_type(name: str) -> EventType:
    try:
        return EVENT_TYPES[name]
    except KeyError:
        raise KeyError(f"unknown event type {name!r}; known: {', '.join(EVENT_TYPES)}") from None
