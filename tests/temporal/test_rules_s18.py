"""Rules of the eighteenth session (issue 4): numbers and ordinals read out in words.

Each row is a sentence in our own words, the reference date, and the expressions expected
as (text, type, value). None of these wordings occurs on the development split in a form the
change touches; they are number-reading fixes by the TIMEX3 guidelines, not tuned on it.
"""

from __future__ import annotations

import pytest

Row = tuple[str, str, list[tuple[str, str, str]]]

# A hyphenated compound number is one amount ("forty-eight hours" was read as the range
# "forty" to "eight" and dropped, leaving "eight hours"); ranges of amounts still read as ranges.
COMPOUND_AMOUNTS: list[Row] = [
    ("Talks lasted forty-eight hours.", "1998-03-18", [("forty-eight hours", "DURATION", "PT48H")]),
    ("He served thirty-five years in prison.", "1998-03-18", [("thirty-five years", "DURATION", "P35Y")]),
    (
        "Over the past twenty-five years the firm grew.",
        "1998-03-18",
        [("the past twenty-five years", "DURATION", "P25Y")],
    ),
    ("Unions called a twenty-four-hour strike.", "1998-03-18", [("twenty-four-hour", "DURATION", "PT24H")]),
    ("Sixty-two days later the ship docked.", "1998-03-18", [("Sixty-two days later", "DATE", "1998-05-19")]),
    # ranges of amounts keep their lower end, as before
    ("Repairs take two to three weeks.", "1998-03-18", [("two to three weeks", "DURATION", "P2W")]),
    ("He faces 10-15 years in prison.", "1998-03-18", [("10-15 years", "DURATION", "P10Y")]),
    ("Repairs take two-three weeks.", "1998-03-18", [("two-three weeks", "DURATION", "P2W")]),
]

# Centuries told by an ordinal word, as transcripts write them (TIMEX3 "19" for the 20th century).
WORD_CENTURIES: list[Row] = [
    (
        "The twentieth century ended in war and peace.",
        "1998-03-18",
        [("The twentieth century", "DATE", "19")],
    ),
    (
        "Leaders looked to the twenty-first century.",
        "1998-03-18",
        [("the twenty-first century", "DATE", "20")],
    ),
    ("The mosque dates from the eleventh century.", "1998-03-18", [("the eleventh century", "DATE", "10")]),
    ("The 20th century brought change.", "1998-03-18", [("The 20th century", "DATE", "19")]),
    # an ordinal without "century" is no date
    ("He finished second in the race.", "1998-03-18", []),
]

# Read-out years and clock times.
READ_OUT: list[Row] = [
    # "thousand" holds "and": the year after "and" was lost ("two thousand and one" was 2000)
    (
        "The plan runs to the year two thousand and one.",
        "1998-03-18",
        [("the year two thousand and one", "DATE", "2001")],
    ),
    (
        "The approach of the year two thousand worries them.",
        "1998-03-18",
        [("the year two thousand", "DATE", "2000")],
    ),
    (
        "Trading closed at four p.m. yesterday.",
        "1998-03-18",
        [("four p.m. yesterday", "TIME", "1998-03-17T16:00")],
    ),
    (
        "The vote started at nine a.m. Tuesday.",
        "1998-03-18",
        [("nine a.m. Tuesday", "TIME", "1998-03-17T09:00")],
    ),
    ("Trading closed at 4 p.m. yesterday.", "1998-03-18", [("4 p.m. yesterday", "TIME", "1998-03-17T16:00")]),
]

# Spans and sets of unstated amounts or of one hour.
SPANS_AND_SETS: list[Row] = [
    # "the past hour" was "the past" (`PAST_REF`) with the hour left out
    ("Over the past hour, prices fell.", "1998-03-18", [("the past hour", "DURATION", "PT1H")]),
    ("In the next hour we will hear from him.", "1998-03-18", [("the next hour", "DURATION", "PT1H")]),
    ("He decided at the last minute.", "1998-03-18", []),
    # "every few years" is a set (TIMEX3 `PXY`), not "few years" alone
    ("Every few years, elections are held.", "1998-03-18", [("Every few years", "SET", "PXY")]),
    ("Prices are reviewed every several months.", "1998-03-18", [("every several months", "SET", "PXM")]),
    ("Elections are held every couple of years.", "1998-03-18", [("every couple of years", "SET", "P2Y")]),
    # "on a quarterly basis" is a set; the adjective before other nouns stays no expression
    ("Prices are reviewed on a quarterly basis.", "1998-03-18", [("quarterly", "SET", "P3M")]),
    ("The company cut its quarterly dividend.", "1998-03-18", []),
]

# Read-out years take positions and the article, as written years do; halves of fiscal years.
POSITIONS: list[Row] = [
    (
        "He will leave in late nineteen ninety-eight.",
        "1998-03-18",
        [("late nineteen ninety-eight", "DATE", "1998")],
    ),
    (
        "Oil fell to the level of the winter of nineteen ninety-four.",
        "1998-03-18",
        [("the winter of nineteen ninety-four", "DATE", "1994-WI")],
    ),
    (
        "Results for the first half of fiscal 1990 will improve.",
        "1989-11-02",
        [("the first half of fiscal 1990", "DATE", "1990-H1")],
    ),
]

# Wire-service clock times ("1530 GMT") are times, never years; a restatement of the local time in
# parentheses is left alone, as TimeBank leaves it; a short-year range may end a sentence.
CLOCKS_AND_YEARS: list[Row] = [
    ("The plane landed at 1530 GMT.", "1998-02-13", [("1530 GMT", "TIME", "1998-02-13T15:30+00:00")]),
    (
        "The plane landed at 3:30 p.m. EST (2030 GMT).",
        "1998-02-13",
        [("3:30 p.m. EST", "TIME", "1998-02-13T15:30-05:00")],
    ),
    ("In 1995 PT Telkom listed its shares.", "1998-02-13", [("1995", "DATE", "1995")]),
    ("The plan runs to 2030.", "1998-02-13", [("2030", "DATE", "2030")]),
    ("The meeting was held in 1987-88.", "1989-10-30", [("1987-88", "DATE", "1987")]),
]

CLASSES: dict[str, list[Row]] = {
    "compound-amounts": COMPOUND_AMOUNTS,
    "word-centuries": WORD_CENTURIES,
    "read-out": READ_OUT,
    "spans-and-sets": SPANS_AND_SETS,
    "positions": POSITIONS,
    "clocks-and-years": CLOCKS_AND_YEARS,
}
CASES = [
    pytest.param(text, reference, expected, id=f"{name}-{n}")
    for name, rows in CLASSES.items()
    for n, (text, reference, expected) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_rule(values, text: str, reference: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, reference) == expected
