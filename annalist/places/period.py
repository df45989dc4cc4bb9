"""The year a document speaks of: names and borders are read as of that year."""
from __future__ import annotations

from statistics import median

from ..model import Document


def document_year(doc: Document) -> int | None:
    """The median year of the document's dates, else ``metadata["year"]``, else None."""
    years = []
    for time in doc.times:
        if time.start_date:
            try:
                years.append(int(time.start_date[:5] if time.start_date.startswith("-") else time.start_date[:4]))
            except ValueError:
                continue
    if years:
        return int(median(years))
    value = doc.metadata.get("year") if doc.metadata else None
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
