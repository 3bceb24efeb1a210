"""Name folding, date compatibility, series parsing and partner names: the small rules resolution uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilat.graph.normalize import dates_compatible, fold, is_acronym, typo_equal
from bilat.graph.partners import item_partners
from bilat.graph.series import parse_series
from bilat.query.args import pair_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Japan Science & Technology Agency", "japan science and technology agency"),
        ("Pääbo", "PAABO"),
        ("Ministry of Economy, Trade and Industry", "ministry of economy trade and industry"),
    ],
)
def test_fold_ignores_case_accents_punctuation_and_a_leading_the(a: str, b: str):
    assert fold(a) == fold(b)


def test_fold_keeps_japanese_script_intact():
    assert fold("科学技術振興機構") == "科学技術振興機構"
    assert fold("ジェトロ") == "ジェトロ"


@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("JST", True),
        ("DG RTD", True),
        ("NASA", True),
        ("METI", True),
        ("Vinnova", False),
        ("Japan", False),
    ],
)
def test_acronyms(name: str, expected: bool):
    assert is_acronym(name) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("tohoku university", "tokohu university", True),
        ("university of tokyo", "university of kyoto", False),
        ("kyoto university", "osaka university", False),
        ("nrc", "nrd", False),
    ],
)
def test_typos_only_in_long_names(a: str, b: str, same: bool):
    assert typo_equal(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "end", "ok"),
    [
        ("2023-05", "2023-05-12", None, True),
        ("2023", "2023-05-12", None, True),
        ("2023-05-13", "2023-05-12", "2023-05-14", True),
        ("2023-05-15", "2023-05-12", "2023-05-14", False),
        ("2025-05-12T12:00+09:00", "2025-05-12", None, True),
        ("2023-06", "2023-05-12", None, False),
        (None, "2023", None, False),
    ],
)
def test_dates_agree_at_their_shared_precision(a, b, end, ok):
    assert dates_compatible(a, b, end) is ok


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("25th Meeting of the Joint Japanese-German Committee", 25),
        ("the 16th Japan–Canada Joint Committee on Science and Technology Cooperation", 16),
        ("First Japan–Switzerland Joint Committee", 1),
        ("3rd JEUPISTE Consortium meeting", 3),
    ],
)
def test_numbered_meetings_are_parsed(name: str, number: int):
    parsed = parse_series(name)
    assert parsed is not None and parsed[0] == number
    assert "committee" in parsed[1] or "consortium" in parsed[1]


@pytest.mark.parametrize("name", ["EXPO 2025 Osaka", "Signing of the 2nd memorandum", "G7 summit"])
def test_other_names_are_not_series(name: str):
    assert parse_series(name) is None


def test_an_event_in_a_document_about_two_partnerships_takes_the_pair_it_names():
    pairs = [("CH", "JP"), ("DE", "JP")]
    assert item_partners("5th Japan–Switzerland Joint Committee", pairs) == {"CH", "JP"}
    assert item_partners("Joint Committee", pairs) == {"CH", "DE", "JP"}


@pytest.mark.parametrize(
    ("a", "b", "key"),
    [
        ("JP", "SE", "JP-SE"),
        ("Sweden", "japan", "JP-SE"),
        ("UK", "Japan", "GB-JP"),
        ("United Kingdom", "JP", "GB-JP"),
        ("EU", "Japan", "EU-JP"),
    ],
)
def test_partners_are_named_by_code_or_name(a: str, b: str, key: str):
    assert pair_key(a, b) == key


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("2023-05-12", "2023-W19", True),
        ("2023-05-20", "2023-W19", False),
        ("2024-02", "2024-Q1", True),
        ("2024-07-01", "2024-H2", True),
    ],
)
def test_weeks_quarters_and_halves_contain_their_days(a: str, b: str, ok: bool):
    assert dates_compatible(a, b) is ok
