"""Cooperation of three partners ("trilateral", "the three funders"): the helpers that make an
instrument's parties, and a document's partner pairs, all three countries rather than two of them."""

from __future__ import annotations

import functools
import itertools
import re

from bilat.extract.resources import alternatives, load_yaml


@functools.cache
def trilateral_pattern() -> re.Pattern[str]:
    """The words of a three-partner cooperation (data/trilateral.yaml)."""
    cues = [str(c) for c in load_yaml("trilateral.yaml").get("cues", [])]
    return re.compile(rf"\b(?:{alternatives(cues) or '(?!)'})\b", re.IGNORECASE)


def says_trilateral(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] speaks of three partners together."""
    return trilateral_pattern().search(text, start, len(text) if end is None else end) is not None


@functools.cache
def quadrilateral_pattern() -> re.Pattern[str]:
    """The words of a four-partner cooperation (data/trilateral.yaml `quadrilateral_cues`)."""
    cues = [str(c) for c in load_yaml("trilateral.yaml").get("quadrilateral_cues", [])]
    return re.compile(rf"\b(?:{alternatives(cues) or '(?!)'})\b", re.IGNORECASE)


def says_quadrilateral(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] speaks of four partners together ("the Quad", "the four countries")."""
    return quadrilateral_pattern().search(text, start, len(text) if end is None else end) is not None


def closed_group(pairs: list[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    """Every pair of the countries that `pairs` join when they are exactly `size`, `pairs` as they are
    otherwise (the four partners of a quadrilateral cooperation, each the partner of each)."""
    countries = sorted({c for pair in pairs for c in pair})
    if len(countries) != size:
        return pairs
    have = {tuple(sorted(p)) for p in pairs}
    return list(pairs) + [p for p in itertools.combinations(countries, 2) if p not in have]


def three_countries(pairs: list[tuple[str, str]]) -> list[str]:
    """The three countries of partner pairs that join exactly three (sorted), else []."""
    countries = sorted({c for pair in pairs for c in pair})
    return countries if len(countries) == 3 else []


def closed_triangle(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every pair of the three countries that `pairs` join ("Norway with Denmark and Canada" gives
    NO–DK and NO–CA; a trilateral cooperation adds DK–CA), `pairs` as they are otherwise."""
    three = three_countries(pairs)
    if not three:
        return pairs
    have = {tuple(sorted(p)) for p in pairs}
    return list(pairs) + [p for p in itertools.combinations(three, 2) if p not in have]
