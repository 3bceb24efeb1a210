"""The record of one document (schema ``bilat-record/1``): the cooperation facts it states.

Every item keeps its evidence: character offsets into the document text. Partnerships and
topics are exported as ``{"pair": [...], "evidence": [...]}`` and ``{"id": ..., "evidence": [...]}``
so that they, too, can be traced back to a sentence (``score.py`` accepts both forms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "bilat-record/1"
FIELDS = (
    "partnerships",
    "topics",
    "organizations",
    "people",
    "programs",
    "agreements",
    "events",
    "calls",
    "amounts",
)

Span = tuple[int, int]


def _evidence(spans: list[Span]) -> list[dict[str, int]]:
    seen: list[Span] = []
    for span in spans:
        if span not in seen:
            seen.append(span)
    return [{"start": s, "end": e} for s, e in seen]


def _drop_none(data: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], "") or k in keep}


@dataclass
class Partnership:
    """A pair of partner codes (sorted) whose cooperation the document is about."""

    pair: tuple[str, str]
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form: ``{"pair": [A, B], "evidence": [...]}``."""
        return {"pair": list(self.pair), "evidence": _evidence(self.evidence)}


@dataclass
class Topic:
    """A priority area id from topics.yaml."""

    id: str
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form: ``{"id": ..., "evidence": [...]}``."""
        return {"id": self.id, "evidence": _evidence(self.evidence)}


@dataclass
class Organization:
    """A ministry, agency, funder, university, institute, company, office or international body."""

    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    ror: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form (country kept even when null)."""
        data = {"name": self.name, "aliases": self.aliases, "country": self.country, "ror": self.ror}
        return {**_drop_none(data, keep=("country",)), "evidence": _evidence(self.evidence)}


@dataclass
class Person:
    """A named person in "Given Family" order, with the role the text gives and whom they represent."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        data = {"name": self.name, "aliases": self.aliases, "role": self.role, "country": self.country}
        return {**_drop_none(data, keep=("role", "country")), "evidence": _evidence(self.evidence)}


@dataclass
class Program:
    """A funding or research programme, initiative or named project."""

    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        data = {"name": self.name, "aliases": self.aliases, "country": self.country}
        return {**_drop_none(data), "evidence": _evidence(self.evidence)}


@dataclass
class Agreement:
    """A formal instrument (agreement, memorandum, joint statement...) between partners."""

    type: str
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        data = {"type": self.type, "parties": self.parties, "date": self.date, "title": self.title}
        return {**_drop_none(data, keep=("parties", "date")), "evidence": _evidence(self.evidence)}


@dataclass
class Event:
    """A meeting, visit, conference, reception, signing, launch, exhibition or other event."""

    type: str
    date: str | None = None
    end: str | None = None
    location: str | None = None
    name: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        data = {"type": self.type, "date": self.date, "end": self.end, "location": self.location}
        data["name"] = self.name
        return {**_drop_none(data, keep=("date",)), "evidence": _evidence(self.evidence)}


@dataclass
class MoneyValue:
    """A sum of money: a number (no "million") and an ISO 4217 currency."""

    value: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        """The exported form ``{"value": ..., "currency": ...}`` (integral values as int)."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "currency": self.currency}


@dataclass
class Call:
    """A funding call with a deadline or an opening."""

    program: str | None = None
    funder: str | None = None
    deadline: str | None = None
    opens: str | None = None
    max_amount: MoneyValue | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        data = {
            "program": self.program,
            "funder": self.funder,
            "deadline": self.deadline,
            "opens": self.opens,
            "max_amount": self.max_amount.to_dict() if self.max_amount else None,
        }
        return {**_drop_none(data, keep=("deadline",)), "evidence": _evidence(self.evidence)}


@dataclass
class Amount:
    """A sum of money stated in the text."""

    value: float
    currency: str
    qualifier: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        out = MoneyValue(self.value, self.currency).to_dict()
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return {**out, "evidence": _evidence(self.evidence)}


@dataclass
class Record:
    """Everything bilat extracts from one document."""

    doc: str
    published: str | None = None
    partnerships: list[Partnership] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    extractor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``bilat-record/1`` dict: all nine fields, every item with ``evidence``."""
        out: dict[str, Any] = {"schema": SCHEMA, "doc": self.doc, "published": self.published}
        for name in FIELDS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        if self.extractor:
            out["extractor"] = self.extractor
        return out
