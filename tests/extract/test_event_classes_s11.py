"""Event classes seen in several sets of first-sight documents (eleventh cross-set round).

1. A festival and the occasions of its programme: a named festival or one told with its span of days
   is an event (type `other`), and so is a dated concert or recital of its programme; a festival
   told in passing in a local report ("the summer festival drew record crowds") is none
   (`event_occasions.unmarked_occasion`, `occasion_cues` of event_types.yaml).
2. A day range whose days carry their weekdays ("from Thursday 10 to Sunday 13 April 2025"): one
   date with its end (temporal rule `wd_dm_range`).
3. A facility or service put into operation without a launch word ("commissioned a test rig", "the
   vessel entered into service", "began operating"): a launch; "commissioned a study" orders a piece of
   work and is none (`event_occasions.ordered_work`).
4. A city that closes the subject's appositive right before a verb cue ("the consortium, a project
   of X and Y in Freiburg, opened a rig in Durban") is the subject's seat, not the event's place
   when the sentence tells a place after the cue (`events._closing_appositive`). Texts of our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.temporal.tagger import tag

Extract = Callable[..., dict[str, Any]]


def _events(extract: Extract, text: str, published: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return events


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Porto, 2 March 2026 — The embassy presented the first Lusophone Film Festival, which will "
            "run from 8 to 11 May 2026 at the Coliseu.",
            "2026-05-08",
            "2026-05-11",
        ),
        (
            "Lima, 4 June 2025. A three-day festival of Andean and Korean music will take over the old "
            "town from Friday 20 to Sunday 22 June 2025, with support from both embassies.",
            "2025-06-20",
            "2025-06-22",
        ),
        (
            "Nairobi, 1 August 2025. The Kenya-Japan Science Festival opens on 12 September 2025 at the "
            "national museum, with talks by researchers from both countries.",
            "2025-09-12",
            None,
        ),
        (
            "Hanoi, 9 January 2026. The Viet Nam-France festival of science runs from Monday 16 to "
            "Friday 20 February 2026 in the Temple of Literature.",
            "2026-02-16",
            "2026-02-20",
        ),
    ],
)
def test_a_named_or_spanned_festival_is_an_event(
    extract: Extract, text: str, start: str, end: str | None
) -> None:
    found = [e for e in _events(extract, text, "2025-01-01") if e["date"] == start]
    assert found, _events(extract, text, "2025-01-01")
    assert found[0]["type"] == "other"
    assert found[0].get("end") == end


@pytest.mark.parametrize(
    "text",
    [
        "The city's summer river festival drew more than 200,000 visitors last weekend, the council "
        "said on 4 August 2026.",
        "The council leader said the festival would return on 30 July 2027.",
        "Record crowds at the harvest festival lifted hotel bookings in October 2025.",
    ],
)
def test_a_festival_told_in_passing_is_no_event(extract: Extract, text: str) -> None:
    assert _events(extract, text, "2026-08-05") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The programme was unveiled in Dublin on 1 March 2025. On 12 April the university choir "
            "gives a concert of Irish and Argentine songs in the cathedral.",
            "2025-04-12",
        ),
        (
            "- **Piano recital (14 May 2026)** — a Polish pianist plays Chopin at the Korean embassy.",
            "2026-05-14",
        ),
        (
            "Madrid, 3 March 2025. A concert by the Seoul youth orchestra on 20 March 2025 closes the "
            "Korea-Spain cultural year.",
            "2025-03-20",
        ),
    ],
)
def test_a_dated_concert_is_an_event(extract: Extract, text: str, day: str) -> None:
    events = _events(extract, text, "2025-01-01")
    assert any(e["date"] == day and e["type"] == "other" for e in events), events


def test_an_occasion_of_the_festival_itself_is_an_event(extract: Extract) -> None:
    text = (
        'Ottawa, 20 March 2025. "We are proud to bring it to Canada," the ambassador said at the '
        "festival's presentation in Ottawa on 14 March."
    )
    assert any(e["date"] == "2025-03-14" for e in _events(extract, text, "2025-03-20"))


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        (
            "from Thursday 10 to Sunday 13 April 2025",
            "Thursday 10 to Sunday 13 April 2025",
            "2025-04-10",
            "2025-04-13",
        ),
        (
            "held Monday, 3 to Friday, 7 March 2025 in Accra",
            "Monday, 3 to Friday, 7 March 2025",
            "2025-03-03",
            "2025-03-07",
        ),
        (
            "Tuesday 30 September to Thursday 2 October 2025",
            "Tuesday 30 September to Thursday 2 October 2025",
            "2025-09-30",
            "2025-10-02",
        ),
        (
            "on Saturday 8 – Sunday 9 November 2025",
            "Saturday 8 – Sunday 9 November 2025",
            "2025-11-08",
            "2025-11-09",
        ),
        ("from Wednesday 4 to 6 June 2025", "Wednesday 4 to 6 June 2025", "2025-06-04", "2025-06-06"),
    ],
)
def test_a_day_range_with_weekdays_is_one_date(text: str, span: str, first: str, last: str) -> None:
    found = tag(text, reference="2025-03-01")
    assert [(t.text, t.value, t.end_value) for t in found] == [(span, first, last)]


def test_two_weekdays_joined_by_and_stay_apart() -> None:
    found = tag("on Friday 3 and Saturday 9 May 2026", reference="2026-04-01")
    assert all(t.end_value is None for t in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pretoria, 2 September 2024. The university commissioned its first 100 kW fuel-cell test rig "
            "on 29 August 2024.",
            "2024-08-29",
        ),
        (
            "Busan, 9 June 2025. Korea's new polar research vessel entered into service on 5 June 2025, "
            "with Norwegian scientists on board.",
            "2025-06-05",
        ),
        (
            "Daejeon, 9 June 2025. The commissioning of the shared supercomputer on 5 June 2025 was "
            "attended by both ministers.",
            "2025-06-05",
        ),
        (
            "Accra, 12 March 2026. The solar-powered cold store built with Dutch support began operating "
            "on 10 March 2026.",
            "2026-03-10",
        ),
    ],
)
def test_a_facility_put_into_operation_is_a_launch(extract: Extract, text: str, day: str) -> None:
    events = _events(extract, text, "2025-01-01")
    assert any(e["date"] == day and e["type"] == "launch" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, 3 May 2025. The ministry commissioned a study on Arctic shipping on 2 May 2025.",
        "Oslo, 3 May 2025. A report commissioned by the two research councils on 2 May 2025 found gaps.",
        "Lima, 8 July 2025. The embassy commissioned two surveys of Peruvian alumni on 1 July 2025.",
        "Rome, 8 July 2025. The review was commissioned on 1 July 2025 by the two ministries.",
    ],
)
def test_commissioning_a_piece_of_work_is_no_launch(extract: Extract, text: str) -> None:
    assert not [e for e in _events(extract, text, "2025-07-10") if e["type"] == "launch"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Pretoria, 2 September 2024. The consortium, a joint project of Rhodes University and the "
            "Fraunhofer Institute in Freiburg, opened its first test rig in Durban on 29 August 2024.",
            "Durban",
        ),
        (
            "Lima, 3 May 2025. The network, led by the University of Tokyo and partners in Kyoto, launched "
            "its first field station in Cusco on 30 April 2025.",
            "Cusco",
        ),
        ("The minister, in Tokyo, signed the agreement on 3 May 2025.", "Tokyo"),
    ],
)
def test_a_city_closing_the_subjects_appositive_is_its_seat(extract: Extract, text: str, city: str) -> None:
    events = _events(extract, text, "2025-01-01")
    assert events and events[0]["location"] == city, events
