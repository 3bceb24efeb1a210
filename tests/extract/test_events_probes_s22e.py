"""Session 22 round 2 probes on events: short documents written for the round (not mined from any
set), one table per class fixed."""

from __future__ import annotations

import pytest

from .records import probe_events


# An event word then "opening" on a day: the day the event opened, no launch of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Madrid, 10 March 2026 — The Embassy of Korea in Spain and the Spanish Ministry of Science "
            "held a three-day forum opening on Monday in Madrid.\n",
            ("conference", "2026-03-09", "2026-03-11", "Madrid"),
        ),
        (
            "Brazil and Portugal will hold a two-day symposium opening on 14 April 2026 in Lisbon.\n",
            ("conference", "2026-04-14", "2026-04-15", "Lisbon"),
        ),
    ],
)
def test_event_opening_on_a_day(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in probe_events(text)


# A season right before "school", "camp", ... names a kind of course, no date: the event takes the
# month its sentence tells.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey and Italy met in Ankara.\nThe summer school on quantum sensing is scheduled for "
            "July 2026.\n",
            ("conference", "2026-07", None, None),
        ),
        (
            "Chile and Japan agreed to cooperate.\nThe winter school on radio astronomy will take place in "
            "Santiago in August 2026.\n",
            ("conference", "2026-08", None, "Santiago"),
        ),
    ],
)
def test_season_school_no_date(text: str, expected: tuple[str, str, None, str | None]) -> None:
    assert expected in probe_events(text)


# An event told opening on one day and, in the same clause, closing on a later one: the later day is
# its last.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina and Israel.\nThe Argentina-Israel Agritech Expo opened on 27 February 2026 at "
            "La Rural in Buenos Aires and closed on 1 March.\n",
            ("exhibition", "2026-02-27", "2026-03-01", "Buenos Aires"),
        ),
        (
            "Thailand and France.\nThe Thai-French Innovation Fair, which opened on 4 March 2026 in Bangkok, "
            "closed on 7 March.\n",
            ("exhibition", "2026-03-04", "2026-03-07", "Bangkok"),
        ),
    ],
)
def test_opened_then_closed(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in probe_events(text)


# Hosting a group tells its visit, with no event word of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The University of Nairobi hosted a delegation from the United Kingdom at its campus in Kikuyu "
            "on 4 March 2026.\nThe delegation discussed Kenya-UK research partnerships.\n",
            ("visit", "2026-03-04", None, "Kikuyu"),
        ),
        (
            "KAIST received a high-level delegation from Spain's CDTI in Daejeon on 5 March 2026 to discuss "
            "Korea-Spain cooperation.\n",
            ("visit", "2026-03-05", None, "Daejeon"),
        ),
    ],
)
def test_hosted_delegation(text: str, expected: tuple[str, str, None, str]) -> None:
    assert expected in probe_events(text)


# A city ending a venue's name that "in" and another city follow: the other city is the place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The India-Netherlands Water Hackathon took place from 6 to 8 March 2026 at IIT Madras in "
            "Chennai.\n",
            ("conference", "2026-03-06", "2026-03-08", "Chennai"),
        ),
    ],
)
def test_venue_named_for_a_city(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in probe_events(text)


# A hybrid event, or one told in the city of its dateline, keeps its city though some joined online;
# an online one told under a dateline takes none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada and Germany hold hybrid hydrogen dialogue\n\nOTTAWA, March 11 (Wire) — Officials from "
            "Canada and Germany met on Wednesday in a hybrid meeting in Ottawa, with some participants "
            "joining online from Berlin.\n",
            ("meeting", "2026-03-11", None, "Ottawa"),
        ),
        (
            "Canada and Germany hold dialogue\n\nOTTAWA, March 11 (Wire) — Officials from Canada and "
            "Germany met on Wednesday in Ottawa, with some participants joining online from Berlin.\n",
            ("meeting", "2026-03-11", None, "Ottawa"),
        ),
        (
            "Uruguay and Finland\n\nMontevideo, 2 December 2025 - Uruguay and Finland held an online "
            "meeting on 1 December.\n",
            ("meeting", "2025-12-01", None, None),
        ),
    ],
)
def test_hybrid_keeps_its_city(text: str, expected: tuple[str, str, None, str | None]) -> None:
    assert expected in probe_events(text)


# A site visited in a town the gazetteer does not know: the town is the visit's place, not the
# capital; a field of study after "in" is no town.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina–Israel\n\nThe Argentine science minister visited the Soreq Nuclear Research Center in "
            "Yavne on Monday 9 March 2026.\n",
            ("visit", "2026-03-09", None, "Yavne"),
        ),
        (
            "Chile–Japan Astronomy News\n\nSantiago, 5 March 2026 — A delegation from Japan's National "
            "Astronomical Observatory visited the laboratory of the Universidad de Concepción in Hualpén "
            "on 3 March.\n",
            ("visit", "2026-03-03", None, "Hualpén"),
        ),
        (
            "Thailand–France\n\nThe French ambassador visited the Synchrotron Light Research Institute in "
            "Nakhon Ratchasima on 6 March 2026.\n",
            ("visit", "2026-03-06", None, "Nakhon Ratchasima"),
        ),
        (
            "Korea-Spain\n\nThe delegation visited the Centre of Excellence in Robotics on 2 March 2026.\n",
            ("visit", "2026-03-02", None, None),
        ),
    ],
)
def test_site_town(text: str, expected: tuple[str, str, None, str | None]) -> None:
    assert expected in probe_events(text)
