"""Expressions learned from the TimeBank development split: ordinal days, weeks of a date, days
before a date, financial periods, halves of units, and the tense that decides a bare weekday."""

from __future__ import annotations

import subprocess
import sys

import pytest

REF = "2000-04-05"  # a Wednesday

CASES = [
    ("The vote is on the fifth of May.", "fifth of May", "DATE", "2000-05-05"),
    ("A hearing is set for the week of March 6.", "the week of March 6", "DATE", "2000-W10"),
    ("The office opened the week of 3 June 2024.", "the week of 3 June 2024", "DATE", "2024-W23"),
    ("Then, a week or so ago, the general chose a date.", "a week or so ago", "DATE", "2000-W13"),
    ("It took two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
    ("A minute and a half later, a pilot called.", "A minute and a half", "DURATION", "PT1M30S"),
    ("They ended a day-long meeting.", "a day-long", "DURATION", "P1D"),
    ("It is a decades-long dispute.", "decades-long", "DURATION", "PXY"),
]


@pytest.mark.parametrize(("text", "span", "type_", "value"), CASES)
def test_expressions(only, text: str, span: str, type_: str, value: str) -> None:
    timex = only(text, REF)
    assert (timex.text, timex.type, timex.value) == (span, type_, value)


def test_a_month_and_an_ordinal_word(values) -> None:
    found = values("Women's Day is this coming Sunday, March eighth.", "1998-03-05")
    assert found == [("Sunday, March eighth", "DATE", "1998-03-08")]


def test_an_ordinal_word_before_a_month_needs_of(values) -> None:
    assert values("The first May meeting was short.", REF) == [("May", "DATE", "2000-05")]


def test_the_day_before_a_date_is_one_expression(values) -> None:
    found = values("The day before last Tuesday's hearing, he flew to Cuba.", "2000-02-24")
    assert found == [("The day before last Tuesday", "DATE", "2000-02-21")]
    assert values("They met the day after 3 May 2024.", REF) == [
        ("the day after 3 May 2024", "DATE", "2024-05-04")
    ]


def test_financial_periods_take_the_quarter_under_discussion(values) -> None:
    text = (
        "Net income rose in the third quarter. Sales in the same period last year were lower. "
        "In the year-earlier third quarter, the bank lost money. In the 1988 period, costs rose."
    )
    assert [(span, value) for span, _, value in values(text, "1989-10-27")] == [
        ("the third quarter", "1989-Q3"),
        ("the same period last year", "1988-Q3"),
        ("the year-earlier third quarter", "1988-Q3"),
        ("the 1988 period", "1988-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("January nineteen ninety-seven. Atlanta again.", "1997-01"),
        ("Prices last fell so low in the winter of nineteen ninety-four.", "1994-WI"),
        ("In nineteen ninety-one the case went to trial.", "1991"),
    ],
)
def test_a_year_read_out_takes_its_month_or_season(values, text: str, value: str) -> None:
    assert [v for _, _, v in values(text, REF)] == [value]


def test_last_and_the_name_of_the_month_just_gone_is_a_year_back(values) -> None:
    assert values("Two helicopters crashed last February.", "1998-03-01")[0][2] == "1997-02"
    assert values("The treaty was signed last May.", "1998-02-27")[0][2] == "1997-05"
    assert values("The plan was approved last April.", "1989-10-27")[0][2] == "1989-04"


def test_the_week_alone_is_an_unspecified_week_of_the_reference_year(values) -> None:
    found = values("For the week, the index dropped 3.8%.", "1989-10-27")
    assert found == [("the week", "DATE", "1989-WXX")]
    assert values("A hearing is set for the week of March 6.", REF)[0][2] == "2000-W10"


def test_the_day_before_an_event_in_apposition_is_the_date_named(values) -> None:
    found = values("Trading fell after Oct. 12, the day before the market plunge.", "1989-10-30")
    assert found == [("Oct. 12", "DATE", "1989-10-12"), ("the day before", "DATE", "1989-10-12")]


def test_the_day_before_a_gerund_is_no_date(values) -> None:
    assert values("She met them on 3 May, later in the day before returning home.", REF) == [
        ("3 May", "DATE", "2000-05-03")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a quarter is named by the calendar quarter holding most of its three months
        ("In the quarter ended July 31, sales rose.", "1989-Q2"),
        ("In the latest quarter ended Oct. 1, sales rose.", "1989-Q3"),
        ("In the quarter ended Sept. 30, 1988, sales rose.", "1988-Q3"),
        # a closing day after the reference is last year's
        ("In the quarter ended Dec. 31, sales rose.", "1988-Q4"),
    ],
)
def test_a_quarter_ended_on_a_day_is_the_three_months_before_it(values, text: str, value: str) -> None:
    assert values(text, "1989-10-31")[0][2] == value


def test_the_fiscal_year_ended_is_a_reporting_period(values) -> None:
    found = values("In the fiscal year ended Jan. 31, sales rose.", "1989-10-31")
    assert found[0] == ("the fiscal year", "DURATION", "P1Y")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the governing verb decides, not a capitalised word ending in -ed ("United")
        ("The father would be traveling to the United States Thursday with his wife.", "2000-04-06"),
        # a reporting verb outside the quotation does not govern the date inside it
        ("''He will leave at dawn Thursday,'' Castro said.", "2000-04-06"),
        # the verb before a possessive governs the noun, not the day
        ("His relatives would look for ways to get around Wednesday's ruling.", "2000-04-05"),
        ("Officials said Monday that talks had resumed.", "2000-04-03"),
        # "until" points ahead across a time of day, whose full stops do not end the sentence
        ("The service gave them until 9 a.m. Tuesday to sign.", "2000-04-11T09:00"),
    ],
)
def test_the_tense_of_the_governing_verb_decides_a_weekday(only, text: str, value: str) -> None:
    assert only(text, REF).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The reduced dividend is payable Jan. 2 to stock of record.", "1990-01-02"),
        ("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, the company said.", "1990-02-01"),
        ("The new labour pact, effective June 1, was signed.", "1990-06-01"),
    ],
)
def test_notices_and_titles_do_not_hide_the_future(values, text: str, value: str) -> None:
    assert value in [v for _, _, v in values(text, "1989-10-26")]


def test_importing_the_package_compiles_no_pattern() -> None:
    code = (
        "import bilat.temporal\n"
        "from bilat.temporal.rules import RULES\n"
        "assert RULES and not any('pattern' in vars(r) for r in RULES)\n"
        "bilat.temporal.tag('We met on 16 May 2023.')\n"
        "compiled = {r.name for r in RULES if 'pattern' in vars(r)}\n"
        "assert 'dmy' in compiled and len(compiled) < len(RULES), compiled  # only rules the gate tried\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC\'s "This Week With David Brinkley" that the talks would go on.',
        "He spoke on CBS's ''60 Minutes.''",
        "This is VOA Today.",
    ],
)
def test_programme_names_are_not_times(values, text: str) -> None:
    assert values(text, REF) == []


def test_a_time_word_after_a_sentence_is_a_time(values) -> None:
    found = values("The talks ended in Tokyo. Tomorrow, the delegation visits Kyoto.", REF)
    assert found == [("Tomorrow", "DATE", "2000-04-06")]


def test_the_future_of_something_is_not_a_time(values) -> None:
    assert values("Cooperation should guide the future of science.", REF) == []
    assert values("The institute will grow in the future.", REF) == [("the future", "DATE", "FUTURE_REF")]


def test_a_time_of_day_takes_the_date_mentioned_before_it(values) -> None:
    text = (
        "The call closed on 30 September 2026. The panel met at noon. A webinar followed on 4 October 2026."
    )
    assert ("noon", "TIME", "2026-09-30T12:00") in values(text, "2026-07-01")
