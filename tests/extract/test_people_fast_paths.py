"""People, speed round 6: each document-level fast path gives what its plain definition gives.

- `has_cue` (cue words found once per text, then bisection) against a regex search of the span;
- `may_find` with its tests reordered (the title look-up last) against the order of round 5;
- `_inner_text` (an initial is looked for only in a two-character token) against its definition.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.people import (
    _ADJACENT,
    _INITIAL,
    _LINK_REACH,
    _MAY_PAIR_FAST,
    _PAIR_AT,
    _SPEECH_REACH,
    _cue_pattern,
    _honorific_pattern,
    _inner_text,
    has_cue,
    lower_titles,
    may_find,
    name_particles,
    org_linked_before,
    org_starts,
    role_matcher,
)
from bilat.extract.doc import Doc
from bilat.extract.matching import doc_lowered

from .records import prepared

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def plain_has_cue(doc: Doc, start: int, end: int) -> bool:
    return _cue_pattern().search(doc_lowered(doc), start, end) is not None


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def spans_of(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Random spans of the text, some reaching past its end (as the cue reach does)."""
    out = []
    for _ in range(count):
        start = rng.randrange(len(text) + 1)
        out.append((start, rng.randrange(start, len(text) + 20)))
    return out


CUE_PIECES = [
    "said",
    "Said",
    "SAID",
    "says",
    "essays",
    "who",
    "laureate",
    "2019 laureate",
    "director",
    "Director",
    "managing director of",
    "dean",
    "ocean",
    "İstanbul",
    "Ana Ruiz",
    ",",
    ".",
    "\n",
    *lower_titles()[:6],
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=12), st.data())
def test_has_cue_is_a_search_of_the_span(words: list[str], data: st.DataObject) -> None:
    doc = Doc(text=" ".join(words) or "x", name="x.txt")
    start = data.draw(st.integers(0, len(doc.text)))
    end = data.draw(st.integers(start, len(doc.text) + 15))
    assert has_cue(doc, start, end) == plain_has_cue(doc, start, end)


def test_has_cue_on_the_example_corpus() -> None:
    rng = random.Random(6)
    checked = found = 0
    for text in example_texts():
        doc = Doc(text=text, name="x.txt")
        for start, end in [*spans_of(text, rng, 200), *((s, e + 12) for s, e in doc.sentences)]:
            expected = plain_has_cue(doc, start, end)
            assert has_cue(doc, start, end) == expected, (start, end)
            checked, found = checked + 1, found + expected
    assert found and found < checked  # (both answers occur)


TOKENS = ["L.", "M.", "É.", "l.", "LM.", "L", "bin", "van", "de", "von", "Al", "al-Faisal", ".", "L.M."]


@pytest.mark.parametrize("text", [*TOKENS, *sorted(name_particles())])
def test_inner_text_is_a_particle_or_an_initial(text: str) -> None:
    assert _inner_text(text) == (text in name_particles() or re.fullmatch(_INITIAL.pattern, text) is not None)


def plain_may_find(doc: Doc, start: int, end: int, org_starts: list[int]) -> bool:
    """`may_find` as round 5 wrote it: titles and honorifics first, the cue by a regex search, the
    link before every organisation start in reach tested anew."""
    text = doc.text
    if role_matcher().find_span(doc, start, end) or _honorific_pattern().search(text, start, end):
        return True
    if not (
        _MAY_PAIR_FAST.search(text, start, end)
        or _PAIR_AT.match(text, start, end)
        or _ADJACENT.search(text, start, end)
    ):
        return False
    if _cue_pattern().search(doc_lowered(doc), start, end + _SPEECH_REACH):
        return True
    return any(org_linked_before(text, s) for s in org_starts if start < s <= end + _LINK_REACH)


def test_may_find_answers_as_the_plain_order_on_the_example_corpus(extractor: Extractor) -> None:
    answers = set()
    for text in example_texts():
        doc = prepared(extractor, text)
        starts = org_starts(doc)
        for start, end in doc.sentences:
            expected = plain_may_find(doc, start, end, starts)
            assert may_find(doc, start, end, starts) == expected, (start, end)
            answers.add(expected)
    assert answers == {True, False}


MAY_FIND_PIECES = [
    "Ana Ruiz",
    "Ken Sato",
    "said",
    "director",
    "Director",
    "Dr.",
    "of the",
    "from",
    "Japan Science and Technology Agency",
    "University of Tokyo",
    ",",
    ".",
    "the",
    "met",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(MAY_FIND_PIECES), max_size=14))
def test_may_find_answers_as_the_plain_order(extractor: Extractor, words: list[str]) -> None:
    doc = prepared(extractor, " ".join(words) or "x")
    starts = org_starts(doc)
    for start, end in doc.sentences:
        assert may_find(doc, start, end, starts) == plain_may_find(doc, start, end, starts)
