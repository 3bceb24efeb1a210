"""What the resolvers know about the document version being linked."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from bilat.graph.normalize import date_part, year_of


@dataclass
class Fact:
    """One active fact row of a version."""

    id: int
    field: str
    date: str | None
    date_end: str | None
    data: Any


@dataclass
class VersionContext:
    """A document version with its partners and dates, and the entities its facts touched."""

    conn: sqlite3.Connection
    version_id: int
    published: str | None
    pairs: list[tuple[str, str]]
    facts: list[Fact]
    touched: dict[int, str] = field(default_factory=dict)
    partner_ids: dict[str, int] = field(default_factory=dict)
    known_links: dict[int, set[tuple[int, int, str]]] | None = None  # see `entities.known_links`

    @property
    def partners(self) -> set[str]:
        """Every partner code of the document's partnerships."""
        return {code for pair in self.pairs for code in pair}

    @property
    def year(self) -> str:
        """The publication year, or '' when unknown."""
        return year_of(self.published) or ""

    def date_range(self) -> tuple[str | None, str | None]:
        """The earliest and latest dates among the version's dated facts."""
        dates = sorted(d for f in self.facts for d in (date_part(f.date), date_part(f.date_end)) if d)
        return (dates[0], dates[-1]) if dates else (None, None)

    def touch(self, entity_id: int, kind: str) -> int:
        """Note that this version mentions an entity; return the id."""
        self.touched[entity_id] = kind
        return entity_id


def load_facts(conn: sqlite3.Connection, version_id: int, *, active_only: bool = True) -> list[Fact]:
    """The facts of a version (only the active ones by default), in record order."""
    sql = "SELECT id, field, date, date_end, data FROM facts WHERE version_id = ?"
    if active_only:
        sql += " AND active = 1"
    rows = conn.execute(sql + " ORDER BY field, ordinal", (version_id,)).fetchall()
    return [Fact(int(r[0]), str(r[1]), r[2], r[3], _loads(r[4])) for r in rows]


def _loads(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except (TypeError, ValueError):
        return text


def pair_of(data: Any) -> tuple[str, str] | None:
    """A sorted partner pair from a partnerships item (["JP", "SE"], "JP-SE" or {"pair": [...]})."""
    if isinstance(data, dict):
        data = data.get("pair") or data.get("partners") or data.get("value")
    if isinstance(data, str):
        data = data.replace("–", "-").split("-")
    if isinstance(data, list | tuple) and len(data) == 2 and all(isinstance(c, str) and c for c in data):
        a, b = sorted(c.strip().upper() for c in data)
        return (a, b) if a != b else None
    return None


def topic_of(data: Any) -> str | None:
    """The topic id of a topics item ("ai" or {"id": "ai"})."""
    if isinstance(data, dict):
        data = data.get("id") or data.get("topic")
    return data.strip() if isinstance(data, str) and data.strip() else None


def version_context(conn: sqlite3.Connection, version_id: int) -> VersionContext:
    """Load a version's publication date, partnerships and active facts."""
    row = conn.execute(
        "SELECT published, record FROM document_versions WHERE id = ?", (version_id,)
    ).fetchone()
    facts = load_facts(conn, version_id)
    pairs = sorted({p for f in facts if f.field == "partnerships" and (p := pair_of(f.data))})
    published = (row[0] or record_published(row[1])) if row else None
    return VersionContext(conn, version_id, published, pairs, facts)


def record_published(record: str | None) -> str | None:
    """The date the extractor found for the document, when its metadata gave none."""
    data = _loads(record)
    value = data.get("published") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def version_pairs(conn: sqlite3.Connection, version_id: int) -> list[tuple[str, str]]:
    """The partner pairs of a version's partnerships."""
    rows = conn.execute(
        "SELECT data FROM facts WHERE version_id = ? AND field = 'partnerships'", (version_id,)
    )
    return sorted({p for (data,) in rows if (p := pair_of(_loads(data)))})
