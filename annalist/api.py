"""The Python API for notebooks and scripts.

>>> import annalist
>>> docs = annalist.extract("В 1921 году в Тифлисе ...")      # doctest: +SKIP
>>> annalist.to_dataframe(docs)                               # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .io import expand_paths, read_document
from .model import Document
from .pipeline import Pipeline, process
from .records import event_record


def extract(source: str | Path | Iterable[str | Path], pipeline: Pipeline | None = None,
            title: str | None = None) -> list[Document]:
    """Texts or paths in, processed documents (with events, dates, places) out.

    A string that names an existing file or directory is read from disk; any other string is
    taken as the text itself.
    """
    if isinstance(source, Document):
        return [process(source, pipeline)]
    if isinstance(source, (str, Path)):
        if isinstance(source, Path) or _is_path(source):
            return [process(read_document(p), pipeline) for p in expand_paths([str(source)])]
        return [process(Document.from_text(source, title=title or "text"), pipeline)]
    return [doc for item in source for doc in extract(item, pipeline)]


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    try:
        return Path(text).exists()
    except OSError:
        return False


def event_records(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """The contract's event records of the given documents, as plain dicts."""
    return [event_record(doc, event) for doc in docs for event in doc.events]


def to_dataframe(docs: Iterable[Document]):
    """Events as a pandas DataFrame (one row per event, nested fields flattened with dots)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("to_dataframe needs pandas: pip install 'annalist[pandas]'") from exc
    return pd.json_normalize(event_records(docs))
