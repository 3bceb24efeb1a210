"""The HTML pages: every page renders, lists paginate, long documents come in parts under 1 MB."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.web.conftest import DOCS, JP_KR_LONG, JP_SE_2024, Doc, Item, build_store, days_to_soon
from tests.web.inert import active_content

from bilat.ingest.model import text_id
from bilat.query.api import QueryAPI
from bilat.query.browse import TEXT_PART
from bilat.web.app import create_app

MEGABYTE = 1024 * 1024


def test_every_page_renders(client: TestClient, doc_ids: dict[str, str]) -> None:
    pages = ["/", "/documents", "/partnerships", "/partnerships?partner=JP", "/partnerships/JP-SE", "/matrix",
             "/matrix?partner=SE", "/network", "/calls", "/calls?all=true", "/search", "/api/docs",
             *(f"/documents/{doc_id}" for doc_id in doc_ids.values())]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html"), url
        assert "<h1>" in response.text, url


def test_document_page_marks_every_fact_at_its_evidence(client: TestClient, doc_ids: dict[str, str]) -> None:
    html = client.get(f"/documents/{doc_ids[JP_SE_2024.name]}").text
    marks = MarkedText()
    marks.feed(html)
    assert sorted(marks.by_fact.values()) == sorted(item.quote for item in JP_SE_2024.items)
    assert html.count('class="fact-btn') == len(JP_SE_2024.items)


class MarkedText(HTMLParser):
    """The text inside <mark data-facts> elements, joined per fact id."""

    def __init__(self) -> None:
        super().__init__()
        self.current: list[str] = []
        self.by_fact: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.current = (dict(attrs).get("data-facts") or "").split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.current = []

    def handle_data(self, data: str) -> None:
        for fact_id in self.current:
            self.by_fact[fact_id] = self.by_fact.get(fact_id, "") + data


def test_lists_paginate_with_previous_and_next_links(client: TestClient) -> None:
    first = client.get("/search").text
    assert f"1–25 of {sum(len(d.items) for d in DOCS)}" in first
    assert 'rel="next" href="http://testserver/search?offset=25"' in first
    second = client.get("/search?offset=25").text
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_heatmap_cells_link_to_the_search_behind_them(client: TestClient) -> None:
    html = client.get("/matrix?partner=JP").text
    assert 'href="/search?topic=quantum&amp;partner=JP-SE"' in html
    facts = client.get("/api/facts", params={"topic": "quantum", "partner": "JP-SE"}).json()
    assert facts["total"] > 0


def test_calls_show_a_countdown_and_a_calendar_link(client: TestClient) -> None:
    html = client.get("/calls").text
    assert f"{days_to_soon()} days left" in html
    assert 'href="/api/calls.ics"' in html


def test_missing_and_bad_pages_get_clear_error_pages(client: TestClient) -> None:
    for url, status in {"/documents/nope": 404, "/partnerships/FR-JP": 404, "/partnerships/bad": 400,
                        "/search?date_from=yesterday": 400, "/entities/0": 422, "/no/such/page": 404}.items():
        response = client.get(url)
        assert response.status_code == status, url
        assert response.headers["content-type"].startswith("text/html"), url
        assert '<section class="error">' in response.text and "Traceback" not in response.text, url


def test_a_missing_store_is_an_error_page_not_a_traceback(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "absent.db"), raise_server_exceptions=False) as client:
        page = client.get("/")
        api = client.get("/api/overview")
    assert page.status_code == api.status_code == 503
    assert "absent.db" in api.json()["error"]


def test_a_long_document_comes_in_parts_each_under_a_megabyte(tmp_path: Path) -> None:
    sentence = "Researchers from Japan and Korea met at the Kyoto institute to plan the joint project. "
    text = sentence * (TEXT_PART * 3 // len(sentence))
    items = [Item("organizations", {"name": "Kyoto institute"}, "Kyoto institute")]
    long_doc = Doc(name="huge.txt", title="A very long report", published="2025", text=text, items=items)
    store = build_store(tmp_path / "bilat.db", [long_doc, JP_KR_LONG])
    with TestClient(create_app(store)) as client:
        doc_id = text_id(text)
        sizes = []
        for part in (1, 2, 3):
            response = client.get(f"/documents/{doc_id}?part={part}")
            assert response.status_code == 200
            assert f"Part {part} of 3" in response.text
            sizes.append(len(response.content))
        assert client.get(f"/documents/{doc_id}?part=4").status_code == 404
    assert max(sizes) < MEGABYTE


@given(q=st.text(max_size=30), partner=st.text(max_size=6), topic=st.text(max_size=10),
       date_from=st.text(max_size=11), kind=st.sampled_from(["", "events", "calls", "nonsense"]))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_search_page_never_fails_on_odd_input(client: TestClient, q: str, partner: str, topic: str,
                                              date_from: str, kind: str) -> None:
    response = client.get("/search", params={"q": q, "partner": partner, "topic": topic,
                                              "date_from": date_from, "type": kind})
    assert response.status_code in (200, 400), response.text
    assert active_content(response.text) == []


def test_an_unexpected_failure_is_a_plain_500_page(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(QueryAPI, "overview", broken)
    with TestClient(create_app(store_path), raise_server_exceptions=True) as client:
        page, api = client.get("/"), client.get("/api/overview")
    assert page.status_code == api.status_code == 500
    assert "simulated" not in page.text and "Traceback" not in page.text
    assert api.json() == {"error": "internal error: the server could not answer this request", "status": 500}


def test_counts_of_one_read_in_the_singular(client: TestClient) -> None:
    html = client.get("/partnerships/JP-KR").text
    assert "1 document," in html or "1 document ·" in html
    assert "1 documents" not in html
    for url in ("/", "/partnerships/JP-SE", "/matrix", "/calls?all=true"):
        text = client.get(url).text
        nouns = ("documents", "days", "facts", "people")
        wrong = [noun for noun in nouns if f">1 {noun}" in text or f" 1 {noun}" in text]
        assert not wrong, url
