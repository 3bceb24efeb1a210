"""Country-pair context: the document-level fast paths score exactly like the plain definition
(every sentence on its own, the cooperation cue as one case-insensitive regex)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.context import (
    COOPERATION,
    COOPERATION_WORDS,
    analyse,
    both_sides,
    by_first_letter,
    mentions_cooperation,
    sentence_pairs,
)
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import folded_text

FOLDED = re.compile(by_first_letter(COOPERATION_WORDS))
PIECES = ["calls", "call", "ties", "sties", "talks", "MoU", "mocs", "sign", "design", "Co-operat", "ſign"]
PIECES += ["joint", "SUMMIT", "İ", "x", "_", "1", " ", ".", "-", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.data())
def test_the_grouped_cue_finds_what_the_plain_alternation_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert bool(FOLDED.search(folded_text(text), start, end)) == bool(COOPERATION.search(text, start, end))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_a_text_mentions_cooperation_where_the_plain_alternation_finds_it(text: str) -> None:
    assert mentions_cooperation(Doc(text=text, name="t.txt")) == bool(COOPERATION.search(text))


def test_a_leading_word_boundary_becomes_a_look_behind() -> None:
    assert (
        by_first_letter(["cooperat", r"\bcalls?\b", "committee"]) == r"c(?:ooperat|(?<!\wc)alls?\b|ommittee)"
    )


def plain_scores(
    doc: Doc,
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], list[tuple[int, int]]]]:
    scores: dict[tuple[str, str], float] = defaultdict(float)
    evidence: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for start, end in doc.sentences:
        for pair, weight in sentence_pairs(doc, start, end).items():
            if pair[0] != pair[1]:
                scores[pair] += weight
                if len(evidence[pair]) < 5:
                    evidence[pair].append((start, end))
    both_sides(doc, scores, evidence)  # ("the two countries": the pair of the sentence before)
    return dict(scores), dict(evidence)


def analysed(extractor: Extractor, text: str) -> Doc:
    doc = Doc(text=text, name="example.txt")
    for step in extractor.pipeline.steps:
        step.run(doc)
        if step.name == "context":
            return doc
    raise AssertionError("no context step")


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_documents_score_like_sentence_by_sentence(extractor: Extractor, name: str) -> None:
    doc = analysed(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    assert doc.data["pair_scores"], "each example document pairs countries"
    assert (doc.data["pair_scores"], doc.data["pair_evidence"]) == plain_scores(doc)


def test_overlapping_sentences_are_scored_one_by_one() -> None:
    text = "Japan and Korea signed an agreement. Sweden-Japan ties."
    doc = Doc(text=text, name="x.txt")
    doc.set_sentences([(0, 36), (10, len(text))])  # overlapping spans (not what the splitter makes)
    doc.set_layer(
        "country",
        [
            Mention(s, s + len(w), "country", w, {"code": c, "kind": "name"})
            for w, c, s in (
                ("Japan", "JP", 0),
                ("Korea", "KR", 10),
                ("Sweden", "SE", 37),
                ("Japan", "JP", 44),
            )
        ],
    )
    analyse(doc)
    assert (doc.data["pair_scores"], doc.data["pair_evidence"]) == plain_scores(doc)
    assert doc.data["pair_scores"][("KR", "SE")] > 0  # only the overlapping second span pairs them
