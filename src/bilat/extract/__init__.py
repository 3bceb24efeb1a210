"""Extraction: one document's text → its grounded record (schema ``bilat-record/1``).

from bilat.extract import get_extractor
record = get_extractor().extract(text, name="004_x.txt", published="2023-05-23")
record.to_dict()  # every item with "evidence": [{"start": S, "end": E}]
"""

from __future__ import annotations

import functools
from pathlib import Path

from bilat.extract.doc import Doc
from bilat.extract.pipeline import Pipeline
from bilat.extract.record import Record

EXTRACTOR_VERSION = "0.19.0"

__all__ = ["EXTRACTOR_VERSION", "Extractor", "Record", "get_extractor"]


class Extractor:
    """Extracts records with a configured pipeline; build it once and reuse it."""

    version = EXTRACTOR_VERSION

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def extract(self, text: str, *, name: str, published: str | None = None) -> Record:
        """The record of one document (`published` is its own date, ISO 8601, if known)."""
        record = self.pipeline(text, name=name, published=published)
        record.extractor = EXTRACTOR_VERSION
        return record

    def analyse(self, text: str, *, name: str, published: str | None = None) -> Doc:
        """The annotated document (layers and record), for inspection and `bilat show`."""
        return self.pipeline.run(text, name=name, published=published)


@functools.lru_cache(maxsize=8)
def _cached(config: str | None) -> Extractor:
    return Extractor(Pipeline.from_config(config))


def get_extractor(config: Path | str | None = None) -> Extractor:
    """The extractor for a pipeline config (the packaged one by default), loaded once and cached."""
    return _cached(str(config) if config else None)
