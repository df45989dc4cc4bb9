"""The SQLite store: the only place that speaks SQL."""
from .store import DEFAULT_PATH, Store

__all__ = ["DEFAULT_PATH", "Store"]
