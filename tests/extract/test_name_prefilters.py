"""The organisation and programme finders skip sentences and phrases without a head word (or a
programme word) found by one pass over the whole text: the candidates must be exactly those that
a search of every sentence and phrase finds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bilat.extract import Extractor
from bilat.extract.components import organizations, programmes
from bilat.extract.doc import Doc
from bilat.extract.naming import any_between, substring_starts, vocabulary_hits

# Texts at the edges of the pre-tests: head words glued to punctuation, a head word after a
# possessive, an unclosed quote, a line that the sentence splitter cuts inside a word (over 2000
# characters), programme words inside longer words and a "project" that follows a name.
EDGE_CASES = [
    "e.g.Ministry of Health and the ..Institute for Polar Research. (Agency) of Japan",
    "Japan's École Polytechnique and O'Brien'sUniversity met the Korea Institute's staff.",
    "“Council of Europe” and ‘Foundation for Science’ spoke; Acme Co. and Beta AG signed.",
    "Cabinet\nOffice of Japan and the Commission of the EU, the Fundamental Research Fund.",
    ("Word " * 399) + "Tokyo National Research Institute of Japan and the Polar Connect project began.",
    ("x" * 2000) + "Ministry of Science Innovation and Technology of the Republic of Korea said.",
    ("x" * 2000) + "Ministry of Science said; the Polar Institute of Norway agreed.",
    "The Moonshot Research and Development Program and the Hayabusa2 mission (JAXA) flew.",
]


def prepared(extractor: Extractor, text: str, until: str) -> Doc:
    """A Doc run through the pipeline's steps before `until`."""
    doc = Doc(text=text, name="example.txt", published="2024-06-01")
    for step in extractor.pipeline.steps:
        if step.name == until:
            break
        step.run(doc)
    return doc


def summary(candidates: list[Any]) -> list[tuple[Any, ...]]:
    """What a candidate says, comparable between two runs."""
    return [(c.name, sorted(c.aliases), c.country, c.country_sure, c.spans) for c in candidates]


def everywhere(doc: Doc) -> list[int]:
    """A pre-test that lets every sentence and phrase through."""
    return list(range(len(doc.text) + 1))


def texts(repo_dir: Path, dev_dir: Path) -> Iterator[str]:
    """The edge cases, the demo corpus and the shared development documents."""
    yield from EDGE_CASES
    for folder in (repo_dir / "examples" / "corpus", dev_dir):
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".txt", ".md"}:
                yield path.read_text(encoding="utf-8")


def same_with_and_without(
    monkeypatch: pytest.MonkeyPatch,
    extractor: Extractor,
    text: str,
    step: str,
    find: Callable[[Doc], list[Any]],
    module: Any,
    name: str,
    replacement: Any,
) -> None:
    filtered = summary(find(prepared(extractor, text, step)))
    with monkeypatch.context() as patch:
        patch.setattr(module, name, replacement)
        unfiltered = summary(find(prepared(extractor, text, step)))
    assert filtered == unfiltered


def test_organisation_phrases_are_the_same_without_the_pre_test(
    monkeypatch: pytest.MonkeyPatch, extractor: Extractor, repo_dir: Path, dev_dir: Path
) -> None:
    for text in texts(repo_dir, dev_dir):
        same_with_and_without(
            monkeypatch,
            extractor,
            text,
            "organizations",
            organizations.phrase_candidates,
            organizations,
            "_head_hits",
            everywhere,
        )


def test_programme_phrases_are_the_same_without_the_pre_test(
    monkeypatch: pytest.MonkeyPatch, extractor: Extractor, repo_dir: Path, dev_dir: Path
) -> None:
    every_offset: Callable[[str], list[int]] = lambda text: list(range(len(text) + 1))  # noqa: E731
    for text in texts(repo_dir, dev_dir):
        same_with_and_without(
            monkeypatch,
            extractor,
            text,
            "programmes",
            programmes.phrase_candidates,
            programmes,
            "_word_finder",
            lambda: every_offset,
        )


def test_a_sentence_cut_inside_a_word_is_searched_whole(extractor: Extractor) -> None:
    # The splitter cuts the 2000-character line just before "Ministry": in the whole text that
    # word is glued to the x's, in the sentence it starts a name.
    doc = prepared(extractor, EDGE_CASES[5], "organizations")
    assert doc.sentences[1][0] == EDGE_CASES[5].index("Ministry")
    names = [c.name for c in organizations.phrase_candidates(doc)]
    assert any(name.startswith("Ministry of Science") for name in names)


def test_a_cut_sentence_with_other_head_words_is_searched_whole(extractor: Extractor) -> None:
    doc = prepared(extractor, EDGE_CASES[6], "organizations")
    names = [c.name for c in organizations.phrase_candidates(doc)]
    assert "Ministry of Science" in names and "Polar Institute of Norway" in names


def test_names_followed_by_a_programme_word_are_found(extractor: Extractor) -> None:
    doc = prepared(extractor, EDGE_CASES[4], "programmes")
    assert "Polar Connect" in [c.name for c in programmes.phrase_candidates(doc)]


def test_vocabulary_hits_are_sorted_cached_and_overlapping() -> None:
    doc = Doc(text="The Fundamental Fund and the programmes' programme", name="x.txt")
    find = substring_starts(["fund", "programme", "programmes"])
    hits = vocabulary_hits(doc, "words", find, lowered=True)
    assert hits == sorted(hits)
    assert [doc.text[h : h + 4].lower() for h in hits].count("fund") == 2
    assert hits.count(doc.text.index("programmes")) == 2  # "programme" and "programmes"
    assert vocabulary_hits(doc, "words", lambda text: []) is hits  # computed once per Doc


def test_any_between_tests_half_open_ranges() -> None:
    offsets = [3, 10, 20]
    assert any_between(offsets, 0, 4)
    assert not any_between(offsets, 4, 10)
    assert any_between(offsets, 10, 11)
    assert not any_between(offsets, 21, 99)
    assert not any_between([], 0, 99)
