"""The extraction engine's own reference data (topic cues, instrument and event types, role titles,
organisation head words, abbreviations, time zones), read once from ``extract/data``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ahocorasick_rs
import yaml

from bilat.errors import ConfigError
from bilat.extract.yamlload import safe_load

DATA_DIR = Path(__file__).with_name("data")


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of `phrases`, in their order, each word escaped and any run of space
    allowed between words ("take place" matches "take  place" and a line break)."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


def alternatives_longest_first(phrases: Iterable[object]) -> str:
    """`alternatives` of `phrases` (each as text, once), the longest first (so that a phrase is never
    cut short by another that begins it), ties in alphabetical order."""
    return alternatives(sorted({str(phrase) for phrase in phrases}, key=lambda text: (-len(text), text)))


# The non-ASCII characters that Python's case-insensitive matching takes for ASCII letters (the
# re module's documentation names these four); str.lower() does not map them onto those letters.
_CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")


class WordPretest:
    """A cheap test that never says no where a case-insensitive `alternatives(phrases)` pattern can
    match: whether the text, lowercased, holds the longest word of some phrase. Every word of a phrase
    is matched literally, so a match needs that word in the text; a phrase word that holds another
    phrase's key word is covered by that key. With a non-ASCII phrase word, or a text holding one of
    the characters that match an ASCII letter without lowercasing to it, the test always says yes."""

    def __init__(self, phrases: Iterable[str]) -> None:
        words = {max(phrase.lower().split(), key=len) for phrase in phrases if phrase.split()}
        self.keys = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
        exact = bool(self.keys) and all(word.isascii() for word in words)
        self._automaton = ahocorasick_rs.AhoCorasick(list(self.keys)) if exact else None

    def __call__(self, text: str) -> bool:
        if self._automaton is None:
            return True
        if self._automaton.find_matches_as_indexes(text.lower()):
            return True  # (some key is in the text: a search reports at least one)
        return not text.isascii() and not _CASE_ODD.isdisjoint(text)


class LiteralGate:
    """Whether a text holds one of some strings, as written (one Aho–Corasick scan, cheaper than a
    test per string once there are more than a few): a quick test before a pattern whose every
    match holds one of them. Never true without strings."""

    def __init__(self, strings: Iterable[str]) -> None:
        keys = sorted({s for s in strings if s})
        self._automaton = ahocorasick_rs.AhoCorasick(keys) if keys else None

    def __call__(self, text: str) -> bool:
        return self._automaton is not None and bool(self._automaton.find_matches_as_indexes(text))


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of `words` as written, each escaped, the longest first (so that a word
    is never cut short by another that begins it), ties in alphabetical order."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


@functools.cache
def yaml_alternation(name: str, key: str) -> re.Pattern[str]:
    """One case-insensitive regex made of the patterns listed under `key` in ``extract/data/<name>``
    (a pattern that never matches when the list is empty)."""
    patterns = load_yaml(name).get(key, [])
    return re.compile("|".join(patterns) or r"(?!)", re.IGNORECASE)


@functools.cache
def load_yaml(name: str) -> dict[str, Any]:
    """The mapping in ``extract/data/<name>`` (cached)."""
    path = DATA_DIR / name
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read reference data ({exc})", source=str(path)) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping", source=str(path))
    return data


@functools.cache
def yaml_words(name: str, key: str, *, lower: bool = False) -> frozenset[str]:
    """The words listed under `key` in ``extract/data/<name>``, as text (`lower`: in lower case),
    empty when the key is absent (cached)."""
    words = (str(word) for word in load_yaml(name).get(key) or [])
    return frozenset(word.lower() for word in words) if lower else frozenset(words)


@functools.cache
def load_lines(name: str) -> frozenset[str]:
    """The non-comment lines of ``extract/data/<name>`` (cached)."""
    path = DATA_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read reference data ({exc})", source=str(path)) from exc
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
