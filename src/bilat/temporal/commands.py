"""`bilat timex`: tag the time expressions of a file (or stdin) and print them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bilat.console import print_json, print_table
from bilat.errors import InputError


def register(app: typer.Typer) -> None:
    """Add the `timex` command to the CLI."""
    app.command("timex")(timex)


def timex(
    file: Annotated[str, typer.Argument(help="A UTF-8 text file, or - for standard input.")],
    dct: Annotated[
        str | None,
        typer.Option("--dct", help="Reference date YYYY-MM-DD (default: inferred from the text)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of timexes.")] = False,
    parts: Annotated[
        bool, typer.Option("--parts", help="List the two ends of a range separately (as TimeML does).")
    ] = False,
) -> None:
    """Find and normalise the time expressions (TIMEX3) of a text."""
    from bilat.temporal import tag
    from bilat.temporal.reference import parse_reference

    text = _read(file)
    try:
        reference = parse_reference(dct) if dct else None
    except ValueError as exc:
        raise InputError(f"--dct: {exc}", source=file) from exc
    timexes = tag(text, reference=reference.date if reference and reference.granularity == "day" else dct)
    if parts:
        timexes = [part for t in timexes for part in (t.parts or (t,))]
    if as_json:
        print_json([t.to_dict() for t in timexes])
        return
    rows = [
        (t.start, t.end, t.type, t.value + (f" .. {t.end_value}" if t.end_value else ""), t.mod or "", t.text)
        for t in timexes
    ]
    print_table(f"{len(timexes)} time expressions", ["start", "end", "type", "value", "mod", "text"], rows)


def _read(file: str) -> str:
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(file)
        if path.is_dir():
            raise InputError("is a folder, not a text file", source=file)
        if not path.is_file():
            raise InputError("no such file", source=file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=file) from exc
    if b"\x00" in data[:4096]:
        raise InputError("binary file, not text", source=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", source=file) from exc
