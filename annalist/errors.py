"""Annalist's exceptions. Messages say what was expected, what was found, and what to do."""


class AnnalistError(Exception):
    """Base of every error annalist raises on purpose."""


class InputError(AnnalistError):
    """An input could not be read: missing path, binary file, undecodable bytes."""


class StageError(AnnalistError):
    """A pipeline stage failed or broke its contract; the message names the stage."""


class StoreError(AnnalistError):
    """The SQLite store could not be opened, migrated or written."""


class ExportError(AnnalistError):
    """An export format is unknown or could not be produced."""
