"""A launch is an event when the start is an occasion: dated by a day or a month, or told as the
purpose or setting of a gathering (then it is that gathering). A launch verb that names nothing and
is dated by a year at most only reports that something started. Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.event_launches import unoccasioned

from .records import Extract

PUBLISHED = "2024-06-20"


@pytest.mark.parametrize(
    ("kind", "name", "date", "expected"),
    [
        ("launch", "opened", "2019", True),
        ("launch", "launched", "2024", True),
        ("launch", "inaugurated", "2021", True),
        ("launch", "kicked off", "2023", True),
        ("launch", "launched", "2024-02-11", False),  # dated to the day: an occasion
        ("launch", "opened", "2024-04", False),  # dated to the month
        ("launch", "Opening of the Lusaka Water Centre", "2019", False),  # names what opened
        ("meeting", "meet again", "2026", False),  # a planned meeting, not a launch
    ],
)
def test_a_bare_launch_verb_dated_by_a_year_tells_no_occasion(
    kind: str, name: str, date: str, expected: bool
) -> None:
    assert unoccasioned(kind, name, date) is expected


def _launches(extract: Extract, text: str) -> list[dict[str, object]]:
    return [e for e in extract(text, published=PUBLISHED)["events"] if e["type"] == "launch"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Forty agronomists met at Makerere University from 3 to 5 June for the kick-off meeting. "
            "The programme was opened by the Ambassador of Denmark in Kampala, who recalled that "
            "the two countries began working on soils more than a decade ago.",
            id="opened by a guest, vague year",
        ),
        pytest.param(
            "The ministers agreed to prepare a joint call on green hydrogen, to be launched before the "
            "end of the year.",
            id="to be launched before the end of the year",
        ),
        pytest.param(
            "The two agencies agreed that a second round of seed grants will be inaugurated later this year.",
            id="inaugurated later this year",
        ),
    ],
)
def test_a_start_without_an_occasion_is_no_launch(extract: Extract, text: str) -> None:
    assert _launches(extract, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "The Chilean-Finnish call for forest research was opened on 8 April 2024.",
            "2024-04-08",
            id="opened on a day",
        ),
        pytest.param(
            "The fellowship scheme was launched on 11 February 2024 at the embassy in Nairobi.",
            "2024-02-11",
            id="launched on a day at a venue",
        ),
        pytest.param(
            "Ghana and Canada inaugurated the Accra Battery Laboratory in March 2024.",
            "2024-03",
            id="names what was inaugurated, in a month",
        ),
    ],
)
def test_a_dated_launch_stays_an_event(extract: Extract, text: str, date: str) -> None:
    assert [e["date"] for e in _launches(extract, text)] == [date]


@pytest.mark.parametrize(
    ("text", "kind", "date", "location"),
    [
        pytest.param(
            "Scientists from Peru and Spain gathered in Lima this week to launch ANDESNET, a joint "
            "network on glaciers. The two-day workshop opened on 17 June 2024 at the national "
            "university.",
            "conference",
            "2024-06-17",
            "Lima",
            id="gathered to launch, the workshop told to the day next",
        ),
        pytest.param(
            "The joint call was opened on 3 June 2024 at the Kenya–Germany Research Forum in Berlin.",
            "conference",
            "2024-06-03",
            "Berlin",
            id="opened at a named forum: the forum's own place",
        ),
        pytest.param(
            "Rwanda and Singapore opened their digital health call on 12 June 2024 at the annual "
            "meeting of the joint committee in Kigali.",
            "meeting",
            "2024-06-12",
            "Kigali",
            id="opened at a meeting, active voice",
        ),
    ],
)
def test_a_launch_held_at_a_gathering_is_that_gathering(
    extract: Extract, text: str, kind: str, date: str, location: str
) -> None:
    events = extract(text, published=PUBLISHED)["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == [(kind, date, location)]
