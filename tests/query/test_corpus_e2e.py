"""Issue 5, end to end: ingest ../shared/corpus (seeds and dev) with the real extractor, then query.

These depend on extraction quality as well as on the graph; the same questions are asked of gold
records in test_api_gold.py, which isolates the graph and query layer.
"""

from __future__ import annotations

import io

import networkx as nx
import pytest
from icalendar import Calendar
from rdflib import Graph

from bilat.query.api import QueryAPI

SEED_JST = {"000_1c6d0941fb052648.txt", "001_c4afc975a6e4ec6d.txt", "004_48c823d14015ad9a.txt"}


def test_partners_lists_the_four_seed_partnerships(corpus_api: QueryAPI):
    pairs = {"-".join(p.pair) for p in corpus_api.partners().items}
    assert {"JP-SE", "GB-JP", "EU-JP", "JP-US"} <= pairs


@pytest.mark.parametrize(("name", "documents"), [("JST", SEED_JST), ("METI", SEED_JST)])
def test_jst_and_meti_are_one_entity_each(corpus_api: QueryAPI, name: str, documents: set[str]):
    profile = corpus_api.entity(name)
    assert profile.kind == "organization" and profile.country == "JP"
    assert documents <= {d.document for d in profile.documents.items}
    same_kind = [o for o in profile.others if o.kind == "organization"]
    assert not same_kind, f"{name} split into several organisations: {same_kind}"


def test_the_aspire_call_is_open_on_1_april_2025_only(corpus_api: QueryAPI):
    def aspire(day: str) -> list[str]:
        return [
            c.program or ""
            for c in corpus_api.calls(open_only=True, as_of=day).items
            if "ASPIRE" in (c.program or "")
        ]

    assert aspire("2025-04-01")
    assert not aspire("2025-06-01")


def test_the_g7_meeting_in_sendai_is_one_event_with_two_sources(corpus_api: QueryAPI):
    items = corpus_api.timeline(since="2023-05", until="2023-05-14").items
    sendai = [i for i in items if i.location == "Sendai" and i.type == "meeting"]
    assert len(sendai) == 1
    assert {s.document for s in sendai[0].sources} == {"001_c4afc975a6e4ec6d.txt", "004_48c823d14015ad9a.txt"}


def test_exports_load_back(corpus_api: QueryAPI):
    outputs = {}
    for fmt in ("graphml", "ics", "jsonld"):
        out = io.StringIO()
        corpus_api.export(fmt, out)
        outputs[fmt] = out.getvalue()
    assert nx.read_graphml(io.BytesIO(outputs["graphml"].encode())).number_of_nodes() > 0
    assert list(Calendar.from_ical(outputs["ics"]).walk("VEVENT"))
    assert len(Graph().parse(data=outputs["jsonld"], format="json-ld")) > 0
