"""Property tests: rendered dates parse back to themselves; no input crashes the tagger."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.temporal import document_date, tag

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FORMATS = {
    "d Month yyyy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "Month d, yyyy": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "Mon. d, yyyy": lambda d: f"{SHORT[d.month - 1]} {d.day}, {d.year}",
    "Weekday, Month d, yyyy": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    "Weekday d Month yyyy": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "yyyy/m/d": lambda d: f"{d.year}/{d.month}/{d.day}",
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dd-Month-yyyy": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}",
    "yyyy年m月d日": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "d/m/yyyy (day > 12)": lambda d: f"{max(d.day, 13)}/{d.month}/{d.year}",
}

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=300, deadline=None)
@given(day=dates, fmt=st.sampled_from(sorted(FORMATS)), reference=dates)
def test_any_rendered_date_parses_back_to_itself(day: dt.date, fmt: str, reference: dt.date) -> None:
    if fmt.startswith("d/m/yyyy"):
        day = day.replace(day=max(day.day, 13))
    written = FORMATS[fmt](day)
    text = f"The agreement was signed on {written} in Tokyo."
    found = tag(text, reference=reference)
    assert [(t.text, t.value) for t in found] == [(written, day.isoformat())]


@settings(max_examples=200, deadline=None)
@given(month=st.integers(1, 12), reference=dates)
def test_day_and_month_without_year_stay_within_a_year_of_the_reference(
    month: int, reference: dt.date
) -> None:
    text = f"The committee met on 10 {MONTHS[month - 1]}."
    (found,) = tag(text, reference=reference)
    value = dt.date.fromisoformat(found.value)
    assert (value.month, value.day) == (month, 10)
    assert abs((value - reference).days) <= 366


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_no_text_crashes_the_tagger(text: str) -> None:
    for timex in tag(text, reference="2023-05-23"):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


TOKENS = [
    "May",
    "12",
    "-",
    "14",
    "2023",
    "/",
    ".",
    "the",
    "last",
    "week",
    "of",
    "every",
    "two",
    "years",
    "ago",
    "10",
    ":",
    "00",
    "p.m.",
    "JST",
    "Monday",
    ",",
    " ",
    "\n",
    "(",
    ")",
    "early",
    "end",
    "FY",
    "Q3",
    "1990s",
    "a",
    "year",
    "later",
    "令和",
    "7",
    "年",
    "月",
    "日",
    "today",
    "yesterday",
    "between",
    "and",
    "from",
    "UK",
    "time",
    "noon",
    "2nd",
    "1/2",
    "29",
    "Feb",
    "following",
    "day",
    "that",
    "quarter",
    "third",
    "half",
    "H1",
    "fiscal",
    "$",
    "%",
    "per",
    "Christmas",
    "TOKYO,",
    "Published on",
    "Jan 16",
    "Sunday night",
    "tonight",
    "9999",
    "0000",
    "元",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=120),
    st.sampled_from([None, "2023-05-23", "2000-02-29", "2024", "2024-01"]),
    st.sampled_from([" ", "", "\n"]),
)
def test_no_mix_of_date_words_crashes_the_tagger(tokens: list[str], reference: str | None, glue: str) -> None:
    text = glue.join(tokens)
    document_date(text)
    spans = [(t.start, t.end) for t in tag(text, reference=reference)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_long_adversarial_inputs_finish() -> None:
    # repeated near-misses that would make a backtracking grammar explode
    for chunk in ("1 " * 5000, "May " * 3000, "12-" * 3000, "the past " * 2000, "a" * 20000, "1/" * 4000):
        assert isinstance(tag(chunk, reference="2023-05-23"), list)
