"""Readers: files, folders' files, feeds and standard input → `SourceDocument`s.

    for doc in read_path(Path("news.rss"), max_bytes=20_000_000):
        print(doc.name, doc.published, doc.title)

`read_path` raises `InputError` (naming the file and the reason) for anything it cannot read.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from bilat.errors import InputError
from bilat.ingest.build import with_text_date
from bilat.ingest.model import SourceDocument
from bilat.ingest.readers.feed import read_feed
from bilat.ingest.readers.html import read_html
from bilat.ingest.readers.pdf import read_pdf
from bilat.ingest.readers.text import read_text
from bilat.ingest.sniff import (
    FEED,
    HTML,
    MARKDOWN,
    PDF,
    TEXT,
    binary_signature,
    media_type_of,
    media_type_of_stream,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"

Reader = Callable[..., SourceDocument]
_SINGLE: dict[str, Reader] = {TEXT: read_text, MARKDOWN: read_text, HTML: read_html, PDF: read_pdf}
_EXTENSIONS = {TEXT: ".txt", MARKDOWN: ".md", HTML: ".html", PDF: ".pdf", FEED: ".xml"}

__all__ = [
    "DEFAULT_MAX_BYTES", "STDIN", "LoadedFile", "iter_files", "load_file", "path_text", "read_bytes",
    "read_path", "read_stream",
]


@dataclass(frozen=True)
class LoadedFile:
    """A file's bytes, read and checked, with the names and media type its documents take."""

    source: str
    name: str
    data: bytes
    media_type: str

    def documents(self, *, text_dates: bool = True) -> Iterator[SourceDocument]:
        """The documents in the file (a feed yields one per item)."""
        for doc in read_bytes(self.data, source=self.source, name=self.name, media_type=self.media_type):
            yield with_text_date(doc) if text_dates else doc


def load_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedFile:
    """Read one file (not ``-``): size and type checked, or InputError naming the file."""
    file = Path(path).expanduser().absolute()
    source = path_text(file)
    data = _read_file(file, max_bytes=max_bytes)
    media_type = media_type_of(file, data)
    if media_type is None:
        suffix = path_text(Path(file.suffix)) if file.suffix else "no extension"
        raise InputError(f"unsupported file type ({suffix})", source=source)
    return LoadedFile(source, path_text(Path(file.name)), data, media_type)


def read_path(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, text_dates: bool = True
) -> Iterator[SourceDocument]:
    """The documents in one file (a feed yields one per item); ``-`` reads standard input.

    A document whose metadata gives no date is dated from its text, unless `text_dates` is
    False (the caller then applies `bilat.ingest.build.with_text_date` when it needs the date).
    """
    if str(path) == STDIN:
        yield from read_stream(sys.stdin.buffer, max_bytes=max_bytes, text_dates=text_dates)
        return
    yield from load_file(path, max_bytes=max_bytes).documents(text_dates=text_dates)


def path_text(path: Path) -> str:
    """A path as storable, printable text (bytes that are not UTF-8 shown as U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def read_stream(
    stream: BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES, text_dates: bool = True
) -> Iterator[SourceDocument]:
    """The documents in a byte stream (standard input), its kind told by its content."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"too large (more than {max_bytes} bytes; see --max-bytes)", source="stdin")
    media_type = media_type_of_stream(data)
    stub = f"stdin-{hashlib.sha256(data).hexdigest()[:12]}{_EXTENSIONS[media_type]}"
    for doc in read_bytes(data, source="stdin", name=stub, media_type=media_type):
        if doc.source == "stdin":  # a single document: named and sourced by its own text
            name = f"stdin-{doc.doc_id}{_EXTENSIONS[media_type]}"
            doc = _renamed(doc, source=f"stdin:{doc.doc_id}", name=name)
        yield with_text_date(doc) if text_dates else doc


def read_bytes(data: bytes, *, source: str, name: str, media_type: str) -> Iterator[SourceDocument]:
    """The documents in `data` of a known media type; errors name `source`."""
    if binary_signature(data):
        raise InputError("binary file (not a text, HTML, PDF or feed document)", source=source)
    try:
        if media_type == FEED:
            yield from read_feed(data, source=source, name=name, media_type=media_type)
        else:
            yield _SINGLE[media_type](data, source=source, name=name, media_type=media_type)
    except InputError as exc:
        if exc.source is None:
            exc.source = source
        raise


def _read_file(file: Path, *, max_bytes: int) -> bytes:
    try:
        if not file.is_file():
            raise InputError("not a file" if file.exists() else "no such file", source=str(file))
        if file.stat().st_size > max_bytes:
            raise InputError(
                f"too large ({file.stat().st_size} bytes > --max-bytes {max_bytes})", source=str(file)
            )
        return file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", source=str(file)) from exc


def _renamed(doc: SourceDocument, *, source: str, name: str) -> SourceDocument:
    return replace(doc, source=source, name=name)


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path | str]:
    """Expand folders (recursively, sorted, hidden entries left out); files and ``-`` pass through."""
    for path in paths:
        if str(path) == STDIN:
            yield STDIN
            continue
        candidate = Path(path).expanduser()
        if candidate.is_dir():
            yield from sorted(
                p
                for p in candidate.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(candidate).parts)
            )
        else:
            yield candidate
