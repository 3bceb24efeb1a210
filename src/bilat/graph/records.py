"""Storing ready-made records (from gold files, a batch extractor, a benchmark generator).

`store_record` writes one document version with its record's facts and links it into the graph,
in one transaction, exactly as ingestion does: unchanged text is left alone, changed text at the
same source supersedes the previous version. `RecordFolder` is an extractor for `Ingestor` that
reads each document's record from ``<folder>/<name>.json`` instead of extracting it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.graph.resolve import link_version, unlink_version
from bilat.graph.store import Store


@dataclass
class TextVersion:
    """The text and metadata of a document version written from a ready-made record."""

    doc_id: str
    name: str
    title: str | None
    text: str
    published: str | None
    published_source: str | None
    language: str | None
    media_type: str


@dataclass
class _Record:
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.data


class RecordFolder:
    """An extractor that returns the record stored as ``<name>.json`` in one of `folders`."""

    version = "record-folder/1"

    def __init__(self, *folders: Path) -> None:
        self.folders = [Path(f) for f in folders]

    def extract(self, text: str, *, name: str, published: str | None = None) -> _Record:
        """The record of document `name` (an empty record when no file has it)."""
        for folder in self.folders:
            path = folder / f"{name}.json"
            if path.is_file():
                return _Record(json.loads(path.read_text(encoding="utf-8")))
        return _Record({"schema": "bilat-record/1", "doc": name, "published": published})


def store_record(
    store: Store,
    record: dict[str, Any],
    *,
    source: str,
    text: str,
    name: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> int:
    """Store a document version with its record and link it into the graph; its version id."""
    from bilat.ingest.facts import facts_from_record
    from bilat.ingest.model import text_id

    version = TextVersion(
        doc_id=text_id(text),
        name=name or source.rsplit("/", 1)[-1],
        title=title,
        text=text,
        published=published or record.get("published"),
        published_source="metadata" if published else None,
        language=None,
        media_type="text/plain",
    )
    with store.transaction() as conn:
        current = store.current_version(source)
        if current and current.doc_id == version.doc_id:
            return current.version_id
        document_id = store.ensure_document(source)
        if current:
            unlink_version(conn, current.version_id)
            store.supersede_version(current.version_id)
        version_id = store.add_version(document_id, version, record=record, extractor="record")
        store.add_facts(version_id, facts_from_record(record))
        link_version(conn, version_id)
    return version_id
