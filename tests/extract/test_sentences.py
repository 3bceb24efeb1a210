"""Sentence splitting: the one-scan splitter gives the spans of the plain line-by-line method."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.sentences import (
    _END,
    MAX_SENTENCE,
    candidate_ends,
    column_gaps,
    logical_lines,
    split_sentences,
    wrap_width,
)
from bilat.extract.resources import load_lines


def plain_split(text: str) -> list[tuple[int, int]]:
    """The obvious method: each (logical) line searched for sentence ends on its own, with the gaps
    between side-by-side columns (`column_gaps`, tested in test_layout_probes_s16l.py) as ends too."""
    abbreviations = load_lines("abbreviations.txt")
    gaps = column_gaps(text)
    spans: list[tuple[int, int]] = []
    for line_start, line_end in logical_lines(text):
        start = line_start
        ends = [(end.start(), end.end()) for end in _END.finditer(text, line_start, line_end)]
        ends += [gap for gap in gaps if line_start <= gap[0] < line_end]
        for dot, after in sorted(ends):
            if not abbreviation(text, start, dot, abbreviations):
                add(spans, text, start, dot + 1)
                start = after
        add(spans, text, start, line_end)
    return spans


def abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    """A period after a known abbreviation, an initial or dotted initials."""
    if text[dot] != ".":
        return False
    word = re.search(r"(\S+)$", text[max(start, dot - 30) : dot])
    if not word:
        return False
    token = re.split(r"[-–—/]", word.group(1).lstrip("(\"'“*_"))[-1]
    if token in abbreviations or (len(token) == 1 and token.isupper()):
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token))


def add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append text[start:end] trimmed, in pieces of at most MAX_SENTENCE characters."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        spans.append((start, start + MAX_SENTENCE))
        start += MAX_SENTENCE
    if end > start:
        spans.append((start, end))


def test_abbreviations_initials_and_lines() -> None:
    text = "  Dr. Lee met J. Smith of the U.S. side.  They agreed!\n\n(Next) line?  \r\nThe end"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Dr. Lee met J. Smith of the U.S. side.", "They agreed!", "(Next) line?", "The end"]


def test_markdown_emphasis_around_abbreviations_and_sentence_starts() -> None:
    text = "On 2 July the Ambassador **H.E. Mr. Ito Ken** led it. **Dr. Lee** spoke. _Prof. Berg_ closed."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "On 2 July the Ambassador **H.E. Mr. Ito Ken** led it.",
        "**Dr. Lee** spoke.",
        "_Prof. Berg_ closed.",
    ]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            ["Dr.", "U.S.", "J.", "etc.", "met", "Lee", " ", "  ", "\n", "\t", ". ", "! ", '." ', "(A", "3",
             "**"]
        ),
        max_size=40,
    )
)
def test_same_spans_as_the_plain_method(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_sentences(text) == plain_split(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([".", "!", "?", "?!", "”", ")", "]", " ", "\t", "\n", "A", "a", "(", "“", "3", "É"]),
        max_size=30,
    )
)
def test_candidate_ends_are_the_matches_of_the_end_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert candidate_ends(text) == [(m.start(), m.end()) for m in _END.finditer(text)]


# Prose hard-wrapped at 60 columns (`textwrap`, as plain-text newsletters and e-mails are written),
# then a contact block and a list whose lines are broken on purpose.
PARAGRAPH = (
    "The two ministries agreed to open a joint call for research on coastal resilience and marine "
    "biodiversity, run by the National Research Agency of Chile together with the Portuguese "
    "Foundation for Science and Technology (FCT) from 1 March 2026. The meeting was opened by the "
    "Minister of Science and Technology, Ana Maria Soto Valdivia, who called the call a first step."
)
WRAPPED = (
    textwrap.fill(PARAGRAPH, width=60)
    + "\n\nContact\nEmbassy of Chile in Lisbon\nAvenida Miguel Bombarda 5, Lisbon\n"
    + "- coastal resilience and marine biodiversity research projects\n"
    + "- exchanges of doctoral students\n"
)


def test_hard_wrapped_lines_are_joined() -> None:
    sentences = [" ".join(WRAPPED[s:e].split()) for s, e in split_sentences(WRAPPED)]
    # the paragraph's two sentences, whole again: no name is cut by the wrap
    assert sentences[:2] == [
        PARAGRAPH[: PARAGRAPH.index(" The meeting")],
        PARAGRAPH[PARAGRAPH.index("The meeting") :],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Contact",  # a short line: deliberate break
        "Embassy of Chile in Lisbon",  # the next line's first word would have fitted: deliberate
        "- coastal resilience and marine biodiversity research projects",  # list items stay apart
        "- exchanges of doctoral students",
    ],
)
def test_deliberate_line_breaks_still_end_a_sentence(line: str) -> None:
    assert line in [WRAPPED[s:e] for s, e in split_sentences(WRAPPED)]


def test_a_line_that_ends_a_sentence_is_not_joined() -> None:
    text = WRAPPED.replace("2026. The meeting", "2026.\nThe meeting")
    assert any(text[s:e].startswith("The meeting") for s, e in split_sentences(text))


def test_unwrapped_paragraphs_are_left_as_lines() -> None:
    text = ("A paragraph written as one long line, as web pages and most press releases are. " * 3 + "\n") * 5
    assert wrap_width([(0, len(text))]) is None
    assert logical_lines(text) == [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def test_a_line_cut_short_before_a_lower_case_word_is_joined() -> None:
    # an uneven wrap (edited by hand): "on" would have fitted, but the sentence plainly carries on
    text = WRAPPED + "\nThe new text was signed in Santiago\non 13 October 2026 by both ministers.\n"
    sentences = [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    assert "The new text was signed in Santiago on 13 October 2026 by both ministers." in sentences


def test_a_sentence_cut_before_a_lower_case_word_is_joined_in_unwrapped_text_too() -> None:
    # one paragraph per line (no wrap width), with one sentence cut by a stray line break
    long_line = "A paragraph written as one long line, as web pages and most press releases are. " * 3
    text = f"{long_line}\nThe new text was signed in Santiago\non 13 October 2026 by both ministers.\n"
    sentences = [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    assert "The new text was signed in Santiago on 13 October 2026 by both ministers." in sentences


def test_fields_of_front_matter_stay_apart() -> None:
    text = "title: Two ministries sign a plan\ndate: 2025-08-26\nsource: a ministry news page\n"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "title: Two ministries sign a plan",
        "date: 2025-08-26",
        "source: a ministry news page",
    ]


@pytest.mark.parametrize(
    ("cut_line", "next_word"),
    [
        ("statement released that afternoon, the two delegations met in New", "Delhi"),
        ("statement released on Friday, the memorandum will be signed on", "Monday"),
        ("statement released afterwards, grants are run by the Council of", "Norway"),
    ],
)
def test_a_full_line_that_ends_no_sentence_is_joined_to_the_next(cut_line: str, next_word: str) -> None:
    # hand-wrapped at about 75 characters: the cut line is a few characters short of the width, so
    # the next word would have fitted on it, but a line that full and ending no sentence was cut
    lines = [
        "Officials from both countries reviewed the joint programme this week and",
        "agreed to widen it to water, energy and health research, according to a",
        cut_line,
        f"{next_word} to settle the details of the new funding rounds over the next",
        "months, with the first awards expected early in the coming year as well.",
    ]
    text = "\n".join(lines) + "\n"
    width = wrap_width([m.span() for m in re.finditer(r"[^\n]+", text)])
    assert width is not None and len(cut_line) + 1 + len(next_word) <= width
    sentences = [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    assert any(f"{cut_line} {next_word} to settle" in sentence for sentence in sentences), sentences
