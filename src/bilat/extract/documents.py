"""Documents read for extraction, and their records in the record format's offsets.

    for item in iter_documents([Path("corpus")]):
        if not isinstance(item, InputError):
            data = item.record_dict(extractor.extract(item.text, name=item.name))

`bilat extract`, `bilat show --json` and `bilat eval` read documents this way, so a record file
carries evidence offsets into the text of the file it came from (an HTML page's markup
included), as ``../shared/spec/records.md`` defines them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilat.errors import InputError
from bilat.extract.evaluate import score_records
from bilat.extract.record import Record, map_evidence
from bilat.ingest.file_offsets import FileOffsets, offsets_for_file

if TYPE_CHECKING:
    from bilat.extract import Extractor

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class DocumentInput:
    """A document to extract, with the map of its evidence offsets to its file's own text."""

    name: str
    text: str
    published: str | None
    offsets: FileOffsets | None = None

    @property
    def language(self) -> str | None:
        """The ISO 639-1 code of the document's language, when the text tells it."""
        from bilat.ingest.language import detect_language

        return detect_language(self.text)

    @property
    def file_text(self) -> str:
        """The text that record offsets index: the file's own text, or the document's."""
        return self.offsets.source if self.offsets else self.text

    def record_dict(self, record: Record) -> dict[str, Any]:
        """The record as the record format has it: evidence offsets into the file's text."""
        data = record.to_dict()
        if self.offsets is None:
            return data
        offsets, text = self.offsets, self.text
        return map_evidence(data, offsets.span, lambda start, end: offsets.located(text[start:end]))


def iter_documents(paths: list[Path]) -> Iterator[DocumentInput | InputError]:
    """Every document under `paths`; unreadable files as InputError."""
    from bilat.ingest.readers import STDIN, iter_files, load_file, read_path

    for path in iter_files(paths):
        try:
            if str(path) == STDIN:
                for doc in read_path(path, max_bytes=MAX_BYTES):
                    yield DocumentInput(doc.name, doc.text, doc.published)
                continue
            loaded = load_file(path, max_bytes=MAX_BYTES)
            for doc in loaded.documents():
                yield DocumentInput(doc.name, doc.text, doc.published, offsets_for_file(loaded.data, doc))
        except InputError as exc:
            yield exc
        except (OSError, UnicodeError, ValueError) as exc:
            yield InputError(str(exc), source=str(path))


def score_documents(
    extractor: Extractor,
    paths: list[Path],
    golds: dict[str, dict[str, Any]],
    *,
    on_skip: Callable[[InputError], None] | None = None,
) -> dict[str, Any]:
    """Extract the documents under `paths` that `golds` has records for, and score them.

    Grounding is checked where the record format puts it, in each file's own text. The result
    is `score_records`'s, plus ``documents``: how many of the gold records found their document.
    """
    scored: dict[str, tuple[dict[str, Any], str]] = {}
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            if on_skip:
                on_skip(item)
            continue
        if item.name in golds:
            record = extractor.extract(item.text, name=item.name, published=item.published)
            scored[item.name] = (item.record_dict(record), item.file_text)
    result = score_records([(gold, *scored.get(name, ({}, None))) for name, gold in golds.items()])
    result["documents"] = len(scored)
    return result
