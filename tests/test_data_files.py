"""The packaged YAML data files: a word such as On, No or Yes written bare is read by YAML as a
boolean, so no list in any data file may hold a boolean."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import bilat

DATA_FILES = sorted(Path(bilat.__file__).parent.glob("*/data/*.yaml"))


def booleans_in_lists(node: Any, path: str = "") -> list[str]:
    """Where a list holds a boolean (YAML's reading of a bare On/Off/Yes/No)."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in booleans_in_lists(value, f"{path}/{key}")]
    if isinstance(node, list):
        found = [f"{path}[{i}]" for i, item in enumerate(node) if isinstance(item, bool)]
        return found + [p for i, item in enumerate(node) for p in booleans_in_lists(item, f"{path}[{i}]")]
    return []


def test_the_data_files_are_found() -> None:
    assert len(DATA_FILES) > 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_word_list_holds_a_boolean(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert booleans_in_lists(data) == []
