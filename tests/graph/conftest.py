"""Fixtures for the graph tests: an empty store and a way to add records to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bilat.graph.records import store_record
from bilat.graph.store import Store

Put = Callable[..., int]


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store."""
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def put(store: Store) -> Put:
    """Store a record as document `source` (text defaults to something unique) and link it."""

    def add(
        record: dict[str, Any], source: str, text: str | None = None, published: str | None = None
    ) -> int:
        body = text if text is not None else f"Text of {source}."
        return store_record(
            store, {"schema": "bilat-record/1", **record}, source=source, text=body, published=published
        )

    return add
