"""Small SQL helpers over the entity tables (entities, aliases, mentions, links, documents).

Plain SQL that PostgreSQL accepts as well; every function runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
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
    """The id of the entity with this key, created when missing (`create` under its older name)."""
    return create(conn, kind, key, name, **attrs)


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
    rows = [(entity_id, name, key) for name in names if name and (key := norm(name))]
    if rows:
        conn.executemany("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?,?,?)", rows)


def add_person_aliases(conn: sqlite3.Connection, entity_id: int, names: Iterable[str], norm: Any) -> None:
    """Record spellings of a person, and every word of the multi-word ones for surname look-ups."""
    norms = {key for name in names if name and (key := norm(name))}
    add_aliases(conn, entity_id, names, norm=norm)
    words = sorted((entity_id, n, w) for n in norms if " " in n for w in set(n.split()))
    if words:
        conn.executemany(
            "INSERT OR IGNORE INTO person_name_words (entity_id, norm, word) VALUES (?,?,?)", words
        )


def by_alias(conn: sqlite3.Connection, kind: str, norms: Iterable[str]) -> dict[int, set[str]]:
    """Entities of `kind` having one of the folded `norms`, with the norms each one matched."""
    return {entity_id: match.norms for entity_id, match in alias_matches(conn, kind, norms).items()}


@dataclass
class AliasMatch:
    """An entity found by its aliases: the norms it matched, and its name, country and ROR id."""

    norms: set[str]
    name: str
    country: str | None
    ror_id: str | None


def alias_matches(conn: sqlite3.Connection, kind: str, norms: Iterable[str]) -> dict[int, AliasMatch]:
    """`by_alias` with each entity's name, country and ROR id, in one query for all the norms.

    The entities come in the order resolution has always seen them (callers break ties by it):
    norm by norm in the iteration order of ``set(norms)``, and for each norm by entity name, then id.
    """
    wanted = list(set(norms))
    if not wanted:
        return {}
    rows = conn.execute(
        # CROSS JOIN (standard SQL) makes SQLite look the norms up in their index first rather than
        # walk every entity of the kind; PostgreSQL plans it as the inner join it is.
        "SELECT a.norm, a.entity_id, e.name, e.country, e.ror_id"
        " FROM entity_aliases a CROSS JOIN entities e"
        f" WHERE e.id = a.entity_id AND a.norm IN ({','.join('?' * len(wanted))}) AND e.kind = ?",
        (*wanted, kind),
    ).fetchall()
    per_norm: dict[str, list[tuple[str, int, str | None, str | None]]] = {}
    for norm, entity_id, name, country, ror_id in rows:
        per_norm.setdefault(str(norm), []).append((str(name), int(entity_id), country, ror_id))
    found: dict[int, AliasMatch] = {}
    for norm in wanted:
        for name, entity_id, country, ror_id in sorted(per_norm.get(norm, ())):
            match = found.get(entity_id)
            if match is None:
                match = found[entity_id] = AliasMatch(set(), name, country, ror_id)
            match.norms.add(norm)
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


KnownLinks = dict[int, set[tuple[int, int, str]]]


def known_links(conn: sqlite3.Connection, version_id: int) -> KnownLinks:
    """The links backed by each fact of a version (every fact has an entry), for `link(known=...)`."""
    known: KnownLinks = {
        int(r[0]): set() for r in conn.execute("SELECT id FROM facts WHERE version_id = ?", (version_id,))
    }
    rows = conn.execute(
        "SELECT l.fact_id, l.src_id, l.dst_id, l.type FROM links l JOIN facts f ON f.id = l.fact_id"
        " WHERE f.version_id = ?",
        (version_id,),
    )
    for fact_id, src, dst, type_ in rows:
        known[int(fact_id)].add((int(src), int(dst), str(type_)))
    return known


def link(
    conn: sqlite3.Connection,
    src: int,
    dst: int,
    type_: str,
    fact_id: int | None,
    *,
    known: KnownLinks | None = None,
) -> None:
    """Record a typed link between two entities, backed by a fact (once per fact).

    `known` (from `known_links`, kept up to date here) spares a query per link while one version
    is linked; every link of its facts must then be written through this function.
    """
    if src == dst:
        return
    if known is not None and fact_id is not None and fact_id in known:
        if (src, dst, type_) in known[fact_id]:
            return
        known[fact_id].add((src, dst, type_))
    elif fact_id is not None:  # a fact has few links: compare them here rather than by their ends
        rows = conn.execute("SELECT src_id, dst_id, type FROM links WHERE fact_id = ?", (fact_id,)).fetchall()
        if any((r[0], r[1], r[2]) == (src, dst, type_) for r in rows):
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
