"""The graph as GraphML (networkx): entities as nodes, links as edges weighted by their facts."""

from __future__ import annotations

from typing import IO

import networkx as nx

from bilat.query.export.graph import Graph


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The graph as a networkx multigraph with string/int attributes only."""
    g = nx.MultiDiGraph()
    for node in graph.nodes:
        g.add_node(
            f"e{node.id}",
            kind=node.kind,
            name=node.name,
            country=node.country or "",
            ror_id=node.ror_id or "",
            date=str(node.data.get("date") or ""),
            documents=len(node.documents),
        )
    for edge in graph.edges:
        g.add_edge(
            f"e{edge.src}", f"e{edge.dst}", key=edge.type, type=edge.type, weight=max(1, len(edge.facts))
        )
    return g


def write(graph: Graph, out: IO[str]) -> None:
    """Write the graph as GraphML text."""
    for line in nx.generate_graphml(to_networkx(graph), prettyprint=True):
        out.write(line + "\n")
