"""The gate that decides where each rule is tried must never skip a place where the rule matches."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.temporal import gate, gate_index, starts, tag
from bilat.temporal.evaluation import read_timeml
from bilat.temporal.firstchars import ascii_key, ascii_prefixes
from bilat.temporal.gate import rule_positions
from bilat.temporal.grammar import TOKEN_START

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def skipped_matches(text: str) -> list[tuple[str, int, str]]:
    """(rule, position, matched text) of every match at a token start that the gate does not try."""
    tag("warm-up on 3 May 2023", reference="2023-05-23")  # registers and compiles the rules
    rules, positions = rule_positions(text)
    token_starts = [m.start() for m in TOKEN_START.finditer(text)]
    out = []
    for rule, tried in zip(rules, positions, strict=True):
        allowed = set(tried)
        for p in token_starts:
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


def test_the_shipped_prefix_index_is_up_to_date() -> None:
    """Rebuild it with `gate_index.write_index()` after changing rules or the lexicon."""
    path = Path(gate_index.__file__).parent / "data" / gate_index.INDEX_FILE
    shipped = json.loads(path.read_text("utf-8"))
    assert shipped == gate_index.build_index(gate_index.registered_sources()), "gate index out of date"


def test_a_rule_missing_from_the_index_is_derived_at_start_up() -> None:
    source = r"(?i:fortnight)\s+(?P<n>\d+)"
    (entry,) = gate_index.rule_prefixes([source])
    assert entry == gate_index.derive(source)
    assert entry.short == {"fort"} and entry.long == {"fortnigh"} and entry.longer


def test_only_two_characters_change_class_when_lower_cased() -> None:
    """The gate scans lower-cased text: it must keep every character's class and length."""
    word, space, digit = re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
    changed = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if lower == char or 0xD800 <= code < 0xE000:
            continue
        if (
            len(lower) != 1
            or char.isascii() != lower.isascii()
            or any(bool(p.match(char)) != bool(p.match(lower)) for p in (word, space, digit))
        ):
            changed.add(char)
    assert changed == set(starts._LOWER_CHANGES_CLASS)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, and last week, the day before 12/05/2023.",
        "article26 May 2020Directorate, COP21 and ASIW2016 in 10am",
        "令和7年1月5日、東京2024年で会議。",
        "Zürich, 3. März 2024 — İstanbul, ſept, K, “next week”",
        "",
        "x",
    ],
)
def test_every_scanned_place_is_a_token_start(text: str) -> None:
    token_starts = {m.start() for m in TOKEN_START.finditer(text)}
    assert set(starts.live_starts(text, gate.build_gate().scans)) <= token_starts


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "é", "ß1", "ü", "1ü", "Ⅻ", "日本"]), max_size=40))
def test_every_scanned_place_in_any_mix_is_a_token_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    token_starts = {m.start() for m in TOKEN_START.finditer(text)}
    assert set(starts.live_starts(text, gate.build_gate().scans)) <= token_starts
    assert skipped_matches(text) == []
