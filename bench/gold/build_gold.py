"""Turn a hand-written gold spec (quoted strings, no offsets) into a gold JSON file with offsets.

Usage:  PYTHONPATH=/work/main python bench/gold/build_gold.py bench/gold/spec/volga_1918.py [...]

A spec is a small Python module that calls the helpers below: ``date(...)``, ``place(...)`` and
``event(...)``.  The coder writes only what the text says; this script finds where it says it:

- dates and places are listed in reading order, and each quote is searched from the end of the
  previous one, so a repeated word ("Баку" ... "Баку") needs no occurrence number;
- an event's evidence is searched in the whole text (``occ`` picks the n-th occurrence, and an
  ambiguous quote without ``occ`` is an error); trigger, actors and quantities are searched inside
  the evidence, so they can never point at the wrong sentence;
- an event's date is named by the quote of a gold date, and its place by the gazetteer name of a
  gold place, so values are written once and copied, never retyped.

Every span is checked: ``text[start:end] == quote``.  Nothing here reads any model or rule output.
"""
from __future__ import annotations

import calendar
import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}  # spring .. winter, Russian usage


class Spec:
    def __init__(self) -> None:
        self.dates: list[dict] = []
        self.places: list[dict] = []
        self.events: list[dict] = []
        self.gazetteer: dict[str, dict] = {}


_spec = Spec()


# ---------------------------------------------------------------- EDTF → ISO bounds

def _day_bounds(value: str) -> tuple[str, str]:
    """Earliest and latest ISO day of one EDTF date (no interval): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS."""
    value = value.rstrip("~?%")
    neg = value.startswith("-")
    parts = value.lstrip("-").split("-")
    year = int(parts[0]) * (-1 if neg else 1)
    ytxt = f"{'-' if year < 0 else ''}{abs(year):04d}"

    def iso(y: int, m: int, d: int) -> str:
        return f"{'-' if y < 0 else ''}{abs(y):04d}-{m:02d}-{d:02d}"

    def last(y: int, m: int) -> int:
        # calendar cannot handle years <= 0; the proleptic leap rule is the same shifted by 400 years
        return calendar.monthrange(y if y > 0 else y + 2000, m)[1]

    if len(parts) == 1:
        return f"{ytxt}-01-01", f"{ytxt}-12-31"
    month = int(parts[1])
    if month > 20:
        first, lastm = _SEASONS[month]
        end_year = year + 1 if month == 24 else year
        return iso(year, first, 1), iso(end_year, lastm, last(end_year, lastm))
    if len(parts) == 2:
        return iso(year, month, 1), iso(year, month, last(year, month))
    return iso(year, month, int(parts[2])), iso(year, month, int(parts[2]))


def bounds(edtf: str) -> tuple[str, str]:
    if "/" in edtf:
        a, b = edtf.split("/")
        return _day_bounds(a)[0], _day_bounds(b)[1]
    if edtf.endswith("XX"):            # a century written as 19XX: 1900..1999
        base = edtf[:-2]
        return _day_bounds(base + "00")[0], _day_bounds(base + "99")[1]
    if edtf.endswith("X"):             # a decade: 191X
        base = edtf[:-1]
        return _day_bounds(base + "0")[0], _day_bounds(base + "9")[1]
    return _day_bounds(edtf)


# ---------------------------------------------------------------- helpers called by specs

def gazetteer(entries: dict[str, tuple]) -> None:
    """name → (type, lat, lon, wikidata or None[, historical_name_of])."""
    for name, row in entries.items():
        kind, lat, lon, qid, *rest = row
        _spec.gazetteer[name] = {"type": kind, "lat": lat, "lon": lon, "wikidata": qid,
                                 "historical_name_of": rest[0] if rest else None}


def date(quote: str, edtf: str | None, precision: str | None, *, kind: str = "date",
         derivation: str = "explicit", start: str | None = None, end: str | None = None,
         duration: str | None = None, note: str | None = None) -> None:
    if edtf is not None and (start is None or end is None):
        lo, hi = bounds(edtf)
        start, end = start or lo, end or hi
    row = {"text": quote, "kind": kind, "edtf": edtf, "start_date": start, "end_date": end,
           "precision": precision, "derivation": derivation}
    if duration:
        row["duration"] = duration
    if note:
        row["note"] = note
    _spec.dates.append(row)


def place(quote: str, name: str | None = None) -> None:
    _spec.places.append({"text": quote, "name": name or quote})


def event(trigger: str, evidence: str, type: str, *, date: str | dict | None = None,
          place: str | None = None, actors: list[tuple[str, str]] = (), quantities: list[dict] = (),
          assertion: str = "asserted", same_as: int | None = None, occ: int | None = None,
          note: str | None = None) -> None:
    _spec.events.append({"trigger": trigger, "evidence": evidence, "type": type, "date": date,
                         "place": place, "actors": list(actors), "quantities": list(quantities),
                         "assertion": assertion, "same_as": same_as, "occ": occ, "note": note})


def qty(quote: str, what: str, value: float | None, *, min: float | None = None,
        max: float | None = None, approximate: bool = False) -> dict:
    return {"text": quote, "what": what, "value": value, "min": min, "max": max, "approximate": approximate}


# ---------------------------------------------------------------- resolution

def _find_all(text: str, quote: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(quote), text)]


def _in_order(text: str, rows: list[dict], what: str) -> None:
    cursor = 0
    for row in rows:
        at = text.find(row["text"], cursor)
        if at < 0:
            raise SystemExit(f"{what} {row['text']!r} not found after offset {cursor}")
        row["start"], row["end"] = at, at + len(row["text"])
        cursor = at + 1


def _inside(text: str, quote: str, lo: int, hi: int, what: str) -> dict:
    at = text.find(quote, lo, hi)
    if at < 0:
        raise SystemExit(f"{what} {quote!r} not inside {text[lo:hi]!r}")
    return {"start": at, "end": at + len(quote), "text": quote}


def _near(text: str, quote: str, lo: int, hi: int, what: str) -> dict:
    """Inside the evidence if there; otherwise (a count given in the next sentence) anywhere, once."""
    if text.find(quote, lo, hi) >= 0:
        return _inside(text, quote, lo, hi, what)
    hits = _find_all(text, quote)
    if len(hits) != 1:
        raise SystemExit(f"{what} {quote!r} is outside the evidence and occurs {len(hits)} times")
    return {"start": hits[0], "end": hits[0] + len(quote), "text": quote}


def _event_date(ref: str | dict | None, dates: list[dict], ev_start: int, ev_end: int) -> dict | None:
    if ref is None:
        return None
    if isinstance(ref, dict):               # a value the text implies without a span of its own
        lo, hi = bounds(ref["edtf"])
        return {"edtf": ref["edtf"], "start": ref.get("start", lo), "end": ref.get("end", hi), "evidence": None}
    inside = [d for d in dates if d["text"] == ref and ev_start <= d["start"] < ev_end]
    before = [d for d in dates if d["text"] == ref and d["start"] < ev_start]
    found = inside[0] if inside else (before[-1] if before else None)
    if found is None:
        raise SystemExit(f"event date {ref!r} is not a gold date in or before the evidence")
    return {"edtf": found["edtf"], "start": found["start_date"], "end": found["end_date"],
            "evidence": {"start": found["start"], "end": found["end"], "text": found["text"]}}


def _event_place(name: str | None, places: list[dict], ev_start: int, ev_end: int) -> dict | None:
    """The event's place, with the mention that names it: inside the evidence, else the nearest before,
    else the first after (a place named in the next sentence)."""
    if name is None:
        return None
    rows = [p for p in places if p["name"] == name]
    if not rows:
        raise SystemExit(f"event place {name!r} is never mentioned in the text")
    inside = [p for p in rows if ev_start <= p["start"] < ev_end]
    before = [p for p in rows if p["start"] < ev_start]
    found = inside[0] if inside else (before[-1] if before else rows[0])
    mention = {"start": found["start"], "end": found["end"], "text": found["text"]}
    return {"name": name, "lat": rows[0]["lat"], "lon": rows[0]["lon"], "evidence": mention}


def compile_spec(spec_path: Path) -> tuple[Path, dict]:
    """Resolve one spec: where its gold file belongs, and the gold itself (nothing is written)."""
    global _spec
    _spec = Spec()
    # specs write `from build_gold import ...`: make that name this very module, whatever ran it
    sys.modules["build_gold"] = sys.modules[__name__]
    module_spec = importlib.util.spec_from_file_location(spec_path.stem, spec_path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    text_rel = module.TEXT
    text = (REPO / text_rel).read_text(encoding="utf-8")

    _in_order(text, _spec.dates, "date")
    _in_order(text, _spec.places, "place")
    dates = [{"start": d.pop("start"), "end": d.pop("end"), **d} for d in _spec.dates]
    places = []
    for p in _spec.places:
        g = _spec.gazetteer.get(p["name"])
        if g is None:
            raise SystemExit(f"place {p['name']!r} has no gazetteer row")
        row = {"start": p["start"], "end": p["end"], "text": p["text"], "name": p["name"], **g}
        if row["historical_name_of"] is None:
            del row["historical_name_of"]
        places.append(row)

    events = []
    for i, e in enumerate(_spec.events):
        hits = _find_all(text, e["evidence"])
        if not hits:
            raise SystemExit(f"event {i}: evidence {e['evidence']!r} not found")
        if len(hits) > 1 and e["occ"] is None:
            raise SystemExit(f"event {i}: evidence {e['evidence']!r} occurs {len(hits)} times; give occ")
        s = hits[(e["occ"] or 1) - 1]
        t = s + len(e["evidence"])
        row = {
            "trigger": _inside(text, e["trigger"], s, t, f"event {i} trigger"),
            "evidence": {"start": s, "end": t, "text": e["evidence"]},
            "type": e["type"],
            "acled_event_type": _acled(e["type"]),
            "date": _event_date(e["date"], dates, s, t),
            "place": _event_place(e["place"], places, s, t),
            "actors": [{**_near(text, a, s, t, f"event {i} actor"), "role": r} for a, r in e["actors"]],
            "quantities": [{**_near(text, q["text"], s, t, f"event {i} quantity"),
                            **{k: v for k, v in q.items() if k != "text"}} for q in e["quantities"]],
            "assertion": e["assertion"],
        }
        if e["same_as"] is not None:
            row["same_as"] = e["same_as"]
        if e["note"]:
            row["note"] = e["note"]
        events.append(row)

    out = spec_path.parent.parent / f"{Path(text_rel).stem}.json"
    gold = {"text": text_rel, "dates": dates, "places": places, "events": events}
    _verify(text, gold)
    return out, gold


def build(spec_path: Path) -> Path:
    out, gold = compile_spec(spec_path)
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def _acled(type_name: str) -> str:
    from annalist.events.ontology import event_type
    return event_type(type_name).acled_event_type


def _verify(text: str, gold: dict) -> None:
    spans = [*gold["dates"], *gold["places"]]
    for e in gold["events"]:
        spans += [e["trigger"], e["evidence"], *e["actors"], *e["quantities"]]
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], s


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        path = build(Path(arg).resolve())
        gold = json.loads(path.read_text(encoding="utf-8"))
        print(f"{path.relative_to(REPO)}: {len(gold['dates'])} dates, {len(gold['places'])} places, "
              f"{len(gold['events'])} events")
