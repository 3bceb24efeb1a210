"""Event classes of session 16, round 3 (helper j). Texts of our own.

1. A signing told first with its place but by month only ("an agreement signed in Nairobi this
   week") and then to the day without a place ("On 18 June, the ministers signed ...") is one
   signing: the day's mention takes the place of the month's, and the month's folds into it.
2. A news dateline in capitals ("HANOI — ...", "BUENOS AIRES, 4 March -- ...") places the lead
   sentence's event like one in ordinary capitals; a wire name in capitals ("NEWSWIRE — ") is no
   place.
"""

from __future__ import annotations

import pytest

from .records import Extract

MONTH_THEN_DAY = [  # (published, text, the one signing's day, its city)
    pytest.param(
        "2025-06-20",
        "Finland and Kenya sign forestry research agreement in Nairobi\n\n"
        "Finland and Kenya will train forest scientists together under an agreement signed in "
        "Nairobi this week.\n\n"
        "On 18 June, Minister Aino Virtanen and Cabinet Secretary Peter Otieno signed the Forestry "
        "Research Agreement between the two ministries.",
        "2025-06-18",
        "Nairobi",
        id="signed this week in a city, then the day",
    ),
    pytest.param(
        "2025-04-02",
        "The memorandum between the two agencies was signed in Lima in March 2025. It covers tsunami "
        "modelling. On 12 March 2025, the presidents of JST and CONCYTEC signed the memorandum, "
        "which runs for five years.",
        "2025-03-12",
        "Lima",
        id="signed in a month in a city, then the day",
    ),
]


@pytest.mark.parametrize(("published", "text", "day", "city"), MONTH_THEN_DAY)
def test_a_signing_told_by_month_then_by_day(
    extract: Extract, published: str, text: str, day: str, city: str
) -> None:
    signings = [e for e in extract(text, published=published)["events"] if e["type"] == "signing"]
    assert [(e["date"], e.get("location")) for e in signings] == [(day, city)]


CAPS_DATELINES = [  # (published, text, the signing's day, its city or None for no event)
    pytest.param(
        "2026-03-11",
        "Chip deal\n\nHANOI — Vietnam's Ministry of Science and Technology (MOST) and Korea's "
        "Ministry of Science and ICT (MSIT) on Tuesday signed a memorandum of understanding on "
        "training engineers.",
        "2026-03-10",
        "Hanoi",
        id="city in capitals and a dash",
    ),
    pytest.param(
        "2025-03-04",
        "Space pact\n\nBUENOS AIRES, 4 March -- The space agencies of Argentina and Italy on Monday "
        "signed a letter of intent on Earth observation satellites.",
        "2025-03-03",
        "Buenos Aires",
        id="two-word city in capitals with a date",
    ),
    pytest.param(
        "2025-06-03",
        "Vaccine news\n\nNAIROBI – Kenya's health ministry and a Japanese university signed a "
        "memorandum of understanding on vaccine research on 2 June 2025.",
        "2025-06-02",
        "Nairobi",
        id="city in capitals and an en dash",
    ),
    pytest.param(
        "2025-05-20",
        "Forum news\n\nLIMA — Peru and Japan signed a letter of intent in Sendai on 19 May 2025 on "
        "tsunami research.",
        "2025-05-19",
        "Sendai",
        id="a city of the sentence wins over the dateline",
    ),
    pytest.param(
        "2025-06-03",
        "Wire\n\nNEWSWIRE — The ministers signed a memorandum of understanding on vaccine research "
        "on 2 June 2025.",
        "2025-06-02",
        None,
        id="a wire name in capitals is no place",
    ),
]


@pytest.mark.parametrize(("published", "text", "day", "city"), CAPS_DATELINES)
def test_a_dateline_in_capitals_places_the_lead_event(
    extract: Extract, published: str, text: str, day: str, city: str | None
) -> None:
    signings = [e for e in extract(text, published=published)["events"] if e["type"] == "signing"]
    if city is None:
        assert not any(e.get("location") for e in signings)
        return
    assert [(e["date"], e.get("location")) for e in signings] == [(day, city)]
