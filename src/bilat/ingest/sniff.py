"""What kind of document a file holds: from its extension, checked against its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

TEXT = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
PDF = "application/pdf"
FEED = "application/feed+xml"

BY_EXTENSION = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".pdf": PDF,
    ".rss": FEED,
    ".atom": FEED,
    ".xml": FEED,  # accepted only when the content is a feed (checked below)
}
SUPPORTED_EXTENSIONS = frozenset(BY_EXTENSION)

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# Magic numbers of common binary formats that share no extension with documents we read.
_BINARY_MAGIC = (b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF")


def _head(data: bytes) -> bytes:
    """The first bytes of `data` without a UTF-8 byte-order mark or leading blanks."""
    return data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()


def is_feed(data: bytes) -> bool:
    """Whether the bytes look like an RSS or Atom feed."""
    head = _head(data)
    return head.startswith(b"<") and bool(_FEED_ROOT.search(head)) and not _HTML_ROOT.search(head[:512])


def media_type_of(path: PurePath, data: bytes) -> str | None:
    """The media type of a file from its extension, or None when bilat does not read it."""
    declared = BY_EXTENSION.get(path.suffix.lower())
    if declared == FEED and path.suffix.lower() == ".xml" and not is_feed(data):
        return None
    return declared


def media_type_of_stream(data: bytes) -> str:
    """The media type of unnamed bytes (standard input), from their content."""
    head = _head(data)
    if head.startswith(b"%PDF"):
        return PDF
    if is_feed(data):
        return FEED
    if _HTML_ROOT.search(head[:1024]):
        return HTML
    return TEXT


def binary_signature(data: bytes) -> bool:
    """Whether the bytes start like a known binary format (zip, image, archive, executable)."""
    return data.startswith(_BINARY_MAGIC)
