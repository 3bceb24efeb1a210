"""Fixtures for the query tests: a store holding the gold records of ../shared (seeds and dev)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilat.graph.records import RecordFolder
from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor
from bilat.query.api import QueryAPI


@pytest.fixture(scope="session")
def gold_records(shared_dir: Path) -> dict[str, dict[str, Any]]:
    """The gold record of every seed and dev document, by document name."""
    return {
        p.name[: -len(".json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((shared_dir / "gold").glob("*/*.json"))
    }


@pytest.fixture(scope="session")
def gold_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """A store built by ingesting the seed and dev documents with their gold records as extraction."""
    path = tmp_path_factory.mktemp("gold") / "bilat.db"
    with Store.open(path) as store:
        extractor = RecordFolder(shared_dir / "gold" / "seeds", shared_dir / "gold" / "dev")
        report = Ingestor(store, extractor=extractor).run(
            [shared_dir / "corpus" / "seeds", shared_dir / "corpus" / "dev"]
        )
        assert all(r.status == "ingested" for r in report.results), report.to_dict()
    return path


@pytest.fixture
def api(gold_db: Path) -> Iterator[QueryAPI]:
    """The query API over the gold store."""
    with Store.open(gold_db) as store:
        yield QueryAPI(store)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """A store built by really ingesting (reading and extracting) the seed and dev documents."""
    path = tmp_path_factory.mktemp("corpus") / "bilat.db"
    with Store.open(path) as store:
        report = Ingestor(store).run([shared_dir / "corpus" / "seeds", shared_dir / "corpus" / "dev"])
        assert report.counts["ingested"] == 17, report.to_dict()
    return path


@pytest.fixture
def corpus_api(corpus_db: Path) -> Iterator[QueryAPI]:
    """The query API over the really ingested corpus."""
    with Store.open(corpus_db) as store:
        yield QueryAPI(store)
