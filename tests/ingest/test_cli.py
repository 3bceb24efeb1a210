"""`bilat ingest` from the command line: summary, JSON, standard input, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bilat import cli
from bilat.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def test_ingest_prints_a_summary_and_a_rerun_finds_everything_unchanged(
    fixtures_dir: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["ingest", str(fixtures_dir), "--db", str(db_path)], capsys)
    assert code == 0
    assert "6 ingested" in out and "0 skipped" in out
    assert "partnerships" in out and "calls" in out
    code, out, _ = run(["ingest", str(fixtures_dir), "--db", str(db_path)], capsys)
    assert code == 0
    assert "0 ingested" in out and "6 unchanged" in out


def test_json_output_has_counts_totals_and_one_result_per_document(
    fixtures_dir: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["ingest", str(fixtures_dir), "--db", str(db_path), "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["db"] == str(db_path)
    assert data["counts"]["ingested"] == 6
    assert {"partnerships", "agreements", "events", "calls", "people", "organizations"} <= set(data["found"])
    assert len(data["results"]) == 6
    assert all(r["status"] == "ingested" and r["doc_id"] for r in data["results"])
    assert data["store"]["documents"] == 6


def test_bad_files_are_named_in_one_line_each_and_the_run_goes_on(
    fixtures_dir: Path, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_bytes(b"")
    (bad / "archive.zip").write_bytes(b"PK\x03\x04")
    code, out, err = run(
        ["ingest", str(bad), str(fixtures_dir / "programme_news.md"), "--db", str(db_path)], capsys
    )
    assert code == 0
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert any(str(bad / "empty.md") in line and "empty" in line for line in lines)
    assert any(str(bad / "archive.zip") in line and "unsupported" in line for line in lines)
    assert "Traceback" not in err
    assert "1 ingested" in out and "2 skipped" in out


def test_exit_code_is_one_when_nothing_could_be_ingested(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run(["ingest", str(tmp_path / "empty.txt"), "--db", str(db_path)], capsys)
    assert code == 1
    assert "empty" in err


def test_a_bad_store_file_is_one_error_line(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("plain notes\n" * 200)
    code, _, err = run(["ingest", str(fixtures_dir), "--db", str(not_a_db)], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "notes.db" in err and "Traceback" not in err


def test_quiet_prints_nothing_on_success(
    fixtures_dir: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["ingest", str(fixtures_dir), "--db", str(db_path), "--quiet"], capsys)
    assert (code, out, err) == (0, "", "")


def test_standard_input_is_one_document(
    db_path: Path, repo_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bilat = Path(sys.executable).with_name("bilat")
    text = "Slovakia and Taiwan opened a joint laboratory for battery research in Bratislava.\n"
    args = ["ingest", "-", "--db", str(db_path), "--json"]
    piped = subprocess.run(
        [str(bilat), *args], input=text.encode(), capture_output=True, check=True, cwd=repo_dir
    )
    (result,) = json.loads(piped.stdout)["results"]
    assert result["status"] == "ingested"
    assert result["source"] == f"stdin:{result['doc_id']}"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, _ = run(args, capsys)
    assert code == 0
    assert json.loads(out)["results"][0]["status"] == "unchanged"


def test_db_comes_from_the_environment(
    fixtures_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BILAT_DB", str(tmp_path / "from_env.db"))
    code, _, _ = run(["ingest", str(fixtures_dir / "programme_news.md"), "--quiet"], capsys)
    assert code == 0
    assert (tmp_path / "from_env.db").is_file()


def test_help_describes_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["ingest", "--help"], capsys)
    assert code == 0
    for option in ("--db", "--max-bytes", "--quiet", "--json"):
        assert option in out


def test_a_usage_error_is_reported_by_click_not_as_unexpected(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["ingest"], capsys)
    assert code == 2
    assert "Missing argument" in err and "unexpected" not in err


def test_a_file_name_that_is_not_utf8_is_ingested_under_a_printable_source(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    name = b"caf\xe9.txt"  # Latin-1 bytes in a file name
    try:
        (Path(bytes(folder).decode()) / name.decode("utf-8", "surrogateescape")).write_text(
            "Peru and Ghana met.\n"
        )
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system refuses non-UTF-8 names")
    code, out, _ = run(["ingest", str(folder), "--db", str(db_path), "--json"], capsys)
    (result,) = json.loads(out)["results"]
    assert code == 0 and result["status"] == "ingested"
    assert result["source"].endswith("caf\ufffd.txt")


def test_max_bytes_skips_larger_files(
    fixtures_dir: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        ["ingest", str(fixtures_dir), "--db", str(db_path), "--max-bytes", "1000", "--json"], capsys
    )
    data = json.loads(out)
    sizes = {p.name: p.stat().st_size for p in fixtures_dir.iterdir()}
    skipped = {Path(r["source"]).name for r in data["results"] if r["status"] == "skipped"}
    assert skipped == {name for name, size in sizes.items() if size > 1000}
    assert all("too large" in line for line in err.strip().splitlines())
    assert code == 0


def test_debug_shows_the_traceback_behind_a_skipped_file(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(cli._DEBUG, "on", False)  # --debug sticks for the process; undo it afterwards
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    code, _, err = run(["--debug", "ingest", str(bad), "--db", str(db_path)], capsys)
    assert code == 1
    assert "Traceback" in err and "binary" in err
