"""Short forms of an organisation named in full in the same document.

A text that names a body in full ("the Mario Gulich Institute for Advanced Space Studies", "IT
Park Uzbekistan", "the Ministry of Energy and Minerals") often names it again by a run of its
words ("the Gulich Institute", "IT Park chief executive ...", "Ministry of Energy"). Such a
short form is the same organisation, not another one: it is folded into the one full name whose
words it runs through, when nothing else marks it as a body of its own (an acronym, a registry
entry, another country) and no second name of the document holds it too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from bilat.extract.naming import key, words_of
from bilat.extract.phrases import name_words
from bilat.extract.resources import yaml_words


class _Group(Protocol):
    name: str
    aliases: set[str]
    country: str | None
    country_sure: bool
    ror: str | None
    spans: list[tuple[int, int]]

    def name_keys(self) -> set[str]: ...


def _runs_through(short: list[str], long: list[str]) -> bool:
    """`short` is a run of at least two words of `long`, shorter than it."""
    n = len(short)
    if n < 2 or n >= len(long):
        return False
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _foldable(group: _Group, heads: frozenset[str]) -> bool:
    """A name of two or more words with a head word, and nothing of its own besides."""
    if group.ror or group.aliases or not group.spans:
        return False
    return any(w in heads for w in words_of(group.name))


def fold_short_forms(groups: Sequence[Any], absorb: Callable[[Any, Any], None]) -> list[Any]:
    """The groups, each short form folded (by `absorb`) into the one full name that holds it."""
    heads = name_words()[0]
    shorts = [g for g in groups if _foldable(g, heads)]
    if not shorts:
        return list(groups)
    names = [(g, [key(n).split() for n in (g.name, *g.aliases) if n]) for g in groups]
    folded: set[int] = set()
    for short in shorts:
        words = key(short.name).split()
        if len(words) < 2:
            continue
        holders = [
            g
            for g, keys in names
            if g is not short and id(g) not in folded and any(_runs_through(words, k) for k in keys)
        ]
        if len(holders) != 1:
            continue  # none, or two bodies that it could shorten
        outer = holders[0]
        if short.country and outer.country != short.country and short.country_sure:
            continue  # placed for sure in another country: a body of its own
        if short.country and outer.country is None:
            continue
        absorb(outer, short)
        folded.add(id(short))
    return [g for g in groups if id(g) not in folded]


def _closing_acronym(group: _Group, longer: _Group) -> str | None:
    """The acronym that closes `longer`'s name ("Institute of Transportation CIP") when it is a
    name of `group` and each mention of `group` is that closing word of a mention of `longer`, or
    some mention is and the rest of `longer`'s name is a name of `group` too (the body used later
    by its acronym alone: "... Research WSL", then "WSL glaciologist")."""
    last = longer.name.split()[-1] if longer.name.split() else ""
    if not (last.isupper() and 2 <= len(last) <= 8 and " " in longer.name):
        return None
    if key(last) not in group.name_keys():
        return None
    ends = {e: s for s, e in longer.spans}
    closing = [e in ends and ends[e] < s and e - s == len(last) for s, e in group.spans]
    if group.spans and all(closing):
        return last
    rest = key(longer.name[: longer.name.rfind(last)])
    return last if any(closing) and rest in group.name_keys() else None


def fold_closing_acronyms(groups: Sequence[Any], absorb: Callable[[Any, Any], None]) -> list[Any]:
    """The groups but those found only as the acronym that closes a longer name read from the text
    ("Fraunhofer Institute for Ceramic Technologies and Systems IKTS", "Institute of
    Transportation CIP"): the same body as the longer name when the rest of that name is one of
    its names (folded into it), else a namesake elsewhere (dropped; the acronym is the longer
    name's)."""
    closing = [g for g in groups if " " in g.name and g.name.split()[-1].isupper()]
    if not closing:
        return list(groups)
    dropped: set[int] = set()
    for group in groups:
        if " " in key(group.name) and not group.aliases:
            continue  # (a name of words, with no acronym: no closing acronym)
        outers = [
            o for o in closing if o is not group and id(o) not in dropped and _closing_acronym(group, o)
        ]
        if len(outers) != 1:
            continue
        outer = outers[0]
        acronym = outer.name.split()[-1]
        rest = key(outer.name[: outer.name.rfind(acronym)])
        if rest in group.name_keys():
            absorb(outer, group)
        else:
            outer.aliases.add(acronym)
        dropped.add(id(group))
    return [g for g in groups if id(g) not in dropped]


@functools.cache
def _organs() -> tuple[tuple[str, ...], ...]:
    """The organ words of `data/org_organs.yaml`, each split into its words."""
    return tuple(tuple(str(o).split()) for o in yaml_words("org_organs.yaml", "organs"))


def _organ_owner_key(name: str) -> str | None:
    """The key of the words before an organ that closes `name` ("hec" of "HEC Secretariat")."""
    words = key(name).split()
    for organ in _organs():
        n = len(organ)
        if len(words) > n and tuple(words[-n:]) == organ:
            return " ".join(words[:-n])
    return None


def fold_organs(groups: Sequence[Any]) -> list[Any]:
    """The groups but those named by another group's name or acronym and an organ of it ("HEC
    Secretariat" beside the Higher Education Commission (HEC)): that body's name, kept as its
    alias."""
    folded: set[int] = set()
    for group in groups:
        if group.ror or group.aliases or not group.spans:
            continue
        owner = _organ_owner_key(group.name)
        if not owner:
            continue
        owners = [
            g
            for g in groups
            if g is not group and id(g) not in folded and owner in g.name_keys()
        ]
        if len(owners) != 1 or (group.country and owners[0].country and group.country != owners[0].country):
            continue
        owners[0].aliases.add(group.name)
        owners[0].spans += [s for s in group.spans if s not in owners[0].spans]
        folded.add(id(group))
    return [g for g in groups if id(g) not in folded]
