"""The extraction commands as a user runs them: extract, show and eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat.cli import app

runner = CliRunner()

NEWS = (
    "Paris, 3 March 2025 - France and Singapore signed a Letter of Intent on cooperation in artificial "
    "intelligence on 3 March 2025 in Paris. The letter was signed by Dr. Marie Dupont, Director of "
    "International Affairs at the French National Centre for Scientific Research (CNRS), and the "
    "National University of Singapore (NUS).\n"
)


@pytest.fixture
def news_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path


def test_extract_writes_one_record_per_document(news_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(news_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "news.txt.json").read_text(encoding="utf-8"))
    assert record["schema"] == "bilat-record/1"
    assert record["doc"] == "news.txt"
    assert ["FR", "SG"] in [item["pair"] for item in record["partnerships"]]
    assert any(item["type"] == "letter_of_intent" for item in record["agreements"])


def test_extract_reports_an_unreadable_file_in_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["extract", str(binary), "--out", str(tmp_path / "out")])
    assert "Traceback" not in result.output
    assert "image.txt" in result.output


def test_show_prints_facts_with_their_evidence(news_file: Path) -> None:
    result = runner.invoke(app, ["show", str(news_file)])
    assert result.exit_code == 0, result.output
    assert "letter_of_intent" in result.output
    assert "[" in result.output  # evidence is bracketed in its context


def test_show_json_is_the_record(news_file: Path) -> None:
    result = runner.invoke(app, ["show", str(news_file), "--json"])
    assert json.loads(result.output)["doc"] == "news.txt"


def test_eval_scores_against_gold(shared_dir: Path) -> None:
    gold, docs = shared_dir / "gold" / "seeds", shared_dir / "corpus" / "seeds"
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(docs), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["fields"]) >= {"partnerships", "topics", "organizations"}
    assert 0.0 < data["overall"] <= 1.0


def test_eval_names_a_missing_gold_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "nope"), str(tmp_path)])
    assert result.exit_code != 0
