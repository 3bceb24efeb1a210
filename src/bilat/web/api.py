"""The JSON API under /api: the CLI's queries, paginated, plus uploads when they are allowed."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Header, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from bilat.query.api import QueryAPI
from bilat.query.browse_model import DocumentDetail, DocumentPage, Fact, FactPage, Matrix, Network, Overview
from bilat.query.export.ics import calls_ics
from bilat.query.model import (
    CallItem,
    EntityProfile,
    Page,
    PartnershipProfile,
    PartnershipSummary,
    SearchHit,
    TimelineItem,
    TopicMatrix,
)
from bilat.web.app import get_data
from bilat.web.models import UploadResult
from bilat.web.names import checked_pair
from bilat.web.upload import receive_upload


@dataclass
class ErrorBody:
    """Every API error: a one-line message and the HTTP status."""

    error: str
    status: int


ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((400, "Invalid query"), (404, "Not found"), (422, "Invalid parameters"))
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

Data = Annotated[QueryAPI, Depends(get_data)]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
PARTNER = r"^[A-Za-z]{2}(-[A-Za-z]{2})?$"
RowId = Annotated[int, Path(ge=1, le=2**63 - 1, description="A row id.")]
PAIR = r"^[A-Za-z]{2}-[A-Za-z]{2}$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
IsoDate = Annotated[str | None, Query(pattern=ISO_DATE, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
Code = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="A partner code (JP).")]
Codes = Annotated[list[str] | None, Query(description="Partner codes (repeat the parameter).")]
CodeList = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}(,[A-Za-z]{2})*$",
                                       description="Partner codes, comma-separated (JP,SE).")]
Topic = Annotated[str | None, Query(max_length=64, description="A topic id (quantum).")]
EXPORT_TYPES = {"json": "application/json", "csv": "text/csv", "graphml": "application/xml",
                "ics": "text/calendar", "jsonld": "application/ld+json"}
Partner = Annotated[str | None, Query(pattern=PARTNER, description="A partner code (JP) or a pair (JP-SE).")]
FieldName = Literal["partnerships", "topics", "organizations", "people", "programs", "agreements", "events",
                    "calls", "amounts"]


@router.get("/overview", summary="Counts, latest documents and facts, upcoming deadlines")
def overview(data: Data) -> Overview:
    """What the store holds at a glance."""
    return data.overview()


@router.get("/documents", summary="Documents, newest first")
def documents(data: Data, limit: Limit = 20, offset: Offset = 0) -> DocumentPage:
    """A page of documents."""
    return data.documents(limit=limit, offset=offset)


@router.get("/documents/{doc_id}", summary="A document's text and its facts with evidence")
def document(data: Data, doc_id: Annotated[str, Path(max_length=128)],
             part: Annotated[int, Query(ge=1, le=100_000)] = 1) -> DocumentDetail:
    """One document (very long texts come in parts of 100,000 characters)."""
    return data.document(doc_id, part=part)


@router.post("/documents", status_code=201, summary="Upload a document (only with --allow-upload)",
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody},
                        415: {"model": ErrorBody}})
async def upload(request: Request,
                 file: Annotated[UploadFile, File(description="A .txt, .md, .html, .pdf or feed file")],
                 authorization: Annotated[str | None, Header()] = None) -> UploadResult:
    """Ingest one uploaded document into the store (needs ``Authorization: Bearer <token>``)."""
    return await receive_upload(request.app.state.settings, file, authorization)


@router.get("/partnerships", summary="Partnerships by number of documents (CLI: partners)")
def partnerships(data: Data, limit: Limit = 50, offset: Offset = 0) -> Page[PartnershipSummary]:
    """A page of partnerships with document counts, first and last dated fact, top topics."""
    return data.partners(limit=limit, offset=offset)


@router.get("/partnerships/{pair}", summary="One partnership's profile (CLI: partner)")
def partnership(data: Data, pair: Annotated[str, Path(pattern=PAIR, description="Two codes: JP-SE.")]
                ) -> PartnershipProfile:
    """Timeline, topics by year, programmes, calls, organisations and people of a pair (``JP-SE``)."""
    a, b = checked_pair(pair)
    return data.partner(a, b)


@router.get("/timeline", summary="Dated agreements and events in order (CLI: timeline)")
def timeline(data: Data, partner: Codes = None, topic: Topic = None, since: IsoDate = None,
             until: IsoDate = None, limit: Limit = 100, offset: Offset = 0) -> Page[TimelineItem]:
    """Merged agreements and events involving every given partner, each with its sources."""
    return data.timeline(partners=partner or [], topic=topic, since=since, until=until, limit=limit,
                               offset=offset)


@router.get("/topics", summary="Topics by partnership (CLI: topics)")
def topics(data: Data, partner: Code = None) -> TopicMatrix:
    """Documents per partnership and topic (only the partnerships of `partner` if given)."""
    return data.topics(partner=partner)


@router.get("/matrix", summary="The topic x partner matrix behind the heatmap")
def matrix(data: Data, partner: Code = None) -> Matrix:
    """Documents per topic and partner; with `partner`, only that partner's partnerships count."""
    return data.matrix(focus=partner)


@router.get("/calls", summary="Funding calls by deadline (CLI: calls)")
def calls(data: Data, open_only: bool = False, as_of: Annotated[str | None, Query(pattern=DAY)] = None,
          topic: Topic = None, partner: CodeList = None, limit: Limit = 20, offset: Offset = 0
          ) -> Page[CallItem]:
    """Calls by deadline with days left; `open_only` keeps those still open on `as_of` (today)."""
    return data.calls(open_only=open_only, as_of=as_of, topic=topic, partner=partner, limit=limit,
                            offset=offset)


@router.get("/calls.ics", summary="Open call deadlines as an iCalendar feed",
            response_class=Response, responses={200: {"content": {"text/calendar": {}}}})
def calls_calendar(request: Request, data: Data, topic: Topic = None, partner: CodeList = None) -> Response:
    """Deadlines of the calls still open, for a calendar application."""
    page = data.calls(open_only=True, topic=topic, partner=partner, limit=10_000)
    body = calls_ics(page.items, str(request.base_url))
    return Response(body, media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="bilat-calls.ics"'})


@router.get("/search", summary="Full-text search over documents and facts (CLI: search)")
def search(data: Data, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
           offset: Offset = 0) -> Page[SearchHit]:
    """Documents and facts matching words, best first, with highlighted snippets."""
    return data.search(q, limit=limit, offset=offset)


@router.get("/facts", summary="Facts filtered by words, partner or pair, topic, dates and field")
def facts(data: Data, q: Annotated[str | None, Query(max_length=200)] = None, partner: Partner = None,
          topic: Topic = None, date_from: IsoDate = None, date_to: IsoDate = None,
          type: FieldName | None = None, limit: Limit = 20, offset: Offset = 0) -> FactPage:
    """Facts with their evidence; the heatmap's cells and the search page use this."""
    return data.facts(q, partner=partner, topic=topic, date_from=date_from, date_to=date_to, type=type,
                      limit=limit, offset=offset)


@router.get("/facts/{fact_id}", summary="One fact with its evidence")
def fact(data: Data, fact_id: RowId) -> Fact:
    """A fact by id."""
    return data.fact(fact_id)


@router.get("/entities/{entity}", summary="An entity by id or name (CLI: entity)")
def entity(data: Data, entity: Annotated[str, Path(min_length=1, max_length=200)], limit: Limit = 50,
           offset: Offset = 0) -> EntityProfile:
    """Aliases, country, ROR id, roles over time, documents and related entities."""
    return data.entity(entity, limit=limit, offset=offset)


@router.get("/entities/{entity_id}/facts", summary="The facts that mention a resolved entity")
def entity_facts(data: Data, entity_id: RowId, limit: Limit = 50, offset: Offset = 0) -> FactPage:
    """A page of the facts that mention the entity, latest first."""
    return data.entity_facts(entity_id, limit=limit, offset=offset)


@router.get("/export/{format}", summary="The whole graph as json, csv, graphml, ics or jsonld (CLI: export)",
            response_class=Response, responses={200: {"content": {t: {} for t in EXPORT_TYPES.values()}}})
def export(data: Data, format: Literal["json", "csv", "graphml", "ics", "jsonld"]) -> Response:
    """A download of the whole graph."""
    out = io.StringIO()
    data.export(format, out)
    return Response(out.getvalue(), media_type=EXPORT_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="bilat.{format}"'})


@router.get("/network", summary="Partners, organisations and programmes and how they are linked")
def network(data: Data, max_nodes: Annotated[int, Query(ge=2, le=1000)] = 150) -> Network:
    """The cooperation network for the graph page."""
    return data.network(max_nodes=max_nodes)


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs(request: Request) -> Response:
    """A readable page listing every API endpoint and its parameters (works offline)."""
    schema = request.app.openapi()
    engine = request.app.state.templates
    return engine.TemplateResponse(request, "api_docs.html", {"schema": schema, "paths": _operations(schema)})


def _operations(schema: dict[str, object]) -> list[dict[str, object]]:
    paths = schema.get("paths", {})
    assert isinstance(paths, dict)
    return [
        {"path": path, "method": method.upper(), **operation}
        for path, methods in paths.items()
        for method, operation in methods.items()
    ]
