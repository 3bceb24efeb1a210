"""Partnerships: the pairs of partners whose cooperation the document is about (from ``context``),
kept only when the document is about STI cooperation (it names a topic, an agreement, an event
or a call)."""

from __future__ import annotations

from bilat.extract.components.context import mentions_cooperation
from bilat.extract.doc import Doc
from bilat.extract.record import Partnership
from bilat.extract.registry import Component, component


def about_cooperation(doc: Doc) -> bool:
    """True when the record shows science/technology cooperation content."""
    record = doc.record
    return bool(record.topics or record.agreements or record.calls or record.programs)


def pair_from_organizations(doc: Doc) -> list[tuple[str, str]]:
    """When no two countries are named together, the countries of the partner organisations
    ("JSPS and DFG open a joint call"): the two countries with organisations, if exactly two."""
    countries = {str(o.country) for o in doc.data.get("organizations", []) if o.country}
    if len(countries) != 2 or not mentions_cooperation(doc):
        return []
    a, b = sorted(countries)
    return [(a, b)]


@component("partnerships")
def make_partnerships(require_content: bool = True) -> Component:
    """Write the document's partner pairs into the record."""

    def run(doc: Doc) -> None:
        if require_content and not about_cooperation(doc):
            return
        evidence = doc.data.get("pair_evidence", {})
        if not doc.data.get("partners"):
            doc.data["partners"] = pair_from_organizations(doc)
        for pair in doc.data.get("partners", []):
            a, b = sorted(pair)
            doc.record.partnerships.append(Partnership((a, b), list(evidence.get(pair, []))[:3]))

    return run
