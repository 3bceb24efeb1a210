"""The sources of entities: the facts that report them, their documents and evidence text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from bilat.query.model import Source

MAX_EVIDENCE_CHARS = 400
MAX_SOURCES = 20  # per entity: the first documents that reported it


def sources_of(
    conn: sqlite3.Connection, entity_ids: Iterable[int], role: str = "subject"
) -> dict[int, list[Source]]:
    """For each entity, the first facts that state it (in `role`), with document and evidence text."""
    found: dict[int, list[Source]] = {}
    for entity_id in sorted(set(entity_ids)):
        rows = conn.execute(
            "SELECT f.id, f.evidence, v.id, v.name, v.title, v.published"
            " FROM mentions m JOIN facts f ON f.id = m.fact_id"
            " JOIN document_versions v ON v.id = f.version_id"
            " WHERE m.entity_id = ? AND m.role = ? ORDER BY f.id LIMIT ?",
            (entity_id, role, MAX_SOURCES),
        ).fetchall()
        found[entity_id] = [
            Source(
                int(fact_id),
                name,
                title,
                published,
                int(version_id),
                evidence_text(conn, version_id, evidence),
            )
            for fact_id, evidence, version_id, name, title, published in rows
        ]
    return found


def evidence_text(conn: sqlite3.Connection, version_id: int, evidence: str | None) -> list[dict[str, object]]:
    """Evidence spans of a fact with the words they cover."""
    try:
        spans = json.loads(evidence or "[]")
    except ValueError:
        return []
    result: list[dict[str, object]] = []
    for span in spans if isinstance(spans, list) else []:
        start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        length = min(end - start, MAX_EVIDENCE_CHARS)
        row = conn.execute(
            "SELECT substr(text, ?, ?) FROM document_versions WHERE id = ?", (start + 1, length, version_id)
        ).fetchone()
        result.append({"start": start, "end": end, "text": row[0] if row else ""})
    return result
