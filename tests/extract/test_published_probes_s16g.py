"""Session 16 (g): the record's `published` from a document's own date (no metadata)."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

CASES = [
    (
        "BERLIN, Jan 20 (Agency) - Germany and Namibia signed a hydrogen research accord on Tuesday, "
        "after talks held in Windhoek in December 2025.",
        "2026-01-20",
    ),
    (
        "Staff reporter | Wednesday, 11 March 2026, 18:40 (GMT+7)\n\nVietnam and South Korea signed a "
        "memorandum on semiconductor research in Hanoi.",
        "2026-03-11",
    ),
    (
        "Minutes\n\nMeeting date: 14 October 2025\nPlace: Pretoria\n\n1. South Africa and Brazil reviewed "
        "the joint call launched on 1 September 2025.",
        "2025-10-14",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_record_published(text: str, expected: str) -> None:
    record = get_extractor().extract(text, name="probe.txt").to_dict()
    assert record["published"] == expected
