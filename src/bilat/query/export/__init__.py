"""Exports of the whole graph: json, csv, graphml, ics (events and call deadlines), jsonld (schema.org).

Each format is a module of this package with `write(graph, out)`; it is imported only when used
(networkx, icalendar and rdflib are slow to import), so naming the formats costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import IO, TYPE_CHECKING

from bilat.errors import QueryError

if TYPE_CHECKING:
    import sqlite3

FORMATS: dict[str, str] = {
    "json": "json_export",
    "csv": "csv_export",
    "graphml": "graphml",
    "ics": "ics",
    "jsonld": "jsonld",
}


def write(conn: sqlite3.Connection, format: str, out: IO[str]) -> None:
    """Write the graph of the store in `format` to the text stream `out`."""
    module = FORMATS.get(format.lower())
    if module is None:
        raise QueryError(f"unknown export format {format!r} (use one of: {', '.join(FORMATS)})")
    from bilat.query.export.graph import load_graph

    import_module(f"{__name__}.{module}").write(load_graph(conn), out)
