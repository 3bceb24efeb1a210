"""A gazetteer of named entries (organisations, programmes): a token scanner over their names,
aliases and acronyms, look-ups, and resolution of ambiguous matches with context.

Text and names are cut into the same tokens (words, single CJK characters, punctuation marks), so
a match always starts and ends on word boundaries and spacing or line breaks inside a name do not
matter. Names of several words match case-insensitively, but the match must start and end with a
capitalised word (or one that is lower-case in the name itself, as in "... de la recherche
scientifique"); one-word names and acronyms match case-sensitively (as written, or in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from bilat.extract.reference.text import Hit, fold_marks, longest_first

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
TOKEN = re.compile(rf"[^\W{_CJK}]+|[{_CJK}]|[^\w\s]")
MAX_TOKENS = 40


class Entry(Protocol):
    """What the gazetteer needs from an entry."""

    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def country(self) -> str | None: ...
    @property
    def curated(self) -> bool: ...
    @property
    def preferred(self) -> bool: ...


E = TypeVar("E", bound=Entry)


@dataclass(slots=True)
class Match(Generic[E]):
    """A gazetteer match: span, surface text, the entries it may name, and whether by acronym."""

    start: int
    end: int
    surface: str
    candidates: list[E] = field(default_factory=list)
    by_acronym: bool = False


def _fold(text: str) -> str:
    return text if text.isascii() else fold_marks(text)


def tokens(text: str) -> list[str]:
    """The tokens of a name or text (words, CJK characters, punctuation marks)."""
    return TOKEN.findall(_fold(text))


def loose_tokens(name: str) -> list[str]:
    """The lower-case tokens of a name, without a leading "the" (the key of several-word names)."""
    toks = TOKEN.findall(_fold(name.lower()))
    return toks[1:] if len(toks) > 2 and toks[0] == "the" else toks


def _capitalised(token: str) -> bool:
    """Not starting with a lower-case letter (capitals, digits, marks and caseless scripts are)."""
    return not token[0].islower()


def _token_starts(folded: str, toks: list[str], count: int, starts: list[int]) -> list[int]:
    """Extend `starts` (the offsets of the first tokens, found by a forward walk over the text)
    to at least `count` tokens; the walk is shared by the indexes that scan the same text."""
    if len(starts) >= count:
        return starts
    position = starts[-1] + len(toks[len(starts) - 1]) if starts else 0
    for token in toks[len(starts) : count]:
        position = folded.find(token, position)
        starts.append(position)
        position += len(token)
    return starts


def _located(
    folded: str, toks: list[str], spans: list[tuple[int, int, list[int], bool]], walked: list[int]
) -> tuple[list[Hit], list[tuple[list[int], bool]]]:
    """Character offsets for token-index spans (`walked`: the token offsets known so far)."""
    hits: list[Hit] = []
    found: list[tuple[list[int], bool]] = []
    if not spans:
        return hits, found
    spans.sort(key=lambda span: span[0])
    last = max(first + size for first, size, _, _ in spans)
    starts = _token_starts(folded, toks, last, walked)
    for first, size, entries, exact in spans:
        end_token = first + size - 1
        hits.append(Hit(len(found), starts[first], starts[end_token] + len(toks[end_token])))
        found.append((entries, exact))
    return hits, found


def _lower_tail(name: str, last: str) -> bool:
    """True when the name's last word is written in lower case ("... recherche scientifique")."""
    at = name.lower().rfind(last)
    return at >= 0 and at < len(name) and not _capitalised(name[at])


def _compact(keys: dict[str, list[int]]) -> dict[str, Any]:
    """Keys with one entry store the bare number (faster to save and load)."""
    return {key: numbers[0] if len(numbers) == 1 else numbers for key, numbers in keys.items()}


_Tokenised = tuple[str, list[str], list[str], list[int], list[int]]
_last: list[tuple[str, _Tokenised]] = []  # the last text cut into tokens (shared by the indexes)


def _tokenised(text: str) -> _Tokenised:
    """The folded text, its tokens, the tokens in lower case, the positions of capitalised ones and
    the character offsets of the tokens walked so far (filled in by `_located`).

    The result for the last text is kept, so that the organisation and programme indexes
    scanning the same document cut it only once."""
    if _last and _last[0][0] is text:
        return _last[0][1]
    folded = _fold(text)
    toks = TOKEN.findall(folded)
    lowered = _lowered_tokens(folded, toks)
    capitals = [i for i, t in enumerate(toks) if not t[0].islower()]
    walked: list[int] = []
    _last[:] = [(text, (folded, toks, lowered, capitals, walked))]
    return folded, toks, lowered, capitals, walked


def _lowered_tokens(folded: str, toks: list[str]) -> list[str]:
    """The tokens in lower case: one pass over the lower-cased text when that keeps them aligned."""
    lower = folded.lower()
    if len(lower) == len(folded):
        lowered: list[str] = TOKEN.findall(lower)
        if len(lowered) == len(toks):
            return lowered
    return [t.lower() for t in toks]


def _numbers(value: list[int] | int) -> list[int]:
    return [value] if isinstance(value, int) else value


class _Table:
    """Token-sequence keys to entry numbers. `longest` gives, for a key's first token (one-token
    keys) or first two tokens (longer keys), the length of the longest key that starts so."""

    def __init__(self) -> None:
        self.keys: dict[str, list[int]] = {}
        self.longest: dict[str, int] = {}

    def add(self, toks: list[str], number: int) -> str | None:
        """Record that the token sequence names entry `number`; return its key (None: too long)."""
        if not toks or len(toks) > MAX_TOKENS:
            return None
        key = " ".join(toks)
        numbers = self.keys.setdefault(key, [])
        if number not in numbers:
            numbers.append(number)
        self.longest.setdefault(toks[0], 1)
        if len(toks) > 1:
            head = f"{toks[0]} {toks[1]}"
            if self.longest.get(head, 0) < len(toks):
                self.longest[head] = len(toks)
        return key

    def starts(self, toks: list[str], candidates: Iterable[int] | None = None) -> list[int]:
        """The positions (among `candidates`, default all) where some key may start: a one-token
        key there, or the first two tokens of a longer one."""
        longest, keys, last = self.longest, self.keys, len(toks) - 1
        if candidates is None:  # every position, tested in one pass
            return [
                i
                for i, token in enumerate(toks)
                if token in longest and (token in keys or (i < last and f"{token} {toks[i + 1]}" in longest))
            ]
        return [
            i for i in candidates if toks[i] in keys or (i < last and f"{toks[i]} {toks[i + 1]}" in longest)
        ]

    def longest_at(self, toks: list[str], i: int) -> tuple[str, int] | None:
        """The longest key starting at token i, with its length in tokens."""
        if i + 1 < len(toks):
            most = min(self.longest.get(f"{toks[i]} {toks[i + 1]}", 0), len(toks) - i)
            if most > 1:
                window = toks[i : i + most]
                joined = " ".join(window)
                end = len(joined)
                for size in range(most, 1, -1):  # longest first: the keys are prefixes of `joined`
                    key = joined[:end]
                    if key in self.keys:
                        return key, size
                    end -= len(window[size - 1]) + 1
        return (toks[i], 1) if toks[i] in self.keys else None


class Gazetteer(Generic[E]):
    """Scanner and look-ups over entries given as (name and aliases, acronyms) per entry number."""

    def __init__(self, acronym_stoplist: Iterable[str] = ()) -> None:
        self._stop = set(acronym_stoplist)
        self._stop_names = {" ".join(loose_tokens(s)) for s in self._stop if " " in s}
        self._loose = _Table()  # several-word names, lower-cased
        self._exact = _Table()  # one-word names and acronyms, as written and in capitals
        self._lower_tail: set[str] = set()
        self._acronyms: set[str] = set()

    def state(self) -> dict[str, Any]:
        """The scanner tables as plain data (for a cache)."""
        return {
            "loose": _compact(self._loose.keys),
            "loose_longest": self._loose.longest,
            "exact": _compact(self._exact.keys),
            "exact_longest": self._exact.longest,
            "lower_tail": self._lower_tail,
            "acronyms": self._acronyms,
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Load scanner tables saved by `state`."""
        self._loose.keys, self._loose.longest = state["loose"], state["loose_longest"]
        self._exact.keys, self._exact.longest = state["exact"], state["exact_longest"]
        self._lower_tail, self._acronyms = state["lower_tail"], state["acronyms"]

    # building -----------------------------------------------------------------------------
    def _index(
        self, number: int, names: Iterable[str], acronyms: Iterable[str], *, strict: bool = False
    ) -> None:
        """Index an entry's names and acronyms. `strict` (for bulk lists such as ROR) leaves out
        two-letter acronyms and one-word names that read as ordinary words ("Horizon", "Alliance")."""
        for name in names:
            self._index_name(number, name, strict=strict)
        for acronym in acronyms:
            acronym = acronym.strip()
            if len(acronym) < (3 if strict else 2) or acronym in self._stop:
                continue
            self._acronyms.add(acronym)
            self._exact.add(tokens(acronym), number)

    def _index_name(
        self, number: int, name: str, low: list[str] | None = None, *, strict: bool = False
    ) -> None:
        """Index one name (`low`: its loose tokens, when already known)."""
        low = loose_tokens(name) if low is None else low
        if len(low) >= 2:
            if " ".join(low) in self._stop_names:
                return
            key = self._loose.add(low, number)
            if key and _lower_tail(name, low[-1]):
                self._lower_tail.add(key)
        elif low and len(name) >= 3 and name not in self._stop and not (strict and _plain_word(name)):
            self._exact.add(tokens(name), number)
            self._exact.add([name.upper()], number)

    def entry(self, number: int) -> E:
        """The entry with this number."""
        raise NotImplementedError

    # scanning -----------------------------------------------------------------------------
    def find(self, text: str) -> list[Match[E]]:
        """Every name, alias or acronym of an entry in `text`, longest first, never overlapping."""
        folded, toks, lowered, capitals, walked = _tokenised(text)
        spans: list[tuple[int, int, list[int], bool]] = []  # first token, size, entries, exact
        for table, seq, loose in ((self._loose, lowered, True), (self._exact, toks, False)):
            for i in table.starts(seq, capitals if loose else None):
                hit = table.longest_at(seq, i)
                if hit is None or (loose and not self._proper(toks, i, hit[1], hit[0])):
                    continue
                spans.append((i, hit[1], _numbers(table.keys[hit[0]]), not loose))
        hits, found = _located(folded, toks, spans, walked)
        return [self._match(text, hit, *found[hit.pattern]) for hit in longest_first(hits, len(text))]

    def _proper(self, toks: list[str], i: int, size: int, key: str) -> bool:
        if size < 2:
            return False
        return not toks[i + size - 1][0].islower() or key in self._lower_tail

    def _match(self, text: str, hit: Hit, numbers: list[int], exact: bool) -> Match[E]:
        surface = text[hit.start : hit.end]
        by_acronym = exact and surface in self._acronyms
        return Match(hit.start, hit.end, surface, [self.entry(n) for n in numbers], by_acronym)

    # look-ups -----------------------------------------------------------------------------
    def lookup(self, name_or_acronym: str) -> list[E]:
        """Entries with this name, alias or acronym (names compared ignoring case and spacing)."""
        numbers: list[int] = []
        for table, toks in (
            (self._loose, loose_tokens(name_or_acronym)),
            (self._exact, tokens(name_or_acronym)),
            (self._exact, tokens(name_or_acronym.upper())),
        ):
            for n in _numbers(table.keys.get(" ".join(toks), [])):
                if n not in numbers:
                    numbers.append(n)
        return [self.entry(n) for n in numbers]

    def resolve(
        self, match: Match[E], context_countries: Iterable[str] = (), nearby_names: Iterable[str] = ()
    ) -> E | None:
        """The entry a match names, using the document's countries and full names nearby.

        Never decides by an acronym alone when several entries share it: without a context that
        singles one out, the answer is None. Candidates of the document's countries (all, without
        a context) and international bodies are kept; if they belong to two countries the answer
        is None, else the only one, the only curated one or the only funder/government one.
        """
        context = set(context_countries)
        candidates = match.candidates
        if len(candidates) == 1:
            return candidates[0] if _single_fits(match, candidates[0], context) else None
        named = self._named_nearby(candidates, nearby_names)
        if len(named) == 1:
            return named[0]
        pool = named or candidates
        if not context and match.by_acronym and not named:
            return None
        national = [c for c in pool if c.country is not None and (not context or c.country in context)]
        if len({c.country for c in national}) > 1:
            return None  # two of the document's countries have an organisation of that name
        return _best(national + [c for c in pool if c.country is None])

    def _named_nearby(self, candidates: Sequence[E], nearby_names: Iterable[str]) -> list[E]:
        keys = {" ".join(loose_tokens(n)) for n in nearby_names}
        keys.discard("")
        if not keys:
            return []
        return [c for c in candidates if any(" ".join(loose_tokens(n)) in keys for n in (c.name, *c.aliases))]


def _single_fits(match: Match[E], entry: E, context: set[str]) -> bool:
    """A lone candidate from a bulk list, named by an acronym or a short name ("National Research
    Foundation"), must be from one of the document's countries."""
    if not context or entry.country is None or entry.curated:
        return True
    if not match.by_acronym and len(tokens(match.surface)) > 3:
        return True
    return entry.country in context


def _plain_word(name: str) -> bool:
    """A one-word name that reads as an ordinary word: "Horizon", not "RIKEN" or "NanoTerasu"."""
    return name.isascii() and name.isalpha() and sum(c.isupper() for c in name) <= 1


def _best(pool: list[E]) -> E | None:
    """The one entry that stands out: the only one, the only curated one, or the only preferred one."""
    for keep in (lambda e: True, lambda e: e.curated, lambda e: e.preferred):
        kept = [e for e in pool if keep(e)]
        if len(kept) == 1:
            return kept[0]
        if kept:
            pool = kept
    return None


class ListGazetteer(Gazetteer[E]):
    """A gazetteer over a list of ready-made entries that also have acronyms."""

    def __init__(self, entries: Sequence[E], acronym_stoplist: Iterable[str] = ()) -> None:
        super().__init__(acronym_stoplist)
        self.entries = list(entries)
        for number, entry in enumerate(self.entries):
            self._index(number, (entry.name, *entry.aliases), getattr(entry, "acronyms", ()))

    def entry(self, number: int) -> E:
        """The entry with this number."""
        return self.entries[number]
