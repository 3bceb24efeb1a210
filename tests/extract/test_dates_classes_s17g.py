"""Session 17 round 2 (g) classes on document dates and sentence boundaries.

- a periodical's issue line dates the text: "Issue 2026/01 - Friday 16 January 2026", "No. 6/2025 ·
  Jakarta, 18 November 2025", "Newsletter -- Issue 3/2024 (September 2024)"; an issue's month
  yields to a day's dateline below it;
- a date closing a bracket opened on an earlier line is wrapped prose, no dateline ("(Tokyo Big" /
  "Sight, 17-19 December 2025), the Embassy ...");
- a header line closed by Markdown emphasis after a bar ("*News from X (X) · Berlin · 9 October
  2025*") is a header however long;
- an HTML page whose main text holds no date takes the date the whole page states for itself (a
  masthead or a "Published" label over its date that boilerplate removal dropped);
- in hard-wrapped prose a line that ends on a comma was cut inside its sentence ("... Minister of
  Science," / "Ana Duarte, signed ...").
"""

from __future__ import annotations

import textwrap

import pytest

from bilat.extract.components.sentences import split_sentences
from bilat.ingest.readers.html import extract_page
from bilat.temporal import document_date

ISSUE_LINES = [
    (
        "RESEARCH LINKS CHILE - SWEDEN\nIssue 2025/04 - Tuesday 7 October 2025\n\n"
        "Dear reader,\nthis issue looks back on the polar week (Punta Arenas,\n"
        "8-10 September 2025) and ahead.",
        "2025-10-07",
    ),
    (
        "Embassy Bulletin\nNo. 3/2024 · Nairobi, 12 March 2024\n\nKenya and Finland opened a lab.",
        "2024-03-12",
    ),
    (
        "Innovation Letter -- Issue 5/2023 (November 2023)\n=======\n\nIn this issue: a new fellowship.",
        "2023-11",
    ),
    ("Vol. 4, No. 2 | 21 February 2026\n\nThe two agencies agreed a roadmap.", "2026-02-21"),
    # an issue's month yields to the day of a dateline below it
    (
        "Science Newsletter | Issue 12 | May 2025\n\nRome, 14 May 2025 - Italy and Brazil signed a "
        "memorandum on space research.",
        "2025-05-14",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_LINES)
def test_issue_lines_date_the_text(text: str, expected: str) -> None:
    assert document_date(text) == expected


WRAPPED_BRACKETS = [
    (
        "OCEAN DIGEST\nIssue 9 - Monday 2 February 2026\n\nOn 20 January, at the opening of the fair (Expo\n"
        "Hall, 20-22 January 2026), the two institutes met.",
        "2026-02-02",
    ),
    (
        "Notes from the embassy\n\nThe delegation toured the shipyard (Busan\nPort, 3 December 2025) and met "
        "the mayor.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_BRACKETS)
def test_date_closing_an_earlier_bracket_is_no_dateline(text: str, expected: str | None) -> None:
    assert document_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Chile and Korea open a lithium centre\n\n*News from the Ministry of Science, Technology, "
            "Knowledge and Innovation (MinCiencia) · Santiago · 3 March 2026*\n\nThe centre opened.",
            "2026-03-03",
        ),
        ("*Press Office of the University of Ghent (UGent) · Ghent · 11 May 2025*\n\nText.", "2025-05-11"),
    ],
)
def test_header_line_closed_by_emphasis(text: str, expected: str) -> None:
    assert document_date(text) == expected


def _page(masthead: str) -> str:
    sentence = "The two countries agreed to widen their research cooperation on coastal ecosystems."
    body = " ".join([sentence] * 4)
    return (
        "<!DOCTYPE html><html><head><title>Embassy news</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><div class='masthead'><h1>Embassy Newsletter</h1>{masthead}</div>"
        f"<article><h2>Coastal research</h2><p>{body}</p><p>{body}</p></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("<p class='issue'>No. 2/2026 &middot; Lima, 9 February 2026</p>", "2026-02-09"),
        # (a definition list in the page's header, which the main text leaves out)
        ("<header><dl class='meta'><dt>Published</dt><dd>4 August 2025</dd></dl></header>", "2025-08-04"),
        ("<p class='kicker'>Coastal research</p>", None),
    ],
)
def test_html_page_dated_by_what_boilerplate_removal_dropped(masthead: str, expected: str | None) -> None:
    page = extract_page(_page(masthead))
    assert page.published == expected
    assert document_date(page.text) is None  # (the main text alone does not date the page)


WRAPPED = textwrap.dedent(
    """\
    LISBON, 4 March 2026 - Portugal and Brazil agreed on Tuesday to set up a
    joint centre for ocean observation, the two governments said.

    Portugal's Minister of Science and Higher Education,
    Ana Duarte, signed the agreement with her Brazilian counterpart at a
    ceremony in Lisbon that was also attended by several university rectors,
    researchers and officials of the two research funding agencies.

    The centre will have offices in Lisbon, Porto and Faro,
    Recife and Natal, according to the statement the ministry put out on it.
    """
)


@pytest.mark.parametrize(
    "whole",
    [
        "Portugal's Minister of Science and Higher Education,\nAna Duarte, signed the agreement",
        "offices in Lisbon, Porto and Faro,\nRecife and Natal",
    ],
)
def test_wrapped_line_ending_on_a_comma_goes_on(whole: str) -> None:
    start = WRAPPED.index(whole)
    spans = split_sentences(WRAPPED)
    assert any(a <= start and start + len(whole) <= b for a, b in spans)


def test_unwrapped_lines_ending_on_a_comma_stay_apart() -> None:
    text = "Yours sincerely,\nJane Roe\nDirector"
    assert [text[a:b] for a, b in split_sentences(text)] == ["Yours sincerely,", "Jane Roe", "Director"]
