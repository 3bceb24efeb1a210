"""The STI test reads what a document is about: research words in its headline or lead, or in more
than one sentence, make it STI cooperation; one passing clause deep in a tax, trade or sports story
("visiting researchers are exempt from income tax") does not. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

FILLER = [
    "The ministers met at the finance ministry on Tuesday.",
    "Officials said the talks had lasted almost two years.",
    "Investors had long called the old rules the main obstacle.",
    "The text still needs the approval of both parliaments.",
]


def story(first: str, *passing: str) -> str:
    """A headline sentence, four sentences of filler and the `passing` sentences after them."""
    return " ".join([first, *FILLER, *passing])


NOT_STI = [
    story(
        "Peru and Denmark signed a double taxation treaty on Wednesday.",
        "A separate article exempts visiting teachers and researchers from income tax in the host country.",
    ),
    story(
        "Chile and Norway signed a trade agreement covering salmon and copper.",
        "Universities had asked for a clause on student visas.",
    ),
    story(
        "Ghana and Portugal agreed a football cooperation agreement for youth academies.",
        "The deal also covers a scholarship for one coach a year.",
    ),
    story(
        "Mexico and Sweden signed an agreement on customs procedures for trucks.",
        "The customs services will share technology for scanning containers.",
    ),
]


@pytest.mark.parametrize("text", NOT_STI)
def test_one_passing_research_clause_makes_no_sti_partnership(extract: Extract, text: str) -> None:
    record = extract(text)
    assert record["partnerships"] == []
    assert record["topics"] == []


STI = [
    # the headline says it
    story("Peru and Denmark signed a research agreement on Wednesday."),
    # the lead says it
    " ".join(
        [
            "Peru and Denmark signed an agreement on Wednesday.",
            "It funds joint science projects of their universities.",
            *FILLER,
        ]
    ),
    # two sentences deep in the text say it
    story(
        "Peru and Denmark signed an agreement on Wednesday.",
        "It funds joint research projects.",
        "Universities may apply from March.",
    ),
]


@pytest.mark.parametrize("text", STI)
def test_research_in_the_lead_or_in_several_sentences_makes_an_sti_partnership(
    extract: Extract, text: str
) -> None:
    assert [p["pair"] for p in extract(text)["partnerships"]] == [["DK", "PE"]]
