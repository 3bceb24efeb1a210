"""Browsing through QueryAPI (what the web shows): documents, facts, overview, network, entity facts."""

from __future__ import annotations

import pytest

from bilat.errors import QueryError
from bilat.query.api import QueryAPI
from bilat.query.browse import FIELDS, group_by_field


def test_documents_list_every_current_document_newest_first(api: QueryAPI) -> None:
    page = api.documents(limit=100)
    assert page.total == 17 == len(page.items)
    dates = [d.published for d in page.items if d.published]
    assert dates == sorted(dates, reverse=True)
    assert all(d.n_facts > 0 for d in page.items)


def test_a_document_comes_with_the_facts_grounded_in_its_text(api: QueryAPI) -> None:
    summary = api.documents(limit=1).items[0]
    detail = api.document(summary.doc_id)
    assert detail.current and detail.parts == 1 and detail.summary.doc_id == summary.doc_id
    assert detail.facts and all(f.doc_id == summary.doc_id for f in detail.facts)
    for fact in detail.facts:
        for span in fact.evidence:
            assert 0 <= span.start < span.end <= len(detail.text)
    with pytest.raises(LookupError):
        api.document(summary.doc_id, part=2)
    with pytest.raises(LookupError):
        api.document("0" * 16)


def test_facts_filter_by_pair_field_and_dates(api: QueryAPI) -> None:
    about_pair = api.facts(partner="JP-SE", type="agreements", limit=100)
    assert about_pair.total == len(about_pair.items) > 0
    assert {f.field for f in about_pair.items} == {"agreements"}
    same = api.facts(partner="SE-JP", type="agreements", limit=100)
    assert [f.id for f in same.items] == [f.id for f in about_pair.items]
    dated = api.facts(date_from="2024", date_to="2024-12", limit=100).items
    assert dated and all(str(f.date or f.published).startswith("2024") for f in dated)
    with pytest.raises(QueryError):
        api.facts(type="weather")
    with pytest.raises(QueryError):
        api.facts(date_from="last week")


def test_overview_counts_agree_with_the_lists(api: QueryAPI) -> None:
    overview = api.overview(today="2020-01-01")
    assert overview.counts["documents"] == api.documents().total
    assert overview.counts["partnerships"] == api.facts(type="partnerships").total
    assert len(overview.latest_documents) == 8
    assert {f.field for f in overview.latest_facts} <= {"agreements", "events", "calls"}


def test_network_links_only_nodes_it_shows(api: QueryAPI) -> None:
    network = api.network(max_nodes=30)
    ids = {node.id for node in network.nodes}
    assert {node.kind for node in network.nodes} <= {"partner", "organization", "program"}
    assert "Japan" in {node.label for node in network.nodes}
    assert network.edges and all(e.source in ids and e.target in ids for e in network.edges)


def test_entity_facts_and_fact_locations_lead_back_to_the_document(api: QueryAPI) -> None:
    jst = api.entity("Japan Science and Technology Agency")
    facts = api.entity_facts(jst.id, limit=5)
    assert facts.total >= len(facts.items) > 0
    doc_id, part = api.fact_location(facts.items[0].id)
    assert doc_id == facts.items[0].doc_id and part == 1


def test_facts_group_in_record_order(api: QueryAPI) -> None:
    detail = api.document(api.documents(limit=1).items[0].doc_id)
    groups = list(group_by_field(detail.facts))
    assert groups == [f for f in FIELDS if f in groups]
