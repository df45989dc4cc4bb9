"""Shared fixtures: real natasha models loaded once per test session, paths to bundled and shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "annalist" / "examples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp_models():
    """natasha's real models (segmenter, morphology, NER), loaded once for the whole session."""
    from annalist.nlp import models

    return models()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared data folder (NEREL, seed); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))
