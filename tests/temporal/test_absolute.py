"""Absolute dates in their common written forms (reference date 2023-05-23)."""

from __future__ import annotations

import pytest

CASES = [
    # text, expected span, value
    ("The agreement was signed on 3 December 2014.", "3 December 2014", "2014-12-03"),
    ("It was announced on May 23, 2023 in Tokyo.", "May 23, 2023", "2023-05-23"),
    ("Deadline: Monday 3 March 2025.", "Monday 3 March 2025", "2025-03-03"),
    ("Published on 16/12/2024", "16/12/2024", "2024-12-16"),
    ("Jerusalem, 07/07/2014", "07/07/2014", "2014-07-07"),
    ("Last updated 27.05.2023", "27.05.2023", "2023-05-27"),
    ("Tokyo, 2024/5/16", "2024/5/16", "2024-05-16"),
    ("Issued 2023.2.3 by the ministry", "2023.2.3", "2023-02-03"),
    ("02-November-2015 17:25 IST", "02-November-2015 17:25 IST", "2015-11-02T17:25+05:30"),
    ("The ISO form 2023-05-15 is used.", "2023-05-15", "2023-05-15"),
    ("Sales rose in June 1998.", "June 1998", "1998-06"),
    ("The treaty dates from 1980.", "1980", "1980"),
    ("Funding for FY2025 was approved.", "FY2025", "2025"),
    ("Results for fiscal 1989 were weak.", "fiscal 1989", "1989"),
    ("Growth slowed in the 1990s.", "the 1990s", "199"),
    ("Q1 2014 revenue grew.", "Q1 2014", "2014-Q1"),
    ("in the fourth quarter of 2024", "the fourth quarter of 2024", "2024-Q4"),
    ("in the first half of 2024", "the first half of 2024", "2024-H1"),
    ("It opened on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25"),
    ("令和7年5月27日に署名された", "令和7年5月27日", "2025-05-27"),
    ("2025年5月27日", "2025年5月27日", "2025-05-27"),
    ("News article26 May 2020Directorate", "26 May 2020", "2020-05-26"),
    ("the summer of 2024", "the summer of 2024", "2024-SU"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_absolute_dates(only, text: str, span: str, value: str) -> None:
    timex = only(text)
    assert timex.text == span
    assert timex.value == value
    assert text[timex.start : timex.end] == span


RANGES = [
    ("The forum runs 12-14 May.", "12-14 May", "2023-05-12", "2023-05-14"),
    ("held May 12-14, 2025 in Osaka", "May 12-14, 2025", "2025-05-12", "2025-05-14"),
    ("from 30 November to 1 December 2016", "30 November to 1 December 2016", "2016-11-30", "2016-12-01"),
    ("the Action Plan for 2024–2027", "2024–2027", "2024", "2027"),
]


@pytest.mark.parametrize(("text", "span", "first", "last"), RANGES)
def test_ranges_have_start_end_and_parts(only, text: str, span: str, first: str, last: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.end_value) == (span, first, last)
    assert [p.value for p in timex.parts] == [first, last]
    for part in timex.parts:
        assert text[part.start : part.end] == part.text


def test_day_month_without_year_takes_the_year_near_the_reference(only) -> None:
    assert only("On May 16, the committee met.", "2023-05-23").value == "2023-05-16"
    assert only("The meeting was held on 16 December.", "2024-01-10").value == "2023-12-16"


def test_a_stated_weekday_fixes_the_year(only, values) -> None:
    # 15 May was a Monday in 2023 (and not in 2022 or 2024)
    assert only("on Monday 15 May in Tokyo", "2024-03-01").value == "2023-05-15"
    # without a reference: the text names 2023, and "today (Monday 15 May)" fixes its own date
    assert values("It was signed today (Monday 15 May) in Tokyo, a priority for 2023.", None) == [
        ("today", "DATE", "2023-05-15"),
        ("Monday 15 May", "DATE", "2023-05-15"),
        ("2023", "DATE", "2023"),
    ]


def test_month_first_numeric_dates_when_the_text_shows_it(values) -> None:
    found = values("Filed 12/25/2023, effective 01/02/2024.")
    assert [v for _, _, v in found] == ["2023-12-25", "2024-01-02"]


def test_quantities_are_not_years(values) -> None:
    assert values("The plant employs 2000 workers and 1500 people.") == []


def test_names_and_possessives_are_not_years_or_decades(values) -> None:
    found = values("Funding under Horizon 2020 grew, and Horizon 2020's rules changed in 2019.")
    assert [(text, value) for text, _, value in found] == [("2019", "2019")]


def test_two_dates_joined_by_and_are_two_dates(values) -> None:
    found = values("The summit met on 24 and 28 April 2024.")
    assert [v for _, _, v in found] == ["2024-04-24", "2024-04-28"]
    assert values("Between 1 and 3 May 2024 the fair ran.")[0][2] == "2024-05-01"


def test_two_days_in_a_row_joined_by_and_span_both(only) -> None:
    timex = only("The summit met on 24 and 25 April 2024.")
    assert (timex.value, timex.end_value) == ("2024-04-24", "2024-04-25")
    assert [(p.text, p.value) for p in timex.parts] == [("24", "2024-04-24"), ("25 April 2024", "2024-04-25")]
