"""The characters a regex match can start with, so that a rule is only tried where it can match."""

from __future__ import annotations

import importlib
import re
from typing import Any

# The regular-expression parser of CPython 3.11+ (private modules, loaded without static typing).
sre_constants: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


class _Anything(Exception):
    """The pattern may start with any character."""


def first_chars(pattern: str) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can begin with; None when it could be any."""
    try:
        chars, nullable = _first(sre_parse.parse(pattern), False)
    except _Anything:
        return None
    if nullable:
        return None
    return frozenset(c.lower() for c in chars)


def _first(items: Any, ignore_case: bool) -> tuple[set[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, arg in items:
        chars, nullable = _first_op(op, arg, ignore_case)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_op(op: Any, arg: Any, ignore_case: bool) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre_constants.LITERAL:
        char = chr(arg)
        return ({char, char.lower(), char.upper()} if ignore_case else {char}), False
    if op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT:
        return set("0123456789"), False
    if op is sre_constants.IN:
        return _charset(arg, ignore_case), False
    if op is sre_constants.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in arg[1]:
            chars, empty = _first(branch, ignore_case)
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        flag = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return _first(sub, flag)
    if op in (
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        getattr(sre_constants, "POSSESSIVE_REPEAT", None),
    ):
        low, _high, sub = arg
        chars, empty = _first(sub, ignore_case)
        return chars, empty or low == 0
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _first(arg, ignore_case)
    raise _Anything


def _charset(items: Any, ignore_case: bool) -> set[str]:
    out: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            out.add(chr(arg))
        elif op is sre_constants.RANGE:
            low, high = arg
            if high - low > 300:
                raise _Anything
            out.update(chr(c) for c in range(low, high + 1))
        elif op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT:
            out.update("0123456789")
        else:
            raise _Anything
    if ignore_case:
        out |= {c.lower() for c in out} | {c.upper() for c in out}
    return out


# The ASCII characters `\s` matches (str.isspace, as the regex engine uses in Unicode mode).
_ASCII_SPACE = frozenset(chr(c) for c in range(128) if chr(c).isspace())
_MAX_PREFIXES = 300
_REPEATS = (
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", None),
)


class _TooMany(Exception):
    """The set of prefixes grew too large to be useful."""


def ascii_prefixes(pattern: str, length: int, limit: int = _MAX_PREFIXES) -> frozenset[str] | None:
    """Lower-cased strings of at most `length` characters, one of which starts every match of
    `pattern` in ASCII text (a shorter string constrains only its own characters); None: any,
    or more than about `limit` strings.

    Only exact for ASCII text: callers must not use it to skip positions followed by other characters.
    """
    try:
        parsed = sre_parse.parse(pattern)
        found = _seq(parsed, bool(parsed.state.flags & re.IGNORECASE), length, limit)
    except (_Anything, _TooMany):
        return None
    out = frozenset(s for s, _open in found)
    return None if "" in out else out


Prefixes = set[tuple[str, bool]]  # (prefix, open: anything may follow where it stops short)


def _seq(items: Any, ignore_case: bool, length: int, limit: int) -> Prefixes:
    """Prefixes of a sequence of regex items."""
    current: Prefixes = {("", False)}
    for op, arg in items:
        if all(is_open or len(s) >= length for s, is_open in current):
            break
        step = _op(op, arg, ignore_case, length, limit)
        current = _concat(current, step, length, limit)
    return current


def _concat(left: Prefixes, right: Prefixes, length: int, limit: int) -> Prefixes:
    out: Prefixes = set()
    for s, is_open in left:
        if is_open or len(s) >= length:
            out.add((s, is_open))
            continue
        for t, t_open in right:
            joined = s + t
            out.add((joined[:length], t_open and len(joined) < length))
    if len(out) > limit:
        raise _TooMany
    return out


def _chars(chars: set[str]) -> Prefixes:
    return {(ascii_key(c), False) for c in chars}


_FOLD_ASCII = str.maketrans({c: " " for c in _ASCII_SPACE} | {c: "0" for c in "123456789"})


def ascii_key(text: str) -> str:
    """ASCII text as `ascii_prefixes` compares it: lower-cased, white space a blank, digits 0."""
    return text.lower().translate(_FOLD_ASCII)


def _op(op: Any, arg: Any, ignore_case: bool, length: int, limit: int) -> Prefixes:
    """Prefixes of one regex item; ("", True) where it could be anything."""
    anything: Prefixes = {("", True)}
    if op in _ZERO_WIDTH:
        return {("", False)}
    if op is sre_constants.LITERAL:
        char = chr(arg)
        if ignore_case and not char.isascii():
            # Unicode case folding may match ASCII text ("ſ" and "s"); an uncased character cannot
            return anything if _folds_to_ascii(char) else set()
        return _chars({char.lower()})
    if op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT:
        return _chars(set("0123456789"))
    if op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_SPACE:
        return _chars(set(_ASCII_SPACE))
    if op is sre_constants.IN:
        try:
            return _chars(_ascii_charset(arg, ignore_case))
        except _Anything:
            return anything
    if op is sre_constants.BRANCH:
        out: Prefixes = set()
        for branch in arg[1]:
            out |= _seq(branch, ignore_case, length, limit)
        return out
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        flag = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return _seq(sub, flag, length, limit)
    if op in _REPEATS:
        low, high, sub = arg
        once = _seq(sub, ignore_case, length, limit)
        out = {("", False)} if low == 0 else set()
        current: Prefixes = {("", False)}
        for count in range(1, min(high, length) + 1):
            current = _concat(current, once, length, limit)
            if count >= low:
                out |= current
        if low > min(high, length):
            out = current  # every string already holds `length` characters (or is open)
        return out
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _seq(arg, ignore_case, length, limit)
    return anything


# Characters outside ASCII that the regex engine's case folding equates with an ASCII letter
# besides those whose own case mappings are ASCII: dotless i, long s, Kelvin sign.
_ASCII_FOLDS = frozenset("\u0131\u017f\u212a")


def _folds_to_ascii(char: str) -> bool:
    """Whether a case-insensitive `char` could match an ASCII character."""
    variants = char.lower() + char.upper() + char.casefold() + char.title()
    return char in _ASCII_FOLDS or any(c.isascii() for c in variants)


def _ascii_charset(items: Any, ignore_case: bool) -> set[str]:
    """The lower-cased ASCII characters a character class matches (raises _Anything if unsure)."""
    out: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            out.add(chr(arg))
        elif op is sre_constants.RANGE:
            low, high = arg
            if ignore_case and high > 127:
                raise _Anything
            out.update(chr(c) for c in range(low, min(high, 127) + 1))
        elif op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_DIGIT:
            out.update("0123456789")
        elif op is sre_constants.CATEGORY and arg is sre_constants.CATEGORY_SPACE:
            out.update(_ASCII_SPACE)
        else:
            raise _Anything
    if ignore_case and any(not c.isascii() for c in out):
        raise _Anything
    return {c.lower() for c in out if c.isascii()}
