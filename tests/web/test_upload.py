"""Uploads: off by default, then only with the server's token, within size and type limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.web.conftest import JP_SE_2024, build_store
from tests.web.inert import active_content

from bilat.web.app import create_app

TOKEN = "test-token-0123456789"
NOTE = b"Stockholm, 2 June 2025. Sweden and Japan agreed to deepen cooperation on polar research.\n"


@pytest.fixture
def upload_client(tmp_path: Path) -> Iterator[TestClient]:
    store = build_store(tmp_path / "bilat.db", [JP_SE_2024])
    app = create_app(store, allow_upload=True, upload_token=TOKEN, max_upload_bytes=4096)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def post(client: TestClient, name: str, content: bytes, token: str | None = TOKEN) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/documents", files={"file": (name, content)}, headers=headers)


def test_uploads_are_refused_unless_the_server_allows_them(client: TestClient) -> None:
    before = client.get("/api/documents").json()["total"]
    response = client.post("/api/documents", files={"file": ("note.txt", NOTE)},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert "--allow-upload" in response.json()["error"]
    assert client.get("/api/documents").json()["total"] == before


@pytest.mark.parametrize("token", [None, "wrong-token", TOKEN + "x"])
def test_uploads_need_the_exact_token(upload_client: TestClient, token: str | None) -> None:
    response = post(upload_client, "note.txt", NOTE, token=token)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_an_uploaded_text_is_ingested_and_shown(upload_client: TestClient) -> None:
    response = post(upload_client, "../../etc/polar note.txt", NOTE)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["name"] == "polar_note.txt"
    [doc_id] = body["documents"]
    stored = upload_client.get(f"/api/documents/{doc_id}").json()
    assert stored["text"] == NOTE.decode()
    assert upload_client.get("/api/documents").json()["total"] == 2
    again = post(upload_client, "polar note.txt", NOTE)
    assert again.json()["documents"] == [doc_id]
    assert upload_client.get("/api/documents").json()["total"] == 2


def test_an_uploaded_html_page_with_scripts_renders_inert(upload_client: TestClient) -> None:
    page = (b"<html><head><title>Polar <script>alert(1)</script></title></head><body><article>"
            b"<p>Sweden and Japan agreed to deepen cooperation on polar research in 2025.</p>"
            b"<p>&lt;script&gt;alert(2)&lt;/script&gt; <a href=\"javascript:alert(3)\">more</a></p>"
            b"</article></body></html>")
    response = post(upload_client, "polar.html", page)
    assert response.status_code == 201, response.text
    for doc_id in response.json()["documents"]:
        html = upload_client.get(f"/documents/{doc_id}").text
        assert active_content(html) == []


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("big.txt", b"x" * 5000, 413),
        ("tool.exe", b"MZ\x90\x00", 415),
        ("no-suffix", NOTE, 415),
        ("fake.pdf", NOTE, 415),
        ("binary.txt", b"\x00\x01\x02" * 100, 415),
        ("empty.txt", b"", 415),
    ],
)
def test_uploads_outside_the_limits_are_refused(upload_client: TestClient, name: str, content: bytes,
                                                status: int) -> None:
    response = post(upload_client, name, content)
    assert response.status_code == status
    assert response.json()["error"]
    assert upload_client.get("/api/documents").json()["total"] == 1


def test_an_oversized_upload_is_refused_before_its_body_is_read(upload_client: TestClient) -> None:
    response = upload_client.post("/api/documents", content=b"x" * 100,
                                  headers={"Authorization": f"Bearer {TOKEN}", "Content-Length": str(10**9),
                                           "Content-Type": "multipart/form-data; boundary=x"})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


def test_the_ui_is_read_only(client: TestClient) -> None:
    for url in ("/", "/documents", "/api/overview", "/api/search"):
        assert client.post(url).status_code == 405
        assert client.delete(url).status_code == 405
