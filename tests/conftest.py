"""Fixtures shared by every test area."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    """The project checkout."""
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (spec, corpus, gold, reference data, scorers)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "dev"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh store path inside the test's temporary folder."""
    return tmp_path / "bilat.db"
