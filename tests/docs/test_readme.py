"""The README opens with the two entry points, and the commands it lists exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = ("docs/user-guide.md", "docs/architecture.md", "docs/decisions.md", "DEVELOPERS.md")
LINKS = sorted(set(re.findall(r"\]\(((?!https?:)[^)#]+)\)", README)))


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
def test_readme_points_to_the_main_documents(path: str) -> None:
    """The user guide, the architecture, the decisions and the developers' guide are linked."""
    assert f"]({path})" in README


@pytest.mark.parametrize("path", LINKS)
def test_linked_files_exist(path: str) -> None:
    """Every local file the README links to is in the checkout."""
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


def _layout_paths() -> list[str]:
    """The paths named in the first column of the README's layout table."""
    section = README.split("## Layout of `src/bilat/`", 1)[1].split("\n## ", 1)[0]
    cells = re.findall(r"^\| (`[^|]+`) \|", section, flags=re.MULTILINE)
    return [path for cell in cells for path in re.findall(r"`([^`]+)`", cell)]


@pytest.mark.parametrize("path", _layout_paths())
def test_layout_table_names_real_paths(path: str) -> None:
    """Every module or folder in the layout table exists under src/bilat/."""
    assert (REPO / "src" / "bilat" / path).exists(), f"src/bilat/{path} does not exist"
