"""Blocks inside the article that trafilatura's precision pass drops from a small page (its
sub-headings and lists: "Important dates" over the deadline) come back from its recall pass at
their place; what that pass also keeps before the first or after the last block of the main text
(a menu, a footer's links) does not, and a page with nothing missing is read once, unchanged."""

from __future__ import annotations

from typing import Any

import pytest

import bilat.ingest.readers.html as html_reader
from bilat.ingest.readers.html import extract_page, with_recall_blocks

LEAD = (
    "<p>Tokyo, 3 March 2025 \u2014 The Japan Science and Technology Agency (JST) and Kenya's National "
    "Research Fund (NRF) open a joint call under SICORP.</p>"
)
DATES = (
    "<h2>Important dates</h2><ul><li>Call opens: 3 March 2025</li>"
    "<li>Proposal deadline: 30 May 2025, 12:00 JST</li></ul>"
)
CLOSE = "<p>Up to JPY 5 million per project per year.</p>"
FOOTER = (
    '<div><ul><li><a href="/calls">Earlier calls with Kenya and Japan</a></li>'
    "<li>Privacy and cookie settings</li></ul></div>"
)
PAGE = "<html><head><title>Joint call</title></head><body>{}</body></html>"

FIRST = (
    "Tokyo, 3 March 2025 \u2014 The Japan Science and Technology Agency (JST) and Kenya's National "
    "Research Fund (NRF) open a joint call under SICORP."
)
DEADLINE = "- Proposal deadline: 30 May 2025, 12:00 JST"
LAST = "Up to JPY 5 million per project per year."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a heading and a list inside the article: kept, in the page's order
            LEAD + DATES + CLOSE,
            [FIRST, "Important dates", "- Call opens: 3 March 2025", DEADLINE, LAST],
        ),
        (  # a list of links after the article (which the recall pass keeps): left out
            LEAD + "<ul><li>Call opens: 3 March 2025</li></ul>" + CLOSE + FOOTER,
            [FIRST, "- Call opens: 3 March 2025", LAST],
        ),
    ],
)
def test_blocks_inside_the_article_come_back_and_nothing_around_it(body: str, expected: list[str]) -> None:
    assert extract_page(PAGE.format(body)).text.splitlines() == expected


def test_a_page_with_nothing_missing_is_unchanged_and_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = PAGE.format(f"<article><h1>Joint call opens</h1>{LEAD}{DATES}{CLOSE}</article>{FOOTER}")
    before = extract_page(page).text
    passes: list[bool] = []
    bare = html_reader._bare_extraction

    def counting(html: str, *, favor_recall: bool) -> Any:
        passes.append(favor_recall)
        return bare(html, favor_recall=favor_recall)

    monkeypatch.setattr(html_reader, "_bare_extraction", counting)
    assert extract_page(page).text == before
    assert "Important dates" in before.splitlines()
    assert passes == [False]  # no recall pass


MENU = ["- Home", "- Funding programmes for researchers"]
LINKS = ["- Earlier calls with Kenya and Japan", "- Privacy and cookie settings"]


@pytest.mark.parametrize(
    ("kept", "recalled", "expected"),
    [
        (  # a nav menu before and a footer list after the article: not taken; the inner list is
            [FIRST, LAST],
            [*MENU, FIRST, "Important dates", "- Proposal deadline: 30 May 2025", LAST, *LINKS],
            [FIRST, "Important dates", "- Proposal deadline: 30 May 2025", LAST],
        ),
        (  # nothing missing: the main text as it is
            [FIRST, "- Call opens: 3 March 2025", LAST],
            [*MENU, FIRST, "- Call opens: 3 March 2025", LAST, *LINKS],
            [FIRST, "- Call opens: 3 March 2025", LAST],
        ),
        (  # a line the main text shows elsewhere is not repeated
            [FIRST, LAST, "Important dates"],
            [FIRST, "Important dates", LAST],
            [FIRST, LAST, "Important dates"],
        ),
        (  # no line in common: the main text as it is
            [FIRST],
            ["Something else entirely"],
            [FIRST],
        ),
    ],
)
def test_only_the_recalled_lines_between_the_first_and_last_kept_are_added(
    kept: list[str], recalled: list[str], expected: list[str]
) -> None:
    assert with_recall_blocks("\n".join(kept), "\n".join(recalled)).splitlines() == expected
