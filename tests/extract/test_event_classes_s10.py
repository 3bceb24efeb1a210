"""Event classes seen in several sets of first-sight documents.

1. A signing told in passing as the basis of what the text reports, long before the document's
   date ("builds on the memorandum signed in Lisbon in 2021"): background, no event of the text
   (`event_background.background_signing`). A recent one told the same way stays.
2. A place told after the venue of an event, once the venue's phrase has ended (a guest's post, a
   person's name, an organisation's seat): not the event's city (`event_venues.beyond_venue`); a
   signing in a "where" clause after a named venue is held there (`event_venues.venue_where`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _events(extract: Extract, text: str, published: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return events


@pytest.mark.parametrize(
    "sentence",
    [
        "The new call builds on the memorandum of understanding on marine science signed by the two "
        "ministries in Lisbon in March 2021.",
        "Projects are funded under the Agreement on Scientific and Technological Cooperation that both "
        "governments first signed in Ottawa in 2009.",
        "The roadmap rests on a joint declaration the two prime ministers signed in Oslo in May 2019.",
        "The fellowship scheme delivers on the MoU on research cooperation signed in Canberra in "
        "February 2022 by the two councils.",
        "It is the third round of the programme, which runs pursuant to the letter of intent signed in "
        "Nairobi in June 2020.",
    ],
)
def test_an_old_signing_named_as_the_basis_is_background(extract: Extract, sentence: str) -> None:
    text = "Joint call opens for research teams\n\n" + sentence + " Applications close on 30 April 2026."
    events = _events(extract, text, "2025-11-20")
    assert not [e for e in events if e["type"] == "signing"], events


@pytest.mark.parametrize(
    ("sentence", "date", "city"),
    [
        # a recent signing told the same way: the event of the text
        (
            "The teams will work under the implementing arrangement signed in Madrid on 18 November 2025 "
            "by the two agencies.",
            "2025-11-18",
            "Madrid",
        ),
        # an old signing told to the day: readers take it for an event of the text
        (
            "The call is issued under the memorandum of understanding signed by the two councils in "
            "Vienna on 14 June 2023.",
            "2023-06-14",
            "Vienna",
        ),
        # a finite clause, not a passing mention
        (
            "The memorandum on polar research was signed in Tromsø on 3 March 2023 by the two institutes.",
            "2023-03-03",
            "Tromsø",
        ),
        # an old signing told as the news itself
        (
            "In Hanoi on 12 May 2022 the two ministers signed a memorandum on semiconductor training.",
            "2022-05-12",
            "Hanoi",
        ),
    ],
)
def test_a_signing_told_otherwise_stays(extract: Extract, sentence: str, date: str, city: str) -> None:
    events = _events(extract, sentence, "2025-11-20")
    assert [(e["date"], e.get("location")) for e in events if e["type"] == "signing"] == [(date, city)]


@pytest.mark.parametrize(
    "text",
    [
        "The centre was officially opened on 18 November 2025 at the university's Ridgeway campus in "
        "front of about 90 guests, including Japan's Consul-General in Perth.",
        "The centre was inaugurated on 4 March 2026 at the institute's Bellhaven campus, with the "
        "Ambassador of Chile in Madrid among the guests.",
        "The new laboratory was launched on 9 September 2025 at the agency's Northgate site; the "
        "deputy mayor of Lyon spoke for the city.",
    ],
)
def test_a_place_past_the_venue_is_not_the_event_city(extract: Extract, text: str) -> None:
    events = _events(extract, text, "2026-03-10")
    assert events, text
    assert all(e.get("location") in (None, "") for e in events), events


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The centre was opened on 18 November 2025 at the Grand Palace hotel, Bangkok.", "Bangkok"),
        ("The centre was opened on 18 November 2025 at the university's main campus in Kyoto.", "Kyoto"),
        ("The hub was launched in Lima on 2 June 2025 at the ministry's headquarters.", "Lima"),
    ],
)
def test_a_venue_in_its_own_city_keeps_the_city(extract: Extract, text: str, city: str) -> None:
    events = _events(extract, text, "2026-03-10")
    assert [e.get("location") for e in events] == [city], events


@pytest.mark.parametrize(
    "text",
    [
        "The partnership was sealed on Tuesday 10 June 2025 at the college's Riverside campus, where "
        "the president of the foundation, Ana Lisboa Reis, and the rector signed a memorandum of "
        "understanding.",
        "The deal was concluded on 3 February 2026 at the agency's headquarters, where the heads of "
        "the two space agencies signed an implementing arrangement before the press.",
    ],
)
def test_a_signing_in_a_where_clause_is_held_at_the_venue(extract: Extract, text: str) -> None:
    events = _events(extract, text, "2026-03-10")
    signings = [e for e in events if e["type"] == "signing"]
    assert len(signings) == 1, events
    assert signings[0].get("location") in (None, ""), events
