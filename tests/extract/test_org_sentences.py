"""Organisations: the sentences searched for names are chosen from the head-word offsets (and the
sentences cut inside a word) without a test of every sentence; they are those that the plain test
of every sentence chooses."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components import organizations
from bilat.extract.components.sentences import split_sentences
from bilat.extract.doc import Doc
from bilat.extract.naming import any_between

from .test_name_prefilters import EDGE_CASES, prepared, texts


def plain_choice(doc: Doc, hits: list[int]) -> list[tuple[int, int, bool]]:
    """Every sentence tested: cut inside a word (searched whole), or holding a head word."""
    out = []
    for start, end in doc.sentences:
        whole = organizations._cut_sentence(doc.text, start, end)
        if whole or any_between(hits, start, end):
            out.append((start, end, whole))
    return out


def test_the_sentences_searched_in_the_corpus_are_those_of_the_plain_test(
    extractor: Extractor, repo_dir: Path, dev_dir: Path
) -> None:
    for text in texts(repo_dir, dev_dir):
        doc = prepared(extractor, text, "organizations")
        hits = organizations._head_hits(doc)
        assert organizations._searched_sentences(doc, hits) == plain_choice(doc, hits)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*EDGE_CASES[:4], "Ministry", "x" * 30, ". ", "\n", "Agency.", "(JST)", " "]),
        max_size=8,
    ),
    st.lists(st.integers(0, 400), max_size=8),
)
def test_the_sentences_searched_are_those_of_the_plain_test(pieces: list[str], offsets: list[int]) -> None:
    text = "".join(pieces)
    doc = Doc(text=text, name="example.txt")
    doc.set_sentences(split_sentences(text))
    hits = sorted(o for o in offsets if o <= len(text))
    assert organizations._searched_sentences(doc, hits) == plain_choice(doc, hits)
