"""Event classes of wording (texts of our own):

- a yearless date in a sentence that tells a plan without "will" ("the sides plan a workshop on
  June 16-17", "are planning", "an upcoming seminar", "due in the autumn") is the next such date,
  a range moved whole;
- a date told as the eve of (the day before) an event told earlier ("On the eve of the forum");
- a place after "the previous session in" belongs to an earlier occurrence, and that event word
  takes no date told before it;
- plural multi-word cues ("matchmaking days", "brokerage events");
- a city right before a people noun ("a Lyon delegation") is the visitors' home, not the venue;
  the departure ("before leaving on Thursday") ends a stay;
- a date right after the last item of a list of events ("..., a workshop in Goa and a ministerial
  visit in November") is that item's only;
- an evening event ("Alumni Evening") is a reception; "contact us by 3 May" on a wrapped line
  closes sign-up.
"""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract, events_of


def _dated(events: list[dict[str, Any]], date: str) -> list[dict[str, Any]]:
    return [e for e in events if e["date"] == date]


PLANS = [
    pytest.param(
        "The two agencies also plan a joint workshop on coastal erosion in Lisbon on June 16-17, "
        "organisers said.",
        "2025-03-02",
        "2025-06-16",
        "2025-06-17",
        id="plan a workshop: a range",
    ),
    pytest.param(
        "Both councils are planning a seminar on soil carbon in Nairobi on 9 January, a spokesperson said.",
        "2025-11-20",
        "2026-01-09",
        None,
        id="are planning: across the new year",
    ),
    pytest.param(
        "An upcoming symposium on glacier retreat is set for Santiago on 3 February, the ministry said.",
        "2024-10-01",
        "2025-02-03",
        None,
        id="upcoming",
    ),
    pytest.param(
        "Researchers from both sides envisage a summer school in Vienna from 7 to 11 July.",
        "2026-08-30",
        "2027-07-07",
        "2027-07-11",
        id="envisage, a range",
    ),
]


@pytest.mark.parametrize(("text", "published", "date", "end"), PLANS)
def test_a_planned_yearless_date_is_the_next_one(
    extract: Extract, text: str, published: str, date: str, end: str | None
) -> None:
    events = events_of(extract, text, published)
    assert [(e["date"], e.get("end")) for e in events] == [(date, end)]


def test_a_range_going_on_at_the_documents_date_is_not_moved(extract: Extract) -> None:
    text = "The partners plan a trade fair in Osaka from 10 to 20 June, with a pavilion of their own."
    events = events_of(extract, text, "2025-06-15")
    assert events and events[0]["date"] == "2025-06-10"


def test_a_past_yearless_date_stays(extract: Extract) -> None:
    text = "The two institutes held a workshop on peat fires in Riga on 4 March, organisers said."
    assert events_of(extract, text, "2025-09-01")[0]["date"] == "2025-03-04"


def test_a_season_of_a_session_due_ahead_is_next_years(extract: Extract) -> None:
    text = (
        "Progress will be reviewed at the session of the Chile-Japan Dialogue, due in Tokyo in the "
        "autumn, a diplomat said."
    )
    events = events_of(extract, text, "2025-02-11")
    assert [e["date"] for e in events] == ["2025"]


EVES = [
    pytest.param(
        "On the eve of the forum, the delegations held the 5th meeting of the Joint Committee.",
        "2025-10-21",
        id="on the eve of the forum",
    ),
    pytest.param(
        "The day before the congress, the ministers held talks on research infrastructure.",
        "2025-10-21",
        id="the day before the congress",
    ),
    pytest.param(
        "A day ahead of the conference, the two rectors held a meeting on joint degrees.",
        "2025-10-21",
        id="a day ahead of the conference",
    ),
]


@pytest.mark.parametrize(("sentence", "date"), EVES)
def test_the_eve_of_an_event_is_the_day_before_it(extract: Extract, sentence: str, date: str) -> None:
    text = (
        "Almaty hosted the 2nd Kazakhstan-Finland Innovation Forum on 22-23 October 2025.\n\n"
        "The forum was opened by the two ministers.\n\n" + sentence
    )
    events = events_of(extract, text, "2025-10-24")
    eve = _dated(events, date)
    assert len(eve) == 1 and eve[0]["location"] == "Almaty"
    assert [e["date"] for e in events].count("2025-10-22") == 1  # the forum, once


def test_a_previous_session_elsewhere_is_not_the_venue(extract: Extract) -> None:
    text = (
        "Hanoi hosted the Vietnam-Belgium Science Week on 4-6 March 2025.\n\n"
        "On the eve of the week, the 6th session of the Joint Commission reviewed the projects funded "
        "since the previous session in Brussels."
    )
    events = events_of(extract, text, "2025-03-07")
    assert [(e["date"], e.get("location")) for e in _dated(events, "2025-03-03")] == [("2025-03-03", "Hanoi")]


def test_a_previous_session_with_its_own_date_keeps_it(extract: Extract) -> None:
    text = "The previous session in Brussels on 12 May 2023 agreed a work plan for the Joint Commission."
    events = events_of(extract, text, "2025-03-07")
    assert [(e["date"], e.get("location")) for e in events] == [("2023-05-12", "Brussels")]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("two matchmaking days", "conference"),
        ("two brokerage events", "conference"),
        ("partnering days", "conference"),
        ("the annual Research Alumni Evening", "reception"),
        ("a gala banquet", "reception"),
    ],
)
def test_plural_and_evening_cues(extract: Extract, phrase: str, kind: str) -> None:
    text = f"The embassy hosts {phrase} in Copenhagen on 7 and 8 October 2025 for researchers."
    events = events_of(extract, text, "2025-09-01")
    assert [(e["date"], e["type"], e.get("location")) for e in events] == [("2025-10-07", kind, "Copenhagen")]


ORIGINS = [
    "a three-day visit by a ten-member Galway delegation, which arrived on Tuesday and left on Thursday",
    "a visit by the Osaka team, which arrived on Tuesday",
    "a visit of Nairobi-based researchers who arrived on Tuesday",
]


@pytest.mark.parametrize("clause", ORIGINS)
def test_a_city_naming_where_visitors_come_from_is_not_the_venue(extract: Extract, clause: str) -> None:
    text = f"The signing crowned {clause}."
    events = events_of(extract, text, "2025-06-12")
    assert events and all(e.get("location") is None for e in events)


def test_a_city_after_in_stays_the_venue(extract: Extract) -> None:
    text = "The delegation in Galway visited the marine institute on Tuesday."
    events = events_of(extract, text, "2025-06-12")
    assert events and events[0]["location"] == "Galway"


@pytest.mark.parametrize(
    "departure", ["before leaving on Thursday", "departing on Thursday", "before returning home on Thursday"]
)
def test_a_departure_ends_a_stay(extract: Extract, departure: str) -> None:
    text = f"The rectors began a study visit to Lund on Tuesday, {departure}."
    events = events_of(extract, text, "2025-06-13")
    assert [(e["date"], e.get("end")) for e in events] == [("2025-06-10", "2025-06-12")]


LISTS = [
    # ("In this issue: ..., and advance notice of a ministerial visit in November." is a newsletter's
    # contents line, which dates no event: the item below tells it; test_event_classes_s12c.py)
    "Inside: the forum in Kraków, a seminar in Gdańsk and a ministerial visit in November.",
    "This edition covers the summit in Rome, the symposium in Milan, or a ministerial visit in November.",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_date_after_the_last_item_of_a_list_is_that_items(extract: Extract, text: str) -> None:
    events = events_of(extract, text, "2025-09-15")
    assert [e["type"] for e in events] == ["visit"]


def test_a_date_after_a_plain_list_of_events_is_shared(extract: Extract) -> None:
    text = "The programme combines a workshop and a dinner in Bergen on 3 May 2025."
    events = events_of(extract, text, "2025-04-01")
    assert [e["date"] for e in events] == ["2025-05-03"]


@pytest.mark.parametrize(
    "closing",
    [
        "Institutions interested in taking part in the roundtable should contact the Embassy\nby 15 October.",
        "Those who wish to participate in the roundtable should write to us\nby 15 October.",
    ],
)
def test_a_wrapped_sign_up_date_dates_no_event(extract: Extract, closing: str) -> None:
    text = f"The minister will open a higher education roundtable in Pune on 26 November 2025. {closing}"
    events = events_of(extract, text, "2025-09-15")
    assert [e["date"] for e in events] == ["2025-11-26"]
