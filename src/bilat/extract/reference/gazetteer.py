"""A gazetteer of named entries (organisations, programmes): a token scanner over their names,
aliases and acronyms, look-ups, and resolution of ambiguous matches with context.

Text and names are cut into the same tokens (words, single CJK characters, punctuation marks), so
a match always starts and ends on word boundaries and spacing or line breaks inside a name do not
matter. Names of several words match case-insensitively, but the match must start and end with a
capitalised word (or one that is lower-case in the name itself, as in "... de la recherche
scientifique"); one-word names and acronyms match case-sensitively (as written, or in capitals).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, count
from typing import Any, Generic, Protocol, TypeVar

from bilat.extract.reference.text import Hit, fold_marks, longest_first

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
# A token: a run of letters and digits (not CJK), one CJK character or one mark.
TOKEN_PATTERN = rf"[^\W{_CJK}]+|[{_CJK}]|[^\w\s]"
# Splitting on the tokens gives the whitespace between them and the tokens in turn (tokens cover
# every other character): one pass serves for the tokens and their offsets, with fewer objects
# than a findall of (whitespace, token) pairs (compiling one of these costs start-up time).
_SPLIT = re.compile(f"({TOKEN_PATTERN})")
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


def _token_list(text: str) -> list[str]:
    """The tokens of `text` as they are (the same as `re.findall(TOKEN_PATTERN, text)`)."""
    return _SPLIT.split(text)[1::2]


def tokens(text: str) -> list[str]:
    """The tokens of a name or text (words, CJK characters, punctuation marks)."""
    return _token_list(_fold(text))


def loose_tokens(name: str) -> list[str]:
    """The lower-case tokens of a name, without a leading "the" (the key of several-word names)."""
    toks = _token_list(_fold(name.lower()))
    return toks[1:] if len(toks) > 2 and toks[0] == "the" else toks


def _capitalised(token: str) -> bool:
    """Not starting with a lower-case letter (capitals, digits, marks and caseless scripts are)."""
    return not token[0].islower()


def _lower_tail(name: str, last: str) -> bool:
    """True when the name's last word is written in lower case ("... recherche scientifique")."""
    at = name.lower().rfind(last)
    return at >= 0 and at < len(name) and not _capitalised(name[at])


def _compact(keys: dict[str, list[int]]) -> dict[str, Any]:
    """Keys with one entry store the bare number (faster to save and load)."""
    return {key: _compact_numbers(numbers) for key, numbers in keys.items()}


def _compact_numbers(numbers: list[int] | int) -> list[int] | int:
    return numbers[0] if not isinstance(numbers, int) and len(numbers) == 1 else numbers


class _Cut:
    """A text cut into tokens, with what the scanners derive from them, each made once per text:
    the folded text, its tokens (and the whitespace between them, for character offsets), the
    tokens in lower case, the positions of the capitalised ones and their pairs with the next
    token ("national institute"). Look-ups in the large tables are mostly cache misses, so the
    scanners make them only at capitalised tokens (and at the few marks that start a key)."""

    __slots__ = ("_capitals", "_pairs", "_parts", "folded", "lowered", "toks")

    def __init__(self, text: str) -> None:
        self.folded = _fold(text)
        self._parts: list[str] = _SPLIT.split(self.folded)  # whitespace, token, ..., whitespace
        self.toks: list[str] = self._parts[1::2]
        self.lowered = _lowered_tokens(self.folded, self.toks)
        self._capitals: list[int] | None = None
        self._pairs: tuple[list[int], list[str]] | None = None

    def capitals(self) -> list[int]:
        """The positions of the tokens that start with a letter or digit that is not lower-case
        (not with a mark: few names do, see `_Table.rare_heads`)."""
        if self._capitals is None:
            self._capitals = [i for i, t in enumerate(self.toks) if not t[0].islower() and t[0].isalnum()]
        return self._capitals

    def capital_pairs(self) -> tuple[list[int], list[str]]:
        """The `capitals` that have a next token, and each pair in lower case ("dr .")."""
        if self._pairs is None:
            firsts = self.capitals()
            if firsts and firsts[-1] == len(self.toks) - 1:
                firsts = firsts[:-1]
            lowered = self.lowered
            self._pairs = (firsts, [f"{lowered[i]} {lowered[i + 1]}" for i in firsts])
        return self._pairs

    def hits(self, spans: list[tuple[int, int]]) -> list[Hit]:
        """The character spans of token spans (first token, number of tokens), given in the order
        of their first tokens; hit n is span n. The offsets come from one walk up to the last
        span, joining the pieces between spans (C-level work) instead of an offset per token."""
        parts, at, offset = self._parts, 0, 0  # `offset`: where parts[at] starts
        hits: list[Hit] = []
        for number, (first, size) in enumerate(spans):
            start = 2 * first + 1  # token i is parts[2 * i + 1]
            offset += len("".join(parts[at:start]))
            at = start
            hits.append(Hit(number, offset, offset + len("".join(parts[start : start + 2 * size - 1]))))
        return hits


_last: list[tuple[str, _Cut]] = []  # the last text cut into tokens (shared by the indexes)


def _tokenised(text: str) -> _Cut:
    """`text` cut into tokens. The result for the last text is kept, so that the organisation and
    programme indexes scanning the same document cut it only once."""
    if _last and _last[0][0] is text:
        return _last[0][1]
    cut = _Cut(text)
    _last[:] = [(text, cut)]
    return cut


def _lowered_tokens(folded: str, toks: list[str]) -> list[str]:
    """The tokens in lower case, as cut from the lower-cased text when that keeps them aligned.

    Lower-casing is per character except for the final-sigma rule, and it never moves a character
    between the token classes (a test checks every code point), so without a capital sigma and
    with an unchanged length, lower-casing each token gives the same tokens."""
    lower = folded.lower()
    if len(lower) == len(folded):
        if "\u03a3" not in folded:
            return list(map(str.lower, toks))
        lowered = _token_list(lower)
        if len(lowered) == len(toks):
            return lowered
    return [t.lower() for t in toks]


def _numbers(value: list[int] | int) -> list[int]:
    return [value] if isinstance(value, int) else value


# A pair of first tokens shared by keys of at least this many sizes of three tokens or more
# ("science and ...") also has its triples in `_Table.triples` (see `_Table.longest_of`).
MANY_SIZES = 3


def _many_sizes(sizes: int) -> bool:
    """True when the size bits hold MANY_SIZES sizes of three tokens or more."""
    return (sizes >> 3).bit_count() >= MANY_SIZES


class _Table:
    """Token-sequence keys to entry numbers. `heads` holds, for the first two tokens of keys of
    two tokens or more, the sizes of those keys (bit n set for a key of n tokens), so that a scan
    tries only sizes that exist, and (for keys as written, `cased`, whose scan starts from them)
    the first token of every key (bit 0 set for a key of one token, bit 1 for longer keys; `firsts`
    is the set of them, faster to test). `triples` does the same for the first three tokens of keys
    whose first two tokens start keys of many sizes. `rare_heads` holds the first tokens that
    start with a mark or (when `cased`) with a lower-case letter: the few that a scan of the
    capitalised tokens would miss."""

    def __init__(self, *, cased: bool) -> None:
        self.cased = cased
        self.keys: dict[str, list[int]] = {}
        self.heads: dict[str, int] = {}
        self.rare_heads: set[str] = set()
        self._triples: dict[str, int] | None = {}  # None: to derive again from the keys
        self._firsts: frozenset[str] | None = None

    def add(self, toks: list[str], number: int) -> str | None:
        """Record that the token sequence names entry `number`; return its key (None: too long)."""
        if not toks or len(toks) > MAX_TOKENS:
            return None
        key = " ".join(toks)
        numbers = self.keys.setdefault(key, [])
        if number not in numbers:
            numbers.append(number)
        if self.cased:
            self.heads[toks[0]] = self.heads.get(toks[0], 0) | (2 if len(toks) > 1 else 1)
            self._firsts = None
        if len(toks) > 2:
            self._triples = None
        first = toks[0][0]
        if not first.isalnum() or (self.cased and first.islower()):
            self.rare_heads.add(toks[0])
        if len(toks) > 1:
            head = f"{toks[0]} {toks[1]}"
            self.heads[head] = self.heads.get(head, 0) | 1 << len(toks)
        return key

    def state(self) -> tuple[dict[str, Any], dict[str, int], set[str], dict[str, int]]:
        """The tables as plain data."""
        return _compact(self.keys), self.heads, self.rare_heads, self.triples()

    def restore(self, state: Any) -> None:
        """Load tables saved by `state`."""
        self.keys, self.heads, rare_heads, self._triples = state
        self.rare_heads = set(rare_heads)
        self._firsts = None

    def firsts(self) -> frozenset[str]:
        """The first tokens of the keys, when `cased` (and the pairs of `heads`): a set, whose
        misses cost less than a dict's."""
        if self._firsts is None:
            self._firsts = frozenset(self.heads)
        return self._firsts

    def triples(self) -> dict[str, int]:
        """The first three tokens of the keys whose first two start keys of many sizes
        (`_many_sizes`), with the sizes of those keys (derived from the keys after a change)."""
        if self._triples is None:
            triples: dict[str, int] = {}
            for key in self.keys:
                toks = key.split(" ", 3)
                if len(toks) > 2 and _many_sizes(self.heads[f"{toks[0]} {toks[1]}"]):
                    triple = " ".join(toks[:3])
                    triples[triple] = triples.get(triple, 0) | 1 << (key.count(" ") + 1)
            self._triples = triples
        return self._triples

    def longest_of(self, toks: list[str], i: int, sizes: int) -> tuple[str, int, Any] | None:
        """The longest key of two tokens or more starting at token i (i + 1 < len(toks)), with its
        length in tokens and its entry numbers; `sizes`: the `heads` value of tokens i and i + 1.

        When those two start keys of many sizes, the sizes of three tokens or more are those of
        the keys that also share token i + 2 (`triples`): fewer look-ups than trying every size."""
        fits = (2 << (len(toks) - i)) - 1
        if sizes & fits > 3 and _many_sizes(sizes):
            longer = 0
            if i + 2 < len(toks):
                longer = self.triples().get(f"{toks[i]} {toks[i + 1]} {toks[i + 2]}", 0) & fits
            return self._longest(toks, i, longer) or self._longest(toks, i, sizes & 4)
        return self._longest(toks, i, sizes & fits)

    def _longest(self, toks: list[str], i: int, sizes: int) -> tuple[str, int, Any] | None:
        """The longest key of one of these sizes (bits, two tokens or more, all fitting in `toks`)
        starting at token i: one look-up per size, longest first."""
        keys = self.keys
        while sizes > 3:  # a size of two tokens or more is left
            size = sizes.bit_length() - 1
            key = " ".join(toks[i : i + size])
            numbers = keys.get(key)
            if numbers is not None:
                return key, size, numbers
            sizes ^= 1 << size
        return None


class Gazetteer(Generic[E]):
    """Scanner and look-ups over entries given as (name and aliases, acronyms) per entry number."""

    def __init__(self, acronym_stoplist: Iterable[str] = ()) -> None:
        self._stop = set(acronym_stoplist)
        self._stop_names = {" ".join(loose_tokens(s)) for s in self._stop if " " in s}
        self._loose = _Table(cased=False)  # several-word names, lower-cased
        self._exact = _Table(cased=True)  # one-word names and acronyms, as written and in capitals
        self._lower_tail: set[str] = set()
        self._acronyms: set[str] = set()

    def state(self) -> dict[str, Any]:
        """The scanner tables as plain data (for a cache)."""
        return {
            "loose": self._loose.state(),
            "exact": self._exact.state(),
            "lower_tail": self._lower_tail,
            "acronyms": self._acronyms,
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Load scanner tables saved by `state`."""
        self._loose.restore(state["loose"])
        self._exact.restore(state["exact"])
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
        cut = _tokenised(text)
        spans = self._loose_spans(cut) + self._exact_spans(cut)  # first token, size, entries, exact
        if not spans:
            return []
        spans.sort(key=lambda span: span[0])
        hits = cut.hits([(first, size) for first, size, _, _ in spans])
        return [self._match(text, hit, *spans[hit.pattern][2:]) for hit in longest_first(hits, len(text))]

    def _loose_spans(self, cut: _Cut) -> list[tuple[int, int, list[int], bool]]:
        """Several-word names: the longest key at each capitalised token whose pair with the next
        token begins some key; kept when it also ends on a capitalised word."""
        table, toks, lowered = self._loose, cut.toks, cut.lowered
        spans: list[tuple[int, int, list[int], bool]] = []
        firsts, pairs = cut.capital_pairs()
        sizes = list(map(table.heads.get, pairs))  # None: no key starts with the pair
        starts: Iterable[tuple[int, int | None]] = compress(zip(firsts, sizes, strict=True), sizes)
        if table.rare_heads:  # names that start with a mark ("(", "“")
            marked = [
                (i, table.heads[pair])
                for i in compress(count(), map(table.rare_heads.__contains__, lowered))
                if i + 1 < len(toks)
                and not toks[i][0].islower()
                and (pair := f"{lowered[i]} {lowered[i + 1]}") in table.heads
            ]
            starts = sorted({*starts, *marked}) if marked else starts
        for i, size_bits in starts:  # a one-token key is never a several-word name: not looked up
            hit = table.longest_of(lowered, i, size_bits or 0)
            if hit is not None and self._proper(toks, i, hit[1], hit[0]):
                spans.append((i, hit[1], _numbers(hit[2]), False))
        return spans

    def _exact_spans(self, cut: _Cut) -> list[tuple[int, int, list[int], bool]]:
        """One-word names and acronyms, as written: the longest key at each token that begins one."""
        table, toks = self._exact, cut.toks
        keys, heads, last = table.keys, table.heads, len(toks) - 1
        spans: list[tuple[int, int, list[int], bool]] = []
        capitals, firsts = cut.capitals(), table.firsts()
        starts: Iterable[int] = [i for i in capitals if toks[i] in firsts]
        rare = list(compress(count(), map(table.rare_heads.__contains__, toks))) if table.rare_heads else []
        if rare:  # keys that start with a lower-case letter ("eHealth") or a mark
            starts = sorted({*starts, *rare})
        for i in starts:
            longer = i < last and heads[toks[i]] & 2  # a key of two tokens or more starts here
            sizes = heads.get(f"{toks[i]} {toks[i + 1]}", 0) if longer else 0
            hit = table.longest_of(toks, i, sizes) if sizes else None
            if hit is not None:
                spans.append((i, hit[1], _numbers(hit[2]), True))
            elif (numbers := keys.get(toks[i])) is not None:
                spans.append((i, 1, _numbers(numbers), True))
        return spans

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
        if named and context and all(c.country is not None and c.country not in context for c in named):
            # only namesakes abroad ("National Research Foundation" of another country) are named:
            # the one curated body of the document's countries, if there is one, is meant
            home = [c for c in candidates if c.curated and c.country in context]
            if len(home) == 1:
                return home[0]
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
        keys = _loose_keys(tuple(nearby_names))
        if not keys:
            return []
        return [c for c in candidates if any(_loose_key(n) in keys for n in (c.name, *c.aliases))]


@functools.lru_cache(maxsize=256)
def _loose_keys(names: tuple[str, ...]) -> frozenset[str]:
    """The non-empty `_loose_key`s of names (a document's names, asked for each of its matches)."""
    return frozenset(_loose_key(n) for n in names) - {""}


@functools.lru_cache(maxsize=65536)
def _loose_key(name: str) -> str:
    """The key of a several-word name (its loose tokens joined by spaces), remembered."""
    return " ".join(loose_tokens(name))


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
