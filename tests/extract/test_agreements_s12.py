"""Agreement classes of cross-set round 12:

- a pointed, untitled "agreement" ("the agreement", "the renewed agreement", "their new agreement")
  whose own sentence writes no year, in a text that tells several instruments of another type with
  the same parties (a memorandum first signed years ago and renewed now, or a memorandum and a
  letter of intent): it is the common word for one of them, not one more instrument; it joins the
  one told nearest and leaves that one's date alone. An "agreement" whose sentence writes another
  year, or that has a title of its own, stays an instrument;
- a list of instruments that each name their own kind, under a lead-in line ending with a colon
  whose words date them all ("Three agreements were exchanged on the second day of the meeting:",
  "The following documents were signed during the visit:", "On 3 March the ministers signed:"):
  each item takes the lead-in's date unless its own words state one; a lead-in that says nothing
  was signed ("Projects include:") dates nothing;
- "on the second day of the meeting", "on the closing day of the forum": the n-th (or last) day of
  an occasion told before as a span of days ("from 14 to 16 October"), not the span's first day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _kinds(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return sorted((a["type"], a["date"]) for a in record["agreements"])


SEVERAL_POINTED = [
    # the lead calls the renewed memorandum "the agreement"; the memorandum is told twice (2018, 2026)
    (
        "Ghana and Norway renew ocean science partnership\n\nTen more years of shared cruises: the "
        "agreement that links Ghanaian and Norwegian marine institutes has been renewed, with new money and "
        "a first workshop planned for Tema in December.\n\nThe Ghana Fisheries Research Council and the "
        "Norwegian Marine Institute signed the renewal of the Memorandum of Understanding on Ocean "
        "Observation in Accra on 14 May 2026. Joint cruises under the 2018 memorandum mapped the Gulf of "
        "Guinea.\n\nUnder the renewed agreement, the council will commit GHS 3 million over five years.",
        [("memorandum", "2018"), ("memorandum", "2026-05-14")],
    ),
    # American date order, "the present agreement", a plan in another month later in the text
    (
        "Peru and Japan extend their seismology partnership\n\nThe agreement that joins Peruvian and "
        "Japanese seismologists has been extended, and a training course is planned for Arequipa in "
        "October.\n\nOn March 3, 2026, Peru's Geophysical Institute and Japan's National Research "
        "Institute for Earth Science signed the extension of their Memorandum of Cooperation on "
        "Earthquake Monitoring in Lima. Stations installed under the 2019 memorandum cover the coast.",
        [("memorandum", "2019"), ("memorandum", "2026-03-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_POINTED)
def test_pointed_agreement_among_several_instruments_is_one_of_them(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds(extract(text, published="2026-06-01")) == expected


STILL_AN_AGREEMENT = [
    # its own sentence writes a year: it stays an instrument of its own
    (
        "Ghana and Norway renew ocean science partnership\n\nThe Ghana Fisheries Research Council and "
        "the Norwegian Marine Institute signed the renewal of the Memorandum of Understanding on Ocean "
        "Observation in Accra on 14 May 2026. Joint cruises under the 2018 memorandum mapped the Gulf of "
        "Guinea.\n\nUnder the renewed agreement, the council will commit GHS 3 million over five years, "
        "starting in the second quarter of 2027.",
        "agreement",
    ),
]


@pytest.mark.parametrize(("text", "kind"), STILL_AN_AGREEMENT)
def test_agreement_with_its_own_year_stays_an_instrument(extract: Extract, text: str, kind: str) -> None:
    kinds = [k for k, _ in _kinds(extract(text, published="2026-06-01"))]
    assert kind in kinds


LEAD_IN = [
    # the n-th day of a meeting told as a span of days, bulleted with "-"
    (
        "KUCHING - The fourth annual meeting of the Borneo-Korea Rainforest Network was held at "
        "Universiti Malaysia Sarawak from 14 to 16 October 2025.\n\nTwo agreements were exchanged on "
        "the second day of the meeting:\n\n - a memorandum of understanding between Universiti "
        "Malaysia Sarawak and Seoul National University on peat swamp ecology, signed by both "
        "vice-chancellors;\n - a letter of intent between Universiti Malaysia Sabah and Kyungpook "
        "National University on orchid genomics.\n",
        [("letter_of_intent", "2025-10-15"), ("memorandum", "2025-10-15")],
    ),
    # the closing day, numbered items, British date order
    (
        "Nairobi, 20 May 2026\n\nThe Kenya-Germany research forum ran from 11 to 13 May 2026 in "
        "Nairobi.\n\nOn the closing day of the forum the delegations signed:\n\n1. A memorandum of "
        "understanding between the Kenya Medical Research Institute and the Robert Koch Institute on "
        "genomic surveillance;\n2. A letter of intent between the University of Nairobi and the "
        "University of Heidelberg on climate and health.\n",
        [("letter_of_intent", "2026-05-13"), ("memorandum", "2026-05-13")],
    ),
    # a dated lead-in, lettered items, American date order
    (
        "Chile and Finland deepen research ties\n\nThe following documents were signed in Santiago on "
        "April 7, 2026:\n\na) Memorandum of Understanding between the National Research Agency of "
        "Chile and the Research Council of Finland on polar science;\nb) Letter of Intent between the "
        "University of Chile and the University of Helsinki on astronomy data.\n",
        [("letter_of_intent", "2026-04-07"), ("memorandum", "2026-04-07")],
    ),
    # negative: a lead-in that says nothing was signed dates nothing
    (
        "Chile and Finland deepen research ties\n\nJoint projects under way include:\n\n- a study "
        "under the memorandum of understanding between the National Research Agency of Chile and the "
        "Research Council of Finland;\n- work under a letter of intent between the University of Chile "
        "and the University of Helsinki.\n",
        [("letter_of_intent", None), ("memorandum", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN)
def test_listed_instruments_take_their_lead_in_date(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds(extract(text, published=None)) == expected
