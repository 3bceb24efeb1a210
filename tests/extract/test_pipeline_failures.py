"""A component that fails costs its own facts only: the other components still run and the failure
is reported in one line naming the document and the step (raised instead under BILAT_STRICT=1)."""

from __future__ import annotations

import pytest

from bilat.extract.doc import Doc
from bilat.extract.pipeline import STRICT_ENV, Pipeline, Step, build_steps, load_config


def _broken(doc: Doc) -> None:
    raise ValueError("a bug in a rule")


def _pipeline_with_a_broken_step() -> Pipeline:
    steps = build_steps(load_config())
    at = [step.name for step in steps].index("money")
    return Pipeline([*steps[:at], Step("broken", _broken), *steps[at:]])


TEXT = "Japan and Sweden signed a memorandum on quantum research in Tokyo on 3 May 2024, worth EUR 2 million."


def test_a_failing_step_is_reported_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(STRICT_ENV, raising=False)
    record = _pipeline_with_a_broken_step()(TEXT, name="note.txt").to_dict()
    message = capsys.readouterr().err.strip()
    assert message == (
        "extract: note.txt: the broken step failed (ValueError: a bug in a rule); its facts are missing"
    )
    assert record["partnerships"] and record["amounts"] and record["agreements"]


def test_in_strict_mode_a_failing_step_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(ValueError, match="a bug in a rule"):
        _pipeline_with_a_broken_step()(TEXT, name="note.txt")
