"""Event classes of session 17, round 1 (helper c). Texts of our own.

1. A hard-wrapped text may break the line inside an event's name, before the word that carries
   its edition year ("the Japan-Israel Innovation\\nForum 2025"): the year is still part of the name
   (temporal `NAME_BEFORE`), so the event takes the day the sentence tells, not the bare year.
2. Two weekdays joined by "and", "to" or a dash ("on Monday and Tuesday", "from Monday to
   Wednesday", "last Tuesday and Wednesday") are one span of days: start on the first, end on the
   second (components/event_weekdays.py).
3. A signing told without a place on a day of an occasion told before (a forum, a visit) whose
   days include it took place there (events `_occasion_place`).
4. An evening told as an occasion ("a networking evening", "our Finland Alumni Chile evening") is
   a reception; "that evening", "the following evening", "Tuesday evening" tell a time of day
   (components/event_evenings.py).
"""

from __future__ import annotations

import pytest

from .records import Extract

WRAPPED_NAME_YEARS = [  # (published, text, the event's day)
    pytest.param(
        "2026-06-20",
        "Report\n\n"
        "Earlier this month, some three hundred researchers,\n"
        "officials and company representatives from both\n"
        "countries met at the main hall of the university in Oulu\n"
        "on 4 and 5 March for the Finland-Chile Arctic Innovation\n"
        "Forum 2025, which Business Finland organised together\n"
        "with the Chilean development agency and the regional\n"
        "council of Northern Ostrobothnia.\n",
        "2026-03-04",
        id="forum name broken before its last word",
    ),
    pytest.param(
        "2026-06-20",
        "Report\n\n"
        "Ministers, researchers and investors from Chile and Norway gathered at the\n"
        "naval academy in Valparaíso on 12 May for the Chile-Norway Blue Economy\n"
        "Summit 2026, which the two governments co-hosted with the regional\n"
        "government, the port authority and the national fisheries institute of\n"
        "Chile.\n",
        "2026-05-12",
        id="summit name broken before its last word",
    ),
    pytest.param(
        "2026-06-20",
        "Report\n\n"
        "In short, more than two hundred foresters, students and\n"
        "scientists from Kenya and Finland took part in Nairobi on 3\n"
        "June in the opening session of the Kenya-Finland Forestry\n"
        "Week 2025, held at the main campus of the University of\n"
        "Nairobi with support from the Embassy of Finland and the\n"
        "Kenya Forest Service.\n",
        "2026-06-03",
        id="week name broken before its last word",
    ),
]


@pytest.mark.parametrize(("published", "text", "day"), WRAPPED_NAME_YEARS)
def test_a_wrapped_name_keeps_its_edition_year(extract: Extract, published: str, text: str, day: str) -> None:
    dates = [e["date"] for e in extract(text, published=published)["events"]]
    assert dates == [day]


WEEKDAY_SPANS = [  # (published, text, start, end)
    pytest.param(
        "2025-12-04",
        "Report\n\nResearchers from Chile and Finland met in Oulu on Monday and Tuesday for a workshop "
        "on Arctic data.",
        "2025-12-01",
        "2025-12-02",
        id="on Monday and Tuesday",
    ),
    pytest.param(
        "2026-03-20",
        "Report\n\nResearchers from Chile and Finland met in Oulu from Monday to Wednesday for a "
        "workshop on Arctic data.",
        "2026-03-16",
        "2026-03-18",
        id="from Monday to Wednesday",
    ),
    pytest.param(
        "2025-12-04",
        "Report\n\nResearchers from Chile and Finland gathered last Tuesday and Wednesday in Oulu for "
        "a workshop on Arctic data.",
        "2025-12-02",
        "2025-12-03",
        id="last Tuesday and Wednesday",
    ),
]


@pytest.mark.parametrize(("published", "text", "start", "end"), WEEKDAY_SPANS)
def test_two_joined_weekdays_are_one_span(
    extract: Extract, published: str, text: str, start: str, end: str
) -> None:
    events = extract(text, published=published)["events"]
    assert [(e["date"], e.get("end")) for e in events] == [(start, end)]


SIGNINGS_AT_OCCASIONS = [  # (published, text, the signing's day, its city or None for no signing)
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nThe Finland-Kenya Forestry Forum took place in Nairobi on 3 and 4 March 2025, "
        "with 200 participants. On 4 March, Metsähallitus and the Kenya Forest Service signed a "
        "memorandum of understanding on seed banks.",
        "2025-03-04",
        "Nairobi",
        id="on the forum's second day",
    ),
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nMinister Aino Virtanen paid a working visit to Nairobi from 10 to 13 June 2025. "
        "On 12 June, the Finnish Forest Research Institute and the Kenya Forestry Research Institute "
        "signed an agreement on joint plots.",
        "2025-06-12",
        "Nairobi",
        id="during a visit of several days",
    ),
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nAbout 150 delegates attended the Chile-Norway Ocean Week in Valparaíso on "
        "Tuesday and Wednesday. On Wednesday, SINTEF and the University of Valparaíso signed a "
        "memorandum of understanding on aquaculture sensors.",
        "2025-06-18",
        "Valparaíso",
        id="on the second of two weekdays",
    ),
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nThe Kenya-Finland Forestry Forum took place in Nairobi on 3 March 2025. On 5 "
        "March, Metsähallitus and the Kenya Forest Service signed a memorandum of understanding on "
        "seed banks.",
        "2025-03-05",
        None,
        id="a day after the occasion: no place",
    ),
]


@pytest.mark.parametrize(("published", "text", "day", "city"), SIGNINGS_AT_OCCASIONS)
def test_a_signing_takes_the_place_of_its_days_occasion(
    extract: Extract, published: str, text: str, day: str, city: str | None
) -> None:
    signings = [
        (e["date"], e.get("location"))
        for e in extract(text, published=published)["events"]
        if e["type"] == "signing"
    ]
    assert signings == ([(day, city)] if city else [])


EVENINGS = [  # (published, text, the reception's day or None for no reception)
    pytest.param(
        "2026-01-16",
        "Digest\n\nThe Embassy of Finland will host a networking evening for Finnish and Chilean "
        "researchers in Santiago on 12 March 2026.",
        "2026-03-12",
        id="a networking evening",
    ),
    pytest.param(
        "2026-01-16",
        "Digest\n\nFinnish alumni in Chile are invited to our Finland Alumni Chile evening on 14 March "
        "2026 at the Residence in Santiago.",
        "2026-03-14",
        id="a named evening",
    ),
    pytest.param(
        "2026-03-20",
        "Report\n\nThe delegation met the Minister of Science in Santiago on 12 March 2026. That "
        "evening the two sides discussed the next call, and on the following evening they flew home.",
        None,
        id="that evening, the following evening",
    ),
    pytest.param(
        "2026-03-20",
        "Report\n\nOn Tuesday evening, the rectors of the two universities met in Santiago to discuss "
        "the exchange.",
        None,
        id="Tuesday evening",
    ),
]


@pytest.mark.parametrize(("published", "text", "day"), EVENINGS)
def test_an_evening_told_as_an_occasion_is_a_reception(
    extract: Extract, published: str, text: str, day: str | None
) -> None:
    receptions = [e["date"] for e in extract(text, published=published)["events"] if e["type"] == "reception"]
    assert receptions == ([day] if day else [])


def test_opening_hours_are_no_span(extract: Extract) -> None:
    text = (
        "Culture corner\n\nThe exhibition of Finnish glass opened at the city museum in Oulu on "
        "3 March 2026. The museum is open Tuesday to Sunday."
    )
    events = extract(text, published="2026-03-20")["events"]
    assert [(e["date"], e.get("end")) for e in events] == [("2026-03-03", None)]


def test_a_film_evening_is_no_reception(extract: Extract) -> None:
    text = (
        "Culture corner\n\nThe embassy hosts a Finnish film evening at the Nordic House in Oulu on "
        "5 March 2026."
    )
    events = extract(text, published="2026-03-01")["events"]
    assert "reception" not in {e["type"] for e in events}
