"""Finding entities by name and describing them: aliases, roles, documents, related entities."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bilat.graph.context import record_published
from bilat.graph.names import person_norm
from bilat.graph.normalize import fold
from bilat.graph.partners import country_code
from bilat.query.model import DocumentRef, EntityProfile, EntityRef, Page, Role

RELATED = 20
RECENT_DOCUMENTS = 500
LINK_SCAN = 5000  # links read per direction for an entity's profile


def _refs(conn: sqlite3.Connection, ids: list[int]) -> list[EntityRef]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT e.id, e.kind, e.name, e.country, coalesce(s.documents, 0) FROM entities e"
        f" LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE e.id IN ({marks})",
        ids,
    ).fetchall()
    by_id = {int(r[0]): EntityRef(int(r[0]), r[1], r[2], r[3], int(r[4])) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def find(conn: sqlite3.Connection, name: str, *, kind: str | None = None, limit: int = 20) -> list[EntityRef]:
    """Entities whose name, alias, code or key matches `name`, most documented first."""
    ids: set[int] = set()
    norms = {fold(name), person_norm(name)} - {""}
    for norm in norms:
        ids |= {
            int(r[0]) for r in conn.execute("SELECT entity_id FROM entity_aliases WHERE norm = ?", (norm,))
        }
    code = country_code(name)
    keys = [("partner", code)] if code else []
    keys += [("topic", name.strip().lower()), ("partnership", name.strip().upper())]
    for k, key in keys:
        ids |= {
            int(r[0]) for r in conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (k, key))
        }
    ids |= {int(r[0]) for r in conn.execute("SELECT id FROM entities WHERE name = ?", (name.strip(),))}
    if not ids and len(fold(name)) >= 3:
        prefix = fold(name)
        rows = conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE norm >= ? AND norm < ? LIMIT 200",
            (prefix, prefix + "\uffff"),
        )
        ids = {int(r[0]) for r in rows}
    refs = [r for r in _refs(conn, sorted(ids)) if kind is None or r.kind == kind]
    return sorted(refs, key=lambda r: (-r.documents, r.id))[:limit]


def cooccurring(conn: sqlite3.Connection, entity_id: int, kind: str, limit: int) -> list[EntityRef]:
    """Entities of `kind` mentioned most often in the recent documents that mention `entity_id`."""
    return _sharing(conn, entity_id, "o.kind = :kind", {"kind": kind, "limit": limit})


def _sharing(conn: sqlite3.Connection, entity_id: int, kinds: str, params: dict[str, Any]) -> list[EntityRef]:
    """Entities (of `kinds`) in most of the recent documents of `entity_id`, with how many as detail."""
    rows = conn.execute(
        "SELECT o.entity_id, count(*) AS n FROM (SELECT version_id FROM entity_documents"
        " WHERE entity_id = :id ORDER BY version_id DESC LIMIT :recent) ed"
        " JOIN entity_documents o ON o.version_id = ed.version_id"
        f" WHERE o.entity_id != :id AND {kinds}"
        " GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT :limit",
        {"id": entity_id, "recent": RECENT_DOCUMENTS, **params},
    ).fetchall()
    refs = _refs(conn, [int(r[0]) for r in rows])
    shared = {int(r[0]): int(r[1]) for r in rows}
    for ref in refs:
        ref.detail = plural(shared[ref.id], "shared document")
    return refs


def plural(count: int, noun: str) -> str:
    """The count with its noun, plural unless one ("1 shared document", "2 shared documents")."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def people_with_roles(conn: sqlite3.Connection, entity_id: int, limit: int) -> list[EntityRef]:
    """People co-mentioned with an entity, each with their latest stated role as detail."""
    people = cooccurring(conn, entity_id, "person", limit)
    for ref in people:
        ref.detail = latest_role(conn, ref.id)
    return people


def latest_role(conn: sqlite3.Connection, person_id: int) -> str | None:
    """The role stated for a person by the most recently stored document that gives one."""
    rows = conn.execute(
        "SELECT f.data FROM mentions m JOIN facts f ON f.id = m.fact_id"
        " WHERE m.entity_id = ? AND m.role = 'subject' ORDER BY m.fact_id DESC LIMIT 20",
        (person_id,),
    )
    return next((role for (data,) in rows if (role := _role(data))), None)


def roles_of(conn: sqlite3.Connection, person_id: int) -> list[Role]:
    """The roles of a person over time, each with the date of the document that states it."""
    rows = conn.execute(
        "SELECT f.data, coalesce(v.published, v.record), v.name"
        " FROM mentions m JOIN facts f ON f.id = m.fact_id"
        " JOIN document_versions v ON v.id = f.version_id WHERE m.entity_id = ? AND m.role = 'subject'"
        " ORDER BY v.id",
        (person_id,),
    ).fetchall()
    roles: list[Role] = []
    for data, published, name in rows:
        role = _role(data)
        if role:
            roles.append(Role(role, _published(published), name))
    return sorted(roles, key=lambda r: (r.date is None, r.date or ""))


def _published(value: str | None) -> str | None:
    """The version's date, or the date its record found (the column holds the record JSON then)."""
    if value is None or not value.startswith("{"):
        return value
    return record_published(value)


def _role(data: str | None) -> str | None:
    try:
        item: Any = json.loads(data or "{}")
    except ValueError:
        return None
    role = item.get("role") if isinstance(item, dict) else None
    if isinstance(role, list):
        role = next((r for r in role if isinstance(r, str)), None)
    return role.strip() if isinstance(role, str) and role.strip() else None


def series_names(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, str]:
    """The name of the series each event belongs to."""
    if not event_ids:
        return {}
    marks = ",".join("?" * len(event_ids))
    rows = conn.execute(
        f"SELECT l.src_id, s.name FROM links l JOIN entities s ON s.id = l.dst_id"
        f" WHERE l.type = 'in_series' AND l.src_id IN ({marks})",
        event_ids,
    )
    return {int(r[0]): str(r[1]) for r in rows}


def documents_of(conn: sqlite3.Connection, entity_id: int, limit: int, offset: int) -> Page[DocumentRef]:
    """The documents that mention an entity, most recently stored first."""
    total = int(
        conn.execute("SELECT count(*) FROM entity_documents WHERE entity_id = ?", (entity_id,)).fetchone()[0]
    )
    rows = conn.execute(
        "SELECT v.name, v.title, v.published, v.id FROM entity_documents ed"
        " JOIN document_versions v ON v.id = ed.version_id WHERE ed.entity_id = ?"
        " ORDER BY ed.version_id DESC LIMIT ? OFFSET ?",
        (entity_id, limit, offset),
    ).fetchall()
    return Page([DocumentRef(r[0], r[1], r[2], int(r[3])) for r in rows], total, limit, offset)


def related(conn: sqlite3.Connection, entity_id: int) -> list[EntityRef]:
    """Entities most often mentioned in the same documents (among its most recent documents)."""
    return _sharing(conn, entity_id, "o.kind NOT IN ('partner', 'topic', 'partnership')", {"limit": RELATED})


def linked(conn: sqlite3.Connection, entity_id: int) -> list[EntityRef]:
    """Entities linked to this one (among its first links), each with the link type as detail."""
    rows = conn.execute(
        "SELECT DISTINCT other, type, outgoing FROM ("
        " SELECT dst_id AS other, type, 1 AS outgoing FROM links WHERE src_id = ? LIMIT ?) UNION"
        " SELECT DISTINCT other, type, outgoing FROM ("
        " SELECT src_id AS other, type, 0 AS outgoing FROM links WHERE dst_id = ? LIMIT ?) LIMIT 200",
        (entity_id, LINK_SCAN, entity_id, LINK_SCAN),
    ).fetchall()
    refs = {r.id: r for r in _refs(conn, sorted({int(r[0]) for r in rows}))}
    result = []
    for other, type_, outgoing in rows:
        if int(other) in refs:
            ref = EntityRef(
                **{**refs[int(other)].to_dict(), "detail": type_ if outgoing else f"{type_} (from)"}
            )
            result.append(ref)
    return result


def profile(conn: sqlite3.Connection, entity_id: int, *, limit: int, offset: int) -> EntityProfile | None:
    """The full description of one entity."""
    row = conn.execute(
        "SELECT id, kind, name, country, ror_id, data FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return None
    aliases = sorted(
        {
            str(r[0])
            for r in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        }
    )
    return EntityProfile(
        id=int(row[0]),
        kind=row[1],
        name=row[2],
        aliases=aliases,
        country=row[3],
        ror_id=row[4],
        data=json.loads(row[5] or "{}"),
        roles=roles_of(conn, entity_id) if row[1] == "person" else [],
        documents=documents_of(conn, entity_id, limit, offset),
        related=related(conn, entity_id),
        links=linked(conn, entity_id),
    )
