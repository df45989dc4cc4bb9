"""The dates stage: Russian temporal expressions → EDTF intervals, with the narrative's timeline.

    from annalist.dates import tag, time_for
    doc = tag(doc)                      # fills doc.times
    time_for(doc, start, end)           # the TimeValue dating an event trigger at [start, end)
"""
from .event_time import time_for
from .stage import tag

__all__ = ["tag", "time_for"]
