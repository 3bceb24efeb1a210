"""Helpers shared by the extraction tests: the type of the `extract` fixture and look-ups into the
record (a dict, as `Record.to_dict()` gives it) that many tests make in the same way, and
`prepared`, the Doc as the people step receives it.

Only look-ups with one meaning everywhere live here; a test that needs another shape (a list kept
in record order, names normalised, entries keyed by something else) keeps its own helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bilat.extract import Extractor, get_extractor
from bilat.extract.doc import Doc

Extract = Callable[..., dict[str, Any]]
"""The `extract` fixture: `extract(text, published=...)` gives the record of `text` as a dict."""


def prepared(extractor: Extractor, text: str) -> Doc:
    """The document as the people step receives it (every earlier step run)."""
    doc = Doc(text=text, name="example.txt")
    for step in extractor.pipeline.steps:
        if step.name == "people":
            return doc
        step.run(doc)
    raise AssertionError("no people step")


def orgs_by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The record's organisations keyed by their name (aliases not used as keys)."""
    return {org["name"]: org for org in record["organizations"]}


def org_names(record: dict[str, Any]) -> set[str]:
    """Every name the record gives an organisation: the names and the aliases, as a set."""
    return {n for org in record["organizations"] for n in [org["name"], *(org.get("aliases") or [])]}


def programme_names(record: dict[str, Any]) -> set[str]:
    """Every name the record gives a programme: the names and the aliases, as a set."""
    return {n for prog in record["programs"] for n in [prog["name"], *prog.get("aliases", [])]}


def people_by_name(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The record's people keyed by their name, in record order."""
    return {p["name"]: p for p in record["people"]}


def person_names(record: dict[str, Any]) -> list[str]:
    """The names of the record's people, sorted (so a test can compare them with a list)."""
    return sorted(p["name"] for p in record["people"])


def person_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The person called `name` in the record; the test fails (naming who was found) if there is none."""
    found = [p for p in record["people"] if p["name"] == name]
    assert found, f"{name!r} not in {person_names(record)}"
    return found[0]


def topics(record: dict[str, Any]) -> set[str]:
    """The ids of the record's topics."""
    return {t["id"] for t in record["topics"]}


def events_of(extract: Extract, text: str, published: str) -> list[dict[str, Any]]:
    """The events of `text` extracted as if published on `published`, in the record's order."""
    return list(extract(text, published=published)["events"])


def roles_by_name(record: dict[str, Any]) -> dict[str, str | None]:
    """The role of each of the record's people (None if it gives none), keyed by their name."""
    return {p["name"]: p.get("role") for p in record["people"]}


def org_countries_and_aliases(record: dict[str, Any]) -> dict[str, tuple[str | None, list[str]]]:
    """The country and the aliases (a list, empty if none) of each of the record's organisations,
    keyed by its name."""
    return {o["name"]: (o.get("country"), o.get("aliases") or []) for o in record["organizations"]}


EventRow = tuple[str, str | None, str | None, str | None]


def probe_events(text: str, published: str = "2026-03-12") -> list[EventRow]:
    """(type, date, end, location) of each event of `text`, read as a Markdown page (`probe.md`)."""
    record = get_extractor().extract(text, name="probe.md", published=published).to_dict()
    return [(e["type"], e.get("date"), e.get("end"), e.get("location")) for e in record["events"]]
