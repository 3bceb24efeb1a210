"""The rule families of the temporal grammar: one regex and one resolver per family.

A rule's resolver turns a match into a `Found` (type and TIMEX3 value) using the `Context`
(reference date, last mentioned date, tense), or returns None to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bilat.temporal.context import Context
from bilat.temporal.firstchars import first_chars
from bilat.temporal.found import Found
from bilat.temporal.grammar import compile_rule, expand

Resolver = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Rule:
    """One family of expressions: its compiled pattern, resolver and extent options.

    `article`: a preceding "the" belongs to the expression; `modifiable`: a preceding
    "about"/"nearly"/"at least" does; `positional`: "early"/"the end of"/"mid-" does;
    `anchored`: it counts from the last date mentioned, so it can only be judged in text order.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    priority: int = 0
    article: bool = False
    modifiable: bool = False
    positional: bool = False
    anchored: bool = False
    first: frozenset[str] | None = None  # characters a match can start with (None: any)


RULES: list[Rule] = []


def rule(
    name: str,
    pattern: str,
    *,
    priority: int = 0,
    article: bool = False,
    modifiable: bool = False,
    positional: bool = False,
    anchored: bool = False,
) -> Callable[[Resolver], Resolver]:
    """Register a resolver for a pattern (placeholders like {MONTH} are filled from the grammar)."""

    def register(resolver: Resolver) -> Resolver:
        RULES.append(
            Rule(
                name,
                compile_rule(pattern),
                resolver,
                priority,
                article,
                modifiable,
                positional,
                anchored,
                first_chars(expand(pattern)),
            )
        )
        return resolver

    return register
