"""Event records one per line, exactly as docs/contract.md defines them (nothing added or dropped)."""
from __future__ import annotations

import json

from .base import Bundle, Exporter
from .common import iter_events


def render(bundles: list[Bundle]) -> str:
    return "".join(json.dumps(event, ensure_ascii=False) + "\n" for _, event in iter_events(bundles))


EXPORTER = Exporter(name="jsonl", media_type="application/x-ndjson", suffix=".jsonl", renderer=render,
                    description="contract event records, one JSON object per line")
