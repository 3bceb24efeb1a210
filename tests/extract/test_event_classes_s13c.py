"""Event classes seen in at least two in-view sets (cross-set round 13, third pass). Texts of our own.

1. A renewal of an instrument is a signing of it: "renewed their memorandum of understanding",
   "the renewal of the science agreement", "the accord was renewed", "renew the protocol". A renewal
   of anything but an instrument ("renewed interest in", "renewed calls for a treaty", "a renewed
   commitment to the accord") tells no signing.
"""

from __future__ import annotations

import pytest

from .records import Extract

RENEWALS = [
    pytest.param(
        "Accra, 3 March 2026 - The University of Ghana and Lund University today renewed their "
        "memorandum of understanding on water research for five more years.",
        id="renewed their memorandum",
    ),
    pytest.param(
        "Lima, 3 March 2026 - Peru and Korea on Tuesday renewed the bilateral fisheries research "
        "agreement that lets their institutes share survey vessels.",
        id="renewed the qualified agreement",
    ),
    pytest.param(
        "Hanoi, 3 March 2026 - The renewal of the science and technology accord between "
        "Vietnam and Finland took place today at the ministry.",
        id="the renewal of the accord",
    ),
    pytest.param(
        "Quito, 3 March 2026 - Ecuador and Chile said their space cooperation MoU was renewed "
        "today for another three years.",
        id="passive: the MoU was renewed",
    ),
    pytest.param(
        "Tunis, 3 March 2026 - Tunisia and Portugal today agreed to renew the protocol on "
        "marine science exchanges.",
        id="renew the protocol",
    ),
]


@pytest.mark.parametrize("text", RENEWALS)
def test_renewal_of_an_instrument_is_a_signing(extract: Extract, text: str) -> None:
    events = extract(text, published="2026-03-03")["events"]
    assert [e["date"] for e in events if e["type"] == "signing"] == ["2026-03-03"]


NOT_RENEWALS = [
    pytest.param(
        "Accra, 3 March 2026 - Ghana and Sweden today renewed their commitment to open science.",
        id="renewed commitment",
    ),
    pytest.param(
        "Lima, 3 March 2026 - The minister today renewed calls for a new treaty on ocean data.",
        id="renewed calls for a treaty",
    ),
    pytest.param(
        "Hanoi, 3 March 2026 - Vietnam today showed renewed interest in the agreement on nuclear research.",
        id="renewed interest in the agreement",
    ),
]


@pytest.mark.parametrize("text", NOT_RENEWALS)
def test_renewal_of_no_instrument_is_no_signing(extract: Extract, text: str) -> None:
    events = extract(text, published="2026-03-03")["events"]
    assert [e for e in events if e["type"] == "signing"] == []


# 2. A parenthesised acronym after a body's name inside a venue phrase ("at the headquarters of the
#    Space Agency (GSA) in Accra") does not end the phrase: the city after it is the venue's city.
VENUE_ACRONYMS = [
    pytest.param(
        "Published: 14 March 2025\n\nGhana and Japan have signed two agreements.\n\n"
        "The documents were signed last Tuesday at the headquarters of the Ghana Space Science "
        "Institute (GSSTI) in Accra, in a ceremony attended by the minister.",
        "Accra",
        id="headquarters of X (ACR) in CITY",
    ),
    pytest.param(
        "Published: 14 March 2025\n\nPeru and Korea held talks on ocean research.\n\n"
        "The agreement was signed on 11 March at the offices of the Korea Maritime Institute (KMI) "
        "in Busan.",
        "Busan",
        id="offices of X (ACR) in CITY",
    ),
]


@pytest.mark.parametrize(("text", "city"), VENUE_ACRONYMS)
def test_an_acronym_does_not_end_the_venue(extract: Extract, text: str, city: str) -> None:
    events = extract(text)["events"]
    assert [e.get("location") for e in events if e["type"] == "signing"] == [city]
