"""The JSON API, in-process: the same answers as the pages, paginated, with one-line errors."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.web.conftest import DOCS, JP_GB_2023, JP_SE_2024, JP_SE_CALL, SOON


def test_overview_counts_what_the_store_holds(client: TestClient) -> None:
    body = client.get("/api/overview").json()
    assert body["counts"]["documents"] == len(DOCS)
    assert body["counts"]["partnerships"] == sum(i.field == "partnerships" for d in DOCS for i in d.items)
    assert [c["date"] for c in body["upcoming_calls"]] == [SOON]
    assert body["latest_documents"][0]["published"] == max(d.published or "" for d in DOCS)


def test_documents_are_paginated(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 3}).json()
    rest = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == rest["total"] == len(DOCS)
    names = [d["name"] for d in first["items"] + rest["items"]]
    assert sorted(names) == sorted(d.name for d in DOCS)


def test_a_document_comes_with_its_facts_and_their_evidence(client: TestClient,
                                                            doc_ids: dict[str, str]) -> None:
    body = client.get(f"/api/documents/{doc_ids[JP_SE_2024.name]}").json()
    assert body["text"] == JP_SE_2024.text
    assert len(body["facts"]) == len(JP_SE_2024.items)
    quotes = {body["text"][e["start"]:e["end"]] for f in body["facts"] for e in f["evidence"]}
    assert quotes == {item.quote for item in JP_SE_2024.items}


def test_partnerships_are_listed_and_filtered_by_partner(client: TestClient) -> None:
    pairs = {p["pair"]: p["documents"] for p in client.get("/api/partnerships").json()["items"]}
    assert pairs == {"JP-SE": 2, "GB-JP": 1, "EU-JP": 1, "JP-KR": 1}
    only_se = client.get("/api/partnerships", params={"partner": "SE"}).json()
    assert [p["pair"] for p in only_se["items"]] == ["JP-SE"]


def test_a_partnership_has_a_timeline_topics_people_and_calls(client: TestClient) -> None:
    body = client.get("/api/partnerships/SE-JP").json()
    assert body["summary"]["pair"] == "JP-SE"
    dates = [f["date"] for f in body["timeline"]]
    assert dates == sorted(dates) and "2024-05-14" in dates
    assert {t["name"]: t["count"] for t in body["topics"]}["quantum"] == 2
    assert [p["name"] for p in body["people"]] == ["Anna Lindqvist"]
    assert {c["date"] for c in body["calls"]} == {SOON, "2019-02-28"}
    trend = {(t["topic"], t["year"]) for t in body["topic_trend"]}
    assert trend >= {("quantum", "2024"), ("quantum", "2025")}


def test_topic_matrix_counts_documents_per_topic_and_partner(client: TestClient) -> None:
    cells = {(c["topic"], c["partner"]): c["count"] for c in client.get("/api/topics").json()["cells"]}
    assert cells[("quantum", "SE")] == 2
    assert cells[("ai", "JP")] == 2  # one Japan-Sweden and one Japan-UK document name AI
    focused = client.get("/api/topics", params={"partner": "JP"}).json()
    assert "JP" not in focused["partners"] and set(focused["partners"]) == {"SE", "GB", "EU"}  # KR: no topic


def test_search_filters_by_pair_type_topic_and_dates(client: TestClient) -> None:
    def search(**params: str) -> list[dict[str, object]]:
        return client.get("/api/search", params=params).json()["items"]

    assert {f["doc_name"] for f in search(partner="JP-SE")} == {JP_SE_2024.name, JP_SE_CALL.name}
    assert [f["field"] for f in search(partner="GB-JP", type="events")] == ["events"]
    assert {f["doc_name"] for f in search(topic="semiconductors")} == {JP_GB_2023.name}
    in_2023 = search(date_from="2023", date_to="2023-12")
    assert in_2023 and all(str(f["date"] or f["published"]).startswith("2023") for f in in_2023)
    assert {f["label"] for f in search(q="Vinnova")} >= {"Vinnova"}


def test_calls_upcoming_by_default_and_all_on_request(client: TestClient) -> None:
    upcoming = client.get("/api/calls").json()
    every = client.get("/api/calls", params={"upcoming": "false"}).json()
    assert [c["date"] for c in upcoming["items"]] == [SOON]
    assert every["total"] == 2


def test_calendar_feed_has_one_event_per_upcoming_deadline(client: TestClient) -> None:
    response = client.get("/api/calls.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    body = response.text
    assert body.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:" + SOON.replace("-", "") in body


def test_network_links_partners_with_their_organisations(client: TestClient) -> None:
    body = client.get("/api/network").json()
    ids = {n["id"] for n in body["nodes"]}
    assert {"partner:JP", "partner:SE", "organization:Vinnova"} <= ids
    edges = {(e["source"], e["target"]) for e in body["edges"]}
    assert ("partner:JP", "partner:SE") in edges
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])


def test_a_named_organisation_leads_to_its_resolved_entity(client: TestClient) -> None:
    fact = client.get("/api/search", params={"q": "Vinnova", "type": "organizations"}).json()["items"][0]
    by_name = {"field": "organizations", "name": fact["label"]}
    page = client.get("/entity", params=by_name, follow_redirects=False)
    assert page.status_code == 303
    entity_id = page.headers["location"].rsplit("/", 1)[1]
    body = client.get(f"/api/entities/{entity_id}").json()
    assert body["name"] == "Vinnova" and body["country"] == "SE"
    assert fact["id"] in [f["id"] for f in body["facts"]["items"]]


def test_errors_are_one_json_line_with_a_status(client: TestClient) -> None:
    cases = {
        "/api/documents/0000": 404, "/api/partnerships/XX-YY": 404, "/api/partnerships/nonsense": 422,
        "/api/search?date_from=May": 422, "/api/documents?limit=0": 422, "/api/facts/999999": 404,
        "/api/entities/999999": 404, "/api/no-such-endpoint": 404,
    }
    for url, status in cases.items():
        response = client.get(url)
        assert response.status_code == status, url
        body = response.json()
        assert body["status"] == status and body["error"] and "Traceback" not in body["error"], url


def test_openapi_schema_and_offline_docs_page(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/partnerships/{pair}", "/api/documents"} <= set(schema["paths"])
    docs = client.get("/api/docs").text
    assert "/api/search" in docs and "cdn" not in docs.lower() and "swagger" not in docs.lower()
