"""PDF files: the text of every page (pypdf), the title from the document information."""

from __future__ import annotations

import io
import logging
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from bilat.errors import InputError
from bilat.ingest.build import build_document, first_line_title
from bilat.ingest.model import SourceDocument

PAGE_SEPARATOR = "\n\n"
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, *, source: str, name: str, media_type: str) -> SourceDocument:
    """A document from the bytes of a .pdf file.

    The date is the one the text states, as for plain text: a PDF's creation date tells when the
    file was produced, often long after (or unrelated to) the publication.
    """
    reader = open_pdf(data)
    text = pdf_text(reader)
    title = str(_info(reader).get("/Title") or "").strip()
    return build_document(
        source=source, name=name, text=text, media_type=media_type, title=title or first_line_title(text)
    )


def open_pdf(data: bytes) -> PdfReader:
    """A reader over the PDF bytes; `InputError` when truncated, malformed or encrypted."""
    if not data.lstrip().startswith(b"%PDF"):
        raise InputError("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF")
        _ = len(reader.pages)
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise InputError(f"truncated or malformed PDF ({type(exc).__name__}: {exc})") from exc
    return reader


def pdf_text(reader: PdfReader) -> str:
    """The text of every page, pages separated by a blank line."""
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append((page.extract_text() or "").strip())
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
            raise InputError(f"unreadable PDF page {number} ({type(exc).__name__}: {exc})") from exc
    text = PAGE_SEPARATOR.join(pages).strip()
    if not text:
        raise InputError("no text in the PDF (scanned images or empty pages)")
    return text


def _info(reader: PdfReader) -> dict[str, Any]:
    try:
        return dict(reader.metadata or {})
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return {}
