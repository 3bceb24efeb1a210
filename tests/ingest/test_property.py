"""Property: whatever bytes a file holds, ingestion neither crashes nor corrupts the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor

EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf", ".rss", ".atom", ".xml", ".bin"]
PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"<rss version='2.0'><channel><item><title>",
    b"<html><body><p>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">',
]

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check_consistent(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    orphans = conn.execute(
        "SELECT COUNT(*) FROM documents d LEFT JOIN document_versions v ON v.id = d.current_version_id"
        " WHERE v.id IS NULL OR v.document_id != d.id"
    ).fetchone()[0]
    assert orphans == 0
    current_superseded = conn.execute(
        "SELECT COUNT(*) FROM documents d JOIN document_versions v ON v.id = d.current_version_id"
        " WHERE v.superseded_at IS NOT NULL"
    ).fetchone()[0]
    assert current_superseded == 0
    fts = conn.execute("SELECT COUNT(*) FROM document_versions_fts").fetchone()[0]
    assert fts == conn.execute("SELECT COUNT(*) FROM document_versions").fetchone()[0]
    conn.execute("INSERT INTO document_versions_fts(document_versions_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO facts_fts(facts_fts) VALUES ('integrity-check')")


@SETTINGS
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=2048),
    extension=st.sampled_from(EXTENSIONS),
)
def test_arbitrary_bytes_never_crash_ingestion(
    tmp_path: Path, name_extractor: Any, prefix: bytes, body: bytes, extension: str
) -> None:
    path = tmp_path / f"input{extension}"
    path.write_bytes(prefix + body)
    with Store.open(tmp_path / "bilat.db") as store:
        report = Ingestor(store, extractor=name_extractor).run([path])
        assert report.results, "every input gets a result"
        for result in report.results:
            assert result.status in {"ingested", "unchanged", "new_version", "skipped"}
            if result.status == "skipped":
                assert result.reason and "\n" not in result.reason
            assert not (
                result.status == "skipped" and result.reason and result.reason.startswith("unexpected")
            )
        check_consistent(store.conn)


@SETTINGS
@given(text=st.text(max_size=1500), extension=st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_text_is_stored_exactly_or_refused(
    tmp_path: Path, name_extractor: Any, text: str, extension: str
) -> None:
    path = tmp_path / f"input{extension}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with Store.open(tmp_path / "bilat.db") as store:
        report = Ingestor(store, extractor=name_extractor).run([path])
        for result in report.results:
            if result.status != "skipped":
                stored = store.conn.execute(
                    "SELECT text FROM document_versions WHERE id = ?", (result.version_id,)
                ).fetchone()[0]
                assert stored.strip()
            else:
                assert not (result.reason or "").startswith("unexpected"), result.reason
        check_consistent(store.conn)
