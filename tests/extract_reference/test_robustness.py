"""Every finder survives hostile text: huge tokens, control characters, deep brackets, endless
capitalised words, mixed scripts. Sizes are kept moderate here; `bench/bench_reference.py`
measures time on larger inputs (time is never asserted in tests)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.money import find_amounts
from bilat.extract.reference import Countries, OrgIndex, ProgrammeIndex

SIZE = 120_000


def hostile_texts() -> dict[str, str]:
    rng = random.Random(7)
    return {
        "no spaces": "x" * SIZE,
        "no newlines": "Japan and the UK agree on ¥5 million for JST. " * (SIZE // 46),
        "digits": "1" * SIZE,
        "money marks": "$€£¥" * (SIZE // 4),
        "digit groups": "1," * (SIZE // 2),
        "control characters": "".join(chr(rng.randrange(32)) for _ in range(SIZE)),
        "nested brackets": "(" * (SIZE // 2) + ")" * (SIZE // 2),
        "capitalised words": " ".join(["National"] * (SIZE // 9)),
        "name prefixes": " ".join(["Japan Science and Technology"] * (SIZE // 29)),
        "mixed scripts": "".join(
            rng.choice("日本語한국어abcXYZ αβγ Δ文部科学省円億$€ ,.-\u200b\u202e") for _ in range(SIZE)
        ),
        "surrogate-free emoji": "🇯🇵🇬🇧💴" * (SIZE // 6),
    }


def finders(table: Countries, orgs: OrgIndex, progs: ProgrammeIndex) -> dict[str, Callable[[str], list[Any]]]:
    return {
        "countries": table.find,
        "organizations": orgs.find,
        "programmes": progs.find,
        "money": find_amounts,
    }


@pytest.mark.parametrize("case", sorted(hostile_texts()))
def test_hostile_text_never_crashes(
    table: Countries, orgs: OrgIndex, progs: ProgrammeIndex, case: str
) -> None:
    text = hostile_texts()[case]
    for name, find in finders(table, orgs, progs).items():
        for item in find(text):
            assert 0 <= item.start < item.end <= len(text), name


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_random_text_gives_grounded_matches(orgs: OrgIndex, progs: ProgrammeIndex, text: str) -> None:
    for index in (orgs, progs):
        for match in index.find(text):
            assert text[match.start : match.end] == match.surface
            assert match.candidates
            index.resolve(match, {"JP"}, [text])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Japan",
                "Science",
                "and",
                "Technology",
                "Agency",
                "(",
                "JST",
                ")",
                "–",
                "Ministry",
                "of",
                "Foreign",
                "Affairs",
                "\n",
                "  ",
                "U.S.",
                "UK",
                "-",
                "Franco",
                "NRF",
                "’s",
            ]
        ),
        max_size=40,
    )
)
def test_fragments_of_names_give_grounded_matches(orgs: OrgIndex, table: Countries, parts: list[str]) -> None:
    text = " ".join(parts)
    for match in orgs.find(text):
        assert text[match.start : match.end] == match.surface
    for mention in table.find(text):
        assert text[mention.start : mention.end] == mention.surface


@pytest.mark.slow
def test_ten_megabytes_without_spaces(table: Countries, orgs: OrgIndex, progs: ProgrammeIndex) -> None:
    text = ("Japan" * 2_000_000)[:10_000_000]
    for name, find in finders(table, orgs, progs).items():
        assert find(text) == [], name
