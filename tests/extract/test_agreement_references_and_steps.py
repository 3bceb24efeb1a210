"""Agreements: a letter of intent that applicants submit is a step of a call, not an instrument;
"the agreement was signed on <date>" refers back to the memorandum just named and dates it; "on
the same occasion" dates an instrument like the one before; a page that is a joint statement is
dated by the page; "<instrument> between A's X and B's Y" has the parties A and B. Texts of our own."""

from __future__ import annotations

from typing import Any

from .records import Extract


def _agreements(extract: Extract, text: str, published: str | None = "2027-02-10") -> list[tuple[Any, ...]]:
    record = extract(text, published=published)
    return sorted((a["type"], tuple(a["parties"]), a.get("date")) for a in record["agreements"])


def test_a_letter_of_intent_applicants_submit_is_no_agreement(extract: Extract) -> None:
    text = (
        "# Chile–Canada Joint Research in Glaciology\n\n## Due Dates\n\n"
        "- **Letter of Intent (required):** 3 March 2027, 17:00 EST\n"
        "- **Full Proposal Deadline:** 5 May 2027\n\n"
        "The call follows the Agreement on Scientific Cooperation between Chile and Canada signed in 2009.\n"
    )
    assert [a[0] for a in _agreements(extract, text)] == ["agreement"]


def test_a_signed_letter_of_intent_stays_an_agreement(extract: Extract) -> None:
    text = "Chile and Canada signed a letter of intent on polar research in Ottawa on 2 February 2027.\n"
    assert _agreements(extract, text) == [("letter_of_intent", ("CA", "CL"), "2027-02-02")]


def test_the_agreement_signed_on_a_date_is_the_memorandum_just_named(extract: Extract) -> None:
    text = (
        "Ghent University has signed a memorandum of understanding with the University of Nairobi, "
        "opening the way for joint doctorates between Belgium and Kenya.\n\n"
        "The agreement was signed in Nairobi on 28 January 2027 by the two rectors.\n"
    )
    assert _agreements(extract, text) == [("memorandum", ("BE", "KE"), "2027-01-28")]


def test_an_instrument_signed_on_the_same_occasion_takes_that_date(extract: Extract) -> None:
    text = (
        "Norway and Indonesia signed a Memorandum of Understanding on ocean research on 4 February 2027.\n\n"
        "On the same occasion, the two space agencies of Norway and Indonesia exchanged a Letter of Intent "
        "on satellite data.\n"
    )
    found = _agreements(extract, text)
    assert ("letter_of_intent", ("ID", "NO"), "2027-02-04") in found


def test_a_page_that_is_a_joint_statement_is_dated_by_the_page(extract: Extract) -> None:
    text = (
        "Joint Statement of the Brazil-Portugal Ministerial Dialogue on Ocean Science\n"
        "Lisbon, 8 February 2027\n\n"
        "We, the ministers of Brazil and Portugal, met today to review our cooperation on ocean science.\n"
    )
    found = _agreements(extract, text, published="2027-02-08")
    assert ("joint_statement", ("BR", "PT"), "2027-02-08") in found


def test_the_parties_are_the_two_sides_named_after_between(extract: Extract) -> None:
    text = (
        "The three ministers welcomed the Memorandum of Cooperation on battery research signed today "
        "between Korea's Korea Institute of Energy Research (KIER) and Chile's University of Chile, "
        "and the continued work of Australia's CSIRO with both institutions.\n"
    )
    parties = {a[1] for a in _agreements(extract, text, published="2027-02-08") if a[0] == "memorandum"}
    assert parties == {("CL", "KR")}
