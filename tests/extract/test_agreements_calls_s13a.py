"""Agreement, partnership and call classes of cross-set round 13 (first pass):

- the bodies that a sentence names as an instrument's signers decide its parties ("JST and BRIN
  signed a memorandum", "the Philippine Space Agency and JAXA signed ...", "PDC signed a memorandum
  with Xidian University"), even when one of their countries is not the document's main pair (a
  survey of one country's ties with several): the pair is then a partnership of the document too;
  a place word inside a signer's name ("the Ministry for Europe and Foreign Affairs") is no party;
- calls: a joint call that caps each side in its own money gives a deadline the cap of its own side
  (the countries or bodies its sentence names: "Korean applicants apply to NRF by ...");
- calls: a date when projects or fellowships start ("projects should start between 1 September and
  ...", "Project start | No later than 1 January") is no deadline, nor is the day registration for an
  event closes ("registration closes on 31 October", "Register at <link> by 5 November");
- calls: a date-first list item or table row ("- 30 September 2026: joint call closes") is not run
  on into the next item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _instruments(record: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((a["type"], tuple(a["parties"])) for a in record["agreements"])


def _pairs(record: dict[str, Any]) -> list[tuple[str, ...]]:
    return sorted(tuple(p["pair"]) for p in record["partnerships"])


_SURVEY_HEAD = (
    "Japan and Thailand: ten years of research ties\n\n"
    "Japan and Thailand have cooperated in science and technology since 2015. The Japan Science and "
    "Technology Agency (JST) and Thailand's National Science and Technology Development Agency "
    "(NSTDA) co-fund joint research on artificial intelligence and biotechnology.\n\n"
)

SIGNERS = [
    (  # two agencies as the subject of "signed"
        _SURVEY_HEAD + "Elsewhere in the region, JST and Indonesia's National Research and Innovation "
        "Agency (BRIN) signed a memorandum of cooperation in August 2022 on marine biotechnology.",
        ("memorandum", ("ID", "JP")),
        ("ID", "JP"),
    ),
    (  # a person of one side and an ambassador of the other
        _SURVEY_HEAD + "In February 2025 the Philippine science secretary and the Japanese ambassador "
        "signed a letter of intent in Manila to set up a joint centre for flood research.",
        ("letter_of_intent", ("JP", "PH")),
        ("JP", "PH"),
    ),
    (  # the other side after "with"
        _SURVEY_HEAD + "Separately, JST signed a new memorandum of understanding on quantum research "
        "with the Korea Institute of Science and Technology (KIST) in May 2024.",
        ("memorandum", ("JP", "KR")),
        ("JP", "KR"),
    ),
]


@pytest.mark.parametrize(("text", "instrument", "pair"), SIGNERS)
def test_signers_decide_the_parties_and_the_pair(
    extract: Extract, text: str, instrument: tuple[str, tuple[str, ...]], pair: tuple[str, ...]
) -> None:
    record = extract(text, published="2026-01-15")
    assert instrument in _instruments(record)
    assert pair in _pairs(record)
    assert ("JP", "TH") in _pairs(record)


def test_one_signing_side_keeps_the_documents_pair(extract: Extract) -> None:
    text = _SURVEY_HEAD + "Japan was quick to sign a memorandum on bioeconomy research in 2020."
    record = extract(text, published="2026-01-15")
    assert _instruments(record) == [("memorandum", ("JP", "TH"))]
    assert _pairs(record) == [("JP", "TH")]


PLACE_IN_NAME = [
    (
        "France and Taiwan extend researcher exchange\n\nThe fellowship programme continues the "
        "memorandum of understanding on researcher exchange signed in 2019 between the Ministry for "
        "Europe and Foreign Affairs and Taiwan's National Science and Technology Council (NSTC). "
        "French and Taiwanese researchers in physics and biology may apply.",
        [("memorandum", ("FR", "TW"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_IN_NAME)
def test_place_word_inside_a_signers_name_is_no_party(
    extract: Extract, text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _instruments(extract(text, published="2026-02-01")) == expected


SIDE_CAPS = [
    (
        "UK–Korea joint call in quantum sensing\n\nUK research organisations may request up to "
        "£600,000 per project from EPSRC. The National Research Foundation of Korea (NRF) will fund "
        "the Korean component with up to KRW 250 million per project.\n\n"
        "UK applicants submit through the UKRI Funding Service by 5 March 2027 at 16:00 GMT.\n\n"
        "Korean applicants apply to NRF by 6 March 2027, 17:00 KST.",
        {"2027-03-05": (600000, "GBP"), "2027-03-06": (250000000, "KRW")},
    ),
    (
        "Norway–Brazil call on ocean science\n\nThe Research Council of Norway funds Norwegian "
        "teams with a maximum of NOK 3 million per project. Brazilian teams may receive up to BRL "
        "1.5 million per project from CNPq.\n\nBrazilian applicants must submit their proposals to "
        "CNPq by 12 May 2026.",
        {"2026-05-12": (1500000, "BRL")},
    ),
    (  # the side named by its funder alone
        "Call for UK–Korea projects on battery recycling\n\nThis is a joint call of EPSRC and the "
        "National Research Foundation of Korea (NRF).\n\nEPSRC grants up to £500,000 per project. NRF "
        "adds up to KRW 200 million per project for the partner team.\n\nThe partner team applies to "
        "NRF by 9 April 2027, 17:00 KST.",
        {"2027-04-09": (200000000, "KRW")},
    ),
    (  # one side only: its cap stays
        "Japan–Germany call on robotics\n\nJST will provide up to ¥40 million per project for the "
        "Japanese team. Applications must be submitted to JST by 20 June 2026.",
        {"2026-06-20": (40000000, "JPY")},
    ),
]


@pytest.mark.parametrize(("text", "caps"), SIDE_CAPS)
def test_each_side_deadline_takes_its_own_cap(
    extract: Extract, text: str, caps: dict[str, tuple[float, str]]
) -> None:
    calls = extract(text, published="2026-01-10")["calls"]
    got = {
        c["deadline"][:10]: (c["max_amount"]["value"], c["max_amount"]["currency"])
        for c in calls
        if c.get("max_amount")
    }
    assert got == caps


_CALL_HEAD = (
    "Spain–Morocco joint research call 2026\n\nThe call funds joint research projects on "
    "desalination. Proposals must be submitted by 14 April 2026 at 14:00 CET. "
)

NOT_DEADLINES = [
    _CALL_HEAD + "Late submissions will not be considered. Decisions are expected in July 2026 and "
    "projects should start between 1 September 2026 and 1 January 2027.",
    _CALL_HEAD + "Fellowships may begin on 1 October 2026 at the earliest.",
    _CALL_HEAD + "\n\n| Milestone | Date |\n|---|---|\n| Deadline for proposals | 14 April 2026 |\n"
    "| Project start | No later than 1 March 2027 |\n",
    _CALL_HEAD + "An information day is planned in Rabat; registration closes on 31 March 2026.",
    _CALL_HEAD + "Participation in the partnering webinar is free. Register at\nevents.example.org/webinar "
    "by 2 April 2026, 23:59 CET.",
]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_start_and_registration_dates_are_no_deadlines(extract: Extract, text: str) -> None:
    deadlines = sorted(c["deadline"][:10] for c in extract(text, published="2026-01-20")["calls"])
    assert deadlines == ["2026-04-14"]


def test_a_deadline_after_the_start_word_stays(extract: Extract) -> None:
    text = (
        "Chile–Finland call on forest data\n\nProjects start after the proposal deadline of 30 May "
        "2026, once both funders have decided. Funding of up to EUR 200,000 per project is available."
    )
    deadlines = [c["deadline"][:10] for c in extract(text, published="2026-01-20")["calls"]]
    assert deadlines == ["2026-05-30"]


DATE_FIRST_ITEMS = [
    (
        "Nordic–Japan innovation news\n\nUpcoming dates for joint funding and events:\n\n"
        " - 30 September 2026: Vinnova-NEDO joint call for proposals closes\n"
        " - 12-14 October 2026: Nordic–Japan Hydrogen Forum, Oslo\n",
        ["2026-09-30"],
    ),
    (
        "Denmark–Chile newsletter\n\nThe joint call for proposals on green hydrogen offers funding "
        "for joint research projects.\n\n| Date | What |\n|---|---|\n"
        "| 8 July 2026, 12:00 CEST | Deadline, joint hydrogen call |\n"
        "| 10–11 July 2026 | Workshop on astronomy data, La Serena |\n",
        ["2026-07-08"],
    ),
    (  # a label alone takes its value from the next item
        "Ghana–Netherlands call for proposals on water research\n\nKey facts:\n\n"
        "- Application deadline (Dutch lead applicant)\n- 15 September 2026, 12:00 CEST\n"
        "- Maximum per project: EUR 400,000\n",
        ["2026-09-15"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_FIRST_ITEMS)
def test_date_first_item_is_not_run_on(extract: Extract, text: str, expected: list[str]) -> None:
    deadlines = sorted(c["deadline"][:10] for c in extract(text, published="2026-06-01")["calls"])
    assert deadlines == expected
