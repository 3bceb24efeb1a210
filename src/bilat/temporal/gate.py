"""Where each rule is worth trying: token starts whose next characters can begin one of its matches.

Every rule's possible first characters and prefixes (`gate_index`) are indexed by prefix. The
scans of `starts` find the token starts whose next characters begin some rule's prefix (or are
not ASCII); only there are the next few characters (lower-cased, white space and digits folded)
looked up to find the rules that can start. Where rules with longer
prefixes remain ("the ") the next LONG characters decide ("the day", "the past"). Text that is
not ASCII falls back to each rule's first characters. The gate only skips positions where a
rule's pattern cannot match, so it never changes output.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from bilat.temporal.firstchars import ascii_key
from bilat.temporal.gate_index import LONG, SHORT, rule_prefixes
from bilat.temporal.grammar import expand
from bilat.temporal.rules import RULES, Rule
from bilat.temporal.starts import FOLD, Scans, key_pattern, live_starts

MAX_WINDOWS = 50_000  # windows remembered (per length, a few MB) before the memory is cleared

_LONGER: tuple[int, ...] = (-1,)  # marks a short window that must be looked up at LONG characters


@dataclass(frozen=True)
class Gate:
    """The rules, their prefix index (SHORT and LONG characters), first characters and scans."""

    rules: tuple[Rule, ...]
    short: dict[str, tuple[int, ...]]
    long: dict[str, tuple[int, ...]]
    long_rules: frozenset[int]
    firsts: tuple[frozenset[str] | None, ...]
    scans: Scans


def rule_positions(text: str) -> tuple[tuple[Rule, ...], list[list[int]]]:
    """The rules, and for each the token starts of `text` (in order) where it may match."""
    rules, starts = rule_starts(text)
    positions: list[list[int]] = [[] for _ in rules]
    for p, indices in starts:
        for i in indices:
            positions[i].append(p)
    return rules, positions


def rule_starts(text: str) -> tuple[tuple[Rule, ...], list[tuple[int, tuple[int, ...]]]]:
    """The rules, and the token starts of `text` (in order) with the rules (by index, in order)
    that may match there."""
    gate = build_gate()
    out = []
    short_get, long_get = _SHORT_WINDOWS.get, _LONG_WINDOWS.get
    for p in live_starts(text, gate.scans):
        window = text[p : p + SHORT]
        indices = short_get(window)
        if indices is None:
            indices = _remember(_SHORT_WINDOWS, window, _short_rules(window.translate(FOLD), gate))
        if indices is _LONGER:
            window = text[p : p + LONG]
            indices = long_get(window)
            if indices is None:
                folded = window.translate(FOLD)
                indices = _remember(_LONG_WINDOWS, window, _rules_for(folded, gate.long, gate))
        if indices:
            out.append((p, indices))
    return gate.rules, out


# Windows (raw text) already looked up, and the rules they admit.
_SHORT_WINDOWS: dict[str, tuple[int, ...]] = {}
_LONG_WINDOWS: dict[str, tuple[int, ...]] = {}


def _remember(memory: dict[str, tuple[int, ...]], window: str, indices: tuple[int, ...]) -> tuple[int, ...]:
    if len(memory) >= MAX_WINDOWS:
        memory.clear()
    memory[window] = indices
    return indices


def _short_rules(window: str, gate: Gate) -> tuple[int, ...]:
    """The rules that may start before `window` (SHORT characters), or _LONGER to look further."""
    indices = _rules_for(window, gate.short, gate)
    if window.isascii() and not gate.long_rules.isdisjoint(indices):
        return _LONGER
    return indices


def _rules_for(window: str, index: dict[str, tuple[int, ...]], gate: Gate) -> tuple[int, ...]:
    """The rules (by index, in order) that may match at a token start followed by `window`."""
    if window.isascii():
        return tuple(sorted(i for n in range(1, len(window) + 1) for i in index.get(window[:n], ())))
    char = "0" if window[0].isdigit() else window[0].lower()  # not ASCII: the first character decides
    return tuple(i for i, chars in enumerate(gate.firsts) if chars is None or char in chars)


@cache
def build_gate() -> Gate:
    """Index every rule by its prefixes (built on the first `tag`, after the rules are registered)."""
    rules = tuple(RULES)
    entries = rule_prefixes([expand(rule.source) for rule in rules])
    short: dict[str, list[int]] = defaultdict(list)
    long: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        for prefix in entry.short:
            short[prefix].append(i)
        for prefix in entry.long:
            long[prefix].append(i)
    return Gate(
        rules,
        {k: tuple(v) for k, v in short.items()},
        {k: tuple(v) for k, v in long.items()},
        frozenset(i for i, entry in enumerate(entries) if entry.longer),
        tuple(None if e.first is None else frozenset(ascii_key(c) for c in e.first) for e in entries),
        Scans(key_pattern(short)),
    )
