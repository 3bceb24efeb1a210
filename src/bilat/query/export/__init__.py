"""Exports of the whole graph: json, csv, graphml, ics (events and call deadlines), jsonld (schema.org)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import IO

from bilat.errors import QueryError
from bilat.query.export import csv_export, graphml, ics, json_export, jsonld
from bilat.query.export.graph import load_graph

FORMATS: dict[str, Callable[..., None]] = {
    "json": json_export.write,
    "csv": csv_export.write,
    "graphml": graphml.write,
    "ics": ics.write,
    "jsonld": jsonld.write,
}


def write(conn: sqlite3.Connection, format: str, out: IO[str]) -> None:
    """Write the graph of the store in `format` to the text stream `out`."""
    writer = FORMATS.get(format.lower())
    if writer is None:
        raise QueryError(f"unknown export format {format!r} (use one of: {', '.join(FORMATS)})")
    writer(load_graph(conn), out)
