"""The answers of the query layer: plain dataclasses, JSON-serialisable with `to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Serialisable:
    """Mixin giving dataclasses a `to_dict()` of plain JSON values."""

    def to_dict(self) -> dict[str, Any]:
        """The object as a dict of JSON values (nested dataclasses included)."""
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class Page(Serialisable, Generic[T]):
    """One page of a long list: `items[offset : offset + limit]` of `total`."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass
class Source(Serialisable):
    """Where a fact is stated: the document and the words (evidence spans with their text)."""

    fact_id: int
    document: str
    title: str | None
    published: str | None
    version_id: int
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class TopicCount(Serialisable):
    """A topic and how many documents name it (by year in `by_year`)."""

    topic: str
    count: int
    by_year: dict[str, int] = field(default_factory=dict)


@dataclass
class PartnershipSummary(Serialisable):
    """A partnership with its document count, first and last dated fact, and top topics."""

    pair: list[str]
    names: list[str]
    documents: int
    first_date: str | None
    last_date: str | None
    top_topics: list[TopicCount]


@dataclass
class TimelineItem(Serialisable):
    """A dated event or agreement (merged across documents) with all its sources."""

    id: int
    kind: str
    type: str
    date: str | None
    end: str | None
    name: str
    location: str | None
    partners: list[str]
    sources: list[Source]
    series: str | None = None
    number: int | None = None
    source_count: int = 0


@dataclass
class EntityRef(Serialisable):
    """A short reference to an entity, with how many documents mention it."""

    id: int
    kind: str
    name: str
    country: str | None = None
    documents: int = 0
    detail: str | None = None


@dataclass
class CallItem(Serialisable):
    """A funding call: deadline, days left (as of a date), funder, programme, amount, sources."""

    id: int
    name: str
    program: str | None
    funder: str | None
    deadline: str | None
    opening: str | None
    days_left: int | None
    max_amount: dict[str, Any] | None
    partners: list[str]
    sources: list[Source]
    source_count: int = 0


@dataclass
class PartnershipProfile(Serialisable):
    """Everything about one partnership: timeline, topics by year, programmes, calls, orgs, people."""

    summary: PartnershipSummary
    timeline: list[TimelineItem]
    topics: list[TopicCount]
    programs: list[EntityRef]
    calls: list[CallItem]
    organizations: list[EntityRef]
    people: list[EntityRef]


@dataclass
class TopicMatrix(Serialisable):
    """Topics by partnership: `counts[pair][topic]` documents, and documents per topic.

    `topic_totals[topic]` and `partner_counts[code][topic]` count each document once, however many
    of the partnerships it concerns (a Japan-Sweden and Japan-Finland document is one for Japan).
    """

    pairs: list[str]
    topics: list[str]
    counts: dict[str, dict[str, int]]
    topic_totals: dict[str, int]
    partner_counts: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass
class SearchHit(Serialisable):
    """A full-text match: a document or a fact, its rank and a snippet with highlighted spans."""

    kind: str
    score: float
    document: str
    title: str | None
    published: str | None
    version_id: int
    snippet: str
    highlights: list[list[int]]
    fact_id: int | None = None
    field: str | None = None


@dataclass
class Role(Serialisable):
    """A role a person held, with the date of the document that states it."""

    role: str
    date: str | None
    document: str


@dataclass
class DocumentRef(Serialisable):
    """A document that mentions an entity."""

    document: str
    title: str | None
    published: str | None
    version_id: int


@dataclass
class EntityProfile(Serialisable):
    """An entity: aliases, country, ROR id, roles over time, documents, related entities."""

    id: int
    kind: str
    name: str
    aliases: list[str]
    country: str | None
    ror_id: str | None
    data: dict[str, Any]
    roles: list[Role]
    documents: Page[DocumentRef]
    related: list[EntityRef]
    links: list[EntityRef]
    others: list[EntityRef] = field(default_factory=list)
