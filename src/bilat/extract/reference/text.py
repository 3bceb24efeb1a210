"""Text helpers shared by the gazetteers: length-preserving normalisation and word-bounded scans."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

import ahocorasick_rs

# Every dash and hyphen variant is scanned as "-", every apostrophe as "'" (one character for one).
_FOLD = str.maketrans(
    {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
    | {c: "'" for c in "\u2018\u2019\u02bc\u2032\uff07"}
    | {"\u00a0": " ", "\u202f": " ", "\u2009": " "}
)
_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")


_FOLD_PAIRS = [(chr(code), str(folded)) for code, folded in _FOLD.items()]


def fold_marks(text: str) -> str:
    """Return `text` with dashes, apostrophes and odd spaces unified; the length never changes."""
    if text.isascii():
        return text
    for char, folded in _FOLD_PAIRS:  # a few fast scans beat one translate() with a mapping
        if char in text:
            text = text.replace(char, folded)
    return text


def normalize_key(name: str) -> str:
    """A comparison key for a name: case, accents, punctuation and a leading "the" ignored."""
    if name.isascii():  # (marks, NFKD and accents change no ASCII text: most names, cheaply)
        text = name.lower().replace("&", " and ")
    else:
        text = unicodedata.normalize("NFKD", fold_marks(name))
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def is_word_char(char: str) -> bool:
    """True for letters and digits that continue a word (not those of scripts written without
    spaces, such as Japanese, where any character may start a name)."""
    return char.isalnum() and not _UNSPACED.match(char)


def bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] neither starts nor ends inside a word."""
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    return not (end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1]))


class Hit(NamedTuple):
    """A raw gazetteer hit: pattern number and character span (a named tuple: scans make many)."""

    pattern: int
    start: int
    end: int


def build_automaton(patterns: Sequence[str]) -> ahocorasick_rs.AhoCorasick:
    """Build an Aho-Corasick automaton reporting overlapping matches over `patterns`."""
    return ahocorasick_rs.AhoCorasick(list(patterns), matchkind=ahocorasick_rs.MatchKind.Standard)


def scan(automaton: ahocorasick_rs.AhoCorasick, haystack: str, original: str) -> list[Hit]:
    """All word-bounded matches of `automaton` in `haystack` (boundaries judged on `original`)."""
    found = automaton.find_matches_as_indexes(haystack, overlapping=True)
    size = len(original)
    word = is_word_char
    return [
        Hit(pattern, start, end)
        for pattern, start, end in found  # isalnum() first: a cheap test that most neighbours fail
        if not (
            start > 0
            and original[start - 1].isalnum()
            and word(original[start - 1])
            and word(original[start])
        )
        and not (end < size and original[end].isalnum() and word(original[end]) and word(original[end - 1]))
    ]


_start = attrgetter("start")


def longest_first(hits: Iterable[Hit], length: int) -> list[Hit]:
    """Keep the longest hits that overlap no longer (or earlier equal) hit, in text order.

    `length` is the length of the scanned text; the cost is linear in the total length of the hits.
    Hits that overlap no other (the usual case) are all kept: they only need sorting.
    """
    ordered = sorted(hits, key=_start)
    if all(hit.end <= after.start for hit, after in pairwise(ordered)):
        return ordered
    taken = bytearray(length + 1)
    chosen: list[Hit] = []
    for hit in sorted(ordered, key=lambda h: (h.start - h.end, h.start)):
        if any(taken[hit.start : hit.end]):
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)
