"""Hostile document text and titles render inert on every page that shows them."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.web.conftest import EU_JP_XSS, XSS_TITLE
from tests.web.inert import active_content


@pytest.fixture
def hostile_id(doc_ids: dict[str, str]) -> str:
    return doc_ids[EU_JP_XSS.name]


def pages_showing_the_hostile_document(hostile_id: str) -> list[str]:
    return [
        "/", "/documents", f"/documents/{hostile_id}", "/partnerships", "/partnerships/EU-JP", "/matrix",
        "/search?partner=EU-JP", "/search?q=agreement", "/search?q=%3Cscript%3E",
        "/entity?field=organizations&name=%3Cimg%20src%3Dx%20onerror%3Dalert(%27org%27)%3E%20Agency",
    ]


def test_every_page_with_hostile_text_has_no_active_content(client: TestClient, hostile_id: str) -> None:
    for url in pages_showing_the_hostile_document(hostile_id):
        response = client.get(url)
        assert response.status_code == 200, url
        assert active_content(response.text) == [], url


def test_hostile_title_and_text_are_shown_as_text(client: TestClient, hostile_id: str) -> None:
    page = client.get(f"/documents/{hostile_id}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;a href=&#34;javascript:alert(&#39;link&#39;)&#34;&gt;" in page
    assert XSS_TITLE not in page


def test_evidence_marks_wrap_escaped_text(client: TestClient, hostile_id: str) -> None:
    page = client.get(f"/documents/{hostile_id}").text
    assert "&gt; Agency</mark>" in page  # the organisation's evidence, escaped inside its mark


def test_queries_echoed_back_are_escaped(client: TestClient) -> None:
    page = client.get("/search", params={"q": '"><script>alert(1)</script>', "topic": "<b>x</b>"}).text
    assert active_content(page) == []
    assert "<b>x</b>" not in page


def test_error_pages_escape_what_the_user_sent(client: TestClient) -> None:
    response = client.get("/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert response.status_code == 404
    assert active_content(response.text) == []
    assert "<script>alert(1)" not in response.text


def test_api_returns_text_verbatim_as_json(client: TestClient, hostile_id: str) -> None:
    body = client.get(f"/api/documents/{hostile_id}").json()
    assert body["summary"]["title"] == XSS_TITLE
    assert body["text"] == EU_JP_XSS.text


def test_every_response_carries_a_strict_content_security_policy(client: TestClient, hostile_id: str) -> None:
    for url in ("/", f"/documents/{hostile_id}", "/api/overview", "/no-such-page", "/api/no-such-thing"):
        policy = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
