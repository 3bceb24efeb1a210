"""The graph through ingestion: new versions and re-extraction keep it equal to the current records."""

from __future__ import annotations

import json
from pathlib import Path

from bilat.graph.records import RecordFolder
from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor
from bilat.query.api import QueryAPI


def write(folder: Path, name: str, text: str, record: dict) -> None:
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "records").mkdir(exist_ok=True)
    (folder / "docs" / name).write_text(text, encoding="utf-8")
    (folder / "records" / f"{name}.json").write_text(json.dumps({"schema": "bilat-record/1", **record}))


def ingest(store: Store, folder: Path, version: str = "1") -> list[str]:
    extractor = RecordFolder(folder / "records")
    extractor.version = version
    return [r.status for r in Ingestor(store, extractor=extractor).run([folder / "docs"]).results]


SWEDEN = {
    "partnerships": [["JP", "SE"]],
    "topics": ["quantum"],
    "organizations": [{"name": "Swedish Research Council", "country": "SE"}],
}
KOREA = {
    "partnerships": [["JP", "KR"]],
    "topics": ["ai"],
    "organizations": [{"name": "National Research Foundation of Korea", "country": "KR"}],
}


def test_a_changed_document_replaces_its_facts_in_the_graph(store: Store, tmp_path: Path):
    write(tmp_path, "news.txt", "Japan and Sweden agreed on quantum research.", SWEDEN)
    assert ingest(store, tmp_path) == ["ingested"]
    write(tmp_path, "news.txt", "Japan and Korea agreed on AI research.", KOREA)
    assert ingest(store, tmp_path) == ["new_version"]

    api = QueryAPI(store)
    assert [p.pair for p in api.partners().items] == [["JP", "KR"]]
    assert api.topics().topics == ["ai"]
    assert [e.name for e in api.find_entities("Swedish Research Council")] == []
    assert api.entity("National Research Foundation of Korea").documents.total == 1


def test_re_extraction_relinks_the_same_version(store: Store, tmp_path: Path):
    write(tmp_path, "news.txt", "Japan and Sweden agreed on quantum research.", SWEDEN)
    ingest(store, tmp_path, version="1")
    record = {"schema": "bilat-record/1", **KOREA}  # the new extractor reads the same text differently
    (tmp_path / "records" / "news.txt.json").write_text(json.dumps(record))
    assert ingest(store, tmp_path, version="2") == ["reextracted"]

    api = QueryAPI(store)
    assert [p.pair for p in api.partners().items] == [["JP", "KR"]]
    assert api.partners().items[0].documents == 1
    orphans = store.conn.execute(
        "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)"
    ).fetchone()[0]
    assert orphans == 0
