"""Fixtures for the reference-data tests: the loaded tables, built once per session."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bilat.extract.reference import Countries, OrgIndex, ProgrammeIndex, countries, organizations, programmes


@pytest.fixture(scope="session")
def table() -> Countries:
    """The country table."""
    return countries()


@pytest.fixture(scope="session")
def orgs() -> OrgIndex:
    """The organisation index (curated + ROR)."""
    return organizations()


@pytest.fixture(scope="session")
def progs() -> ProgrammeIndex:
    """The programme index."""
    return programmes()


SMALL_ROR = [
    {
        "ror": "0small01",
        "name": "Example Polar Institute",
        "country": "NO",
        "acronyms": ["EPI"],
        "types": ["facility"],
    },
    {"ror": "0small02", "name": "Example Research Foundation", "country": "KR", "acronyms": ["NRF"]},
    {"ror": "00097mb19", "name": "Japan Science and Technology Agency", "country": "JP", "acronyms": ["JST"]},
]


@pytest.fixture(scope="session")
def small_ror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compact ROR file with three organisations (one of them also curated)."""
    path = tmp_path_factory.mktemp("ror") / "ror.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in SMALL_ROR) + "\n")
    return path
