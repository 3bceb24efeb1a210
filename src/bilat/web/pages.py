"""Server-rendered HTML pages over the same queries as the JSON API."""

from __future__ import annotations

import re
from typing import Annotated, Any, Protocol

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bilat.query.api import QueryAPI
from bilat.query.browse import FIELDS, group_by_field
from bilat.query.model import Page as QueryPage
from bilat.query.model import SearchHit
from bilat.web import charts
from bilat.web.app import get_data
from bilat.web.highlight import Segment, quotes, segments, snippet_segments
from bilat.web.names import checked_pair

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Data = Annotated[QueryAPI, Depends(get_data)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
MAX_PAIRS = 10_000
DOCUMENT_HITS = 5
WORD = re.compile(r"\w")
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]
PAGE_SIZE = 25


def render(request: Request, template: str, **context: Any) -> Response:
    """A page from its template and context."""
    engine = request.app.state.templates
    return engine.TemplateResponse(request, template, {"request": request, **context})


class Paged(Protocol):
    """Any page of a list: the web's own and the query layer's."""

    total: int
    limit: int
    offset: int


def pager(request: Request, page: Paged) -> dict[str, Any]:
    """Links to the previous and next pages of a list, and the range shown."""
    def at(offset: int) -> str:
        return str(request.url.include_query_params(offset=offset))

    last = min(page.offset + page.limit, page.total)
    return {
        "first": page.offset + 1 if page.total else 0, "last": last, "total": page.total,
        "prev": at(max(page.offset - page.limit, 0)) if page.offset > 0 else None,
        "next": at(page.offset + page.limit) if last < page.total else None,
    }


def _blank(value: str | None) -> str | None:
    """Empty form fields mean "no filter"."""
    return value.strip() if value and value.strip() else None


@router.get("/")
def overview(request: Request, data: Data) -> Response:
    """The overview: counts, latest documents and facts, upcoming deadlines."""
    return render(request, "overview.html", overview=data.overview())


@router.get("/documents")
def documents(request: Request, data: Data, offset: Offset = 0) -> Response:
    """All documents, newest first."""
    page = data.documents(limit=PAGE_SIZE, offset=offset)
    return render(request, "documents.html", page=page, pager=pager(request, page))


@router.get("/documents/{doc_id}")
def document(request: Request, data: Data, doc_id: str, part: Annotated[int, Query(ge=1)] = 1) -> Response:
    """A document's text with every fact highlighted at its evidence and listed beside it."""
    detail = data.document(doc_id, part=part)
    return render(request, "document.html", doc=detail,
                  segments=segments(detail.text, detail.facts, detail.offset),
                  groups=group_by_field(detail.facts),
                  quotes=quotes(detail.text, detail.facts, detail.offset))


@router.get("/partnerships")
def partnerships(request: Request, data: Data, partner: str | None = None, offset: Offset = 0) -> Response:
    """Pairs of partners, most documented first (only those of `partner` if given)."""
    code = _blank(partner)
    if code is None:
        page = data.partners(limit=PAGE_SIZE * 2, offset=offset)
    else:
        everything = data.partners(limit=MAX_PAIRS).items
        mine = [p for p in everything if code.upper() in p.pair]
        page = QueryPage(mine[offset:offset + PAGE_SIZE * 2], len(mine), PAGE_SIZE * 2, offset)
    return render(request, "partnerships.html", page=page, pager=pager(request, page), partner=code)


@router.get("/partnerships/{pair}")
def partnership(request: Request, data: Data, pair: str) -> Response:
    """One partnership: timeline, topic trend, organisations, people, programmes, calls."""
    profile = data.partner(*checked_pair(pair))
    return render(request, "partnership.html", p=profile, pair="-".join(profile.summary.pair),
                  timeline=charts.timeline(profile.timeline), trend=charts.trend(profile.topics))


@router.get("/matrix")
def matrix(request: Request, data: Data, partner: str | None = None) -> Response:
    """The topic x partner heatmap; each cell links to the facts behind it."""
    found = data.matrix(focus=_blank(partner))
    return render(request, "matrix.html", m=found, heat=charts.heat_levels(found), partner=_blank(partner))


@router.get("/network")
def network(request: Request) -> Response:
    """The network graph of partners, organisations and programmes (drawn by static/network.js)."""
    return render(request, "network.html")


@router.get("/calls")
def calls(request: Request, data: Data, all: bool = False, partner: str | None = None,
          offset: Offset = 0) -> Response:
    """Funding calls with a countdown to each deadline."""
    page = data.calls(open_only=not all, partner=_blank(partner), limit=PAGE_SIZE, offset=offset)
    return render(request, "calls.html", page=page, pager=pager(request, page), show_all=all,
                  partner=_blank(partner))


@router.get("/entities/{entity_id}")
def entity(request: Request, data: Data, entity_id: RowId, offset: Offset = 0) -> Response:
    """A resolved entity: aliases, roles, related entities and the facts that mention it."""
    profile = data.entity(entity_id, limit=PAGE_SIZE)
    facts = data.entity_facts(entity_id, limit=PAGE_SIZE, offset=offset)
    return render(request, "entity.html", e=profile, page=facts, pager=pager(request, facts))


@router.get("/entity")
def entity_by_name(request: Request, data: Data, field: str, name: str, offset: Offset = 0) -> Response:
    """An organisation, person or programme by name: its resolved entity, else the facts with that label."""
    entity_id = data.entity_named(field, name)
    if entity_id is not None:
        return RedirectResponse(f"/entities/{entity_id}", status_code=303)
    page = data.facts_labelled(field, name, limit=PAGE_SIZE, offset=offset)
    if not page.total:
        raise LookupError(f"nothing named {name!r} among {field}")
    return render(request, "entity.html", e=None, name=name, field=field, page=page,
                  pager=pager(request, page))


@router.get("/facts/{fact_id}")
def fact(data: Data, fact_id: RowId) -> Response:
    """A fact's place: its document, at the part of the text that holds its evidence."""
    doc_id, part = data.fact_location(fact_id)
    query = f"?part={part}" if part > 1 else ""
    return RedirectResponse(f"/documents/{doc_id}{query}#fact-{fact_id}", status_code=303)


@router.get("/versions/{version_id}")
def version(data: Data, version_id: RowId) -> Response:
    """A stored document version's page."""
    return RedirectResponse(f"/documents/{data.version_doc_id(version_id)}", status_code=303)


@router.get("/search")
def search(request: Request, data: Data, q: str | None = None, partner: str | None = None,
           topic: str | None = None, date_from: str | None = None, date_to: str | None = None,
           type: str | None = None, offset: Offset = 0) -> Response:
    """Facts matching words and filters (partner or pair, topic, date range, field); matching documents."""
    filters = {"q": _blank(q), "partner": _blank(partner), "topic": _blank(topic),
               "date_from": _blank(date_from), "date_to": _blank(date_to), "type": _blank(type)}
    page = data.facts(filters["q"], partner=filters["partner"], topic=filters["topic"],
                      date_from=filters["date_from"], date_to=filters["date_to"], type=filters["type"],
                      limit=PAGE_SIZE, offset=offset)
    documents = _document_hits(data, filters["q"]) if offset == 0 else []
    return render(request, "search.html", page=page, pager=pager(request, page), filters=filters,
                  fields=FIELDS, documents=documents)


def _document_hits(data: QueryAPI, q: str | None) -> list[tuple[SearchHit, list[Segment]]]:
    """The best full-text matches among documents, each with its snippet cut at the matched words."""
    if not q or not WORD.search(q):
        return []
    hits = data.search(q, limit=DOCUMENT_HITS * 3).items
    found = [hit for hit in hits if hit.kind == "document"][:DOCUMENT_HITS]
    return [(hit, snippet_segments(hit.snippet, hit.highlights)) for hit in found]
