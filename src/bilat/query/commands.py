"""Query commands: partners, partner, timeline, topics, calls, search, entity, export.

Each prints a readable table, or JSON with `--json`; all answers come from `QueryAPI`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bilat.console import print_json
from bilat.errors import StoreError
from bilat.query.export import FORMATS

if TYPE_CHECKING:  # the store, the query layer and the tables load when a command runs
    from bilat.query.api import QueryAPI

DbOption = Annotated[Path | None, typer.Option("--db", help="Store file (default: $BILAT_DB or ./bilat.db).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, max=10000, help="At most this many rows.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first.")]


@contextmanager
def open_api(db: Path | None) -> Iterator[QueryAPI]:
    """A QueryAPI over an existing store (StoreError when there is none)."""
    from bilat.graph.store import Store, resolve_db_path
    from bilat.query.api import QueryAPI

    path = resolve_db_path(db)
    if not path.is_file():
        raise StoreError("no store here (run `bilat ingest` first or pass --db)", source=str(path))
    with Store.open(path) as store:
        yield QueryAPI(store)


def answer(db: Path | None, as_json: bool, ask: Callable[[QueryAPI], Any], show: str) -> None:
    """Ask the store one question; print the answer as JSON or with `render.<show>`."""
    with open_api(db) as api:
        result = ask(api)
    if as_json:
        print_json(result.to_dict())
        return
    from bilat.query import render

    getattr(render, show)(result)


def partners(
    db: DbOption = None, as_json: JsonOption = False, limit: LimitOption = 100, offset: OffsetOption = 0
) -> None:
    """Partnerships with document count, first and last dated fact, top topics."""
    answer(db, as_json, lambda api: api.partners(limit=limit, offset=offset), "partners")


def partner(
    a: Annotated[str, typer.Argument(help="A partner: code or name (JP, Japan, UK, EU...).")],
    b: Annotated[str, typer.Argument(help="The other partner.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One partnership: agreements and events, topics by year, programmes, calls, organisations, people."""
    answer(db, as_json, lambda api: api.partner(a, b), "profile")


def timeline(
    partner: Annotated[
        str | None, typer.Option("--partner", help="A partner or a pair: JP or JP,SE.")
    ] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="A topic id (quantum, ai...).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY[-MM[-DD]]).")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    limit: LimitOption = 100,
    offset: OffsetOption = 0,
) -> None:
    """Dated events and agreements in order, with their sources."""
    answer(db, as_json, lambda api: api.timeline(
        partners=[partner] if partner else [], topic=topic, since=since, until=until,
        limit=limit, offset=offset,
    ), "timeline")


def topics(
    matrix: Annotated[bool, typer.Option("--matrix", help="Show partnerships x topics as a matrix.")] = False,
    partner: Annotated[
        str | None, typer.Option("--partner", help="Only partnerships of this partner.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Topics by partnership, with document counts."""
    answer(db, as_json, lambda api: api.topics(partner=partner), "matrix" if matrix else "topics")


def calls(
    open_only: Annotated[bool, typer.Option("--open", help="Only calls still open on --as-of.")] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day to count from (default today).")
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", help="Only calls of documents on this topic.")
    ] = None,
    partner: Annotated[
        str | None, typer.Option("--partner", help="Only calls involving this partner.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    limit: LimitOption = 100,
    offset: OffsetOption = 0,
) -> None:
    """Funding calls with deadline, days left, funder, programme and amount."""
    answer(db, as_json, lambda api: api.calls(
        open_only=open_only, as_of=as_of, topic=topic, partner=partner, limit=limit, offset=offset,
    ), "calls")


def search(
    query: Annotated[str, typer.Argument(help='Words to find (FTS5 syntax allowed: "a OR b", "ai*").')],
    db: DbOption = None,
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="At most this many hits.")] = 20,
    offset: OffsetOption = 0,
) -> None:
    """Full-text search over documents and facts, ranked, with highlighted snippets."""
    answer(db, as_json, lambda api: api.search(query, limit=limit, offset=offset), "search")


def entity(
    name: Annotated[
        str, typer.Argument(help="A name, acronym, alias or id (JST, Tohoku University, Japan).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=10000, help="At most this many documents.")
    ] = 50,
) -> None:
    """An entity: aliases, country, ROR id, roles over time, documents, related entities."""
    answer(db, as_json, lambda api: api.entity(name, limit=limit), "entity")


def export(
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file (default stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the whole graph as json, csv, graphml, ics (events, deadlines) or jsonld (schema.org)."""
    with open_api(db) as api:
        if out is None:
            api.export(format, sys.stdout)
            return
        tmp = out.with_name(out.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                api.export(format, handle)
            tmp.replace(out)
        except OSError as exc:
            raise StoreError(f"cannot write ({exc.strerror or exc})", source=str(out)) from exc
        finally:
            tmp.unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    """Add the query commands to the CLI."""
    for command in (partners, partner, timeline, topics, calls, search, entity, export):
        app.command(command.__name__)(command)
