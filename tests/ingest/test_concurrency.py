"""Readers beside a writer (WAL), and a writer process killed half-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

from bilat.graph.store import Store
from bilat.ingest.pipeline import Ingestor

N_FILES = 30


def make_corpus(folder: Path, n: int = N_FILES) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"doc_{i:03d}.txt").write_text(
            f"Report {i}: the Ocean Research Council and the Polar Data Centre met for round {i}.\n"
        )
    return folder


def test_a_reader_queries_while_a_writer_ingests(tmp_path: Path, make_extractor: Any) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    db = tmp_path / "bilat.db"
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with Store.open(db) as store:
                Ingestor(store, extractor=make_extractor("w")).run([corpus])
        except BaseException as exc:
            errors.append(exc)

    with Store.open(db) as store:
        reader = store.connect_readonly()
        writer = threading.Thread(target=write)
        writer.start()
        seen: list[int] = []
        while True:
            finished = not writer.is_alive()  # checked first: the last read then sees everything
            seen.append(read_snapshot(reader))
            if finished:
                break
        writer.join()
        reader.close()
    assert errors == []
    assert seen == sorted(seen) and seen[-1] == N_FILES


def read_snapshot(reader: sqlite3.Connection) -> int:
    """Count documents in one snapshot, checking that none is half-stored and all are searchable."""
    reader.execute("BEGIN")
    documents = reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    dangling = reader.execute(
        "SELECT COUNT(*) FROM documents d"
        " LEFT JOIN document_versions v ON v.id = d.current_version_id WHERE v.id IS NULL"
    ).fetchone()[0]
    hits = reader.execute(
        "SELECT COUNT(*) FROM document_versions_fts WHERE document_versions_fts MATCH 'polar'"
    ).fetchone()[0]
    reader.execute("COMMIT")
    assert dangling == 0  # a reader never sees half a document
    assert hits == documents
    return int(documents)


WRITER = textwrap.dedent(
    """
    import sys, time
    from bilat.graph.store import Store
    from bilat.ingest.pipeline import Ingestor

    class SlowExtractor:
        version = "slow-1"
        def extract(self, text, *, name, published=None):
            time.sleep(0.1)
            class R:
                def to_dict(self):
                    topic = {"id": "ocean", "evidence": []}
                    return {"schema": "bilat-record/1", "doc": name, "topics": [topic]}
            return R()

    with Store.open(sys.argv[1]) as store:
        Ingestor(store, extractor=SlowExtractor()).run([sys.argv[2]])
    """
)


def test_a_writer_killed_half_way_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path, make_extractor: Any
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    db = tmp_path / "bilat.db"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(corpus)], env=dict(os.environ))
    try:
        done = wait_for_documents(db, at_least=3, process=process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert 3 <= done < N_FILES
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = store.counts()["documents"]
        assert kept >= done
        report = Ingestor(store, extractor=make_extractor("slow-1")).run([tmp_path / "corpus"])
        assert report.counts["unchanged"] == kept
        assert report.counts["ingested"] == N_FILES - kept
        assert store.counts()["documents"] == N_FILES


def wait_for_documents(db: Path, *, at_least: int, process: subprocess.Popen[bytes]) -> int:
    """Poll the store read-only until the writer has stored `at_least` documents."""
    while process.poll() is None:
        if db.exists():
            try:
                with Store.open(db) as store:
                    count = store.counts()["documents"]
            except Exception:
                count = 0
            if count >= at_least:
                return count
        time.sleep(0.02)
    raise AssertionError(f"the writer ended early with code {process.returncode}")


def test_two_writers_on_the_same_files_store_each_document_once(tmp_path: Path, make_extractor: Any) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    db = tmp_path / "bilat.db"
    Store.open(db).close()
    reports: list[Any] = []

    def write() -> None:
        with Store.open(db) as store:
            reports.append(Ingestor(store, extractor=make_extractor("same")).run([corpus]))

    writers = [threading.Thread(target=write) for _ in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    statuses = [r.status for report in reports for r in report.results]
    assert len(statuses) == 2 * N_FILES
    assert statuses.count("ingested") == N_FILES  # every file stored by exactly one of them
    assert statuses.count("unchanged") == N_FILES
    with Store.open(db) as store:
        assert store.counts()["documents"] == store.counts()["versions"] == N_FILES
