"""Old names the text itself glosses with today's: "у Йорка (ныне Торонто)", "из форта Дирборн на
месте нынешнего Чикаго". The author's gloss outranks any namesake the gazetteer holds (York in
Pennsylvania, Dearborn in Michigan): the old name is placed where the new one is."""
from __future__ import annotations

import re

from ..model import Candidate, PlaceMention

# What may stand between the old name and the new one.
GLOSS = re.compile(r"\s*(?:\(|,|—|–)?\s*(?:ныне|теперь|сейчас|совр\.|современн\w+|нынешн\w+"
                   r"|на\s+месте\s+(?:нынешн|современн)\w+)\s+$", re.IGNORECASE)


def place_glossed(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Each place mention followed by "(ныне X)" or "на месте нынешнего X" takes X's place."""
    for old, new in zip(places, places[1:], strict=False):
        if new.place is None or not old.locates or not new.locates:
            continue
        if not GLOSS.fullmatch(text[old.end:new.start]):
            continue
        old.place = new.place
        old.candidates = [Candidate(new.place, 1.0)] + [c for c in old.candidates if c.place.id != new.place.id]
        old.type = new.place.type
    return places
