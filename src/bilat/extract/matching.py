"""Fast list matching: many phrases found at once (Aho–Corasick), on word boundaries.

`PhraseMatcher.find` scans one text; `PhraseMatcher.find_span` answers for a span of a Doc from
one scan of the whole text (cached on the Doc), so that components asking sentence by sentence
do not re-scan.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick_rs

if TYPE_CHECKING:
    from bilat.extract.doc import Doc

# str.lower() depends on context only for the capital sigma (final "ς" or "σ"): a text with one
# is scanned span by span, exactly as `find` would see the span.
_CONTEXTUAL_LOWER = "Σ"


def lower_same_length(text: str) -> str:
    """`text` lower-cased character by character, keeping every offset unchanged."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def doc_lowered(doc: Doc) -> str:
    """`lower_same_length(doc.text)`, computed once per Doc."""
    found: str | None = doc.data.get("_lowered")
    if found is None:
        found = doc.data["_lowered"] = lower_same_length(doc.text)
    return found


# Under re.IGNORECASE "i" also matches "İ" and "ı", and "s" matches "ſ": characters that
# `lower_same_length` keeps. No other character differs (tests/extract/test_matching.py).
_IGNORECASE_ALIASES = {"İ": "i", "ı": "i", "ſ": "s"}
_ALIAS_TABLE = str.maketrans(_IGNORECASE_ALIASES)


def folded_text(text: str) -> str:
    """`text` as a case-insensitive regex sees it: lower-cased (same offsets), with the letters
    that re.IGNORECASE equates to "i" or "s" replaced by them."""
    return _unalias(lower_same_length(text))


def doc_folded(doc: Doc) -> str:
    """`folded_text(doc.text)`, computed once per Doc."""
    found: str | None = doc.data.get("_folded")
    if found is None:
        found = doc.data["_folded"] = _unalias(doc_lowered(doc))
    return found


def _unalias(lowered: str) -> str:
    if any(alias in lowered for alias in _IGNORECASE_ALIASES):
        return lowered.translate(_ALIAS_TABLE)
    return lowered


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """A regex that finds in `folded_text(text)` exactly what `re.compile(pattern, re.IGNORECASE)`
    finds in `text`, at the same offsets, and faster: case-insensitive alternations defeat the
    regex engine's literal scanning.

    `pattern` must be ASCII and written in lower case."""
    if not pattern.isascii() or pattern != pattern.lower():
        raise ValueError(f"folded_pattern needs an ASCII lower-case pattern: {pattern!r}")
    return re.compile(pattern)


def finditer_from(starts: re.Pattern[str], pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of `pattern.finditer(text)` (never empty), for a pattern whose every match starts
    where `starts` matches (its opening words without the look-behind before them): `pattern` is
    tried only there. A pattern that opens with a look-behind is otherwise tried at every position,
    while `starts`, plain words, lets the regex engine skip ahead to their first letters."""
    out: list[re.Match[str]] = []
    position = 0
    while (start := starts.search(text, position)) is not None:
        found = pattern.match(text, start.start())
        if found is None:
            position = start.start() + 1
        else:
            out.append(found)
            position = max(found.end(), start.start() + 1)
    return out


def is_word_char(char: str) -> bool:
    """True for letters and digits (the characters a word boundary separates)."""
    return char.isalnum()


class Hit(NamedTuple):
    """One phrase found in a text."""

    start: int
    end: int
    key: str


_start = itemgetter(0)
_end = itemgetter(1)
_new_tuple = tuple.__new__


class _Scan(NamedTuple):
    """Every match in a whole text (overlaps kept), sorted, with its boundary flags."""

    hits: list[Hit]
    starts: list[int]
    glued_left: list[bool]
    glued_right: list[bool]


_SERIALS = itertools.count()
_Automaton = tuple[ahocorasick_rs.AhoCorasick | None, list[str]]


class PhraseMatcher:
    """Finds phrases (each mapped to a key) on word boundaries; longest leftmost match wins.

    Phrases in `folded` match whatever their case; phrases in `exact` only as written.
    """

    def __init__(
        self,
        folded: Iterable[tuple[str, str]] = (),
        exact: Iterable[tuple[str, str]] = (),
        *,
        across_lines: bool = False,
    ) -> None:
        """With `across_lines`, a phrase's space also matches the break of a hard-wrapped line
        (spaces around it allowed; a blank line does not): "Chief\nRepresentative"."""
        self._serial = next(_SERIALS)  # names this matcher's scans in Doc.data (kept picklable)
        self._across_lines = across_lines
        self._folded = self._build([(p.lower(), k) for p, k in folded if p])
        self._exact = self._build([(p, k) for p, k in exact if p])

    @staticmethod
    def _build(pairs: list[tuple[str, str]]) -> _Automaton:
        keys: dict[str, str] = {}
        for phrase, key in pairs:
            keys.setdefault(phrase, key)
        if not keys:
            return None, []
        phrases = list(keys)
        automaton = ahocorasick_rs.AhoCorasick(phrases, matchkind=ahocorasick_rs.MatchKind.Standard)
        return automaton, [keys[p] for p in phrases]

    def find(self, text: str, lowered: str | None = None) -> list[Hit]:
        """Every match in `text` (`lowered` may pass a precomputed same-length lower-case copy)."""
        hits = self._raw(text, lowered)
        size = len(text)
        return _drop_overlaps(
            [
                hit
                for hit in hits
                if not (hit[0] and text[hit[0] - 1].isalnum() and text[hit[0]].isalnum())
                and not (hit[1] < size and text[hit[1]].isalnum() and text[hit[1] - 1].isalnum())
            ]
        )

    def find_span(self, doc: Doc, start: int, end: int) -> list[Hit]:
        """The matches of `find(doc.text[start:end])`, with offsets into `doc.text`.

        The span's edges count as word boundaries, as they do for the cut-out text."""
        scan = self._scan(doc)
        if scan is None:
            return [Hit(start + h.start, start + h.end, h.key) for h in self.find(doc.text[start:end])]
        starts = scan.starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        out: list[Hit] = []
        last_end = -1
        for i in range(lo, hi):
            hit = scan.hits[i]
            s, e = hit.start, hit.end
            if e > end or s < last_end:
                continue
            if (scan.glued_left[i] and s != start) or (scan.glued_right[i] and e != end):
                continue
            out.append(hit)
            last_end = e
        return out

    def _raw(self, text: str, lowered: str | None) -> list[Hit]:
        """All matches, overlaps included, sorted by start (longest first)."""
        if self._across_lines and "\n" in text:
            return _across_lines(self, text, lowered)
        return self._raw_plain(text, lowered)

    def _raw_plain(self, text: str, lowered: str | None) -> list[Hit]:
        hits: list[Hit] = []
        automaton, keys = self._folded
        if automaton is not None:
            haystack = lowered if lowered is not None else lower_same_length(text)
            hits += _hits(automaton, keys, haystack)
        automaton, keys = self._exact
        if automaton is not None:
            hits += _hits(automaton, keys, text)
        # By start, longer first, else in found order: two stable C-level sorts.
        hits.sort(key=_end, reverse=True)
        hits.sort(key=_start)
        return hits

    def _scan(self, doc: Doc) -> _Scan | None:
        """The scan of the whole document, made once per Doc and matcher (None when the text
        must be scanned span by span)."""
        scans: dict[int, _Scan | None] = doc.data.setdefault("_phrase_scans", {})
        if self._serial in scans:
            return scans[self._serial]
        if _CONTEXTUAL_LOWER in doc.text:
            scan = scans[self._serial] = None
        else:
            text = doc.text
            hits = self._raw(text, doc_lowered(doc) if self._folded[0] is not None else None)
            size = len(text)
            scan = scans[self._serial] = _Scan(
                hits,
                [h.start for h in hits],
                [h.start > 0 and text[h.start - 1].isalnum() and text[h.start].isalnum() for h in hits],
                [h.end < size and text[h.end].isalnum() and text[h.end - 1].isalnum() for h in hits],
            )
        return scan


def _hits(automaton: ahocorasick_rs.AhoCorasick, keys: list[str], haystack: str) -> list[Hit]:
    found = automaton.find_matches_as_indexes(haystack, overlapping=True)
    return [_new_tuple(Hit, (s, e, keys[i])) for i, s, e in found]


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


# A run of spaces with one line break in it (a blank line is no wrap): read as one space.
_WRAP = re.compile(r"(?<!\s)[ \t]*\n[ \t]*(?!\s)")


def _across_lines(matcher: PhraseMatcher, text: str, lowered: str | None) -> list[Hit]:
    """`matcher._raw(text, lowered)` with each wrapped line break read as a space: the text is
    scanned with each such run made one space, and the offsets moved back."""
    pieces: list[str] = []
    joints: list[int] = []  # the offset of each joining space in the joined text
    shifts: list[int] = [0]  # characters dropped before the text after each joint
    position = dropped = 0
    for run in _WRAP.finditer(text):
        pieces.append(text[position : run.start()])
        joints.append(run.start() - dropped)
        pieces.append(" ")
        dropped += run.end() - run.start() - 1
        shifts.append(dropped)
        position = run.end()
    if not joints:
        return matcher._raw_plain(text, lowered)
    pieces.append(text[position:])
    joined = "".join(pieces)
    hits = matcher._raw_plain(joined, None)
    return [
        _new_tuple(
            Hit,
            (
                h.start + shifts[bisect.bisect_right(joints, h.start)],
                h.end + shifts[bisect.bisect_left(joints, h.end)],
                h.key,
            ),
        )
        for h in hits
    ]
