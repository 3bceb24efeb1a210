"""Relative expressions resolved against the reference date (a Tuesday, 2023-05-23) or the last date."""

from __future__ import annotations

import pytest

REF = "2023-05-23"  # a Tuesday

CASES = [
    ("The committee met today.", "today", "2023-05-23"),
    ("It was announced yesterday.", "yesterday", "2023-05-22"),
    ("Talks resume tomorrow.", "tomorrow", "2023-05-24"),
    ("The minister arrived on Monday.", "Monday", "2023-05-22"),
    ("The minister will arrive on Friday.", "Friday", "2023-05-26"),
    ("It was signed last Friday.", "last Friday", "2023-05-19"),
    ("They meet next Tuesday.", "next Tuesday", "2023-05-30"),
    ("Prices fell last week.", "last week", "2023-W20"),
    ("The call opens next month.", "next month", "2023-06"),
    ("Exports rose last year.", "last year", "2022"),
    ("Output grew this year.", "this year", "2023"),
    ("The plan was adopted last May.", "last May", "2022-05"),
    ("Results will be published this autumn.", "this autumn", "2023-FA"),
    ("The talks ended last fall.", "last fall", "2022-FA"),
    ("The office opened earlier this year.", "earlier this year", "2023"),
    ("He left two years ago.", "two years ago", "2021"),
    ("It was founded five months ago.", "five months ago", "2022-12"),
    ("It is now in force.", "now", "PRESENT_REF"),
    ("The fund was recently expanded.", "recently", "PAST_REF"),
    ("Sales rose in the third quarter, the company said.", "the third quarter", "2022-Q3"),
    ("July last year was hot.", "July last year", "2022-07"),
    ("It ends at the end of the month.", "the end of the month", "2023-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_relative_to_the_reference(only, text: str, span: str, value: str) -> None:
    timex = only(text, REF)
    assert (timex.text, timex.value) == (span, value)


ANCHORED = [
    (
        "The ministers met on 8 March. The forum was held on the following day.",
        "the following day",
        "2024-03-09",
    ),
    ("The ministers met on 8 March. Two days later they signed.", "Two days later", "2024-03-10"),
    ("The ministers met on 8 March. The day before, experts met.", "The day before", "2024-03-07"),
    ("The project began in June 2019 and ended later that year.", "later that year", "2019"),
]


@pytest.mark.parametrize(("text", "span", "value"), ANCHORED)
def test_relative_to_the_last_date_mentioned(values, text: str, span: str, value: str) -> None:
    found = values(text, "2024-05-01")
    assert (span, "DATE", value) in found


def test_positions_are_kept_as_mod(only) -> None:
    timex = only("At the end of 2024, the ministers visited Japan.", REF)
    assert (timex.text, timex.value, timex.mod) == ("At the end of 2024"[3:], "2024", "END")
    early = only("The office opens early next year.", REF)
    assert (early.text, early.value, early.mod) == ("early next year", "2024", "START")


def test_without_reference_relative_dates_stay_unresolved(values) -> None:
    assert values("It happened last week and yesterday.", None)[0][2] == "XXXX-WXX"


def test_reference_may_be_a_date_or_partial_iso(only) -> None:
    import datetime as dt

    assert only("It happened yesterday.", dt.date(2020, 1, 1)).value == "2019-12-31"
    assert only("It grew last year.", "2020").value == "2019"
    with pytest.raises(ValueError):
        only("yesterday", "not a date")


def test_a_dated_item_of_a_listing_is_the_reference_for_its_text(values) -> None:
    listing = (
        "News | Last updated 27.05.2023\n"
        "08.11.2019 Minister visits Tokyo\nThe minister took part this morning in a forum.\n"
        "15.02.2019 Workshop\nThe workshop ran from 12 to 15 February.\n"
    )
    found = values(listing, None)
    assert ("this morning", "TIME", "2019-11-08TMO") in found
    assert ("12 to 15 February", "DATE", "2019-02-12") in found


def test_tense_decides_the_year_of_a_season_or_a_weekday(only) -> None:
    assert only("Results will be published this autumn.", "2024-12-16").value == "2025-FA"
    assert only("Results were published this autumn.", "2024-12-16").value == "2024-FA"
    assert only("The group could come as soon as Tuesday.", "2023-05-25").value == "2023-05-30"


def test_a_coarse_reference_never_invents_precision(values) -> None:
    found = values("The ministers met yesterday. Last year sales rose. On 8 March they met again.", "2025")
    assert found == [
        ("yesterday", "DATE", "2025"),
        ("Last year", "DATE", "2024"),
        ("8 March", "DATE", "2025-03-08"),
    ]


def test_a_coarse_reference_is_made_precise_by_the_dateline(values) -> None:
    found = values("TOKYO, Jan 16 (Agency) - The ministers met yesterday.", "2025")
    assert found == [("Jan 16", "DATE", "2025-01-16"), ("yesterday", "DATE", "2025-01-15")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministers met on Thursday last week.", "2023-05-18"),
        ("The ministers met on Monday of last week.", "2023-05-15"),
        ("The delegation arrives on Friday next week.", "2023-06-02"),
        ("The delegation arrives on Monday of the following week.", "2023-05-29"),
        ("The panel sits on Sunday this week.", "2023-05-28"),
    ],
)
def test_a_weekday_in_a_named_week_is_that_week_s_day(values, text: str, value: str) -> None:
    # the reference is Tuesday 2023-05-23, in week 21; the week's own expression keeps its value
    found = values(text, REF)
    assert found[0][2] == value and len(found) == 2
