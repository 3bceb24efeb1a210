"""Shared naming helpers: name keys, kinds of names (organisation, programme, event...), and the
country a name or its context points to."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

import ahocorasick_rs

from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import doc_lowered
from bilat.extract.phrases import name_words
from bilat.extract.resources import load_yaml

_KINDS = load_yaml("name_kinds.yaml")
EVENT_WORDS = frozenset(_KINDS["event_words"])
EVENT_AFTER = frozenset(_KINDS["event_after"])
COMMITTEE_WORDS = frozenset(_KINDS["committee_words"])
AGREEMENT_WORDS = frozenset(_KINDS["agreement_words"])
PROGRAMME_WORDS = frozenset(_KINDS["programme_words"])
PROGRAMME_AFTER = frozenset(_KINDS["programme_after"])
PROGRAMME_AFTER_CAPITALISED = frozenset(_KINDS.get("programme_after_capitalised", ()))
NON_NAME_WORDS = frozenset(_KINDS["non_name_words"])
_SPACES = re.compile(r"\s+")
WORD_EDGES = ",.;:()'’\""  # punctuation stripped from the ends of a name's words
_PUNCTUATION = re.compile(r"[^\w\s]")


@functools.lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A comparison key: case, accents, punctuation and a leading "the" ignored (as the scorer)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def words_of(name: str) -> list[str]:
    """The words of a name, punctuation stripped from their ends."""
    return [w.strip(WORD_EDGES) for w in name.split()]


@functools.lru_cache(maxsize=65536)
def kind_of(name: str, after: str = "") -> str | None:
    """What a capitalised name names: 'org', 'programme', 'event', 'committee', 'agreement' or None."""
    words = set(words_of(name))
    heads, weak, _ = name_words()
    if words & COMMITTEE_WORDS:
        return "committee"
    if after.lower() in PROGRAMME_AFTER or after in PROGRAMME_AFTER_CAPITALISED:
        return "programme"
    if words & EVENT_WORDS or after.lower() in EVENT_AFTER:
        return "event"
    if words & AGREEMENT_WORDS:
        return "agreement"
    if words & NON_NAME_WORDS:
        return None
    last = words_of(name)[-1] if name.split() else ""
    if words & PROGRAMME_WORDS and not (last in heads and last not in PROGRAMME_WORDS):
        return "org" if _body_running(words_of(name), heads - weak) else "programme"
    strong = (words & heads) - weak
    if strong or (words & weak & heads and len(words - weak) >= 1):
        return "org"
    return None


def _body_running(words: list[str], strong: frozenset[str] | set[str]) -> bool:
    """ "RIKEN Center for Advanced Intelligence Project", "Secretariat of the Pacific Regional
    Environment Programme": a strong head first (after an owner's acronym) and "for" or "of the"
    after it names the body that runs the programme or project, not the programme."""
    if len(words) > 1 and words[0].isupper() and len(words[0]) > 1:
        words = words[1:]
    if len(words) < 3 or words[0] not in strong or words[0] in PROGRAMME_WORDS:
        return False
    return words[1] == "for" or (words[1] == "of" and words[2] == "the")


def countries_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Country mentions inside [start, end)."""
    return doc.in_span("country", start, end)


def names_state(mention: Mention) -> bool:
    """Whether a country mention names a state ("Viet Nam", "Vietnamese", "Hanoi"), not a world
    region such as "Asia" or "Europe"."""
    return mention.attrs.get("kind") != "region"


def one_line(name: str) -> str:
    """A name as one line: a name that a hard-wrapped text breaks across lines keeps single spaces."""
    return " ".join(name.split()) if "\n" in name else name


def states_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Country mentions inside [start, end) that name a state, not a world region ("Asia")."""
    return [m for m in doc.in_span("country", start, end) if names_state(m)]


_WRAPPED_POSSESSIVE = re.compile(r"['’]s[ \t]*\n[ \t]*")  # ("Indonesia's\n    Ministry of ...")


def country_before(doc: Doc, start: int, max_gap: int = 3) -> str | None:
    """A country named just before `start` ("Japan's", "Swedish", "the U.S.")."""
    for mention in reversed(states_in(doc, max(0, start - 40), start)):
        gap = doc.text[mention.end : start]
        gap_words = [w for w in gap.replace("’s", " ").replace("'s", " ").split() if w]
        # a sentence end or line break between them: the country belongs to what came before
        # (but a possessive that ends a hard-wrapped line owns what opens the next one)
        if len(gap_words) <= max_gap and (
            not any(c in gap for c in ",;().!?\n") or _WRAPPED_POSSESSIVE.fullmatch(gap) is not None
        ):
            return str(mention.attrs["code"])
        break
    return None


def country_in_sentence(doc: Doc, start: int) -> str | None:
    """The nearest country (or city's country) named earlier in the sentence of `start`."""
    sent_start, _ = doc.sentence_of(start)
    places = states_in(doc, sent_start, start) + doc.in_span("city", sent_start, start)
    places.sort(key=lambda m: m.start)
    return str(places[-1].attrs["code"]) if places else None


def vocabulary_hits(
    doc: Doc, name: str, find: Callable[[str], list[int]], lowered: bool = False
) -> list[int]:
    """The sorted offsets that `find` gives for the text (or for its same-length lower-case copy),
    computed once per Doc and cached under `name`: one pass over the whole text that lets a
    component skip the sentences and phrases where none of its words occurs."""
    cache: dict[str, list[int]] = doc.data.setdefault("_vocabulary_hits", {})
    found = cache.get(name)
    if found is None:
        found = cache[name] = sorted(find(doc_lowered(doc) if lowered else doc.text))
    return found


def substring_starts(words: Iterable[str]) -> Callable[[str], list[int]]:
    """A `find` for `vocabulary_hits`: the start offsets of every occurrence of the words, inside
    longer words too (one Aho-Corasick pass, overlapping matches included)."""
    automaton = ahocorasick_rs.AhoCorasick(sorted(set(words)))
    return lambda text: [start for _, start, _ in automaton.find_matches_as_indexes(text, overlapping=True)]


def any_between(offsets: list[int], start: int, end: int) -> bool:
    """True when some offset of the sorted list lies in [start, end)."""
    index = bisect.bisect_left(offsets, start)
    return index < len(offsets) and offsets[index] < end
