"""What an ingestion run did: one result per document (or skipped file), and the totals."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ingested", "new_version", "reextracted", "unchanged", "skipped"]
STATUSES: tuple[Status, ...] = ("ingested", "new_version", "reextracted", "unchanged", "skipped")
# The kinds of facts a run summary counts, in the order people read them.
SUMMARY_FIELDS = (
    "partnerships",
    "agreements",
    "events",
    "calls",
    "people",
    "organizations",
    "programs",
    "topics",
    "amounts",
)


@dataclass
class DocumentResult:
    """The outcome for one document (or for a file that was skipped before any document was read)."""

    source: str
    name: str
    status: Status
    doc_id: str | None = None
    version_id: int | None = None
    found: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    error: BaseException | None = field(default=None, repr=False, compare=False)
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (the exception, if any, left out)."""
        data: dict[str, Any] = {"source": self.source, "name": self.name, "status": self.status}
        if self.doc_id:
            data["doc_id"] = self.doc_id
        if self.version_id is not None:
            data["version_id"] = self.version_id
        if self.found:
            data["found"] = self.found
        if self.reason:
            data["reason"] = self.reason
        return data


@dataclass
class IngestReport:
    """All results of a run, with counts by status and totals of facts found."""

    results: list[DocumentResult] = field(default_factory=list)

    def add(self, result: DocumentResult) -> None:
        """Record one result."""
        self.results.append(result)

    @property
    def counts(self) -> dict[str, int]:
        """How many documents ended in each status."""
        tally = Counter(r.status for r in self.results)
        return {status: tally.get(status, 0) for status in STATUSES}

    @property
    def found(self) -> dict[str, int]:
        """Facts found in this run (in new or re-extracted versions), by field."""
        totals: Counter[str] = Counter()
        for result in self.results:
            totals.update(result.found)
        return {key: totals.get(key, 0) for key in SUMMARY_FIELDS} | {
            key: n for key, n in totals.items() if key not in SUMMARY_FIELDS
        }

    @property
    def nothing_ingested(self) -> bool:
        """True when no document could be read at all (every input skipped, or none given)."""
        return all(r.status == "skipped" for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        """The summary and per-document results as JSON-ready data."""
        return {"counts": self.counts, "found": self.found, "results": [r.to_dict() for r in self.results]}
