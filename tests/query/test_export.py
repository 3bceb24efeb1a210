"""Exports of the whole graph load back in the tools people use: networkx, a calendar parser, rdflib."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from icalendar import Calendar
from rdflib import RDF, Graph, Namespace, URIRef

from bilat.errors import QueryError
from bilat.query.api import QueryAPI

SDO = Namespace("https://schema.org/")


def exported(api: QueryAPI, fmt: str) -> str:
    out = io.StringIO()
    api.export(fmt, out)
    return out.getvalue()


def entity_count(api: QueryAPI, kind: str | None = None) -> int:
    if kind is None:
        return int(api.conn.execute("SELECT count(*) FROM entities").fetchone()[0])
    return int(api.conn.execute("SELECT count(*) FROM entities WHERE kind = ?", (kind,)).fetchone()[0])


def test_json_export_has_every_entity_link_and_evidence(api: QueryAPI):
    data = json.loads(exported(api, "json"))
    assert data["schema"] == "bilat-graph/1"
    assert len(data["entities"]) == entity_count(api)
    assert len(data["documents"]) == 17
    ids = {e["id"] for e in data["entities"]}
    assert all(link["src"] in ids and link["dst"] in ids for link in data["links"])
    assert all("evidence" in m for m in data["mentions"])


def test_graphml_loads_in_networkx(api: QueryAPI):
    graph = nx.read_graphml(io.BytesIO(exported(api, "graphml").encode("utf-8")))
    assert graph.number_of_nodes() == entity_count(api)
    jst = [n for n, d in graph.nodes(data=True) if d["name"] == "Japan Science and Technology Agency"]
    assert len(jst) == 1 and graph.nodes[jst[0]]["kind"] == "organization"
    types = {d["type"] for _, _, d in graph.edges(data=True)}
    assert {"partner_of", "participant", "in_series", "follows"} <= types


def test_ics_parses_with_events_and_call_deadlines(api: QueryAPI):
    calendar = Calendar.from_ical(exported(api, "ics"))
    events = list(calendar.walk("VEVENT"))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any(s.startswith("Deadline:") and "ASPIRE" in s for s in summaries)
    g7 = [e for e in events if "G7" in str(e["SUMMARY"]) and str(e.get("LOCATION")) == "Sendai"]
    assert len(g7) == 1 and g7[0]["DTSTART"].dt.isoformat() == "2023-05-12"
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_jsonld_loads_in_rdflib_with_schema_org_types(api: QueryAPI):
    graph = Graph().parse(data=exported(api, "jsonld"), format="json-ld")
    organizations = set(graph.subjects(RDF.type, SDO.Organization))
    assert len(organizations) == entity_count(api, "organization")
    assert len(set(graph.subjects(RDF.type, SDO.Person))) == entity_count(api, "person")
    assert len(set(graph.subjects(RDF.type, SDO.Event))) == entity_count(api, "event")
    grants = set(graph.subjects(RDF.type, SDO.MonetaryGrant))
    assert grants
    jst = next(
        s
        for s in organizations
        if (s, SDO.name, None) in graph
        and str(graph.value(s, SDO.name)) == "Japan Science and Technology Agency"
    )
    assert any(isinstance(o, URIRef) for o in graph.objects(jst, SDO.subjectOf))


def test_csv_export_has_entities_and_links(api: QueryAPI):
    rows = list(csv.DictReader(io.StringIO(exported(api, "csv"))))
    assert sum(r["record"] == "entity" for r in rows) == entity_count(api)
    assert any(r["record"] == "link" and r["type"] == "follows" for r in rows)


def test_an_unknown_format_is_a_query_error(api: QueryAPI):
    with pytest.raises(QueryError, match="unknown export format"):
        exported(api, "xlsx")
