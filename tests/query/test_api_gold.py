"""The questions of issue 5 asked of a store built from the gold records of the seeds and dev set.

Expected answers are computed from the gold files themselves where possible, so the tests check
that the graph counts right rather than repeat its output.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bilat.errors import QueryError
from bilat.query.api import QueryAPI


def gold_pairs(records: dict[str, dict[str, Any]]) -> Counter[str]:
    return Counter("-".join(sorted(p)) for r in records.values() for p in r["partnerships"])


def test_partners_lists_every_partnership_with_its_document_count(api: QueryAPI, gold_records):
    listed = {"-".join(p.pair): p.documents for p in api.partners().items}
    assert listed == dict(gold_pairs(gold_records))
    for pair in ("JP-SE", "GB-JP", "EU-JP", "JP-US"):
        assert pair in listed


def test_partners_are_ordered_by_documents_and_paginated(api: QueryAPI):
    everything = api.partners().items
    counts = [p.documents for p in everything]
    assert counts == sorted(counts, reverse=True)
    page = api.partners(limit=2, offset=1)
    assert [p.pair for p in page.items] == [p.pair for p in everything[1:3]]
    assert page.total == len(everything)


def test_topic_counts_match_the_documents_that_name_them(api: QueryAPI, gold_records):
    expected: Counter[tuple[str, str]] = Counter()
    for record in gold_records.values():
        topics = {t if isinstance(t, str) else t["id"] for t in record["topics"]}
        for pair in record["partnerships"]:
            for topic in topics:
                expected["-".join(sorted(pair)), topic] += 1
    matrix = api.topics()
    got = {(pair, topic): n for pair, row in matrix.counts.items() for topic, n in row.items()}
    assert got == dict(expected)


def test_first_and_last_dated_facts_of_a_partnership(api: QueryAPI, gold_records):
    (summary,) = [p for p in api.partners().items if p.pair == ["JP", "US"]]
    record = next(r for r in gold_records.values() if r["partnerships"] == [["JP", "US"]])
    dates = [
        d if isinstance(d, str) else d[0]
        for item in record["events"] + record["agreements"]
        for d in [item["date"]]
        if d
    ]
    assert summary.first_date == min(dates)
    assert summary.last_date == max(dates)


@pytest.mark.parametrize("name", ["JST", "Japan Science and Technology Agency"])
def test_jst_is_one_entity_across_the_documents_that_name_it(api: QueryAPI, gold_records, name: str):
    naming = {
        doc
        for doc, r in gold_records.items()
        if any("JST" in [o["name"], *o.get("aliases", [])] for o in r["organizations"])
    }
    profile = api.entity(name)
    assert profile.kind == "organization" and profile.country == "JP"
    assert {d.document for d in profile.documents.items} >= naming
    assert len(naming) >= 3


def test_meti_is_one_entity(api: QueryAPI, gold_records):
    naming = {
        doc
        for doc, r in gold_records.items()
        if any("METI" in o.get("aliases", []) for o in r["organizations"])
    }
    profile = api.entity("METI")
    assert {d.document for d in profile.documents.items} >= naming
    assert profile.name == "Ministry of Economy, Trade and Industry"


def test_the_aspire_call_is_open_in_april_2025_and_closed_in_june(api: QueryAPI):
    april = api.calls(open_only=True, as_of="2025-04-01").items
    aspire = [c for c in april if c.program == "ASPIRE"]
    assert len(aspire) == 1
    assert aspire[0].days_left == 41 and aspire[0].funder == "JST"
    assert aspire[0].sources[0].document == "000_1c6d0941fb052648.txt"
    june = api.calls(open_only=True, as_of="2025-06-01").items
    assert not [c for c in june if c.program == "ASPIRE"]


def test_calls_filter_by_partner(api: QueryAPI):
    assert {c.program for c in api.calls(partner="France").items} == {"PHC SAKURA"}
    assert {c.program for c in api.calls(partner="Sweden").items} == {"ASPIRE"}


def test_the_g7_meeting_in_sendai_is_one_event_with_two_sources(api: QueryAPI):
    items = api.timeline(since="2023-05-12", until="2023-05-14").items
    g7 = [i for i in items if "G7" in i.name and i.location == "Sendai"]
    assert len(g7) == 1
    assert sorted(s.document for s in g7[0].sources) == [
        "001_c4afc975a6e4ec6d.txt",
        "004_48c823d14015ad9a.txt",
    ]


def test_the_timeline_is_in_date_order_within_its_bounds(api: QueryAPI):
    page = api.timeline(partners=["Japan", "United Kingdom"], since="2022", until="2023-12")
    dates = [i.date for i in page.items]
    assert dates == sorted(dates) and dates
    assert all("2022" <= d[:4] <= "2023" for d in dates)
    assert all({"GB", "JP"} <= set(i.partners) for i in page.items)


def test_the_german_joint_committees_are_a_series(api: QueryAPI):
    numbered = [i for i in api.timeline(partners=["DE", "JP"]).items if i.number]
    assert {i.number for i in numbered} >= {24, 25}
    assert len({i.series for i in numbered if i.number in (24, 25)}) == 1


def test_partner_arguments_accept_codes_and_names(api: QueryAPI):
    for a, b in (
        ("JP", "SE"),
        ("japan", "Sweden"),
        ("UK", "Japan"),
        ("United Kingdom", "JP"),
        ("EU", "japan"),
    ):
        assert api.partner(a, b).summary.documents >= 1


def test_a_partnership_profile(api: QueryAPI):
    profile = api.partner("Japan", "Sweden")
    assert profile.summary.pair == ["JP", "SE"]
    assert [c.program for c in profile.calls] == ["ASPIRE"]
    assert "Polar Connect" in [p.name for p in profile.programs]
    assert "Ulf Kristersson" in [p.name for p in profile.people]
    assert all(t.by_year for t in profile.topics)
    kinds = {i.kind for i in profile.timeline}
    assert kinds == {"event", "agreement"}


def test_unknown_partners_and_bad_dates_are_query_errors(api: QueryAPI):
    with pytest.raises(QueryError, match="unknown partner"):
        api.partner("Atlantis", "JP")
    with pytest.raises(QueryError, match="not a date"):
        api.timeline(since="last year")
    with pytest.raises(QueryError, match="no documents"):
        api.partner("JP", "BR")


def test_search_shows_both_documents_and_facts_near_the_top(api: QueryAPI):
    kinds = {h.kind for h in api.search("Japan", limit=4).items}
    assert kinds == {"document", "fact"}


def test_search_ranks_and_highlights(api: QueryAPI):
    page = api.search("Hyper-Kamiokande")
    assert page.items and page.total >= len(page.items)
    top = page.items[0]
    assert top.document == "001_c4afc975a6e4ec6d.txt"
    start, end = top.highlights[0]
    assert top.snippet[start:end].lower() in {"hyper", "kamiokande"}
    assert [h.score for h in page.items] == sorted((h.score for h in page.items), reverse=True)


def test_search_survives_punctuation_in_queries(api: QueryAPI):
    assert api.search('"U.S." (Japan').total >= 1
    with pytest.raises(QueryError):
        api.search("  ...  ")


def test_an_entity_profile_has_aliases_roles_documents_and_related(api: QueryAPI):
    person = api.entity("TAKAICHI Sanae")
    assert person.kind == "person"
    assert person.roles[0].role == "Minister of State for Science and Technology Policy"
    assert person.roles[0].date == "2023-05-23"
    org = api.entity("Tohoku University")
    assert "Tokohu University" in org.aliases
    assert any(r.kind == "organization" for r in org.related)
    with pytest.raises(QueryError, match="no entity"):
        api.entity("Nonexistent Institute of Nothing")


def test_calls_and_timeline_filter_by_topic(api: QueryAPI, gold_records):
    def docs_on(topic: str) -> set[str]:
        return {
            doc
            for doc, r in gold_records.items()
            if topic in {t if isinstance(t, str) else t["id"] for t in r["topics"]}
        }

    assert "000_1c6d0941fb052648.txt" in docs_on("quantum")
    assert [c.program for c in api.calls(topic="quantum").items] == ["ASPIRE"]
    assert api.calls(topic="fusion").items == []
    fusion_docs = docs_on("fusion")
    items = api.timeline(topic="fusion").items
    assert items and all({s.document for s in i.sources} & fusion_docs for i in items)


def test_search_ranks_a_bounded_window_of_recent_matches_but_counts_them_all(api: QueryAPI, monkeypatch):
    from bilat.query import search

    everything = api.search("Japan", limit=1000)
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    windowed = api.search("Japan", limit=1000)
    assert windowed.total == everything.total
    newest = sorted({h.version_id for h in everything.items if h.kind == "document"})[-3:]
    assert {h.version_id for h in windowed.items if h.kind == "document"} == set(newest)
