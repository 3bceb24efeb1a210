"""The graph as one JSON document (schema "bilat-graph/1")."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import IO

from bilat.query.export.graph import Graph


def write(graph: Graph, out: IO[str]) -> None:
    """Write documents, entities, links and mentions (with evidence offsets) as JSON."""
    payload = {
        "schema": "bilat-graph/1",
        "documents": graph.documents,
        "entities": [asdict(n) for n in graph.nodes],
        "links": [asdict(e) for e in graph.edges],
        "mentions": graph.mentions,
    }
    json.dump(payload, out, ensure_ascii=False, indent=1)
    out.write("\n")
