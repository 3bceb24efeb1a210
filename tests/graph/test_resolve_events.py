"""Events and agreements reported by several documents become one node; meeting series."""

from __future__ import annotations

import json

from bilat.graph.store import Store
from bilat.query.api import QueryAPI

G7 = "G7 Science and Technology Ministers' Meeting"


def events(store: Store) -> list[tuple[str, str]]:
    rows = store.conn.execute("SELECT name, data FROM entities WHERE kind = 'event' ORDER BY id")
    return [(name, json.loads(data)["date"]) for name, data in rows]


def test_one_event_reported_at_two_precisions_is_one_node_with_two_sources(store, put):
    put(
        {
            "partnerships": [["GB", "JP"]],
            "events": [{"type": "meeting", "date": "2023-05", "location": "Sendai", "name": G7}],
        },
        "a",
    )
    put(
        {
            "partnerships": [["JP", "US"]],
            "events": [
                {
                    "type": "meeting",
                    "date": "2023-05-12",
                    "end": "2023-05-14",
                    "location": "Sendai",
                    "name": "the G7 Science and Technology Ministers Meeting in Sendai",
                }
            ],
        },
        "b",
    )

    (item,) = QueryAPI(store).timeline().items
    assert item.date == "2023-05-12" and item.end == "2023-05-14"
    assert sorted(s.document for s in item.sources) == ["a", "b"]
    assert item.partners == ["GB", "JP", "US"]


def test_a_day_inside_a_multi_day_event_joins_it(store, put):
    put(
        {
            "events": [
                {
                    "type": "conference",
                    "date": "2024-10-07",
                    "end": "2024-10-09",
                    "location": "Kyoto",
                    "name": "STS forum",
                }
            ]
        },
        "a",
    )
    put(
        {
            "events": [
                {
                    "type": "conference",
                    "date": "2024-10-08",
                    "location": "Kyoto",
                    "name": "Science and Technology in Society forum (STS forum)",
                }
            ]
        },
        "b",
    )
    assert len(events(store)) == 1


def test_different_dates_places_or_partners_keep_events_apart(store, put):
    meeting = {
        "type": "meeting",
        "date": "2023-05-16",
        "location": "Tokyo",
        "name": "Joint Committee meeting",
    }
    put({"partnerships": [["JP", "US"]], "events": [meeting]}, "a")
    put({"partnerships": [["JP", "US"]], "events": [{**meeting, "date": "2023-05-20"}]}, "b")
    put({"partnerships": [["JP", "US"]], "events": [{**meeting, "location": "Washington"}]}, "c")
    put({"partnerships": [["DE", "FR"]], "events": [meeting]}, "d")
    assert len(events(store)) == 4


def test_unrelated_events_on_the_same_month_are_not_merged(store, put):
    put(
        {
            "partnerships": [["JP", "US"]],
            "events": [
                {
                    "type": "visit",
                    "date": "2023-05",
                    "location": "Tsukuba",
                    "name": "Visit to AIST headquarters",
                },
                {
                    "type": "visit",
                    "date": "2023-05",
                    "location": "Naka",
                    "name": "Visit to the Naka Fusion Institute",
                },
            ],
        },
        "a",
    )
    put(
        {
            "partnerships": [["JP", "US"]],
            "events": [
                {"type": "visit", "date": "2023-05-16", "name": "Minister's visit to a fusion start-up"}
            ],
        },
        "b",
    )
    assert len(events(store)) == 3


def test_numbered_meetings_form_a_series_in_order(store, put):
    pair = {"partnerships": [["DE", "JP"]]}
    put(
        {
            **pair,
            "events": [
                {
                    "type": "meeting",
                    "date": "2023-02-01",
                    "location": "Bonn",
                    "name": "24th Japan-Germany Joint Committee on Scientific and Technological Cooperation",
                }
            ],
        },
        "a",
    )
    put(
        {
            **pair,
            "events": [
                {
                    "type": "meeting",
                    "date": "2025-05-26",
                    "location": "Tokyo",
                    "name": "the 25th meeting of the Joint Japanese-German Committee",
                }
            ],
        },
        "b",
    )
    put(
        {
            "partnerships": [["JP", "KR"]],
            "events": [{"type": "meeting", "date": "2025-11-27", "name": "14th Japan-Korea Joint Committee"}],
        },
        "c",
    )

    (series,) = store.conn.execute(
        "SELECT id FROM entities WHERE kind = 'series' AND key LIKE 'DE-JP|%'"
    ).fetchall()
    numbers = {i.number: i.id for i in QueryAPI(store).timeline(partners=["DE"]).items}
    assert set(numbers) == {24, 25}
    follows = store.conn.execute("SELECT src_id, dst_id FROM links WHERE type = 'follows'").fetchall()
    assert [tuple(r) for r in follows] == [(numbers[25], numbers[24])]
    members = store.conn.execute("SELECT count(*) FROM links WHERE type = 'in_series' AND dst_id = ?", series)
    assert members.fetchone()[0] == 2


def test_one_agreement_in_two_documents_is_one_node(store, put):
    put(
        {
            "partnerships": [["JP", "US"]],
            "agreements": [
                {
                    "type": "agreement",
                    "parties": ["JP", "US"],
                    "date": "1988",
                    "title": "Agreement on Cooperation in Research and Development in Science and Technology",
                }
            ],
        },
        "a",
    )
    put(
        {
            "partnerships": [["JP", "US"]],
            "agreements": [
                {
                    "type": "agreement",
                    "parties": ["US", "JP"],
                    "date": "1988-06-20",
                    "title": "Japan-U.S. Agreement on Cooperation in Research and Development"
                    " in Science and Technology",
                },
                {"type": "memorandum", "parties": ["JP", "US"], "date": "2024-04", "title": "MoC on fusion"},
            ],
        },
        "b",
    )

    items = QueryAPI(store).timeline(partners=["Japan", "United States"]).items
    assert [(i.type, len(i.sources)) for i in items] == [("agreement", 2), ("memorandum", 1)]
    assert items[0].date == "1988-06-20"


def test_the_same_call_in_two_documents_is_one_call(store, put):
    call = {"program": "ASPIRE", "funder": "JST", "deadline": "2025-05-12T12:00+09:00"}
    put({"partnerships": [["JP", "SE"]], "calls": [call]}, "a")
    put({"partnerships": [["GB", "JP"]], "calls": [{**call, "deadline": "2025-05-12"}]}, "b")
    put({"calls": [{**call, "program": "PHC SAKURA"}]}, "c")
    (aspire, sakura) = QueryAPI(store).calls().items
    assert (len(aspire.sources), aspire.partners) == (2, ["GB", "JP", "SE"])
    assert sakura.program == "PHC SAKURA"


def test_an_event_dated_by_its_week_joins_the_same_event_dated_by_its_day(store, put):
    meeting = {"type": "meeting", "location": "Sendai", "name": G7}
    put({"partnerships": [["GB", "JP"]], "events": [{**meeting, "date": "2023-W19"}]}, "a")
    put({"partnerships": [["JP", "US"]], "events": [{**meeting, "date": "2023-05-13"}]}, "b")
    (item,) = QueryAPI(store).timeline().items
    assert item.date == "2023-05-13" and len(item.sources) == 2


def test_a_report_that_only_says_the_meeting_joins_the_named_one_of_the_same_place_and_time(store, put):
    put(
        {
            "partnerships": [["JP", "US"]],
            "events": [
                {
                    "type": "meeting",
                    "date": "2023-05-12",
                    "end": "2023-05-14",
                    "location": "Sendai",
                    "name": "The meeting",
                }
            ],
        },
        "a",
    )
    put(
        {
            "partnerships": [["GB", "JP"]],
            "events": [
                {"type": "meeting", "date": "2023-05", "location": "Sendai", "name": G7},
                {"type": "meeting", "date": "2023-05", "location": "Tokyo", "name": "the meeting"},
            ],
        },
        "b",
    )
    names = sorted(name for name, _ in events(store))
    assert names == [G7, "the meeting"]
