"""The record of one document (schema ``bilat-record/1``): the cooperation facts it states.

Every item keeps its evidence: character offsets into the document text. Partnerships and
topics are exported as ``{"pair": [...], "evidence": [...]}`` and ``{"id": ..., "evidence": [...]}``
so that they, too, can be traced back to a sentence (``score.py`` accepts both forms).
"""

from __future__ import annotations

from collections.abc import Callable
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
    if len(spans) == 1:  # the usual case, without a loop
        start, end = spans[0]
        return [{"start": start, "end": end}]
    seen: list[Span] = []
    for span in spans:
        if span not in seen:
            seen.append(span)
    return [{"start": s, "end": e} for s, e in seen]


# The values an export leaves out (unless the field is always kept). The exports below test
# each field in line: records are exported by the thousand, and this is several times faster
# than building a full dict and filtering it.
_EMPTY: tuple[None, list[Any], str] = (None, [], "")


def _number(value: float) -> float | int:
    """Integral values as int."""
    return int(value) if float(value).is_integer() else value


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
        out: dict[str, Any] = {}
        if self.name not in _EMPTY:
            out["name"] = self.name
        if self.aliases not in _EMPTY:
            out["aliases"] = self.aliases
        out["country"] = self.country
        if self.ror not in _EMPTY:
            out["ror"] = self.ror
        out["evidence"] = _evidence(self.evidence)
        return out


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
        out: dict[str, Any] = {}
        if self.name not in _EMPTY:
            out["name"] = self.name
        if self.aliases not in _EMPTY:
            out["aliases"] = self.aliases
        out["role"] = self.role
        out["country"] = self.country
        out["evidence"] = _evidence(self.evidence)
        return out


@dataclass
class Program:
    """A funding or research programme, initiative or named project."""

    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        out: dict[str, Any] = {}
        if self.name not in _EMPTY:
            out["name"] = self.name
        if self.aliases not in _EMPTY:
            out["aliases"] = self.aliases
        if self.country not in _EMPTY:
            out["country"] = self.country
        out["evidence"] = _evidence(self.evidence)
        return out


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
        out: dict[str, Any] = {}
        if self.type not in _EMPTY:
            out["type"] = self.type
        out["parties"] = self.parties
        out["date"] = self.date
        if self.title not in _EMPTY:
            out["title"] = self.title
        out["evidence"] = _evidence(self.evidence)
        return out


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
        out: dict[str, Any] = {}
        if self.type not in _EMPTY:
            out["type"] = self.type
        out["date"] = self.date
        if self.end not in _EMPTY:
            out["end"] = self.end
        if self.location not in _EMPTY:
            out["location"] = self.location
        if self.name not in _EMPTY:
            out["name"] = self.name
        out["evidence"] = _evidence(self.evidence)
        return out


@dataclass
class MoneyValue:
    """A sum of money: a number (no "million") and an ISO 4217 currency."""

    value: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        """The exported form ``{"value": ..., "currency": ...}`` (integral values as int)."""
        return {"value": _number(self.value), "currency": self.currency}


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
        out: dict[str, Any] = {}
        if self.program not in _EMPTY:
            out["program"] = self.program
        if self.funder not in _EMPTY:
            out["funder"] = self.funder
        out["deadline"] = self.deadline
        if self.opens not in _EMPTY:
            out["opens"] = self.opens
        if self.max_amount:
            out["max_amount"] = self.max_amount.to_dict()
        out["evidence"] = _evidence(self.evidence)
        return out


@dataclass
class Amount:
    """A sum of money stated in the text."""

    value: float
    currency: str
    qualifier: str | None = None
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The exported form."""
        out: dict[str, Any] = {"value": _number(self.value), "currency": self.currency}
        if self.qualifier:
            out["qualifier"] = self.qualifier
        out["evidence"] = _evidence(self.evidence)
        return out


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


# How many items of one record may fall back to a search of the whole file for their evidence.
MAX_FALLBACKS = 50


def map_evidence(
    data: dict[str, Any],
    span: Callable[[int, int], Span | None],
    fallback: Callable[[int, int], Span | None] | None = None,
) -> dict[str, Any]:
    """A record dict with every evidence span mapped by `span` (spans it cannot map are dropped).

    An item none of whose spans `span` maps gets the first span `fallback` finds for them
    instead, so that no item loses all its evidence while the file shows it somewhere."""
    budget = MAX_FALLBACKS
    for field_name in FIELDS:
        for item in data.get(field_name) or []:
            spans = [(e["start"], e["end"]) for e in item.get("evidence") or []]
            found = [m for m in (span(*s) for s in spans) if m is not None]
            if not found and spans and fallback is not None and budget > 0:
                budget -= 1
                found = next(([m] for m in (fallback(*s) for s in spans[:3]) if m is not None), [])
            item["evidence"] = _evidence(found)
    return data
