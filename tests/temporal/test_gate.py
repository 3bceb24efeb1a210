"""The gate that decides where each rule is tried must never skip a place where the rule matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.temporal import tag
from bilat.temporal.evaluation import read_timeml
from bilat.temporal.firstchars import ascii_key, ascii_prefixes
from bilat.temporal.gate import rule_positions
from bilat.temporal.grammar import TOKEN_START

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def skipped_matches(text: str) -> list[tuple[str, int, str]]:
    """(rule, position, matched text) of every match at a token start that the gate does not try."""
    tag("warm-up on 3 May 2023", reference="2023-05-23")  # registers and compiles the rules
    rules, positions = rule_positions(text)
    starts = [m.start() for m in TOKEN_START.finditer(text)]
    out = []
    for rule, tried in zip(rules, positions, strict=True):
        allowed = set(tried)
        for p in starts:
            m = rule.pattern.match(text, p)
            if m is not None and m.end() > p and p not in allowed:
                out.append((rule.name, p, m.group()))
    return out


def test_prefixes_of_a_word_and_a_number() -> None:
    assert ascii_prefixes(r"(?i:last)\s+week", 6) == {"last w", "last  "}  # one blank or more
    assert ascii_prefixes(r"\d{4}", 3) == {"000"}  # digits fold to 0
    assert ascii_prefixes(r"(?i:now)(?!\w)", 5) == {"now"}  # a match may end early


def test_prefixes_give_up_where_any_character_may_come() -> None:
    assert ascii_prefixes(r"\w+ago", 3) is None
    assert ascii_prefixes(r"(?i:ſ)", 2) is None  # Unicode case folding could match ASCII "s"


def test_keys_fold_case_space_and_digits() -> None:
    assert ascii_key("Last\tWeek 2023") == "last week 0000"


def test_positions_are_in_text_order() -> None:
    tag("warm-up", reference="2023-05-23")
    _rules, positions = rule_positions("On 3 May, and last week, the day before 12/05/2023.")
    assert any(positions)
    assert all(places == sorted(places) for places in positions)


def test_no_match_is_skipped_in_the_example_corpus() -> None:
    files = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".md", ".html"))
    if not files:
        pytest.skip("no example corpus")
    for path in files:
        assert skipped_matches(path.read_text(encoding="utf-8", errors="replace")) == [], path.name


def test_no_match_is_skipped_in_news(shared_dir: Path) -> None:
    files = sorted((shared_dir / "data" / "tempeval3" / "train").glob("*/*.tml"))[::12]
    if not files:
        pytest.skip("no TempEval files")
    for path in files:
        assert skipped_matches(read_timeml(path).text) == [], path.name


PIECES = [
    "the", "The ", "last", "next week", "day", "May", "MAY", "Sept.", "3", "12", "2023", "1990s", "Q3",
    "a.m.", "p.m.", "noon", "ago", "earlier", "years", "a year", "each", "daily", "now", "Friday",
    "night", "fiscal", "FY2024", "H1", "mid-", "early", "令和", "年", "月", "日", "١٢", "ſ", "K", "İ",
    "–", "—", "-", "/", ".", ",", " ", "\t", "\n", "'", "’", "(", ")", "x", "ab",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_no_match_is_skipped_in_any_mix_of_time_words(pieces: list[str]) -> None:
    assert skipped_matches("".join(pieces)) == []
