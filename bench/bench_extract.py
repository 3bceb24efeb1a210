"""Benchmark of the full extraction pipeline on one core: documents/s, MB/s, start-up, peak memory.

    .venv/bin/python bench/bench_extract.py [--docs DIR] [--count 10000] [--limit N] [--profile]

Without --docs, a corpus of --count documents is generated first with ``bench/make_corpus.py``
(paragraphs of the demo corpus recombined) into a temporary folder. Start-up (importing bilat and
loading every reference list, then a first extraction) is measured in a fresh process. Targets:
at least 1 MB of text per second per core, start-up under 1 second.
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
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
STARTUP_CODE = (
    "import time; t = time.perf_counter();"
    "from bilat.extract import get_extractor;"
    "get_extractor().extract('Tokyo, 3 May 2024 - Japan and Korea met.', name='x.txt');"
    "print(time.perf_counter() - t)"
)


def startup_seconds(repeat: int = 3) -> tuple[float, float]:
    """Time, in a fresh interpreter, to load the pipeline and its data and extract once: the first run
    (every module compiled from source) and the best of the next ones (bytecode cached, as in an
    installed package). The bytecode goes to a temporary folder, whatever PYTHONDONTWRITEBYTECODE
    says, so that the checkout is left as it is."""
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        times = []
        for _ in range(repeat + 1):
            command = [sys.executable, "-c", STARTUP_CODE]
            out = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return times[0], min(times[1:])


def corpus(args: argparse.Namespace, workdir: Path) -> Path:
    """The folder of documents to extract (generated when none is given)."""
    if args.docs:
        return Path(args.docs)
    out = workdir / "corpus"
    command = [sys.executable, str(BENCH_DIR / "make_corpus.py"), str(args.count), str(out)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return out


def run(folder: Path, limit: int | None) -> dict[str, float]:
    """Extract every .txt/.md file of `folder` in this process; the throughput figures."""
    from bilat.extract import get_extractor

    extractor = get_extractor()
    extractor.extract("warm-up", name="w.txt")
    files = sorted(p for p in folder.rglob("*") if p.suffix in {".txt", ".md"})[: limit or None]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    items = 0
    started = time.process_time()
    for name, text in texts:
        record = extractor.extract(text, name=name).to_dict()
        items += sum(len(v) for v in record.values() if isinstance(v, list))
    cpu = time.process_time() - started
    return {
        "documents": len(texts),
        "megabytes": size / 1e6,
        "cpu_seconds": cpu,
        "docs_per_second": len(texts) / cpu if cpu else 0.0,
        "mb_per_second": size / 1e6 / cpu if cpu else 0.0,
        "items": items,
        "peak_memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures (and a JSON line with all of them)."""
    parser = argparse.ArgumentParser(description="Benchmark the extraction pipeline.")
    parser.add_argument("--docs", help="folder of .txt/.md documents (default: generate one)")
    parser.add_argument("--count", type=int, default=10_000, help="documents to generate (default 10000)")
    parser.add_argument("--limit", type=int, help="extract at most this many documents")
    args = parser.parse_args(argv)
    first_startup, startup = startup_seconds()
    with tempfile.TemporaryDirectory() as workdir:
        figures = run(corpus(args, Path(workdir)), args.limit)
    figures["startup_seconds"] = startup
    figures["first_startup_seconds"] = first_startup
    print(
        f"start-up (reference data + first extraction): {startup:.2f} s (target < 1 s); "
        f"{first_startup:.2f} s the first time, with no module compiled to bytecode yet"
    )
    print(
        f"documents: {figures['documents']:,}  text: {figures['megabytes']:.1f} MB  "
        f"facts: {figures['items']:,}  CPU: {figures['cpu_seconds']:.1f} s"
    )
    print(f"peak memory: {figures['peak_memory_mb']:.0f} MB")
    print(
        f"extraction: {figures['docs_per_second']:.1f} docs/s, {figures['mb_per_second']:.2f} MB/s "
        "on one core (target >= 1 MB/s)"
    )
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
