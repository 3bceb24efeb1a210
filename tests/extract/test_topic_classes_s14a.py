"""Topics, cross-set round 14a. One class, all sentences our own:

A minister's or ministry's portfolio ("the Federal Minister of Education, Research and Space",
"Minister of Science, Technology and Telecommunications", "MINISTRY OF DIGITAL DEVELOPMENT") names
what the ministry is in charge of, not a field the document's cooperation is about, also where no
person or body of the record covers the words."""

from __future__ import annotations

import pytest

from bilat.extract.components.topics import portfolio_spans

from .records import Extract

PORTFOLIOS = [  # (text, the portfolio's words)
    (
        "represented by the Federal Minister of Education, Research and Space (the Participant)",
        "Minister of Education, Research and Space",
    ),
    (
        "ROJAS, Elena - Minister of Science, Technology and Telecommunications (Panama)",
        "Minister of Science, Technology and Telecommunications",
    ),
    (
        "MINISTRY OF DIGITAL DEVELOPMENT OF THE KYRGYZ REPUBLIC\nNews",
        "MINISTRY OF DIGITAL DEVELOPMENT OF THE KYRGYZ REPUBLIC",
    ),
    ("the Minister for Trade, Industry and\nEnergy spoke first", "Minister for Trade, Industry and\nEnergy"),
]


@pytest.mark.parametrize(("text", "portfolio"), PORTFOLIOS)
def test_portfolio_spans(text: str, portfolio: str) -> None:
    assert [text[s:e] for s, e in portfolio_spans(text)] == [portfolio]


def test_no_portfolio_without_a_capitalised_word() -> None:
    assert portfolio_spans("the ministers of science agreed on quantum sensing") == []


TEXTS = [  # (text, a topic the record must not hold, one it must hold)
    (
        "Joint declaration of intent between Canada and Germany\n\nThe Government of Canada and the Federal "
        "Ministry of Research, Technology and Space of Germany intend to cooperate on hydrogen research "
        "and on fuel cells. Joint research projects will be funded from 2026.\n",
        "space",
        "hydrogen",
    ),
    (
        "Costa Rica and Portugal sign ocean research memorandum\n\nPresent: Minister of Science, Innovation, "
        "Technology and Telecommunications (Costa Rica). The two countries will cooperate on marine "
        "science and ocean observation research.\n",
        "telecom",
        "ocean_polar",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), TEXTS)
def test_a_portfolio_names_no_topic(extract: Extract, text: str, absent: str, present: str) -> None:
    topics = {t if isinstance(t, str) else t["id"] for t in extract(text)["topics"]}
    assert present in topics and absent not in topics, topics


AGREEMENT_NAMES = [  # (text, a topic that only the agreement's name would give)
    (
        "Portugal and Australia sign tourism memorandum\n\nPortugal's tourism minister and Australia's trade "
        "minister signed a memorandum of understanding on tourism promotion in Lisbon on 3 March 2026. It "
        "builds on the Student Mobility Agreement that the two countries have had in force since 2012, "
        "which lets young people work and travel in each other's country.\n",
        "talent_mobility",
    ),
]


@pytest.mark.parametrize(("text", "absent"), AGREEMENT_NAMES)
def test_an_agreements_own_name_names_no_topic(extract: Extract, text: str, absent: str) -> None:
    record = extract(text)
    assert any(a.get("title") == "Student Mobility Agreement" for a in record["agreements"]), record[
        "agreements"
    ]
    topics = {t if isinstance(t, str) else t["id"] for t in record["topics"]}
    assert absent not in topics, topics
