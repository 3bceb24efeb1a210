"""Event probes of session 17, round 4 (helper m). Texts of our own.

1. A city state's name joined to another country's ("Saudi Arabia and Singapore signed", "the
   Singapore–Chile forum") names the partners, not the venue; "in" or "at" before the pair still
   places the event there (events._paired_state).
2. The n-th or last weekday of a named month dates the event on that day ("on the last Friday of
   March 2025", "the first Monday of September 2025"; the temporal rule nth_weekday_of_month).
"""

from __future__ import annotations

import pytest

from .records import Extract

PLACES = [  # (text, the (date, location) of every event)
    pytest.param(
        "RIYADH, 20 February 2025 — Saudi Arabia and Singapore signed a memorandum of understanding "
        "on marine science at a workshop held in Jeddah on 18 February 2025.",
        {("2025-02-18", "Jeddah")},
        id="paired city state is a partner",
    ),
    pytest.param(
        "SANTIAGO, 4 June 2024 — Chile and Singapore held a joint workshop on astronomy data "
        "on 3 June 2024, opening a new chapter in their cooperation.",
        {("2024-06-03", "Santiago")},
        id="paired city state, dateline city kept",
    ),
    pytest.param(
        "WELLINGTON, 2 July 2025 — New Zealand and Malaysia opened a research forum on 1 July 2025 "
        "in Singapore, hosted by a regional centre.",
        {("2025-07-01", "Singapore")},
        id="city state after in stays the venue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_paired_city_state_is_no_venue(extract: Extract, text: str, expected: set[tuple[str, str]]) -> None:
    events = extract(text, None)["events"]
    assert {(e["date"], e.get("location")) for e in events} == expected


WEEKDAYS = [
    pytest.param(
        "WELLINGTON, 10 January 2025 — New Zealand and Fiji will hold a Pacific climate resilience "
        "workshop on the last Friday of March 2025 in Suva.",
        ("2025-03-28", "Suva"),
        id="last Friday of March",
    ),
    pytest.param(
        "NAIROBI, 8 July 2025 — Kenya and Rwanda will co-host an East African innovation summit in "
        "Kigali on the first Monday of September 2025.",
        ("2025-09-01", "Kigali"),
        id="first Monday of September",
    ),
    pytest.param(
        "MANILA, 5 August 2025 — A joint workshop of the Philippines and Indonesia on disaster "
        "research will be held in Yogyakarta on the last Thursday of September.",
        ("2025-09-25", "Yogyakarta"),
        id="last Thursday of a month without its year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_nth_weekday_of_month_dates_the_event(extract: Extract, text: str, expected: tuple[str, str]) -> None:
    events = extract(text, None)["events"]
    assert expected in {(e["date"], e.get("location")) for e in events}
