"""Round 16o event probes (texts of our own, many countries):

1. A plain meeting word ("met", "convened") in a clause of its own with its own date, past a clause
   break from a stronger event word (", while", ", and", ";"), is an event of its own, not a word
   the stronger cue names better ("visited Tokyo on 5 March, while the Japanese side met in Osaka
   on 6 March"); in one clause it still gives way ("met on 3 May for the third workshop").
2. A signing is an act of one day: it takes no end from a visit it is told within ("signed on
   Monday, during the minister's visit, which ends on Friday").
3. A visit told as going to another country ("visited Japan", "a study tour to Japan") in a
   dateline's lead takes no city of a dateline in another country; one in that country it keeps.
4. A city past a clause break that another event word follows is that event's place, not the place
   of the event before the break ("held a workshop on 2 March, while the ministers met in Nairobi").
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    record = get_extractor().extract(text + "\n", name="x.txt").to_dict()
    return [(e["type"], e["date"], e.get("end"), e.get("location")) for e in record["events"]]


# (text, an event (type, date, end, location) the record must hold)
OWN_CLAUSE = [
    pytest.param(
        "SEOUL, 9 March 2026 - The Korean delegation visited Tokyo on 5 March, while the Japanese "
        "side met in Osaka on 6 March.",
        ("meeting", "2026-03-06", None, "Osaka"),
        id="while ... met",
    ),
    pytest.param(
        "LIMA, 20 May 2026 - The Peruvian minister visited Santiago on 12 May, and the two working "
        "groups met in Valparaiso on 14 May.",
        ("meeting", "2026-05-14", None, "Valparaiso"),
        id="and ... met",
    ),
    pytest.param(
        "ACCRA, 2 June 2026 - Ghana and Germany signed a research agreement in Accra on 28 May; the "
        "joint steering committee convened in Kumasi on 30 May.",
        ("meeting", "2026-05-30", None, "Kumasi"),
        id="semicolon ... convened",
    ),
    pytest.param(
        "RIYADH, 3 March 2026 - Saudi Arabia and Korea held a workshop on 2 March, while the "
        "ministers met in Jeddah on 1 March.",
        ("meeting", "2026-03-01", None, "Jeddah"),
        id="met after a workshop",
    ),
]

SAME_CLAUSE = [  # (text, the number of events)
    pytest.param(
        "HANOI, 6 May 2026 - Vietnam and Japan met on 3 May in Hanoi for the third joint workshop on "
        "marine science.",
        1,
        id="met for a workshop",
    ),
]

SIGNING_DAY = [  # (text, the signing's day)
    pytest.param(
        "NEW DELHI, 16 March 2026 - India and France signed a memorandum on Monday, during the "
        "minister's visit, which ends on Friday.",
        "2026-03-16",
        id="signed during a visit that ends later",
    ),
    pytest.param(
        "BRASILIA, 11 August 2026 - Brazil and South Africa signed an implementing arrangement on "
        "Tuesday during the three-day visit of the South African minister, which ends on Thursday.",
        "2026-08-11",
        id="three-day visit",
    ),
]

ABROAD = [  # (text, the visit's day, its city)
    pytest.param(
        "JAKARTA, 14 Jan 2026 - An Indonesian delegation from BRIN visited Japan on 12 January 2026.",
        "2026-01-12",
        None,
        id="visited another country",
    ),
    pytest.param(
        "JAKARTA, 14 Jan 2026 - An Indonesian delegation from BRIN made a study tour to Japan from "
        "10 to 14 January 2026.",
        "2026-01-10",
        None,
        id="study tour to another country",
    ),
    pytest.param(
        "NAIROBI, 20 Feb 2026 - A Kenyan delegation led by the Principal Secretary paid an official "
        "visit to Finland on 18 February 2026.",
        "2026-02-18",
        None,
        id="official visit to another country",
    ),
    pytest.param(
        "TOKYO, 14 Jan 2026 - An Indonesian delegation from BRIN visited Japan on 12 January 2026.",
        "2026-01-12",
        "Tokyo",
        id="the dateline in the country visited",
    ),
]


@pytest.mark.parametrize(("text", "event"), OWN_CLAUSE)
def test_weak_cue_of_its_own_clause(text: str, event: tuple[str, str, str | None, str | None]) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(("text", "count"), SAME_CLAUSE)
def test_weak_cue_in_one_clause_gives_way(text: str, count: int) -> None:
    assert len(_events(text)) == count


def test_event_before_the_break_keeps_no_later_city() -> None:
    events = _events(
        "RIYADH, 3 March 2026 - Saudi Arabia and Korea held a workshop on 2 March, while the "
        "ministers met in Jeddah on 1 March."
    )
    assert all(e[3] != "Jeddah" for e in events if e[1] == "2026-03-02"), events


@pytest.mark.parametrize(("text", "day"), SIGNING_DAY)
def test_signing_has_no_end(text: str, day: str) -> None:
    signings = [e for e in _events(text) if e[0] == "signing"]
    assert signings and signings[0][1] == day and signings[0][2] is None, signings


@pytest.mark.parametrize(("text", "day", "city"), ABROAD)
def test_visit_abroad_takes_no_dateline_city(text: str, day: str, city: str | None) -> None:
    visits = [e for e in _events(text) if e[0] == "visit" and e[1] == day]
    assert visits and visits[0][3] == city, _events(text)
