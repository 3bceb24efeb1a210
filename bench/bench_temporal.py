"""Benchmark of the temporal tagger: time expressions and words per second on one core.

    .venv/bin/python bench/bench_temporal.py [--data ../shared/data/tempeval3/train] [--repeat 3]

Tags the 256 TempEval-3 training documents (about 100,000 words) with their document dates and
prints start-up time (loading and compiling the grammar), tagging time, words/s and timexes/s
(best of --repeat runs). Target: the whole set in under 5 seconds after start-up. It also checks
that tagging time grows linearly on adversarial inputs (8x the text should take about 8x the time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "train"
ADVERSARIAL = (
    "1 " * 500,
    "May 12-" * 200,
    "the past " * 300,
    "12/" * 400,
    "a" * 3000 + " ",
    "Monday, " * 300,
)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description="Benchmark the temporal tagger.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    from bilat.temporal import tag
    from bilat.temporal.evaluation import read_timeml

    tag("Warm-up on 3 December 2014.", reference="2014-12-04")
    startup = time.perf_counter() - started

    docs = [read_timeml(path) for path in sorted(args.data.glob("*/*.tml"))]
    if not docs:
        print(f"bench_temporal: no .tml files under {args.data}", file=sys.stderr)
        return 2
    n_words = sum(len(doc.text.split()) for doc in docs)
    best, n_timexes = float("inf"), 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        n_timexes = sum(len(tag(doc.text, reference=doc.dct or None)) for doc in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"documents {len(docs)}  words {n_words}  timexes {n_timexes}")
    print(
        f"start-up {startup:.2f}s  tagging {best:.2f}s (best of {args.repeat})  "
        f"{n_words / best:,.0f} words/s  {n_timexes / best:,.0f} timexes/s  "
        f"target < 5s: {'met' if best < 5 else 'NOT met'}"
    )
    for chunk in ADVERSARIAL:
        small, large = _seconds(tag, chunk), _seconds(tag, chunk * 8)
        print(
            f"adversarial {chunk[:12]!r:16} x1 {small * 1000:7.1f} ms  x8 {large * 1000:8.1f} ms  "
            f"ratio {large / small if small else 0:5.1f} (linear: about 8)"
        )
    return 0


def _seconds(tag: Callable[..., Any], text: str) -> float:
    best = float("inf")
    for n in range(3):
        variant = text + "\n" * n  # a new text each time: the tagger remembers its last few texts
        t0 = time.perf_counter()
        tag(variant, reference="2023-05-23")
        best = min(best, time.perf_counter() - t0)
    return best


if __name__ == "__main__":
    sys.exit(main())
