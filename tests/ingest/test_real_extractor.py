"""End to end with the real extractor and graph: the seed documents and the bundled demo corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.extract import EXTRACTOR_VERSION
from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Store:
    """A store holding the five seed documents, ingested once for this module."""
    store = Store.open(tmp_path_factory.mktemp("seeds") / "bilat.db")
    report = Ingestor(store).run([seeds_dir])
    assert report.counts["ingested"] == len(list(seeds_dir.glob("*.txt")))
    yield store
    store.close()


def test_every_seed_is_stored_with_its_text_record_and_extractor_version(
    seeded: Store, seeds_dir: Path
) -> None:
    rows = seeded.conn.execute("SELECT name, text, record, extractor FROM document_versions").fetchall()
    assert sorted(r["name"] for r in rows) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for row in rows:
        assert row["text"] == (seeds_dir / row["name"]).read_text(encoding="utf-8")
        record = json.loads(row["record"])
        assert record["schema"] == "bilat-record/1"
        assert row["extractor"] == EXTRACTOR_VERSION


def test_every_record_item_is_a_fact_with_evidence_inside_the_text(seeded: Store) -> None:
    for version in seeded.conn.execute("SELECT id, text, record FROM document_versions"):
        record = json.loads(version["record"])
        expected = sum(len(items) for key, items in record.items() if isinstance(items, list))
        facts = seeded.conn.execute(
            "SELECT field, evidence FROM facts WHERE version_id = ?", (version["id"],)
        )
        rows = facts.fetchall()
        assert len(rows) == expected
        for fact in rows:
            for span in json.loads(fact["evidence"]):
                assert 0 <= span["start"] < span["end"] <= len(version["text"])


def test_the_seeds_yield_facts_of_the_kinds_the_summary_reports(seeded: Store) -> None:
    fields = {row[0] for row in seeded.conn.execute("SELECT DISTINCT field FROM facts WHERE active = 1")}
    assert {"partnerships", "organizations", "events"} <= fields


def test_the_demo_corpus_ingests_without_skips_and_then_stays_unchanged(
    repo_dir: Path, db_path: Path
) -> None:
    corpus = repo_dir / "examples" / "corpus"
    if not corpus.is_dir():
        pytest.skip("the demo corpus is not there yet")
    with Store.open(db_path) as store:
        first = Ingestor(store).run([corpus])
        assert first.counts["skipped"] == 0, [r.reason for r in first.results if r.status == "skipped"]
        second = Ingestor(store).run([corpus])
        assert second.counts["unchanged"] == len(second.results)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=800))
def test_arbitrary_text_through_the_real_pipeline_never_breaks_the_store(tmp_path: Path, text: str) -> None:
    path = tmp_path / "any.txt"
    path.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "bilat.db") as store:
        report = Ingestor(store).run([path])
        for result in report.results:
            assert not (result.reason or "").startswith("unexpected"), result.reason
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
