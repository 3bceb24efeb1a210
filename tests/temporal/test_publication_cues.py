"""A document's own date: the labels a page puts before it, and years a dateline must not take."""

from __future__ import annotations

import pytest

from bilat.temporal import document_date

BODY = "\n\nThe two agencies agreed to work together on coastal research in 2021."


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Release time: 2026-11-16 | Source: Press Office | Font size: A A A", "2026-11-16"),
        ("Release date: 4 March 2025", "2025-03-04"),
        ("Publish date 3 May 2025", "2025-05-03"),
        ("Published time: 2024-02-01 10:00", "2024-02-01"),
        ("Posting date - 12 January 2023", "2023-01-12"),
        ("Date of release: 4 June 2023", "2023-06-04"),
        ("Date of issue: 30 September 2022", "2022-09-30"),
        ("Issue date: 7 July 2022", "2022-07-07"),
        ("Date: 9 October 2024", "2024-10-09"),
        ("Report date: 25 March 2025", "2025-03-25"),
        ("Announcement date: 5 October 2026", "2026-10-05"),
        ("Newsletter date: 1 December 2025", "2025-12-01"),
    ],
)
def test_a_labelled_date_near_the_top_is_the_documents_own(label: str, expected: str) -> None:
    assert document_date("Agency news\n\n" + label + BODY) == expected


@pytest.mark.parametrize(
    "label",
    [
        "Event Date: 12 May 2025",
        "Closing date: 30 June 2025",
        "Start date: 1 September 2025",
        "Meeting date: 8 April 2025",
        "Deadline date: 15 July 2025",
    ],
)
def test_the_label_of_another_date_does_not_give_the_documents_own(label: str) -> None:
    """A dateline below the label gives the document's date; the labelled date is an event's."""
    text = f"Agency news\n\n{label}\n\nOSLO, 4 March 2025 - The two agencies agreed to work together."
    assert document_date(text) == "2025-03-04"


@pytest.mark.parametrize(
    "forecast",
    [
        "Ratification is expected in 2029.",
        "Officials expect it to be 2029 at the earliest.",
        "The rules will apply in 2029 at the earliest.",
        "The first satellite is scheduled for 2029.",
        "The plant is due in 2029 or later.",
        "Operations are projected to start in 2029.",
    ],
)
def test_a_yearless_dateline_does_not_take_a_year_the_text_only_expects(forecast: str) -> None:
    text = "PARIS, Nov 19 (Wire) - The ministers signed the accord. Talks began in March 2025. " + forecast
    assert document_date(text) == "2025-11-19"


def test_a_yearless_dateline_takes_a_reported_year_that_comes_later() -> None:
    text = "PARIS, Nov 19 (Wire) - Talks began in March 2025. In 2026 the two sides met in Lyon."
    assert document_date(text) == "2026-11-19"
