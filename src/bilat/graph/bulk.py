"""Loading many ready-made records at once (benchmarks, batch extraction), as ingestion stores them.

`store_new` writes a batch of documents from new sources in ONE transaction, each version with its
facts and linked into the graph by `bilat.graph.resolve.link_version`, the same calls ingestion
makes per document; only the transaction boundaries differ. `bulk_mode` trades durability for
speed while a one-off load runs (a crash loses the load, never the consistency of the store).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from bilat.errors import StoreError
from bilat.graph.records import TextVersion
from bilat.graph.resolve import link_version
from bilat.graph.store import FactRow, Store

BULK_CACHE_KIB = 1_048_576  # 1 GiB of page cache while loading: the graph's indexes stay in memory


@dataclass
class NewDocument:
    """A document from a source not yet in the store, with its record (and its fact rows, if made)."""

    source: str
    name: str
    text: str
    record: dict[str, Any]
    title: str | None = None
    published: str | None = None
    facts: list[FactRow] = field(default_factory=list)


def prepared(doc: NewDocument) -> NewDocument:
    """`doc` with the fact rows of its record (this may run in another process)."""
    from bilat.ingest.facts import facts_from_record

    doc.facts = list(facts_from_record(doc.record))
    return doc


@contextmanager
def bulk_mode(store: Store) -> Iterator[Store]:
    """A large page cache and no sync at each commit while the block runs; then the usual settings."""
    conn = store.conn
    cache, sync = (conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "synchronous"))
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    conn.execute("PRAGMA synchronous = OFF")
    try:
        yield store
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA synchronous = {int(sync)}")


def store_new(store: Store, docs: Sequence[NewDocument], *, extractor: str) -> list[int]:
    """Store and link a batch of new documents in one transaction; their version ids."""
    version_ids = []
    with store.transaction() as conn:
        for doc in docs:
            if store.current_version(doc.source) is not None:
                raise StoreError("already stored (bulk loading only adds new sources)", source=doc.source)
            facts = doc.facts or prepared(doc).facts
            version = TextVersion(
                doc_id=_text_id(doc.text), name=doc.name, title=doc.title, text=doc.text,
                published=doc.published or doc.record.get("published"), published_source="text",
                language=None, media_type="text/plain",
            )
            version_id = store.add_version(store.ensure_document(doc.source), version, record=doc.record,
                                           extractor=extractor)
            store.add_facts(version_id, facts)
            link_version(conn, version_id)
            version_ids.append(version_id)
    return version_ids


def _text_id(text: str) -> str:
    from bilat.ingest.model import text_id

    return text_id(text)
