"""The user guide's examples run as written.

Every ```console and ```python block of ``docs/user-guide.md`` is one test. The blocks run in
order in one working folder that holds copies of ``examples/corpus`` and
``tests/docs/demo_gold`` (and ``../shared`` beside it, when present), like a user's checkout.
HTML comments just before a block say what to check:

    <!-- expect: TEXT -->   TEXT appears in the block's output (whitespace-insensitive)
    <!-- reject: TEXT -->   TEXT does not appear in it
    <!-- fails -->          the last command must fail (exit code not 0) with a one-line error
    <!-- serve: /a /b -->   the command starts a server: these paths (default /) must answer
                            HTTP 200 on its port; their bodies are the output

Without ``fails`` every command must exit 0. No output may ever contain a traceback.
Later blocks use files that earlier ones wrote, so the blocks run in the guide's order on one
worker (``--dist=loadfile`` in the pytest options keeps them together under ``-n``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "docs" / "user-guide.md"
SHARED = REPO.parent / "shared"
COMMAND_TIMEOUT = 300
SERVE_TIMEOUT = 30


@dataclass
class Example:
    """One runnable block of the guide, with the checks its comments ask for."""

    line: int
    kind: str  # "console" or "python"
    body: list[str]
    expect: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    fails: bool = False
    serve: bool = False
    serve_paths: list[str] = field(default_factory=lambda: ["/"])

    @property
    def commands(self) -> list[str]:
        """The shell commands of a console block (`$ ` lines, with `\\` continuations joined)."""
        commands: list[str] = []
        for line in self.body:
            if line.startswith("$ "):
                commands.append(line[2:])
            elif commands and commands[-1].endswith("\\"):
                commands[-1] = commands[-1][:-1].rstrip() + " " + line.strip()
        return commands

    @property
    def id(self) -> str:
        """A readable test id: the line number and the start of the first command or statement."""
        first = self.commands[0] if self.kind == "console" and self.commands else _first_code_line(self.body)
        return f"L{self.line}-{self.kind}-{re.sub(r'[^A-Za-z0-9]+', '-', first)[:48].strip('-')}"


def _first_code_line(body: list[str]) -> str:
    return next((line for line in body if line.strip() and not line.startswith(("import", "from"))), "")


DIRECTIVE = re.compile(r"^<!--\s*(expect|reject|fails|serve)\s*(?::\s*(.*?))?\s*-->$")


def parse_guide(markdown: str) -> list[Example]:
    """The console and python blocks of a Markdown guide, with the directives just above them."""
    examples: list[Example] = []
    pending: list[tuple[str, str]] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        directive = DIRECTIVE.match(line)
        if directive:
            pending.append((directive.group(1), directive.group(2) or ""))
        elif line in ("```console", "```python"):
            end = lines.index("```", index + 1)
            examples.append(_example(index + 1, line[3:], lines[index + 1 : end], pending))
            pending, index = [], end
        elif line:
            pending = []
        index += 1
    return examples


def _example(line: int, kind: str, body: list[str], directives: list[tuple[str, str]]) -> Example:
    example = Example(line=line, kind=kind, body=body)
    for name, value in directives:
        if name == "expect":
            example.expect.append(value)
        elif name == "reject":
            example.reject.append(value)
        elif name == "serve" and value:
            example.serve, example.serve_paths = True, value.split()
        else:
            setattr(example, name, True)
    return example


def guide_examples() -> list[Example]:
    """The runnable examples of docs/user-guide.md, minus `make` (it installs; CI runs it anyway)."""
    examples = parse_guide(GUIDE.read_text(encoding="utf-8"))
    return [e for e in examples if not (e.kind == "console" and e.commands[:1] == ["make demo"])]


# ---------------------------------------------------------------------------------------------
# Running examples


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's checkout in miniature: the demo corpus and its gold copied in, ../shared beside it."""
    root = tmp_path_factory.mktemp("guide")
    work = root / "bilat"
    shutil.copytree(REPO / "examples" / "corpus", work / "examples" / "corpus")
    shutil.copytree(REPO / "tests" / "docs" / "demo_gold", work / "tests" / "docs" / "demo_gold")
    if SHARED.is_dir():
        (root / "shared").symlink_to(SHARED, target_is_directory=True)
    return work


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BILAT_DB"}
    bin_dir = str(Path(sys.executable).parent)
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", COLUMNS="250", NO_COLOR="1", TERM="dumb")
    return env


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
    )


def _ensure_store(example: Example, work: Path) -> None:
    """Blocks that query the demo store get it, even when run on their own."""
    if not _needs_store(example) or (work / "bilat.db").exists():
        return
    done = _run(["bilat", "ingest", "examples/corpus", "--quiet"], work)
    if done.returncode != 0:
        pytest.fail(f"setup `bilat ingest examples/corpus` exited {done.returncode}:\n{done.stderr[-2000:]}")


STORE_COMMANDS = re.compile(
    r"\bbilat (partners|partner|timeline|topics|calls|search|entity|export|serve)\b|bilat\.db"
)


def _needs_store(example: Example) -> bool:
    if example.kind == "python":
        return bool(STORE_COMMANDS.search("\n".join(example.body)))
    if any(c.startswith("bilat ingest examples/corpus") for c in example.commands):
        return False  # the example builds the store itself
    return any(STORE_COMMANDS.search(c) for c in example.commands)


def run_console(example: Example, work: Path) -> str:
    """Run a console block's commands in order; return their combined output."""
    output: list[str] = []
    commands = example.commands
    for number, command in enumerate(commands, start=1):
        done = _run(["bash", "-c", command], work)
        output.append(done.stdout + done.stderr)
        last = number == len(commands)
        if example.fails and last:
            assert done.returncode != 0, f"`{command}` should fail but exited 0:\n{output[-1]}"
            one_line = len(done.stderr.strip().splitlines()) == 1
            assert one_line, f"`{command}` error is not one line:\n{done.stderr}"
        elif done.returncode != 0:
            pytest.fail(f"`{command}` exited {done.returncode}:\n{output[-1][-3000:]}")
    return "\n".join(output)


def run_python(example: Example, work: Path) -> str:
    """Run a python block as a script in the working folder; return its output."""
    script = work / f"guide_example_{example.line}.py"
    script.write_text("\n".join(example.body) + "\n", encoding="utf-8")
    done = _run([sys.executable, script.name], work)
    if done.returncode != 0:
        pytest.fail(f"python example exited {done.returncode}:\n{(done.stdout + done.stderr)[-3000:]}")
    return done.stdout + done.stderr


def run_serve(example: Example, work: Path) -> str:
    """Start the server of a serve block on a free port; return the pages it serves once it answers."""
    command = re.sub(r"--port\s+\d+", "", example.commands[0]) + f" --port {_free_port()}"
    port = int(command.rsplit(" ", 1)[1])
    with _background(command, work) as server:
        pages = [_wait_for_http(f"http://127.0.0.1:{port}{path}", server) for path in example.serve_paths]
    return "\n".join(pages)


@dataclass
class _Server:
    process: subprocess.Popen[str]
    log: Path


class _background:
    """A context manager that runs a shell command in the background and stops it afterwards."""

    def __init__(self, command: str, work: Path) -> None:
        self.command, self.work = command, work

    def __enter__(self) -> _Server:
        log = self.work / "serve.log"
        handle = log.open("w")
        process = subprocess.Popen(
            ["bash", "-c", f"exec {self.command}"], cwd=self.work, env=_env(),
            stdout=handle, stderr=subprocess.STDOUT, text=True,
        )
        handle.close()
        self.server = _Server(process, log)
        return self.server

    def __exit__(self, *exc: object) -> None:
        process = self.server.process
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_http(url: str, server: _Server) -> str:
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"server exited {server.process.returncode}:\n{server.log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8", "replace"))
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    pytest.fail(f"no answer from {url} within {SERVE_TIMEOUT} s:\n{server.log.read_text()[-3000:]}")


def _normalise(text: str) -> str:
    return " ".join(text.split())


def check_output(example: Example, output: str) -> None:
    """Apply the block's expect/reject checks and the no-traceback rule to its output."""
    traceback = "Traceback (most recent call last)" in output
    assert not traceback, f"a traceback reached the user:\n{output[-3000:]}"
    flat = _normalise(output)
    missing = [text for text in example.expect if _normalise(text) not in flat]
    assert not missing, f"expected {missing} in the output:\n{output[-3000:]}"
    present = [text for text in example.reject if _normalise(text) in flat]
    assert not present, f"did not expect {present} in the output:\n{output[-3000:]}"


def _params() -> Iterator[object]:
    for example in guide_examples():
        yield pytest.param(example, id=example.id)


@pytest.mark.slow
@pytest.mark.parametrize("example", list(_params()))
def test_guide_example(example: Example, workspace: Path) -> None:
    """Each example of the guide runs as shown and prints what the guide says it prints."""
    if "../shared" in "\n".join(example.body) and not SHARED.is_dir():
        pytest.skip("../shared is not present")
    _ensure_store(example, workspace)
    if example.serve:
        output = run_serve(example, workspace)
    elif example.kind == "console":
        output = run_console(example, workspace)
    else:
        output = run_python(example, workspace)
    check_output(example, output)


# ---------------------------------------------------------------------------------------------
# The parser itself


def test_parser_reads_blocks_commands_and_directives() -> None:
    """Directives apply to the next block only; `$ ` lines are commands, the rest is output."""
    markdown = "\n".join([
        "Some prose.",
        "<!-- expect: 3 ingested -->",
        "<!-- reject: error -->",
        "```console",
        "$ bilat ingest a \\",
        "  b",
        "3 ingested",
        "$ bilat partners",
        "```",
        "",
        "```python",
        "print('hi')",
        "```",
    ])
    first, second, third = parse_guide(markdown + "\n<!-- serve: / /api -->\n```console\n$ bilat serve\n```")
    assert first.commands == ["bilat ingest a b", "bilat partners"]
    assert (first.expect, first.reject, first.fails) == (["3 ingested"], ["error"], False)
    assert (second.kind, second.body, second.expect) == ("python", ["print('hi')"], [])
    assert (second.serve, third.serve, third.serve_paths) == (False, True, ["/", "/api"])


def test_guide_has_an_example_for_every_command() -> None:
    """The guide shows each command of the CLI at least once."""
    text = "\n".join(c for e in guide_examples() for c in e.commands)
    for command in ("ingest", "extract", "show", "eval", "timex", "partners", "partner", "timeline",
                    "topics", "calls", "search", "entity", "export", "serve", "ror-build"):
        assert re.search(rf"\bbilat {command}\b", text), f"no example of `bilat {command}`"
