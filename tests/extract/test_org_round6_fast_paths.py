"""Round 6 fast paths of the organisation and acronym finders give what their plain definitions
give: the apposition pattern tried only before ", the " (not at every character), the lower-case
phrase search run only after a lower-case word, the bare-mission scan skipped when no mission word
is in the text, and references kept at once when the text defines nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.acronyms import _LOWER_PHRASE_BEFORE, _PHRASE_REACH, lower_phrase_before
from bilat.extract.components.organizations import _BARE_MISSION, MISSION_HEADS_IN_ORDER
from bilat.extract.org_appositives import _pattern, apposition_matches

PIECES = st.sampled_from(
    [
        "Deltares", "Rijkswaterstaat", "Meanwhile", ", the ", ",\nthe ", ", the\t", "Dutch ", "public works ",
        "institute", "agency", " for", ".", ",", " ", "\t", "\n", "a", "Z", "É", "_", "-", "'", "’", "1", "²",
        "x9", "(", ")", "SMR", "s", "small ", "modular ", "reactors ", "Reactors ", "ß", "İ",
    ]
)  # fmt: skip


def _plain_appositions(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern().finditer(text)]


def _plain_lower_phrase(text: str, end: int) -> tuple[int, int] | None:
    found = _LOWER_PHRASE_BEFORE.search(text, max(0, end - _PHRASE_REACH), end)
    return found.span() if found else None


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(PIECES, max_size=25))
def test_appositions_are_those_of_the_plain_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in apposition_matches(text)] == _plain_appositions(text)


def test_an_apposition_is_found_where_the_plain_scan_finds_it() -> None:
    text = "Deltares, the Dutch institute for water research, and Rijkswaterstaat, the public works agency."
    spans = [m.span("name") for m in apposition_matches(text)]
    assert [text[s:e] for s, e in spans] == ["Deltares", "Rijkswaterstaat"]
    assert [m.span() for m in apposition_matches(text)] == _plain_appositions(text)


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(PIECES, max_size=25))
def test_the_lower_case_phrase_is_that_of_the_plain_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in range(len(text) + 1):
        found = lower_phrase_before(text, end)
        assert (found.span() if found else None) == _plain_lower_phrase(text, end)


@pytest.mark.parametrize("head", MISSION_HEADS_IN_ORDER)
def test_the_mission_pre_test_names_every_word_the_pattern_needs(head: str) -> None:
    text = f"Officials of the {head} said so."
    assert _BARE_MISSION.search(text) is not None
    assert _BARE_MISSION.search(text.replace(head, head.lower())) is None


REPO = Path(__file__).resolve().parents[2]


def test_fast_paths_agree_on_the_corpora(shared_dir: Path) -> None:
    files = [
        *(shared_dir / "corpus").rglob("*.txt"),
        *(REPO / "tests" / "docs").glob("*_corpus/*"),
        *(REPO / "examples").rglob("*.txt"),
    ]
    texts = [p.read_text(errors="replace") for p in sorted(files) if p.is_file()]
    assert len(texts) > 20
    for text in texts:
        assert [m.span() for m in apposition_matches(text)] == _plain_appositions(text)
        for paren in range(len(text)):
            if text[paren] == "(":
                found = lower_phrase_before(text, paren)
                assert (found.span() if found else None) == _plain_lower_phrase(text, paren)
        if not any(head in text for head in MISSION_HEADS_IN_ORDER):
            assert _BARE_MISSION.search(text) is None


def test_references_stay_when_nothing_is_defined(extractor: Extractor) -> None:
    text = "KIST and the Korea Institute of Science and Technology Europe signed a memorandum in Seoul."
    doc = extractor.pipeline.run(text, name="x.txt", published=None)
    assert doc.layer("acronym_def") == []
    assert doc.record.organizations  # (the reference path ran without definitions)
