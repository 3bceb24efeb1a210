"""The shapes of browsing answers: documents, facts, the overview, the topic matrix, the network."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bilat.query.model import CallItem


@dataclass
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int


@dataclass
class DocumentSummary:
    """One document (its current version) as listed on pages and in the API."""

    doc_id: str
    name: str
    title: str | None
    published: str | None
    source: str
    media_type: str | None
    n_chars: int
    n_facts: int


@dataclass
class Fact:
    """One extracted item with the document it comes from and its evidence offsets."""

    id: int
    field: str
    label: str | None
    date: str | None
    date_end: str | None
    data: Any
    evidence: list[Span]
    doc_id: str
    doc_name: str
    doc_title: str | None
    published: str | None


@dataclass
class DocumentDetail:
    """A document's text (one part of it for very long texts) and the facts grounded in that part."""

    summary: DocumentSummary
    text: str
    offset: int
    part: int
    parts: int
    current: bool
    facts: list[Fact]


@dataclass
class Page:
    """Pagination envelope shared by every list."""

    total: int
    limit: int
    offset: int


@dataclass
class DocumentPage(Page):
    """A page of documents."""

    items: list[DocumentSummary] = field(default_factory=list)


@dataclass
class FactPage(Page):
    """A page of facts."""

    items: list[Fact] = field(default_factory=list)


@dataclass
class Overview:
    """What the store holds: counts, the latest documents and facts, upcoming deadlines."""

    counts: dict[str, int]
    latest_documents: list[DocumentSummary]
    latest_facts: list[Fact]
    upcoming_calls: list[CallItem]


@dataclass
class MatrixCell:
    """Documents that name `topic` and have a partnership with `partner`."""

    topic: str
    partner: str
    count: int


@dataclass
class Matrix:
    """The topic x partner matrix, optionally seen from one focus partner."""

    focus: str | None
    topics: list[str]
    partners: list[str]
    cells: list[MatrixCell]


@dataclass
class NetworkNode:
    """A partner, organisation or programme in the network graph."""

    id: str
    kind: str
    label: str
    weight: int
    href: str


@dataclass
class NetworkEdge:
    """Two nodes seen together, with the number of documents that back the link."""

    source: str
    target: str
    weight: int


@dataclass
class Network:
    """Nodes and edges of the cooperation network."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
