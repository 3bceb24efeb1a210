"""The query commands, as a user runs them: tables, --json, and one-line errors."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from bilat.cli import main


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def bilat(capsys: pytest.CaptureFixture[str]):
    """Run the CLI in this process, as `bilat ARGS...` would."""

    def run(*args: str | Path) -> Result:
        capsys.readouterr()
        with pytest.raises(SystemExit) as stop:
            main([str(a) for a in args])
        out = capsys.readouterr()
        return Result(int(stop.value.code or 0), out.out, out.err)

    return run


def test_partners_as_json_and_as_a_table(bilat, gold_db: Path):
    result = bilat("partners", "--json", "--db", gold_db)
    assert result.returncode == 0, result.stderr
    pairs = {"-".join(p["pair"]) for p in json.loads(result.stdout)["items"]}
    assert {"JP-SE", "GB-JP", "EU-JP", "JP-US"} <= pairs
    table = bilat("partners", "--db", gold_db)
    assert table.returncode == 0 and "JP–SE" in table.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("partner", "UK", "japan"),
        ("timeline", "--partner", "JP,SE", "--since", "2024"),
        ("topics", "--matrix"),
        ("calls", "--open", "--as-of", "2025-04-01"),
        ("search", "Nobel"),
        ("entity", "JST"),
    ],
)
def test_every_query_command_answers_in_json(bilat, gold_db: Path, args: tuple[str, ...]):
    result = bilat(*args, "--json", "--db", gold_db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)
    assert bilat(*args, "--db", gold_db).returncode == 0


def test_export_writes_a_file(bilat, gold_db: Path, tmp_path: Path):
    out = tmp_path / "graph.graphml"
    result = bilat("export", "--format", "graphml", "--out", out, "--db", gold_db)
    assert result.returncode == 0, result.stderr
    assert nx.read_graphml(out).number_of_nodes() > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("partner", "Atlantis", "JP"), "unknown partner"),
        (("calls", "--as-of", "next week"), "not a date"),
        (("export", "--format", "xlsx"), "unknown export format"),
        (("entity", "Nobody Known"), "no entity"),
    ],
)
def test_bad_arguments_are_one_line_errors(bilat, gold_db: Path, args: tuple[str, ...], message: str):
    result = bilat(*args, "--db", gold_db)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_store_is_a_one_line_error(bilat, tmp_path: Path):
    result = bilat("partners", "--db", tmp_path / "none.db")
    assert result.returncode != 0 and "no store" in result.stderr
    assert not (tmp_path / "none.db").exists()
