"""Peak memory (RSS) of `annalist extract` on a large generated file, against the same run on a small one.

The large file repeats the example texts (with a counter, so each paragraph differs) up to
``--mb`` megabytes. Memory must stay bounded: the pipeline works block by block and drops
tokens after each block, so peak RSS should grow far slower than the file.

    OPENBLAS_NUM_THREADS=1 python bench/memory.py --mb 50
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_file(path: Path, megabytes: float) -> None:
    paragraphs = [p for f in sorted((REPO / "annalist" / "examples").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    target = int(megabytes * 1024 * 1024)
    written, i = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            chunk = f"{paragraphs[i % len(paragraphs)]} ({i})\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            i += 1


def run(path: Path, db: Path) -> tuple[float, float]:
    """Run the CLI in a child process; return (seconds, peak RSS of the child in MB)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "annalist", "extract", str(path), "--db", str(db),
                           "--format", "jsonl", "-o", os.devnull], env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"annalist extract failed ({done.returncode}): {done.stderr[-2000:]}")
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp, "small.txt"), Path(tmp, "large.txt")
        make_file(small, 0.1)
        make_file(large, args.mb)
        s_small, rss_small = run(small, Path(tmp, "small.db"))
        s_large, rss_large = run(large, Path(tmp, "large.db"))  # ru_maxrss is the max over children so far
    print(f"{'input':<12}{'MB':>8}{'seconds':>10}{'peak RSS MB':>14}")
    print(f"{'small':<12}{0.1:>8.1f}{s_small:>10.1f}{rss_small:>14.0f}")
    print(f"{'large':<12}{args.mb:>8.1f}{s_large:>10.1f}{rss_large:>14.0f}")
    print(f"file grew {args.mb / 0.1:.0f}x; peak RSS grew {rss_large / rss_small:.2f}x")


if __name__ == "__main__":
    main()
