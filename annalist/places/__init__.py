"""The places stage: toponyms in the text → gazetteer places with coordinates and ranked candidates."""
from __future__ import annotations

from ..model import Document, PlaceMention
from .tagger import tag


def unresolved(doc: Document) -> list[PlaceMention]:
    """Place mentions the gazetteer could not resolve: what a user may want to add."""
    return [p for p in doc.places if p.place is None]


__all__ = ["tag", "unresolved"]
