"""Benchmark of the events stage: the project's own gold (bench/gold/*.json) and NEREL dev.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=/work/main python bench/events.py [--heldout] [--nerel] [--show]

Figures are printed next to a baseline measured in the same run: *lexicon lookup*, every word
whose lemma is in the trigger lexicon becomes an event of its first listed type, dated by the
nearest date before it and placed at the first place of its sentence (no argument frames,
conditions, merging or discourse). The ratio column is annalist / baseline.

Matching (one gold event to at most one predicted event, greedily by score):
  a predicted event may match a gold event when their trigger spans overlap, or when their
  evidence spans overlap and the ACLED event_type is the same; among those, pairs score higher
  for overlapping triggers, the same annalist type and a place within 25 km.
  gold events marked "same_as" another are repeated mentions: an event and its repeats form
  one cluster, counted once; a prediction matching any member matches the cluster.
  recall     = matched gold clusters / gold clusters
  precision  = predictions matched to a gold event with the same ACLED event_type / predictions
  date       = matched gold events with a date whose predicted date has the same EDTF or the same
               start and end / matched gold events with a date
  place      = matched gold events with coordinates whose predicted first location lies within
               25 km / matched gold events with coordinates ("place within 25 km", literal); and
               "place (issue 4 rule)": settlements within 25 km, while a region, polity, river or
               mountain is right when the event is put at that same gazetteer entity, since any
               point inside it is right and a distance between two such points says nothing;
               "settlements within 25 km": the literal figure over the events whose gold place is
               a settlement
  quantities = gold quantities whose value (or min or max) is on a prediction matched to the
               quantity's cluster / all gold quantities (unmatched clusters' count as not found)
NEREL dev: EVENT trigger F1 (relaxed: overlapping spans) over all predicted events, and
TAKES_PLACE_IN / POINT_IN_TIME relation F1 (the event's trigger overlaps the gold EVENT and its
place / date evidence overlaps the gold argument). NEREL is read from <repo>/../shared and the
section is skipped when it is absent. bench/heldout/ is read only with --heldout.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annalist.events.lexicon import trigger_rules  # noqa: E402
from annalist.events.ontology import event_type  # noqa: E402
from annalist.events.tokens import lemma  # noqa: E402
from annalist.model import Document, Event, EventPlace, Span  # noqa: E402
from annalist.pipeline import DEFAULT_STAGES, Pipeline, Stage  # noqa: E402

NEREL = REPO.parent / "shared" / "data" / "nerel-v1.1" / "dev"


def stages() -> tuple[Stage, ...]:
    """The full pipeline, or without the dates stage while it cannot be imported."""
    try:
        import annalist.dates as dates
        if hasattr(dates, "tag") and hasattr(dates, "time_for"):
            return DEFAULT_STAGES
    except ImportError:
        pass
    print("note: annalist.dates is not importable; running without the dates stage", file=sys.stderr)
    analyse, _, places, _ = DEFAULT_STAGES
    return (analyse, places, Stage("events", "annalist.events:tag", ("sentences", "mentions", "places"), ("events",)))


# ---------------------------------------------------------------- baseline

def baseline_events(doc: Document) -> list[Event]:
    rules = trigger_rules()
    events = []
    for index, sentence in enumerate(doc.sentences):
        places = [p for p in doc.places if sentence.start <= p.start < sentence.end]
        for token in sentence.tokens:
            found = rules.get(lemma(token))
            if not found:
                continue
            dated = [t for t in doc.times if t.edtf and t.start <= token.start]
            events.append(Event("", doc.id, found[0].type, doc.span(token.start, token.end),
                                doc.span(sentence.start, sentence.end),
                                date=max(dated, key=lambda t: t.start) if dated else None,
                                places=[EventPlace(places[0])] if places else [], sentence=index))
    return events


# ---------------------------------------------------------------- matching

def overlaps(a: dict | Span, b: dict | Span) -> bool:
    a0, a1 = (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)
    b0, b1 = (b["start"], b["end"]) if isinstance(b, dict) else (b.start, b.end)
    return a0 < b1 and b0 < a1


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def first_location(event: Event):
    for p in event.places:
        if p.role == "location" and p.mention.place and p.mention.place.lat is not None:
            return p.mention.place
    return None


def place_ok(gold: dict, event: Event) -> bool:
    g = gold.get("place")
    place = first_location(event)
    if not g or g.get("lat") is None or place is None:
        return False
    return km(g["lat"], g["lon"], place.lat, place.lon) <= 25


def gold_place_types(doc_gold: dict) -> dict[str, str]:
    """Gold place name → its type (settlement, region, polity, river ...), from the gold's places list."""
    return {p["name"]: p.get("type") or "settlement" for p in doc_gold.get("places", [])}


def same_entity(gold_name: str, place) -> bool:
    """The predicted place is the gazetteer entry the gold's name names (regions, polities, rivers)."""
    from annalist.gazetteer import default_gazetteer, name_key

    if name_key(gold_name) == name_key(place.name):
        return True
    return any(entry.id == place.id for entry in default_gazetteer().lookup(gold_name))


def place_inside(gold: dict, event: Event, types: dict[str, str]) -> bool:
    """Issue 4's rule: settlements within 25 km; a region, polity, river or mountain is right when the
    event is put at that same entity (any point inside it is right, so distance says nothing)."""
    g = gold.get("place")
    place = first_location(event)
    if not g or g.get("lat") is None or place is None:
        return False
    if types.get(g["name"], "settlement") == "settlement":
        return place_ok(gold, event)
    return place_ok(gold, event) or same_entity(g["name"], place)


def date_ok(gold: dict, event: Event) -> bool:
    g, d = gold.get("date"), event.date
    if not g or d is None:
        return False
    return (g.get("edtf") and g["edtf"] == d.edtf) or (g.get("start") == d.start_date and g.get("end") == d.end_date)


def quantity_found(q: dict, event: Event) -> bool:
    wanted = {v for v in (q.get("value"), q.get("min"), q.get("max")) if v is not None}
    for got in event.quantities:
        have = {v for v in (got.value, got.min, got.max) if v is not None}
        if wanted & have or (not wanted and overlaps(q, got)):
            return True
    return False


def match(gold: list[dict], predicted: list[Event]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        acled = g["acled_event_type"]
        for pi, p in enumerate(predicted):
            trig = overlaps(g["trigger"], p.trigger)
            same_acled = event_type(p.type).acled_event_type == acled
            if not trig and not (overlaps(g["evidence"], p.evidence) and same_acled):
                continue
            score = 4 * trig + 2 * (p.type == g["type"]) + same_acled + 2 * place_ok(g, p)
            pairs.append((score, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_g, used_p, result = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return result


def _root(gold: list[dict], i: int) -> int:
    seen = set()
    while gold[i].get("same_as") is not None and i not in seen:
        seen.add(i)
        i = gold[i]["same_as"]
    return i


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right_acled: int = 0
    right_type: int = 0
    pairs: int = 0                # matched (gold mention, event) pairs: what "type exact" is out of
    dated: int = 0
    date_right: int = 0
    placed: int = 0
    place_right: int = 0
    place_inside_right: int = 0
    quantities: int = 0
    quantities_found: int = 0
    placed_towns: int = 0          # events whose gold place is a settlement: 25 km is meaningful there
    town_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, gold: list[dict], predicted: list[Event], place_types: dict[str, str] | None = None) -> None:
        pairs = match(gold, predicted)
        cluster = [_root(gold, i) for i in range(len(gold))]
        self.gold += len(set(cluster))
        self.predicted += len(predicted)
        self.quantities += sum(len(g["quantities"]) for g in gold)
        by_cluster: dict[int, list[Event]] = {}
        for gi, pi in pairs:
            by_cluster.setdefault(cluster[gi], []).append(predicted[pi])
        self.matched += len(by_cluster)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        self.pairs += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            self.right_acled += event_type(p.type).acled_event_type == g["acled_event_type"]
            self.right_type += p.type == g["type"]
            if g.get("date"):
                self.dated += 1
                self.date_right += bool(date_ok(g, p))
                if not date_ok(g, p):
                    self.misses.append(f"  date  {g['trigger']['text']!r}: gold {g['date'].get('edtf')} got {p.date.edtf if p.date else None} ({p.date.text if p.date else ''})")
            if g.get("place") and g["place"].get("lat") is not None:
                self.placed += 1
                self.place_right += place_ok(g, p)
                self.place_inside_right += place_inside(g, p, place_types or {})
                if (place_types or {}).get(g["place"]["name"]) == "settlement":
                    self.placed_towns += 1
                    self.town_right += place_ok(g, p)
                if not place_inside(g, p, place_types or {}):
                    loc = first_location(p)
                    self.misses.append(f"  place {g['trigger']['text']!r}: gold {g['place']['name']} got {loc.name if loc else [x.mention.text for x in p.places]}")
            if p.type != g["type"]:
                self.misses.append(f"  type  {g['trigger']['text']!r}: gold {g['type']} got {p.type}")
        for gi, g in enumerate(gold):
            found_on = by_cluster.get(cluster[gi], [])
            for q in g["quantities"]:
                if any(quantity_found(q, p) for p in found_on):
                    self.quantities_found += 1
                else:
                    self.misses.append(f"  qty   {g['trigger']['text']!r}: {q['text']!r} not found")
            if gi not in matched_g and cluster[gi] not in by_cluster:
                self.misses.append(f"  MISS  {g['type']:18} {g['trigger']['text']!r} in {g['evidence']['text'][:70]!r}")
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                self.extras.append(f"  EXTRA {p.type:18} {p.trigger.text!r} in {p.evidence.text[:70]!r}")

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else float("nan")
        return {
            "events (gold clusters)": self.gold,
            "predicted": self.predicted,
            "recall": ratio(self.matched, self.gold),
            "precision (ACLED type)": ratio(self.right_acled, self.predicted),
            # (per matched pair: a cluster told twice is typed twice; per cluster it could pass 1)
            "type exact (matched)": ratio(self.right_type, self.pairs),
            "date correct": ratio(self.date_right, self.dated),
            "place within 25 km": ratio(self.place_right, self.placed),
            "place (issue 4 rule)": ratio(self.place_inside_right, self.placed),
            "  settlements within 25 km": ratio(self.town_right, self.placed_towns),
            "quantities found": ratio(self.quantities_found, self.quantities),
        }


def print_table(title: str, ours: dict[str, float], base: dict[str, float]) -> None:
    print(f"\n{title}")
    print(f"  {'figure':26} {'annalist':>9} {'baseline':>9} {'ratio':>7}")
    for key, value in ours.items():
        b = base[key]
        r = value / b if isinstance(b, float) and b and not math.isnan(b) else float("nan")
        fmt = (lambda x: f"{x:9.3f}") if isinstance(value, float) else (lambda x: f"{x:9d}")
        print(f"  {key:26} {fmt(value)} {fmt(b)} {r:7.2f}")


def run_gold(pipeline: Pipeline, folder: Path, show: bool) -> None:
    files = sorted(folder.glob("*.json"))
    if not files:
        print(f"\n{folder}: no gold files")
        return
    ours, base = Tally(), Tally()
    started = time.perf_counter()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (REPO / gold["text"]).read_text(encoding="utf-8") if len(gold["text"]) < 300 and \
            (REPO / gold["text"]).is_file() else gold["text"]
        doc = pipeline(Document.from_text(text, title=path.stem))
        ours.add(gold["events"], doc.events, gold_place_types(gold))
        base.add(gold["events"], baseline_events(doc), gold_place_types(gold))
        if show:
            print(f"\n== {path.name}")
            for line in ours.misses + ours.extras:
                print(line)
            ours.misses.clear()
            ours.extras.clear()
    elapsed = time.perf_counter() - started
    print_table(f"{folder}: {len(files)} texts ({elapsed:.1f} s)", ours.figures(), base.figures())


# ---------------------------------------------------------------- NEREL

def read_brat(path: Path) -> tuple[dict[str, tuple[str, int, int]], list[tuple[str, str, str]]]:
    entities, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, *spans = parts[1].replace(";", " ").split()
            entities[parts[0]] = (kind, int(spans[0]), int(spans[-1]))
        elif line.startswith("R") and len(parts) >= 2:
            kind, a1, a2 = parts[1].split()
            relations.append((kind, a1.split(":")[1], a2.split(":")[1]))
    return entities, relations


def f1(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nerel_scores(pipeline: Pipeline, use_baseline: bool) -> dict[str, tuple[float, float, float]]:
    counts = {k: [0, 0, 0, 0] for k in ("EVENT trigger", "TAKES_PLACE_IN", "POINT_IN_TIME")}
    for txt in sorted(NEREL.glob("*.txt")):
        entities, relations = read_brat(txt.with_suffix(".ann"))
        doc = pipeline(Document.from_text(txt.read_text(encoding="utf-8")))
        events = baseline_events(doc) if use_baseline else doc.events
        gold_events = [(s, e) for k, s, e in entities.values() if k == "EVENT"]
        c = counts["EVENT trigger"]
        c[0] += sum(any(s < p.trigger.end and p.trigger.start < e for s, e in gold_events) for p in events)
        c[1] += len(events)
        c[2] += sum(any(s < p.trigger.end and p.trigger.start < e for p in events) for s, e in gold_events)
        c[3] += len(gold_events)
        for kind, arg in (("TAKES_PLACE_IN", "place"), ("POINT_IN_TIME", "date")):
            gold_pairs = [(entities[a], entities[b]) for k, a, b in relations
                          if k == kind and a in entities and b in entities and entities[a][0] == "EVENT"]
            pred_pairs = []
            for p in events:
                spans = [(x.mention.start, x.mention.end) for x in p.places] if arg == "place" else \
                    ([(p.date.start, p.date.end)] if p.date is not None and p.date.end > p.date.start else [])
                pred_pairs.extend(((p.trigger.start, p.trigger.end), s) for s in spans)

            def same(pp, gp) -> bool:
                (t0, t1), (a0, a1) = pp
                (_, e0, e1), (_, g0, g1) = gp
                return t0 < e1 and e0 < t1 and a0 < g1 and g0 < a1
            c = counts[kind]
            c[0] += sum(any(same(pp, gp) for gp in gold_pairs) for pp in pred_pairs)
            c[1] += len(pred_pairs)
            c[2] += sum(any(same(pp, gp) for pp in pred_pairs) for gp in gold_pairs)
            c[3] += len(gold_pairs)
    return {k: f1(*v) for k, v in counts.items()}


def run_nerel(pipeline: Pipeline) -> None:
    if not NEREL.is_dir():
        print(f"\nNEREL dev: {NEREL} is absent, skipped")
        return
    started = time.perf_counter()
    ours = nerel_scores(pipeline, use_baseline=False)
    base = nerel_scores(pipeline, use_baseline=True)
    elapsed = time.perf_counter() - started
    print(f"\nNEREL dev ({len(list(NEREL.glob('*.txt')))} texts, both runs {elapsed:.1f} s): P / R / F1")
    print(f"  {'figure':18} {'annalist':>22} {'baseline':>22} {'F1 ratio':>8}")
    for key in ours:
        o, b = ours[key], base[key]
        ratio = o[2] / b[2] if b[2] else float("nan")
        print(f"  {key:18} {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.3f}   {b[0]:6.3f} {b[1]:6.3f} {b[2]:6.3f} {ratio:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", action="store_true", help="evaluate bench/heldout/*.json (the lead runs it once)")
    parser.add_argument("--nerel", action="store_true", help="also score NEREL dev")
    parser.add_argument("--show", action="store_true", help="list misses and extra events per text")
    parser.add_argument("--gold", type=Path, default=REPO / "bench" / "gold", help="folder of gold JSON files")
    args = parser.parse_args()
    pipeline = Pipeline(stages())
    run_gold(pipeline, REPO / "bench" / "heldout" if args.heldout else args.gold.resolve(), args.show)
    if args.nerel:
        run_nerel(pipeline)


if __name__ == "__main__":
    main()
