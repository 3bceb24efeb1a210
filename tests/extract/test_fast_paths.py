"""Fast paths of the acronym and organisation finders give what the plain methods give: the
Schwartz-Hearst search by `str.rfind`, the words before a parenthesis from a bounded window, and
the cheap test before the clock-time pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.acronyms import (
    _WORD,
    MAX_WORDS,
    _fold,
    _fold_char,
    _schwartz_hearst,
    _window_words,
)
from bilat.extract.components.organizations import _TIME_BEFORE, after_time
from bilat.extract.doc import Doc

LETTERS = st.sampled_from(list("abcABC -xyzÉéΣσς1İ.&"))


def plain_schwartz_hearst(short: str, long: str) -> str | None:
    """The Schwartz-Hearst search character by character (the textbook loop)."""
    s_idx, l_idx = len(short) - 1, len(long) - 1
    while s_idx >= 0:
        char = short[s_idx].lower()
        if not char.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            long[l_idx].lower() != char or (s_idx == 0 and l_idx > 0 and long[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = max(long.rfind(" ", 0, l_idx + 1), long.rfind("-", 0, l_idx + 1) if l_idx >= 0 else -1) + 1
    start = long.rfind(" ", 0, start) + 1 if start and long[start - 1] == "-" else start
    return long[start:]


def test_schwartz_hearst_finds_the_long_form() -> None:
    assert _schwartz_hearst("jsps", "the japan society for the promotion of science") == (
        "japan society for the promotion of science"
    )
    assert _schwartz_hearst("xyz", "no such letters here") is None


@settings(max_examples=2000, deadline=None)
@given(short=st.text(LETTERS, max_size=6), long=st.text(LETTERS, max_size=40))
def test_schwartz_hearst_is_the_plain_search(short: str, long: str) -> None:
    assert _schwartz_hearst(short, long) == plain_schwartz_hearst(short, long)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(st.sampled_from(list("aB(x) -")), min_size=1, max_size=30), max_size=120),
    sent_start=st.integers(0, 50),
)
def test_the_words_before_a_parenthesis_are_those_of_a_full_scan(words: list[str], sent_start: int) -> None:
    text = " ".join(words) + " (ABC)"
    paren = text.rindex("(")
    sent_start = min(sent_start, paren)
    start = max(sent_start, text.rfind(")", sent_start, paren) + 1)
    expected = [m.span() for m in _WORD.finditer(text, start, paren)][-MAX_WORDS:]
    assert [m.span() for m in _window_words(text, sent_start, paren)] == expected


@settings(max_examples=1000, deadline=None)
@given(before=st.text(st.sampled_from(list("0123456789:.hapmAPM ()x\t")), max_size=14))
def test_the_clock_time_pre_test_never_hides_a_time(before: str) -> None:
    doc = Doc(text=before + "JST", name="x.txt")
    start = len(before)
    assert after_time(doc, start) == bool(_TIME_BEFORE.search(doc.text[max(0, start - 12) : start]))


def test_a_time_zone_after_a_clock_time_is_recognised() -> None:
    assert after_time(Doc(text="Opens at 17:00 JST", name="x.txt"), 15)
    assert after_time(Doc(text="at 5 p.m. CET", name="x.txt"), 10)
    assert not after_time(Doc(text="the JST and", name="x.txt"), 4)


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=40))
def test_folding_keeps_one_character_per_character(text: str) -> None:
    assert _fold(text) == "".join(_fold_char(c) for c in text)
