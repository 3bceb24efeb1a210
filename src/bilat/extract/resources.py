"""The extraction engine's own reference data (topic cues, instrument and event types, role titles,
organisation head words, abbreviations, time zones), read once from ``extract/data``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bilat.errors import ConfigError
from bilat.extract.yamlload import safe_load

DATA_DIR = Path(__file__).with_name("data")


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of `phrases`, in their order, each word escaped and any run of space
    allowed between words ("take place" matches "take  place" and a line break)."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


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
