"""The batched look-ups of linking give what the one-query-per-item definitions gave, in the same order."""

from __future__ import annotations

import json
import sqlite3

from bilat.graph import entities as ent
from bilat.graph import events as ev
from bilat.graph.names import _org_by_typo
from bilat.graph.store import Store


def _by_alias_one_by_one(conn: sqlite3.Connection, kind: str, norms: list[str]) -> dict[int, set[str]]:
    """The former definition: one query per norm, entities in the plan's (name, id) order."""
    found: dict[int, set[str]] = {}
    for norm in set(norms):
        rows = conn.execute(
            "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE a.norm = ? AND e.kind = ? ORDER BY e.name, e.id",
            (norm, kind),
        )
        for (entity_id,) in rows:
            found.setdefault(int(entity_id), set()).add(norm)
    return found


def _orgs(conn: sqlite3.Connection) -> list[int]:
    specs = [  # names out of id order, shared norms, two kinds
        ("Zeta Institute", "JP", ["zeta institute", "zi", "nrc"]),
        ("Alpha Council", "CA", ["alpha council", "nrc"]),
        ("Mid Agency", None, ["mid agency", "nrc", "zi"]),
        ("Alpha Council", "IT", ["alpha council", "cnr"]),
    ]
    ids = []
    for n, (name, country, norms) in enumerate(specs):
        entity_id = ent.create(conn, "organization", f"k{n}", name, country=country, ror_id=f"r{n}")
        ent.add_aliases(conn, entity_id, norms, norm=lambda x: x)
        ids.append(entity_id)
    person = ent.create(conn, "person", "p", "Alpha Council")
    ent.add_aliases(conn, person, ["nrc"], norm=lambda x: x)
    return ids


def test_alias_matches_equal_one_query_per_norm_with_attributes(store: Store) -> None:
    conn = store.conn
    ids = _orgs(conn)
    for norms in (["nrc"], ["nrc", "zi", "alpha council"], ["cnr", "missing"], [], ["zi", "zi"]):
        batched = ent.alias_matches(conn, "organization", norms)
        expected = _by_alias_one_by_one(conn, "organization", norms)
        assert list(batched) == list(expected)  # same entities, same order (ties are broken by it)
        assert {i: m.norms for i, m in batched.items()} == expected
        assert ent.by_alias(conn, "organization", norms) == expected
        for entity_id, match in batched.items():
            row = ent.load(conn, entity_id) or {}
            assert (match.name, match.country, match.ror_id) == (row["name"], row["country"], row["ror_id"])
    assert list(ent.alias_matches(conn, "organization", ["nrc"])) == [ids[1], ids[2], ids[0]]


def test_typo_lookup_takes_the_first_near_match_by_name_then_id(store: Store) -> None:
    conn = store.conn
    late = ent.create(conn, "organization", "b", "Beta Research Foundation", country="JP")
    early = ent.create(conn, "organization", "a", "Alpha Research Foundation", country="JP")
    ent.add_aliases(conn, late, ["national reserch foundation"], norm=lambda x: x)
    ent.add_aliases(conn, early, ["national reseerch foundation"], norm=lambda x: x)
    assert _org_by_typo(conn, ["National Research Foundation"], "JP") == early
    assert _org_by_typo(conn, ["National Research Foundation"], "KR") is None


def _find_event_range_by_range(conn: sqlite3.Connection, summary: dict) -> int | None:
    """The former definition: one query per key range, in the order of the sorted ranges."""
    for low, high in ev._candidate_ranges(summary["date"]):
        rows = conn.execute(
            "SELECT id, data FROM entities WHERE kind = 'event' AND key >= ? AND key < ?", (low, high)
        )
        for entity_id, data in rows:
            if ev.events_match(summary, json.loads(data or "{}")):
                return int(entity_id)
    return None


def test_find_event_in_one_query_finds_the_same_event(store: Store) -> None:
    conn = store.conn
    dates = ["2024-05-03", "2024-05", "2024", "2024-W18", "2024-05-01", "2024-04-29", "2024-06-02"]
    for n, date in enumerate(dates * 2):
        summary = ev.event_summary([({"name": "Joint Committee", "date": date, "type": "meeting"}, set())])
        ent.create(conn, "event", ev.event_key(summary, 100 - n), summary["name"], data=summary)
    for date in ["2024-05-03", "2024-05", "2024", "2024-W19", "2025-01-01", "2024-06"]:
        for name in ("Joint Committee", "Something else entirely"):
            summary = ev.event_summary([({"name": name, "date": date, "type": "meeting"}, set())])
            assert ev.find_event(conn, summary) == _find_event_range_by_range(conn, summary)


def test_known_links_spare_the_query_but_write_the_same_links(store: Store) -> None:
    conn = store.conn
    a, b, c = (ent.create(conn, "partner", code, code) for code in ("JP", "SE", "KR"))
    doc = store.ensure_document("s")
    version = conn.execute(
        "INSERT INTO document_versions (document_id, doc_id, name, text, n_chars, ingested_at, media_type)"
        " VALUES (?, 'd', 'n', 't', 1, 'now', 'text/plain')",
        (doc,),
    ).lastrowid
    fact = conn.execute(
        "INSERT INTO facts (version_id, field, ordinal, data, evidence, active)"
        " VALUES (?, 'x', 0, '{}', '[]', 1)",
        (version,),
    ).lastrowid
    ent.link(conn, a, b, "partner_of", fact)  # written before the cache is made: it must know it
    known = ent.known_links(conn, int(version or 0))
    assert known == {fact: {(a, b, "partner_of")}}
    for src, dst in [(a, b), (a, c), (a, c), (b, b), (c, a)]:
        ent.link(conn, src, dst, "partner_of", fact, known=known)
    rows = conn.execute("SELECT src_id, dst_id, type FROM links WHERE fact_id = ? ORDER BY id", (fact,))
    assert [tuple(r) for r in rows] == [(a, b, "partner_of"), (a, c, "partner_of"), (c, a, "partner_of")]
