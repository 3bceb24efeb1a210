"""TempEval-3 regression: the tagger, run in process, on the held-out part of the training data."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bilat.temporal.evaluation import evaluate, read_timeml, split_names


@pytest.fixture(scope="session")
def tempeval_dir(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "tempeval3" / "train"
    if not path.is_dir():
        pytest.skip("TempEval-3 data not present")
    return path


@pytest.fixture(scope="session")
def scorer(shared_dir: Path) -> ModuleType:
    """The official scorer module, ../shared/tools/timex_score.py."""
    spec = importlib.util.spec_from_file_location("timex_score", shared_dir / "tools" / "timex_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_split_is_fixed_and_disjoint(tempeval_dir: Path) -> None:
    names = split_names()
    held, dev = set(names["held_out"]), set(names["development"])
    assert not held & dev
    assert held | dev == {f.name for f in tempeval_dir.glob("*/*.tml")}
    assert 0.15 <= len(held) / len(held | dev) <= 0.25


def test_documents_are_read_exactly_as_the_scorer_reads_them(tempeval_dir: Path, scorer: ModuleType) -> None:
    for path in sorted(tempeval_dir.glob("*/*.tml"))[::8]:
        text, dct, gold = scorer.parse_tml(path)
        doc = read_timeml(path)
        assert (doc.text, doc.dct, doc.gold) == (text, dct, gold)


def _held_out(tempeval_dir: Path) -> dict[str, Any]:
    files = {f.name: f for f in tempeval_dir.glob("*/*.tml")}
    names = split_names()["held_out"]
    result = evaluate(files[name] for name in names)
    assert result["files"] == len(names)
    return result


@pytest.mark.xfail(
    reason="target not met yet: held-out value F1 is 0.770 (development 0.848); see docs/temporal.md",
    strict=False,
)
def test_held_out_value_f1_reaches_the_target(tempeval_dir: Path) -> None:
    result = _held_out(tempeval_dir)
    assert result["value_f1"] >= 0.80, result


def test_held_out_scores_do_not_regress(tempeval_dir: Path) -> None:
    """Guards the level reached so far (value F1 0.770, relaxed extent F1 0.933 when measured)."""
    result = _held_out(tempeval_dir)
    assert result["relaxed"]["f1"] >= 0.925, result
    assert result["value_f1"] >= 0.77, result


WRITTEN = Path(__file__).resolve().parent / "written"


def test_written_split_does_not_regress() -> None:
    """The project's own second development set (tests/temporal/written/README.md): 20 files, 359
    timexes; value F1 0.900 when it was added, 0.920 after session 20's rules, 0.928 after its
    second round, 0.936 after session 21's, 0.939 after session 22's, 0.940 after session 23's."""
    files = sorted(WRITTEN.glob("*.tml"))
    assert len(files) == 20
    result = evaluate(files)
    assert result["gold"] == 359, result
    assert result["relaxed"]["f1"] >= 0.985, result
    assert result["value_f1"] >= 0.939, result
