"""The document that every reader produces and every later stage consumes."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Literal

DOC_ID_LENGTH = 20

PublishedSource = Literal["metadata", "text"]


def normalize_text(text: str) -> str:
    """Text as bilat keeps it: Unicode NFC with ``\\n`` line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_id(text: str) -> str:
    """The stable id of a text: the first hex digits of the SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:DOC_ID_LENGTH]


@dataclass(frozen=True)
class SourceDocument:
    """One document read from a file, a feed item or standard input.

    `text` is NFC-normalised and is what evidence offsets index; `doc_id` is `text_id(text)`.
    """

    source: str
    name: str
    title: str | None
    text: str
    published: str | None
    published_source: PublishedSource | None
    language: str | None
    media_type: str
    doc_id: str

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """The document as a JSON-ready dict (without its text unless asked)."""
        data = asdict(self)
        if not with_text:
            data.pop("text")
        return data
