"""The rule families of the temporal grammar: one regex and one resolver per family.

A rule's resolver turns a match into a `Found` (type and TIMEX3 value) using the `Context`
(reference date, last mentioned date, tense), or returns None to reject the match.
Patterns are compiled on first use (the first `tag`), so importing the package stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bilat.temporal.context import Context
from bilat.temporal.found import Found

Resolver = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Rule:
    """One family of expressions: its pattern, resolver and extent options.

    `source` is the pattern with `{NAME}` placeholders; `pattern` (compiled) and `first` (the
    characters a match can start with, None: any) are built from it on first use.
    `article`: a preceding "the" belongs to the expression; `modifiable`: a preceding
    "about"/"nearly"/"at least" does; `positional`: "early"/"the end of"/"mid-" does;
    `anchored`: it counts from the last date mentioned, so it can only be judged in text order.
    """

    name: str
    source: str
    resolve: Resolver
    priority: int = 0
    article: bool = False
    modifiable: bool = False
    positional: bool = False
    anchored: bool = False

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern, matched at token starts."""
        from bilat.temporal.grammar import compile_rule

        return compile_rule(self.source)

    @cached_property
    def first(self) -> frozenset[str] | None:
        """Lower-cased characters a match can begin with (None: any)."""
        from bilat.temporal.firstchars import first_chars
        from bilat.temporal.grammar import expand

        return first_chars(expand(self.source))


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
        RULES.append(Rule(name, pattern, resolver, priority, article, modifiable, positional, anchored))
        return resolver

    return register
