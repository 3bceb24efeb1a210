"""Fixtures for the extraction tests: the packaged extractor and helpers to run it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract import Extractor, get_extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The packaged pipeline, loaded once."""
    return get_extractor()


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., dict[str, Any]]:
    """Extract a text and return its record as a dict."""

    def run(text: str, published: str | None = "2024-06-01") -> dict[str, Any]:
        return extractor.extract(text, name="example.txt", published=published).to_dict()

    return run
