"""Full-text search (SQLite FTS5) over current documents and active facts, ranked by BM25."""

from __future__ import annotations

import re
import sqlite3

from bilat.errors import QueryError
from bilat.query.model import Page, SearchHit

OPEN, CLOSE = "\ue000", "\ue001"
SNIPPET_WORDS = 16
_WORD = re.compile(r"\w+", re.UNICODE)

DOCUMENTS = (
    "SELECT 'document', -s.rank, v.name, v.title, v.published, v.id,"
    f" snippet(document_versions_fts, -1, '{OPEN}', '{CLOSE}', '…', {SNIPPET_WORDS}), NULL, NULL"
    " FROM document_versions_fts s JOIN document_versions v ON v.id = s.rowid"
    " JOIN documents d ON d.current_version_id = v.id WHERE document_versions_fts MATCH ?"
)
FACTS = (
    "SELECT 'fact', -s.rank, v.name, v.title, v.published, v.id,"
    f" snippet(facts_fts, -1, '{OPEN}', '{CLOSE}', '…', {SNIPPET_WORDS}), f.id, f.field"
    " FROM facts_fts s JOIN facts f ON f.id = s.rowid AND f.active = 1"
    " JOIN document_versions v ON v.id = f.version_id WHERE facts_fts MATCH ?"
)


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of `text` as a quoted term (all must match)."""
    words = _WORD.findall(text)
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, text: str, *, limit: int, offset: int) -> Page[SearchHit]:
    """Documents and facts matching `text`, best first; FTS5 syntax is used when valid."""
    try:
        return _run(conn, text.strip(), limit, offset)
    except sqlite3.OperationalError:
        return _run(conn, fts_query(text), limit, offset)


def _run(conn: sqlite3.Connection, query: str, limit: int, offset: int) -> Page[SearchHit]:
    if not query:
        raise QueryError("nothing to search for")
    total = 0
    for sql in (DOCUMENTS, FACTS):
        total += int(conn.execute(f"SELECT count(*) FROM ({sql})", (query,)).fetchone()[0])
    rows = conn.execute(
        f"SELECT * FROM ({DOCUMENTS} UNION ALL {FACTS}) ORDER BY 2 DESC LIMIT ? OFFSET ?",
        (query, query, limit, offset),
    ).fetchall()
    return Page([_hit(r) for r in rows], total, limit, offset)


def _hit(row: tuple[object, ...]) -> SearchHit:
    kind, score, name, title, published, version_id, snippet, fact_id, field = row
    text, highlights = _highlights(str(snippet or ""))
    return SearchHit(
        kind=str(kind),
        score=round(float(score or 0.0), 4),  # type: ignore[arg-type]
        document=str(name),
        title=title if isinstance(title, str) else None,
        published=published if isinstance(published, str) else None,
        version_id=int(version_id),  # type: ignore[call-overload]
        snippet=text,
        highlights=highlights,
        fact_id=int(fact_id) if isinstance(fact_id, int) else None,
        field=field if isinstance(field, str) else None,
    )


def _highlights(marked: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and the [start, end) offsets of its highlighted words."""
    text, spans, start = [], [], 0
    length = 0
    for ch in marked:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            spans.append([start, length])
        else:
            text.append(ch)
            length += 1
    return "".join(text), spans
