"""The knowledge store: an embedded SQLite database with a versioned schema.

`Store.open()` finds the database (argument, ``$BILAT_DB`` or ``./bilat.db``), checks that it
is a bilat store, applies pending migrations (``graph/migrations/NNNN_*.sql``, recorded in
``schema_migrations``) and sets WAL mode. Writers wrap each document in `Store.transaction()`;
readers use `Store.connect_readonly()`. SQLite-specific statements (PRAGMAs, URIs, FTS5) live
in this module and in the migrations only; the write methods use plain SQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from bilat.errors import StoreError

DEFAULT_DB = "bilat.db"
ENV_DB = "BILAT_DB"
BUSY_TIMEOUT_MS = 30_000
_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous = NORMAL",
)


def _is_lock_error(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


class VersionSource(Protocol):
    """What the store keeps of a document version (`bilat.ingest.model.SourceDocument` fits)."""

    @property
    def doc_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def published(self) -> str | None: ...
    @property
    def published_source(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def media_type(self) -> str: ...


@dataclass(frozen=True)
class Migration:
    """One schema step: its number, its name and its SQL script."""

    version: int
    name: str
    sql: str


@dataclass(frozen=True)
class CurrentVersion:
    """The active version of a document, as needed to decide whether to re-ingest it."""

    document_id: int
    version_id: int
    doc_id: str
    extractor: str | None


@dataclass(frozen=True)
class FactRow:
    """One item of a record, ready to be stored (data and evidence as JSON text)."""

    field: str
    ordinal: int
    label: str | None
    date: str | None
    date_end: str | None
    data: str
    evidence: str


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string (seconds precision)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file to use: `path`, else ``$BILAT_DB``, else ``bilat.db`` here."""
    chosen = path if path is not None else os.environ.get(ENV_DB) or DEFAULT_DB
    return Path(chosen).expanduser().resolve()


def load_migrations() -> list[Migration]:
    """The schema migrations shipped with the package, in order."""
    folder = resources.files("bilat.graph") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append(Migration(int(name[:4]), name[:-4], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def split_sql(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies kept whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _has_code(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _has_code(buffer):
        raise StoreError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")
    return statements


def _has_code(sql: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in sql.splitlines())


class Store:
    """An open knowledge store. Use `Store.open()`; close it or use it as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        """Open (creating if needed) and migrate the store at `path` (see `resolve_db_path`)."""
        db = resolve_db_path(path)
        if db.is_dir():
            raise StoreError("is a folder, not a database file", source=str(db))
        if not db.parent.is_dir():
            raise StoreError("its folder does not exist", source=str(db))
        try:
            conn = sqlite3.connect(db, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database ({exc})", source=str(db)) from exc
        store = cls(db, conn)
        try:
            store._retry_while_locked(store._configure)
            store._retry_while_locked(store._migrate)
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot be used as a bilat database ({exc})", source=str(db)) from exc
        return store

    @staticmethod
    def _retry_while_locked(step: Callable[[], None]) -> None:
        """Run `step`, trying again while another connection holds the lock it needs.

        SQLite answers some lock requests (switching a new file to WAL, a reader upgrading to a
        writer) with "database is locked" at once instead of waiting out the busy timeout, so
        several processes opening a new store together need this loop.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.01
        while True:
            try:
                step()
                return
            except sqlite3.OperationalError as exc:
                if not _is_lock_error(exc) or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)

    def _configure(self) -> None:
        self.conn.row_factory = sqlite3.Row
        for pragma in _SQLITE_PRAGMAS:
            self.conn.execute(pragma)
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"cannot switch to WAL mode (got {mode})", source=str(self.path))

    def close(self) -> None:
        """Close the connection (pending transactions are rolled back)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def connect_readonly(self) -> sqlite3.Connection:
        """A new read-only connection to this store, for readers running beside a writer.

        It is in autocommit mode: each query sees the latest committed state; run several queries
        inside ``BEGIN`` ... ``COMMIT`` to see one consistent snapshot.
        """
        uri = self.path.as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction: committed on success, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- schema --------------------------------------------------------------------------

    def schema_version(self) -> int:
        """The number of the last migration applied to this store (0 for a new file)."""
        if not self._has_table("schema_migrations"):
            return 0
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def _has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def _check_is_bilat(self, latest: int) -> None:
        tables = self.conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if tables and not self._has_table("schema_migrations"):
            raise StoreError("is not a bilat database (it has other tables)", source=str(self.path))
        current = self.schema_version()
        if current > latest:
            raise StoreError(
                f"was written by a newer bilat (schema {current}, this version knows {latest})",
                source=str(self.path),
            )

    def _migrate(self) -> None:
        migrations = load_migrations()
        latest = migrations[-1].version if migrations else 0
        self._check_is_bilat(latest)
        if self.schema_version() == latest:
            return
        with self.transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = self.schema_version()  # re-read under the write lock: another process may have won
            for migration in migrations:
                if migration.version > done:
                    self._apply(conn, migration)

    @staticmethod
    def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
        for statement in split_sql(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, now_iso()),
        )

    # -- documents and versions ----------------------------------------------------------

    def current_version(self, source: str) -> CurrentVersion | None:
        """The active version of the document read from `source`, if any."""
        row = self.conn.execute(
            "SELECT d.id AS document_id, v.id AS version_id, v.doc_id, v.extractor"
            " FROM documents d JOIN document_versions v ON v.id = d.current_version_id"
            " WHERE d.source = ?",
            (source,),
        ).fetchone()
        if row is None:
            return None
        return CurrentVersion(row["document_id"], row["version_id"], row["doc_id"], row["extractor"])

    def ensure_document(self, source: str) -> int:
        """The id of the document read from `source`, created if new."""
        row = self.conn.execute("SELECT id FROM documents WHERE source = ?", (source,)).fetchone()
        if row is not None:
            return int(row[0])
        stamp = now_iso()
        cursor = self.conn.execute(
            "INSERT INTO documents (source, current_version_id, created_at, updated_at)"
            " VALUES (?, NULL, ?, ?)",
            (source, stamp, stamp),
        )
        return int(cursor.lastrowid or 0)

    def add_version(
        self, document_id: int, doc: VersionSource, *, record: dict[str, Any] | None, extractor: str | None
    ) -> int:
        """Store a new version of a document with its record, and make it the current one."""
        stamp = now_iso()
        cursor = self.conn.execute(
            "INSERT INTO document_versions (document_id, doc_id, name, title, published,"
            " published_source, language, media_type, text, n_chars, ingested_at, extractor, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                doc.doc_id,
                doc.name,
                doc.title,
                doc.published,
                doc.published_source,
                doc.language,
                doc.media_type,
                doc.text,
                len(doc.text),
                stamp,
                extractor,
                _record_json(record),
            ),
        )
        version_id = int(cursor.lastrowid or 0)
        self.conn.execute(
            "UPDATE documents SET current_version_id = ?, updated_at = ? WHERE id = ?",
            (version_id, stamp, document_id),
        )
        return version_id

    def supersede_version(self, version_id: int) -> None:
        """Mark a version as replaced: it and its facts stay, inactive."""
        self.conn.execute(
            "UPDATE document_versions SET superseded_at = ? WHERE id = ?", (now_iso(), version_id)
        )
        self.conn.execute("UPDATE facts SET active = 0 WHERE version_id = ?", (version_id,))

    def add_facts(self, version_id: int, facts: Iterable[FactRow]) -> int:
        """Store the facts of a version; returns how many were written."""
        rows = [
            (version_id, f.field, f.ordinal, f.label, f.date, f.date_end, f.data, f.evidence) for f in facts
        ]
        self.conn.executemany(
            "INSERT INTO facts (version_id, field, ordinal, label, date, date_end, data, evidence, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
        return len(rows)

    def replace_record(
        self,
        version_id: int,
        facts: Iterable[FactRow],
        *,
        record: dict[str, Any] | None,
        extractor: str | None,
    ) -> int:
        """Re-extraction of an unchanged version: drop its old facts (and what cites them), store new ones."""
        old = "SELECT id FROM facts WHERE version_id = ?"
        self.conn.execute(f"DELETE FROM mentions WHERE fact_id IN ({old})", (version_id,))
        self.conn.execute(f"DELETE FROM links WHERE fact_id IN ({old})", (version_id,))
        self.conn.execute("DELETE FROM facts WHERE version_id = ?", (version_id,))
        self.conn.execute(
            "UPDATE document_versions SET record = ?, extractor = ? WHERE id = ?",
            (_record_json(record), extractor, version_id),
        )
        self.conn.execute(
            "UPDATE documents SET updated_at = ? WHERE current_version_id = ?", (now_iso(), version_id)
        )
        return self.add_facts(version_id, facts)

    def fact_counts(self) -> dict[str, int]:
        """How many active facts the store holds, by field (partnerships, events, ...)."""
        rows = self.conn.execute("SELECT field, COUNT(*) FROM facts WHERE active = 1 GROUP BY field")
        return {str(field): int(n) for field, n in rows}

    def counts(self) -> dict[str, int]:
        """How many documents, versions, active facts, entities and links the store holds."""
        queries = {
            "documents": "SELECT COUNT(*) FROM documents",
            "versions": "SELECT COUNT(*) FROM document_versions",
            "facts": "SELECT COUNT(*) FROM facts WHERE active = 1",
            "entities": "SELECT COUNT(*) FROM entities",
            "links": "SELECT COUNT(*) FROM links",
        }
        return {key: int(self.conn.execute(sql).fetchone()[0]) for key, sql in queries.items()}


def _record_json(record: dict[str, Any] | None) -> str | None:
    return None if record is None else json.dumps(record, ensure_ascii=False, sort_keys=False)
