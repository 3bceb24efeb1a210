"""Events dated relative to the event told before, placed by the sentence that follows, and named
when the text gives no name. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.components.event_anchors import Anchor, shifted

from .records import Extract


def _events(extract: Extract, text: str, published: str = "2025-05-20") -> list[dict[str, Any]]:
    return sorted(extract(text, published=published)["events"], key=lambda e: e["date"])


@pytest.mark.parametrize(
    ("unit", "shift", "expected"),
    [
        ("days", 1, "2025-03-01"),
        ("days", 0, "2025-02-28"),
        ("days", -1, "2025-02-27"),
        ("months", 1, "2025-03"),
        ("months", -2, "2024-12"),
        ("last_day", 0, "2025-03-02"),
    ],
)
def test_shifts_from_the_event_told_before(unit: str, shift: int, expected: str) -> None:
    assert shifted(Anchor("2025-02-28", "2025-03-02", None), unit, shift) == expected


@pytest.mark.parametrize(
    ("words", "date"),
    [
        ("The following day", "2025-05-15"),
        ("The day before", "2025-05-13"),
    ],
)
def test_a_date_relative_to_the_last_event_takes_that_event_s_date(
    extract: Extract, words: str, date: str
) -> None:
    text = (
        "On 14 May 2025, the 6th Peru-Korea Joint Committee on Science and Technology met in Lima. "
        f"{words}, a workshop on seismic monitoring was held at the same venue."
    )
    events = _events(extract, text)
    workshop = next(e for e in events if "workshop" in e["name"])
    assert workshop["date"] == date
    assert workshop["location"] == "Lima"  # "at the same venue"
    assert workshop["name"] == "workshop on seismic monitoring"


def test_a_following_month_is_counted_from_the_event_not_from_an_until_date(extract: Extract) -> None:
    text = (
        "The 3rd Chile-Sweden Joint Committee on Astronomy met in Stockholm on 3 October 2024. "
        "The call runs until 30 June 2026. "
        "The two agencies will hold a joint research workshop in Gothenburg the following month."
    )
    workshop = next(e for e in _events(extract, text, "2024-10-04") if e["type"] == "conference")
    assert (workshop["date"], workshop["location"]) == ("2024-11", "Gothenburg")


def test_a_dateline_does_not_date_the_event_and_a_city_that_acts_is_no_venue(extract: Extract) -> None:
    text = (
        "MADRID, May 16 -- Spain and Korea signed an agreement on fusion research on Wednesday, "
        "the ministry said, as Seoul seeks partners in Europe.\n\n"
        "The two ministers signed the agreement in Madrid."
    )
    [signing] = [e for e in _events(extract, text, "2025-05-16") if e["type"] == "signing"]
    assert (signing["date"], signing["location"]) == ("2025-05-14", "Madrid")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A gala reception for researchers and students will be held in Accra on 2 June 2025.",
            "gala reception for researchers and students",
        ),
        (
            "On 3 May 2025, the ministers held talks with Minister Kofi Mensah.",
            "talks with Minister Kofi Mensah",
        ),
        ("The meeting on 4 May 2025 in Oslo was long.", "meeting"),
        (
            "On 5 May 2025 the minister opened the exhibition “Northern Lights, Shared Science” in Oslo.",
            "Northern Lights, Shared Science",
        ),
        (
            "Minister Ama Owusu, who chairs the council, visited Kumasi on 6 May 2025.",
            "visited Kumasi",
        ),
        # a quoted name around the event word
        (
            "On 7 May 2025, the ‘Chile–EU ocean policy forum’ met in Valparaiso.",
            "Chile–EU ocean policy forum",
        ),
        # an ordinal name grown over its complement, up to the date
        (
            "Chile and the EU held their first dialogue on marine science on 8 May 2025.",
            "first dialogue on marine science",
        ),
    ],
)
def test_unnamed_events_are_named_by_the_phrase_that_describes_them(
    extract: Extract, text: str, name: str
) -> None:
    names = [e["name"] for e in _events(extract, text)]
    assert name in names


def test_two_named_events_of_one_day_told_apart_stay_two(extract: Extract) -> None:
    text = (
        "On 9 March 2026 the ministers opened the exhibition “Ocean Futures” in Durban. "
        "Earlier in the day, they chaired the 4th meeting of the Kenya-Norway Working Group on Ocean Science."
    )
    types = sorted(e["type"] for e in _events(extract, text, "2026-03-10"))
    assert types == ["exhibition", "meeting"]


def test_a_city_that_hosts_is_still_the_venue(extract: Extract) -> None:
    text = "Lisbon will host the Portugal-Korea Ocean Science Forum on 3 June 2025."
    [forum] = _events(extract, text)
    assert forum["location"] == "Lisbon"
