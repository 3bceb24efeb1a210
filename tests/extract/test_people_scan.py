"""People: the sentence scan visits only the tokens where a pattern may start (a title, an
honorific, two capitalised tokens in a row) and finds the same people as a visit of every token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.people import SentenceScan, _caps, blocked_spans, may_name, role_matcher
from bilat.extract.doc import Doc, SpanIndex


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


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_the_candidates_are_titles_honorifics_and_capitalised_pairs(extractor: Extractor, name: str) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked = blocked_spans(doc)
    for start, end in doc.sentences:
        scan = SentenceScan(doc, start, end, blocked, set())
        toks = scan.toks
        pairs = {i for i in range(len(toks) - 1) if toks[i].capitalised and toks[i + 1].capitalised}
        honorifics = {i for i, tok in enumerate(toks) if tok.text in scan.honorifics}
        assert scan._candidates({}) == sorted(pairs | honorifics)


def candidates(doc: Doc, start: int, end: int, blocked: SpanIndex) -> list[int]:
    scan = SentenceScan(doc, start, end, blocked, set())
    title_at = {h.start: (h.end, h) for h in role_matcher().find_span(doc, start, end)}
    return scan._candidates(title_at)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_a_sentence_skipped_by_the_pre_test_has_no_candidates(extractor: Extractor, name: str) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked = blocked_spans(doc)
    skipped = [(s, e) for s, e in doc.sentences if not may_name(doc, s, e)]
    assert all(candidates(doc, s, e, blocked) == [] for s, e in skipped)
    assert len(skipped) < len(doc.sentences)


PIECES = [
    "Japan",
    "and",
    "met.",
    "U.S.",
    "O'Brien",
    "X'AbÉc",
    "’s",
    "2024",
    "3D",
    "21st",
    "-",
    "Ⓐb",
    "Éva",
    "é",
    "Dr",
    "Mr.",
    "Minister",
    "Prime",
    "(",
    ",",
    "*",
    "#",
    "“",
    "ǅa",
    "Ⅻ",
    "²a",
    "\n",
    "2'a",
    "2’s",
    "3",
    "4G",
    "1-A",
    "Z'x",
    "a'bÉc'dÉf",
    "Ab1",
]


@given(
    st.lists(st.sampled_from(PIECES), max_size=10),
    st.lists(st.sampled_from([" ", "", "  ", "*"]), min_size=10),
)
def test_the_pre_test_never_skips_a_sentence_with_candidates(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip() or "x"
    doc = Doc(text=text, name="t.txt", sentences=[(0, len(text))])
    if candidates(doc, 0, len(text), SpanIndex([])):
        assert may_name(doc, 0, len(text))
