"""`bilat ingest`: read files, folders, feeds or standard input into the knowledge store."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bilat.console import print_json, stderr, stdout, warn
from bilat.errors import InputError

if TYPE_CHECKING:  # the store, the pipeline and the readers are imported when the command runs
    from rich.progress import Progress

from bilat.ingest.language import reading_note
from bilat.ingest.report import DocumentResult, IngestReport

PROGRESS_MIN_FILES = 4
# Same value as bilat.ingest.readers.DEFAULT_MAX_BYTES (importing the readers here would load
# trafilatura, pypdf and feedparser for every CLI start-up; a test keeps the two equal).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def register(app: typer.Typer) -> None:
    """Add the `ingest` command to the CLI."""
    app.command("ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Files or folders to read (recursively); - for stdin.")
    ],
    db: Annotated[
        Path | None, typer.Option("--db", help="Store file (default: $BILAT_DB or ./bilat.db).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Skip files larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary and per-file results as JSON.")
    ] = False,
) -> None:
    """Ingest documents (.txt .md .html .pdf, RSS/Atom feeds) into the knowledge store."""
    from bilat.graph.store import Store
    from bilat.ingest.pipeline import Ingestor
    from bilat.ingest.readers import iter_files
    from bilat.ingest.report import IngestReport

    debug = bool(ctx.find_root().params.get("debug"))
    files = list(iter_files(paths))
    if not files:
        raise InputError("no documents found in the given paths")
    report = IngestReport()
    with Store.open(db) as store:
        ingestor = Ingestor(store, max_bytes=max_bytes)
        ingestor.prepare()
        with _progress(len(files), enabled=not quiet and len(files) >= PROGRESS_MIN_FILES) as advance:
            for file in files:
                for result in ingestor.ingest_file(file):
                    report.add(result)
                    _report_problem(result, debug=debug)
                advance()
        held = {"documents": store.counts()["documents"], **store.fact_counts()}
    if as_json:
        print_json({"db": str(store.path), **report.to_dict(), "store": held})
    elif not quiet:
        _print_summary(report, store.path, held)
    if report.nothing_ingested:
        raise typer.Exit(1)


def _report_problem(result: DocumentResult, *, debug: bool) -> None:
    if result.status != "skipped":
        note = reading_note(result.language) if result.status in ("ingested", "new_version") else None
        if note:
            warn(f"{result.name}: {note}")
        return
    if debug and result.error is not None:
        traceback.print_exception(result.error)
    warn(f"skipped {result.source}: {result.reason}")


class _progress:
    """A rich progress bar on standard error (a no-op when disabled); yields an `advance()` function."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.total = total
        self.bar: Progress | None = (
            Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=stderr,
                transient=True,
            )
            if enabled
            else None
        )

    def __enter__(self) -> Callable[[], None]:
        if self.bar is None:
            return lambda: None
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total)
        return lambda: self.bar.advance(task) if self.bar else None

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_summary(report: IngestReport, db_path: Path, held: dict[str, int]) -> None:
    from bilat.ingest.report import SUMMARY_FIELDS

    counts = report.counts
    _say(
        f"{counts['ingested']} ingested, {counts['new_version']} new versions, "
        f"{counts['reextracted']} re-extracted, {counts['unchanged']} unchanged, "
        f"{counts['skipped']} skipped → {db_path}"
    )
    _say("found in this run: " + _listing(report.found))
    in_store = {key: held.get(key, 0) for key in SUMMARY_FIELDS}
    _say(f"in the store: {held['documents']} documents, " + _listing(in_store))


def _listing(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {key}" for key, n in counts.items())


def _say(line: str) -> None:
    stdout.print(line, markup=False, highlight=False)
