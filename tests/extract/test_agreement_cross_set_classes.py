"""Agreement classes seen across several sets of documents by different writers:

- "the agreement" as the common word for an instrument the text names otherwise ("The agreement was
  sealed on Monday, when ... signed a memorandum of understanding"; "the agreement that A and B signed
  last month" before "## A memorandum ..."): that instrument, not one more agreement;
- three partners told by the people or bodies that act for them ("the three ministers adopted ...",
  "the three delegations endorsed ..."): the instrument joins all three countries;
- a year bound to an instrument's name right after it, past its between-clause ("the Agreement on ...
  between the two countries of 1971", "... have cooperated under the Agreement on ... since 1999")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _agreements(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return sorted((a["type"], a["date"]) for a in record["agreements"])


GENERIC_IS_THE_INSTRUMENT = [
    # the common word before the instrument, in the same sentence, takes the day the sentence gives
    (
        "Lagos, Thursday 12 March 2026. The agreement was sealed on Monday in Abuja, where the rector of "
        "the University of Lagos and the president of Ghent University signed a memorandum of understanding "
        "on malaria research. Nigeria and Belgium hope to extend it.",
        "2026-03-12",
        [("memorandum", "2026-03-09")],
    ),
    # the common word in an earlier paragraph, the instrument told later
    (
        "Finland and Chile are closer than ever. That is the promise of the agreement that Finland and "
        "Chile signed last month.\n\n## A letter, then a workshop\n\nOn 4 May 2026 the University of Oulu "
        "and the University of Concepcion signed a letter of intent on forest genomics in Santiago.",
        "2026-06-10",
        [("letter_of_intent", "2026-05-04")],
    ),
    # the common word after the instrument, with a qualifier ("the renewed agreement")
    (
        "On 2 October 2026 Kenya's NACOSTI and Norway's Research Council signed a memorandum of "
        "understanding on ocean data in Nairobi. Under the renewed agreement, both sides will fund "
        "twelve projects.",
        "2026-10-05",
        [("memorandum", "2026-10-02")],
    ),
]

GENERIC_IS_ANOTHER_ONE = [
    # a titled agreement of the same parties: "the agreement" may be that one
    (
        "The Agreement on Scientific and Technological Cooperation between Egypt and Italy was signed "
        "in 2008. On 5 May 2026 the two ministries signed a memorandum of understanding on water. The "
        "agreement has served both countries well since 2008.",
        "2026-05-10",
        {"agreement", "memorandum"},
    ),
    # its own year, another one: an older instrument
    (
        "Peru and Korea signed a memorandum of understanding on fisheries on 3 June 2026 in Lima. The "
        "agreement signed in 1998 remains the legal basis of their cooperation.",
        "2026-06-05",
        {"agreement", "memorandum"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), GENERIC_IS_THE_INSTRUMENT)
def test_the_agreement_is_the_instrument_named_otherwise(
    extract: Extract, text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _agreements(extract(text, published=published)) == expected


@pytest.mark.parametrize(("text", "published", "types"), GENERIC_IS_ANOTHER_ONE)
def test_the_agreement_stays_its_own_when_it_may_be_another(
    extract: Extract, text: str, published: str, types: set[str]
) -> None:
    assert {a["type"] for a in extract(text, published=published)["agreements"]} == types


THREE = [
    (
        "Brazil, India and South Africa held their science ministers' meeting in Durban on 8 May 2026. "
        "India and Brazil will share data, and South Africa and India will co-fund fellowships.\n\n"
        "The three ministers adopted the Durban Action Plan 2026-2029, "
        "which sets up a researcher exchange.",
        "action_plan",
    ),
    (
        "Argentina, Chile and Uruguay met in Montevideo on 14 April 2026 for the first southern-cone forum. "
        "Argentina and Chile will co-fund projects, and Uruguay and Chile will share a research vessel.\n\n"
        "At the close, the three delegations endorsed a joint "
        "statement on Antarctic science.",
        "joint_statement",
    ),
    (
        "Kenya, Uganda and Tanzania met in Arusha on 2 February 2026. Kenya and Uganda led the talks.\n\n"
        "A roadmap on lake research was signed by the three heads of delegation.",
        "roadmap",
    ),
]


@pytest.mark.parametrize(("text", "kind"), THREE)
def test_three_actors_make_a_three_party_instrument(extract: Extract, text: str, kind: str) -> None:
    found = [a for a in extract(text, published="2026-06-01")["agreements"] if a["type"] == kind]
    assert [len(a["parties"]) for a in found] == [3]


def test_three_actors_of_two_partner_countries_stay_two(extract: Extract) -> None:
    text = (
        "Japan and France held their joint committee in Paris on 3 March 2026, with the research "
        "minister of each country and the minister of the economy of France.\n\nThe three ministers "
        "adopted a joint statement on fusion research."
    )
    found = [a for a in extract(text, published="2026-06-01")["agreements"] if a["type"] == "joint_statement"]
    assert [a["parties"] for a in found] == [["FR", "JP"]]


YEAR_AFTER_NAME = [
    (
        "The call is based on the Agreement on Scientific and Technological Cooperation between the two "
        "countries of 1971. Hungary and Vietnam fund it jointly.",
        "1971",
    ),
    (
        "Norway and Brazil have cooperated under the Agreement on Cooperation in Science and Technology "
        "since 1999.",
        "1999",
    ),
    (
        "The programme rests on the Agreement on Research Cooperation between Ghana and Germany, of 2004, "
        "and on national funds.",
        "2004",
    ),
]


@pytest.mark.parametrize(("text", "year"), YEAR_AFTER_NAME)
def test_a_year_right_after_the_name_dates_it(extract: Extract, text: str, year: str) -> None:
    found = [a for a in extract(text, published="2026-06-01")["agreements"] if a["type"] == "agreement"]
    assert [a["date"] for a in found] == [year]


def test_a_later_year_in_another_clause_does_not_date_it(extract: Extract) -> None:
    text = (
        "Poland and Japan cooperate under the Agreement on Scientific and Technological Cooperation; a "
        "new call will open in 2027."
    )
    found = [a for a in extract(text, published="2026-06-01")["agreements"] if a["type"] == "agreement"]
    assert [a["date"] for a in found] == [None]
