"""Fixtures for ingestion tests: sample documents of every format and a small extractor double."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

LATIN1_TEXT = (
    "Coopération scientifique franco-québécoise\n\n"
    "Les ministères ont signé à Montréal une déclaration commune sur la recherche en santé numérique, "
    "l'énergie et les matériaux avancés. Un comité mixte se réunira chaque année.\n"
)
UTF16_TEXT = (
    "Greece and Cyprus sign research roadmap\n\n"
    "Athens – The research ministers of Greece (Ελλάδα) and Cyprus agreed on a roadmap for joint work on "
    "solar energy and marine science, with €2 million for the first projects.\n"
)

_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


class NameExtractor:
    """A stand-in for the real extractor where a test is about storage, not extraction quality.

    It returns a record in the real shape: every run of capitalised words becomes an organisation
    with its evidence offsets, and the document's date, if any, an event.
    """

    def __init__(self, version: str = "test-1") -> None:
        self.version = version
        self.calls = 0

    def extract(self, text: str, *, name: str, published: str | None = None) -> Any:
        self.calls += 1
        orgs = [
            {
                "name": m.group(),
                "aliases": [],
                "country": None,
                "evidence": [{"start": m.start(), "end": m.end()}],
            }
            for m in _NAME.finditer(text)
        ]
        events = (
            [{"type": "other", "date": published, "evidence": [{"start": 0, "end": 1}]}] if published else []
        )
        return _Record(
            {
                "schema": "bilat-record/1",
                "doc": name,
                "published": published,
                "organizations": orgs,
                "events": events,
            }
        )


class _Record:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


@pytest.fixture
def fixtures_dir() -> Path:
    """Hand-written sample documents (HTML with boilerplate, Markdown, RSS, Atom)."""
    return FIXTURES


@pytest.fixture
def name_extractor() -> NameExtractor:
    """A fast, deterministic extractor double (see `NameExtractor`)."""
    return NameExtractor()


@pytest.fixture
def make_extractor() -> Callable[[str], NameExtractor]:
    """Build extractor doubles with a given version string."""
    return NameExtractor


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    """A two-page PDF made with reportlab, with a title in its document information."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "call_for_proposals.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Joint call for proposals on quantum sensing")
    pdf.drawString(72, 760, "Joint call for proposals on quantum sensing")
    pdf.drawString(72, 740, "The agencies of Austria and Slovenia invite joint proposals.")
    pdf.showPage()
    pdf.drawString(72, 760, "Deadline: 15 January 2026, 17:00 CET.")
    pdf.save()
    return path


@pytest.fixture
def latin1_file(tmp_path: Path) -> Path:
    """French text encoded as Latin-1 (ISO 8859-1)."""
    path = tmp_path / "cooperation_latin1.txt"
    path.write_bytes(LATIN1_TEXT.encode("latin-1"))
    return path


@pytest.fixture
def utf16_file(tmp_path: Path) -> Path:
    """Text with Greek letters and the euro sign, encoded as UTF-16 with a byte-order mark."""
    path = tmp_path / "roadmap_utf16.txt"
    path.write_bytes(UTF16_TEXT.encode("utf-16"))
    return path


@pytest.fixture
def texts() -> dict[str, str]:
    """The texts written by the encoding fixtures."""
    return {"latin1": LATIN1_TEXT, "utf16": UTF16_TEXT}
