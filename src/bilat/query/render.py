"""Readable tables for the query commands (rich), cells as plain text (never parsed as markup)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text

from bilat.console import literal_cell, print_table, stdout
from bilat.query.model import (
    CallItem,
    EntityProfile,
    EntityRef,
    Page,
    PartnershipProfile,
    PartnershipSummary,
    SearchHit,
    Source,
    TimelineItem,
    TopicMatrix,
)


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print a table whose cells are shown literally."""
    print_table(title, columns, rows)


def _footer(page: Page[object]) -> None:
    shown = len(page.items)
    if page.total > shown:
        stdout.print(
            Text(f"{page.offset + 1}-{page.offset + shown} of {page.total} (use --limit/--offset for more)")
        )


def _sources(sources: list[Source], count: int = 0) -> str:
    shown = "; ".join(sorted({s.document for s in sources}))
    return shown + (f" (+{count - len(sources)} more)" if count > len(sources) else "")


def _topics(summary: PartnershipSummary) -> str:
    return ", ".join(f"{t.topic} ({t.count})" for t in summary.top_topics)


def partners(page: Page[PartnershipSummary]) -> None:
    """Partnerships table."""
    rows = [
        ("–".join(s.pair), " – ".join(s.names), s.documents, s.first_date, s.last_date, _topics(s))
        for s in page.items
    ]
    table("Partnerships", ["pair", "partners", "documents", "first", "last", "top topics"], rows)
    _footer(page)  # type: ignore[arg-type]


def _timeline_rows(items: list[TimelineItem]) -> list[tuple[object, ...]]:
    return [
        (
            i.date + (f"…{i.end}" if i.end else "") if i.date else "",
            i.type,
            i.name + (f"  [series #{i.number}]" if i.series and i.number else ""),
            i.location,
            ", ".join(i.partners),
            _sources(i.sources, i.source_count),
        )
        for i in items
    ]


def timeline(page: Page[TimelineItem]) -> None:
    """Timeline table."""
    table("Timeline", ["date", "type", "name", "place", "partners", "sources"], _timeline_rows(page.items))
    _footer(page)  # type: ignore[arg-type]


def _refs(title: str, refs: list[EntityRef]) -> None:
    if refs:
        table(
            title,
            ["name", "kind", "country", "documents", "detail"],
            [(r.name, r.kind, r.country, r.documents, r.detail) for r in refs],
        )


def _call_rows(items: list[CallItem]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for c in items:
        amount = c.max_amount or {}
        money = f"{amount.get('value')} {amount.get('currency') or ''}".strip() if amount.get("value") else ""
        rows.append(
            (
                c.deadline,
                c.days_left,
                c.funder,
                c.program,
                money,
                ", ".join(c.partners),
                _sources(c.sources, c.source_count),
            )
        )
    return rows


def calls(page: Page[CallItem]) -> None:
    """Calls table."""
    table(
        "Funding calls",
        ["deadline", "days left", "funder", "programme", "max amount", "partners", "sources"],
        _call_rows(page.items),
    )
    _footer(page)  # type: ignore[arg-type]


def profile(p: PartnershipProfile) -> None:
    """A partnership profile: summary, timeline, topics by year, programmes, calls, organisations, people."""
    s = p.summary
    stdout.print(
        Text(
            f"{' – '.join(s.names)} ({'–'.join(s.pair)}): {s.documents} documents, "
            f"{s.first_date or '?'} to {s.last_date or '?'}",
            style="bold",
        )
    )
    table(
        "Agreements and events",
        ["date", "type", "name", "place", "partners", "sources"],
        _timeline_rows(p.timeline),
    )
    years = sorted({y for t in p.topics for y in t.by_year})
    table(
        "Topics by year",
        ["topic", "total", *years],
        [(t.topic, t.count, *(t.by_year.get(y, "") for y in years)) for t in p.topics],
    )
    _refs("Programmes", p.programs)
    if p.calls:
        table(
            "Calls",
            ["deadline", "days left", "funder", "programme", "max amount", "partners", "sources"],
            _call_rows(p.calls),
        )
    _refs("Organisations", p.organizations)
    _refs("People (latest role)", p.people)


def topics(m: TopicMatrix) -> None:
    """Topics with their total and the partnerships that name them most."""
    rows = []
    for topic in m.topics:
        by_pair = sorted(((m.counts[p].get(topic, 0), p) for p in m.pairs), reverse=True)
        top = ", ".join(f"{p} ({n})" for n, p in by_pair if n)[:200]
        rows.append((topic, m.topic_totals[topic], top))
    table("Topics", ["topic", "documents", "partnerships"], rows)


def matrix(m: TopicMatrix) -> None:
    """Topics x partnerships (one column per pair), document counts."""
    rows = [(t, *(m.counts[p].get(t, "") for p in m.pairs)) for t in m.topics]
    out = Table(title="Topics by partnership (documents)", header_style="bold", title_justify="left")
    out.add_column("topic", no_wrap=True, min_width=max((len(t) for t in m.topics), default=5))
    for pair in m.pairs:
        out.add_column(pair, justify="right", no_wrap=True, min_width=len(pair))
    for row in rows:
        out.add_row(*(literal_cell(c) for c in row))
    needed = 4 + max((len(t) for t in m.topics), default=5) + sum(len(p) + 3 for p in m.pairs)
    stdout.print(out, width=max(stdout.width, needed))


def _snippet(hit: SearchHit) -> Text:
    text = Text(hit.snippet.replace("\n", " "))
    for start, end in hit.highlights:
        text.stylize("bold reverse", start, end)
    return text


def search(page: Page[SearchHit]) -> None:
    """Search hits with highlighted snippets."""
    rows = [(round(h.score, 2), h.document, h.field or "text", _snippet(h)) for h in page.items]
    table("Search", ["score", "document", "in", "snippet"], rows)
    _footer(page)  # type: ignore[arg-type]


def entity(p: EntityProfile) -> None:
    """An entity profile."""
    head = (
        f"{p.name}  ({p.kind}"
        + (f", {p.country}" if p.country else "")
        + (f", ROR {p.ror_id}" if p.ror_id else "")
    )
    stdout.print(Text(head + ")", style="bold"))
    if p.aliases:
        stdout.print(Text("aliases: " + "; ".join(p.aliases)))
    facts = {k: v for k, v in p.data.items() if k not in {"names"} and v not in (None, "", [])}
    if facts:
        stdout.print(Text(", ".join(f"{k}: {v}" for k, v in facts.items())))
    if p.roles:
        table(
            "Roles over time", ["date", "role", "document"], [(r.date, r.role, r.document) for r in p.roles]
        )
    table(
        f"Documents ({p.documents.total})",
        ["published", "document", "title"],
        [(d.published, d.document, d.title) for d in p.documents.items],
    )
    _refs("Linked", p.links)
    _refs("Related (shared documents)", p.related)
    if p.others:
        stdout.print(Text("also named so: " + "; ".join(f"{o.name} ({o.kind}, id {o.id})" for o in p.others)))
