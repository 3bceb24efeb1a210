"""An event never ends before it begins: a weekday end moves to the week of the start, any other
impossible end is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.components.event_ends import consistent_end


@pytest.mark.parametrize(
    ("start", "end", "written", "expected"),
    [
        ("2026-10-05", "2026-10-09", "9 October", "2026-10-09"),  # an ordinary range
        ("2026-10-05", "2026-10-05", "Monday", "2026-10-05"),  # a one-day event
        ("2026-10-05", "2026-10-02", "Friday", "2026-10-09"),  # "closes on Friday", read as last Friday
        ("2026-10-07", "2026-10-04", "on Sunday", "2026-10-11"),
        ("2026-10-05", "2026-10-02", "2 October", None),  # a stated date before the start: impossible
        ("2026-10", "2026-09-30", "30 September", None),
        ("2026-10-05", "2026-10", "October", "2026-10"),  # same month at a coarser precision
        ("2026-10-05", None, "", None),
    ],
)
def test_an_end_is_kept_only_on_or_after_the_start(
    start: str, end: str | None, written: str, expected: str | None
) -> None:
    assert consistent_end(start, end, written) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 5,000 delegates attend the five-day congress, which opened on Monday and closes on Friday.",
        "The week-long fair opened on Monday and ends on Sunday.",
        "The forum, which began on Monday, runs until Thursday.",
    ],
)
def test_no_extracted_event_ends_before_it_starts(
    extract: Callable[..., dict[str, Any]], sentence: str
) -> None:
    record = extract("BERLIN, 7 October 2026 - " + sentence, published="2026-10-07")
    assert record["events"]
    for event in record["events"]:
        assert event.get("end") is None or event["end"] >= event["date"], event
