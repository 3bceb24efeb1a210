"""The store: opening, migrations, WAL, transactions, read-only readers and full-text search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bilat.errors import StoreError
from bilat.graph.store import FactRow, Store, load_migrations, resolve_db_path, split_sql
from bilat.ingest.build import build_document


@pytest.fixture
def store(db_path: Path) -> Store:
    with Store.open(db_path) as opened:
        yield opened


def add_document(store: Store, source: str, text: str, *, title: str = "A title") -> int:
    doc = build_document(
        source=source, name=Path(source).name, text=text, media_type="text/plain", title=title
    )
    with store.transaction():
        document_id = store.ensure_document(source)
        return store.add_version(document_id, doc, record={"schema": "bilat-record/1"}, extractor="x")


def fact(field: str, ordinal: int, label: str, data: str) -> FactRow:
    return FactRow(field, ordinal, label, None, None, data, '[{"start": 0, "end": 4}]')


def test_a_new_store_has_every_migration_and_runs_in_wal_mode(store: Store) -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == sorted({m.version for m in migrations})
    applied = [row[0] for row in store.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == [m.version for m in migrations]
    assert store.schema_version() == migrations[-1].version
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "documents",
        "document_versions",
        "facts",
        "entities",
        "entity_aliases",
        "mentions",
        "links",
        "document_versions_fts",
        "facts_fts",
    } <= tables


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as again:
        count = again.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
        assert count == len(load_migrations())


def test_the_default_path_comes_from_the_environment_or_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BILAT_DB", raising=False)
    assert resolve_db_path() == tmp_path / "bilat.db"
    monkeypatch.setenv("BILAT_DB", str(tmp_path / "elsewhere.db"))
    assert resolve_db_path() == tmp_path / "elsewhere.db"
    assert resolve_db_path(tmp_path / "given.db") == tmp_path / "given.db"


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot be used as a bilat database") as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert path.read_text().startswith("these are my notes")  # left untouched


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a bilat database"):
        Store.open(path)


def test_a_store_from_a_newer_bilat_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (9999, 'future', '2100-01-01')")
    with pytest.raises(StoreError, match="newer bilat"):
        Store.open(db_path)


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing" / "bilat.db")


def test_a_failed_transaction_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.ensure_document("/tmp/a.txt")
        raise RuntimeError("crash")
    assert store.counts()["documents"] == 0


def test_a_new_version_supersedes_the_old_one_and_keeps_its_facts(store: Store) -> None:
    first = add_document(store, "/docs/a.txt", "Iceland and Ghana cooperate on geothermal energy.")
    with store.transaction():
        store.add_facts(first, [fact("organizations", 0, "Iceland", '{"name": "Iceland"}')])
        store.supersede_version(first)
    second = add_document(store, "/docs/a.txt", "Iceland and Ghana cooperate on geothermal power.")
    current = store.current_version("/docs/a.txt")
    assert current is not None and current.version_id == second
    rows = store.conn.execute("SELECT version_id, active FROM facts").fetchall()
    assert [tuple(r) for r in rows] == [(first, 0)]
    superseded = store.conn.execute("SELECT superseded_at FROM document_versions WHERE id = ?", (first,))
    assert superseded.fetchone()[0] is not None


def test_full_text_search_finds_versions_and_facts(store: Store) -> None:
    version = add_document(
        store,
        "/docs/b.txt",
        "Researchers discussed superconducting qubits in Vienna.",
        title="Quantum workshop",
    )
    with store.transaction():
        store.add_facts(
            version,
            [
                fact("events", 0, "Quantum workshop", '{"type": "conference", "location": "Vienna"}'),
                fact("topics", 1, "quantum", '{"id": "quantum"}'),
            ],
        )
    hits = store.conn.execute(
        "SELECT rowid FROM document_versions_fts WHERE document_versions_fts MATCH 'qubit'"
    ).fetchall()
    assert [h[0] for h in hits] == [version]  # porter stemming: qubits ~ qubit
    by_title = store.conn.execute(
        "SELECT rowid FROM document_versions_fts WHERE document_versions_fts MATCH 'title:workshop'"
    ).fetchall()
    assert len(by_title) == 1
    in_data = store.conn.execute(
        "SELECT f.field FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid WHERE facts_fts MATCH 'vienna'"
    ).fetchall()
    assert [r[0] for r in in_data] == ["events"]


def test_full_text_index_follows_deletes_and_updates(store: Store) -> None:
    version = add_document(store, "/docs/c.txt", "A meeting on glaciology took place.")
    with store.transaction():
        store.add_facts(version, [fact("events", 0, "Glaciology meeting", '{"location": "Bergen"}')])
    with store.transaction():
        store.replace_record(
            version,
            [fact("events", 0, "Fisheries meeting", '{"location": "Zürich"}')],
            record=None,
            extractor="y",
        )
    match = "SELECT COUNT(*) FROM facts_fts WHERE facts_fts MATCH ?"
    assert store.conn.execute(match, ("bergen",)).fetchone()[0] == 0
    assert store.conn.execute(match, ("zurich",)).fetchone()[0] == 1  # diacritics folded
    store.conn.execute("INSERT INTO document_versions_fts(document_versions_fts) VALUES ('integrity-check')")


def test_readonly_connections_cannot_write(store: Store) -> None:
    add_document(store, "/docs/d.txt", "Some text.")
    reader = store.connect_readonly()
    try:
        assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM documents")
    finally:
        reader.close()


def test_sql_scripts_split_into_statements_with_trigger_bodies_whole() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE t (x TEXT);
    CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
        INSERT INTO t VALUES ('a;b');
        SELECT 1;
    END;
    """
    statements = split_sql(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_an_older_store_is_migrated_forward_and_its_rows_indexed(db_path: Path) -> None:
    first = load_migrations()[0]
    with sqlite3.connect(db_path) as conn:  # a store as the first release left it
        conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        conn.executescript(first.sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')", (first.version, first.name))
        conn.execute("INSERT INTO documents VALUES (1, '/old.txt', 1, 'x', 'x')")
        conn.execute(
            "INSERT INTO document_versions (id, document_id, doc_id, name, text, n_chars, ingested_at)"
            " VALUES (1, 1, 'abc', 'old.txt', 'An archived note about glaciers.', 32, 'x')"
        )
    with Store.open(db_path) as store:
        assert store.schema_version() == load_migrations()[-1].version
        hits = store.conn.execute(
            "SELECT rowid FROM document_versions_fts WHERE document_versions_fts MATCH 'glacier'"
        ).fetchall()
        assert [h[0] for h in hits] == [1]


@pytest.mark.parametrize("attempt", range(5))
def test_several_processes_opening_a_new_store_at_once_migrate_it_once(
    tmp_path: Path, attempt: int
) -> None:
    # SQLite refuses some of these lock requests at once instead of waiting (switching a new
    # file to WAL); a race lost in one attempt in a dozen, so the test opens five new files.
    from concurrent.futures import ThreadPoolExecutor

    db_path = tmp_path / f"race{attempt}.db"

    def open_and_count(_: int) -> int:
        with Store.open(db_path) as store:
            return store.schema_version()

    with ThreadPoolExecutor(max_workers=4) as pool:
        versions = list(pool.map(open_and_count, range(8)))
    assert set(versions) == {load_migrations()[-1].version}
    with Store.open(db_path) as store:
        count = store.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
        assert count == len(load_migrations())
