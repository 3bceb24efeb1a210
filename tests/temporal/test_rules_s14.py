"""Rules of the sixth error-analysis round (issue 4): one table per class of wording.

Each row is a sentence in our own words, the reference date, and the expressions expected
as (text, type, value).
"""

from __future__ import annotations

import pytest

from bilat.temporal import tag

Row = tuple[str, str, list[tuple[str, str, str]]]

# A vague amount counted from a point of the narrative names no date: the span, as TimeML writes it.
VAGUE_OFFSETS: list[Row] = [
    (
        "The board met on Oct. 2. A few days later, the company cut its dividend.",
        "1989-10-27",
        [("Oct. 2", "DATE", "1989-10-02"), ("A few days later", "DURATION", "PXD")],
    ),
    (
        "Several weeks earlier, the bank had raised its rates.",
        "1998-03-18",
        [("Several weeks earlier", "DURATION", "PXW")],
    ),
    ("Some months later the merger collapsed.", "1998-03-18", [("Some months later", "DURATION", "PXM")]),
    # counted from now, a vague amount still points back or ahead
    ("The plant was closed a few years ago.", "1998-03-18", [("a few years ago", "DATE", "PAST_REF")]),
    # a stated amount still names the date
    (
        "The plane crashed on July 17. Three days later, divers found the recorder.",
        "1998-03-18",
        [("July 17", "DATE", "1997-07-17"), ("Three days later", "DATE", "1997-07-20")],
    ),
]

# Seasons that recur: "every summer", "the past three summers" (a SET; a season is no duration unit).
SEASON_SETS: list[Row] = [
    (
        "Riots have broken out in the town for the past three summers.",
        "1998-03-22",
        [("the past three summers", "SET", "XXXX-SU")],
    ),
    ("The festival takes place every spring.", "1998-03-22", [("every spring", "SET", "XXXX-SP")]),
    ("Each winter the road is closed.", "1998-03-22", [("Each winter", "SET", "XXXX-WI")]),
    (
        "Prices fell in each of the last two winters.",
        "1998-03-22",
        [("the last two winters", "SET", "XXXX-WI")],
    ),
    # a single season is still a date
    ("The strike began last spring.", "1998-03-22", [("last spring", "DATE", "1997-SP")]),
]

# Quarters counted within a year: the first two are its first half, the first three nine months.
QUARTERS_OF_A_YEAR: list[Row] = [
    (
        "Demand should stay weak through at least the first two quarters of 1990.",
        "1989-10-26",
        [("the first two quarters of 1990", "DATE", "1990-H1")],
    ),
    (
        "Sales fell in the last two quarters of last year.",
        "1998-03-18",
        [("the last two quarters of last year", "DATE", "1997-H2")],
    ),
    (
        "Profit rose 12% in the first three quarters of the year.",
        "1989-10-26",
        [("the first three quarters of the year", "DURATION", "P9M")],
    ),
    # the two quarters just gone are a span
    ("Sales fell in the past two quarters.", "1989-10-26", [("the past two quarters", "DURATION", "P2Q")]),
    ("Sales fell in the last two quarters.", "1989-10-26", [("the last two quarters", "DURATION", "P2Q")]),
]

# "latest" before a year is the last one ("the latest fiscal year" of a report).
LATEST_YEAR: list[Row] = [
    (
        "The retailer had sales of $6 billion in the latest fiscal year.",
        "1989-10-26",
        [("the latest fiscal year", "DATE", "1988")],
    ),
    ("Sales rose in the latest quarter.", "1989-10-26", [("the latest quarter", "DATE", "1989-Q3")]),
]

# "that same day", "that very week": the period of the date mentioned last.
THAT_SAME: list[Row] = [
    (
        "Police arrested him on March 2. He was freed that same day.",
        "1998-03-18",
        [("March 2", "DATE", "1998-03-02"), ("that same day", "DATE", "1998-03-02")],
    ),
    (
        "The talks opened on Jan. 5, 1998. Rebels attacked that same week.",
        "1998-03-18",
        [("Jan. 5, 1998", "DATE", "1998-01-05"), ("that same week", "DATE", "1998-W02")],
    ),
    (
        "The treaty was signed in May 1996 and ratified that very year.",
        "1998-03-18",
        [("May 1996", "DATE", "1996-05"), ("that very year", "DATE", "1996")],
    ),
]

# "mid-year" is a position in the year, like "year-end".
MID_YEAR: list[Row] = [
    ("Production will resume by mid-year.", "1998-03-18", [("mid-year", "DATE", "1998")]),
    ("The plant should reopen by midyear.", "1998-03-18", [("midyear", "DATE", "1998")]),
    ("The deal should close by year-end.", "1998-03-18", [("year-end", "DATE", "1998")]),
]

# A reporting verb right before a weekday dates it: "said Tuesday it will ..." is the day of the report.
REPORTED_ON: list[Row] = [
    (
        "The company said Tuesday it will cut 500 jobs next year.",
        "1998-03-18",
        [("Tuesday", "DATE", "1998-03-17"), ("next year", "DATE", "1999")],
    ),
    (
        "The ministry announced on Monday that talks will resume.",
        "1998-03-18",
        [("Monday", "DATE", "1998-03-16")],
    ),
    # further away, the future verb still decides
    ("The minister, who spoke to reporters, will fly to Paris Tuesday.", "1998-03-18",
     [("Tuesday", "DATE", "1998-03-24")]),
]  # fmt: skip

# "half a/an <unit>": half the unit.
HALVES: list[Row] = [
    ("The meeting lasted half an hour.", "1998-03-18", [("half an hour", "DURATION", "PT30M")]),
    ("The border has been closed for half a century.", "1998-03-18",
     [("half a century", "DURATION", "P50Y")]),
    ("Trade grew in the past half century.", "1998-03-18", [("the past half century", "DURATION", "P50Y")]),
    ("The show runs a half-hour.", "1998-03-18", [("a half-hour", "DURATION", "PT30M")]),
    ("He moved there half a dozen years ago.", "1998-03-18", [("half a dozen years ago", "DATE", "1992")]),
    ("The war ended half a century ago.", "1998-03-18", [("half a century ago", "DATE", "1948")]),
    ("The plant closed half a year ago.", "1998-03-18", [("half a year ago", "DATE", "1997-09")]),
]  # fmt: skip

# A range of amounts ("two to three weeks"): one expression, valued by its lower end as TimeBank does.
AMOUNT_RANGES: list[Row] = [
    (
        "Shipments will resume within two to three weeks.",
        "1989-10-30",
        [("within two to three weeks", "DURATION", "P2W")],
    ),
    ("He faces 10-15 years in prison.", "1998-03-18", [("10-15 years", "DURATION", "P10Y")]),
    ("Recovery takes from 3 to 5 days.", "1998-03-18", [("3 to 5 days", "DURATION", "P3D")]),
    # a year span and an age are not amounts of time
    ("From 1990 to 1995 the firm grew.", "1998-03-18", [("1990 to 1995", "DATE", "1990")]),
    ("The 10-year-old boy was found.", "1998-03-18", []),
]

CLASSES = {
    "vague-offset": VAGUE_OFFSETS,
    "season-set": SEASON_SETS,
    "quarters-of-a-year": QUARTERS_OF_A_YEAR,
    "latest-year": LATEST_YEAR,
    "that-same": THAT_SAME,
    "mid-year": MID_YEAR,
    "reported-on": REPORTED_ON,
    "halves": HALVES,
    "amount-ranges": AMOUNT_RANGES,
}
CASES = [
    pytest.param(text, reference, expected, id=f"{name}-{n}")
    for name, rows in CLASSES.items()
    for n, (text, reference, expected) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_rule(values, text: str, reference: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, reference) == expected


def test_positions_keep_their_mod() -> None:
    (mid,) = tag("Production will resume by mid-year.", reference="1998-03-18")
    (end,) = tag("The deal should close by year-end.", reference="1998-03-18")
    assert (mid.mod, end.mod) == ("MID", "END")


def test_an_amount_range_is_one_expression_without_parts() -> None:
    (found,) = tag("He faces 10-15 years in prison.", reference="1998-03-18")
    assert found.parts == () and found.end_value is None
