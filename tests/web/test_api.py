"""The JSON API, in-process: the same answers as the pages, paginated, with one-line errors."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.web.conftest import DOCS, JP_GB_2023, JP_SE_2024, JP_SE_CALL, SOON, days_to_soon


def test_overview_counts_what_the_store_holds(client: TestClient) -> None:
    body = client.get("/api/overview").json()
    assert body["counts"]["documents"] == len(DOCS)
    assert body["counts"]["partnerships"] == sum(i.field == "partnerships" for d in DOCS for i in d.items)
    assert [c["deadline"] for c in body["upcoming_calls"]] == [SOON]
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


def test_partnerships_are_listed_most_documented_first(client: TestClient) -> None:
    body = client.get("/api/partnerships").json()
    pairs = {"-".join(p["pair"]): p["documents"] for p in body["items"]}
    assert pairs == {"JP-SE": 2, "GB-JP": 1, "EU-JP": 1, "JP-KR": 1}
    assert body["items"][0]["pair"] == ["JP", "SE"] and body["total"] == 4
    second = client.get("/api/partnerships", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 2 and second["offset"] == 2


def test_a_partnership_has_a_timeline_topics_people_and_calls(client: TestClient) -> None:
    body = client.get("/api/partnerships/SE-JP").json()
    assert body["summary"]["pair"] == ["JP", "SE"]
    dates = [item["date"] for item in body["timeline"]]
    assert dates == sorted(dates) and "2024-05-14" in dates
    assert {t["topic"]: t["count"] for t in body["topics"]}["quantum"] == 2
    assert [p["name"] for p in body["people"]] == ["Anna Lindqvist"]
    assert {c["deadline"] for c in body["calls"]} == {SOON, "2019-02-28"}
    quantum = next(t for t in body["topics"] if t["topic"] == "quantum")
    assert quantum["by_year"] == {"2024": 1, "2025": 1}


def test_timeline_mirrors_the_cli_with_partner_and_date_filters(client: TestClient) -> None:
    query = [("partner", "JP"), ("partner", "SE"), ("since", "2025")]
    items = client.get("/api/timeline", params=query).json()
    assert [i["date"] for i in items["items"]] == ["2025-10"]
    assert items["items"][0]["sources"][0]["document"] == JP_SE_2024.name


def test_topics_by_partnership_and_the_topic_by_partner_matrix(client: TestClient) -> None:
    topics = client.get("/api/topics").json()
    assert topics["counts"]["JP-SE"]["quantum"] == 2
    cells = {(c["topic"], c["partner"]): c["count"] for c in client.get("/api/matrix").json()["cells"]}
    assert cells[("quantum", "SE")] == 2
    assert cells[("ai", "JP")] == 2  # one Japan-Sweden and one Japan-UK document name AI
    focused = client.get("/api/matrix", params={"partner": "JP"}).json()
    assert "JP" not in focused["partners"] and set(focused["partners"]) == {"SE", "GB", "EU"}  # KR: no topic


def test_facts_filter_by_pair_type_topic_dates_and_words(client: TestClient) -> None:
    def facts(**params: str) -> list[dict[str, object]]:
        return client.get("/api/facts", params=params).json()["items"]

    assert {f["doc_name"] for f in facts(partner="JP-SE")} == {JP_SE_2024.name, JP_SE_CALL.name}
    assert [f["field"] for f in facts(partner="GB-JP", type="events")] == ["events"]
    assert {f["doc_name"] for f in facts(topic="semiconductors")} == {JP_GB_2023.name}
    in_2023 = facts(date_from="2023", date_to="2023-12")
    assert in_2023 and all(str(f["date"] or f["published"]).startswith("2023") for f in in_2023)
    assert [f["label"] for f in facts(q="Vinnova", type="organizations")] == ["Vinnova"]


def test_full_text_search_finds_documents_and_facts(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Stockholm"}).json()["items"]
    assert {h["document"] for h in hits} == {JP_SE_2024.name}
    assert {h["kind"] for h in hits} >= {"document"}


def test_calls_all_by_default_or_only_open_ones(client: TestClient) -> None:
    every = client.get("/api/calls").json()
    still_open = client.get("/api/calls", params={"open_only": "true"}).json()
    assert every["total"] == 2
    assert [(c["deadline"], c["days_left"]) for c in still_open["items"]] == [(SOON, days_to_soon())]


def test_calendar_feed_has_one_event_per_open_deadline(client: TestClient) -> None:
    response = client.get("/api/calls.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    body = response.text
    assert body.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:" + SOON.replace("-", "") in body


def test_exports_mirror_the_cli(client: TestClient) -> None:
    response = client.get("/api/export/graphml")
    assert response.status_code == 200 and "<graphml" in response.text
    assert client.get("/api/export/pdf").status_code == 422


def test_network_links_partners_with_their_organisations(client: TestClient) -> None:
    body = client.get("/api/network").json()
    by_label = {(n["kind"], n["label"]): n["id"] for n in body["nodes"]}
    assert {("partner", "Japan"), ("partner", "Sweden"), ("organization", "Vinnova")} <= set(by_label)
    edges = {frozenset((e["source"], e["target"])) for e in body["edges"]}
    assert frozenset((by_label[("partner", "Japan")], by_label[("partner", "Sweden")])) in edges
    assert frozenset((by_label[("organization", "Vinnova")], by_label[("partner", "Sweden")])) in edges
    ids = set(by_label.values())
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])


def test_a_named_organisation_leads_to_its_resolved_entity(client: TestClient) -> None:
    fact = client.get("/api/facts", params={"q": "Vinnova", "type": "organizations"}).json()["items"][0]
    by_name = {"field": "organizations", "name": fact["label"]}
    page = client.get("/entity", params=by_name, follow_redirects=False)
    assert page.status_code == 303
    entity_id = page.headers["location"].rsplit("/", 1)[1]
    profile = client.get(f"/api/entities/{entity_id}").json()
    assert profile["name"] == "Vinnova" and profile["country"] == "SE"
    assert client.get("/api/entities/Vinnova").json()["id"] == profile["id"]
    facts = client.get(f"/api/entities/{entity_id}/facts").json()
    assert fact["id"] in [f["id"] for f in facts["items"]]


def test_errors_are_one_json_line_with_a_status(client: TestClient) -> None:
    cases = {
        "/api/documents/0000": 404, "/api/partnerships/FR-JP": 404, "/api/partnerships/nonsense": 422,
        "/api/partnerships/JP-JP": 400, "/api/facts?date_from=May": 422, "/api/documents?limit=0": 422,
        "/api/facts/999999": 404, "/api/entities/999999": 404, "/api/entities/Nobody": 404,
        "/api/no-such-endpoint": 404, "/api/search": 422,
    }
    for url, status in cases.items():
        response = client.get(url)
        assert response.status_code == status, url
        body = response.json()
        assert body["status"] == status and body["error"] and "Traceback" not in body["error"], url


def test_openapi_schema_and_offline_docs_page(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/facts", "/api/partnerships/{pair}", "/api/documents"} <= set(schema["paths"])
    docs = client.get("/api/docs").text
    assert "/api/search" in docs and "cdn" not in docs.lower() and "swagger" not in docs.lower()


def test_an_entity_named_with_non_ascii_digits_is_looked_up_by_name_not_id(client) -> None:
    """ "9¹" passes str.isdigit() but is no row id: the API answers 404, not 500."""
    for name in ("9¹", "٣", "²³"):
        response = client.get(f"/api/entities/{name}")
        assert response.status_code in (200, 404), (name, response.text)
