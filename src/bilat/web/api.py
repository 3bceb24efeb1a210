"""The JSON API under /api: the CLI's queries, paginated, plus uploads when they are allowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Header, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from bilat.web.app import get_data
from bilat.web.data import WebData
from bilat.web.ics import calls_ics
from bilat.web.models import (
    DocumentDetail,
    DocumentPage,
    Entity,
    Fact,
    FactPage,
    Matrix,
    Network,
    Overview,
    Partnership,
    PartnershipPage,
    UploadResult,
)
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

Data = Annotated[WebData, Depends(get_data)]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
PARTNER = r"^[A-Za-z]{2}(-[A-Za-z]{2})?$"
PAIR = r"^[A-Za-z]{2}-[A-Za-z]{2}$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
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


@router.get("/partnerships", summary="Pairs of partners, most documented first")
def partnerships(data: Data, partner: Partner = None, limit: Limit = 50,
                 offset: Offset = 0) -> PartnershipPage:
    """A page of partnerships, optionally those of one partner."""
    return data.partnerships(partner=partner, limit=limit, offset=offset)


@router.get("/partnerships/{pair}", summary="Timeline, topics, organisations, people and calls of a pair")
def partnership(data: Data, pair: Annotated[str, Path(pattern=PAIR, description="Two codes: JP-SE.")]
                ) -> Partnership:
    """Everything the store says about one partnership (``JP-SE``)."""
    return data.partnership(pair)


@router.get("/topics", summary="The topic x partner matrix")
def topics(data: Data, partner: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None) -> Matrix:
    """Documents per topic and partner; with `partner`, only that partner's partnerships."""
    return data.matrix(focus=partner)


@router.get("/calls", summary="Funding calls by deadline")
def calls(data: Data, upcoming: bool = True, partner: Partner = None, limit: Limit = 20,
          offset: Offset = 0) -> FactPage:
    """Upcoming calls soonest first (or all calls, latest first)."""
    return data.calls(upcoming=upcoming, partner=partner, limit=limit, offset=offset)


@router.get("/calls.ics", summary="Call deadlines as an iCalendar feed",
            response_class=Response, responses={200: {"content": {"text/calendar": {}}}})
def calls_calendar(request: Request, data: Data, partner: Partner = None) -> Response:
    """Upcoming call deadlines for a calendar application."""
    page = data.calls(upcoming=True, partner=partner, limit=1000)
    body = calls_ics(page.items, str(request.base_url))
    return Response(body, media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="bilat-calls.ics"'})


@router.get("/search", summary="Facts matching a phrase and filters")
def search(data: Data, q: Annotated[str | None, Query(max_length=200)] = None, partner: Partner = None,
           topic: Annotated[str | None, Query(max_length=64)] = None,
           date_from: Annotated[str | None, Query(pattern=ISO_DATE)] = None,
           date_to: Annotated[str | None, Query(pattern=ISO_DATE)] = None,
           type: FieldName | None = None, limit: Limit = 20, offset: Offset = 0) -> FactPage:
    """Search facts by words, partner or pair, topic, date range and field."""
    return data.search(q, partner=partner, topic=topic, date_from=date_from, date_to=date_to, type=type,
                       limit=limit, offset=offset)


@router.get("/facts/{fact_id}", summary="One fact with its evidence")
def fact(data: Data, fact_id: int) -> Fact:
    """A fact by id."""
    return data.fact(fact_id)


@router.get("/entities/{entity_id}", summary="A resolved entity with aliases, links and facts")
def entity(data: Data, entity_id: int, limit: Limit = 50, offset: Offset = 0) -> Entity:
    """An organisation, person, programme or partner as resolved across documents."""
    return data.entity(entity_id, limit=limit, offset=offset)


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
