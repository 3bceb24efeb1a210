"""Shared terminal output: JSON for scripts, rich tables for people, one-line errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


@dataclass
class OutputOptions:
    """How a command reports: machine-readable JSON, quiet, or rich text."""

    json: bool = False
    quiet: bool = False


def print_json(data: Any) -> None:
    """Write `data` as indented JSON to standard output (dates and sets made serialisable)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default) + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print rows as a rich table; cells are shown literally (document text is never read as markup)."""
    table = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(literal_cell(cell) for cell in row))
    stdout.print(table)


def literal_cell(value: Any) -> Text:
    """A table cell that shows `value` as it is (no markup)."""
    return value if isinstance(value, Text) else Text("" if value is None else str(value))


def warn(message: str) -> None:
    """Print a one-line warning to standard error (e.g. a skipped file)."""
    stderr.print(message, markup=False, highlight=False)


def error(message: str) -> None:
    """Print a one-line error to standard error."""
    stderr.print(f"error: {message}", markup=False, highlight=False, style="red")
