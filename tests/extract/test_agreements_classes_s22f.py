"""Session 22, round 4 (f): agreements error classes, with sentences written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _agreements(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    record = get_extractor().extract(text, name="probe.txt", published=published)
    return sorted((a.type, a.date, sorted(a.parties)) for a in record.agreements)


# A verb of making, then a place or a day, then a definite instrument told by its own clause
# ("signed in Mexico City the agreement that creates ..."): the instrument is made there, dated by
# its sentence, and is not an older instrument of the text told again.
SIGNED_THERE_THE = [
    (
        "2025-03-20",
        "The Spanish National Research Council (CSIC) and the National Autonomous University of Mexico "
        "(UNAM) last Friday signed in Mexico City the agreement that creates a joint water laboratory. "
        "In 2021 the CSIC and Mexico's CONAHCYT also signed a memorandum of understanding on doctoral "
        "training.",
        [("agreement", "2025-03-14", ["ES", "MX"]), ("memorandum", "2021", ["ES", "MX"])],
    ),
    (
        "2025-03-20",
        "Makerere University and Ghent University signed on Monday in Kampala the agreement that sets up "
        "a joint centre on soil science. The two universities had signed a memorandum of understanding "
        "in 2019.",
        [("agreement", "2025-03-17", ["BE", "UG"]), ("memorandum", "2019", ["BE", "UG"])],
    ),
    (
        "2025-03-20",
        "Argentina's CONICET and France's CNRS signed in Buenos Aires on 3 March 2025 the protocol that "
        "renews their joint climate institute.",
        [("agreement", "2025-03-03", ["AR", "FR"])],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), SIGNED_THERE_THE)
def test_signed_there_the_instrument_is_made_that_day(
    published: str, text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert _agreements(text, published) == expected


# A participle of making right after an instrument's name, in its own comma clause (", signed in
# Seoul on 20 May 2004", ", adopted ... last year"): that date is the instrument's, not the day of
# the meeting held under it told earlier in the sentence.
MADE_AFTER_NAME = [
    (
        "2026-02-20",
        "The 7th Meeting of the Kazakhstan–Korea Joint Committee was held in Astana on 12 and 13 February "
        "2026 under the Agreement between the Government of the Republic of Kazakhstan and the Government "
        "of the Republic of Korea on Scientific and Technological Cooperation, signed in Seoul on 20 May "
        "2004.",
        [("agreement", "2004-05-20", ["KR", "KZ"])],
    ),
    (
        "2025-11-20",
        "Relations were raised to a Strategic Partnership in January 2023, and the Italy–Japan Action Plan "
        "2024–2027, adopted on the margins of the G7 Summit in Apulia last year, names research among "
        "its pillars.",
        [("action_plan", "2024", ["IT", "JP"])],
    ),
    (
        "2025-11-20",
        "The Peru–Spain Mixed Commission convened in Lima on 4 November 2025 within the Convenio Básico de "
        "Cooperación Científica y Técnica between Peru and Spain, which was signed in Madrid in 1987.",
        [("agreement", "1987", ["ES", "PE"])],
    ),
    (
        "2026-02-20",
        "The fifth meeting of the Joint Committee was held in Oslo on 2 February 2026 under the\n"
        "Agreement on Scientific and Technological Cooperation between Norway and Chile,\n"
        "signed in Santiago on 11 March 2009.",
        [("agreement", "2009-03-11", ["CL", "NO"])],
    ),
    (
        "2025-11-20",
        "Ghana and Brazil on 3 November 2025 signed a Memorandum of Understanding on Agricultural "
        "Research, in Accra.",
        [("memorandum", "2025-11-03", ["BR", "GH"])],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), MADE_AFTER_NAME)
def test_participle_after_the_name_dates_the_instrument(
    published: str, text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert _agreements(text, published) == expected


# "On 24 June, A and B renewed the memorandum that links ...": a definite instrument renewed and told
# by a clause of its own is made anew that day; "renewed the memorandum for five years" after a
# memorandum told before stays that one.
RENEWED_THE = [
    (
        "2025-06-30",
        "On 24 June, the Paul Scherrer Institute (PSI) in Switzerland and the Pohang Accelerator "
        "Laboratory (PAL) in Korea renewed the memorandum of understanding that links their "
        "free-electron lasers.",
        [("memorandum", "2025-06-24", ["CH", "KR"])],
    ),
    (
        "2025-06-30",
        "Brazil and Angola on 23 June extended the agreement which lets Angolan students enrol at "
        "Brazilian federal universities.",
        [("agreement", "2025-06-23", ["AO", "BR"])],
    ),
    (
        "2025-06-30",
        "Chile's ANID and Germany's DFG signed a memorandum of understanding in 2019. On 3 June 2025 the "
        "two agencies renewed the memorandum for five years.",
        [("memorandum", "2019", ["CL", "DE"])],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), RENEWED_THE)
def test_renewed_the_instrument_with_its_own_clause(
    published: str, text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert _agreements(text, published) == expected
