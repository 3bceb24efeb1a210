"""Event names: the proper name the text gives an event ("15th Japan-U.S. Joint High-level Committee
(JHLC) Meeting on Science and Technology Cooperation"), grown from its cue word over capitalised
words, ordinals, possessives and connectors; a bare "the meeting" takes the nearest proper name
of the same kind earlier in its paragraph, else in the title line."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from bilat.extract.components.event_words import cue_list
from bilat.extract.doc import Doc
from bilat.extract.phrases import Token, doc_tokens
from bilat.extract.reference import countries
from bilat.extract.resources import load_yaml

Span = tuple[int, int]
_APOSTROPHES = frozenset({"'", "’"})
_start = itemgetter(0)


@dataclass(frozen=True)
class Words:
    """The word lists of `event_types.yaml` that shape names."""

    verbs: frozenset[str]
    connectors: frozenset[str]
    ordinals: frozenset[str]
    skip: frozenset[str]
    anaphoric: frozenset[str]

    @functools.cached_property
    def inner_connectors(self) -> frozenset[str]:
        """Connectors that may join two capitalised words on the left of a cue (not "the")."""
        return self.connectors - {"the"}


@functools.cache
def words() -> Words:
    """The naming word lists (loaded once)."""
    data = load_yaml("event_types.yaml")

    def get(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return Words(
        cue_list("verb_cues", lower=True),
        get("name_connectors"),
        get("ordinals") | get("name_ordinals"),
        get("name_skip"),
        get("anaphoric"),
    )


def _name_word(token: Token) -> bool:
    return token.capitalised or token.text.lower() in words().ordinals


def _possessive(toks: list[Token], i: int) -> bool:
    """toks[i] is an apostrophe glued to the capitalised word before it ("Ministers’")."""
    return (
        toks[i].text in _APOSTROPHES
        and i > 0
        and toks[i - 1].end == toks[i].start
        and toks[i - 1].capitalised
    )


def _lower_bridge(toks: list[Token], i: int) -> int:
    """Index of a capitalised word at most three lower-case words before toks[i + 1] ("EU-Japan
    space policy forum"), or i + 1 when there is none."""
    for k in (i, i - 1, i - 2):
        word = toks[k].text if k >= 0 else ""
        if k < 0 or not (word.isalpha() or "-" in word) or word.lower() in words().skip:
            return i + 1
        if toks[k].capitalised:
            return k
    return i + 1


def _grow_left(toks: list[Token], i: int) -> int:
    inner_connectors = words().inner_connectors
    while i > 0:
        prev = toks[i - 1]
        if (
            _name_word(prev)
            or _possessive(toks, i - 1)
            or (
                prev.text.lower() in inner_connectors
                and i > 1
                and toks[i - 2].capitalised
                and toks[i].capitalised
            )
        ):
            i -= 1
        elif prev.text == ")" and i >= 3 and toks[i - 3].text == "(" and toks[i - 2].text.isupper():
            i -= 3  # "Science and Technology for Society (STS) forum"
        elif _lower_bridge(toks, i - 1) < i:
            i = _lower_bridge(toks, i - 1)
        else:
            break
    return i


def _acronym_group(toks: list[Token], j: int) -> int:
    """End index after "(ACR)" starting at j, or j."""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
        return j + 3
    return j


def _grow_right(toks: list[Token], j: int) -> int:
    connectors, skip = words().connectors, words().skip
    inside_topic = False
    while j < len(toks):
        after_group = _acronym_group(toks, j)
        if after_group > j:
            j = after_group
            continue
        k = j
        while k < len(toks) and toks[k].text.lower() in connectors:
            if toks[k].text.lower() == "and" and not inside_topic:
                break
            k += 1
        if k < len(toks) and toks[k].capitalised and toks[k].text.lower() not in skip:
            inside_topic = inside_topic or any(t.text.lower() in ("on", "of", "for") for t in toks[j:k])
            j = k + 1
        else:
            break
    return j


def _strip(toks: list[Token], i: int, j: int) -> int:
    """Drop leading sentence openers and lower-case words (but not ordinals)."""
    skip = words().skip
    while i < j - 1:
        word = toks[i].text
        if word.lower() in skip or not (_name_word(toks[i]) or word[:1].isdigit()):
            i += 1
        else:
            break
    return i


def _proper(toks: list[Token], cue: Span) -> bool:
    """Some capitalised word besides the cue, ordinals, months and openers."""
    skip, ordinals = words().skip, words().ordinals
    return any(
        t.capitalised
        and t.text[:1].isalpha()
        and not (cue[0] <= t.start and t.end <= cue[1])
        and t.text.lower() not in skip
        and t.text.lower() not in ordinals
        for t in toks
    )


@dataclass(frozen=True)
class Named:
    """A candidate name: its span, whether it is proper, and whether it points back ("the meeting")."""

    span: Span
    proper: bool
    anaphoric: bool


def name_at(doc: Doc, cue: Span, sentence: Span) -> Named | None:
    """The name phrase around an event cue within its sentence (None for verb cues); cached on
    the Doc, since the naming of one event looks at the other cues of its paragraph."""
    cache: dict[tuple[Span, Span], Named | None] = doc.data.setdefault("_event_names", {})
    key = (cue, sentence)
    if key not in cache:
        cache[key] = _name_at(doc, cue, sentence)
    return cache[key]


def _name_at(doc: Doc, cue: Span, sentence: Span) -> Named | None:
    if doc.text[cue[0] : cue[1]].lower() in words().verbs:
        return None
    toks = doc_tokens(doc, sentence[0], sentence[1])
    first = bisect.bisect_left(toks, cue[0], key=_start)  # the tokens that start inside the cue
    after = bisect.bisect_left(toks, cue[1], first, key=_start)
    if first == after:
        return None
    i, j = _grow_left(toks, first), _grow_right(toks, after)
    grown = i
    i = _strip(toks, i, j)
    if i >= after and _countries_only(toks[i:j]):
        # "an information session for Chilean applicants": the name is the cue's, not "Chilean"
        j = after
        i = _strip(toks, grown, j)
    span = (toks[i].start, toks[j - 1].end)
    proper = _proper(toks[i:j], cue)
    return Named(span, proper, not proper and _anaphoric(toks, grown, i, j))


def _countries_only(toks: list[Token]) -> bool:
    """Whether a name kept after its cue is only country words and connectors ("Chilean", "Turkish
    and Azerbaijani", "for Chile"): the people or side the event is for, not its name."""
    table, connectors = countries(), words().connectors
    return any(t.capitalised for t in toks) and all(
        t.text.lower() in connectors or (t.capitalised and table.code(t.text) is not None) for t in toks
    )


def _anaphoric(toks: list[Token], grown: int, i: int, j: int) -> bool:
    """An unnumbered name toks[i:j] opened by "the", "this"... (toks[grown - 1 : i + 1])."""
    openers = {t.text.lower() for t in toks[max(0, grown - 1) : i + 1]}
    if not openers & words().anaphoric:
        return False
    ordinals = words().ordinals
    return not any(t.text[:1].isdigit() or t.text.lower() in ordinals for t in toks[i:j])


# How far back "the meeting" may refer to a named meeting: its paragraph, but no more than this
# many sentences (a text without paragraph breaks would otherwise be searched back to its start
# for every such mention, in time quadratic in its length).
LOOKBACK_SENTENCES = 25


def _lookback_start(doc: Doc, at: int) -> int:
    """Where the search for the named event that a mention at `at` refers to begins."""
    index = doc.sentence_index(at)
    floor = doc.sentences[index - LOOKBACK_SENTENCES][0] if index >= LOOKBACK_SENTENCES else 0
    found = doc.text.rfind("\n\n", floor, at)
    return found + 2 if found >= 0 else floor


def _title_end(text: str) -> int:
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    return end if end >= 0 else len(text)


# (doc, start, end) -> the (start, end, type) event cues of doc.text[start:end], offsets into the text
Cues = Callable[[Doc, int, int], Sequence[tuple[int, int, str]]]


def _last_proper(
    doc: Doc, start: int, end: int, kind: str, cues: Cues, sentence_of: Callable[[int], Span]
) -> Span | None:
    best: Span | None = None
    for s, e, key in cues(doc, start, end):
        if key != kind:
            continue
        cue = (s, e)
        named = name_at(doc, cue, sentence_of(cue[0]))
        if named and named.proper and named.span[1] <= end:
            best = named.span
    return best


def event_name(
    doc: Doc, cue: Span, sentence: Span, kind: str, cues: Cues, sentence_of: Callable[[int], Span]
) -> Span | None:
    """The span naming the event of a cue, or None when the text gives no usable name.

    `cues` finds (start, end, type) event cues in a span; `sentence_of` gives a position's sentence."""
    named = name_at(doc, cue, sentence)
    if named and named.proper:
        return named.span
    if named is None or named.anaphoric:
        earlier = _last_proper(doc, _lookback_start(doc, sentence[0]), sentence[0], kind, cues, sentence_of)
        if earlier is None:
            title_end = _title_end(doc.text)
            if title_end < sentence[0]:
                earlier = _last_proper(doc, 0, title_end, kind, cues, sentence_of)
        if earlier is not None:
            return earlier
    return named.span if named else None


def _actor_start(doc: Doc, cue: Span, sentence: Span, window: int = 80) -> int | None:
    """Start of the named actor (person, organisation, country) nearest before a verb cue."""
    low = max(sentence[0], cue[0] - window)
    spans = [s for person in doc.record.people for s in person.evidence]
    spans += [s for org in doc.data.get("organizations", []) for s in org.spans]
    spans += [m.span for m in doc.in_span("country", low, cue[0])]
    text = doc.text
    before = [s for s in spans if low <= s[0] and s[1] <= cue[0] and (s[0] == 0 or text[s[0] - 1].isspace())]
    if not before:
        return None
    start = max(before, key=lambda s: s[1])[0]
    joined = True
    while joined:  # "Agency for Science, Technology and Research (A*STAR)": back to the full name
        joined = False
        for s in before:
            if s[0] < start and start - 3 <= s[1] <= start:
                start, joined = s[0], True
    return start


def verb_phrase(doc: Doc, cue: Span, sentence: Span) -> Span | None:
    """ "Minister Ana Ruiz visited Chile": a verb cue's actor, the verb and its named object."""
    start = _actor_start(doc, cue, sentence)
    if start is None:
        return None
    toks = doc_tokens(doc, cue[1], sentence[1])
    k = 1 if toks and toks[0].text.lower() in ("the", "to") else 0
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    end = cue[1]
    if k < len(toks) and toks[k].capitalised and toks[k].text.lower() not in words().skip:
        end = toks[_grow_right(toks, k + 1) - 1].end
    return start, end
