"""Topic counts mean documents: a document about two partnerships of one country counts once for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilat.graph.resolve import link_version, unlink_version
from bilat.graph.store import Store, load_migrations, split_sql
from bilat.ingest.facts import facts_from_record
from bilat.ingest.model import SourceDocument, text_id
from bilat.query.api import QueryAPI

NORDIC = "Japan signed quantum research arrangements with Sweden and with Finland on the same day."
SWEDEN = "Japan and Sweden opened a joint call on quantum sensing."


def _record(name: str, text: str, pairs: list[list[str]], topics: list[str]) -> dict[str, Any]:
    whole = [{"start": 0, "end": len(text)}]
    return {
        "schema": "bilat-record/1", "doc": name, "published": "2025-03-01",
        "partnerships": [{"pair": pair, "evidence": whole} for pair in pairs],
        "topics": [{"id": topic, "evidence": whole} for topic in topics],
    }


def _add(store: Store, name: str, text: str, pairs: list[list[str]], topics: list[str]) -> int:
    source = SourceDocument(source=f"/t/{name}", name=name, title=None, text=text, published="2025-03-01",
                            published_source="metadata", language="en", media_type="text/plain",
                            doc_id=text_id(text))
    record = _record(name, text, pairs, topics)
    with store.transaction() as conn:
        version_id = store.add_version(store.ensure_document(source.source), source, record=record,
                                       extractor="test")
        store.add_facts(version_id, facts_from_record(record))
        link_version(conn, version_id)
    return version_id


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store with a Japan-Sweden + Japan-Finland document and a Japan-Sweden one, both on quantum."""
    with Store.open(tmp_path / "bilat.db") as opened:
        _add(opened, "nordic.txt", NORDIC, [["JP", "SE"], ["FI", "JP"]], ["quantum"])
        _add(opened, "sweden.txt", SWEDEN, [["JP", "SE"]], ["quantum"])
        yield opened


def test_pairs_count_their_documents_and_totals_count_each_document_once(store: Store) -> None:
    matrix = QueryAPI(store).topics()
    assert matrix.counts["JP-SE"]["quantum"] == 2
    assert matrix.counts["FI-JP"]["quantum"] == 1
    assert matrix.topic_totals["quantum"] == 2  # not 3: the Nordic document is one document
    assert matrix.partner_counts["JP"]["quantum"] == 2
    assert matrix.partner_counts["FI"]["quantum"] == 1


def test_a_partner_focus_counts_the_documents_of_its_partnerships(store: Store) -> None:
    matrix = QueryAPI(store).topics(partner="Japan")
    assert set(matrix.pairs) == {"JP-SE", "FI-JP"}
    assert matrix.topic_totals == {"quantum": 2}


def test_the_web_heatmap_shows_the_numbers_of_the_topics_matrix(store: Store) -> None:
    api = QueryAPI(store)
    overall = {(c.topic, c.partner): c.count for c in api.matrix().cells}
    assert overall == {("quantum", code): n for code, row in api.topics().partner_counts.items()
                       for n in row.values()}
    focused = {(c.topic, c.partner): c.count for c in api.matrix(focus="JP").cells}
    by_pair = api.topics(partner="JP").counts
    assert focused == {("quantum", "SE"): by_pair["JP-SE"]["quantum"],
                       ("quantum", "FI"): by_pair["FI-JP"]["quantum"]}


def test_unlinking_a_version_takes_its_documents_back(store: Store) -> None:
    row = store.conn.execute("SELECT id FROM document_versions WHERE name = 'nordic.txt'").fetchone()
    version_id = int(row[0])
    api = QueryAPI(store)
    api.matrix()  # cached before the change...
    with store.transaction() as conn:
        unlink_version(conn, version_id)
    matrix = api.topics()
    assert matrix.topic_totals == {"quantum": 1}
    assert {c.partner for c in api.matrix().cells} == {"JP", "SE"}  # ...and not reused after it
    assert "FI" not in matrix.partner_counts and "FI-JP" not in matrix.counts


@pytest.mark.parametrize(("migration", "table"), [("0004", "topic_documents"), ("0005", "entity_stats")])
def test_the_migration_backfill_agrees_with_the_incremental_counts(
    store: Store, migration: str, table: str
) -> None:
    def rows() -> set[tuple[object, ...]]:
        return {tuple(r) for r in store.conn.execute(f"SELECT * FROM {table}")}

    incremental = rows()
    script = next(m.sql for m in load_migrations() if m.name.startswith(migration))
    with store.transaction() as conn:
        conn.execute(f"DROP TABLE {table}")
        for statement in split_sql(script):
            conn.execute(statement)
    assert rows() == incremental and incremental


def test_entity_document_counts_follow_link_and_unlink(store: Store) -> None:
    def documents(key: str) -> int:
        row = store.conn.execute(
            "SELECT s.documents FROM entity_stats s JOIN entities e ON e.id = s.entity_id"
            " WHERE e.kind = 'partner' AND e.key = ?", (key,)).fetchone()
        return int(row[0]) if row else 0

    assert (documents("JP"), documents("SE"), documents("FI")) == (2, 2, 1)
    row = store.conn.execute("SELECT id FROM document_versions WHERE name = 'nordic.txt'").fetchone()
    with store.transaction() as conn:
        unlink_version(conn, int(row[0]))
    assert (documents("JP"), documents("SE"), documents("FI")) == (1, 1, 0)
