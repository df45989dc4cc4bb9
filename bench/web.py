"""Benchmark: the events page and its JSON twin over a database of 20,000 events.

Target (issue 6): median under 300 ms for /events and /api/events. Requests go over HTTP to a
real uvicorn server on loopback. Baselines measured in the same run: the bare Store calls the
view makes (count + one page of records), and a static file over the same server; each figure
is printed with its ratio to them.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=. python bench/web.py [--events 20000] [--repeat 15]
"""
from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annalist.store import Store  # noqa: E402
from annalist.web import sample  # noqa: E402
from annalist.web.app import create_app  # noqa: E402

QUERIES = [
    ("all, document order", ""),
    ("all, by date", "order=date"),
    ("last page", "order=date&page=400"),
    ("type", "type=battle"),
    ("date range", "date_from=1918&date_to=1920&order=date"),
    ("place name", "place=Казань"),
    ("actor substring", "actor=Красная"),
    ("assertion", "assertion=reported&order=-date"),
    ("four filters", "type=capture&date_from=1910&date_to=1930&place=Баку&assertion=asserted"),
]


def median_ms(action, repeat: int) -> float:
    action()  # warm caches once; the figure is the steady state a reader sees
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def store_call(store: Store, query: str):
    params = dict(p.split("=", 1) for p in query.split("&") if p)
    page = int(params.pop("page", 1))
    order = params.pop("order", "document")
    filters = {k: v for k, v in params.items()}
    for key, end in (("date_from", "-01-01"), ("date_to", "-12-31")):
        if key in filters:
            filters[key] += end

    def run():
        store.count_events(**filters)
        store.events(limit=50, offset=(page - 1) * 50, order=order, **filters)
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        sample.synthetic(path, args.events)
        store = Store(path)
        print(f"built a store of {store.count_events()} events in {time.perf_counter() - started:.1f} s")

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        failures = 0
        with httpx.Client(base_url=base, timeout=30) as client:
            def get(url):
                return lambda: client.get(url).raise_for_status()

            static = median_ms(get("/static/annalist.css"), args.repeat)
            print(f"baseline: static file over HTTP {static:.1f} ms (median of {args.repeat})\n")
            print(f"{'query':<22} {'store':>8} {'/api/events':>12} {'/events':>9} {'api/store':>10} "
                  f"{'page/store':>11} {'page/static':>12}  target <300 ms")
            for name, query in QUERIES:
                raw = median_ms(store_call(store, query), args.repeat)
                api = median_ms(get(f"/api/events?{query}"), args.repeat)
                page = median_ms(get(f"/events?{query}"), args.repeat)
                ok = api < 300 and page < 300
                failures += not ok
                print(f"{name:<22} {raw:8.1f} {api:12.1f} {page:9.1f} {api / raw:10.1f}x {page / raw:10.1f}x "
                      f"{page / static:11.1f}x  {'ok' if ok else 'SLOW'}")
        server.should_exit = True
        store.close()
    print(f"\n{len(QUERIES) - failures} of {len(QUERIES)} queries under 300 ms on both the page and the API")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
