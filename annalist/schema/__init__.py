"""JSON Schemas of the output contract, shipped with the package."""
import json
from functools import cache
from importlib.resources import files


@cache
def event_schema() -> dict:
    return json.loads(files(__package__).joinpath("event.schema.json").read_text(encoding="utf-8"))
