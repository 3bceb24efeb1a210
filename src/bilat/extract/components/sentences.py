"""Sentence segmentation: lines and sentence-ending punctuation, aware of abbreviations."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import pairwise

from bilat.extract import resources
from bilat.extract.doc import Doc
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_lines

# A candidate end: ., ! or ? (with closing quotes/brackets), then spaces, then an upper-case
# letter, digit or opening quote. Single newlines end a line-sentence too (lists, headings).
# (a sentence may open with Markdown emphasis: "It ended. **Dr. Lee** spoke next.")
_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=(?:\*\*?|__?)?[\"“‘(\[]?[A-Z0-9À-Þ])")
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
    if "   " in text:
        gaps = column_gaps(text)
        if gaps:
            ends = sorted([*ends, *gaps])
    k = 0
    for start, line_end in logical_lines(text):
        while k < len(ends) and ends[k][0] < line_end:
            dot, after = ends[k]
            k += 1
            if _is_abbreviation(text, start, dot, abbreviations):
                continue
            _add(spans, text, start, dot + 1)
            start = after
        _add(spans, text, start, line_end)
    return spans


# A line that a hard wrap did not cut: it ends a sentence, or the next one starts a list item,
# a heading, a table row or a field ("date: 2025-08-26", as in front matter).
_CLOSED_LINE = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")
# (a capitalised label too when its value is set off by a tab or wide spaces: "Co-chair:     Dr Lee")
_OPENS_BLOCK = re.compile(
    r"\s*(?:[-*•–—#>|]|\d{1,3}[.)]\s|\(?[a-z]\)\s|[a-z][\w -]{0,24}:\s|[A-Z][\w -]{0,24}:(?:\t|[ ]{2,})\S)"
)
_FIRST_WORD = re.compile(r"\s*\S+")
# A line cut before an acronym in brackets that a sentence carries on from ("... Research Fund" /
# "(NRF), NAME, and ..."), or before a number or a dated month after a word no sentence ends with
# ("... signed in" / "2010, whose renewal ...", "... renewed in" / "May 2021 by"): joined to the next
# in any text, wrapped or not.
_WORD_AT_END = re.compile(r"[\w,’'-][ \t]*$")
_OPENS_WITH_ACRONYM = re.compile(r"[ \t]*\([A-Z][\w&.-]*\)(?:,|[ \t]+[a-z])")
_RUNS_ON = re.compile(r"(?i)\b(?:on|in|of|at|since|from|dated|signed|concluded|adopted)[ \t*_]*$")
_OPENS_WITH_NUMBER = re.compile(
    r"[ \t]*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)"
)
# A line that ends on a word that joins two others ("Germany and" / "Japan signed ..."): cut inside
# a sentence, in any text, wrapped or not.
_ENDS_ON_JOINER = re.compile(r"(?<![\w’'-])(?:and|or|between|of|the)[ \t]*$")
# A line of hard-wrapped prose that ends on a comma was cut inside its sentence, however short.
_ENDS_ON_COMMA = re.compile(r",[ \t]*$")
WRAP_WIDTHS = (40, 120)  # line widths that hard-wrapped prose uses (72 in e-mail, up to about 110 elsewhere)
FULL_LINE = 0.85  # share of the wrap width from which a line counts as full


def wrap_width(lines: list[tuple[int, int]]) -> int | None:
    """The width at which the text was hard-wrapped, or None when its lines are not wrapped: the
    80th percentile of the lengths of its lines of 30 characters or more, when there are at least
    four such lines and it lies within WRAP_WIDTHS (unwrapped paragraphs are one long line)."""
    lengths = sorted(end - start for start, end in lines if end - start >= 30)
    if len(lengths) < 4:
        return None
    width = lengths[(len(lengths) * 4) // 5 - 1] if len(lengths) >= 5 else lengths[-1]
    return width if WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] else None


def logical_lines(text: str) -> list[tuple[int, int]]:
    """The lines of `text`, with the lines of cut sentences joined: a line is joined to the next
    when the next line starts in lower case, with an acronym in brackets after a word, or with a
    number after a word no sentence ends with ("in", "on", "dated"), or, in hard-wrapped text, when
    the line is full or the next line's first word would not have fitted on it (the classic reflow
    test); never when the line ends a sentence or the next opens a list item, heading or table row."""
    lines = [m.span() for m in _LINE.finditer(text)]
    width = wrap_width(lines)
    entries = entry_starts(text, lines)
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out and start not in entries and _continues(text, out[-1], (start, end), width):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# An indented entry list: lines at one indentation that each open an entry (a name, an honorific,
# a capitalised item, a number), with any hanging continuation lines indented deeper. A line ending
# in a comma, a dash or a short lower-case word ("and", "of", "the") was cut inside a sentence.
_CUT_END = re.compile(r"(?:[,&/–—-]|(?<![\w’'])[a-z]{1,3})$")
_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,3}[.)])[ \t]+")


def entry_starts(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The starts of the lines that open a new entry of an indented entry list: a run of adjacent
    lines indented at least as far as its first (indented) line, where the lines at that first
    indentation, two or more, all start with an upper-case letter or a digit, and the run does not
    carry on the text of a list item opened just above it at that same column. Such a line opens an
    entry unless the line above it ends cut (`_CUT_END`); deeper lines stay hanging continuations.
    Wrapped prose, indented or not, starts some of its lines in lower case."""
    indents = [_indent(text, start, end) for start, end in lines]
    starts: set[int] = set()
    i = 0
    while i < len(lines):
        depth = indents[i]
        if depth <= 0:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and indents[j] >= depth and text.count("\n", lines[j - 1][1], lines[j][0]) == 1:
            j += 1
        heads = [k for k in range(i, j) if indents[k] == depth]
        opens = len(heads) >= 2 and all(_opens_entry(text[lines[k][0] + depth]) for k in heads)
        if opens and not _carries_item(text, lines, i, depth):
            starts.update(lines[k][0] for k in heads[1:] if not _ends_cut(text, *lines[k - 1]))
        i = j
    return starts


def _indent(text: str, start: int, end: int) -> int:
    """The indentation of the line, or -1 for a line of spaces only."""
    at = start
    while at < end and text[at] in " \t":
        at += 1
    return at - start if at < end else -1


def _ends_cut(text: str, start: int, end: int) -> bool:
    while end > start and text[end - 1] in " \t":
        end -= 1
    return _CUT_END.search(text, max(start, end - 4), end) is not None


def _opens_entry(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _carries_item(text: str, lines: list[tuple[int, int]], first: int, depth: int) -> bool:
    """Whether the run of lines from `first` hangs under a list item ("- ", "1. ") on the line above
    it whose text starts at column `depth`."""
    if first == 0 or text.count("\n", lines[first - 1][1], lines[first][0]) != 1:
        return False
    marker = _ITEM_MARKER.match(text, *lines[first - 1])
    return marker is not None and marker.end() - lines[first - 1][0] == depth


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int], width: int | None) -> bool:
    last_start = text.rfind("\n", previous[0], previous[1]) + 1 or previous[0]
    if text.count("\n", previous[1], line[0]) != 1:  # a blank line between: a new paragraph
        return False
    if _CLOSED_LINE.search(text, last_start, previous[1]) or _OPENS_BLOCK.match(text, line[0]):
        return False
    first = _FIRST_WORD.match(text, line[0])
    if first is None:
        return False
    if first.group().lstrip()[:1].islower():  # the sentence carries on, wherever it was cut
        return True
    if _OPENS_WITH_ACRONYM.match(text, line[0]) and _WORD_AT_END.search(text, last_start, previous[1]):
        return True
    if _OPENS_WITH_NUMBER.match(text, line[0]) and _RUNS_ON.search(text, last_start, previous[1]):
        return True
    if _ENDS_ON_JOINER.search(text, max(last_start, previous[1] - 12), previous[1]):
        return True
    if width is None:
        return False
    if _cut_before_name(text, last_start, previous[1], line[0]):
        return True
    if _ENDS_ON_COMMA.search(text, max(last_start, previous[1] - 4), previous[1]):
        return True  # wrapped prose cut after a comma: "... and Korea's Minister of X," / "Jane Doe, signed"
    last = previous[1] - last_start
    # A full line that ends no sentence was cut by the wrap, even where the next word would have
    # fitted: hand-wrapped and re-flowed text does not fill every line to the same width.
    return last >= FULL_LINE * width or last + 1 + (first.end() - line[0]) > width


def _cut_before_name(text: str, last_start: int, end: int, next_start: int) -> bool:
    """Whether a wrapped line ends on the title that the name opening the next line bears
    ("... will be opened by Ambassador" / "Jane Doe, who ..."): a title word after other words
    of the line, and two capitalised words after it. A line holding only a title (a signature
    block's "Ambassador" under a name) is left alone."""
    title = _title_at_end().search(text, last_start, end)
    if title is None or not text[last_start : title.start()].strip():
        return False
    return _NAME_START.match(text, next_start) is not None


_NAME_START = re.compile(r"[ \t]*[A-Z][\w'’.-]*[ \t]+[A-Z][\w'’-]")


@functools.cache
def _title_at_end() -> re.Pattern[str]:
    """A role title's last word ("Minister", "Ambassador") ending a line."""
    words = {str(title).split()[-1] for title in resources.load_yaml("roles.yaml")["titles"]}
    words = {word for word in words if word[:1].isupper()}
    return re.compile(rf"(?<![\w-])(?:{resources.longest_first(words)})[ \t]*$")


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


# A gap of three spaces or more between two words of a line: a column's edge when the lines
# around it have theirs at the same place (the next column may open with a bracket: "(signed)").
_COLUMN_GAP = re.compile(r"(?<=[^\W_]|\))[ ]{3,}(?=[^\W\d_(]|\()")
_COLUMN_SLACK = 2  # characters by which the gaps of two lines of the same columns may be apart


@functools.lru_cache(maxsize=2)  # (the sentence splitter and `line_pairs` ask for one text's gaps)
def column_gaps(text: str) -> tuple[tuple[int, int], ...]:
    """The gaps between two columns set side by side in plain text (signature blocks: "For the
    Spanish delegation      For the Moroccan delegation" over "Carmen Ruiz      Hicham Ouazzani"),
    as (the last character before the gap, the first one after it): a line with one gap only, whose
    line before or after has its one gap where the second column starts too. Each column's part of
    the line is a sentence of its own, so two names side by side do not read as one. Tables of
    several columns (more than one gap a line) and a label with its value ("Date:      18 May",
    "2023/2/3   24th meeting") are left whole."""
    by_line: dict[int, list[re.Match[str]]] = {}
    for gap in _COLUMN_GAP.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, gap.start()) + 1, []).append(gap)
    columns = {}  # line start -> (column where the second column starts, the gap)
    for line_start, found in by_line.items():
        if len(found) == 1:
            line_end = text.find("\n", found[0].end())
            if _COLUMN_GAP.search(text, found[0].end(), line_end if line_end >= 0 else len(text)) is None:
                columns[line_start] = (found[0].end() - line_start, found[0])
    out = []
    for line_start, (column, gap) in columns.items():
        previous = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
        following = text.find("\n", gap.end()) + 1
        neighbours = [columns.get(previous), columns.get(following) if following > 0 else None]
        if any(other and abs(other[0] - column) <= _COLUMN_SLACK for other in neighbours):
            out.append((gap.start() - 1, gap.end()))
    return tuple(out)


def line_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each line of `text` with the line under it, as (start, end) spans: a line of two columns
    side by side (`column_gaps`) counts as two lines, each over its own column's part of the next
    line (a signature block's name over that person's title), not over the whole next line."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    gaps = column_gaps(text) if "   " in text else ()
    if not gaps:
        return list(pairwise(lines))
    cut = {bisect.bisect_right(lines, (before, len(text))) - 1: (before + 1, after) for before, after in gaps}
    rows = [[(a, cut[n][0]), (cut[n][1], b)] if n in cut else [(a, b)] for n, (a, b) in enumerate(lines)]
    pairs = []
    for row, below in pairwise(rows):
        for index, part in enumerate(row):
            pairs.append((part, below[index] if len(below) == len(row) else below[0]))
    return pairs


def _is_abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    if text[dot] != ".":
        return False
    window = text[max(start, dot - 30) : dot]
    if not window or window[-1].isspace():  # no word right before the period
        return False
    token = _SEPARATORS.split(window.rsplit(None, 1)[-1].lstrip("(\"'“*_"))[-1]  # (Markdown emphasis)
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
