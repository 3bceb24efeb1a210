"""A small store written for the web tests, and clients over it.

Documents are our own words. Each fact names the words that state it (``quote``); the fixture
turns them into evidence offsets, stores the record through the store and the ingest's record →
facts conversion, and lets the graph resolve entities, as ingestion does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bilat.graph.store import Store
from bilat.ingest.facts import facts_from_record
from bilat.ingest.model import SourceDocument, text_id
from bilat.web.app import create_app

SOON = (date.today() + timedelta(days=30)).isoformat()


def days_to_soon() -> int:
    """Days from today to SOON, read when asked: a run that crosses midnight sees 29, not 30."""
    return (date.fromisoformat(SOON) - date.today()).days
LONG_AGO = "2019-02-28"
XSS_TITLE = "<script>alert('title')</script> Evil <b>bold</b> title"
XSS_TEXT = (
    "Brussels, 3 March 2024. The European Union and Japan agreed to cooperate on space research.\n"
    "<script>alert('text')</script> was pasted into this page, with a link "
    "<a href=\"javascript:alert('link')\">click here</a> and an image <img src=x onerror=alert('img')>.\n"
    "The <img src=x onerror=alert('org')> Agency will run the joint programme.\n"
)


@dataclass
class Item:
    """A record item and the words of the text that state it."""

    field: str
    data: Any
    quote: str


@dataclass
class Doc:
    """A document of the test store."""

    name: str
    title: str | None
    published: str | None
    text: str
    items: list[Item] = field(default_factory=list)


def _evidence(text: str, quote: str) -> list[dict[str, int]]:
    start = text.index(quote)
    return [{"start": start, "end": start + len(quote)}]


def record_of(doc: Doc) -> dict[str, Any]:
    """The bilat-record/1 dict of a test document, every item with its evidence."""
    record: dict[str, Any] = {"schema": "bilat-record/1", "doc": doc.name, "published": doc.published}
    for item in doc.items:
        data = item.data if isinstance(item.data, dict) else {"value": item.data}
        record.setdefault(item.field, []).append({**data, "evidence": _evidence(doc.text, item.quote)})
    return record


JP_SE_2024 = Doc(
    name="jp_se_memorandum.txt",
    title="Japan and Sweden sign a memorandum on quantum research",
    published="2024-05-14",
    text=(
        "Tokyo, 14 May 2024. The Ministry of Education, Culture, Sports, Science and Technology (MEXT) "
        "of Japan and the Swedish Research Council signed a memorandum of cooperation on quantum science "
        "and artificial intelligence.\nMinister Anna Lindqvist of Sweden attended the signing.\n"
        "The joint committee will meet again in Stockholm in October 2025.\n"
    ),
    items=[
        Item("partnerships", {"pair": ["JP", "SE"]}, "Japan and the Swedish Research Council signed"),
        Item("topics", {"id": "quantum"}, "quantum science"),
        Item("topics", {"id": "ai"}, "artificial intelligence"),
        Item("organizations", {"name": "Ministry of Education, Culture, Sports, Science and Technology",
                               "aliases": ["MEXT"], "country": "JP"},
             "Ministry of Education, Culture, Sports, Science and Technology (MEXT)"),
        Item("organizations", {"name": "Swedish Research Council", "country": "SE"},
             "Swedish Research Council"),
        Item("people", {"name": "Anna Lindqvist", "role": "Minister", "country": "SE"},
             "Minister Anna Lindqvist"),
        Item("agreements", {"type": "memorandum", "parties": ["JP", "SE"], "date": "2024-05-14",
                            "title": "Memorandum of cooperation on quantum science"},
             "signed a memorandum of cooperation on quantum science"),
        Item("events", {"type": "signing", "date": "2024-05-14", "location": "Tokyo"}, "the signing"),
        Item("events", {"type": "meeting", "date": "2025-10", "location": "Stockholm"},
             "The joint committee will meet again in Stockholm in October 2025"),
    ],
)

JP_SE_CALL = Doc(
    name="jp_se_call.txt",
    title="Joint call for Japan-Sweden quantum projects",
    published="2025-01-10",
    text=(
        "The Japan Science and Technology Agency (JST) and Vinnova open a joint call for quantum projects "
        f"between Japan and Sweden. Proposals are due on {SOON}. Each project may receive up to "
        "SEK 5 million. An earlier pilot call closed on 28 February 2019.\n"
    ),
    items=[
        Item("partnerships", {"pair": ["JP", "SE"]}, "between Japan and Sweden"),
        Item("topics", {"id": "quantum"}, "quantum projects"),
        Item("organizations",
             {"name": "Japan Science and Technology Agency", "aliases": ["JST"], "country": "JP"},
             "Japan Science and Technology Agency (JST)"),
        Item("organizations", {"name": "Vinnova", "country": "SE"}, "Vinnova"),
        Item("programs", {"name": "Japan-Sweden quantum call"}, "joint call for quantum projects"),
        Item("calls", {"program": "Japan-Sweden quantum call", "funder": "JST", "deadline": SOON,
                       "max_amount": {"value": 5000000, "currency": "SEK"}}, f"Proposals are due on {SOON}"),
        Item("calls", {"program": "Pilot call", "funder": "Vinnova", "deadline": LONG_AGO},
             "An earlier pilot call closed on 28 February 2019"),
        Item("amounts", {"value": 5000000, "currency": "SEK"}, "SEK 5 million"),
    ],
)

JP_GB_2023 = Doc(
    name="jp_gb_committee.txt",
    title="Tenth Japan-UK joint committee on science and technology",
    published="2023-11-02",
    text=(
        "London, 2 November 2023. Japan and the United Kingdom held the tenth joint committee on science "
        "and technology cooperation. UK Research and Innovation (UKRI) presented new work on semiconductors "
        "and artificial intelligence, and both sides welcomed the Horizon Europe association.\n"
    ),
    items=[
        Item("partnerships", {"pair": ["GB", "JP"]}, "Japan and the United Kingdom"),
        Item("topics", {"id": "semiconductors"}, "semiconductors"),
        Item("topics", {"id": "ai"}, "artificial intelligence"),
        Item("organizations", {"name": "UK Research and Innovation", "aliases": ["UKRI"], "country": "GB"},
             "UK Research and Innovation (UKRI)"),
        Item("programs", {"name": "Horizon Europe"}, "Horizon Europe"),
        Item("events", {"type": "meeting", "date": "2023-11-02", "location": "London",
                        "name": "Tenth Japan-UK joint committee"},
             "held the tenth joint committee on science and technology cooperation"),
    ],
)

EU_JP_XSS = Doc(
    name="eu_jp_hostile.html",
    title=XSS_TITLE,
    published="2024-03-03",
    text=XSS_TEXT,
    items=[
        Item("partnerships", {"pair": ["EU", "JP"]}, "The European Union and Japan agreed"),
        Item("topics", {"id": "space"}, "space research"),
        Item("organizations", {"name": "<img src=x onerror=alert('org')> Agency", "country": "EU"},
             "<img src=x onerror=alert('org')> Agency"),
        Item("agreements", {"type": "joint_statement", "parties": ["EU", "JP"], "date": "2024-03-03",
                            "title": "<script>alert('agreement')</script>"},
             "agreed to cooperate on space research"),
    ],
)

LONG_TEXT = "".join(
    f"Paragraph {n}. The annual report of the Japan-Korea science dialogue reviews project {n} in detail, "
    "from its staffing to its laboratory equipment and its publications.\n"
    for n in range(1, 121)
) + "Finally, both sides agreed to hold the next review meeting in Seoul on 4 June 2026.\n"

JP_KR_LONG = Doc(
    name="jp_kr_annual_report.txt",
    title="Annual report of the Japan-Korea science dialogue",
    published="2025-12-01",
    text=LONG_TEXT,
    items=[
        Item("partnerships", {"pair": ["JP", "KR"]}, "Japan-Korea science dialogue"),
        Item("events", {"type": "meeting", "date": "2026-06-04", "location": "Seoul"},
             "hold the next review meeting in Seoul on 4 June 2026"),
    ],
)

DOCS = [JP_SE_2024, JP_SE_CALL, JP_GB_2023, EU_JP_XSS, JP_KR_LONG]


def add_document(store: Store, doc: Doc) -> int:
    """Store one test document as ingestion does (version, facts, entity resolution)."""
    from bilat.graph.resolve import link_version

    source = SourceDocument(
        source=f"/test/{doc.name}", name=doc.name, title=doc.title, text=doc.text, published=doc.published,
        published_source="metadata" if doc.published else None, language="en",
        media_type="text/html" if doc.name.endswith(".html") else "text/plain", doc_id=text_id(doc.text),
    )
    record = record_of(doc)
    with store.transaction() as conn:
        document_id = store.ensure_document(source.source)
        version_id = store.add_version(document_id, source, record=record, extractor="test")
        store.add_facts(version_id, facts_from_record(record))
        link_version(conn, version_id)
    return version_id


def build_store(path: Path, docs: list[Doc]) -> Path:
    """A store at `path` holding `docs`."""
    with Store.open(path) as store:
        for doc in docs:
            add_document(store, doc)
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with five documents: two Japan-Sweden, one Japan-UK, a long Japan-Korea one, a hostile one."""
    return build_store(tmp_path_factory.mktemp("web") / "bilat.db", DOCS)


@pytest.fixture(scope="session")
def client(store_path: Path) -> Iterator[TestClient]:
    """A read-only in-process client of the web app over the test store."""
    with TestClient(create_app(store_path), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def doc_ids() -> dict[str, str]:
    """The doc_id of each test document by file name."""
    return {doc.name: text_id(doc.text) for doc in DOCS}
