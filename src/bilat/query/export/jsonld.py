"""The graph as JSON-LD with schema.org types where they fit.

Organization, Person, Event, EventSeries, MonetaryGrant, Country, DefinedTerm (topics),
Project (programmes), Legislation (agreements), Article (documents); bilat-only properties use
the `bilat:` prefix.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, Any

from bilat.query.export.graph import Graph, GraphNode

CONTEXT = {"@vocab": "https://schema.org/", "bilat": "https://w3id.org/bilat/ns#"}
TYPES = {
    "organization": "Organization",
    "person": "Person",
    "event": "Event",
    "series": "EventSeries",
    "call": "MonetaryGrant",
    "partner": "Country",
    "topic": "DefinedTerm",
    "program": "Project",
    "agreement": "Legislation",
    "partnership": "bilat:Partnership",
}
LINK_PROPERTIES = {
    "in_series": "superEvent",
    "follows": "bilat:follows",
    "funds": "bilat:funds",
    "runs": "bilat:runs",
    "participant": "bilat:participant",
    "party_to": "bilat:partyTo",
    "partner_of": "bilat:partnerOf",
    "member_of": "bilat:memberOf",
    "based_in": "bilat:basedIn",
}


def _id(entity_id: int) -> str:
    return f"urn:bilat:entity:{entity_id}"


def _doc_id(version_id: int) -> str:
    return f"urn:bilat:document:{version_id}"


def _event(node: GraphNode) -> dict[str, Any]:
    d = node.data
    item: dict[str, Any] = {
        "startDate": d.get("date"),
        "endDate": d.get("end"),
        "bilat:eventType": d.get("type"),
    }
    if d.get("location"):
        item["location"] = {"@type": "Place", "name": d["location"]}
    return item


def _call(node: GraphNode) -> dict[str, Any]:
    d = node.data
    item: dict[str, Any] = {
        "bilat:deadline": d.get("deadline"),
        "bilat:program": d.get("program"),
        "bilat:funderName": d.get("funder"),
    }
    amount = d.get("max_amount")
    if isinstance(amount, dict) and amount.get("value") is not None:
        item["amount"] = {
            "@type": "MonetaryAmount",
            "value": amount["value"],
            "currency": amount.get("currency"),
        }
    return item


def _agreement(node: GraphNode) -> dict[str, Any]:
    d = node.data
    return {
        "legislationDate": d.get("date"),
        "legislationType": d.get("type"),
        "bilat:parties": d.get("parties"),
    }


EXTRA: dict[str, Callable[[GraphNode], dict[str, Any]]] = {
    "event": _event,
    "call": _call,
    "agreement": _agreement,
}


def _node(node: GraphNode) -> dict[str, Any]:
    item: dict[str, Any] = {"@id": _id(node.id), "@type": TYPES.get(node.kind, "Thing"), "name": node.name}
    if node.aliases:
        item["alternateName"] = node.aliases
    if node.ror_id:
        item["sameAs"] = f"https://ror.org/{node.ror_id}"
    if node.country:
        item["bilat:country"] = node.country
    if node.kind in EXTRA:
        item.update({k: v for k, v in EXTRA[node.kind](node).items() if v is not None})
    if node.documents:
        item["subjectOf"] = [{"@id": _doc_id(v)} for v in node.documents]
    return item


def build(graph: Graph) -> dict[str, Any]:
    """The JSON-LD document (inline context, so it loads offline)."""
    nodes = {n.id: _node(n) for n in graph.nodes}
    for edge in graph.edges:
        if edge.src in nodes:
            prop = LINK_PROPERTIES.get(edge.type, f"bilat:{edge.type}")
            nodes[edge.src].setdefault(prop, []).append({"@id": _id(edge.dst)})
    funders = [e for e in graph.edges if e.type == "funds"]
    for edge in funders:
        if edge.dst in nodes:
            nodes[edge.dst].setdefault("funder", []).append({"@id": _id(edge.src)})
    documents = [
        {
            "@id": _doc_id(d["id"]),
            "@type": "Article",
            "name": d.get("title") or d["name"],
            "identifier": d["name"],
            **({"datePublished": d["published"]} if d.get("published") else {}),
        }
        for d in graph.documents
    ]
    return {"@context": CONTEXT, "@graph": documents + list(nodes.values())}


def write(graph: Graph, out: IO[str]) -> None:
    """Write the graph as JSON-LD."""
    json.dump(build(graph), out, ensure_ascii=False, indent=1)
    out.write("\n")
