"""PDF files: the text of every page (pypdf), the title from the document information."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from bilat.errors import InputError
from bilat.ingest.build import build_document, first_line_title
from bilat.ingest.model import SourceDocument

PAGE_SEPARATOR = "\n\n"
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A control glyph alone on its line (blanks around it): a bullet from a symbol font.
_LONE_GLYPH = re.compile("^[ \t]*[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\uf0b7\u25aa\u25cf][ \t]*$", re.MULTILINE)
# A word cut by a hyphen at the end of a line (a letter just before it).
_HYPHENATED = re.compile(r"[^\W\d_]{2}-$")
# A page's own furniture on a line by itself: "Page 2 of 5", "- 3 -", "3 / 12".
_PAGE_MARK = re.compile(
    r"^\s*(?:(?i:page)\s+\d+(?:\s+(?i:of)\s+\d+)?|[-\u2013]\s*\d+\s*[-\u2013]|\d+\s*/\s*\d+)\s*$"
)
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
    """The text of every page (tidied, see `tidy_page`), pages separated by a blank line."""
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(tidy_page(page.extract_text() or ""))
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


def tidy_page(text: str) -> str:
    """A page's extracted text made readable: bullets and control glyphs, hard-wrapped lines.

    Symbol-font bullets come out of PDFs as control characters: on a line of their own they
    become "•" joined to the item that follows; elsewhere a space. A line wrapped inside a
    sentence (the next line starts in lower case) is joined to the next one.
    """
    text = _CONTROL.sub(" ", _LONE_GLYPH.sub("•", text))
    lines = [line.rstrip() for line in text.splitlines() if not _PAGE_MARK.match(line)]
    out: list[str] = []
    for line in lines:
        if out and _HYPHENATED.search(out[-1]) and line[:1].isalpha():
            # a word hyphenated at the line's end: "Tech-⏎nology" is one word,
            # "Sino-⏎Egyptian" keeps its hyphen
            out[-1] = f"{out[-1][:-1] if line[0].islower() else out[-1]}{line.strip()}"
        elif out and (out[-1] == "•" or _continues(out[-1], line)):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out).strip()


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence of `previous` (a soft line break of the layout)."""
    stripped = line.lstrip()
    return bool(previous.strip()) and bool(stripped) and stripped[0].islower() and previous[-1] not in ".!?:;"
