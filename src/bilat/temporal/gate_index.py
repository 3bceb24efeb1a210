"""The gate's prefix index: each rule's first characters and prefixes, shipped precomputed.

Deriving them from the rule patterns (`firstchars`) parses every expanded pattern, about a third
of a second; `data/gate_index.json` keeps them keyed by a hash of each expanded pattern, so only a
rule whose pattern changed (in the families or the lexicon) is derived again at start-up. Rebuild
it after changing rules or the lexicon, with the compiled patterns (tests/temporal/test_gate.py
checks it is up to date):

    .venv/bin/python -c "from bilat.temporal.precompiled import rebuild; rebuild()"
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from bilat.temporal.firstchars import ascii_key, ascii_prefixes, first_chars

SHORT = 4  # characters looked up at every token start
LONG = 8  # characters looked up where rules with longer prefixes remain ("the " -> "the past")
LIMIT = 3000  # a rule's prefixes are as long as possible (up to LONG) while this few
INDEX_FILE = "gate_index.json"
FORMAT = 2


@dataclass(frozen=True)
class RulePrefixes:
    """Where a rule can start: its first characters (None: any, for text that is not ASCII) and the
    folded ASCII prefixes that admit it, cut to SHORT characters and up to LONG characters (none
    extending another); `longer`: some prefix is longer than SHORT characters."""

    first: frozenset[str] | None
    short: frozenset[str]
    long: frozenset[str]
    longer: bool


def rule_prefixes(sources: list[str]) -> list[RulePrefixes]:
    """The prefixes of each expanded rule pattern (from the shipped index when it has them)."""
    stored = _stored()
    return [stored.get(_key(source)) or derive(source) for source in sources]


def derive(source: str) -> RulePrefixes:
    """A rule's prefixes from its expanded pattern: as long as they stay few (LIMIT)."""
    first = first_chars(source)
    prefixes = _prefixes(source)
    folded_first = None if first is None else frozenset(ascii_key(c) for c in first)
    return RulePrefixes(
        first,
        _admitted(frozenset(p[:SHORT] for p in prefixes), folded_first),
        _admitted(prefixes, folded_first),
        any(len(p) > SHORT for p in prefixes),
    )


def _prefixes(source: str) -> frozenset[str]:
    for length in range(LONG, 0, -1):
        prefixes = ascii_prefixes(source, length, LIMIT)
        if prefixes is not None:
            return prefixes
    return frozenset(map(chr, range(128)))  # any ASCII prefix: its first characters decide


def _admitted(prefixes: frozenset[str], first: frozenset[str] | None) -> frozenset[str]:
    """The prefixes that begin with a possible first character and do not extend a shorter one
    of the set (which already admits them)."""
    return frozenset(
        p
        for p in prefixes
        if p and (first is None or p[0] in first) and not any(p[:n] in prefixes for n in range(1, len(p)))
    )


def _version() -> str:
    """What the stored prefixes depend on besides the patterns: the derivation code and its lengths."""
    code = Path(__file__).with_name("firstchars.py").read_bytes()
    return hashlib.sha1(code + f"{FORMAT} {SHORT} {LONG} {LIMIT}".encode()).hexdigest()


def _key(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


@cache
def _stored() -> dict[str, RulePrefixes]:
    """The shipped index (empty when missing, unreadable or built by other derivation code)."""
    try:
        raw = json.loads((resources.files("bilat.temporal") / "data" / INDEX_FILE).read_text("utf-8"))
        if raw.get("version") != _version():
            return {}
        return {key: _entry(value) for key, value in raw["rules"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _entry(value: dict[str, Any]) -> RulePrefixes:
    first = value["first"]
    return RulePrefixes(
        None if first is None else frozenset(first),
        frozenset(value["short"]),
        frozenset(value["long"]),
        bool(value["longer"]),
    )


def build_index(sources: list[str]) -> dict[str, Any]:
    """The index of these expanded rule patterns, as written to `data/gate_index.json`."""
    rules = {}
    for source in sources:
        entry = derive(source)
        rules[_key(source)] = {
            "first": None if entry.first is None else "".join(sorted(entry.first)),
            "short": sorted(entry.short),
            "long": sorted(entry.long),
            "longer": entry.longer,
        }
    return {"version": _version(), "rules": dict(sorted(rules.items()))}


def registered_sources() -> list[str]:
    """The expanded patterns of every registered rule."""
    from bilat.temporal import families  # noqa: F401  (registers the rule families)
    from bilat.temporal.grammar import expand
    from bilat.temporal.rules import RULES

    return [expand(rule.source) for rule in RULES]


def write_index(target: Path | None = None) -> Path:
    """Write the index of the registered rules into the package (or to `target`)."""
    path = target or Path(__file__).with_name("data") / INDEX_FILE
    index = build_index(registered_sources())
    rules = index["rules"].items()
    body = ",\n".join(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in rules)
    path.write_text(f'{{"version": "{index["version"]}", "rules": {{\n{body}\n}}}}\n', encoding="utf-8")
    _stored.cache_clear()
    return path
