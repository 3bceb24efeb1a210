"""The README opens with the two entry points, and the commands it lists exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = ("docs/user-guide.md", "docs/architecture.md", "docs/decisions.md", "DEVELOPERS.md")


def _tour_commands() -> list[str]:
    """The command names used in the README's tour (`$ bilat NAME ...` lines)."""
    return sorted(set(re.findall(r"^\$ bilat ([a-z][a-z-]*)", README, flags=re.MULTILINE)))


def test_readme_opens_with_make_demo_and_make_test() -> None:
    """After the title line, the first thing a reader sees is `make demo` and `make test`."""
    lines = [line for line in README.splitlines() if line.strip()]
    assert lines[0].startswith("# ")
    opening = "\n".join(lines[1:5])
    assert opening.startswith("```")
    assert "$ make demo" in opening and "$ make test" in opening


def test_readme_has_the_sections_readers_look_for() -> None:
    """What bilat is, the tour, docs, performance (with `make bench`), layout and licences."""
    for heading in ("## What bilat is", "## A quick tour", "## Documentation", "## Performance",
                    "## Layout of `src/bilat/`", "## Licences"):
        assert heading in README, heading
    assert "make bench" in README
    assert "CC0" in README and "TempEval-3" in README


@pytest.mark.parametrize("path", DOCS)
def test_linked_documents_exist(path: str) -> None:
    """Every document the README points to is in the checkout."""
    assert path in README
    assert (REPO / path).is_file()


@pytest.mark.parametrize("name", _tour_commands())
def test_tour_commands_are_registered(name: str) -> None:
    """Each command of the tour is a command of the CLI."""
    from bilat.cli import app

    registered = {
        command.name or getattr(command.callback, "__name__", "").replace("_", "-")
        for command in app.registered_commands
    }
    assert name in registered, f"`bilat {name}` is in the README but not in the CLI"
