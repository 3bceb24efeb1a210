"""Times of day with zones, joined to their dates."""

from __future__ import annotations

import pytest

CASES = [
    ("Monday, May 12, 2025, 12:00 PM JST", "2025-05-12T12:00+09:00"),
    ("Monday 3 March 2025, 17:00 CET (Paris time)", "2025-03-03T17:00+01:00"),
    ("7 March 2025, 17:00 JST", "2025-03-07T17:00+09:00"),
    ("at 10 p.m. Wednesday", "2023-05-17T22:00"),
    ("noon Thursday", "2023-05-18T12:00"),
    ("by 5 p.m. EST Nov. 9", "2023-11-09T17:00-05:00"),  # "by" points ahead, across the time of day
    ("1 June 2024, 12:00 UK time", "2024-06-01T12:00+01:00"),
    ("1 December 2024, 12:00 UK time", "2024-12-01T12:00+00:00"),
    ("30 April 2025, 16:00 AEST", "2025-04-30T16:00+10:00"),
    ("on 2 June 2025 at 09:30 CEST", "2025-06-02T09:30+02:00"),
    ("Thursday, 13 June 2024 – 10:30 CEST", "2024-06-13T10:30+02:00"),
    ("The call closes on 31 January 2025 at 16:00 (Brussels time).", "2025-01-31T16:00+01:00"),
    ("The deadline is 14:00 BST on 3 July 2024.", "2024-07-03T14:00+01:00"),
    ("Closes 3pm EDT June 20, 2025.", "2025-06-20T15:00-04:00"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_times_with_zones(only, text: str, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.value) == ("TIME", value)


def test_parts_of_day(values) -> None:
    assert ("this morning", "TIME", "2023-05-23TMO") in values("It rained this morning.")
    # TimeBank's convention: a weekday's part of the day is valued as the day itself
    assert ("Friday night", "DATE", "2023-05-19") in values("They met Friday night.")


def test_scores_and_prices_are_not_times(values) -> None:
    assert values("The ratio was 3.45 and the score 2-1.") == []
