"""A signing of a stated day told at a named venue ("signed on 3 May at the Riverside campus", "at
the agency's Kolding site", "at Villa Aurora") is an event even when the gazetteer knows no city
there (no city is then given); a venue after another clause (", which toured the X Centre at Y"),
an organisation alone after "at" (an affiliation), the place of what the signing sets up, or a
signing of a month only are no such venue. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

CASES = [
    pytest.param(
        "The Pondicherry institute and the Tromsø college signed a memorandum of understanding on Friday, "
        "14 March 2025, at the Riverside campus.",
        "2025-03-14",
        id="at the X campus, a weekday and a day",
    ),
    pytest.param(
        "A letter of intent on fisheries data was signed on 2 April 2025 at the ministry's Kolding site.",
        "2025-04-02",
        id="passive, at a possessive's named site",
    ),
    pytest.param(
        "The two space agencies today signed an implementing arrangement on ground stations at Villa Aurora.",
        "2025-06-30",
        id="today, at a named villa",
    ),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_a_signing_at_a_named_venue_is_an_event(extract: Extract, text: str, date: str) -> None:
    events = extract(text, published="2025-06-30")["events"]
    assert [(e["type"], e["date"]) for e in events if e["type"] == "signing"] == [("signing", date)]


NEGATIVES = [
    pytest.param(
        "The signing crowned a visit by a delegation, which arrived on 3 March 2025 and toured the "
        "Marine Centre at Lerwick Bay.",
        id="venue of another clause",
    ),
    pytest.param(
        "The memorandum was signed on 5 May 2025 by Dr. Ana Ruiz, professor at the University of Cádiz.",
        id="an affiliation, no venue",
    ),
    pytest.param(
        "The two councils signed a memorandum in May 2025 at the Riverside campus.",
        id="a month only",
    ),
    pytest.param(
        "The institutes signed a memorandum on 5 May 2025 to set up a joint laboratory at Villa Aurora.",
        id="the place of what is set up",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_signing_without_a_venue_of_its_own(extract: Extract, text: str) -> None:
    events = extract(text, published="2025-06-30")["events"]
    assert not [e for e in events if e["type"] == "signing"]
