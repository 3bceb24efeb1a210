"""Token starts (`grammar.TOKEN_START`) where some rule of the gate may start, found by compiled
scans rather than a Python loop over the tokens.

`live` scans the lower-cased text once for a non-word character followed by one of the rules'
prefixes (the engine skips to non-word characters, so most places cost nothing). The other token
starts, after a word character (a digit after lower-case letters, a letter after a digit, CJK),
are found by scans that skip to digits and CJK characters. Text that is not ASCII is scanned as
ASCII with a "?" for each other character, and the few places near those characters are tested
exactly (mostly non-ASCII text, such as Japanese, takes general scans instead).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from bilat.temporal.firstchars import ascii_key
from bilat.temporal.gate_index import SHORT
from bilat.temporal.grammar import CJK, TOKEN_START

MOSTLY_ASCII = 16  # texts with more than one character in this many not ASCII take the general scans
_ASCII_SPACE = "".join(chr(c) for c in range(128) if chr(c).isspace())
# ASCII upper case to lower case, white space to a blank and digits to 0, one character for one,
# as `firstchars.ascii_key` folds prefixes; other characters are left alone.
FOLD = str.maketrans({chr(c): ascii_key(chr(c)) for c in range(128) if ascii_key(chr(c)) != chr(c)})

# The only characters whose lower case differs in length, in being a word character, white space,
# a digit or ASCII (tests/temporal/test_gate.py checks it on all of Unicode).
_LOWER_CHANGES_CLASS = ("\u0130", "\u212a")


class Scans:
    """Compiled scans for token starts (`grammar.TOKEN_START`), each compiled on first use.

    `live`: after a non-word character, where some rule's prefix begins (`keys`, see
    `key_pattern`); the others: a digit after lower-case letters ("article26") or before a letter
    ("2020Directorate"); a CJK character after a word character, a word character after a CJK
    character; `non_ascii` finds the characters near which (mostly non-ASCII) text is tested exactly.
    """

    def __init__(self, keys: str) -> None:
        self.keys = keys

    @cached_property
    def live(self) -> re.Pattern[str]:
        """A non-word character before a token start where a key begins (lower-cased text; the
        scan skips to non-word characters, much faster than trying every place)."""
        return re.compile(rf"\W(?=\S){self.keys}")

    @cached_property
    def live_ascii(self) -> re.Pattern[str]:
        """`live` for lower-cased ASCII text, where a non-word character is one of a few: read faster."""
        return re.compile(rf"[^0-9a-z_](?=\S){self.keys}")

    @cached_property
    def non_ascii(self) -> re.Pattern[str]:
        """A run of characters that are not ASCII."""
        return re.compile(r"[^\x00-\x7f]+")

    @cached_property
    def digit_edge(self) -> re.Pattern[str]:
        """A digit after a lower-case letter or before a letter."""
        return re.compile(r"\d(?:(?<=[a-zß-ÿ]\d)|(?=[^\W\d_]))")

    @cached_property
    def digit_edge_ascii(self) -> re.Pattern[str]:
        """`digit_edge` for ASCII text, where it reads faster."""
        return re.compile(r"[0-9](?:(?<=[a-z][0-9])|(?=[A-Za-z]))")

    @cached_property
    def digit_after_lower(self) -> re.Pattern[str]:
        """A digit after a lower-case letter."""
        return re.compile(r"(?<=[a-zß-ÿ])\d")

    @cached_property
    def digit_before_letter(self) -> re.Pattern[str]:
        """A digit before a letter."""
        return re.compile(r"\d(?=[^\W\d_])")

    @cached_property
    def cjk(self) -> re.Pattern[str]:
        """A CJK character."""
        return re.compile(rf"[{CJK}]")

    @cached_property
    def cjk_after_word(self) -> re.Pattern[str]:
        """A CJK character after a word character."""
        return re.compile(rf"[{CJK}](?<=\w[{CJK}])")

    @cached_property
    def cjk_before_word(self) -> re.Pattern[str]:
        """A CJK character before a word character (the token starts at the match's end)."""
        return re.compile(rf"[{CJK}](?=\w)")


def live_starts(text: str, scans: Scans) -> list[int]:
    """Token starts of `text`, in order, where some rule may start (a few more are harmless)."""
    if text.isascii():
        starts, rare = _ascii_starts(text, scans)
        return sorted(starts + rare) if rare else starts
    if (len(text) - len(text.encode("ascii", "ignore"))) * MOSTLY_ASCII > len(text):
        # mostly not ASCII (CJK text, say): every place scanned
        found = {m.start() for m in scans.live.finditer(" " + _folded(text))}
        found.update(_starts_after_word(text, scans))
        _add_starts_before_non_ascii(text, scans, found)
        return sorted(found)
    ascii_text = text.encode("ascii", "replace").decode("ascii")  # one "?" for each other character
    others = _non_ascii_places(text, ascii_text)
    # Elsewhere `ascii_text` reads like `text` from the character before a place to the end of its
    # window; near a character that is not ASCII, every token start is kept (the exact test).
    near = {p for i in others for p in range(max(0, i - SHORT + 1), min(i + 2, len(text)))}
    starts, rare = _ascii_starts(ascii_text, scans)
    # (the three lists are disjoint: `starts` follow a non-word character, `rare` a word character)
    places = [p for p in starts if p not in near]
    places += [p for p in rare if p not in near]
    is_start = TOKEN_START.match
    places += [p for p in near if is_start(text, p)]
    places.sort()
    return places


def _ascii_starts(text: str, scans: Scans) -> tuple[list[int], list[int]]:
    """The token starts of ASCII text after a non-word character where some rule may start, and
    those after a word character (next to a digit)."""
    # `live` matches the character before a token start: with a blank put before the text (its
    # start counts as after a non-word character), that character's index is the token's in `text`
    starts = [m.start() for m in scans.live_ascii.finditer(" " + text.lower())]
    rare = []
    for m in scans.digit_edge_ascii.finditer(text):
        p = m.start()
        if p and "a" <= text[p - 1] <= "z":
            rare.append(p)
        if text[p + 1 : p + 2].isalpha():
            rare.append(p + 1)
    return starts, rare


def _non_ascii_places(text: str, ascii_text: str) -> list[int]:
    """Where `text` holds a character that is not ASCII (a "?" in `ascii_text`)."""
    out = []
    at = ascii_text.find("?")
    while at >= 0:
        if text[at] != "?":
            out.append(at)
        at = ascii_text.find("?", at + 1)
    return out


def _add_starts_before_non_ascii(text: str, scans: Scans, found: set[int]) -> None:
    """Add to `found` (which holds every token start after a word character) the token starts
    whose window (SHORT characters) holds a character that is not ASCII."""
    for m in scans.non_ascii.finditer(text):
        for p in range(max(0, m.start() - SHORT + 1), m.end()):
            # the other token starts: a character that is not white space after a non-word one
            if p not in found and not text[p].isspace() and (p == 0 or not _is_word(text[p - 1])):
                found.add(p)


def _is_word(char: str) -> bool:
    """Whether `char` is a word character, as the regex engine reads one."""
    return char.isalnum() or char == "_"


def _folded(text: str) -> str:
    """`text` with ASCII letters in lower case and every character still of its class, one for one."""
    if any(char in text for char in _LOWER_CHANGES_CLASS):
        return text.translate(FOLD)
    return text.lower()


def _starts_after_word(text: str, scans: Scans) -> list[int]:
    """The token starts right after a word character (a CJK run's may come twice)."""
    out = []
    for m in scans.digit_edge.finditer(text):
        p = m.start()
        if scans.digit_after_lower.match(text, p):
            out.append(p)
        if scans.digit_before_letter.match(text, p):
            out.append(p + 1)
    if scans.cjk.search(text):
        out.extend(m.start() for m in scans.cjk_after_word.finditer(text))
        out.extend(m.end() for m in scans.cjk_before_word.finditer(text))
    return out


def key_pattern(index: Iterable[str]) -> str:
    """A zero-width pattern that holds where the lower-cased text (`_folded`) begins with one of
    the ASCII keys (prefixes as `firstchars.ascii_key` folds them); keys with other characters can
    only begin windows that are not ASCII, which are found otherwise."""
    keys = sorted(k for k in index if k.isascii())
    return f"(?={_trie(keys)})" if keys else "(?!)"


def _trie(keys: list[str]) -> str:
    """An alternation of `keys` sharing their common beginnings."""
    if "" in keys:
        return ""  # a shorter key admits whatever follows
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[key[0]].append(key[1:])
    branches = [_char_class(char) + _trie(rest) for char, rest in sorted(groups.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char_class(char: str) -> str:
    """The characters of the lower-cased text (`_folded`) that a folded key character stands for."""
    if char == "0":
        return "[0-9]"
    if char == " ":
        return "[" + re.escape(_ASCII_SPACE) + "]"
    return re.escape(char)
