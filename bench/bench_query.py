"""Query benchmark: p50 / p95 of every query, and the web pages' first hit, on 100,000 documents.

Usage: ``python bench/bench_query.py [--docs 100000] [--sample 300] [--db PATH] [--repeat 15] [--fresh]``

How the store is built, reproducibly from the current code (full ingestion of 100k documents
would take hours of extraction):
1. `bench/make_corpus.py` generates `--sample` documents (seeded), and the real extractor
   (`bilat.extract.get_extractor()`) turns each into a record, once;
2. those records are replicated to `--docs` documents, each with its own source, name and text
   id, and every date shifted by a seeded random number of years (so events, calls and agreements
   are spread over time and merge only where copies really coincide); a worker process makes the
   copies and their fact rows while the main process writes;
3. `bilat.graph.bulk.store_new` stores and links each batch of `BATCH` copies in one transaction
   with the same calls as ingestion (`Store.add_version`, `add_facts`, `resolve.link_version`),
   under `bulk_mode` (large page cache, no sync per commit).
The store is kept (``--db``) and reused when it already holds `--docs` documents built by the same
schema; ``--fresh`` deletes it and builds again.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bilat.graph.bulk import NewDocument, bulk_mode, prepared, store_new  # noqa: E402
from bilat.graph.store import Store  # noqa: E402
from bilat.query.api import QueryAPI  # noqa: E402

DATE_KEYS = {"date", "end", "deadline", "opening", "published"}
YEAR = re.compile(r"^(\d{4})")
BATCH = 5000


@dataclass
class Sample:
    """One generated document with its extracted record."""

    name: str
    text: str
    record: dict[str, Any]


def make_samples(count: int, seed: int) -> list[Sample]:
    """Generate `count` documents and extract their records."""
    import make_corpus

    from bilat.extract import get_extractor

    extractor = get_extractor()
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        make_corpus.write_corpus(count, Path(folder), seed)
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            record = extractor.extract(text, name=path.name).to_dict()
            samples.append(Sample(path.name, text, record))
    return samples


def shift(value: Any, years: int) -> Any:
    """A copy of a record item with every date moved by `years`."""
    if isinstance(value, dict):
        return {k: _shift_date(v, years) if k in DATE_KEYS else shift(v, years) for k, v in value.items()}
    if isinstance(value, list):
        return [shift(v, years) for v in value]
    return value


def _shift_date(value: Any, years: int) -> Any:
    if isinstance(value, str) and (m := YEAR.match(value)):
        shifted = f"{int(m.group(1)) + years:04d}" + value[4:]
        return shifted.replace("-02-29", "-02-28")
    return shift(value, years)


def build_store(db: Path, samples: list[Sample], docs: int, seed: int) -> None:
    """Store `docs` replicated records, linking each into the graph, `BATCH` per transaction.

    A worker process prepares the next batch (copies and their fact rows) while this one writes.
    """
    years = random.Random(seed)
    shifts = [years.randint(-12, 2) for _ in range(docs)]
    started = time.perf_counter()
    batches = [range(start, min(start + BATCH, docs)) for start in range(0, docs, BATCH)]
    with Store.open(db) as store, bulk_mode(store), multiprocessing.Pool(
        1, initializer=_share, initargs=(samples, shifts)
    ) as pool:
        pending = pool.map_async(_prepared_copy, batches[0], chunksize=250)
        for i, batch in enumerate(batches):
            ready = pending.get()
            if i + 1 < len(batches):
                pending = pool.map_async(_prepared_copy, batches[i + 1], chunksize=250)
            store_new(store, ready, extractor="bench")
            rate = batch.stop / (time.perf_counter() - started)
            print(f"  {batch.stop:>7} documents stored ({rate:.0f}/s)", flush=True)


_SHARED: dict[str, Any] = {}


def _share(samples: list[Sample], shifts: list[int]) -> None:
    _SHARED.update(samples=samples, shifts=shifts)


def _prepared_copy(i: int) -> NewDocument:
    """Copy `i`: sample i mod n with its dates shifted, its fact rows made (in the worker)."""
    samples: list[Sample] = _SHARED["samples"]
    sample = samples[i % len(samples)]
    record = shift(sample.record, _SHARED["shifts"][i])  # shift builds new dicts and lists
    return prepared(NewDocument(source=f"bench://{i}", name=f"{i:06d}_{sample.name}", title=sample.name,
                                text=f"{sample.text}\n[bench copy {i}]\n", record=record))


def measure(name: str, query: Callable[[], Any], repeat: int) -> tuple[str, float, float]:
    """Median and 95th percentile of the query's wall time in milliseconds."""
    query()  # warm the caches once
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        query()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return name, statistics.median(times), p95


def queries(api: QueryAPI) -> dict[str, Callable[[], Any]]:
    """One call per question of the query layer, with arguments taken from the store."""
    top = api.partners(limit=1).items[0]
    a, b = top.pair
    topic = top.top_topics[0].topic if top.top_topics else "ai"
    org = api.conn.execute(
        "SELECT e.name FROM entity_documents ed JOIN entities e ON e.id = ed.entity_id"
        " WHERE ed.kind = 'organization' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    calls = "SELECT date FROM entity_dates WHERE kind = 'call' AND date IS NOT NULL"
    dates = [r[0] for r in api.conn.execute(calls)]
    as_of = f"{sorted(dates)[len(dates) // 2][:4]}-01-01" if dates else "2025-01-01"
    return {
        "partners": lambda: api.partners(),
        f"partner {a} {b}": lambda: api.partner(a, b),
        "timeline": lambda: api.timeline(),
        f"timeline --partner {a},{b}": lambda: api.timeline(partners=[a, b]),
        f"timeline --topic {topic} --since 2015": lambda: api.timeline(topic=topic, since="2015"),
        "topics --matrix": lambda: api.topics(),
        f"calls --open --as-of {as_of}": lambda: api.calls(open_only=True, as_of=as_of),
        f"calls --partner {a}": lambda: api.calls(partner=a),
        'search "quantum"': lambda: api.search("quantum"),
        'search "joint committee"': lambda: api.search("joint committee"),
        f"entity {org!r}": lambda: api.entity(org),
    }


def web_pages(db: Path, pair: str, repeat: int) -> list[tuple[str, float, float, float]]:
    """First-hit, p50 and p95 milliseconds of the main web pages (in-process client, caches cleared)."""
    from fastapi.testclient import TestClient

    from bilat.query import browse
    from bilat.web.app import create_app

    pages = ["/", f"/partnerships/{pair}", "/matrix", "/network", "/api/network", "/search?q=quantum",
             "/calls"]
    results = []
    with TestClient(create_app(db)) as client:
        for url in pages:
            browse.clear_cache()
            started = time.perf_counter()
            assert client.get(url).status_code == 200, url
            first = (time.perf_counter() - started) * 1000
            _, p50, p95 = measure(url, functools.partial(client.get, url), repeat)
            results.append((url, first, p50, p95))
    return results


def _fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the benchmark store and print p50/p95 per query and per web page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bilat-bench-query.db")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fresh", action="store_true", help="Delete the store and build it again.")
    args = parser.parse_args(argv)
    have = 0
    if args.db.exists() and not args.fresh:
        with Store.open(args.db) as store:
            have = int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    if have != args.docs:
        _fresh(args.db)
        print(f"building {args.db}: {args.sample} samples replicated to {args.docs} documents", flush=True)
        started = time.perf_counter()
        samples = make_samples(args.sample, args.seed)
        print(f"  {len(samples)} samples extracted in {time.perf_counter() - started:.0f} s", flush=True)
        build_store(args.db, samples, args.docs, args.seed)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    with Store.open(args.db) as store:
        counts = store.counts()
        print("store:", ", ".join(f"{k} {v}" for k, v in counts.items()))
        api = QueryAPI(store)
        pair = "-".join(api.partners(limit=1).items[0].pair)
        results = [measure(name, query, args.repeat) for name, query in queries(api).items()]
    width = max(len(r[0]) for r in results)
    print(f"\n{'query':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}")
    for name, p50, p95 in results:
        print(f"{name:<{width}}  {p50:8.1f}  {p95:8.1f}")
    pages = web_pages(args.db, pair, args.repeat)
    print(f"\n{'web page':<{width}}  {'first ms':>8}  {'p50 ms':>8}  {'p95 ms':>8}")
    for url, first, p50, p95 in pages:
        print(f"{url:<{width}}  {first:8.1f}  {p50:8.1f}  {p95:8.1f}")
    worst = max(r[1] for r in results)
    print(f"{counts['documents']} documents: slowest query median {worst:.1f} ms (target 200 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
