"""A dateline that gives another calendar's date first (Hijri "AH", Solar Hijri "SH", Buddhist
"BE") and the Gregorian date after it gives the document its publication date."""

from __future__ import annotations

import pytest

from bilat.temporal import document_date

DATELINES = [
    ("Jeddah, Rajab 14, 1447 AH, corresponding to January 3, 2026\n\nThe council met.", "2026-01-03"),
    ("Doha, 3 Shawwal 1446 AH (1 April 2025)\n\nA delegation arrived.", "2025-04-01"),
    ("Isfahan, 1404/02/11 SH - 1 May 2025\n\nThe university said.", "2025-05-01"),
    ("Chiang Mai, 5 June 2568 BE / 5 June 2025\n\nThe agency said.", "2025-06-05"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_the_gregorian_date_after_another_calendars_is_the_documents_date(text: str, expected: str) -> None:
    assert document_date(text) == expected


def test_a_date_in_running_prose_after_a_hijri_year_is_not_a_dateline() -> None:
    text = "Background\n\nIn Rajab 1447 AH, corresponding to January 2026, the two ministries met in Riyadh."
    assert document_date(text) is None
