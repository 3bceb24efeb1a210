"""`bilat serve`: localhost by default, a printed upload token, one-line errors."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.web.conftest import JP_SE_2024, build_store
from typer.testing import CliRunner

from bilat.cli import app, main
from bilat.errors import BilatError
from bilat.web.commands import DEFAULT_HOST, check_port


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_is_registered_and_binds_to_localhost_by_default() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--allow-upload" in result.output and "127.0.0.1" in result.output
    assert DEFAULT_HOST == "127.0.0.1"


def test_a_port_in_use_is_one_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(BilatError, match=f"cannot listen on 127.0.0.1:{port}"):
            check_port("127.0.0.1", port)


def test_serve_with_a_folder_as_store_fails_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--db", str(tmp_path), "--port", str(free_port())])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "folder" in err and "Traceback" not in err


def test_serve_prints_a_token_that_lets_uploads_in(tmp_path: Path) -> None:
    store = build_store(tmp_path / "bilat.db", [JP_SE_2024])
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "bilat", "serve", "--db", str(store), "--port", str(port), "--allow-upload"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline(), server.stdout.readline()]
        token = re.search(r"Bearer (\S+)", lines[1])
        assert token, lines
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base)
        assert httpx.get(f"{base}/api/overview").json()["counts"]["documents"] == 1
        files = {"file": ("note.txt", b"Oslo, 1 May 2025. Norway and Japan agreed to work on ocean science.")}
        refused = httpx.post(f"{base}/api/documents", files=files, headers={"Authorization": "Bearer nope"})
        assert refused.status_code == 401
        accepted = httpx.post(f"{base}/api/documents", files=files,
                              headers={"Authorization": f"Bearer {token.group(1)}"}, timeout=60)
        assert accepted.status_code == 201, accepted.text
        assert httpx.get(f"{base}/api/overview").json()["counts"]["documents"] == 2
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_until_up(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/overview", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail("the server did not start")
