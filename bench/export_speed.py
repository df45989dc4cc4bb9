"""How long each exporter takes, as a ratio to dumping the same bundles with json.dumps.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=. python bench/export_speed.py [--copies N] [--synthetic]

Bundles come from running the pipeline on annalist/examples (each document repeated --copies
times under a new id); with --synthetic, or when the pipeline cannot run, from a generated text
with a dense pattern of dates, places, actors and events. The baseline, measured in the same run,
is json.dumps of all bundles: the least any text export of the same data can cost.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from annalist.export import EXPORTERS

REPO = Path(__file__).resolve().parents[1]


def pipeline_bundles() -> list[dict]:
    import annalist
    from annalist.records import bundle

    docs = [d for p in sorted((REPO / "annalist" / "examples").glob("*.txt")) for d in annalist.extract(p)]
    return [bundle(d) for d in docs]


def synthetic_bundles(sentences: int = 2000) -> list[dict]:
    """One long generated document: every sentence has a date, a place, two actors and an event."""
    parts, events, dates, places = [], [], [], []
    position = 0
    for n in range(sentences):
        year = 1900 + n % 40
        sentence = f"В {year} году отряд №{n} & его союзники атаковали Пункт-{n % 50} <у реки>."
        if n % 5 == 4:
            sentence += "\n\n"
        else:
            sentence += " "
        base = position
        date_text, place_text, trig = f"{year} году", f"Пункт-{n % 50}", "атаковали"
        d0 = base + sentence.index(date_text)
        p0 = base + sentence.index(place_text)
        a0 = base + sentence.index("отряд")
        t0 = base + sentence.index(trig)
        end = base + len(sentence.rstrip())
        date = {"edtf": str(year), "start": f"{year}-01-01", "end": f"{year}-12-31", "precision": "year",
                "derivation": "explicit", "evidence": {"start": d0, "end": d0 + len(date_text), "text": date_text},
                "text": date_text}
        place = {"name": place_text, "place_id": f"p{n % 50}", "wikidata": None, "geonames": None,
                 "lat": 40 + n % 50 / 10, "lon": 45 + n % 50 / 10, "role": "location",
                 "evidence": {"start": p0, "end": p0 + len(place_text), "text": place_text}}
        events.append({
            "id": f"e{n}", "document": "synthetic", "document_title": "synthetic", "type": "attack",
            "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
            "plover": {"event_type": "ASSAULT", "mode": "firearms"},
            "evidence": {"start": base, "end": end, "text": sentence.rstrip()},
            "trigger": {"start": t0, "end": t0 + len(trig), "text": trig},
            "date": date, "places": [place],
            "actors": [{"name": f"отряд {n}", "role": "agent", "kind": "militia",
                        "evidence": {"start": a0, "end": a0 + len(f"отряд №{n}"), "text": f"отряд №{n}"}}],
            "quantities": [], "assertion": {"status": "asserted", "cues": []}, "confidence": 0.5})
        dates.append({"document": "synthetic", "start": d0, "end": d0 + len(date_text), "text": date_text,
                      "kind": "date", "edtf": str(year), "start_date": f"{year}-01-01",
                      "end_date": f"{year}-12-31", "precision": "year", "derivation": "explicit",
                      "anchor": None, "duration": None, "note": None})
        places.append({"document": "synthetic", "start": p0, "end": p0 + len(place_text), "text": place_text,
                       "name": place_text, "place_id": f"p{n % 50}", "wikidata": None, "geonames": None,
                       "lat": place["lat"], "lon": place["lon"], "type": "settlement", "candidates": []})
        parts.append(sentence)
        position += len(sentence)
    text = "".join(parts)
    for record in events:
        assert text[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
    document = {"id": "synthetic", "title": "synthetic", "language": "ru", "text": text, "metadata": {}}
    return [{"document": document, "events": events, "dates": dates, "places": places}]


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--synthetic", action="store_true")
    args = parser.parse_args()
    source = "synthetic"
    if not args.synthetic:
        try:
            originals = pipeline_bundles()
            source = "pipeline on annalist/examples"
        except Exception as exc:  # the pipeline is someone else's moving part; fall back, say so
            print(f"pipeline unavailable ({type(exc).__name__}: {exc}); using synthetic bundles", file=sys.stderr)
    if source == "synthetic":
        originals = synthetic_bundles()
    bundles = []
    for copy in range(args.copies if source != "synthetic" else 1):
        for b in originals:
            clone = json.loads(json.dumps(b))
            clone["document"]["id"] = f"{clone['document']['id']}-{copy}"
            bundles.append(clone)
    events = sum(len(b["events"]) for b in bundles)
    chars = sum(len(b["document"]["text"]) for b in bundles)
    print(f"bundles from {source}: {len(bundles)} documents, {events} events, {chars} characters")
    baseline = timed(lambda: json.dumps(bundles, ensure_ascii=False))
    print(f"{'format':<16}{'seconds':>10}{'events/s':>12}{'× json.dumps':>14}")
    print(f"{'(json.dumps)':<16}{baseline:>10.3f}{events / baseline:>12.0f}{1.0:>14.2f}")
    for name, exporter in EXPORTERS.items():
        seconds = timed(lambda exporter=exporter: exporter.render(bundles))
        print(f"{name:<16}{seconds:>10.3f}{events / seconds:>12.0f}{seconds / baseline:>14.2f}")


if __name__ == "__main__":
    main()
