"""Fast list matching: many phrases found at once (Aho–Corasick), on word boundaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick_rs


def lower_same_length(text: str) -> str:
    """`text` lower-cased character by character, keeping every offset unchanged."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def is_word_char(char: str) -> bool:
    """True for letters and digits (the characters a word boundary separates)."""
    return char.isalnum()


def on_boundaries(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to a letter or digit on either side."""
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    return not (end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1]))


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text."""

    start: int
    end: int
    key: str


class PhraseMatcher:
    """Finds phrases (each mapped to a key) on word boundaries; longest leftmost match wins.

    Phrases in `folded` match whatever their case; phrases in `exact` only as written.
    """

    def __init__(self, folded: Iterable[tuple[str, str]] = (), exact: Iterable[tuple[str, str]] = ()) -> None:
        self._folded = self._build([(p.lower(), k) for p, k in folded if p])
        self._exact = self._build([(p, k) for p, k in exact if p])

    @staticmethod
    def _build(pairs: list[tuple[str, str]]) -> tuple[ahocorasick_rs.AhoCorasick | None, list[str]]:
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
        hits: list[Hit] = []
        automaton, keys = self._folded
        if automaton is not None:
            haystack = lowered if lowered is not None else lower_same_length(text)
            hits += self._hits(automaton, keys, haystack, text)
        automaton, keys = self._exact
        if automaton is not None:
            hits += self._hits(automaton, keys, text, text)
        hits.sort(key=lambda h: (h.start, -h.end))
        return _drop_overlaps(hits)

    @staticmethod
    def _hits(automaton: ahocorasick_rs.AhoCorasick, keys: list[str], haystack: str, text: str) -> list[Hit]:
        found = automaton.find_matches_as_indexes(haystack, overlapping=True)
        return [Hit(s, e, keys[i]) for i, s, e in found if on_boundaries(text, s, e)]


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out
