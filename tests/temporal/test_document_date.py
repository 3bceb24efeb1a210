"""The date a document states for itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilat.temporal import document_date

CASES = [
    (
        "TOKYO, Jan 16 (Agency) - Visitors spent a record in 2024, up from 2023, data showed last year.",
        "2025-01-16",
    ),
    ("Research news\nPublication date 26 May 2020\nThe EU and Japan agreed.", "2020-05-26"),
    ("Call for proposals\nPublished on 16/12/2024\nApplications open.", "2024-12-16"),
    ("DIGEST\nMinistry\n2025/5/27\n\nTwo committees met.", "2025-05-27"),
    ("PRESS RELEASE\nJerusalem, 07/07/2014\n\nIsrael and Japan sign.", "2014-07-07"),
    ("Showing 5 items | Last updated 27.05.2023\n----", "2023-05-27"),
    ("Press Information Bureau\n\n02-November-2015 17:25 IST\n\nIndia and Japan resolve.", "2015-11-02"),
    ("Science and Technology\n\nMay 23, 2023\n\nOn May 16, the committee met.", "2023-05-23"),
    ("Newsletter | Issue No. 36 | 5 December 2025\n\nIn this issue", "2025-12-05"),
    # A date that ends a short header line after a separator, Markdown emphasis aside
    (
        "*Media Statement, Office of the Minister for Research — April 9, 2027*\n\nTalks open today.",
        "2027-04-09",
    ),
    ("# Gazette\n\nNo. 42 -- Tuesday, 2 March 2027\n\nOn Monday the board met.", "2027-03-02"),
    ("## Heading\n\n*Oceans & Polar Desk · 21 October 2027*\n\nYesterday ministers met.", "2027-10-21"),
    ("*Science Bulletin – 3 May 2027*\n\nA new centre opened.", "2027-05-03"),
    # A dateline or a date first on the line inside Markdown emphasis, before a bar or a middle dot
    ("*04.02.2027 | Almaty*\n\nThe council met on Monday.", "2027-02-04"),
    ("**Lagos, 9 June 2027 · Address to the forum**\n\nToday we open.", "2027-06-09"),
    ("> Quito, 2 March 2026 • Statement\n\nThe talks went well.", "2026-03-02"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_date_forms(text: str, expected: str) -> None:
    assert document_date(text) == expected


def test_dates_inside_sentences_are_not_the_document_date() -> None:
    assert document_date("The previous meeting was held in Bonn on 1 February 2023 and went well.") is None
    assert document_date("") is None
    assert document_date("No dates at all here.") is None
    # a sentence that runs on past the date, or a long line of prose, is no header
    assert document_date("Notes\n\nThe new lab, we heard — opened on 4 May 2027, was busy.") is None
    assert (
        document_date(
            "The delegation that visited several institutes across the region came back, 4 May 2027\nMore."
        )
        is None
    )


def _gold_documents(shared: Path) -> list[tuple[Path, str | None]]:
    out = []
    for gold in sorted((shared / "gold").glob("*/*.json")):
        doc = shared / "corpus" / gold.parent.name / gold.name[: -len(".json")]
        if doc.is_file():
            out.append((doc, json.loads(gold.read_text(encoding="utf-8")).get("published")))
    return out


def test_document_date_matches_the_gold_of_the_shared_corpus(shared_dir: Path) -> None:
    documents = _gold_documents(shared_dir)
    assert documents
    right = [
        doc.name
        for doc, published in documents
        if document_date(doc.read_text(encoding="utf-8")) == published
    ]
    assert len(right) >= 0.9 * len(documents), f"only {right} of {len(documents)}"
