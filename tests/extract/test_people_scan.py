"""People: the sentence scan visits only the tokens where a pattern may start (a title, an
honorific, two capitalised tokens in a row) and finds the same people as a visit of every token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.people import SentenceScan, _caps, blocked_spans
from bilat.extract.doc import Doc


class EveryToken(SentenceScan):
    """The plain scan: every token is a candidate."""

    def _candidates(self, title_at: dict[int, Any]) -> list[int]:
        return list(range(len(self.toks)))


def prepared(extractor: Extractor, text: str) -> Doc:
    doc = Doc(text=text, name="example.txt")
    for step in extractor.pipeline.steps:
        if step.name == "people":
            return doc
        step.run(doc)
    raise AssertionError("no people step")


def people(scan: SentenceScan) -> list[tuple[str, tuple[int, int], str | None, str | None]]:
    return [(p.name, p.span, p.role, p.country) for p in scan.scan()]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_the_scan_finds_what_a_visit_of_every_token_finds(
    extractor: Extractor, repo_dir: Path, name: str
) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked, acronyms = blocked_spans(doc), set(doc.data.get("acronyms", {}))
    found = 0
    for start, end in doc.sentences:
        fast = people(SentenceScan(doc, start, end, blocked, acronyms))
        assert fast == people(EveryToken(doc, start, end, blocked, acronyms))
        found += len(fast)
    assert found, "each example names people"


def plain_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@given(st.text(alphabet="AbZzÉé1-.'の", max_size=6))
def test_all_capitals_means_two_letters_or_more_all_upper_case(word: str) -> None:
    assert _caps(word) == plain_caps(word)
