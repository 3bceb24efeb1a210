"""Benchmark of the reference data and money parser: start-up time (build: organisation index built
from the data files; cold: the index shipped in the package, no user cache; warm: index read from
the on-disk cache), throughput of each finder on document text,
linear growth on hostile text, and peak memory.

    .venv/bin/python bench/bench_reference.py [--mb 2]

Times are CPU seconds of this process (so that other load on the machine matters less).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
STARTUP = (
    "import time; t = time.process_time();"
    "from bilat.extract.reference import countries, organizations, programmes;"
    "from bilat.extract.money import find_amounts;"
    "countries(); organizations(); programmes(); find_amounts('$1');"
    "print(time.process_time() - t)"
)


def startup(cache_dir: str, *, cold: bool, build: bool = False) -> float:
    """CPU seconds to import and load all reference data in a fresh interpreter (`build`: without
    the packaged organisation index either)."""
    env = {**os.environ, "BILAT_CACHE_DIR": cache_dir}
    if cold:
        env["BILAT_NO_CACHE"] = "1"
    if build:
        env["BILAT_NO_PACKAGED_INDEX"] = "1"
    out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def sample_text(megabytes: float) -> str:
    """Document text: the shared corpus (or the bundled examples) repeated to the wanted size."""
    folders = [REPO.parent / "shared" / "corpus", REPO / "examples" / "corpus"]
    texts = [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in sorted(f.rglob("*.txt"))]
    if not texts:
        texts = ["The Japan Science and Technology Agency (JST) and UKRI will provide up to ¥5 million. "]
    text = "\n\n".join(texts)
    return (text * (int(megabytes * 1_000_000 / len(text)) + 1))[: int(megabytes * 1_000_000)]


def cpu(function: Callable[[str], Any], text: str) -> tuple[float, int]:
    started = time.process_time()
    found = function(text)
    return time.process_time() - started, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the document text in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache_dir:
        built = startup(cache_dir, cold=True, build=True)
        cold = startup(cache_dir, cold=True)
        startup(cache_dir, cold=False)  # writes the cache
        warm = startup(cache_dir, cold=False)
    from bilat.extract.money import find_amounts
    from bilat.extract.reference import countries, organizations, programmes

    finders = {
        "countries": countries().find,
        "organizations": organizations().find,
        "programmes": programmes().find,
        "money": find_amounts,
    }
    text = sample_text(args.mb)
    report: dict[str, Any] = {
        "startup_build_s": round(built, 3),
        "startup_cold_s": round(cold, 3),
        "startup_warm_s": round(warm, 3),
        "mb": args.mb,
    }
    for name, find in finders.items():
        seconds, count = cpu(find, text)
        report[f"{name}_mb_per_s"] = round(args.mb / seconds, 2)
        report[f"{name}_matches"] = count
    hostile = {"no_spaces": "x", "capitalised_words": "National ", "brackets": "(", "money_marks": "$5 "}
    for name, unit in hostile.items():
        growth = []
        for mb in (0.5, 1.0):
            sample = unit * int(mb * 1_000_000 / len(unit))
            growth.append(sum(cpu(find, sample)[0] for find in finders.values()))
        report[f"hostile_{name}_s_per_mb"] = [
            round(g / mb, 2) for g, mb in zip(growth, (0.5, 1.0), strict=True)
        ]
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
