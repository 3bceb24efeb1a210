"""The calendar days of tagger values, shared by the event, trip and agreement rules."""

from __future__ import annotations

import datetime as dt

import pytest

from bilat.extract.days import as_day, iso_week, last_day, within_days_before_report
from bilat.extract.doc import Doc


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-05-12", dt.date(2025, 5, 12)),
        ("2025-05-12T10:00+09:00", dt.date(2025, 5, 12)),
        ("2025-05", None),
        ("2025-W20", None),
        ("2025-02-30", None),
        (None, None),
    ],
)
def test_as_day(value: str | None, day: dt.date | None) -> None:
    assert as_day(value) == day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-05-12", dt.date(2025, 5, 12)),
        ("2025-05", dt.date(2025, 5, 31)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2025-12", dt.date(2025, 12, 31)),
        ("2025", dt.date(2025, 12, 31)),
        ("2025-13", None),
        ("PAST_REF", None),
        (None, None),
    ],
)
def test_last_day_of_a_value_at_its_precision(value: str | None, day: dt.date | None) -> None:
    assert last_day(value) == day


def test_iso_week_runs_monday_to_sunday() -> None:
    assert iso_week("2025-W20") == (dt.date(2025, 5, 12), dt.date(2025, 5, 18))
    assert iso_week("2025-W99") is None
    assert iso_week("2025-05-12") is None


@pytest.mark.parametrize(
    ("value", "inside"),
    [
        ("2025-05-12", True),
        ("2025-05-05", True),
        ("2025-05-04", False),
        ("2025-05-13", False),
        ("2025", False),
    ],
)
def test_within_days_before_report(value: str, inside: bool) -> None:
    doc = Doc(text="", name="x.txt", published="2025-05-12")
    assert within_days_before_report(doc, value, 7) is inside
