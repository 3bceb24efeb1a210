"""Sentence segmentation: lines and sentence-ending punctuation, aware of abbreviations."""

from __future__ import annotations

import re

from bilat.extract.doc import Doc
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_lines

# A candidate end: ., ! or ? (with closing quotes/brackets), then spaces, then an upper-case
# letter, digit or opening quote. Single newlines end a line-sentence too (lists, headings).
_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"“‘(\[]?[A-Z0-9À-Þ])")
_LINE = re.compile(r"[^\n]+")
MAX_SENTENCE = 2000  # hard cap so that later windows stay bounded


_SEPARATORS = re.compile(r"[-–—/]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, in order, trimmed of spaces."""
    abbreviations = load_lines("abbreviations.txt")
    spans: list[tuple[int, int]] = []
    # The candidate ends of the whole text (they never hold a line break), consumed line by line.
    ends = candidate_ends(text)
    k = 0
    for line in _LINE.finditer(text):
        start, line_end = line.span()
        while k < len(ends) and ends[k][0] < line_end:
            dot, after = ends[k]
            k += 1
            if _is_abbreviation(text, start, dot, abbreviations):
                continue
            _add(spans, text, start, dot + 1)
            start = after
        _add(spans, text, start, line_end)
    return spans


def candidate_ends(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the matches of `_END` in `text`, in order. Each match holds one ".",
    "!" or "?", its first character: `str.find` locates those faster than the regex engine scans
    for them, and the pattern is then tried only there."""
    out = []
    for mark in ".!?":
        at = text.find(mark)
        while at >= 0:
            found = _END.match(text, at)
            if found:
                out.append((at, found.end()))
            at = text.find(mark, at + 1)
    out.sort()
    return out


def _is_abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    window = text[max(start, dot - 30) : dot]
    if not window or window[-1].isspace():  # no word right before the period
        return False
    token = _SEPARATORS.split(window.rsplit(None, 1)[-1].lstrip("(\"'“"))[-1]
    if token in abbreviations or (len(token) == 1 and token.isupper()):
        return True
    return bool(_INITIALS.fullmatch(token))


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        spans.append((start, start + MAX_SENTENCE))
        start += MAX_SENTENCE
    if end > start:
        spans.append((start, end))


@component("sentences")
def make_sentences() -> Component:
    """Split the document into sentences (``doc.sentences``)."""

    def run(doc: Doc) -> None:
        doc.set_sentences(split_sentences(doc.text))

    return run
