"""Resolve the facts of document versions into one graph of entities across documents.

`link_version` runs inside ingest's per-document transaction, after the version's facts are
written; `unlink_version` withdraws a superseded version. Both are incremental: they touch only
the entities the version mentions, with small queries, so they also run in batch.

Entities made here (kind: key):
    partner: "JP" · partnership: "JP-SE" · topic: "ai" · organization: ror id or name+country ·
    person: name tokens+country · program: name · event / agreement / call: merged reports ·
    series: pair + series name words (events linked by `in_series` and `follows`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from bilat.graph import entities as ent
from bilat.graph import events as ev
from bilat.graph import names, series
from bilat.graph.context import Fact, VersionContext, load_facts, pair_of, topic_of, version_context
from bilat.graph.normalize import year_of
from bilat.graph.partners import country_name, item_partners

SUMMARISERS: dict[str, Callable[[list[tuple[dict[str, Any], set[str]]]], dict[str, Any]]] = {
    "event": ev.event_summary,
    "agreement": ev.agreement_summary,
    "call": ev.call_summary,
}


def link_version(conn: sqlite3.Connection, version_id: int) -> None:
    """Resolve a version's active facts into entities, aliases, mentions and links (re-run safe)."""
    if _is_linked(conn, version_id):
        unlink_version(conn, version_id)
    ctx = version_context(conn, version_id)
    ctx.known_links = ent.known_links(conn, version_id)
    for fact in ctx.facts:
        handler = _HANDLERS.get(fact.field)
        if handler is not None:
            handler(ctx, fact)
    _record_documents(ctx)


def unlink_version(conn: sqlite3.Connection, version_id: int) -> None:
    """Withdraw a version: drop its mentions and links; entities it alone supported disappear."""
    fact_ids = [f.id for f in load_facts(conn, version_id, active_only=False)]
    affected = _mentioned(conn, fact_ids) | _documented(conn, version_id)
    _count_topics(conn, version_id, -1)
    _count_topic_documents(conn, version_id, -1)
    _count_entity_topics(conn, version_id, -1)
    _count_entity_partners(conn, version_id, -1)
    by_fact = [(fact_id,) for fact_id in fact_ids]
    conn.executemany("DELETE FROM links WHERE fact_id = ?", by_fact)
    conn.executemany("DELETE FROM mentions WHERE fact_id = ?", by_fact)
    partnerships = [
        int(r[0])
        for r in conn.execute(
            "SELECT entity_id FROM entity_documents WHERE version_id = ? AND kind = 'partnership'",
            (version_id,),
        )
    ]
    _count_documents(conn, version_id, -1)
    conn.execute("DELETE FROM entity_documents WHERE version_id = ?", (version_id,))
    for partnership_id in partnerships:
        _restate_partnership(conn, partnership_id)
    for entity_id in sorted(affected):
        _refresh(conn, entity_id)


def _restate_partnership(conn: sqlite3.Connection, partnership_id: int) -> None:
    """Recount a partnership's documents and date span from the versions that still mention it."""
    conn.execute("DELETE FROM partnership_stats WHERE partnership_id = ?", (partnership_id,))
    conn.execute(
        "INSERT INTO partnership_stats (partnership_id, documents, first_date, last_date)"
        " SELECT entity_id, count(*), min(first_date), max(last_date) FROM entity_documents"
        " WHERE entity_id = ? GROUP BY entity_id",
        (partnership_id,),
    )


def _is_linked(conn: sqlite3.Connection, version_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM entity_documents WHERE version_id = ? LIMIT 1", (version_id,)
    ).fetchone()
    return row is not None


def _mentioned(conn: sqlite3.Connection, fact_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for fact_id in fact_ids:
        found |= {
            int(r[0]) for r in conn.execute("SELECT entity_id FROM mentions WHERE fact_id = ?", (fact_id,))
        }
    return found


def _documented(conn: sqlite3.Connection, version_id: int) -> set[int]:
    rows = conn.execute("SELECT entity_id FROM entity_documents WHERE version_id = ?", (version_id,))
    return {int(r[0]) for r in rows}


# --- one handler per record field -------------------------------------------------------------


def _link(ctx: VersionContext, src: int, dst: int, type_: str, fact_id: int) -> None:
    ent.link(ctx.conn, src, dst, type_, fact_id, known=ctx.known_links)


def _partner(ctx: VersionContext, code: str) -> int:
    entity_id = ctx.partner_ids.get(code)
    if entity_id is None:
        entity_id = ent.get_or_create(ctx.conn, "partner", code, country_name(code), country=code)
        ctx.partner_ids[code] = entity_id
    return ctx.touch(entity_id, "partner")


def _on_partnership(ctx: VersionContext, fact: Fact) -> None:
    pair = pair_of(fact.data)
    if pair is None:
        return
    a, b = (_partner(ctx, code) for code in pair)
    label = f"{country_name(pair[0])} – {country_name(pair[1])}"
    pid = ctx.touch(ent.get_or_create(ctx.conn, "partnership", "-".join(pair), label), "partnership")
    ent.mention(ctx.conn, fact.id, pid)
    for partner_id in (a, b):
        ent.mention(ctx.conn, fact.id, partner_id, "partner")
        _link(ctx, partner_id, pid, "member_of", fact.id)
    _link(ctx, a, b, "partner_of", fact.id)


def _on_topic(ctx: VersionContext, fact: Fact) -> None:
    topic = topic_of(fact.data)
    if topic:
        tid = ctx.touch(ent.get_or_create(ctx.conn, "topic", topic, topic), "topic")
        ent.mention(ctx.conn, fact.id, tid)


def _on_named(kind: str, resolver: Callable[[sqlite3.Connection, Any], int | None]) -> Callable[..., None]:
    def handle(ctx: VersionContext, fact: Fact) -> None:
        entity_id = resolver(ctx.conn, fact.data)
        if entity_id is None:
            return
        ctx.touch(entity_id, kind)
        ent.mention(ctx.conn, fact.id, entity_id)
        country = names.country_of(fact.data)
        if country and kind != "program":
            _link(ctx, entity_id, _partner(ctx, country), "based_in", fact.id)

    return handle


def _merge(ctx: VersionContext, fact: Fact, kind: str) -> int | None:
    """Attach a dated fact to the event, agreement or call it reports (found or created)."""
    if not isinstance(fact.data, dict):
        return None
    partners = item_partners(str(fact.data.get("name") or ""), ctx.pairs) if kind == "event" else ctx.partners
    summary = SUMMARISERS[kind]([(fact.data, partners)])
    finder = {"event": ev.find_event, "agreement": ev.find_agreement, "call": ev.find_call}[kind]
    entity_id = finder(ctx.conn, summary)
    if entity_id is None:
        key = (
            ev.agreement_prefix(summary) + f"f{fact.id}"
            if kind == "agreement"
            else ev.event_key(summary, fact.id)
        )
        entity_id = ent.create(ctx.conn, kind, key, summary["name"] or kind, data=summary)
    else:
        old = (ent.load(ctx.conn, entity_id) or {}).get("data") or {}
        summary = ev.merge_summary(kind, old, summary)
    ev.store_summary(ctx.conn, entity_id, kind, summary)
    ent.mention(ctx.conn, fact.id, entity_id)
    return ctx.touch(entity_id, kind)


def _on_event(ctx: VersionContext, fact: Fact) -> None:
    entity_id = _merge(ctx, fact, "event")
    if entity_id is None:
        return
    for code in sorted(item_partners(str(fact.data.get("name") or ""), ctx.pairs)):
        _link(ctx, entity_id, _partner(ctx, code), "participant", fact.id)
    series_id = series.assign(ctx.conn, entity_id, fact.data, ctx.pairs, fact.id, known=ctx.known_links)
    if series_id is not None:
        ctx.touch(series_id, "series")
        ent.mention(ctx.conn, fact.id, series_id, "series")


def _on_agreement(ctx: VersionContext, fact: Fact) -> None:
    entity_id = _merge(ctx, fact, "agreement")
    if entity_id is None:
        return
    for code in ev.parties_of(fact.data, ctx.partners):
        _link(ctx, _partner(ctx, code), entity_id, "party_to", fact.id)


def _on_call(ctx: VersionContext, fact: Fact) -> None:
    entity_id = _merge(ctx, fact, "call")
    if entity_id is None:
        return
    for code in sorted(ctx.partners):
        _link(ctx, entity_id, _partner(ctx, code), "participant", fact.id)
    funder = fact.data.get("funder")
    if isinstance(funder, str) and funder.strip():
        org = names.find_organization(ctx.conn, funder, ctx.partners)
        if org is not None:
            _link(ctx, org, entity_id, "funds", fact.id)
            ent.mention(ctx.conn, fact.id, ctx.touch(org, "organization"), "funder")
    program = fact.data.get("program")
    if isinstance(program, str) and program.strip():
        pid = names.resolve_program(ctx.conn, {"name": program})
        if pid is not None:
            _link(ctx, pid, entity_id, "runs", fact.id)
            ent.mention(ctx.conn, fact.id, ctx.touch(pid, "program"), "program")


_HANDLERS: dict[str, Callable[[VersionContext, Fact], None]] = {
    "partnerships": _on_partnership,
    "topics": _on_topic,
    "organizations": _on_named("organization", names.resolve_organization),
    "people": _on_named("person", names.resolve_person),
    "programs": _on_named("program", names.resolve_program),
    "events": _on_event,
    "agreements": _on_agreement,
    "calls": _on_call,
}


# --- per-version bookkeeping -----------------------------------------------------------------


def _record_documents(ctx: VersionContext) -> None:
    first, last = ctx.date_range()
    ctx.conn.executemany(
        "INSERT OR IGNORE INTO entity_documents"
        " (entity_id, version_id, kind, first_date, last_date, year) VALUES (?,?,?,?,?,?)",
        [(entity_id, ctx.version_id, kind, first, last, ctx.year) for entity_id, kind in ctx.touched.items()],
    )
    _count_documents(ctx.conn, ctx.version_id, +1)
    _count_topics(ctx.conn, ctx.version_id, +1)
    _count_topic_documents(ctx.conn, ctx.version_id, +1)
    _count_entity_topics(ctx.conn, ctx.version_id, +1)
    _count_entity_partners(ctx.conn, ctx.version_id, +1)
    for entity_id in (i for i, kind in ctx.touched.items() if kind == "partnership"):
        ctx.conn.execute(
            "INSERT INTO partnership_stats (partnership_id, documents, first_date, last_date)"
            " VALUES (?,1,?,?)"
            " ON CONFLICT (partnership_id) DO UPDATE SET documents = partnership_stats.documents + 1,"
            " first_date = CASE WHEN partnership_stats.first_date IS NULL OR excluded.first_date"
            " < partnership_stats.first_date THEN excluded.first_date ELSE partnership_stats.first_date END,"
            " last_date = CASE WHEN partnership_stats.last_date IS NULL OR excluded.last_date"
            " > partnership_stats.last_date THEN excluded.last_date ELSE partnership_stats.last_date END",
            (entity_id, first, last),
        )


def _count_entity_topics(conn: sqlite3.Connection, version_id: int, step: int) -> None:
    """Add (or remove) a version's topics to the events, agreements and calls it reports."""
    rows = conn.execute(
        "SELECT e.entity_id, t.entity_id FROM entity_documents e JOIN entity_documents t"
        " ON t.version_id = e.version_id"
        " WHERE e.version_id = ? AND e.kind IN ('event', 'agreement', 'call') AND t.kind = 'topic'",
        (version_id,),
    ).fetchall()
    conn.executemany(
        "INSERT INTO entity_topics (entity_id, topic_id, n) VALUES (?,?,?)"
        " ON CONFLICT (topic_id, entity_id) DO UPDATE SET n = entity_topics.n + excluded.n",
        [(entity_id, topic_id, step) for entity_id, topic_id in rows],
    )
    if step < 0:
        conn.executemany(
            "DELETE FROM entity_topics WHERE topic_id = ? AND entity_id = ? AND n <= 0",
            [(topic_id, entity_id) for entity_id, topic_id in rows],
        )


def _count_entity_partners(conn: sqlite3.Connection, version_id: int, step: int) -> None:
    """Add (or remove) the partners a version gives its events, agreements and calls."""
    rows = conn.execute(
        "SELECT DISTINCT l.dst_id, l.src_id FROM links l JOIN facts f ON f.id = l.fact_id"
        " WHERE f.version_id = ? AND l.type = 'participant'"
        " UNION SELECT DISTINCT l.src_id, l.dst_id FROM links l JOIN facts f ON f.id = l.fact_id"
        " WHERE f.version_id = ? AND l.type = 'party_to'",
        (version_id, version_id),
    ).fetchall()
    conn.executemany(
        "INSERT INTO entity_partners (partner_id, entity_id, n) VALUES (?,?,?)"
        " ON CONFLICT (partner_id, entity_id) DO UPDATE SET n = entity_partners.n + excluded.n",
        [(partner_id, entity_id, step) for partner_id, entity_id in rows],
    )
    if step < 0:
        conn.executemany(
            "DELETE FROM entity_partners WHERE partner_id = ? AND entity_id = ? AND n <= 0",
            [(partner_id, entity_id) for partner_id, entity_id in rows],
        )


def _count_topics(conn: sqlite3.Connection, version_id: int, step: int) -> None:
    """Add (or remove) a version's partnership x topic pairs to the per-year counts."""
    rows = conn.execute(
        "SELECT p.entity_id, t.entity_id, p.year FROM entity_documents p JOIN entity_documents t "
        "ON t.version_id = p.version_id"
        " WHERE p.version_id = ? AND p.kind = 'partnership' AND t.kind = 'topic'",
        (version_id,),
    ).fetchall()
    conn.executemany(
        "INSERT INTO partnership_topics (partnership_id, topic_id, year, n) VALUES (?,?,?,?)"
        " ON CONFLICT (partnership_id, topic_id, year) DO UPDATE SET n = partnership_topics.n + excluded.n",
        [(partnership_id, topic_id, year or "", step) for partnership_id, topic_id, year in rows],
    )
    if step < 0:
        for partnership_id, topic_id, year in rows:
            conn.execute(
                "DELETE FROM partnership_topics"
                " WHERE partnership_id = ? AND topic_id = ? AND year = ? AND n <= 0",
                (partnership_id, topic_id, year or ""),
            )


def _count_documents(conn: sqlite3.Connection, version_id: int, step: int) -> None:
    """Add (or remove) a version to the document count of every entity it mentions."""
    rows = conn.execute(
        "SELECT entity_id, kind FROM entity_documents WHERE version_id = ?", (version_id,)
    ).fetchall()
    conn.executemany(
        "INSERT INTO entity_stats (entity_id, kind, documents) VALUES (?,?,?)"
        " ON CONFLICT (entity_id) DO UPDATE SET documents = entity_stats.documents + excluded.documents",
        [(int(entity_id), kind, step) for entity_id, kind in rows],
    )
    if step < 0:
        conn.executemany(
            "DELETE FROM entity_stats WHERE entity_id = ? AND documents <= 0", [(int(r[0]),) for r in rows]
        )


def _count_topic_documents(conn: sqlite3.Connection, version_id: int, step: int) -> None:
    """Add (or remove) a version once to each of its topics, overall and per partner of its partnerships."""
    topics = [int(r[0]) for r in conn.execute(
        "SELECT entity_id FROM entity_documents WHERE version_id = ? AND kind = 'topic'", (version_id,))]
    pairs = [str(r[0]) for r in conn.execute(
        "SELECT e.key FROM entity_documents d JOIN entities e ON e.id = d.entity_id"
        " WHERE d.version_id = ? AND d.kind = 'partnership'", (version_id,))]
    if not topics or not pairs:
        return
    codes = sorted({code for pair in pairs for code in pair.split("-")})
    marks = ",".join("?" * len(codes))
    scopes = [0] + [int(r[0]) for r in conn.execute(
        f"SELECT id FROM entities WHERE kind = 'partner' AND key IN ({marks})", codes)]
    rows = [(scope, topic) for scope in scopes for topic in topics]
    conn.executemany(
        "INSERT INTO topic_documents (scope_id, topic_id, n) VALUES (?,?,?)"
        " ON CONFLICT (scope_id, topic_id) DO UPDATE SET n = topic_documents.n + excluded.n",
        [(scope, topic, step) for scope, topic in rows],
    )
    if step < 0:
        conn.executemany("DELETE FROM topic_documents WHERE scope_id = ? AND topic_id = ? AND n <= 0", rows)


# --- refreshing what a withdrawn version leaves behind ---------------------------------------


def _refresh(conn: sqlite3.Connection, entity_id: int) -> None:
    current = ent.load(conn, entity_id)
    if current is None:
        return
    remaining = conn.execute("SELECT 1 FROM mentions WHERE entity_id = ? LIMIT 1", (entity_id,)).fetchone()
    if remaining is None:
        ent.delete(conn, entity_id)
        return
    kind = current["kind"]
    if kind in SUMMARISERS:
        _resummarise(conn, entity_id, kind)
    elif kind in {"organization", "person", "program"}:
        _rebuild_aliases(conn, entity_id, kind)


def _resummarise(conn: sqlite3.Connection, entity_id: int, kind: str) -> None:
    items = [(item, partners) for item, partners, _ in ev.reports(conn, entity_id)]
    if items:
        current = (ent.load(conn, entity_id) or {}).get("data", {})
        summary = SUMMARISERS[kind](items)
        if "number" in current:
            summary["number"] = current["number"]
        ev.store_summary(conn, entity_id, kind, summary)


def _distinct_items(conn: sqlite3.Connection, entity_id: int) -> list[Any]:
    """The different items of the facts that name an entity (a name is usually written a few ways)."""
    rows = conn.execute(
        "SELECT DISTINCT f.data FROM mentions m JOIN facts f ON f.id = m.fact_id"
        " WHERE m.entity_id = ? AND m.role = 'subject'",
        (entity_id,),
    )
    return [item for (data,) in rows if isinstance(item := json.loads(data or "null"), dict)]


def _rebuild_aliases(conn: sqlite3.Connection, entity_id: int, kind: str) -> None:
    items = _distinct_items(conn, entity_id)
    conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (entity_id,))
    all_names = [n for item in items for n in names.item_names(item)]
    if kind == "person":
        ent.add_person_aliases(conn, entity_id, all_names, norm=names.person_norm)
    elif kind == "program":
        for name in all_names:
            for norm in sorted(names.program_norms([name])):
                conn.execute(
                    "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?,?,?)",
                    (entity_id, name, norm),
                )
    else:
        ent.add_aliases(conn, entity_id, all_names)
    if all_names:
        best = names.primary_name(all_names) if kind == "organization" else all_names[0]
        countries = [c for item in items if (c := names.country_of(item))]
        ent.update(
            conn,
            entity_id,
            name=best,
            country=max(set(countries), key=countries.count) if countries else None,
        )


__all__ = ["link_version", "unlink_version", "year_of"]
