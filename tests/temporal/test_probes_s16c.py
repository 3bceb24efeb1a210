"""Round 16c guideline probes: newswire sentences valued by the TimeML / TIMEX3 guidelines
(TempEval-3 conventions), one row per class of expression fixed in this round."""

from __future__ import annotations

import pytest

from bilat.temporal import tag

REF = "1998-10-01"  # a Thursday, in the fourth quarter

# (text, the expression's text, value, mod)
FOUND = [
    # a quarter or half anchored by a possessive year, or by "of next/last/this year"
    ("Profit in 1997's third quarter fell.", "1997's third quarter", "1997-Q3", None),
    ("Sales in 1997's first half rose.", "1997's first half", "1997-H1", None),
    ("fiscal 1998's second quarter", "fiscal 1998's second quarter", "1998-Q2", None),
    ("the year's second half", "the year's second half", "1998-H2", None),
    ("Earnings for the second quarter of next year", "the second quarter of next year", "1999-Q2", None),
    ("the fourth quarter of last year", "the fourth quarter of last year", "1997-Q4", None),
    ("the first quarter of this year", "the first quarter of this year", "1998-Q1", None),
    # "the final quarter" is the fourth
    ("in the final quarter", "the final quarter", "1998-Q4", None),
    ("in the final quarter of 1997", "the final quarter of 1997", "1997-Q4", None),
    # a quarter named by the month that closes it (financial reports)
    ("the September quarter", "the September quarter", "1998-Q3", None),
    ("the December quarter", "the December quarter", "1998-Q4", None),
    ("the June quarter", "the June quarter", "1998-Q2", None),
    ("the September quarter, 1997", "the September quarter, 1997", "1997-Q3", None),
    # a quarter two or more back, in a sentence that looks ahead, is next year's
    ("Earnings will fall in the first quarter.", "the first quarter", "1999-Q1", None),
    ("Profit rose in the first quarter.", "the first quarter", "1998-Q1", None),
    ("The company reported its third-quarter results.", "third-quarter", "1998-Q3", None),
    # a week of a month is that month, not the last week before the reference
    ("the last week of September", "the last week of September", "1998-09", "END"),
    ("He left in the first week of June 1997.", "the first week of June 1997", "1997-06", "START"),
    ("The talks resume the second week of November.", "the second week of November", "1998-11", None),
    # "tonight" is the reference day's night, as "this morning" is its morning
    ("He will speak tonight.", "tonight", "1998-10-01TNI", None),
    ("at 8 p.m. tonight", "8 p.m. tonight", "1998-10-01T20:00", None),
    ("tonight at 8 p.m.", "tonight at 8 p.m.", "1998-10-01T20:00", None),
    # "last"/"next" before a holiday
    ("found in the Atlantic last Thanksgiving", "last Thanksgiving", "1997-11-27", None),
    ("next Christmas", "next Christmas", "1998-12-25", None),
    ("last Labor Day", "last Labor Day", "1998-09-07", None),
    # "will last" is a verb, not the past cue "last"; "set for" points ahead
    ("The talks will last through Friday.", "Friday", "1998-10-02", None),
    ("The vote is set for Friday.", "Friday", "1998-10-02", None),
    ("The talks lasted through last Friday.", "last Friday", "1998-09-25", None),
    # a part of the day named last: that night, the previous evening, the night before
    ("He was killed on Sept. 12. That night, police arrived.", "That night", "1998-09-12TNI", None),
    ("On Monday he left. The next morning he came back.", "The next morning", "1998-09-29TMO", None),
    ("On Monday he left. The previous evening it rained.", "The previous evening", "1998-09-27TEV", None),
    ("He had arrived the night before.", "the night before", "1998-09-30TNI", None),
    ("He arrived on Sept. 3, the night before the crash.", "the night before", "1998-09-03TNI", None),
    # "ahead" / "to come" belong to the span
    ("junk to pay investors in the weeks ahead", "the weeks ahead", "PXW", None),
    ("in years to come", "years to come", "PXY", None),
    ("two days ahead of the vote", "two days", "P2D", None),
]


@pytest.mark.parametrize(("text", "span", "value", "mod"), FOUND)
def test_probe_found(text: str, span: str, value: str, mod: str | None) -> None:
    found = [(t.text, t.value, t.mod) for t in tag(text, reference=REF)]
    assert (span, value, mod) in found


# (text, a text that must not be tagged)
NOT_TAGGED = [
    ("a June quarterly dividend", "June quarter"),
    ("years ahead of its rivals", "years ahead"),
    ("the night before leaving", "the night before"),
    ("that nightclub", "that night"),
]


@pytest.mark.parametrize(("text", "span"), NOT_TAGGED)
def test_probe_not_tagged(text: str, span: str) -> None:
    assert span not in [t.text for t in tag(text, reference=REF)]
