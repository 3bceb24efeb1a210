"""Partnerships of three partners named in a document's lead (its bodies or its places), each the
partner of each, when the lead speaks of three partners together; topics then follow the trio."""

from __future__ import annotations

import pytest

from .records import Extract


def _pairs(record: dict) -> set[tuple[str, str]]:
    return {tuple(sorted(p["pair"] if isinstance(p, dict) else p)) for p in record["partnerships"]}  # type: ignore[misc]


def _topics(record: dict) -> set[str]:
    return {t["id"] if isinstance(t, dict) else t for t in record["topics"]}


NORDIC_CALL = (
    "Nordic funders open a joint call on marine biotechnology\n\n"
    "*03.02.2027 · News*\n\n"
    "The Research Council of Norway, the Swedish Research Council and the Academy of Finland today "
    "opened a tripartite call for joint research projects in marine biotechnology and batteries.\n\n"
    "Each consortium must include one team from each of the three countries. The agencies fund "
    "their own teams, and the total budget of the call is EUR 3 million over three years.\n\n"
    "Proposals are due by 15 May 2027. An information webinar will be held on 1 March 2027.\n\n"
    "The call follows a memorandum that the three agencies signed in Oslo in 2024. "
    "Further information about the call is available on the agencies' websites, and several "
    "contact persons answer questions about eligibility. The agencies also publish their own "
    "national rules on costs. Questions about the budget go to the national contact points. "
    "Applicants are encouraged to plan their consortia early.\n\n"
    "In the first round, launched in 2023, the agencies funded six projects. They included work on "
    "enzymes from seaweed and on recycling battery materials. Most of these consortia now plan to "
    "apply for European funding. The agencies will publish the results of the evaluation in "
    "September. Projects should start by 1 January 2028.\n"
)

FRONT_MATTER_AWARDS = (
    "---\n"
    'title: "New Chile-Argentina research awards"\n'
    "date: 2027-06-10\n"
    "category: News\n"
    "---\n\n"
    "# New Chile-Argentina research awards\n\n"
    "*Published 10 June 2027 · News*\n\n"
    "Chile's national research agency, together with Argentina's research council and Uruguay's "
    "innovation agency, today announced funding for four joint projects in quantum sensing. "
    "Together the three funders are investing USD 2 million in teams from Chile, Argentina and Uruguay.\n\n"
    "The Chile-Argentina programme has funded joint research since 2015. Chile and Argentina "
    "agreed to renew the programme in 2025. The Chile-Argentina cooperation covers astronomy and "
    "quantum research. Researchers of Chile and Argentina have written more than 300 joint papers. "
    "The Chile-Argentina partnership will open a new call next year. Applicants from Chile and "
    "Argentina may apply together. The programme is reviewed every five years. It is run by the "
    "two agencies, which share the costs.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NORDIC_CALL, {("FI", "NO"), ("FI", "SE"), ("NO", "SE")}),
        (FRONT_MATTER_AWARDS, {("AR", "CL"), ("AR", "UY"), ("CL", "UY")}),
    ],
)
def test_a_lead_naming_three_partners_together_gives_three_pairs(
    extract: Extract, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(extract(text)) == expected


def test_the_fields_of_a_three_partner_call_are_its_topics(extract: Extract) -> None:
    assert {"biotech", "batteries"} <= _topics(extract(NORDIC_CALL))


def test_three_countries_in_a_lead_without_three_partners_stay_a_pair(extract: Extract) -> None:
    text = (
        "Portugal and Brazil sign a research agreement on ocean science\n\n"
        "Portugal and Brazil signed an agreement on joint research in ocean science in Lisbon on "
        "4 March 2027, after a conference with experts from Angola.\n\n"
        "The two countries will fund joint projects in marine research and exchange researchers. "
        "Portugal and Brazil will open the first joint call in 2028.\n"
    )
    assert _pairs(extract(text)) == {("BR", "PT")}


LEAD_PAIR_STORY = (
    "University news\n"
    "Lakeside University and a Ghanaian institute join forces on nuclear medicine\n"
    "Canada's Lakeside University has signed a five-year partnership with a research institute in Ghana "
    "to work together on nuclear medicine.\n"
    "The memorandum was signed at a ceremony on the institute's campus in Accra.\n"
    "Researchers will focus on cancer diagnostics and on the safe use of isotopes in hospitals.\n"
    "The agreement also supports joint supervision of doctoral candidates.\n"
    "Up to ten students from each side will spend a semester at the partner institution every year.\n"
    "A seed fund of CAD 400,000 over three years will support joint projects.\n"
    "The first call for proposals opens in June and closes in September.\n"
    "Successful teams will be announced in November.\n"
    "Ghana has trained nuclear physicians since 2010, the institute said.\n"
    "The university said the partnership builds on ten years of joint work by its physicists.\n"
    "Students in medical physics and radiology will be eligible.\n"
    "The partners will review the agreement after three years.\n"
    "Canada's high commissioner attended the ceremony.\n"
)


def test_the_one_pair_of_a_lead_sentence_of_cooperation_is_the_documents(extract: Extract) -> None:
    assert _pairs(extract(LEAD_PAIR_STORY)) == {("CA", "GH")}


def test_a_lead_sentence_without_cooperation_gives_no_pair(extract: Extract) -> None:
    text = LEAD_PAIR_STORY.replace(
        "has signed a five-year partnership with a research institute in Ghana to work together on",
        "welcomed visitors from a research institute in Ghana to a lecture on",
    )
    assert ("CA", "GH") not in _pairs(extract(text))
