"""Money's fast paths against their plain definitions: the currency marks are matched by a DFA
(the same leftmost-longest matches as the plain automaton), and one scan of the text serves both
``named_dollar`` and ``find_amounts``. Sentences of our own, plus generated ones."""

from __future__ import annotations

import functools

import ahocorasick_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.money import _marks, find_amounts, named_dollar

TEXTS = [
    "C$2.4 million for the programme; awards of $6,000 each.",
    "Canadian dollars: up to $50,000 per team, and EUR 12.000,00 per visit.",
    "A grant of Rs 1,20,000 and ¥2.5 million per year; Mrs Rand spoke.",
    "The fund adds 3.250.000,00 EUR and 380 million yen (about US$2.6 million).",
    "No sum here, only the year 2024 and 15 partners.",
    "AUD 5 million, NZ$ 3 million and a $1 million top-up from the Australian dollar pool.",
    "",
]


@functools.cache
def plain() -> ahocorasick_rs.AhoCorasick:
    """The marks' automaton as the plain (non-DFA) implementation builds it."""
    return ahocorasick_rs.AhoCorasick(_marks().patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


@pytest.mark.parametrize("text", TEXTS)
def test_dfa_finds_the_plain_automatons_marks(text: str) -> None:
    assert _marks().automaton.find_matches_as_indexes(text) == plain().find_matches_as_indexes(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "C$",
                "US$",
                "EUR",
                "€",
                "yen",
                "dollars",
                "Rs",
                "R",
                "kr",
                "2",
                "5,000",
                " ",
                "million",
                "a",
                "é",
                "\n",
            ]
        ),
        max_size=20,
    )
)
def test_dfa_matches_on_generated_texts(parts: list[str]) -> None:
    text = "".join(parts)
    assert _marks().automaton.find_matches_as_indexes(text) == plain().find_matches_as_indexes(text)


@pytest.mark.parametrize("text", TEXTS)
def test_one_scan_gives_the_named_dollars_sums(text: str) -> None:
    assert find_amounts(text) == find_amounts(text, dollar=named_dollar(text))
