"""Ingestion: read documents, extract their records, store each document in one transaction.

    with Store.open("bilat.db") as store:
        report = Ingestor(store).run(["news/", "feed.rss"])

A document whose text is already the current version of its source is left unchanged (unless
the extractor has changed since: then its facts are re-extracted). Changed text at the same
source becomes a new version; the old one and its facts are kept, superseded.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from bilat.errors import InputError
from bilat.graph.store import Store
from bilat.ingest.build import with_text_date
from bilat.ingest.facts import facts_from_record
from bilat.ingest.model import SourceDocument
from bilat.ingest.readers import DEFAULT_MAX_BYTES, STDIN, iter_files, path_text, read_path
from bilat.ingest.report import DocumentResult, IngestReport, Status


class RecordLike(Protocol):
    """What an extractor returns: something that becomes a ``bilat-record/1`` dict."""

    def to_dict(self) -> dict[str, Any]: ...


class ExtractorLike(Protocol):
    """The part of `bilat.extract.Extractor` that ingestion uses."""

    version: str

    def extract(self, text: str, *, name: str, published: str | None = None) -> RecordLike: ...


GraphHook = Callable[[sqlite3.Connection, int], Any]


class Ingestor:
    """Reads inputs into a store; one instance per run."""

    def __init__(
        self,
        store: Store,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        extractor: ExtractorLike | None = None,
    ) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self._extractor = extractor
        self._link: GraphHook | None = None
        self._unlink: GraphHook | None = None

    # -- the run -------------------------------------------------------------------------

    def prepare(self) -> None:
        """Load the extractor and the graph hooks now, so a broken setup fails once, not per file."""
        _ = self.extractor
        self._graph_hooks()

    def run(self, paths: Iterable[Path | str]) -> IngestReport:
        """Ingest every file, folder (recursively) or ``-`` in `paths`; never raises for bad input."""
        self.prepare()
        report = IngestReport()
        for result in self.iter_results(list(iter_files(paths))):
            report.add(result)
        return report

    def iter_results(self, files: Iterable[Path | str]) -> Iterator[DocumentResult]:
        """The result of each document of each file, as soon as it is stored."""
        for file in files:
            yield from self.ingest_file(file)

    def ingest_file(self, file: Path | str) -> Iterator[DocumentResult]:
        """Ingest the documents of one file; a file that cannot be read gives one skipped result."""
        try:
            for doc in read_path(file, max_bytes=self.max_bytes, text_dates=False):
                yield self.ingest_document(doc)
        except InputError as exc:
            yield _skipped(file, exc.message, exc, source=exc.source)
        except Exception as exc:  # a reader bug must not stop the run; --debug shows it
            yield _skipped(file, f"unexpected {type(exc).__name__}: {exc}", exc)

    # -- one document --------------------------------------------------------------------

    def ingest_document(self, doc: SourceDocument) -> DocumentResult:
        """Store one document (new, new version, re-extracted or unchanged) in one transaction."""
        extractor = self.extractor
        current = self.store.current_version(doc.source)
        if current and current.doc_id == doc.doc_id and current.extractor == extractor.version:
            return _result(doc, "unchanged", current.version_id)
        try:
            doc = with_text_date(doc)  # only now: dating a text costs more than reading it
            record = extractor.extract(doc.text, name=doc.name, published=doc.published).to_dict()
        except Exception as exc:  # one document the extractor cannot handle must not stop the run
            return _skipped_doc(doc, f"extraction failed ({type(exc).__name__}: {exc})", exc)
        doc = _dated_by_record(doc, record)
        try:
            status, version_id = self._write(doc, record, extractor.version)
        except Exception as exc:
            return _skipped_doc(doc, f"could not be stored ({type(exc).__name__}: {exc})", exc)
        found = {} if status == "unchanged" else _count_items(record)
        return _result(doc, status, version_id, found)

    def _write(self, doc: SourceDocument, record: dict[str, Any], extractor: str) -> tuple[Status, int]:
        facts = list(facts_from_record(record))
        with self.store.transaction() as conn:
            current = self.store.current_version(doc.source)  # again, under the write lock
            if current and current.doc_id == doc.doc_id:
                if current.extractor == extractor:
                    return "unchanged", current.version_id
                self.unlink(conn, current.version_id)
                self.store.replace_record(current.version_id, facts, record=record, extractor=extractor)
                self.link(conn, current.version_id)
                return "reextracted", current.version_id
            document_id = self.store.ensure_document(doc.source)
            if current:
                self.unlink(conn, current.version_id)
                self.store.supersede_version(current.version_id)
            version_id = self.store.add_version(document_id, doc, record=record, extractor=extractor)
            self.store.add_facts(version_id, facts)
            self.link(conn, version_id)
        return ("new_version" if current else "ingested"), version_id

    # -- collaborators, loaded on first use ----------------------------------------------

    @property
    def extractor(self) -> ExtractorLike:
        """The record extractor (`bilat.extract.get_extractor()` unless one was given)."""
        if self._extractor is None:
            from bilat.extract import get_extractor

            self._extractor = get_extractor()
        return self._extractor

    def _graph_hooks(self) -> tuple[GraphHook, GraphHook]:
        if self._link is None or self._unlink is None:
            from bilat.graph.resolve import link_version, unlink_version

            self._link, self._unlink = link_version, unlink_version
        return self._link, self._unlink

    def link(self, conn: sqlite3.Connection, version_id: int) -> None:
        """Let the graph resolve the entities of a newly stored version."""
        self._graph_hooks()[0](conn, version_id)

    def unlink(self, conn: sqlite3.Connection, version_id: int) -> None:
        """Let the graph forget the links of a version that is being replaced."""
        self._graph_hooks()[1](conn, version_id)


def _dated_by_record(doc: SourceDocument, record: dict[str, Any]) -> SourceDocument:
    """A document without a date of its own takes the one its record resolved from the text."""
    published = record.get("published")
    if doc.published or not isinstance(published, str) or not published:
        return doc
    return replace(doc, published=published, published_source="text")


def _count_items(record: dict[str, Any]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for key, value in record.items():
        if isinstance(value, list):
            counts[key] += len(value)
    return dict(counts)


def _result(
    doc: SourceDocument, status: Status, version_id: int | None, found: dict[str, int] | None = None
) -> DocumentResult:
    return DocumentResult(
        source=doc.source,
        name=doc.name,
        status=status,
        doc_id=doc.doc_id,
        version_id=version_id,
        found=found or {},
        language=doc.language,
    )


def _skipped(
    file: Path | str, reason: str, error: BaseException, *, source: str | None = None
) -> DocumentResult:
    path = Path(file).expanduser().absolute()
    if source is None:
        source = STDIN if str(file) == STDIN else path_text(path)
    return DocumentResult(
        source=source, name=path_text(Path(path.name)), status="skipped", reason=reason, error=error
    )


def _skipped_doc(doc: SourceDocument, reason: str, error: BaseException) -> DocumentResult:
    return DocumentResult(
        source=doc.source, name=doc.name, status="skipped", doc_id=doc.doc_id, reason=reason, error=error
    )
