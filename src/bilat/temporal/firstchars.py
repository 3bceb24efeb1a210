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
