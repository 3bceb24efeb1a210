"""The sources of entities: the facts that report them, their documents and evidence text.

A page of results needs three queries whatever its length: the first facts of each entity
(window function), their evidence spans' text (one compound select), and the fact counts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from bilat.query.model import Source

MAX_EVIDENCE_CHARS = 400
CHUNK = 400  # ids or spans per statement (below SQLite's limits on variables and compound selects)


def source_counts(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> dict[int, int]:
    """How many facts state each entity."""
    counts: dict[int, int] = {}
    for chunk in _chunks(sorted(set(entity_ids))):
        rows = conn.execute(
            f"SELECT entity_id, count(*) FROM mentions WHERE entity_id IN ({_marks(chunk)})"
            " AND role = 'subject' GROUP BY entity_id",
            chunk,
        )
        counts.update({int(i): int(n) for i, n in rows})
    return counts


def sources_of(
    conn: sqlite3.Connection, entity_ids: Iterable[int], role: str = "subject", limit: int = 20
) -> dict[int, list[Source]]:
    """For each entity, the first facts that state it (in `role`), with document and evidence text."""
    ids = sorted(set(entity_ids))
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += conn.execute(
            "SELECT m.entity_id, f.id, f.evidence, v.id, v.name, v.title, v.published FROM ("
            " SELECT entity_id, fact_id, row_number() OVER (PARTITION BY entity_id ORDER BY fact_id) AS n"
            f" FROM mentions WHERE entity_id IN ({_marks(chunk)}) AND role = ?) m"
            " JOIN facts f ON f.id = m.fact_id JOIN document_versions v ON v.id = f.version_id"
            " WHERE m.n <= ? ORDER BY m.entity_id, f.id",
            (*chunk, role, limit),
        ).fetchall()
    spans = {int(r[1]): (int(r[3]), _spans(r[2])) for r in rows}
    texts = _span_texts(conn, [(v, s) for v, spans_ in spans.values() for s in spans_])
    found: dict[int, list[Source]] = {i: [] for i in ids}
    for entity_id, fact_id, _, version_id, name, title, published in rows:
        evidence = [
            {"start": s, "end": e, "text": texts.get((int(version_id), s, e), "")}
            for s, e in spans[int(fact_id)][1]
        ]
        found[int(entity_id)].append(Source(int(fact_id), name, title, published, int(version_id), evidence))
    return found


def evidence_text(conn: sqlite3.Connection, version_id: int, evidence: str | None) -> list[dict[str, object]]:
    """Evidence spans of one fact with the words they cover."""
    spans = _spans(evidence)
    texts = _span_texts(conn, [(version_id, s) for s in spans])
    return [{"start": s, "end": e, "text": texts.get((version_id, s, e), "")} for s, e in spans]


def _spans(evidence: str | None) -> list[tuple[int, int]]:
    try:
        items = json.loads(evidence or "[]")
    except ValueError:
        return []
    spans = []
    for span in items if isinstance(items, list) else []:
        start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            spans.append((start, end))
    return spans


def _span_texts(
    conn: sqlite3.Connection, spans: list[tuple[int, tuple[int, int]]]
) -> dict[tuple[int, int, int], str]:
    """The text of each (version, (start, end)) span, read with one compound select per chunk."""
    wanted = sorted({(v, s, e) for v, (s, e) in spans})
    texts: dict[tuple[int, int, int], str] = {}
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i : i + CHUNK]
        sql = " UNION ALL ".join(
            "SELECT ?, ?, ?, substr(text, ?, ?) FROM document_versions WHERE id = ?" for _ in chunk
        )
        params = [p for v, s, e in chunk for p in (v, s, e, s + 1, min(e - s, MAX_EVIDENCE_CHARS), v)]
        texts.update({(int(v), int(s), int(e)): str(t or "") for v, s, e, t in conn.execute(sql, params)})
    return texts


def _marks(values: list[int]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]
