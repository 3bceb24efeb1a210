"""The graph as CSV: one row per entity, then one row per link (a `record` column tells which)."""

from __future__ import annotations

import csv
import json
from typing import IO

from bilat.query.export.graph import Graph

COLUMNS = [
    "record",
    "id",
    "kind",
    "name",
    "country",
    "ror_id",
    "aliases",
    "documents",
    "date",
    "src",
    "dst",
    "type",
    "facts",
]


def write(graph: Graph, out: IO[str]) -> None:
    """Write entity rows (record=entity) and link rows (record=link) under one header."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for node in graph.nodes:
        writer.writerow(
            {
                "record": "entity",
                "id": node.id,
                "kind": node.kind,
                "name": node.name,
                "country": node.country or "",
                "ror_id": node.ror_id or "",
                "aliases": " | ".join(node.aliases),
                "documents": len(node.documents),
                "date": node.data.get("date") or "",
            }
        )
    for edge in graph.edges:
        writer.writerow(
            {
                "record": "link",
                "src": edge.src,
                "dst": edge.dst,
                "type": edge.type,
                "facts": json.dumps(edge.facts),
            }
        )
