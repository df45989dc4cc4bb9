"""Language analysis: sentences, tokens with morphology, and named entities."""
from .natasha import analyse, models

__all__ = ["analyse", "models"]
