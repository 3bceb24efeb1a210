"""Capitalised name phrases of a sentence ("Ministry of Education, Culture, Sports, Science and
Technology", "Embassy of Japan in Germany"), the building block of organisation and programme
names found from the text alone."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml

_PUNCTUATION = re.escape(",;:()[]\"“”‘’'")  # a token of its own each
# The characters besides whitespace that no word holds: each ends the token before it.
TOKEN_EDGES = frozenset(",;:()[]\"“”‘’'*#")
_TOKEN = re.compile(rf"[^\s{_PUNCTUATION}*#]+(?:['’][A-Za-z]+)?|[{_PUNCTUATION}]")
# The same tokens with the characters skipped before each (whitespace, "*", "#": the only ones no
# token starts with): `findall` then gives offsets without building a match object per token.
_GAPPED = re.compile(r"([\s*#]*)(" + _TOKEN.pattern + ")")
LOCATIVE = frozenset({"in", "to", "at"})


class Token(NamedTuple):
    """A word or punctuation mark with its offsets; `capitalised` when it can be part of a name
    (an upper-case initial, or a number-like word such as "21st"). A named tuple: documents make
    hundreds of thousands of them, and a tuple is several times cheaper to create than a frozen
    dataclass."""

    start: int
    end: int
    text: str
    capitalised: bool = False


_new_token = tuple.__new__  # builds a Token from its four fields without a Python-level call
_first = itemgetter(0)
_end = itemgetter(1)
_is_capitalised = itemgetter(3)


def opens_with_okina(text: str) -> bool:
    """True for a word opened by the ʻokina of Polynesian languages before a capital ("ʻAisake")."""
    return text[:1] == "ʻ" and text[1:2].isupper()


def _token(start: int, end: int, text: str) -> Token:
    first = text[:1]
    capitalised = (
        first.isupper() or (first.isdigit() and any(c.isalpha() for c in text)) or opens_with_okina(text)
    )
    return _new_token(Token, (start, end, text, capitalised))


class Phrase(NamedTuple):
    """A run of name tokens (a named tuple: sentences make many of them)."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def words(self) -> list[str]:
        """The words of the phrase (punctuation dropped)."""
        return [t.text for t in self.tokens if t.text not in {",", "&"}]


_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]?\.|[A-Za-z]+\.[A-Za-z]+\.")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]; a sentence-final period is a token of its own."""
    out: list[Token] = []
    append = out.append
    position = start
    for gap, word in _GAPPED.findall(text, start, end):
        s = position + len(gap)
        e = position = s + len(word)
        if word[-1] == "." and len(word) > 1 and not _ABBREVIATION.fullmatch(word):
            append(_token(s, e - 1, word[:-1]))
            append(_new_token(Token, (e - 1, e, ".", False)))
            continue
        first = word[0]
        capitalised = (
            first.isupper()
            or (first.isdigit() and any(c.isalpha() for c in word))
            or (first == "ʻ" and word[1:2].isupper())  # (`opens_with_okina`, inline: a hot loop)
        )
        append(_new_token(Token, (s, e, word, capitalised)))
    return out


class Cut(NamedTuple):
    """Tokens with their starts and ends (for bisection) and the indices of the capitalised ones."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]
    capitals: list[int]


def _make_cut(toks: list[Token]) -> Cut:
    return Cut(
        toks,
        list(map(_first, toks)),
        list(map(_end, toks)),
        list(compress(range(len(toks)), map(_is_capitalised, toks))),
    )


def _sentence_tokens(doc: Doc, index: int) -> Cut:
    """The tokens of sentence `index`, made once per Doc."""
    cuts: dict[int, Cut] = doc.data.setdefault("_sentence_tokens", {})
    found = cuts.get(index)
    if found is None:
        start, end = doc.sentences[index]
        found = cuts[index] = _make_cut(tokens(doc.text, start, end))
    return found


def token_cut(doc: Doc, start: int, end: int) -> Cut:
    """The `Cut` of doc.text[start:end]: its tokens are `doc_tokens(doc, start, end)`. A sentence's
    is made once per Doc (shared by every component that reads the sentence)."""
    if doc.sentences:
        index = doc.sentence_index(start)
        if doc.sentences[index] == (start, end):
            return _sentence_tokens(doc, index)
    return _make_cut(doc_tokens(doc, start, end))


def doc_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of doc.text[start:end] (the same as `tokens`), cached on the Doc per span.

    A span inside a sentence is cut from the tokens of that sentence (each sentence is
    tokenised once) when no token crosses `start` or `end`."""
    cache: dict[tuple[int, int], list[Token]] = doc.data.setdefault("_tokens", {})
    found = cache.get((start, end))
    if found is None:
        found = cache[(start, end)] = _cut(doc, start, end)
    return found


def _cut(doc: Doc, start: int, end: int) -> list[Token]:
    if not doc.sentences:
        return tokens(doc.text, start, end)
    index = doc.sentence_index(start)
    sentence_start, sentence_end = doc.sentences[index]
    if not sentence_start <= start <= end <= sentence_end:
        return tokens(doc.text, start, end)
    cut = _sentence_tokens(doc, index)
    lo = bisect.bisect_left(cut.starts, start)
    hi = bisect.bisect_left(cut.starts, end, lo)
    if (lo and cut.ends[lo - 1] > start) or (hi and cut.ends[hi - 1] > end):
        return tokens(doc.text, start, end)  # a word is cut in two: tokenise the span itself
    return cut.tokens[lo:hi]


@functools.cache
def name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(heads, weak heads, connectors) from org_heads.yaml."""
    data = load_yaml("org_heads.yaml")
    return (
        frozenset(data.get("heads", [])),
        frozenset(data.get("weak_heads", [])),
        frozenset(data.get("connectors", [])),
    )


@functools.cache
def in_openers() -> frozenset[str]:
    """The words after which "in" goes on with a name (org_heads.yaml `in_openers`: "Women in STEM
    Mentoring Scheme", "Girls in ICT Day")."""
    return frozenset(load_yaml("org_heads.yaml").get("in_openers", []))


@functools.cache
def connector_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(`locative_heads`, `on_heads`) from org_heads.yaml: the heads after which "in", "to", "at"
    and "on" go on with a name."""
    data = load_yaml("org_heads.yaml")
    return frozenset(data["locative_heads"]), frozenset(data["on_heads"])


def name_phrases(doc: Doc, start: int, end: int) -> list[Phrase]:
    """Maximal runs of capitalised words joined by connectors, commas (in enumerations) and "&".

    Results are cached on the Doc per span, since several components ask for the same sentence.
    """
    cache: dict[tuple[int, int], list[Phrase]] = doc.data.setdefault("_phrases", {})
    found = cache.get((start, end))
    if found is None:
        found = cache[(start, end)] = _name_phrases(doc, start, end)
    return found


def _name_phrases(doc: Doc, start: int, end: int) -> list[Phrase]:
    cut = token_cut(doc, start, end)
    toks = cut.tokens
    heads, _, connectors = name_words()
    phrases: list[Phrase] = []
    j = 0
    for i in cut.capitals:
        if i < j:
            continue
        j = _extend(toks, i, heads, connectors)
        phrases.append(Phrase(toks[i].start, toks[j - 1].end, tuple(toks[i:j])))
    return phrases


_APOSTROPHES = frozenset("'’")
_WORD_REACH = 64  # how far `may_be_in_name` reads on each side of a word


def may_be_in_name(text: str, at: int, floor: int, limit: int) -> bool:
    """False when the token at `at` (a letter; tokens cut from text[floor:limit]) can be in no
    name phrase: it starts with a lower-case letter and is no connector. Decided from the text
    alone, without cutting the sentence into tokens (a token longer than `_WORD_REACH` is let
    through)."""
    first, low = at, max(floor, at - _WORD_REACH)
    while first > low and not _token_edge(text[first - 1]):
        first -= 1
    if first > floor and (first == low or text[first - 1] in _APOSTROPHES):
        return True  # a long token, or maybe the tail of the token before ("O'Neill")
    if text[first].isupper() or text[first].isdigit():
        return True
    last, high = at, min(limit, at + _WORD_REACH)
    while last < high and not _token_edge(text[last]):
        last += 1
    if last == high < limit:
        return True
    word = text[first:last]
    connectors = name_words()[2]
    return word in connectors or word.rstrip(".") in connectors or word.rstrip(".") == "&"


def _token_edge(char: str) -> bool:
    return char.isspace() or char in TOKEN_EDGES


def name_phrases_at(doc: Doc, start: int, end: int, offsets: list[int]) -> list[Phrase]:
    """The phrases of `name_phrases(doc, start, end)` that hold one of the sorted `offsets`.

    Only the phrases around the offsets are made: a token that is neither capitalised nor a
    connector or comma ends every phrase, so the phrases after it do not depend on those before."""
    known = doc.data.get("_phrases", {}).get((start, end))
    if known is not None:
        return [p for p in known if _holds(offsets, p.start, p.end)]
    cut = token_cut(doc, start, end)
    heads, _, connectors = name_words()
    out: list[Phrase] = []
    chain = 0  # the next phrase starts at the first capitalised token from here
    walked = 0  # the tokens before this one were read for a break (each token is read once)
    for k in range(bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)):
        at = bisect.bisect_right(cut.starts, offsets[k]) - 1  # the token at (or before) the offset
        if at < chain:
            continue  # inside the last phrase made (or before any token)
        first = max(chain, walked)
        last_break = _last_break(cut.tokens, first, at, connectors)
        if last_break >= first:
            chain = last_break + 1
        walked = at + 1
        phrase, chain = _phrase_over(cut, chain, at, offsets[k], heads, connectors)
        if phrase is not None:
            out.append(phrase)
    return out


def _holds(offsets: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(offsets, start)
    return index < len(offsets) and offsets[index] < end


def _last_break(toks: list[Token], first: int, last: int, connectors: frozenset[str]) -> int:
    """The index of the last token in [first, last] that ends any phrase (not capitalised, not a
    connector, comma or "&"), or first - 1."""
    index = last
    while index >= first:
        tok = toks[index]
        if not tok.capitalised and tok.text not in connectors and tok.text not in {",", "&"}:
            break
        index -= 1
    return index


def _phrase_over(
    cut: Cut, chain: int, at: int, offset: int, heads: frozenset[str], connectors: frozenset[str]
) -> tuple[Phrase | None, int]:
    """The phrase that holds `offset` (in token `at`), made from the phrase chain at token `chain`,
    and where the chain goes on after it."""
    toks, capitals = cut.tokens, cut.capitals
    index = bisect.bisect_left(capitals, chain)
    while index < len(capitals) and capitals[index] <= at:
        i = capitals[index]
        chain = _extend(toks, i, heads, connectors)
        if toks[chain - 1].end > offset:
            return Phrase(toks[i].start, toks[chain - 1].end, tuple(toks[i:chain])), chain
        index = bisect.bisect_left(capitals, chain, index)
    return None, chain


def _extend(toks: list[Token], i: int, heads: frozenset[str], connectors: frozenset[str]) -> int:
    """Index one past the last token of the phrase that starts at `i`."""
    j = i + 1
    last_good = j
    comma_cut: int | None = None
    commas: list[int] = []  # where the phrase stood at each comma it went on over
    seen_head = toks[i].text in heads
    locative_heads, on_heads = connector_heads()
    while j < len(toks):
        tok = toks[j]
        if tok.capitalised:
            seen_head = seen_head or tok.text in heads
            j += 1
            last_good = j
            continue
        if tok.text == "," and not seen_head and _fields_before_head(toks, i, j, heads):
            j += 1  # "Science, Technology & Innovation Funding Authority": fields before the head
            continue
        if tok.text == "," and seen_head and j + 1 < len(toks) and _enumerable(toks[j + 1]):
            comma_cut = comma_cut if comma_cut is not None else last_good
            commas.append(last_good)
            j += 1
            continue
        if (tok.text in connectors or tok.text == "&") and j + 1 < len(toks):
            if (
                tok.text in LOCATIVE
                and not any(t.text in locative_heads for t in toks[i:j])
                and not (tok.text == "in" and toks[j - 1].text in in_openers())
            ):
                break
            if tok.text == "on" and toks[j - 1].text not in on_heads:
                break
            j += 1
            continue
        break
    if comma_cut is not None and not any(t.text in {"and", "&"} for t in toks[comma_cut:last_good]):
        return comma_cut
    # "Ministry of Science, Technology and Innovation, Esplanada ...": "and" closed the list of
    # fields; a comma after it opens something else (an address, a place)
    joints = [k for k in range(i, last_good) if toks[k].text in {"and", "&"}]
    after = [c for c in commas if joints and c > joints[-1]]
    return after[0] if after else last_good


def _fields_before_head(toks: list[Token], i: int, comma: int, heads: frozenset[str]) -> bool:
    """True for a comma in a list of capitalised fields that "and" or "&" closes right before the
    name's head: "Science, Technology & Innovation Funding Authority" (one word before the comma,
    then capitalised words only, the joint, and a head within four words)."""
    if toks[i].text == "The":
        i += 1
    if comma - i != 1 or toks[i].text.isupper():
        return False
    k = comma + 1
    while k < len(toks) and k - comma <= 3 and _enumerable(toks[k]) and toks[k].text not in heads:
        k += 1
    if k == comma + 1 or k >= len(toks) or toks[k].text not in {"and", "&"}:
        return False
    for tok in toks[k + 1 : k + 5]:
        if tok.text in heads:
            return True
        if not tok.capitalised:
            return False
    return False


def _enumerable(tok: Token) -> bool:
    text = tok.text
    return text[:1].isupper() and not (len(text) > 1 and text.isupper()) and text not in {"The", "A"}
