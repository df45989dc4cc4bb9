"""When: the dates stage's ``time_for`` gives the date governing a trigger's clause; while that
stage is missing (it is written alongside this one) fall back to the nearest date before it."""
from __future__ import annotations

from ..model import Document, TimeValue


def date_for(doc: Document, start: int, end: int, lasting: bool = False) -> TimeValue | None:
    """``lasting``: the event goes on up to a later date its sentence tells (a siege and its end)."""
    try:
        from ..dates import lasting_time_for, time_for
    except ImportError:
        return _nearest_before(doc, start)
    return (lasting_time_for if lasting else time_for)(doc, start, end)


def _nearest_before(doc: Document, start: int) -> TimeValue | None:
    dated = [t for t in doc.times if t.edtf and t.start <= start and t.kind in {"date", "vague"}]
    return max(dated, key=lambda t: t.start) if dated else None
