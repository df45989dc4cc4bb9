"""The events stage: typed, sourced events with actors, place, date, numbers and assertion status."""
from .stage import tag

__all__ = ["tag"]
