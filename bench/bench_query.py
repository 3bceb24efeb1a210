"""Query benchmark: p50 / p95 of every query on a store of 100,000 documents.

Usage: ``python bench/bench_query.py [--docs 100000] [--sample 300] [--db PATH] [--repeat 15]``

How the store is built (full ingestion of 100k documents would take hours of extraction):
1. `bench/make_corpus.py` generates `--sample` documents from the demo corpus, and the real
   extractor (`bilat.extract.get_extractor()`) turns each into a record;
2. those records are replicated to `--docs` documents, each with its own source, name and text
   id, and every date shifted by a random number of years (so events, calls and agreements are
   spread over time and merge only where copies really coincide);
3. each copy is stored and linked into the graph with the same code as ingestion
   (`Store.add_version`, `add_facts`, `bilat.graph.resolve.link_version`), 1,000 per transaction.
The store is kept (``--db``) and reused on the next run when it already holds `--docs` documents.
"""

from __future__ import annotations

import argparse
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

from bilat.graph.resolve import link_version  # noqa: E402
from bilat.graph.store import Store  # noqa: E402
from bilat.ingest.facts import facts_from_record  # noqa: E402
from bilat.ingest.model import text_id  # noqa: E402
from bilat.query.api import QueryAPI  # noqa: E402

DATE_KEYS = {"date", "end", "deadline", "opening", "published"}
YEAR = re.compile(r"^(\d{4})")
BATCH = 1000


@dataclass
class Sample:
    """One generated document with its extracted record."""

    name: str
    text: str
    record: dict[str, Any]


@dataclass
class _Version:
    doc_id: str
    name: str
    title: str | None
    text: str
    published: str | None
    published_source: str | None
    language: str | None
    media_type: str


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
    """Store `docs` replicated records, linking each into the graph."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with Store.open(db) as store:
        done = int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        for start in range(done, docs, BATCH):
            with store.transaction() as conn:
                for i in range(start, min(start + BATCH, docs)):
                    _store_copy(store, conn, samples[i % len(samples)], i, rng.randint(-12, 2))
            rate = (min(start + BATCH, docs) - done) / (time.perf_counter() - started)
            print(f"  {min(start + BATCH, docs):>7} documents stored ({rate:.0f}/s)", flush=True)


def _store_copy(store: Store, conn: Any, sample: Sample, i: int, years: int) -> None:
    record = shift(sample.record, years)  # shift builds new dicts and lists
    text = f"{sample.text}\n[bench copy {i}]\n"
    version = _Version(text_id(text), f"{i:06d}_{sample.name}", sample.name, text, record.get("published"),
                       "text", "en", "text/plain")
    document_id = store.ensure_document(f"bench://{i}")
    version_id = store.add_version(document_id, version, record=record, extractor="bench")
    store.add_facts(version_id, facts_from_record(record))
    link_version(conn, version_id)


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


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the benchmark store and print p50/p95 per query."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bilat-bench-query.db")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with Store.open(args.db) as store:
        have = int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    if have < args.docs:
        print(f"building {args.db}: {args.sample} samples replicated to {args.docs} documents", flush=True)
        build_store(args.db, make_samples(args.sample, args.seed), args.docs, args.seed)
    with Store.open(args.db) as store:
        counts = store.counts()
        print("store:", ", ".join(f"{k} {v}" for k, v in counts.items()))
        api = QueryAPI(store)
        results = [measure(name, query, args.repeat) for name, query in queries(api).items()]
    width = max(len(r[0]) for r in results)
    print(f"\n{'query':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}")
    for name, p50, p95 in results:
        print(f"{name:<{width}}  {p50:8.1f}  {p95:8.1f}")
    worst = max(r[1] for r in results)
    print(f"{counts['documents']} documents: slowest median {worst:.1f} ms (target 200 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
