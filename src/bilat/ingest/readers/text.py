"""Plain text and Markdown files: the text as it is (Markdown keeps its markup)."""

from __future__ import annotations

import re

from bilat.ingest.build import build_document, first_line_title
from bilat.ingest.decode import decode_bytes
from bilat.ingest.model import SourceDocument
from bilat.ingest.sniff import MARKDOWN

_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def read_text(data: bytes, *, source: str, name: str, media_type: str) -> SourceDocument:
    """A document from the bytes of a .txt or .md file."""
    text = decode_bytes(data)
    title = markdown_title(text) if media_type == MARKDOWN else None
    return build_document(
        source=source, name=name, text=text, media_type=media_type, title=title or first_line_title(text)
    )


def markdown_title(text: str) -> str | None:
    """The first heading of a Markdown text, without its ``#`` marks."""
    match = _ATX_HEADING.search(text)
    return match.group(1).strip() if match else None
