"""What one expression says, before the discourse model anchors it: the ``Reading`` record."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .values import Value

# A resolver turns the reference value (the narrative's current time, or the document's own date
# for deictic words) into the expression's value; None when the reference is not precise enough.
Resolver = Callable[[Value], "Value | None"]


@dataclass(slots=True)
class Reading:
    kind: str = "date"                 # date | duration | set | vague
    value: Value | None = None         # set when the text alone fixes the value
    resolve: Resolver | None = None    # set when the value depends on a reference
    base: str = "reference"            # reference | document (deictic: сегодня, в настоящее время)
    derivation: str = "explicit"       # what to call the result when resolve() succeeds
    partial: str | None = None         # EDTF to fall back to when nothing anchors it ("XXXX-05-31")
    duration: str | None = None
    note: str | None = None
    open: str | None = None            # "after" (не ранее 1921 г.) | "later" (после 1921 г.) | "before" (до …)
    approximate: bool = False
    moves_reference: bool = True       # does this expression become the new reference time?
    style: str | None = None           # "julian" / "gregorian" when the text marks the calendar
    own_year: bool = False             # the expression states its own year (ends Old Style carry-over)
