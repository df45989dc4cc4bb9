"""First version: NER LOC mentions looked up in the gazetteer by their word forms."""
from __future__ import annotations

from ..gazetteer import default_gazetteer
from ..gazetteer.gazetteer import rank_key
from ..model import Candidate, Document, PlaceMention
from .forms import word_forms


def tag(doc: Document) -> Document:
    gazetteer = default_gazetteer()
    places = []
    for mention in doc.mentions:
        if mention.kind != "LOC":
            continue
        found = []
        for form in (mention.normal, mention.text):
            found = gazetteer.lookup(form)
            if found:
                break
        if not found and " " not in mention.text:
            for form in word_forms(mention.text):
                found = gazetteer.lookup_key(form)
                if found:
                    break
        ranked = sorted(found, key=rank_key)
        candidates = [Candidate(e.place(), 1.0 / (i + 1)) for i, e in enumerate(ranked)]
        best = candidates[0].place if candidates else None
        places.append(PlaceMention(mention.start, mention.end, mention.text, mention.normal or mention.text,
                                   best, candidates, best.type if best else None))
    doc.places = places
    return doc
