"""Predecessor bodies: a body the text names as the former one of another ("the former Ministry of
Science and Technology (MOST), whose duties the Council has since taken over", "its predecessor,
the Research Promotion Foundation", "the National Science Council, which the Council replaced in
2022") is an organisation of its own. The registry often lists the old name and its acronym as
aliases of the successor, and would fold the two into one; here the predecessor keeps its own
name, acronym and country, and the successor loses the predecessor's names from its aliases.

The cue words are in data/predecessors.yaml. Only a window of text on each side of a candidate's
first span is read, so the cost per candidate is flat.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from bilat.extract.doc import Doc
from bilat.extract.naming import key, one_line
from bilat.extract.resources import WordPretest, alternatives, load_yaml, yaml_words

if TYPE_CHECKING:
    from bilat.extract.components.organizations import Candidate

_BEFORE_REACH = 60  # the text before a name searched for "former", "its predecessor, the"
_AFTER_REACH = 200  # the text after a name searched for ", which the X replaced" and the like


def _words(name: str) -> str:
    return alternatives(load_yaml("predecessors.yaml").get(name, []))


@functools.cache
def _before() -> re.Pattern[str]:
    """ "former", "its predecessor, the", "the erstwhile" right before the name."""
    return re.compile(
        rf"(?<![\w-])(?i:{_words('before')})(?:\s+(?:{_words('before_nouns')}))?,?\s+(?:the\s+)?$"
    )


@functools.cache
def _before_pretest() -> WordPretest:
    """Whether a text may hold a word of `_before` (never no where that pattern matches)."""
    return WordPretest(load_yaml("predecessors.yaml").get("before", []))


_SUBJECT_WORD = r"[A-Z(][\w&.'’()-]*"  # a word of the successor's name (capitalised, or its "(ACR)")


@functools.cache
def _after() -> re.Pattern[str]:
    """A clause right after the name (and its acronym) that makes it the former body."""
    adverb = rf"(?:(?:{_words('adverbs')})\s+)?"
    relative = r"(?:which|that|whose\s+\w+(?:\s+and\s+\w+)?)"
    return re.compile(
        r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[,(]\s*)?(?:"
        # "..., which was renamed", "whose duties were transferred to"
        rf"{relative}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+{adverb}(?:{_words('passive_verbs')})\b"
        # "..., which became", "that has since become"
        rf"|(?:which|that)\s+(?:(?:has|had)\s+)?{adverb}(?:{_words('became_verbs')})\b"
        # "..., which the X Council replaced", "whose duties NSTC has since taken over"
        rf"|{relative}\s+(?:the\s+)?{_SUBJECT_WORD}\s+(?:(?:{_SUBJECT_WORD}|of|for|and|on|the)\s+){{0,11}}?"
        rf"(?:(?:has|had|have)\s+)?{adverb}"
        rf"(?:{_words('takeover_verbs')})\b"
        # "..., since renamed", "(now part of ...)"
        rf"|(?:{_words('since_leads')})\s+(?:{_words('since_verbs')})\b"
        # "..., the predecessor of", "NSTC's predecessor"
        r"|(?:the|its|their|[A-Z][\w&.-]*['’]s)\s+(?:predecessor|forerunner)\b"
        r")"
    )


_NEXT_WORD = re.compile(r"(?:\s*\([^()\n]{1,40}\))?[ \t]+([a-z]+)")


def predecessor_at(text: str, start: int, end: int, *, cue_before: bool = True) -> bool:
    """Whether the name at text[start:end] is told to be the former body of another (`cue_before`
    False: the whole text fails `_before_pretest`, so no window of it can hold a word of `_before`)."""
    after = text[end : end + _AFTER_REACH]
    if _after().match(after):
        return True
    if not cue_before:
        return False
    before = text[max(0, start - _BEFORE_REACH) : start]
    if not _before_pretest()(before) or not _before().search(before):
        return False
    word = _NEXT_WORD.match(after)
    # ("a former Ministry of X official": a person's past tie)
    return not (word and word.group(1) in yaml_words("predecessors.yaml", "not_after"))


def separate_predecessors(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each predecessor body named on its own (its name as written, its acronym,
    its country, no registry id) and the predecessors' names taken out of the other candidates'
    aliases, so that merging keeps the two bodies apart."""
    text = doc.text
    shorts = {tuple(m.attrs["long_span"]): str(m.attrs["short"]) for m in doc.layer("acronym_def")}
    names: dict[str, tuple[str, str | None]] = {}  # a predecessor's name or acronym key -> (name, acronym)
    cue_before = _before_pretest()(text)  # (once for the text rather than once per candidate)
    for cand in candidates:
        if not cand.spans or not predecessor_at(text, *cand.spans[0], cue_before=cue_before):
            continue
        surface = one_line(text[cand.spans[0][0] : cand.spans[0][1]])
        short = next((shorts[span] for span in cand.spans if span in shorts), None)
        names[key(surface)] = (surface, short)
        if short:
            names[key(short)] = (surface, short)
    if not names:
        return candidates
    out = []
    for cand in candidates:
        surface = one_line(text[cand.spans[0][0] : cand.spans[0][1]]) if cand.spans else cand.name
        found = names.get(key(surface)) or names.get(key(cand.name))
        if found is None:
            aliases = {a for a in cand.aliases if key(a) not in names}
            out.append(cand if aliases == cand.aliases else dataclasses.replace(cand, aliases=aliases))
            continue
        name, short = found
        aliases = {short} if short else set()
        if cand.ror is None:  # (a registry body's aliases are the successor's)
            aliases |= cand.aliases
        aliases = {a for a in aliases if key(a) != key(name)}
        out.append(dataclasses.replace(cand, name=name, aliases=aliases, ror=None, international=False))
    return out
