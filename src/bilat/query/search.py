"""Full-text search (SQLite FTS5) over current documents and active facts, ranked by BM25.

Each index ranks (BM25) its RANK_WINDOW most recently stored matches, the best rows are taken
first and snippets are made for the page shown only, so a search stays fast however many rows
match; `total` still counts every match.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from bilat.errors import QueryError
from bilat.query.model import Page, SearchHit

OPEN, CLOSE = "\ue000", "\ue001"
SNIPPET_WORDS = 16
RANK_WINDOW = 5000  # BM25 ranks the most recently stored matches of each index, so cost stays bounded
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Index:
    """One FTS5 table, how to keep its live rows, and how to describe a hit."""

    table: str
    kind: str
    alive: str  # SQL keeping rows of current documents / active facts; ? = rowid list
    describe: str  # SQL giving (name, title, published, version_id, fact_id, field) for rowid ?


DOCUMENTS = Index(
    "document_versions_fts",
    "document",
    "SELECT v.id FROM document_versions v JOIN documents d ON d.current_version_id = v.id WHERE v.id IN ({})",
    "SELECT v.name, v.title, v.published, v.id, NULL, NULL FROM document_versions v WHERE v.id = ?",
)
FACTS = Index(
    "facts_fts",
    "fact",
    "SELECT f.id FROM facts f WHERE f.active = 1 AND f.id IN ({})",
    "SELECT v.name, v.title, v.published, v.id, f.id, f.field FROM facts f"
    " JOIN document_versions v ON v.id = f.version_id WHERE f.id = ?",
)


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of `text` as a quoted term (all must match)."""
    words = _WORD.findall(text)
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, text: str, *, limit: int, offset: int) -> Page[SearchHit]:
    """Documents and facts matching `text`, best first; FTS5 syntax is used when valid."""
    if not text.strip():
        raise QueryError("nothing to search for")
    try:
        return _run(conn, text.strip(), limit, offset)
    except sqlite3.OperationalError:
        return _run(conn, fts_query(text), limit, offset)


def _run(conn: sqlite3.Connection, query: str, limit: int, offset: int) -> Page[SearchHit]:
    want = limit + offset
    ranked: list[tuple[float, Index, int]] = []
    total = 0
    for index in (DOCUMENTS, FACTS):
        total += int(
            conn.execute(
                f"SELECT count(*) FROM {index.table} WHERE {index.table} MATCH ?", (query,)
            ).fetchone()[0]
        )
        best = _best(conn, index, query, want)
        top = max((score for _, score in best), default=1.0) or 1.0
        # relative to the index's best hit, so short facts do not bury the documents
        ranked += [(score / top, index, rowid) for rowid, score in best]
    ranked.sort(key=lambda r: -r[0])
    hits = [_hit(conn, index, rowid, score, query) for score, index, rowid in ranked[offset:want]]
    return Page(hits, total, limit, offset)


def _window_start(conn: sqlite3.Connection, index: Index, query: str) -> int:
    """The lowest rowid among the RANK_WINDOW most recently stored matches (0: rank them all)."""
    row = conn.execute(
        f"SELECT rowid FROM {index.table} WHERE {index.table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (query, RANK_WINDOW - 1),
    ).fetchone()
    return int(row[0]) if row else 0


def _best(conn: sqlite3.Connection, index: Index, query: str, want: int) -> list[tuple[int, float]]:
    """The `want` best live rows of an index as (rowid, score), score higher = better."""
    found: list[tuple[int, float]] = []
    fetch = want * 2 + 10
    start = _window_start(conn, index, query)
    while True:
        rows = conn.execute(
            f"SELECT rowid, -rank FROM {index.table} WHERE {index.table} MATCH ? AND rowid >= ?"
            " ORDER BY rank LIMIT ?",
            (query, start, fetch),
        ).fetchall()
        ids = [int(r[0]) for r in rows]
        live = (
            {int(r[0]) for r in conn.execute(index.alive.format(",".join("?" * len(ids))), ids)}
            if ids
            else set()
        )
        found = [(int(r[0]), float(r[1])) for r in rows if int(r[0]) in live]
        if len(found) >= want or len(rows) < fetch:
            return found[:want]
        fetch *= 4


def _hit(conn: sqlite3.Connection, index: Index, rowid: int, score: float, query: str) -> SearchHit:
    snippet = conn.execute(
        f"SELECT snippet({index.table}, -1, '{OPEN}', '{CLOSE}', '…', {SNIPPET_WORDS}) FROM {index.table}"
        f" WHERE {index.table} MATCH ? AND rowid = ?",
        (query, rowid),
    ).fetchone()
    name, title, published, version_id, fact_id, field = conn.execute(index.describe, (rowid,)).fetchone()
    text, highlights = _highlights(str(snippet[0] if snippet else ""))
    return SearchHit(
        kind=index.kind,
        score=round(score, 4),
        document=str(name),
        title=title,
        published=published,
        version_id=int(version_id),
        snippet=text,
        highlights=highlights,
        fact_id=int(fact_id) if fact_id is not None else None,
        field=field,
    )


def _highlights(marked: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and the [start, end) offsets of its highlighted words."""
    text: list[str] = []
    spans: list[list[int]] = []
    start = length = 0
    for ch in marked:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            spans.append([start, length])
        else:
            text.append(ch)
            length += 1
    return "".join(text), spans
