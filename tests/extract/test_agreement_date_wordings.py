"""How an instrument's date is stated beyond "signed on <date>": "in force since 2011", "exchanged
in 2021", adopted at a meeting dated sentences before; two instruments of one sentence keep their
own years, "the 1986 Agreement" keeps its year from a memorandum that builds on it, and an older
framework agreement is not the arrangement that implements it. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

STATED_YEAR = [  # (text, type, date)
    ("The programme rests on the Chile–Sweden Agreement on Research Cooperation, in force since 2014.",
     "agreement", "2014"),
    ("Joint work continues under the Kenya–Finland Agreement on Science and Technology, in force from 2009.",
     "agreement", "2009"),
    ("The Ghana–Norway cooperation builds on a letter of intent the two ministries exchanged in 2021.",
     "letter_of_intent", "2021"),
    ("Vietnam and Denmark work under a memorandum of understanding dating from 2018.",
     "memorandum", "2018"),
]


@pytest.mark.parametrize(("text", "kind", "date"), STATED_YEAR)
def test_a_year_the_instrument_holds_since_is_its_date(
    extract: Extract, text: str, kind: str, date: str
) -> None:
    found = [(a["type"], a.get("date")) for a in extract(text)["agreements"]]
    assert (kind, date) in found


ADOPTED_AT_A_MEETING = [  # (text, type, date)
    ("The Peru–Korea Joint Commission met in Lima on 9 December 2026. The two sides reviewed their "
     "projects and adopted a joint statement on marine research.", "joint_statement", "2026-12-09"),
    ("Ministers of Canada and Mexico gathered in Ottawa on 3 March 2026. After the talks they issued "
     "a joint declaration on critical minerals.", "declaration", "2026-03-03"),
]


@pytest.mark.parametrize(("text", "kind", "date"), ADOPTED_AT_A_MEETING)
def test_an_instrument_adopted_at_a_dated_meeting_takes_its_date(
    extract: Extract, text: str, kind: str, date: str
) -> None:
    found = [(a["type"], a.get("date")) for a in extract(text, published="2027-01-20")["agreements"]]
    assert (kind, date) in found


def test_two_agreements_of_one_sentence_keep_their_own_years(extract: Extract) -> None:
    text = (
        "Exchange between the Polish Academy of Sciences and the Japan Society for the Promotion of "
        "Science dates back to the cooperation agreement the two bodies first signed in 1972, and the "
        "Agreement on Scientific Cooperation between Poland and Japan, signed in 1978, still frames it."
    )
    dates = sorted(a.get("date") for a in extract(text)["agreements"])
    assert dates == ["1972", "1978"]


def test_a_year_naming_another_instrument_is_not_the_memorandums(extract: Extract) -> None:
    text = (
        "On 21 September 2023 Chile and Spain signed a Memorandum of Cooperation on Astronomy. "
        "The Memorandum builds on the 1996 Agreement and on the Memorandum of Understanding between "
        "the two observatories, signed in Madrid on 9 October 2019."
    )
    found = sorted((a["type"], a.get("date")) for a in extract(text)["agreements"])
    assert ("memorandum", "1996") not in found
    assert ("agreement", "1996") in found


def test_an_older_framework_agreement_is_not_the_arrangement_that_implements_it(extract: Extract) -> None:
    text = (
        "Rabat, 7 October 2026. Morocco and Portugal signed an implementing arrangement on ocean "
        "observation on 6 October 2026. The arrangement implements the framework agreement on marine "
        "science that the two governments signed in Lisbon in June 2021."
    )
    found = sorted((a["type"], a.get("date")) for a in extract(text)["agreements"])
    assert found == [("agreement", "2021-06"), ("implementing_arrangement", "2026-10-06")]
