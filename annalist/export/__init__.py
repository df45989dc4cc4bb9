"""Exporters: bundles (``annalist.records.bundle``) → files in other tools' formats.

``EXPORTERS`` maps a format name to an ``Exporter`` with ``.name``, ``.media_type``, ``.suffix``,
``.render(bundles) -> str``, ``.write(bundles, out)`` and, for ``acled`` only, ``.metadata(bundles)``
(a JSON sidecar the CLI writes as FILE.meta.json). Formats and their mapping choices:
docs/exports.md.
"""
from __future__ import annotations

from . import (
    acled,
    geojson_events,
    jsonl,
    lpf,
    places_geojson,
    plover,
    table,
    tei,
    timelinejs,
    web_annotations,
)
from .base import Bundle, Exporter

EXPORTERS: dict[str, Exporter] = {
    module.EXPORTER.name: module.EXPORTER
    for module in (jsonl, table, acled, plover, tei, timelinejs, geojson_events, web_annotations, lpf,
                   places_geojson)
}


def get_exporter(name: str) -> Exporter:
    """The exporter called name; the error lists the valid names."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(EXPORTERS)}") from None


__all__ = ["EXPORTERS", "Bundle", "Exporter", "get_exporter"]
