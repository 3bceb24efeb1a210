"""RSS and Atom feeds (feedparser): each item becomes one document with its link and date."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

import feedparser

from bilat.errors import InputError
from bilat.ingest.build import build_document
from bilat.ingest.model import SourceDocument
from bilat.ingest.published import iso_from_metadata
from bilat.ingest.readers.html import html_to_text

MAX_SLUG = 48
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def read_feed(data: bytes, *, source: str, name: str, media_type: str) -> Iterator[SourceDocument]:
    """One document per item of the feed; `InputError` when the bytes are not a readable feed."""
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"malformed feed ({reason})" if parsed.get("bozo") else "the feed has no items")
    stem = PurePath(name).stem or "feed"
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        item = _item_document(
            entry, number=number, stem=stem, feed_source=source, seen=seen, media_type=media_type
        )
        if item is not None:
            yield item
    if not seen:
        raise InputError("no item of the feed has any text")


def _item_document(
    entry: Any, *, number: int, stem: str, feed_source: str, seen: set[str], media_type: str
) -> SourceDocument | None:
    title = _plain(str(entry.get("title") or ""))
    body = _entry_body(entry)
    text = f"{title}\n\n{body}".strip() if body and not body.startswith(title) else (body or title)
    if not text.strip():
        return None  # an item with neither title nor content holds no document
    item_source = _item_source(entry, number=number, feed_source=feed_source, seen=seen)
    seen.add(item_source)
    published = item_date(entry)
    return build_document(
        source=item_source,
        name=f"{stem}#{number}-{slugify(title)}".rstrip("-"),
        text=text,
        media_type=media_type,
        title=title or None,
        published=published,
    )


def _item_source(entry: Any, *, number: int, feed_source: str, seen: set[str]) -> str:
    """What identifies an item across fetches: its link, else its guid within the feed, else its position."""
    link = str(entry.get("link") or "").strip()
    if link and link not in seen:
        return link
    guid = str(entry.get("id") or "").strip()
    by_guid = f"{feed_source}#{guid}"
    if guid and by_guid not in seen:
        return by_guid
    return f"{feed_source}#{number}"


def item_date(entry: Any) -> str | None:
    """The item's date as its feed writes it (local date, not shifted to UTC), published else updated."""
    for key in ("published", "updated"):
        written = iso_from_metadata(entry.get(key))
        if written:
            return written
        parsed = iso_from_metadata(entry.get(f"{key}_parsed"))  # feedparser's UTC reading, if only that
        if parsed:
            return parsed
    return None


def _entry_body(entry: Any) -> str:
    """The richest text of an item: full content, else summary, as plain text."""
    contents = entry.get("content") or []
    values = [str(c.get("value") or "") for c in contents if c.get("value")]
    raw = max(values, key=len) if values else str(entry.get("summary") or "")
    return _plain(raw)


def _plain(value: str) -> str:
    return html_to_text(value) if "<" in value else value.strip()


def slugify(title: str) -> str:
    """A short ASCII slug of a title, for file-safe item names."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_title.lower()).strip("-")[:MAX_SLUG].rstrip("-")
