"""The query layer: one method per question users ask of the graph. The CLI and the web call it.

    from bilat.graph.store import Store
    from bilat.query.api import QueryAPI

    api = QueryAPI(Store.open("bilat.db"))        # or QueryAPI(sqlite3_connection)
    api.partners(limit=100, offset=0)              -> Page[PartnershipSummary]
    api.partner("JP", "Sweden")                    -> PartnershipProfile
    api.timeline(partners=["JP", "SE"], topic="quantum", since="2020", until="2025-06",
                 limit=100, offset=0)              -> Page[TimelineItem]
    api.topics(partner=None)                       -> TopicMatrix
    api.calls(open_only=True, as_of="2025-04-01", topic=None, partner=None,
              limit=100, offset=0)                 -> Page[CallItem]
    api.search("quantum AND Sweden", limit=20, offset=0) -> Page[SearchHit]
    api.entity("JST")                              -> EntityProfile   (QueryError if none)
    api.find_entities("Tohoku", kind=None, limit=20) -> list[EntityRef]
    api.export("graphml", out)                     (formats: json, csv, graphml, ics, jsonld)

Every result is a dataclass from `bilat.query.model` with `to_dict()`. Bad arguments raise
`bilat.errors.QueryError` (one line for the user). Partners are codes or names ("JP", "Japan",
"UK", "EU"); dates are ISO at year, month or day precision.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import IO, Any

from bilat.errors import QueryError
from bilat.graph.partners import country_name
from bilat.query import lookup
from bilat.query.args import iso_date, pair_key, partner_code, partner_codes
from bilat.query.browse import BrowseQueries
from bilat.query.model import (
    CallItem,
    EntityProfile,
    EntityRef,
    Page,
    PartnershipProfile,
    PartnershipSummary,
    SearchHit,
    TimelineItem,
    TopicCount,
    TopicMatrix,
)
from bilat.query.rows import call_item, timeline_item
from bilat.query.sources import source_counts, sources_of

TOP_TOPICS = 5
PROFILE_ITEMS = 25
PROFILE_TIMELINE = 100
LIST_SOURCES = 5  # sources shown per item of a list (source_count has them all)
DATED = "(d.date >= :since OR :since LIKE d.date || '%')"
UNTIL = "(d.date <= :until OR d.date LIKE :until || '%')"
INVOLVES = "d.entity_id IN (SELECT entity_id FROM entity_partners WHERE partner_id = {p})"
ABOUT_TOPIC = "d.entity_id IN (SELECT entity_id FROM entity_topics WHERE topic_id = :topic)"


class QueryAPI(BrowseQueries):
    """Answers over a store (a `Store` or an sqlite3 connection to one)."""

    def __init__(self, store: Any) -> None:
        self.conn: sqlite3.Connection = getattr(store, "conn", store)

    # -- partnerships ---------------------------------------------------------------------

    def partners(self, *, limit: int = 100, offset: int = 0) -> Page[PartnershipSummary]:
        """Partnerships by number of documents, with first and last dated fact and top topics."""
        keys = self._keys("partnership")
        stats = self.conn.execute(
            "SELECT partnership_id, documents, first_date, last_date FROM partnership_stats"
            " WHERE documents > 0"
        ).fetchall()
        ranked = sorted(
            ((int(i), keys.get(int(i), "?"), int(n), first, last) for i, n, first, last in stats),
            key=lambda r: (-r[2], r[1]),
        )
        rows = ranked[_offset(offset) : offset + _limit(limit)]
        total = len(ranked)
        topics = self._top_topics([int(r[0]) for r in rows])
        return Page([self._summary(r, topics.get(int(r[0]), [])) for r in rows], total, limit, offset)

    def _top_topics(self, partnership_ids: list[int]) -> dict[int, list[TopicCount]]:
        """The most frequent topics of each partnership."""
        return {pid: items[:TOP_TOPICS] for pid, items in self._topic_counts(partnership_ids).items()}

    def _keys(self, kind: str) -> dict[int, str]:
        """The resolution key of every entity of a (small) kind, by id."""
        rows = self.conn.execute("SELECT id, key FROM entities WHERE kind = ?", (kind,))
        return {int(i): str(k) for i, k in rows}

    def _summary(self, row: Any, topics: list[TopicCount]) -> PartnershipSummary:
        _, key, n, first, last = row
        pair = str(key).split("-")
        return PartnershipSummary(
            pair, [country_name(c) for c in pair], int(n), first, last, topics[:TOP_TOPICS]
        )

    def _topic_counts(self, partnership_ids: list[int]) -> dict[int, list[TopicCount]]:
        """Topic counts (with their years) of each partnership, most frequent first."""
        if not partnership_ids:
            return {}
        marks = ",".join("?" * len(partnership_ids))
        rows = self.conn.execute(
            "SELECT pt.partnership_id, t.key, pt.year, pt.n FROM partnership_topics pt"
            f" JOIN entities t ON t.id = pt.topic_id WHERE pt.partnership_id IN ({marks})",
            partnership_ids,
        ).fetchall()
        by_pair: dict[int, dict[str, TopicCount]] = {}
        for pid, topic, year, n in rows:
            counts = by_pair.setdefault(int(pid), {})
            item = counts.setdefault(topic, TopicCount(topic, 0, {}))
            item.count += int(n)
            if year:
                item.by_year[year] = item.by_year.get(year, 0) + int(n)
        result = {}
        for pid, counts in by_pair.items():
            for item in counts.values():
                item.by_year = dict(sorted(item.by_year.items()))
            result[pid] = sorted(counts.values(), key=lambda t: (-t.count, t.topic))
        return result

    def partner(self, a: str, b: str) -> PartnershipProfile:
        """One partnership: timeline, topics by year, programmes, calls, organisations, people."""
        key = pair_key(a, b)
        row = self.conn.execute(
            "SELECT e.id, e.key, s.documents, s.first_date, s.last_date"
            " FROM entities e JOIN partnership_stats s ON s.partnership_id = e.id"
            " WHERE e.kind = 'partnership' AND e.key = ? AND s.documents > 0",
            (key,),
        ).fetchone()
        if row is None:
            raise QueryError(f"no documents about the {key} partnership in this store")
        pid = int(row[0])
        topics = self._topic_counts([pid]).get(pid, [])
        codes = key.split("-")
        return PartnershipProfile(
            summary=self._summary(row, topics),
            timeline=self.timeline(partners=codes, limit=PROFILE_TIMELINE).items,
            topics=topics,
            programs=lookup.cooccurring(self.conn, pid, "program", PROFILE_ITEMS),
            calls=self.calls(partner=",".join(codes), limit=PROFILE_ITEMS).items,
            organizations=lookup.cooccurring(self.conn, pid, "organization", PROFILE_ITEMS),
            people=lookup.people_with_roles(self.conn, pid, PROFILE_ITEMS),
        )

    # -- timeline -------------------------------------------------------------------------

    def timeline(
        self,
        *,
        partners: list[str] | tuple[str, ...] = (),
        topic: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[TimelineItem]:
        """Dated events and agreements in date order, each with every source that reports it."""
        where = ["d.kind <> 'call'", "d.date IS NOT NULL"]  # events and agreements, read in date order
        params: dict[str, Any] = {}
        self._about(where, params, partner_codes(partners), topic)
        if since := iso_date(since, option="--since"):
            params["since"] = since
            where.append(DATED)
        if until := iso_date(until, option="--until"):
            params["until"] = until
            where.append(UNTIL)
        condition = " AND ".join(where)
        total = self._scalar(f"SELECT count(*) FROM entity_dates d WHERE {condition}", params)
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.name, e.data, d.date, d.date_end FROM entity_dates d"
            f" JOIN entities e ON e.id = d.entity_id WHERE {condition} ORDER BY d.date, d.entity_id"
            " LIMIT :limit OFFSET :offset",
            {**params, "limit": _limit(limit), "offset": _offset(offset)},
        ).fetchall()
        sources = sources_of(self.conn, [int(r[0]) for r in rows], limit=LIST_SOURCES)
        series = lookup.series_names(self.conn, [int(r[0]) for r in rows])
        counts = source_counts(self.conn, sources)
        items = [timeline_item(r, sources.get(int(r[0]), []), series.get(int(r[0]))) for r in rows]
        for item in items:
            item.source_count = counts.get(item.id, len(item.sources))
        return Page(items, total, limit, offset)

    # -- topics ---------------------------------------------------------------------------

    def topics(self, *, partner: str | None = None) -> TopicMatrix:
        """Topics by partnership as a matrix of documents (only partnerships of `partner` if given)."""
        code = partner_code(partner) if partner else None
        pair_keys, names = self._keys("partnership"), self._keys("topic")
        counts: dict[str, dict[str, int]] = {}
        for p, t, n in self.conn.execute(
            "SELECT partnership_id, topic_id, sum(n) FROM partnership_topics"
            " GROUP BY partnership_id, topic_id"
        ):
            pair = pair_keys.get(int(p), "?")
            if int(n) > 0 and (code is None or code in pair.split("-")):
                counts.setdefault(pair, {})[names.get(int(t), "?")] = int(n)
        by_partner = self._topic_documents(names)
        totals = by_partner.pop("", {})
        if code is not None:
            totals = by_partner.get(code, {})
        topics = sorted(totals, key=lambda t: (-totals[t], t))
        pairs = sorted(counts, key=lambda p: (-sum(counts[p].values()), p))
        return TopicMatrix(pairs, topics, counts, totals, by_partner)

    def _topic_documents(self, names: dict[int, str]) -> dict[str, dict[str, int]]:
        """Documents per topic counted once each: overall (key "") and per partner code."""
        partners = {0: "", **self._keys("partner")}
        result: dict[str, dict[str, int]] = {}
        rows = self.conn.execute("SELECT scope_id, topic_id, n FROM topic_documents WHERE n > 0")
        for scope, topic, n in rows:
            result.setdefault(partners.get(int(scope), "?"), {})[names.get(int(topic), "?")] = int(n)
        return result

    # -- calls ----------------------------------------------------------------------------

    def calls(
        self,
        *,
        open_only: bool = False,
        as_of: str | None = None,
        topic: str | None = None,
        partner: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[CallItem]:
        """Funding calls by deadline; `open_only` keeps those open on `as_of` (default: today)."""
        day = iso_date(as_of, option="--as-of") or date.today().isoformat()
        if len(day) != 10:
            raise QueryError(f"--as-of: {as_of!r} must be a day (YYYY-MM-DD)")
        where = ["d.kind = 'call'"]
        params: dict[str, Any] = {"day": day}
        if open_only:
            where.append("(d.date >= :day OR :day LIKE d.date || '%')")
            where.append("(d.opening IS NULL OR substr(d.opening, 1, 10) <= :day)")
        self._about(where, params, partner_codes([partner] if partner else []), topic)
        condition = " AND ".join(where)
        total = self._scalar(f"SELECT count(*) FROM entity_dates d WHERE {condition}", params)
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.data FROM entity_dates d JOIN entities e ON e.id = d.entity_id"
            f" WHERE {condition} ORDER BY d.date IS NULL, d.date, d.entity_id LIMIT :limit OFFSET :offset",
            {**params, "limit": _limit(limit), "offset": _offset(offset)},
        ).fetchall()
        sources = sources_of(self.conn, [int(r[0]) for r in rows], limit=LIST_SOURCES)
        counts = source_counts(self.conn, sources)
        items = [call_item(r, sources.get(int(r[0]), []), day) for r in rows]
        for item in items:
            item.source_count = counts.get(item.id, len(item.sources))
        return Page(items, total, limit, offset)

    # -- search and entities --------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> Page[SearchHit]:
        """Full-text search over documents and facts, best first, with highlighted snippets."""
        from bilat.query.search import search

        return search(self.conn, query, limit=_limit(limit), offset=_offset(offset))

    def find_entities(self, name: str, *, kind: str | None = None, limit: int = 20) -> list[EntityRef]:
        """Entities called `name` (any alias, code or spelling), most documented first."""
        return lookup.find(self.conn, name, kind=kind, limit=_limit(limit))

    def entity(self, name: str | int, *, limit: int = 50, offset: int = 0) -> EntityProfile:
        """An entity by name (or id): aliases, country, ROR id, roles over time, documents, related."""
        is_row_id = isinstance(name, str) and name.isascii() and name.isdigit() and len(name) < 12
        if isinstance(name, int) or is_row_id:
            found = [EntityRef(int(name), "", "")]
        else:
            found = lookup.find(self.conn, name, limit=10)
        if not found:
            raise QueryError(f"no entity named {name!r} in this store")
        profile = lookup.profile(self.conn, found[0].id, limit=_limit(limit), offset=_offset(offset))
        if profile is None:
            raise QueryError(f"no entity with id {name} in this store")
        profile.others = found[1:]
        return profile

    # -- export ---------------------------------------------------------------------------

    def export(self, format: str, out: IO[str]) -> None:
        """Write the whole graph to `out` as json, csv, graphml, ics or jsonld."""
        from bilat.query.export import write

        write(self.conn, format, out)

    # -- helpers --------------------------------------------------------------------------

    def _about(self, where: list[str], params: dict[str, Any], codes: list[str], topic: str | None) -> None:
        """Add conditions on `d.entity_id`: it involves every partner of `codes`, it is about `topic`."""
        for i, code in enumerate(codes):
            params[f"p{i}"] = self._entity_id("partner", code, missing=-1)
            where.append(INVOLVES.format(p=f":p{i}"))
        if topic:
            params["topic"] = self._entity_id("topic", _topic_key(topic), missing=-1)
            where.append(ABOUT_TOPIC)

    def _scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> int:
        return int(self.conn.execute(sql, params).fetchone()[0] or 0)

    def _entity_id(self, kind: str, key: str, *, missing: int) -> int:
        row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return int(row[0]) if row else missing


def _limit(value: int) -> int:
    if value < 1 or value > 10_000:
        raise QueryError(f"limit must be between 1 and 10000 (got {value})")
    return value


def _offset(value: int) -> int:
    if value < 0:
        raise QueryError(f"offset must be 0 or more (got {value})")
    return value


def _topic_key(topic: str) -> str:
    return topic.strip().lower().replace(" ", "_").replace("-", "_")
