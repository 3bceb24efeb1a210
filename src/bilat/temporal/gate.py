"""Where each rule is worth trying: token starts whose next characters can begin one of its matches.

Every rule's possible first characters (`firstchars.ascii_prefixes`) are indexed by prefix; at
each token start the next few characters (lower-cased, white space and digits folded) look up
the rules that can start there. Words that open many rules ("the ") look further ahead
("the day", "the past"). Text that is not ASCII falls back to each rule's first characters.
The gate only skips positions where a rule's pattern cannot match, so it never changes output.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from bilat.temporal.firstchars import ascii_key, ascii_prefixes
from bilat.temporal.grammar import TOKEN_START, expand
from bilat.temporal.rules import RULES, Rule

SHORT = 4  # characters looked up at every token start
LONG = 8  # characters looked up where rules with longer prefixes remain ("the " -> "the day")
FEW = 16  # a rule's prefixes are lengthened to LONG characters when this few, one a short word
MAX_WINDOWS = 50_000  # windows remembered (per length, a few MB) before the memory is cleared

# ASCII upper case to lower case, white space to a blank and digits to 0, one character for
# one, as `firstchars.ascii_key` folds prefixes; other characters are left alone.
_FOLD = str.maketrans({chr(c): ascii_key(chr(c)) for c in range(128) if ascii_key(chr(c)) != chr(c)})
_LONGER: tuple[int, ...] = (-1,)  # marks a short window that must be looked up at LONG characters


@dataclass(frozen=True)
class Gate:
    """The rules, their prefix index (SHORT and LONG characters) and first characters."""

    rules: tuple[Rule, ...]
    short: dict[str, tuple[int, ...]]
    long: dict[str, tuple[int, ...]]
    long_rules: frozenset[int]
    firsts: tuple[frozenset[str] | None, ...]


def rule_positions(text: str) -> tuple[tuple[Rule, ...], list[list[int]]]:
    """The rules, and for each the token starts of `text` (in order) where it may match."""
    gate = build_gate()
    positions: list[list[int]] = [[] for _ in gate.rules]
    folded = text.translate(_FOLD)
    dead = _DEAD_WINDOWS  # most words can start no rule: skip them in one pass
    live = [p for p in (m.start() for m in TOKEN_START.finditer(text)) if folded[p : p + SHORT] not in dead]
    short_get, long_get = _SHORT_WINDOWS.get, _LONG_WINDOWS.get
    for p in live:
        window = folded[p : p + SHORT]
        indices = short_get(window)
        if indices is None:
            indices = _remember(_SHORT_WINDOWS, window, _short_rules(window, gate))
        if indices is _LONGER:
            window = folded[p : p + LONG]
            indices = long_get(window)
            if indices is None:
                indices = _remember(_LONG_WINDOWS, window, _rules_for(window, gate.long, gate))
        for i in indices:
            positions[i].append(p)
    return gate.rules, positions


_SHORT_WINDOWS: dict[str, tuple[int, ...]] = {}
_LONG_WINDOWS: dict[str, tuple[int, ...]] = {}
_DEAD_WINDOWS: set[str] = set()  # short windows where no rule can start


def _remember(memory: dict[str, tuple[int, ...]], window: str, indices: tuple[int, ...]) -> tuple[int, ...]:
    if len(memory) >= MAX_WINDOWS:
        memory.clear()
        _DEAD_WINDOWS.clear()
    if not indices and memory is _SHORT_WINDOWS:
        _DEAD_WINDOWS.add(window)
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
    firsts = tuple(None if r.first is None else frozenset(ascii_key(c) for c in r.first) for r in rules)
    short: dict[str, list[int]] = defaultdict(list)
    long: dict[str, list[int]] = defaultdict(list)
    long_rules = set()
    for i, (rule, first) in enumerate(zip(rules, firsts, strict=True)):
        prefixes = _rule_prefixes(rule)
        if any(len(p) > SHORT for p in prefixes):
            long_rules.add(i)
        for table, kept in ((long, prefixes), (short, frozenset(p[:SHORT] for p in prefixes))):
            for prefix in _shortest(kept):
                if first is None or prefix[0] in first:
                    table[prefix].append(i)
    return Gate(
        rules,
        {k: tuple(v) for k, v in short.items()},
        {k: tuple(v) for k, v in long.items()},
        frozenset(long_rules),
        firsts,
    )


def _rule_prefixes(rule: Rule) -> frozenset[str]:
    """A rule's prefixes: SHORT characters (fewer if too many), LONG when they are few."""
    source = expand(rule.source)
    for length in range(SHORT, 0, -1):
        prefixes = ascii_prefixes(source, length)
        if prefixes is not None:
            break
    else:
        return frozenset(map(chr, range(128)))  # any ASCII prefix: its first characters decide
    if length == SHORT and len(prefixes) <= FEW and any(p.endswith(" ") for p in prefixes):
        longer = ascii_prefixes(source, LONG)
        if longer is not None and len(longer) <= FEW * 4:
            return longer
    return prefixes


def _shortest(prefixes: frozenset[str]) -> set[str]:
    """The prefixes that do not extend a shorter one of the set (which already admits them)."""
    return {p for p in prefixes if p and not any(p[:n] in prefixes for n in range(1, len(p)))}
