"""docs/decisions.md gives a reason for every dependency the project declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DECISIONS = (REPO / "docs" / "decisions.md").read_text(encoding="utf-8").lower()
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
TOOLING = {"ruff", "mypy", "pytest-xdist"}  # developer tools, listed in the header only


def _names(requirements: list[str]) -> list[str]:
    """Distribution names of requirement strings (`typer>=0.12` -> `typer`), type stubs left out."""
    names = [re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower() for requirement in requirements]
    return [name for name in names if not name.startswith("types-")]


DEPENDENCIES = _names(PROJECT["dependencies"])
EXTRAS = [name for group in PROJECT["optional-dependencies"].values() for name in _names(group)]


@pytest.mark.parametrize("name", DEPENDENCIES + EXTRAS)
def test_every_dependency_is_explained(name: str) -> None:
    """Each declared dependency is named in the decisions (with `-`/`_` spelled either way)."""
    spellings = {name, name.replace("-", "_"), name.replace("_", "-"), name.replace("python-", "")}
    assert any(s in DECISIONS for s in spellings), f"{name} is not explained in docs/decisions.md"


def test_runtime_dependencies_have_their_own_reasons() -> None:
    """Runtime dependencies (not dev tooling) appear beyond the header's list."""
    body = DECISIONS.split("\n## ", 1)[1]
    missing = [n for n in DEPENDENCIES if n not in TOOLING and not any(
        s in body for s in (n, n.replace("-", "_"), n.replace("python-", "")))]
    assert not missing, f"no reasons given for {missing}"
