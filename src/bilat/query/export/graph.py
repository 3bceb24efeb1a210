"""The whole graph read once from the store, for the exporters."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class GraphNode:
    """An entity with its aliases and the document versions that mention it."""

    id: int
    kind: str
    key: str
    name: str
    country: str | None
    ror_id: str | None
    data: dict[str, Any]
    aliases: list[str] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)


@dataclass
class GraphEdge:
    """A typed link between two entities with the facts that state it."""

    src: int
    dst: int
    type: str
    facts: list[int]


@dataclass
class Graph:
    """Documents, entities, links and mentions (fact -> entity, with evidence) of a store."""

    documents: list[dict[str, Any]]
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    mentions: list[dict[str, Any]]


def load_graph(conn: sqlite3.Connection) -> Graph:
    """Read every current document, entity, link and mention."""
    documents = [
        {"id": int(r[0]), "name": r[1], "title": r[2], "published": r[3], "source": r[4]}
        for r in conn.execute(
            "SELECT v.id, v.name, v.title, v.published, d.source FROM documents d"
            " JOIN document_versions v ON v.id = d.current_version_id ORDER BY v.id"
        )
    ]
    aliases: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in conn.execute("SELECT entity_id, alias FROM entity_aliases ORDER BY alias"):
        aliases[int(entity_id)].append(alias)
    docs: dict[int, list[int]] = defaultdict(list)
    for entity_id, version_id in conn.execute("SELECT entity_id, version_id FROM entity_documents"):
        docs[int(entity_id)].append(int(version_id))
    nodes = [
        GraphNode(
            int(r[0]),
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            json.loads(r[6] or "{}"),
            aliases[int(r[0])],
            sorted(docs[int(r[0])]),
        )
        for r in conn.execute("SELECT id, kind, key, name, country, ror_id, data FROM entities ORDER BY id")
    ]
    facts: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for src, dst, type_, fact_id in conn.execute(
        "SELECT src_id, dst_id, type, fact_id FROM links ORDER BY id"
    ):
        facts[(int(src), int(dst), str(type_))].append(int(fact_id) if fact_id is not None else 0)
    edges = [GraphEdge(s, d, t, sorted(set(f) - {0})) for (s, d, t), f in facts.items()]
    mentions = [
        {
            "fact": int(r[0]),
            "entity": int(r[1]),
            "role": r[2],
            "document": int(r[3]),
            "field": r[4],
            "evidence": json.loads(r[5] or "[]"),
        }
        for r in conn.execute(
            "SELECT m.fact_id, m.entity_id, m.role, f.version_id, f.field, f.evidence FROM mentions m"
            " JOIN facts f ON f.id = m.fact_id ORDER BY m.fact_id"
        )
    ]
    return Graph(documents, nodes, edges, mentions)
