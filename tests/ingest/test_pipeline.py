"""Ingestion into the store: new documents, unchanged re-runs, new versions, re-extraction, bad input."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor


@pytest.fixture
def store(db_path: Path) -> Store:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def corpus(tmp_path: Path, fixtures_dir: Path) -> Path:
    """A folder with one document of each format (two feeds of two items each)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for fixture in fixtures_dir.iterdir():
        (folder / fixture.name).write_bytes(fixture.read_bytes())
    (folder / "note.txt").write_text("Estonia and Korea held a Digital Government Forum in Tallinn.\n")
    return folder


def statuses(report: Any) -> dict[str, int]:
    return {k: v for k, v in report.counts.items() if v}


def test_a_folder_is_ingested_with_every_fact_and_its_evidence(
    store: Store, corpus: Path, name_extractor: Any
) -> None:
    report = Ingestor(store, extractor=name_extractor).run([corpus])
    assert statuses(report) == {"ingested": 7}  # html, md, txt + 2 rss items + 2 atom entries
    assert store.counts()["documents"] == 7
    for version_id, text, record in store.conn.execute("SELECT id, text, record FROM document_versions"):
        stored = json.loads(record)
        facts = store.conn.execute(
            "SELECT field, ordinal, label, data, evidence FROM facts"
            " WHERE version_id = ? ORDER BY field, ordinal",
            (version_id,),
        ).fetchall()
        assert len(facts) == sum(len(v) for v in stored.values() if isinstance(v, list))
        for field, _ordinal, label, data, evidence in facts:
            assert "evidence" not in json.loads(data)
            for span in json.loads(evidence):
                if field == "organizations":
                    assert text[span["start"] : span["end"]] == label
    assert (
        report.found["organizations"]
        == store.conn.execute("SELECT COUNT(*) FROM facts WHERE field = 'organizations'").fetchone()[0]
    )


def test_ingesting_the_same_content_again_changes_nothing(
    store: Store, corpus: Path, name_extractor: Any
) -> None:
    Ingestor(store, extractor=name_extractor).run([corpus])
    before = dump(store.conn)
    calls = name_extractor.calls
    again = Ingestor(store, extractor=name_extractor).run([corpus])
    assert statuses(again) == {"unchanged": 7}
    assert sum(again.found.values()) == 0
    assert name_extractor.calls == calls  # unchanged documents are not even re-extracted
    assert dump(store.conn) == before


def test_changed_content_becomes_a_new_version_and_old_facts_are_superseded(
    store: Store, tmp_path: Path, name_extractor: Any
) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Aalto University and Santiago Science Park signed an accord.\n")
    ingestor = Ingestor(store, extractor=name_extractor)
    assert statuses(ingestor.run([path])) == {"ingested": 1}
    path.write_text("Aalto University and Santiago Science Park signed it, said Minister Ana Lopez.\n")
    assert statuses(ingestor.run([path])) == {"new_version": 1}
    versions = store.conn.execute(
        "SELECT id, superseded_at IS NOT NULL, text FROM document_versions ORDER BY id"
    ).fetchall()
    assert [v[1] for v in versions] == [1, 0]
    (current,) = store.conn.execute("SELECT current_version_id FROM documents").fetchone()
    assert current == versions[1][0]
    active = store.conn.execute("SELECT version_id, active, COUNT(*) FROM facts GROUP BY version_id, active")
    assert {(v, a) for v, a, _ in active} == {(versions[0][0], 0), (versions[1][0], 1)}
    # the graph only keeps what the current version states
    linked = store.conn.execute(
        "SELECT DISTINCT f.version_id FROM mentions m JOIN facts f ON f.id = m.fact_id"
    ).fetchall()
    assert {row[0] for row in linked} <= {versions[1][0]}


def test_going_back_to_earlier_content_is_a_new_version_too(
    store: Store, tmp_path: Path, name_extractor: Any
) -> None:
    path = tmp_path / "page.txt"
    ingestor = Ingestor(store, extractor=name_extractor)
    for text in ("First Text here.\n", "Second Text here.\n", "First Text here.\n"):
        path.write_text(text)
        ingestor.run([path])
    rows = store.conn.execute(
        "SELECT doc_id, superseded_at IS NULL FROM document_versions ORDER BY id"
    ).fetchall()
    assert [r[1] for r in rows] == [0, 0, 1]
    assert rows[0][0] == rows[2][0]


def test_a_new_extractor_version_re_extracts_unchanged_documents(
    store: Store, corpus: Path, make_extractor: Callable[[str], Any]
) -> None:
    Ingestor(store, extractor=make_extractor("v1")).run([corpus])
    report = Ingestor(store, extractor=make_extractor("v2")).run([corpus])
    assert statuses(report) == {"reextracted": 7}
    assert store.counts()["versions"] == 7
    extractors = {row[0] for row in store.conn.execute("SELECT extractor FROM document_versions")}
    assert extractors == {"v2"}
    duplicated = store.conn.execute(
        "SELECT COUNT(*) FROM"
        " (SELECT version_id, field, ordinal FROM facts GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"
    )
    assert duplicated.fetchone()[0] == 0


def test_bad_files_are_skipped_with_a_reason_and_the_rest_is_ingested(
    store: Store, corpus: Path, name_extractor: Any
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    (corpus / "garbage.pdf").write_bytes(b"%PDF-1.4 truncated")
    report = Ingestor(store, extractor=name_extractor).run([corpus])
    assert statuses(report) == {"ingested": 7, "skipped": 3}
    reasons = {Path(r.source).name: r.reason for r in report.results if r.status == "skipped"}
    assert set(reasons) == {"empty.txt", "photo.jpg", "garbage.pdf"}
    assert all(reason and "\n" not in reason for reason in reasons.values())
    assert not report.nothing_ingested


def test_a_document_the_extractor_fails_on_is_skipped_and_nothing_of_it_is_stored(
    store: Store, corpus: Path, name_extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = name_extractor.extract

    def fragile(text: str, **kwargs: Any) -> Any:
        if "Tallinn" in text:
            raise ValueError("cannot parse this one")
        return real(text, **kwargs)

    monkeypatch.setattr(name_extractor, "extract", fragile)
    report = Ingestor(store, extractor=name_extractor).run([corpus])
    assert statuses(report) == {"ingested": 6, "skipped": 1}
    (skipped,) = [r for r in report.results if r.status == "skipped"]
    assert "extraction failed" in (skipped.reason or "") and skipped.name == "note.txt"
    assert store.counts()["documents"] == 6


def test_a_run_stopped_half_way_keeps_finished_documents_and_a_rerun_completes(
    store: Store, corpus: Path, name_extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingestor = Ingestor(store, extractor=name_extractor)
    ingestor.prepare()
    real_link, written = ingestor._graph_hooks()[0], []

    def link_then_die(conn: sqlite3.Connection, version_id: int) -> None:
        real_link(conn, version_id)
        written.append(version_id)
        if len(written) == 3:
            raise KeyboardInterrupt  # as if the process were stopped inside the 3rd transaction

    monkeypatch.setattr(ingestor, "_link", link_then_die)
    with pytest.raises(KeyboardInterrupt):
        ingestor.run([corpus])
    assert store.counts()["documents"] == 2
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = Ingestor(store, extractor=name_extractor).run([corpus])
    assert statuses(rerun) == {"unchanged": 2, "ingested": 5}


def test_nothing_ingested_when_every_input_is_bad(store: Store, tmp_path: Path, name_extractor: Any) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    report = Ingestor(store, extractor=name_extractor).run([tmp_path / "a.txt", tmp_path / "missing.md"])
    assert statuses(report) == {"skipped": 2}
    assert report.nothing_ingested


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables = ["documents", "document_versions", "facts", "entities", "entity_aliases", "mentions", "links"]
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}


def test_documents_are_dated_by_metadata_else_by_their_own_text(
    store: Store, tmp_path: Path, fixtures_dir: Path, name_extractor: Any
) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("Publication date: 12 March 2024\n\nThe Andes Observatory Network opened a new site.\n")
    Ingestor(store, extractor=name_extractor).run([dated, fixtures_dir / "page_with_boilerplate.html"])
    rows = store.conn.execute("SELECT name, published, published_source FROM document_versions ORDER BY name")
    assert [tuple(r) for r in rows] == [
        ("dated.txt", "2024-03-12", "text"),
        ("page_with_boilerplate.html", "2025-09-18", "metadata"),
    ]
