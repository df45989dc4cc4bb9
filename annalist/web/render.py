"""The Jinja2 environment shared by the web app and the report: autoescaping always on.

Missing record fields render as nothing (ChainableUndefined) rather than failing the page: records
from older runs may lack fields added to the contract since.
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape

from .assets import TEMPLATES
from .dates import year_label


def year(iso: str | None) -> str:
    """'1918-05-01' → '1918'; '-0043-03-15' → '44 BCE' (astronomical years, as EDTF); None → '—'."""
    return year_label(int(iso[:-6])) if iso else "—"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      undefined=ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["year"] = year
    env.filters["year_label"] = year_label
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
