"""Every item of a record keeps evidence: no fact without the words that state it.

Two ways an item used to lose it: a partner pair that no sentence gave as a pair (two of three
listed partners, or the countries of two partner organisations) was written with none, and an item
whose only span sat on a line the file alignment could not place (a page title the HTML reader
moved) lost it when the record was mapped to the file's offsets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bilat.extract import Extractor
from bilat.extract.documents import iter_documents
from bilat.extract.record import FIELDS, map_evidence
from bilat.ingest.file_offsets import FileOffsets

TRILATERAL = (
    "Senior officials from Kenya, Ghana and Senegal met in Accra on 4 March 2025 for the second "
    "meeting of their working group on science and technology. The three governments agreed to "
    "open a joint call for research on climate-resilient agriculture."
)
BY_ORGANISATIONS = (
    "The National Research Foundation of Korea (NRF) and the Swiss National Science Foundation "
    "(SNSF) open a joint call for research projects in quantum technology. Proposals are due on "
    "30 June 2025."
)


def _pairs(extractor: Extractor, text: str) -> dict[tuple[str, ...], list[dict[str, int]]]:
    record = extractor.extract(text, name="pairs.txt").to_dict()
    return {tuple(item["pair"]): item["evidence"] for item in record["partnerships"]}


def test_every_pair_of_three_listed_partners_has_the_sentence_that_lists_them(extractor: Extractor) -> None:
    pairs = _pairs(extractor, TRILATERAL)
    assert set(pairs) == {("GH", "KE"), ("GH", "SN"), ("KE", "SN")}
    for evidence in pairs.values():
        assert evidence, pairs
        shown = " ".join(TRILATERAL[e["start"] : e["end"]] for e in evidence)
        assert "Kenya" in shown and "Ghana" in shown and "Senegal" in shown


def test_a_pair_from_two_partner_organisations_shows_them(extractor: Extractor) -> None:
    pairs = _pairs(extractor, BY_ORGANISATIONS)
    assert set(pairs) == {("CH", "KR")}
    shown = " ".join(BY_ORGANISATIONS[e["start"] : e["end"]] for e in pairs[("CH", "KR")])
    assert "Korea" in shown and "Swiss" in shown


@pytest.mark.parametrize(
    ("source", "words", "expected"),
    [
        ("<p>Joint <em>statement</em>\n of the two ministers</p>", "Joint statement of the two", "Joint"),
        ("<title>A moved title</title><h1>A moved title</h1>", "A moved title", "A moved title"),
        ("<p>nothing like it</p>", "A moved title", None),
        ("<p>anything</p>", "", None),
    ],
)
def test_located_finds_words_anywhere_in_the_file(source: str, words: str, expected: str | None) -> None:
    offsets = FileOffsets.build("unrelated text", source, markup=True)
    found = offsets.located(words)
    if expected is None:
        assert found is None
    else:
        assert found is not None and source[found[0] : found[1]].startswith(expected)


def test_an_item_whose_spans_cannot_be_mapped_falls_back_to_a_search() -> None:
    data: dict[str, Any] = {name: [] for name in FIELDS}
    data["agreements"] = [{"type": "joint_statement", "evidence": [{"start": 5, "end": 9}]}]
    data["topics"] = [{"id": "ai", "evidence": [{"start": 0, "end": 2}]}]
    mapped = map_evidence(
        data, lambda start, end: (start, end) if start == 0 else None, lambda s, e: (40, 50)
    )
    assert mapped["agreements"][0]["evidence"] == [{"start": 40, "end": 50}]
    assert mapped["topics"][0]["evidence"] == [{"start": 0, "end": 2}]


def test_no_item_of_the_blind_sets_is_without_evidence(extractor: Extractor, repo_dir: Path) -> None:
    """Every document of the sets written after the rules, read as `bilat extract` reads it."""
    corpora = sorted((repo_dir / "tests" / "docs").glob("*_corpus"))
    empty = []
    for document in iter_documents(corpora):
        assert not isinstance(document, Exception), document
        record = document.record_dict(extractor.extract(document.text, name=document.name))
        empty += [(document.name, name) for name in FIELDS for item in record[name] if not item["evidence"]]
    assert not empty
