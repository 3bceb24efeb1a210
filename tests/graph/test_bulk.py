"""Bulk loading stores the same graph as storing records one document at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilat.errors import StoreError
from bilat.graph.bulk import NewDocument, bulk_mode, prepared, store_new
from bilat.graph.records import store_record
from bilat.graph.store import Store

GRAPH_TABLES = {
    "entities": "kind, key, name, country, ror_id, data",
    "entity_aliases": "(SELECT key FROM entities WHERE id = entity_id), alias, norm",
    "entity_stats": "(SELECT key FROM entities WHERE id = entity_id), kind, documents",
    "partnership_topics": "(SELECT key FROM entities WHERE id = partnership_id),"
                          " (SELECT key FROM entities WHERE id = topic_id), year, n",
    "topic_documents": "(SELECT key FROM entities WHERE id = topic_id), n",
    "entity_dates": "(SELECT key FROM entities WHERE id = entity_id), kind, date, date_end, opening",
}


@pytest.fixture(scope="module")
def documents(shared_dir: Path) -> list[NewDocument]:
    """The seed and dev documents with their gold records, twice (so that copies merge)."""
    found = []
    for copy in range(2):
        for gold in sorted((shared_dir / "gold").glob("*/*.json")):
            record: dict[str, Any] = json.loads(gold.read_text(encoding="utf-8"))
            name = gold.name[: -len(".json")]
            text = next((shared_dir / "corpus").glob(f"*/{name}")).read_text(encoding="utf-8")
            found.append(NewDocument(source=f"test://{copy}/{name}", name=name, text=text + f"\n{copy}",
                                     record=record))
    return found


def _graph(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {table: sorted(tuple(r) for r in store.conn.execute(f"SELECT {columns} FROM {table}"))
            for table, columns in GRAPH_TABLES.items()}


def test_a_bulk_load_equals_one_document_at_a_time(tmp_path: Path, documents: list[NewDocument]) -> None:
    with Store.open(tmp_path / "one.db") as one:
        for doc in documents:
            store_record(one, doc.record, source=doc.source, text=doc.text, name=doc.name)
        expected = _graph(one)
    with Store.open(tmp_path / "bulk.db") as bulk, bulk_mode(bulk):
        half = len(documents) // 2
        store_new(bulk, [prepared(doc) for doc in documents[:half]], extractor="test")
        store_new(bulk, documents[half:], extractor="test")
        assert _graph(bulk) == expected
        assert bulk.counts()["documents"] == len(documents)


def test_bulk_loading_refuses_a_source_already_stored(tmp_path: Path, documents: list[NewDocument]) -> None:
    with Store.open(tmp_path / "bilat.db") as store:
        store_new(store, documents[:1], extractor="test")
        with pytest.raises(StoreError, match="already stored"):
            store_new(store, [documents[1], documents[0]], extractor="test")
        assert store.counts()["documents"] == 1  # the refused batch left nothing behind, not even its first


def test_bulk_mode_restores_the_usual_settings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "bilat.db") as store:
        def settings() -> list[int]:
            return [store.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "synchronous")]

        before = settings()
        with bulk_mode(store):
            assert settings()[1] == 0
        assert settings() == before
