"""The rule patterns shipped compiled behave exactly as `re.compile` makes them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bilat.temporal import precompiled

SAMPLE = (
    "On Monday, 3 May 2024 at 10 a.m. EST, and last week, the day before 12/05/2023; "
    "in Q3 2025 and the 1990s, two years ago, every Friday, 令和7年1月5日, mid-2026."
)


def _shipped() -> dict[str, object]:
    path = Path(precompiled.__file__).parent / "data" / precompiled.PATTERNS_FILE
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


def _shipped_codes() -> list[object]:
    patterns = _shipped()["patterns"]
    assert isinstance(patterns, dict)
    return list(patterns.values())


def test_the_shipped_patterns_are_up_to_date() -> None:
    """Rebuild them with `precompiled.rebuild()` after changing rules or the lexicon."""
    shipped = _shipped()
    if shipped["engine"] != precompiled.engine():
        pytest.skip(f"patterns compiled for {shipped['engine']}, not this interpreter")
    assert shipped == precompiled.build_patterns(precompiled.rule_sources()), "compiled patterns out of date"


@pytest.mark.parametrize("source", precompiled.rule_sources()[::4])
def test_a_shipped_pattern_matches_like_a_compiled_one(source: str) -> None:
    if _shipped()["engine"] == precompiled.engine():
        assert precompiled.engine_code(source) in _shipped_codes()  # built from the shipped code
    shipped, compiled = precompiled.compile_pattern(source), re.compile(source)
    assert (shipped.pattern, shipped.flags) == (compiled.pattern, compiled.flags)
    assert (shipped.groups, shipped.groupindex) == (compiled.groups, compiled.groupindex)
    for p in range(len(SAMPLE)):
        a, b = shipped.match(SAMPLE, p), compiled.match(SAMPLE, p)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_a_pattern_not_shipped_is_compiled_as_usual() -> None:
    pattern = precompiled.compile_pattern(r"(?i:fortnight)")
    assert pattern.match("Fortnight") is not None
