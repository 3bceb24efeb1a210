"""Browsing the store: documents with their facts, facts by filters, the overview, the topic x
partner heatmap and the network. `QueryAPI` inherits these methods (see `bilat.query.api`).

Rows come from the store tables of ``graph/migrations`` and the per-document indexes the graph keeps
(`entity_documents`, `partnership_topics`, `topic_documents`); results are `bilat.query.browse_model`
dataclasses.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from bilat.errors import QueryError
from bilat.graph.partners import country_name
from bilat.query.args import iso_date, partner_code
from bilat.query.browse_model import (
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    Fact,
    FactPage,
    Matrix,
    MatrixCell,
    Network,
    NetworkEdge,
    NetworkNode,
    Overview,
    Span,
)
from bilat.query.model import CallItem, Page, TopicMatrix

FIELDS = ("partnerships", "topics", "organizations", "people", "programs", "agreements", "events", "calls",
          "amounts")
NEWEST = "coalesce(f.date, v.published) IS NULL, coalesce(f.date, v.published) DESC, f.id DESC"
OLDEST = "coalesce(f.date, v.published) IS NULL, coalesce(f.date, v.published), f.id"
MAX_CACHED = 64
RECENT_MATCHES = 5000
WORD_MATCHES = "f.id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)"
WORD_MATCHES_RECENT = ("f.id IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?"
                       f" ORDER BY rowid DESC LIMIT {RECENT_MATCHES})")
# Changes whenever a version is added, linked or unlinked (small tables and two index ends only).
STAMP = """SELECT (SELECT max(id) FROM document_versions), (SELECT max(id) FROM facts),
  (SELECT total(documents) FROM partnership_stats), (SELECT total(n) FROM topic_documents),
  (SELECT max(id) FROM entities)"""
SAMPLE_DOCUMENTS = 200
_AGGREGATES: dict[tuple[Any, ...], Any] = {}
T = TypeVar("T")
_WORD = re.compile(r"\w+")
_PAIR = re.compile(r"^([A-Za-z]{2})[-–_ ]([A-Za-z]{2})$")
TEXT_PART = 100_000  # characters of document text shown per page (keeps pages well under 1 MB)

# Versions about a partnership, a partner or a topic, from the graph's per-document index
# (entity_documents, kept by `bilat.graph.resolve` for current versions only).
_ABOUT = ("f.version_id IN (SELECT version_id FROM entity_documents WHERE kind = '{kind}'"
          " AND entity_id IN (SELECT id FROM entities WHERE kind = '{kind}' AND {match}))")
ABOUT_PAIR = _ABOUT.format(kind="partnership", match="key = ?")
ABOUT_PARTNER = _ABOUT.format(kind="partnership", match="(key LIKE ? || '-%' OR key LIKE '%-' || ?)")
ABOUT_TOPIC = _ABOUT.format(kind="topic", match="key = ?")

_FACT_COLUMNS = """f.id, f.field, f.label, f.date, f.date_end, f.data, f.evidence,
  v.doc_id, v.name AS doc_name, v.title AS doc_title, v.published"""
_DOC_COLUMNS = """v.doc_id, v.name, v.title, v.published, d.source, v.media_type, v.n_chars,
  (SELECT count(*) FROM facts f WHERE f.version_id = v.id) AS n_facts"""


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


def clear_cache() -> None:
    """Forget every cached aggregate (benchmarks measure the first hit with it)."""
    _AGGREGATES.clear()


class BrowseQueries:
    """Documents, facts, overview, heatmap and network: the browsing half of `QueryAPI`."""

    conn: sqlite3.Connection

    def calls(self, *, open_only: bool = False, as_of: str | None = None, limit: int = 100) -> Page[CallItem]:
        """Funding calls by deadline (implemented by `QueryAPI`)."""
        raise NotImplementedError

    def topics(self, *, partner: str | None = None) -> TopicMatrix:
        """Topics by partnership (implemented by `QueryAPI`)."""
        raise NotImplementedError

    def _has_fts(self) -> bool:
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'facts_fts'").fetchone()
        return found is not None

    # -- caching of whole-store aggregates ----------------------------------------------------------

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """`compute()`, reused until the store changes (see STAMP)."""
        stamp = self.conn.execute(STAMP).fetchone()
        path = self.conn.execute("PRAGMA database_list").fetchone()[2]
        full_key = (path, tuple(stamp), *key)
        if full_key not in _AGGREGATES:
            if len(_AGGREGATES) >= MAX_CACHED:
                _AGGREGATES.clear()
            _AGGREGATES[full_key] = compute()
        return cast(T, _AGGREGATES[full_key])

    # -- documents -----------------------------------------------------------------------------

    def documents(self, limit: int = 20, offset: int = 0) -> DocumentPage:
        """Current documents, newest first."""
        total = self.conn.execute("SELECT count(*) FROM documents WHERE current_version_id IS NOT NULL")
        rows = self.conn.execute(
            # driven by the versions' date index: the newest come first without sorting every document
            f"""SELECT {_DOC_COLUMNS} FROM document_versions v JOIN documents d ON d.id = v.document_id
                WHERE d.current_version_id = v.id ORDER BY v.published DESC, v.id DESC LIMIT ? OFFSET ?""",
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

    def facts(self, q: str | None = None, *, partner: str | None = None, topic: str | None = None,
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
            where.append(ABOUT_TOPIC)
            params.append(topic)
        when = "coalesce(f.date, v.published)"
        start, end = iso_date(date_from, option="date_from"), iso_date(date_to, option="date_to")
        if start:
            where.append(f"{when} >= ?")
            params.append(start)
        if end:
            where.append(f"{when} <= ?")
            params.append(_date_prefix_end(end))
        if q and q.strip():
            clause, values = self._words_filter(q)
            where.append(clause)
            params += values
        clause = " AND ".join(where)
        joined = "JOIN document_versions v ON v.id = f.version_id" if "v." in clause else ""
        count_sql = f"SELECT count(*) FROM facts f {joined} WHERE {clause}"
        total = int(self.conn.execute(count_sql, params).fetchone()[0])
        if len(where) == 2 and WORD_MATCHES in clause:
            # words alone: pages order the RECENT_MATCHES latest matches by date (as `search` ranks
            # among its latest matches) while the total counts them all; with other filters, all
            clause = clause.replace(WORD_MATCHES, WORD_MATCHES_RECENT)
        # Unfiltered, the latest stored come first: sorting every fact by date would not scale.
        order = NEWEST if len(where) > 1 else "f.id DESC"
        items = self._facts_where(clause, params, order, limit, offset)
        return FactPage(total=total, limit=limit, offset=offset, items=items)

    def _words_filter(self, q: str) -> tuple[str, list[str]]:
        """A condition on `f`: every word of `q` occurs in the fact (full-text index when there is one)."""
        words = _WORD.findall(q)
        if not words:
            return "1 = 1", []
        if self._has_fts():
            terms = " ".join('"' + word + '"' for word in words)
            return WORD_MATCHES, [terms]
        clauses = ["(f.label LIKE ? OR f.data LIKE ?)"] * len(words)
        return " AND ".join(clauses), [p for w in words for p in (f"%{w}%", f"%{w}%")]

    def _partner_filter(self, partner: str) -> tuple[str, list[str]]:
        """A condition on `f.version_id`: the document is about this partner (code) or this pair."""
        codes = self._partner_codes(partner)
        if len(codes) == 2:
            return ABOUT_PAIR, ["-".join(codes)]
        return ABOUT_PARTNER, codes * 2

    @staticmethod
    def _partner_codes(partner: str | None) -> list[str]:
        """The codes of a partner ("JP", "Japan") or of a pair ("JP-SE"), sorted for a pair."""
        if not partner or not partner.strip():
            return []
        pair = _PAIR.match(partner.strip())
        if pair:
            return sorted({partner_code(pair.group(1)), partner_code(pair.group(2))})
        return [partner_code(partner)]

    def latest_facts(self, limit: int = 10) -> list[Fact]:
        """The most recently stored facts about agreements, events and calls."""
        return self._facts_where(
            # `+f.field`: walk the ids backwards and stop early rather than sort a whole field
            "f.active = 1 AND +f.field IN ('agreements', 'events', 'calls')", (), "f.id DESC", limit
        )

    def fact(self, fact_id: int) -> Fact:
        """One fact by id."""
        found = self._facts_where("f.id = ?", (fact_id,), "f.id", 1)
        if not found:
            raise LookupError(f"no fact {fact_id}")
        return found[0]

    # -- overview ----------------------------------------------------------------------------------

    def overview(self, today: str | None = None) -> Overview:
        """Counts, the latest documents and facts, and the next deadlines (from the query layer)."""
        return Overview(
            counts=self._cached(("counts",), self._counts), latest_documents=self.documents(limit=8).items,
            latest_facts=self.latest_facts(8),
            upcoming_calls=self.calls(open_only=True, as_of=today, limit=8).items,
        )

    def _counts(self) -> dict[str, int]:
        counts = {"documents": self.conn.execute(
            "SELECT count(*) FROM documents WHERE current_version_id IS NOT NULL").fetchone()[0]}
        for name in FIELDS:  # one count per field: each is a range of the (field, active) index
            counts[name] = self.conn.execute(
                "SELECT count(*) FROM facts WHERE field = ? AND active = 1", (name,)).fetchone()[0]
        counts["entities"] = self.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        return counts

    # -- matrix ------------------------------------------------------------------------------------

    def matrix(self, focus: str | None = None, max_partners: int = 40) -> Matrix:
        """Documents per topic and partner; with a focus partner, only that partner's pairs count."""
        return self._cached(("matrix", focus, max_partners), lambda: self._matrix(focus, max_partners))

    def _matrix(self, focus: str | None, max_partners: int) -> Matrix:
        codes = self._partner_codes(focus)
        if len(codes) > 1:
            raise QueryError("the matrix focus is one partner code like JP")
        found = self.topics(partner=codes[0] if codes else None)
        if codes:  # the focus partner's partnerships, each named by the other partner
            counts = {_other(pair, codes[0]): row for pair, row in found.counts.items()}
        else:
            counts = found.partner_counts
        columns = sorted(counts, key=lambda c: (-sum(counts[c].values()), c))[:max_partners]
        cells = [MatrixCell(topic=t, partner=c, count=n) for c in columns for t, n in counts[c].items()]
        return Matrix(focus=codes[0] if codes else None, topics=found.topics, partners=columns,
                      cells=sorted(cells, key=lambda cell: (cell.topic, cell.partner)))

    # -- network -----------------------------------------------------------------------------------

    def network(self, max_nodes: int = 150) -> Network:
        """The most documented partners, organisations and programmes of the graph, and their links.

        Partners are linked as partners of each other, organisations to the partner they are based
        in, programmes to the partners of the documents that name them (their latest
        SAMPLE_DOCUMENTS documents, so that the cost stays bounded on a large store).
        """
        return self._cached(("network", max_nodes), lambda: self._network(max_nodes))

    def _network(self, max_nodes: int) -> Network:
        weights = self._top_entities(max_nodes)
        if not weights:
            return Network(nodes=[], edges=[])
        ids = sorted(weights)
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"""SELECT e.id, e.kind, e.name, e.key FROM entities e WHERE e.id IN ({marks})""", ids).fetchall()
        nodes = [self._node(row, weights[row["id"]]) for row in rows]
        by_kind: dict[str, list[int]] = defaultdict(list)
        for row in rows:
            by_kind[row["kind"]].append(int(row["id"]))
        partners = by_kind["partner"]
        links = self._partner_pairs(rows) + self._based_in(by_kind["organization"], partners, weights)
        shared = [edge for pid in by_kind["program"] for edge in self._program_partners(pid, partners)]
        edges = [NetworkEdge(source=f"e{a}", target=f"e{b}", weight=n) for a, b, n in [*links, *shared]]
        return Network(nodes=nodes, edges=edges)

    def _partner_pairs(self, nodes: list[sqlite3.Row]) -> list[tuple[int, int, int]]:
        """(partner, partner, documents) for the partnerships between partner nodes."""
        by_code = {str(row["key"]): int(row["id"]) for row in nodes if row["kind"] == "partner"}
        rows = self.conn.execute(
            "SELECT e.key, s.documents FROM partnership_stats s JOIN entities e ON e.id = s.partnership_id"
            " WHERE s.documents > 0").fetchall()
        pairs = [(str(key).split("-"), int(n)) for key, n in rows]
        return [(by_code[a], by_code[b], n) for (a, b, *_), n in pairs if a in by_code and b in by_code]

    def _based_in(self, organizations: list[int], partners: list[int],
                  weights: dict[int, int]) -> list[tuple[int, int, int]]:
        """(organisation, partner, the organisation's documents) where the graph says it is based there."""
        rows = self.conn.execute(
            """SELECT o.value, p.value FROM json_each(?) o, json_each(?) p WHERE EXISTS (
                   SELECT 1 FROM links WHERE src_id = o.value AND type = 'based_in' AND dst_id = p.value)""",
            (json.dumps(organizations), json.dumps(partners))).fetchall()
        return [(int(org), int(partner), weights.get(int(org), 1)) for org, partner in rows]

    def _program_partners(self, program_id: int, partners: list[int]) -> list[tuple[int, int, int]]:
        """(programme, partner, documents) among the programme's latest SAMPLE_DOCUMENTS documents."""
        if not partners:
            return []
        marks = ",".join("?" * len(partners))
        rows = self.conn.execute(
            f"""SELECT b.entity_id, count(*) FROM (SELECT version_id FROM entity_documents
                    WHERE entity_id = ? ORDER BY version_id DESC LIMIT ?) recent
                JOIN entity_documents b ON b.version_id = recent.version_id AND b.kind = 'partner'
                WHERE +b.entity_id IN ({marks}) GROUP BY b.entity_id""",  # "+": a filter, not 30 probes
            [program_id, SAMPLE_DOCUMENTS, *partners]).fetchall()
        return [(program_id, int(partner), int(n)) for partner, n in rows]

    def _top_entities(self, limit: int) -> dict[int, int]:
        """Entity id → documents, for the most documented partners, organisations and programmes."""
        weights: dict[int, int] = {}
        partners, organizations = limit // 5, limit // 2
        programs = limit - partners - organizations
        shares = {"partner": partners, "organization": organizations, "program": programs}
        for kind, share in shares.items():
            rows = self.conn.execute(
                """SELECT entity_id, documents FROM entity_stats WHERE kind = ?
                   ORDER BY documents DESC, entity_id LIMIT ?""", (kind, max(share, 1)))
            weights.update({int(entity_id): int(n) for entity_id, n in rows})
        return weights

    @staticmethod
    def _node(row: sqlite3.Row, weight: int) -> NetworkNode:
        label = country_name(row["key"]) if row["kind"] == "partner" else row["name"]
        return NetworkNode(id=f"e{row['id']}", kind=row["kind"], label=label, weight=weight,
                           href=f"/entities/{row['id']}")

    def entity_facts(self, entity_id: int, limit: int = 50, offset: int = 0) -> FactPage:
        """The active facts that mention a resolved entity, latest first."""
        where = "f.active = 1 AND f.id IN (SELECT fact_id FROM mentions WHERE entity_id = ?)"
        total = self.conn.execute(f"SELECT count(*) FROM facts f WHERE {where}", (entity_id,)).fetchone()[0]
        items = self._facts_where(where, (entity_id,), NEWEST, limit, offset)
        return FactPage(total=total, limit=limit, offset=offset, items=items)

    def fact_location(self, fact_id: int) -> tuple[str, int]:
        """The document (doc_id) of a fact and the part of its text where its evidence starts."""
        fact = self.fact(fact_id)
        start = min((span.start for span in fact.evidence), default=0)
        return fact.doc_id, 1 + max(start, 0) // TEXT_PART

    def version_doc_id(self, version_id: int) -> str:
        """The doc_id of a stored document version."""
        row = self.conn.execute("SELECT doc_id FROM document_versions WHERE id = ?", (version_id,)).fetchone()
        if row is None:
            raise LookupError(f"no document version {version_id}")
        return str(row[0])

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


def _other(pair: str, code: str) -> str:
    """The partner of `pair` ("JP-SE") that is not `code`."""
    first, _, second = pair.partition("-")
    return second if first == code else first
