"""Read-only queries the web needs that the query layer does not offer yet.

Every method runs a few indexed SQL statements over the store tables of
``graph/migrations/0001_initial.sql`` and returns dataclasses from
:mod:`bilat.web.models`. The lead may move these into ``bilat.query.api``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bilat.errors import QueryError, StoreError
from bilat.web.models import (
    Count,
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    Entity,
    EntityLink,
    Fact,
    FactPage,
    Matrix,
    MatrixCell,
    Network,
    NetworkEdge,
    NetworkNode,
    Overview,
    Partnership,
    PartnershipPage,
    PartnershipSummary,
    Span,
    TopicYear,
)
from bilat.web.names import pair_key, parse_pair, partner_name

FIELDS = ("partnerships", "topics", "organizations", "people", "programs", "agreements", "events", "calls",
          "amounts")
NEWEST = "coalesce(f.date, v.published) IS NULL, coalesce(f.date, v.published) DESC, f.id DESC"
OLDEST = "coalesce(f.date, v.published) IS NULL, coalesce(f.date, v.published), f.id"
TEXT_PART = 100_000  # characters of document text shown per page (keeps pages well under 1 MB)

# Temporary views giving each active document version its partner codes and topic ids,
# whether the item was stored as a bare list / string or as an object.
_VIEWS = """
CREATE TEMP VIEW IF NOT EXISTS doc_partners AS
  SELECT DISTINCT f.version_id AS version_id, upper(j.value) AS code
  FROM facts f, json_each(CASE json_type(f.data) WHEN 'array' THEN f.data
        ELSE coalesce(json_extract(f.data, '$.pair'), json_extract(f.data, '$.partners'), '[]') END) j
  WHERE f.field = 'partnerships' AND f.active = 1 AND json_valid(f.data);
CREATE TEMP VIEW IF NOT EXISTS doc_topics AS
  SELECT DISTINCT f.version_id AS version_id,
    coalesce(CASE json_type(f.data) WHEN 'text' THEN json_extract(f.data, '$')
                                    WHEN 'object' THEN json_extract(f.data, '$.id') END, f.label) AS topic
  FROM facts f WHERE f.field = 'topics' AND f.active = 1 AND json_valid(f.data);
CREATE TEMP VIEW IF NOT EXISTS doc_pairs AS
  SELECT f.version_id AS version_id, min(upper(j.value)) AS a, max(upper(j.value)) AS b
  FROM facts f, json_each(CASE json_type(f.data) WHEN 'array' THEN f.data
        ELSE coalesce(json_extract(f.data, '$.pair'), json_extract(f.data, '$.partners'), '[]') END) j
  WHERE f.field = 'partnerships' AND f.active = 1 AND json_valid(f.data)
  GROUP BY f.id HAVING count(*) = 2 AND min(upper(j.value)) != max(upper(j.value));
"""

_FACT_COLUMNS = """f.id, f.field, f.label, f.date, f.date_end, f.data, f.evidence,
  v.doc_id, v.name AS doc_name, v.title AS doc_title, v.published"""
_DOC_COLUMNS = """v.doc_id, v.name, v.title, v.published, d.source, v.media_type, v.n_chars,
  (SELECT count(*) FROM facts f WHERE f.version_id = v.id) AS n_facts"""


def connect(db_path: Path) -> sqlite3.Connection:
    """Open the store read-only (the web never writes through this connection)."""
    if not db_path.is_file():
        raise StoreError("no store here (run `bilat ingest` first)", source=str(db_path))
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.executescript(_VIEWS)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the store: {exc}", source=str(db_path)) from exc
    return conn


def _json(value: str | None, default: Any) -> Any:
    if value is None:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _spans(value: str | None) -> list[Span]:
    spans = []
    for item in _json(value, []):
        if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            spans.append(Span(start=item["start"], end=item["end"]))
    return spans


def _fact(row: sqlite3.Row) -> Fact:
    return Fact(
        id=row["id"], field=row["field"], label=row["label"], date=row["date"], date_end=row["date_end"],
        data=_json(row["data"], None), evidence=_spans(row["evidence"]), doc_id=row["doc_id"],
        doc_name=row["doc_name"], doc_title=row["doc_title"], published=row["published"],
    )


def _document(row: sqlite3.Row) -> DocumentSummary:
    return DocumentSummary(
        doc_id=row["doc_id"], name=row["name"], title=row["title"], published=row["published"],
        source=row["source"], media_type=row["media_type"], n_chars=row["n_chars"], n_facts=row["n_facts"],
    )


def _date_prefix_end(value: str) -> str:
    """An upper bound that keeps every ISO date starting with `value` (``2024`` keeps ``2024-12-31``)."""
    return value + "\uffff"


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    parts = value.split("-")
    ok = 1 <= len(parts) <= 3 and len(parts[0]) == 4 and all(p.isdigit() for p in parts)
    if not ok:
        raise QueryError(f"{name} must be an ISO date like 2024, 2024-05 or 2024-05-12, not {value!r}")
    return value


class WebData:
    """The queries behind the web pages and the JSON API, over one read-only store connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- documents -----------------------------------------------------------------------------

    def documents(self, limit: int = 20, offset: int = 0) -> DocumentPage:
        """Current documents, newest first."""
        total = self.conn.execute("SELECT count(*) FROM documents WHERE current_version_id IS NOT NULL")
        rows = self.conn.execute(
            f"""SELECT {_DOC_COLUMNS} FROM documents d JOIN document_versions v ON v.id = d.current_version_id
                ORDER BY v.published IS NULL, v.published DESC, d.id DESC LIMIT ? OFFSET ?""",
            (limit, offset),
        )
        return DocumentPage(total=total.fetchone()[0], limit=limit, offset=offset,
                            items=[_document(row) for row in rows])

    def document(self, doc_id: str, part: int = 1) -> DocumentDetail:
        """A document's text (the given part of it) with the facts whose evidence lies there."""
        row = self.conn.execute(
            f"""SELECT {_DOC_COLUMNS}, v.id AS version_id, v.text, d.current_version_id
                FROM document_versions v JOIN documents d ON d.id = v.document_id
                WHERE v.doc_id = ? ORDER BY v.id DESC LIMIT 1""",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise LookupError(f"no document {doc_id}")
        text: str = row["text"]
        parts = max(1, -(-len(text) // TEXT_PART))
        if not 1 <= part <= parts:
            raise LookupError(f"document {doc_id} has {parts} part(s), not {part}")
        start, end = (part - 1) * TEXT_PART, part * TEXT_PART
        facts = [
            fact for fact in self._facts_where("f.version_id = ?", (row["version_id"],), "f.field, f.ordinal")
            if not fact.evidence or any(span.start < end and span.end > start for span in fact.evidence)
        ]
        return DocumentDetail(
            summary=_document(row), text=text[start:end], offset=start, part=part, parts=parts,
            current=row["version_id"] == row["current_version_id"], facts=facts,
        )

    # -- facts -------------------------------------------------------------------------------------

    def _facts_where(self, where: str, params: Iterable[Any], order: str, limit: int = -1,
                     offset: int = 0) -> list[Fact]:
        rows = self.conn.execute(
            f"""SELECT {_FACT_COLUMNS} FROM facts f JOIN document_versions v ON v.id = f.version_id
                WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?""",
            (*params, limit, offset),
        )
        return [_fact(row) for row in rows]

    def search(self, q: str | None = None, *, partner: str | None = None, topic: str | None = None,
               date_from: str | None = None, date_to: str | None = None, type: str | None = None,
               limit: int = 20, offset: int = 0) -> FactPage:
        """Active facts matching a phrase and filters: partner code or pair, topic, date range, field."""
        where, params = ["f.active = 1"], list[str]()
        if type:
            if type not in FIELDS:
                raise QueryError(f"type must be one of {', '.join(FIELDS)}, not {type!r}")
            where.append("f.field = ?")
            params.append(type)
        if partner:
            clause, values = self._partner_filter(partner)
            where.append(clause)
            params += values
        if topic:
            where.append("f.version_id IN (SELECT version_id FROM doc_topics WHERE topic = ?)")
            params.append(topic)
        when = "coalesce(f.date, v.published)"
        start, end = _check_date(date_from, "date_from"), _check_date(date_to, "date_to")
        if start:
            where.append(f"{when} >= ?")
            params.append(start)
        if end:
            where.append(f"{when} <= ?")
            params.append(_date_prefix_end(end))
        if q and q.strip():
            where.append("(f.label LIKE ? ESCAPE '\\' OR v.title LIKE ? ESCAPE '\\')")
            pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern, pattern]
        clause = " AND ".join(where)
        total = self.conn.execute(
            f"SELECT count(*) FROM facts f JOIN document_versions v ON v.id = f.version_id WHERE {clause}",
            params,
        ).fetchone()[0]
        items = self._facts_where(clause, params, NEWEST, limit, offset)
        return FactPage(total=total, limit=limit, offset=offset, items=items)

    def _partner_filter(self, partner: str) -> tuple[str, list[str]]:
        """A condition on `f.version_id`: the document is about this partner (code) or this pair."""
        codes = self._partner_codes(partner)
        if len(codes) == 2:
            return "f.version_id IN (SELECT version_id FROM doc_pairs WHERE a = ? AND b = ?)", codes
        return "f.version_id IN (SELECT version_id FROM doc_partners WHERE code = ?)", codes

    @staticmethod
    def _partner_codes(partner: str | None) -> list[str]:
        if not partner:
            return []
        pair = parse_pair(partner)
        if pair:
            return list(pair)
        if len(partner.strip()) == 2 and partner.strip().isalpha():
            return [partner.strip().upper()]
        raise QueryError(f"partner must be a code like JP or a pair like JP-SE, not {partner!r}")

    def latest_facts(self, limit: int = 10) -> list[Fact]:
        """The most recently stored facts about agreements, events and calls."""
        return self._facts_where(
            "f.active = 1 AND f.field IN ('agreements', 'events', 'calls')", (), "f.id DESC", limit
        )

    def calls(self, *, upcoming: bool = True, partner: str | None = None, today: str | None = None,
              limit: int = 20, offset: int = 0) -> FactPage:
        """Funding calls by deadline: upcoming ones soonest first, or all of them latest first."""
        where, params = ["f.active = 1", "f.field = 'calls'"], []
        if upcoming:
            where.append("f.date >= ?")
            params.append(today or date.today().isoformat())
        if partner:
            clause, values = self._partner_filter(partner)
            where.append(clause)
            params += values
        clause = " AND ".join(where)
        order = "f.date ASC, f.id" if upcoming else "f.date IS NULL, f.date DESC, f.id DESC"
        total = self.conn.execute(
            f"SELECT count(*) FROM facts f WHERE {clause}", params
        ).fetchone()[0]
        return FactPage(total=total, limit=limit, offset=offset,
                        items=self._facts_where(clause, params, order, limit, offset))

    def fact(self, fact_id: int) -> Fact:
        """One fact by id."""
        found = self._facts_where("f.id = ?", (fact_id,), "f.id", 1)
        if not found:
            raise LookupError(f"no fact {fact_id}")
        return found[0]

    # -- overview ----------------------------------------------------------------------------------

    def overview(self, today: str | None = None) -> Overview:
        """Counts, the latest documents and facts, and the next deadlines."""
        counts = {"documents": self.conn.execute(
            "SELECT count(*) FROM documents WHERE current_version_id IS NOT NULL").fetchone()[0]}
        rows = self.conn.execute("SELECT field, count(*) FROM facts WHERE active = 1 GROUP BY field")
        by_field = dict(rows.fetchall())
        counts.update({name: by_field.get(name, 0) for name in FIELDS})
        counts["entities"] = self.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        return Overview(
            counts=counts, latest_documents=self.documents(limit=8).items,
            latest_facts=self.latest_facts(8), upcoming_calls=self.calls(today=today, limit=8).items,
        )

    # -- partnerships ------------------------------------------------------------------------------

    def partnerships(self, partner: str | None = None, limit: int = 50, offset: int = 0) -> PartnershipPage:
        """Pairs of partners with the number of documents about each, most documented first."""
        rows = self.conn.execute(
            """SELECT p.a, p.b, count(DISTINCT p.version_id) AS n, min(v.published) AS first,
                      max(v.published) AS last
               FROM doc_pairs p JOIN document_versions v ON v.id = p.version_id
               GROUP BY p.a, p.b ORDER BY n DESC, p.a, p.b"""
        ).fetchall()
        codes = self._partner_codes(partner)
        pairs = [r for r in rows if all(code in (r["a"], r["b"]) for code in codes)]
        items = [self._pair_summary(r["a"], r["b"], r["n"], r["first"], r["last"])
                 for r in pairs[offset:offset + limit]]
        return PartnershipPage(total=len(pairs), limit=limit, offset=offset, items=items)

    @staticmethod
    def _pair_summary(a: str, b: str, n: int, first: str | None, last: str | None) -> PartnershipSummary:
        return PartnershipSummary(pair=pair_key([a, b]), partners=[a, b],
                                  names=[partner_name(a), partner_name(b)], documents=n,
                                  first=first, last=last)

    def partnership(self, pair: str) -> Partnership:
        """The timeline, topics, organisations, people, programmes and calls of one pair."""
        codes = parse_pair(pair)
        if codes is None:
            raise QueryError(f"a partnership is two partner codes like JP-SE, not {pair!r}")
        a, b = codes
        versions = "SELECT version_id FROM doc_pairs WHERE a = ? AND b = ?"
        stats = self.conn.execute(
            f"""SELECT count(*), min(published), max(published) FROM document_versions
                WHERE id IN ({versions})""", (a, b)).fetchone()
        if not stats[0]:
            raise LookupError(f"no documents about the partnership {a}-{b}")
        in_pair = f"f.active = 1 AND f.version_id IN ({versions})"
        timeline = self._facts_where(f"{in_pair} AND f.field IN ('agreements', 'events')", (a, b),
                                     OLDEST, 500)
        calls = self._facts_where(f"{in_pair} AND f.field = 'calls'", (a, b), "f.date DESC, f.id", 100)
        return Partnership(
            summary=self._pair_summary(a, b, stats[0], stats[1], stats[2]), timeline=timeline,
            topics=self._label_counts(in_pair, "topics", (a, b)),
            topic_trend=self._topic_trend(versions, (a, b)),
            organizations=self._label_counts(in_pair, "organizations", (a, b)),
            people=self._label_counts(in_pair, "people", (a, b)),
            programs=self._label_counts(in_pair, "programs", (a, b)), calls=calls,
        )

    def _label_counts(self, where: str, field: str, params: tuple[str, ...], limit: int = 30) -> list[Count]:
        rows = self.conn.execute(
            f"""SELECT coalesce(f.label, '?') AS name, count(DISTINCT f.version_id) AS n FROM facts f
                WHERE {where} AND f.field = ? GROUP BY name ORDER BY n DESC, name LIMIT ?""",
            (*params, field, limit),
        )
        return [Count(name=row["name"], count=row["n"]) for row in rows]

    def _topic_trend(self, versions: str, params: tuple[str, ...]) -> list[TopicYear]:
        rows = self.conn.execute(
            f"""SELECT t.topic, substr(v.published, 1, 4) AS year, count(*) AS n
                FROM doc_topics t JOIN document_versions v ON v.id = t.version_id
                WHERE t.version_id IN ({versions}) AND v.published IS NOT NULL
                GROUP BY t.topic, year ORDER BY year, t.topic""",
            params,
        )
        return [TopicYear(topic=row["topic"], year=row["year"], count=row["n"]) for row in rows]

    # -- matrix ------------------------------------------------------------------------------------

    def matrix(self, focus: str | None = None, max_partners: int = 40) -> Matrix:
        """Documents per topic and partner; with a focus partner, only that partner's pairs count."""
        codes = self._partner_codes(focus)
        if len(codes) > 1:
            raise QueryError("the matrix focus is one partner code like JP")
        if codes:
            sql = """SELECT t.topic, p.code, count(DISTINCT t.version_id) FROM doc_topics t
                     JOIN doc_partners p ON p.version_id = t.version_id
                     JOIN doc_partners me ON me.version_id = t.version_id AND me.code = ?
                     WHERE p.code != ? GROUP BY t.topic, p.code"""
            rows = self.conn.execute(sql, (codes[0], codes[0])).fetchall()
        else:
            sql = """SELECT t.topic, p.code, count(DISTINCT t.version_id) FROM doc_topics t
                     JOIN doc_partners p ON p.version_id = t.version_id GROUP BY t.topic, p.code"""
            rows = self.conn.execute(sql).fetchall()
        by_partner: Counter[str] = Counter()
        by_topic: Counter[str] = Counter()
        for topic, code, n in rows:
            by_partner[code] += n
            by_topic[topic] += n
        partners = [code for code, _ in by_partner.most_common(max_partners)]
        keep = set(partners)
        cells = [MatrixCell(topic=t, partner=c, count=n) for t, c, n in rows if c in keep]
        return Matrix(focus=codes[0] if codes else None, topics=[t for t, _ in by_topic.most_common()],
                      partners=partners, cells=cells)

    # -- network -----------------------------------------------------------------------------------

    def network(self, max_nodes: int = 150) -> Network:
        """Partners, organisations and programmes linked when one document states them together."""
        rows = self.conn.execute(
            """SELECT p.version_id, p.code, f.field, f.label FROM doc_partners p
               JOIN facts f ON f.version_id = p.version_id AND f.active = 1
               AND f.field IN ('organizations', 'programs') AND f.label IS NOT NULL"""
        ).fetchall()
        pairs = self.conn.execute(
            "SELECT a, b, count(DISTINCT version_id) FROM doc_pairs GROUP BY a, b"
        ).fetchall()
        weights: Counter[str] = Counter()
        edges: Counter[tuple[str, str]] = Counter()
        labels: dict[str, tuple[str, str]] = {}
        for a, b, n in pairs:
            for code in (a, b):
                labels[f"partner:{code}"] = ("partner", code)
                weights[f"partner:{code}"] += n
            edges[(f"partner:{a}", f"partner:{b}")] += n
        seen: set[tuple[str, str, str]] = set()
        for row in rows:
            kind = "organization" if row["field"] == "organizations" else "program"
            node, partner = f"{kind}:{row['label']}", f"partner:{row['code']}"
            labels[node] = (kind, row["label"])
            labels.setdefault(partner, ("partner", row["code"]))
            if (node, partner, str(row["version_id"])) not in seen:
                seen.add((node, partner, str(row["version_id"])))
                weights[node] += 1
                weights[partner] += 0
                edges[(partner, node)] += 1
        keep = {node for node, _ in weights.most_common(max_nodes)}
        nodes = [self._node(node, *labels[node], weights[node]) for node in sorted(keep)]
        links = [NetworkEdge(source=s, target=t, weight=n) for (s, t), n in sorted(edges.items())
                 if s in keep and t in keep]
        return Network(nodes=nodes, edges=links)

    @staticmethod
    def _node(node_id: str, kind: str, label: str, weight: int) -> NetworkNode:
        if kind == "partner":
            return NetworkNode(id=node_id, kind=kind, label=partner_name(label), weight=weight,
                               href=f"/partnerships?partner={label}")
        field = "organizations" if kind == "organization" else "programs"
        return NetworkNode(id=node_id, kind=kind, label=label, weight=weight,
                           href="/entity?" + urlencode({"field": field, "name": label}))

    # -- entities ----------------------------------------------------------------------------------

    def entity(self, entity_id: int, limit: int = 50, offset: int = 0) -> Entity:
        """A resolved entity with its aliases, links and the facts that mention it."""
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise LookupError(f"no entity {entity_id}")
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]
        where = "f.active = 1 AND f.id IN (SELECT fact_id FROM mentions WHERE entity_id = ?)"
        total = self.conn.execute(f"SELECT count(*) FROM facts f WHERE {where}", (entity_id,)).fetchone()[0]
        facts = self._facts_where(where, (entity_id,), NEWEST, limit, offset)
        return Entity(id=row["id"], kind=row["kind"], name=row["name"], country=row["country"],
                      aliases=aliases, links=self._links(entity_id),
                      facts=FactPage(total=total, limit=limit, offset=offset, items=facts))

    def _links(self, entity_id: int, limit: int = 200) -> list[EntityLink]:
        rows = self.conn.execute(
            """SELECT DISTINCT l.type, 'out' AS direction, e.id, e.name, e.kind FROM links l
                 JOIN entities e ON e.id = l.dst_id WHERE l.src_id = ?
               UNION SELECT DISTINCT l.type, 'in', e.id, e.name, e.kind FROM links l
                 JOIN entities e ON e.id = l.src_id WHERE l.dst_id = ?
               ORDER BY 1, 4 LIMIT ?""",
            (entity_id, entity_id, limit),
        )
        return [EntityLink(type=r[0], direction=r[1], entity_id=r[2], name=r[3], kind=r[4]) for r in rows]

    def entity_named(self, field: str, name: str) -> int | None:
        """The resolved entity that facts of `field` labelled `name` mention, if resolution made one."""
        row = self.conn.execute(
            """SELECT m.entity_id FROM facts f JOIN mentions m ON m.fact_id = f.id
               WHERE f.field = ? AND f.label = ? AND f.active = 1 LIMIT 1""", (field, name)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT entity_id FROM entity_aliases WHERE alias = ? LIMIT 1", (name,)).fetchone()
        return None if row is None else int(row[0])

    def facts_labelled(self, field: str, name: str, limit: int = 50, offset: int = 0) -> FactPage:
        """Active facts of one field with one label (an organisation, person or programme by name)."""
        if field not in FIELDS:
            raise QueryError(f"field must be one of {', '.join(FIELDS)}, not {field!r}")
        where = "f.active = 1 AND f.field = ? AND f.label = ?"
        total = self.conn.execute(f"SELECT count(*) FROM facts f WHERE {where}", (field, name)).fetchone()[0]
        items = self._facts_where(where, (field, name), NEWEST, limit, offset)
        return FactPage(total=total, limit=limit, offset=offset, items=items)


def group_by_field(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Facts grouped by field, in the record's field order."""
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.field].append(fact)
    order = {name: i for i, name in enumerate(FIELDS)}
    return dict(sorted(groups.items(), key=lambda item: order.get(item[0], len(order))))
