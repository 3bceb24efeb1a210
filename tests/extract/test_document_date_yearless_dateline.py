"""The document's own date when a news-wire dateline gives no year: the year of a full date of the
same month and day in the page header, and never the year of a plan or a forecast later on. Texts
of our own."""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date

CASES = [
    (
        "DAILY WIRE\nScience | Tuesday, 3 June 2025 09:10 CET\n\nHeadline here\n\n"
        "OSLO, June 3 (Wire) - Norway and Chile signed a deal. "
        "The next round is planned for Santiago in 2027.\n",
        "2025-06-03",
    ),
    (
        "Agency news · 12 March 2024\n\nNAIROBI, Mar 12 (AN) - Kenya and Finland agreed on a water lab. "
        "A second phase will start in 2026.\n",
        "2024-03-12",
    ),
    (
        "Posted 28 November 2023, 14:00\n\nLIMA, 28 Nov (Reuters-like) - Peru joined the consortium, "
        "which is slated for expansion in 2025.\n",
        "2023-11-28",
    ),
    (  # no header date: the latest reported year, not a planned one
        "HANOI, Sept 9 (VNW) - Viet Nam and Japan opened a lab, built since 2022. "
        "The next meeting is planned for Tokyo in 2026.\n",
        "2022-09-09",
    ),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_a_yearless_dateline_takes_the_header_year(text: str, date: str) -> None:
    assert document_date(text) == date


def test_another_day_in_the_header_does_not_lend_its_year() -> None:
    text = "Archive: 1 January 2020\n\nROME, May 5 (AG) - Italy and India signed a pact in 2023.\n"
    assert document_date(text) == "2023-05-05"


MARKUP_LABELS = [
    ("<dl>\n  <dt>Published</dt><dd>17 March 2026</dd>\n</dl>\n<p>Text of 2020.</p>\n", "2026-03-17"),
    ('<p><span class="label">Last updated:</span> <time>5 May 2025</time></p>\n', "2025-05-05"),
]


@pytest.mark.parametrize(("text", "date"), MARKUP_LABELS)
def test_a_publication_label_and_its_date_apart_by_markup(text: str, date: str) -> None:
    assert document_date(text) == date
