"""`bilat timex FILE [--dct] [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bilat.errors import BilatError
from bilat.temporal.commands import register


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """Test root so that `timex` is a subcommand."""

    return app


def test_json_output_lists_timexes_with_offsets(app: typer.Typer, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    text = "The committee met yesterday and will meet again on 1 June 2024."
    doc.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(doc), "--dct", "2024-05-10", "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [(i["text"], i["value"]) for i in items] == [
        ("yesterday", "2024-05-09"),
        ("1 June 2024", "2024-06-01"),
    ]
    assert all(text[i["start"] : i["end"]] == i["text"] for i in items)


def test_reads_stdin_and_infers_the_reference(app: typer.Typer) -> None:
    text = "PRESS RELEASE\nTokyo, 2024/5/16\n\nThe committee met yesterday."
    result = CliRunner().invoke(app, ["timex", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert [i["value"] for i in json.loads(result.stdout)] == ["2024-05-16", "2024-05-15"]


def test_table_output(app: typer.Typer, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Signed on 3 December 2014.", encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(doc)])
    assert result.exit_code == 0
    assert "2014-12-03" in result.stdout


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, ["--json"], "no such file"),
        (b"\x00\x01\x02binary", ["--json"], "binary"),
        (b"caf\xe9 latin-1", ["--json"], "not UTF-8"),
        (b"fine text", ["--dct", "2024-13-45"], "--dct"),
    ],
)
def test_bad_input_is_one_clear_error(
    app: typer.Typer, tmp_path: Path, content: bytes | None, args: list[str], message: str
) -> None:
    doc = tmp_path / "input.txt"
    if content is not None:
        doc.write_bytes(content)
    result = CliRunner().invoke(app, ["timex", str(doc), *args])
    assert isinstance(result.exception, BilatError)
    assert message in str(result.exception)
    assert str(doc) in str(result.exception)


def test_parts_lists_range_ends_separately(app: typer.Typer, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("The forum runs 12-14 May 2023.", encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(doc), "--json", "--parts"])
    assert [(i["text"], i["value"]) for i in json.loads(result.stdout)] == [
        ("12", "2023-05-12"),
        ("14 May 2023", "2023-05-14"),
    ]


def test_the_documented_example_holds() -> None:
    from bilat.temporal import document_date, tag

    found = tag("The committee met on 16 May; the forum followed the next day.", reference="2023-05-23")
    assert [(t.start, t.end, t.value) for t in found] == [(21, 27, "2023-05-16"), (48, 60, "2023-05-17")]
    assert document_date("PRESS RELEASE\nTokyo, 2024/5/16\n\nThe committee met yesterday.") == "2024-05-16"
