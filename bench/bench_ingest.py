"""Benchmark of `bilat ingest` on one core: documents/s, and the split between extraction and the store.

    .venv/bin/python bench/bench_ingest.py [--docs DIR] [--count 1000] [--limit N] [--db FILE]

Without --docs, a corpus of --count documents is generated first with ``bench/make_corpus.py``.
The documents are ingested into a new store (a temporary file unless --db is given) through
`bilat.ingest.pipeline.Ingestor`, as `bilat ingest` does, after a warm-up that loads the
extractor. Reported, in CPU seconds of this process (steadier than wall time on a shared machine):
the whole ingest, extraction (the extractor's calls), the store (writing the version and its facts,
linking it into the graph, committing) and the rest (reading files, dating texts); plus the SQL
statements run per document (statements inside triggers included) and the wall time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent


def corpus(args: argparse.Namespace, workdir: Path) -> Path:
    """The folder of documents to ingest (generated when none is given)."""
    if args.docs:
        return Path(args.docs)
    out = workdir / "corpus"
    command = [sys.executable, str(BENCH_DIR / "make_corpus.py"), str(args.count), str(out), "--seed", "5"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return out


class _TimedExtractor:
    """Wraps the extractor to add up the CPU time of its calls."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.version = inner.version
        self.cpu = 0.0

    def extract(self, text: str, *, name: str, published: str | None = None) -> Any:
        started = time.process_time()
        try:
            return self.inner.extract(text, name=name, published=published)
        finally:
            self.cpu += time.process_time() - started


def run(folder: Path, db: Path, limit: int | None) -> dict[str, float]:
    """Ingest the documents of `folder` into a new store at `db`; the figures."""
    from bilat.extract import get_extractor
    from bilat.graph.store import Store
    from bilat.ingest.pipeline import Ingestor
    from bilat.ingest.readers import iter_files

    extractor = _TimedExtractor(get_extractor())
    extractor.inner.extract("Tokyo, 3 May 2024 - Japan and Korea met.", name="w.txt")  # warm-up
    files = sorted(iter_files([folder]))[: limit or None]
    size = sum(Path(f).stat().st_size for f in files)
    statements = 0

    def count(_sql: str) -> None:
        nonlocal statements
        statements += 1

    store_cpu = 0.0
    with Store.open(db) as store:

        class TimedIngestor(Ingestor):
            def _write(self, *a: Any, **k: Any) -> Any:
                nonlocal store_cpu
                started = time.process_time()
                try:
                    return super()._write(*a, **k)
                finally:
                    store_cpu += time.process_time() - started

        ingestor = TimedIngestor(store, extractor=extractor)
        ingestor.prepare()
        store.conn.set_trace_callback(count)
        documents = 0
        wall, cpu = time.perf_counter(), time.process_time()
        for file in files:
            for result in ingestor.ingest_file(file):
                documents += result.status != "skipped"
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        store.conn.set_trace_callback(None)
    return {
        "documents": documents,
        "megabytes": size / 1e6,
        "cpu_seconds": cpu,
        "wall_seconds": wall,
        "docs_per_second": documents / cpu if cpu else 0.0,
        "extraction_seconds": extractor.cpu,
        "store_seconds": store_cpu,
        "other_seconds": cpu - extractor.cpu - store_cpu,
        "statements_per_doc": statements / documents if documents else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures (and a JSON line with all of them)."""
    parser = argparse.ArgumentParser(description="Benchmark document ingestion (extraction + store).")
    parser.add_argument("--docs", help="folder of documents (default: generate one)")
    parser.add_argument("--count", type=int, default=1000, help="documents to generate (default 1000)")
    parser.add_argument("--limit", type=int, help="ingest at most this many files")
    parser.add_argument("--db", help="store file to create (default: a temporary one); must not exist")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        db = Path(args.db) if args.db else Path(workdir) / "bench.db"
        if db.exists():
            parser.error(f"{db} exists: give a new file")
        f = run(corpus(args, Path(workdir)), db, args.limit)
    cpu = f["cpu_seconds"] or 1.0
    print(
        f"documents: {f['documents']:,.0f}  text: {f['megabytes']:.1f} MB  CPU: {cpu:.1f} s  "
        f"wall: {f['wall_seconds']:.1f} s"
    )
    print(
        f"split of the CPU time: extraction {f['extraction_seconds']:.1f} s "
        f"({100 * f['extraction_seconds'] / cpu:.0f}%), store {f['store_seconds']:.1f} s "
        f"({100 * f['store_seconds'] / cpu:.0f}%), reading and dating {f['other_seconds']:.1f} s "
        f"({100 * f['other_seconds'] / cpu:.0f}%)"
    )
    print(f"SQL statements per document: {f['statements_per_doc']:.0f}")
    store_rate = f["documents"] / f["store_seconds"] if f["store_seconds"] else 0.0
    print(f"store alone: {store_rate:.1f} docs/s")
    print(f"ingest: {f['docs_per_second']:.1f} docs/s on one core (extraction + store)")
    print(json.dumps({k: round(v, 3) for k, v in f.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
