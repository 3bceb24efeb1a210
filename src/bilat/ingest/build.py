"""Assemble a `SourceDocument` from what a reader found: normalise, identify, date, detect language."""

from __future__ import annotations

from dataclasses import replace

from bilat.errors import InputError
from bilat.ingest.language import detect_language
from bilat.ingest.model import PublishedSource, SourceDocument, normalize_text, text_id
from bilat.ingest.published import date_from_text

MAX_TITLE_CHARS = 300
HEADLINE_MIN_WORDS = 5


def build_document(
    *,
    source: str,
    name: str,
    text: str,
    media_type: str,
    title: str | None = None,
    published: str | None = None,
) -> SourceDocument:
    """A document with NFC text, its id, title, language and metadata date (see `with_text_date`)."""
    text = normalize_text(text)
    if not text.strip():
        raise InputError("no text found", source=source)
    published_source: PublishedSource | None = "metadata" if published else None
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


def with_text_date(doc: SourceDocument) -> SourceDocument:
    """The document dated by its own text (dateline, "Publication date", ...) when metadata gave no date."""
    if doc.published:
        return doc
    published = date_from_text(doc.text)
    return replace(doc, published=published, published_source="text") if published else doc


def clean_title(title: str | None) -> str | None:
    """A title on one line, NFC, without surrounding blanks; None when empty."""
    if not title:
        return None
    cleaned = " ".join(normalize_text(title).replace("\ufeff", "").split())
    return cleaned[:MAX_TITLE_CHARS] or None


def first_line_title(text: str, *, max_chars: int = 200, look_at: int = 12) -> str | None:
    """A plain text's headline: among its first lines, the first that reads like one.

    A headline has at least `HEADLINE_MIN_WORDS` words, is not a sentence (no final full stop)
    nor a bullet nor a menu; short lines before it are usually site furniture ("Skip to main content").
    Falls back to the first line when none qualifies.
    """
    lines = [line.replace("\ufeff", "").strip() for line in text.splitlines()]
    lines = [line for line in lines if line][:look_at]
    for line in lines:
        words = line.split()
        if (
            len(words) >= HEADLINE_MIN_WORDS
            and len(line) <= max_chars
            and not line.endswith(".")
            and line[0].isalnum()
            and line.count("|") < 2  # a menu bar, not a headline
        ):
            return line
    return lines[0] if lines and len(lines[0]) <= max_chars else None
