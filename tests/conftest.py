"""Fixtures shared by every test area."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# A component that fails raises in the tests, instead of being reported and skipped as for users
# (bilat.extract.pipeline.STRICT_ENV): a bug must not hide behind the guard that protects a run.
os.environ.setdefault("BILAT_STRICT", "1")

# Property tests assert behaviour, not time: hypothesis's default 200 ms deadline per example made
# them fail on a loaded 2-core machine (speed is measured in bench/, linearity by its own tests).
settings.register_profile("bilat", deadline=None)
settings.load_profile("bilat")

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
