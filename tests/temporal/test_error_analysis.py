"""Rules kept from the fourth and fifth error-analysis rounds (issue 4, item 5), one table row per rule.

Each row is a sentence in our own words, the reference date, and the expressions expected.
"""

from __future__ import annotations

import pytest

CASES = [
    pytest.param(
        # "next to" is a place, not a future cue: the Friday before a Saturday reference
        "A bomb ripped through a building next to the embassy in Nairobi Friday morning.",
        "1998-08-08",
        [("Friday morning", "DATE", "1998-08-07")],
        id="next-to-is-no-future-cue",
    ),
    pytest.param(
        # the period compared "a year ago" is one already reported on, not a quarter still ahead
        "Losses may last through the third quarter of 1990. "
        "In the year-ago period, the firm earned $1 million.",
        "1989-10-26",
        [("the third quarter of 1990", "DATE", "1990-Q3"), ("the year-ago period", "DATE", "1988-Q3")],
        id="year-ago-period-ignores-future-quarters",
    ),
    pytest.param(
        "Sales rose 36%. The latest quarter's results included a pretax gain.",
        "1989-10-26",
        [("The latest quarter", "DATE", "1989-Q3")],
        id="possessive-quarter",
    ),
    pytest.param(
        "In London at mid-afternoon yesterday, the shares were up 2 pence.",
        "1989-11-02",
        [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")],
        id="mid-afternoon-joins-its-day",
    ),
    pytest.param(
        "By mid afternoon, official sources said the operation was over.",
        "1998-03-06",
        [("mid afternoon", "TIME", "1998-03-06TAF")],
        id="mid-afternoon-alone-takes-the-reference-day",
    ),
    pytest.param(
        # a comparison counts from the reference, not from the date mentioned last
        "Production fell 8% from a year ago. Costs rose compared with a year earlier.",
        "1989-10-26",
        [("a year ago", "DATE", "1988"), ("a year earlier", "DATE", "1988")],
        id="compared-with-a-year-earlier",
    ),
    pytest.param(
        # outside a comparison, "earlier" still counts from the date mentioned last
        "The war began in 1990. A year earlier, the wall fell.",
        "2023-05-23",
        [("1990", "DATE", "1990"), ("A year earlier", "DATE", "1989")],
        id="a-year-earlier-in-a-narrative",
    ),
    pytest.param(
        "Analysts expect a loss in the first half of next year.",
        "1989-10-26",
        [("the first half of next year", "DATE", "1990-H1")],
        id="half-of-next-year",
    ),
    pytest.param(
        "Sales were flat in the second half of this year and the first half of the year.",
        "1989-10-26",
        [
            ("the second half of this year", "DATE", "1989-H2"),
            ("the first half of the year", "DATE", "1989-H1"),
        ],
        id="half-of-this-year",
    ),
    pytest.param(
        # "the last half of" a decade is a position in it, not the last half-year
        "It follows the trend of the last half of the '80s.",
        "1989-10-26",
        [("the '80s", "DATE", "198")],
        id="last-half-of-a-decade",
    ),
    pytest.param(
        "Prices fell during the latter half of 1988 and the last half of March.",
        "1989-10-26",
        [("the latter half of 1988", "DATE", "1988"), ("the last half of March", "DATE", "1989-03")],
        id="latter-half-is-a-position",
    ),
    pytest.param(
        # a reporting period a year back is a span of its length, as "the first nine months" is
        "Net for the year-earlier nine months included a gain.",
        "1989-10-26",
        [("the year-earlier nine months", "DURATION", "P9M")],
        id="year-earlier-nine-months",
    ),
    pytest.param(
        # "the year-earlier period" is the reporting period named last: nine months here
        "For the nine months, net was $81 million. In the year-earlier period, net was $77 million.",
        "1989-10-27",
        [("the nine months", "DURATION", "P9M"), ("the year-earlier period", "DURATION", "P9M")],
        id="year-earlier-period-after-nine-months",
    ),
    pytest.param(
        "Third-quarter net rose. In the nine months, net rose. In the year-earlier quarter, net fell.",
        "1989-10-27",
        [
            ("Third-quarter", "DATE", "1989-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("the year-earlier quarter", "DATE", "1988-Q3"),
        ],
        id="year-earlier-quarter-stays-a-quarter",
    ),
    pytest.param(
        "The spokesman said the meeting would be held at a later date.",
        "2023-05-23",
        [("a later date", "DATE", "FUTURE_REF")],
        id="a-later-date",
    ),
    # fifth round: general news
    pytest.param(
        # "were planning" points ahead: the event planned is after the planning
        "Exiles organised a march on Saturday and were planning a vigil on Sunday.",
        "2000-01-07",
        [("Saturday", "DATE", "2000-01-08"), ("Sunday", "DATE", "2000-01-09")],
        id="were-planning-is-no-past-cue",
    ),
    pytest.param(
        "The index lagged for eight trading days after the crash.",
        "1989-10-30",
        [("eight trading days", "DURATION", "P8D")],
        id="trading-days-plural",
    ),
    pytest.param(
        "Credits will cut taxes in future quarters; margins shrank over the past several quarters.",
        "1989-10-30",
        [("future quarters", "DATE", "FUTURE_REF"), ("the past several quarters", "DATE", "PAST_REF")],
        id="vague-quarters-are-references",
    ),
    pytest.param(
        "That is bad news for coming quarters, after several quarters of losses.",
        "1989-10-30",
        [("coming quarters", "DATE", "FUTURE_REF"), ("several quarters", "DURATION", "PXQ")],
        id="coming-quarters-and-a-counted-span",
    ),
    pytest.param(
        "Holders may buy shares at half the then current price.",
        "1989-10-26",
        [("current", "DATE", "PAST_REF")],
        id="then-current-is-past",
    ),
    pytest.param(
        "Supporters hope solar power will one day replace coal; the test took one day.",
        "1998-03-03",
        [("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D")],
        id="will-one-day-is-some-day",
    ),
    pytest.param(
        "Heavy shelling again: it's the third day of the offensive.",
        "1998-03-06",
        [("the third day", "DATE", "1998-03-06")],
        id="it-is-the-nth-day-of",
    ),
    pytest.param(
        "Fees are due on the first day of the month.",
        "1998-03-06",
        [],
        id="the-first-day-of-the-month-names-no-day",
    ),
    pytest.param(
        # "vacation plans" is a noun, not a cue that the Friday is ahead
        "On Friday, when she set aside vacation plans, the warning was lifted.",
        "1998-08-17",
        [("Friday", "DATE", "1998-08-14")],
        id="plans-as-a-noun-is-no-future-cue",
    ),
    pytest.param(
        # a deadline may be past or ahead: the noun gives no tense, the verbs do
        "The agency had ruled against him and set Friday as the deadline.",
        "2000-01-15",
        [("Friday", "DATE", "2000-01-14")],
        id="deadline-is-no-future-cue",
    ),
    pytest.param(
        # a scheduled event in the present tense lies ahead
        "The two leaders meet separately Monday; the review period ends Friday.",
        "1998-04-29",
        [("Monday", "DATE", "1998-05-04"), ("Friday", "DATE", "1998-05-01")],
        id="present-tense-schedule-is-future",
    ),
    pytest.param(
        # an infinitive is no tense: "to meet demand" says nothing of when
        "It was unable to meet demand on Friday.",
        "1998-05-06",
        [("Friday", "DATE", "1998-05-01")],
        id="infinitive-is-no-cue",
    ),
    pytest.param(
        "Budgets for the year 2000 were cut by the end of the year 1999.",
        "2013-03-20",
        [("the year 2000", "DATE", "2000"), ("the end of the year 1999", "DATE", "1999")],
        id="the-year-2000",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_rule(values, text: str, reference: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, reference) == expected


def test_a_positioned_part_of_day_keeps_its_position() -> None:
    from bilat.temporal import tag

    (found,) = tag("The talks ended late evening on Friday.", reference="1989-11-02")
    assert (found.type, found.value, found.mod) == ("TIME", "1989-10-27TEV", "END")
