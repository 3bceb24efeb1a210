"""Assemble a `SourceDocument` from what a reader found: normalise, identify, date, detect language."""

from __future__ import annotations

from bilat.errors import InputError
from bilat.ingest.language import detect_language
from bilat.ingest.model import PublishedSource, SourceDocument, normalize_text, text_id
from bilat.ingest.published import date_from_text

MAX_TITLE_CHARS = 300


def build_document(
    *,
    source: str,
    name: str,
    text: str,
    media_type: str,
    title: str | None = None,
    published: str | None = None,
) -> SourceDocument:
    """A document with NFC text, its id, its date (metadata `published`, else from the text) and language."""
    text = normalize_text(text)
    if not text.strip():
        raise InputError("no text found", source=source)
    published_source: PublishedSource | None = "metadata" if published else None
    if not published:
        published = date_from_text(text)
        published_source = "text" if published else None
    return SourceDocument(
        source=source,
        name=name,
        title=clean_title(title),
        text=text,
        published=published,
        published_source=published_source,
        language=detect_language(text),
        media_type=media_type,
        doc_id=text_id(text),
    )


def clean_title(title: str | None) -> str | None:
    """A title on one line, NFC, without surrounding blanks; None when empty."""
    if not title:
        return None
    cleaned = " ".join(normalize_text(title).replace("\ufeff", "").split())
    return cleaned[:MAX_TITLE_CHARS] or None


def first_line_title(text: str, *, max_chars: int = 200) -> str | None:
    """The first non-blank line of a plain text when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.replace("\ufeff", "").strip()
        if line:
            return line if len(line) <= max_chars else None
    return None
