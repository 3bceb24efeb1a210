"""Fixtures for the temporal tagger tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bilat.temporal import Timex, tag


@pytest.fixture(scope="session")
def values() -> Callable[[str, str | None], list[tuple[str, str, str]]]:
    """Tag a text and return (text, type, value) of each timex."""

    def run(text: str, reference: str | None = "2023-05-23") -> list[tuple[str, str, str]]:
        return [(t.text, t.type, t.value) for t in tag(text, reference=reference)]

    return run


@pytest.fixture(scope="session")
def only() -> Callable[[str, str | None], Timex]:
    """Tag a text that should hold exactly one time expression and return it."""

    def run(text: str, reference: str | dt.date | None = "2023-05-23") -> Timex:
        found = tag(text, reference=reference)
        assert len(found) == 1, f"expected one timex in {text!r}, got {[t.text for t in found]}"
        return found[0]

    return run
