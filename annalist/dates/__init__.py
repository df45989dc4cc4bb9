"""The dates stage: Russian temporal expressions → EDTF intervals, with the narrative's timeline.

    from annalist.dates import tag, time_for
    doc = tag(doc)                      # fills doc.times
    time_for(doc, start, end)           # the TimeValue dating an event trigger at [start, end)
    lasting_time_for(doc, start, end)   # the same, up to a later date of its sentence (a siege's end)
"""
from .event_time import lasting_time_for, time_for
from .stage import tag

__all__ = ["lasting_time_for", "tag", "time_for"]
