"""A read-only connection to a store, for readers (the web) that must never write through it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bilat.errors import StoreError


def connect(db_path: Path) -> sqlite3.Connection:
    """Open the store read-only, waiting briefly while a writer holds the lock."""
    if not db_path.is_file():
        raise StoreError("no store here (run `bilat ingest` first)", source=str(db_path))
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")  # an ingest (upload) may hold the write lock briefly
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the store: {exc}", source=str(db_path)) from exc
    return conn
