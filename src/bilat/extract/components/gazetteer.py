"""Gazetteer matches from the reference data: countries (and cities), known organisations and
known programmes. Each becomes a layer of the Doc (``country``, ``city``, ``org_ref``,
``programme_ref``). The reference package is optional at import time so that the rest of the
pipeline still runs while it is missing or broken (the layers are then empty)."""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from bilat.console import warn
from bilat.extract.doc import Doc, Mention
from bilat.extract.registry import Component, component

CITY_KINDS = {"city", "capital"}

# What makes a country's name part of a currency's: a dollar sign glued to it ("US$ 5 million",
# "NZ$", "HK$") or a currency word right after it ("US dollars", "Australian dollar"). The sum
# is in that money; the country is no actor of the text (no partner, no body's owner).
_DOLLARS_AFTER = re.compile(r" [Dd]ollars?\b")


@functools.cache
def reference(name: str) -> Any | None:
    """The cached reference index `name` (countries, organizations, programmes) or None."""
    try:
        module = importlib.import_module("bilat.extract.reference")
        return getattr(module, name)()
    except (ImportError, AttributeError) as exc:
        warn(f"extract: reference data '{name}' unavailable ({exc}); continuing without it")
        return None


def country_mentions(doc: Doc) -> tuple[list[Mention], list[Mention]]:
    """Country mentions and city mentions found by the reference country index."""
    countries = reference("countries")
    if countries is None:
        return [], []
    places: list[Mention] = []
    cities: list[Mention] = []
    text = doc.text
    for start, end, code, kind in countries.spans(text):
        attrs = {"code": code, "kind": kind}
        surface = text[start:end]
        if "\n" in surface:  # a name cut by a line break ("New⏎Delhi") is written as one
            surface = " ".join(surface.split())
        if text.startswith("$", end) or _DOLLARS_AFTER.match(text, end):
            continue  # (a currency: "US$", "US dollars")
        if kind in CITY_KINDS:
            cities.append(Mention(start, end, "city", surface, attrs))
        else:
            places.append(Mention(start, end, "country", surface, attrs))
    return places, cities


def list_mentions(doc: Doc, index_name: str, label: str) -> list[Mention]:
    """Matches of a reference list index (organisations or programmes) with their candidates."""
    index = reference(index_name)
    if index is None:
        return []
    return [
        Mention(
            m.start, m.end, label, doc.text[m.start : m.end], {"candidates": list(m.candidates), "match": m}
        )
        for m in index.find(doc.text)
    ]


@component("gazetteer")
def make_gazetteer(organizations: bool = True, programmes: bool = True) -> Component:
    """Find countries, cities, known organisations and known programmes."""

    def run(doc: Doc) -> None:
        places, cities = country_mentions(doc)
        doc.set_layer("country", places)
        doc.set_layer("city", cities)
        if organizations:
            doc.set_layer("org_ref", list_mentions(doc, "organizations", "org_ref"))
        if programmes:
            doc.set_layer("programme_ref", list_mentions(doc, "programmes", "programme_ref"))

    return run
