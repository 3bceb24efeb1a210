"""Uploads through POST /api/documents: token check, size and type checks, then ingest."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

from fastapi import HTTPException, UploadFile
from starlette.concurrency import run_in_threadpool

from bilat.errors import BilatError
from bilat.web.app import Settings
from bilat.web.models import UploadResult

ALLOWED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".xml", ".rss", ".atom")
CHUNK = 64 * 1024
MULTIPART_OVERHEAD = 64 * 1024  # room for the multipart envelope around the file
UPLOAD_PATH = "/api/documents"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def check_token(settings: Settings, authorization: str | None) -> None:
    """Refuse the upload unless uploads are on and the request carries the server's bearer token."""
    if not settings.allow_upload or not settings.upload_token:
        raise HTTPException(403, "uploads are disabled (start the server with --allow-upload)")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip(), settings.upload_token):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


def early_refusal(settings: Settings, method: str, path: str, headers: Mapping[str, str]
                  ) -> HTTPException | None:
    """Why an upload request must be refused before its body is read (off, no token, too long), if so."""
    if method != "POST" or path.rstrip("/") != UPLOAD_PATH:
        return None
    try:
        check_token(settings, headers.get("authorization"))
    except HTTPException as exc:
        return exc
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > settings.max_upload_bytes + MULTIPART_OVERHEAD:
        return HTTPException(413, f"the upload is over the limit of {settings.max_upload_bytes:,} bytes")
    return None


def safe_name(filename: str | None) -> str:
    """The uploaded file's base name reduced to safe characters, with an allowed suffix."""
    base = PurePath((filename or "").replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot or f".{suffix.lower()}" not in ALLOWED_SUFFIXES:
        allowed = ", ".join(ALLOWED_SUFFIXES)
        raise HTTPException(415, f"{base or 'the upload'}: unsupported file type (allowed: {allowed})")
    stem = _UNSAFE.sub("_", stem).strip("._") or "upload"
    return f"{stem[:100]}.{suffix.lower()}"


async def read_limited(file: UploadFile, max_bytes: int) -> bytes:
    """The upload's bytes, refusing it as soon as it grows past `max_bytes`."""
    chunks, size = [], 0
    while chunk := await file.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise HTTPException(413, f"{file.filename}: larger than the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
    if not size:
        raise HTTPException(415, f"{file.filename}: the file is empty")
    return b"".join(chunks)


def check_content(name: str, data: bytes) -> None:
    """Refuse content that does not match the file type (a PDF without its signature, binary 'text')."""
    is_pdf = data.startswith(b"%PDF-")
    if name.endswith(".pdf") != is_pdf:
        raise HTTPException(415, f"{name}: the content does not match the file type")
    if not is_pdf and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise HTTPException(415, f"{name}: binary content in a text file")


def save_upload(settings: Settings, name: str, data: bytes) -> Path:
    """Keep the upload beside the store (``uploads/``), named by its content so re-uploads are idempotent."""
    folder = settings.db_path.resolve().parent / "uploads"
    folder.mkdir(exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:16]}_{name}"
    if not path.exists():
        path.write_bytes(data)
    return path


async def receive_upload(settings: Settings, file: UploadFile, authorization: str | None) -> UploadResult:
    """Check, save and ingest one uploaded document."""
    check_token(settings, authorization)
    name = safe_name(file.filename)
    data = await read_limited(file, settings.max_upload_bytes)
    check_content(name, data)
    path = save_upload(settings, name, data)
    try:
        doc_ids = await run_in_threadpool(ingest_file, settings.db_path, path, settings.extractor)
    except BilatError as exc:
        raise HTTPException(422, f"{name}: {exc.message}") from exc
    return UploadResult(name=name, documents=doc_ids, message=f"{name}: {len(doc_ids)} document(s) ingested")


def ingest_file(db_path: Path, path: Path, extractor: Any = None) -> list[str]:
    """Ingest one file into the store through the ingest pipeline; the ids of the documents it held."""
    from bilat.graph.store import Store
    from bilat.ingest.pipeline import Ingestor

    with Store.open(db_path) as store:
        report = Ingestor(store, extractor=extractor).run([path])
    stored = [r.doc_id for r in report.results if r.status != "skipped" and r.doc_id]
    if not stored:
        reasons = [r.reason for r in report.results if r.reason]
        raise BilatError(reasons[0] if reasons else "no document could be read")
    return stored
