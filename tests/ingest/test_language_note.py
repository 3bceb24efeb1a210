"""A document in a language the rules do not read is extracted all the same, with a one-line note."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat.cli import app
from bilat.ingest.language import language_name, reading_note

runner = CliRunner()

SPANISH = (
    "Bogotá, 4 de marzo de 2026. La ministra de Ciencia y el embajador de Corea firmaron hoy un "
    "memorando de entendimiento para la cooperación en investigación sobre biodiversidad, que "
    "permitirá el intercambio de investigadores y la creación de un laboratorio conjunto.\n"
)
ENGLISH = "Seoul, 4 March 2026 - Korea and Colombia signed a memorandum on biodiversity research.\n"


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("en", None),
        (None, None),
        ("es", "written in Spanish (es): the rules read English, so expect few facts"),
        ("ja", "written in Japanese (ja): the rules read English, so expect few facts"),
    ],
)
def test_reading_note_names_the_language(code: str | None, note: str | None) -> None:
    assert reading_note(code) == note


def test_an_unknown_code_is_named_by_itself() -> None:
    assert language_name("xx") == "xx"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "es.txt").write_text(SPANISH, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def test_extract_notes_the_spanish_file_only(files: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(files), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "es.txt: written in Spanish (es)" in result.output
    assert "en.txt: written in" not in result.output
    assert (tmp_path / "out" / "es.txt.json").exists()


def test_ingest_notes_the_spanish_document_and_stores_it(files: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(files), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    assert "es.txt: written in Spanish (es)" in result.output
    assert "2 ingested" in result.output
