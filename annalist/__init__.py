"""Annalist: historical narrative text → a sourced, queryable record of what happened."""
from .api import event_records, extract, to_dataframe
from .model import Document, Event, Evidence, Place, TimeValue
from .pipeline import Pipeline, process
from .store import Store

__version__ = "0.1.0"
__all__ = ["Document", "Event", "Evidence", "Pipeline", "Place", "Store", "TimeValue", "event_records",
           "extract", "process", "to_dataframe"]
