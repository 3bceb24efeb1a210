"""CLI commands of the extraction engine: ``bilat extract``, ``bilat show`` and ``bilat eval``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from bilat.console import print_json, print_table, stdout, warn
from bilat.errors import BilatError, InputError
from bilat.extract import get_extractor
from bilat.extract.documents import iter_documents, score_documents
from bilat.extract.evaluate import FIELDS, load_gold
from bilat.extract.record import Record
from bilat.ingest.language import reading_note


def _record_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the records (<file name>.json).")],
    config: Annotated[
        Path | None, typer.Option("--config", help="Pipeline YAML (default: the packaged one).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-file messages.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
) -> None:
    """Extract one grounded record (bilat-record/1) per document into OUT/<file name>.json."""
    extractor = get_extractor(config)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BilatError(f"cannot create the output folder ({exc.strerror})", source=str(out)) from exc
    written, failed = 0, 0
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            failed += 1
            warn(f"skipped {item}")
            continue
        record = extractor.extract(item.text, name=item.name, published=item.published)
        (out / f"{item.name}.json").write_text(_record_json(item.record_dict(record)), encoding="utf-8")
        written += 1
        if not quiet and not as_json:
            stdout.print(f"{item.name}: {_summary(record)}", markup=False, highlight=False)
            note = reading_note(item.language)
            if note:
                warn(f"{item.name}: {note}")
    if as_json:
        print_json({"written": written, "failed": failed, "out": str(out)})
    elif not quiet:
        stdout.print(f"{written} record(s) written to {out}, {failed} file(s) skipped", markup=False)
    if failed and not written:
        raise typer.Exit(1)


def _summary(record: Record) -> str:
    data = record.to_dict()
    return ", ".join(f"{len(data[f])} {f}" for f in FIELDS if data[f]) or "nothing found"


def show_command(
    doc: Annotated[Path, typer.Argument(help="A document file.")],
    config: Annotated[Path | None, typer.Option("--config", help="Pipeline YAML.")] = None,
    width: Annotated[int, typer.Option("--context", help="Characters of context around evidence.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
) -> None:
    """Print a document's record, each fact with its evidence in context."""
    items = [i for i in iter_documents([doc])]
    if not items:
        raise InputError("no document found", source=str(doc))
    for item in items:
        if isinstance(item, InputError):
            raise item
        record = get_extractor(config).extract(item.text, name=item.name, published=item.published)
        if as_json:
            print_json(item.record_dict(record))
            continue
        stdout.print(f"{item.name}  (published {record.published or 'unknown'})", markup=False, style="bold")
        for field in FIELDS:
            rows = [
                (_label(field, it), _context(item.text, it.get("evidence") or [], width))
                for it in record.to_dict()[field]
            ]
            if rows:
                print_table(f"{field} ({len(rows)})", ["fact", "evidence"], rows)


def _label(field: str, item: dict[str, Any]) -> str:
    if field == "partnerships":
        return "–".join(item["pair"])
    if field == "topics":
        return str(item["id"])
    if field in ("amounts",):
        return f"{item['value']:,} {item['currency']}"
    parts = [
        str(item[k])
        for k in (
            "type",
            "name",
            "role",
            "country",
            "parties",
            "date",
            "end",
            "location",
            "program",
            "funder",
            "deadline",
            "title",
        )
        if item.get(k)
    ]
    return " · ".join(parts)


def _context(text: str, evidence: list[dict[str, int]], width: int) -> str:
    if not evidence:
        return ""
    start, end = evidence[0]["start"], evidence[0]["end"]
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…".replace("\n", " ")


def eval_command(
    paths: Annotated[list[Path], typer.Argument(help="Documents (files or folders) to extract and score.")],
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold records (<doc>.json).")],
    config: Annotated[Path | None, typer.Option("--config", help="Pipeline YAML.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole result as JSON.")] = False,
) -> None:
    """Extract documents and score them against gold records (the project scorer's rules)."""
    if not gold.is_dir():
        raise InputError("no such gold folder", source=str(gold))
    golds = load_gold(gold)
    extractor = get_extractor(config)
    result = score_documents(extractor, paths, golds, on_skip=lambda problem: warn(f"skipped {problem}"))
    if as_json:
        print_json(result)
        return
    rows = [
        (f, v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"])
        for f, v in result["fields"].items()
    ]
    print_table("extraction quality", ["field", "P", "R", "F1", "tp", "fp", "fn"], rows)
    for check, value in result["secondary"].items():
        stdout.print(f"  {check:<24}{value:.3f}", markup=False)
    if result.get("grounded") is not None:
        stdout.print(f"grounded evidence: {result['grounded']}", markup=False)
    documents = f"{result['documents']}/{len(golds)} documents"
    stdout.print(f"overall F1: {result['overall']:.3f} ({documents})", markup=False)


def register(app: typer.Typer) -> None:
    """Add ``extract``, ``show`` and ``eval`` to the CLI."""
    app.command("extract")(extract_command)
    app.command("show")(show_command)
    app.command("eval")(eval_command)
