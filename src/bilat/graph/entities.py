"""Small SQL helpers over the entity tables (entities, aliases, mentions, links, documents).

Plain SQL that PostgreSQL accepts as well; every function runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bilat.graph.normalize import fold


def now() -> str:
    """The current UTC time as ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_key(conn: sqlite3.Connection, kind: str, key: str) -> int | None:
    """The id of the entity of `kind` with resolution `key`, or None."""
    row = conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    return int(row[0]) if row else None


def create(
    conn: sqlite3.Connection,
    kind: str,
    key: str,
    name: str,
    *,
    country: str | None = None,
    ror_id: str | None = None,
    data: dict[str, Any] | None = None,
) -> int:
    """Insert a new entity and return its id (the existing one if the key is taken)."""
    existing = find_key(conn, kind, key)
    if existing is not None:
        return existing
    cur = conn.execute(
        "INSERT INTO entities (kind, key, name, country, ror_id, data, created_at) VALUES (?,?,?,?,?,?,?)",
        (kind, key, name, country, ror_id, json.dumps(data or {}, ensure_ascii=False), now()),
    )
    return int(cur.lastrowid or 0)


def get_or_create(conn: sqlite3.Connection, kind: str, key: str, name: str, **attrs: Any) -> int:
    """The id of the entity with this key, created when missing."""
    found = find_key(conn, kind, key)
    return found if found is not None else create(conn, kind, key, name, **attrs)


def load(conn: sqlite3.Connection, entity_id: int) -> dict[str, Any] | None:
    """One entity as a dict (id, kind, key, name, country, ror_id, data), or None."""
    row = conn.execute(
        "SELECT id, kind, key, name, country, ror_id, data FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return None
    return {
        "id": row[0],
        "kind": row[1],
        "key": row[2],
        "name": row[3],
        "country": row[4],
        "ror_id": row[5],
        "data": json.loads(row[6] or "{}"),
    }


def update(conn: sqlite3.Connection, entity_id: int, **fields: Any) -> None:
    """Set some columns of an entity (`data` is serialised as JSON)."""
    if "data" in fields:
        fields["data"] = json.dumps(fields["data"], ensure_ascii=False)
    assignments = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(f"UPDATE entities SET {assignments} WHERE id = ?", (*fields.values(), entity_id))


def add_aliases(conn: sqlite3.Connection, entity_id: int, names: Iterable[str], norm: Any = fold) -> None:
    """Record spellings of an entity with their folded lookup form."""
    for name in names:
        key = norm(name)
        if name and key:
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?,?,?)",
                (entity_id, name, key),
            )


def by_alias(conn: sqlite3.Connection, kind: str, norms: Iterable[str]) -> dict[int, set[str]]:
    """Entities of `kind` having one of the folded `norms`, with the norms each one matched."""
    found: dict[int, set[str]] = {}
    for norm in set(norms):
        rows = conn.execute(
            "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.norm = ? AND e.kind = ?",
            (norm, kind),
        )
        for (entity_id,) in rows:
            found.setdefault(int(entity_id), set()).add(norm)
    return found


def aliases_of(conn: sqlite3.Connection, entity_id: int) -> list[tuple[str, str]]:
    """The (alias, norm) pairs of an entity."""
    rows = conn.execute("SELECT alias, norm FROM entity_aliases WHERE entity_id = ?", (entity_id,))
    return [(str(a), str(n)) for a, n in rows]


def mention(conn: sqlite3.Connection, fact_id: int, entity_id: int, role: str = "subject") -> None:
    """Record that a fact mentions an entity in a role."""
    conn.execute(
        "INSERT OR IGNORE INTO mentions (fact_id, entity_id, role) VALUES (?,?,?)", (fact_id, entity_id, role)
    )


def link(conn: sqlite3.Connection, src: int, dst: int, type_: str, fact_id: int | None) -> None:
    """Record a typed link between two entities, backed by a fact (once per fact)."""
    if src == dst:
        return
    if fact_id is not None:  # a fact has few links: compare them here rather than by their ends
        known = conn.execute(
            "SELECT src_id, dst_id, type FROM links WHERE fact_id = ?", (fact_id,)
        ).fetchall()
        if any((r[0], r[1], r[2]) == (src, dst, type_) for r in known):
            return
    conn.execute(
        "INSERT INTO links (src_id, dst_id, type, fact_id) VALUES (?,?,?,?)", (src, dst, type_, fact_id)
    )


def set_dates(
    conn: sqlite3.Connection,
    entity_id: int,
    kind: str,
    date: str | None,
    end: str | None,
    opening: str | None,
) -> None:
    """Keep the date row of an event, agreement or call entity."""
    conn.execute("DELETE FROM entity_dates WHERE entity_id = ?", (entity_id,))
    conn.execute(
        "INSERT INTO entity_dates (entity_id, kind, date, date_end, opening) VALUES (?,?,?,?,?)",
        (entity_id, kind, date, end, opening),
    )


def delete(conn: sqlite3.Connection, entity_id: int) -> None:
    """Remove an entity with its aliases, mentions, links, documents and dates."""
    for sql in (
        "DELETE FROM entity_aliases WHERE entity_id = ?",
        "DELETE FROM mentions WHERE entity_id = ?",
        "DELETE FROM links WHERE src_id = ? OR dst_id = ?",
        "DELETE FROM entity_documents WHERE entity_id = ?",
        "DELETE FROM entity_dates WHERE entity_id = ?",
        "DELETE FROM partnership_topics WHERE partnership_id = ? OR topic_id = ?",
        "DELETE FROM entity_topics WHERE entity_id = ? OR topic_id = ?",
        "DELETE FROM partnership_stats WHERE partnership_id = ?",
        "DELETE FROM entity_partners WHERE entity_id = ? OR partner_id = ?",
        "DELETE FROM entities WHERE id = ?",
    ):
        conn.execute(sql, (entity_id,) * sql.count("?"))
