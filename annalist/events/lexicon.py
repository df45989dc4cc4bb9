"""The events lexicons (data/*.tsv) as Python tables, read once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ontology import EVENT_TYPES

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    lemma: str
    type: str
    frame: dict[str, str]          # case (nom, acc, gen, ins, dat) → role (agent, target)
    conditions: tuple[str, ...]    # see the header of data/triggers.tsv


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def normalise(lemma: str) -> str:
    return lemma.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def trigger_rules() -> dict[str, list[TriggerRule]]:
    """Lemma → its rules in file order; a typo in a type name fails here, not mid-run."""
    table: dict[str, list[TriggerRule]] = {}
    for lemma, type_, frame, condition in _rows("triggers.tsv"):
        if type_ not in EVENT_TYPES:
            raise ValueError(f"triggers.tsv: unknown event type {type_!r} for {lemma!r}")
        roles = dict(part.split("=") for part in frame.split() if "=" in part)
        conditions = tuple(c for c in condition.split(",") if c and c != "-")
        table.setdefault(normalise(lemma), []).append(TriggerRule(normalise(lemma), type_, roles, conditions))
    return table


@lru_cache(maxsize=1)
def actor_heads() -> dict[str, str]:
    return {normalise(lemma): kind for lemma, kind in _rows("actors.tsv")}


@lru_cache(maxsize=1)
def assertion_cues() -> list[tuple[str, tuple[str, ...]]]:
    """(status, cue lemmas) with longer cues first, so "по официальный данные" wins over "по данные"."""
    cues = [(status, tuple(normalise(cue).split())) for status, cue in _rows("cues.tsv")]
    return sorted(cues, key=lambda c: -len(c[1]))
