"""Topics: the priority areas (ids of topics.yaml) that a document names as fields or subjects of
cooperation. Cues inside the names of organisations, programmes and events do not count."""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterator

import ahocorasick_rs

from bilat.extract.components.context import says_cooperation, sentence_pairs
from bilat.extract.components.partnerships import about_sti, pair_from_organizations, traded
from bilat.extract.doc import Doc, SpanIndex
from bilat.extract.layout import LIST_ITEM
from bilat.extract.matching import PhraseMatcher, doc_lowered, finditer_from
from bilat.extract.record import Topic
from bilat.extract.registry import Component, component
from bilat.extract.resources import LiteralGate, alternatives_longest_first, load_yaml, longest_first


@functools.cache
def cue_matcher() -> PhraseMatcher:
    """Topic cues → topic id."""
    topics = load_yaml("topic_cues.yaml")["topics"]
    folded = [
        (cue, tid)
        for tid, spec in topics.items()
        for cue in [*spec.get("cues", []), *spec.get("neutral_cues", [])]
    ]
    romance = load_yaml("topic_cues.yaml").get("romance_cues") or {}  # (Spanish, Portuguese, French)
    folded += [(str(cue), str(tid)) for tid, cues in romance.items() for cue in cues or []]
    exact = [(cue, tid) for tid, spec in topics.items() for cue in spec.get("exact", [])]
    return PhraseMatcher(folded, exact)


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of organisation names and people's roles, where cues do not count."""
    spans: list[tuple[int, int]] = list(doc.data.get("role_spans", []))
    for group in doc.data.get("organizations", []):
        spans += group.spans
    kinds = doc.data.get("acronym_kind", {})
    spans += [
        m.span
        for m in doc.layer("acronym_def")
        if kinds.get(m.attrs["short"]) != "programme"
        and not (kinds.get(m.attrs["short"]) is None and field_name(str(m.attrs["long"])))
    ]
    return sorted(spans + titled_spans(doc) + portfolio_spans(doc.text) + circumstances(doc))


@functools.cache
def _portfolio_nouns() -> re.Pattern[str]:
    """A noun of a government body right after a cue (topic_cues.yaml `portfolio_nouns`)."""
    nouns = _alternation("portfolio_nouns")  # (across a wrapped line too: "fisheries\nbureau")
    return re.compile(rf"(?:[ \t-]+|[ \t]*\n[ \t]*)(?:{nouns})(?![\w-])", re.IGNORECASE)


def portfolio_of(doc: Doc, end: int) -> bool:
    """Whether a cue ending at `end` names the portfolio of a government body written in lower case
    ("a fisheries bureau ship", "the health ministry said"), like "the Ministry of Health": what a
    body is in charge of, no field its document names."""
    return _portfolio_nouns().match(doc.text, end, end + 24) is not None


@functools.cache
def _circumstance_pattern() -> re.Pattern[str] | None:
    """A time of crisis that a thing happened in (topic_cues.yaml `circumstance_links` and
    `circumstances`: "during the COVID-19 pandemic", "because of the pandemic")."""
    data = load_yaml("topic_cues.yaml")
    if not data.get("circumstance_links") or not data.get("circumstances"):
        return None
    return re.compile(
        rf"(?<!\w)(?:{_alternation('circumstance_links')})\s+the\s+(?:{_alternation('circumstances')})(?!\w)",
        re.I,
    )


@functools.cache
def _circumstance_openers() -> frozenset[str]:
    """The first words of the crises in `circumstances` ("pandemic", "covid-19"): a text without any
    of them holds none."""
    names = load_yaml("topic_cues.yaml").get("circumstances") or []
    return frozenset(str(name).split()[0].lower() for name in names)


def circumstances(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the times of crisis that a thing happened in ("the meeting was held online during the
    COVID-19 pandemic"): the circumstance of an act, no field of cooperation. Tried only where the
    text has the first word of one of them."""
    pattern = _circumstance_pattern()
    lowered = doc_lowered(doc)
    if pattern is None or not any(word in lowered for word in _circumstance_openers()):
        return []
    return [hit.span() for hit in pattern.finditer(doc.text)]


@functools.cache
def field_name(long: str) -> bool:
    """True for the long form of an acronym that is the name of a field, one topic cue from end to
    end ("Artificial Intelligence (AI)", "Internet of Things (IoT)"), not of a body or a thing."""
    hits = cue_matcher().find(long)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(long)


# A minister's or ministry's portfolio: "Minister of Science, Innovation, Technology and
# Telecommunications", "the Federal Minister of Research, Technology and Space", "MINISTRY OF
# DIGITAL TECHNOLOGIES": the capitalised words (and their links) after "Minister/Ministry of/for".
# What a ministry is in charge of is no field its document names, wherever no person or body of
# the record covers the words already. (A capitalised word, or all capitals, after the head.)
_PORTFOLIO_LINK = r"(?:and|AND|&|of|OF|for|FOR|the|THE)"


@functools.cache
def _portfolio_heads() -> tuple[str, ...]:
    """The words that head a portfolio (org_heads.yaml `portfolio_title_heads`), each as written
    and in capitals ("Minister", "MINISTER")."""
    words = [str(word) for word in load_yaml("org_heads.yaml").get("portfolio_title_heads") or []]
    return tuple(dict.fromkeys(form for word in words for form in (word, word.upper())))


@functools.cache
def _portfolio() -> re.Pattern[str]:
    """A head of `_portfolio_heads`, "of" or "for", and the capitalised words of the portfolio."""
    heads = longest_first(_portfolio_heads()) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{heads})"
        r"(?:[ \t]+(?:of|for|OF|FOR))[ \t]+"
        rf"(?:{_PORTFOLIO_LINK}[ \t]+)?[A-Z][\w'’-]*"
        rf"(?:(?:,?[ \t]+|,[ \t]*\n[ \t]*)(?:{_PORTFOLIO_LINK}(?:[ \t]+|[ \t]*\n[ \t]*))*"
        r"[A-Z][\w'’-]*){0,8}"
    )


def portfolio_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ministers' and ministries' portfolios (`_portfolio`), tried only where a text
    names a minister, a ministry or a commissioner (a word of `_portfolio_heads`)."""
    if not any(head in text for head in _portfolio_heads()):
        return []
    return [m.span() for m in finditer_from(_portfolio_head_pattern(), _portfolio(), text)]


@functools.cache
def _portfolio_head_pattern() -> re.Pattern[str]:
    """Any head of `_portfolio_heads` (where `_portfolio` may match)."""
    return re.compile(longest_first(_portfolio_heads()) or "(?!)")


SMALL_WORDS = frozenset({"of", "on", "and", "for", "the", "in", "at", "&", "to", "de"})


def titled_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans where the record's events are named by a proper name ("the Africa Energy Forum"),
    not by the sentences that tell of them nor by a description ("a workshop on hydrogen
    storage", whose field counts)."""
    spans: list[tuple[int, int]] = []
    for event in doc.record.events:
        if not event.name or not _proper_name(event.name):
            continue
        spans += [(s, e) for s, e in event.evidence if doc.text[s:e] == event.name]
    for agreement in doc.record.agreements:
        if agreement.title and _modifier_name(agreement.title):
            spans += [(s, e) for s, e in agreement.evidence if doc.text[s:e] == agreement.title]
    return spans


def _modifier_name(title: str) -> bool:
    """True for an agreement's proper name whose words only modify its head ("the Youth Mobility
    Agreement", "the Working Holiday Arrangement"): a name, whose words name no field of the
    document. A title that states its subject ("Agreement on Hydrogen Cooperation") is no such name."""
    words = title.split()
    return _proper_name(title) and not set(words) & SMALL_WORDS


def _proper_name(name: str) -> bool:
    """True for a name of capitalised words (but for small ones): "Asia Clean Energy Week"."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() or w in SMALL_WORDS for w in words)


@functools.cache
def _people_rules() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Cue words that name another topic when people or funding for people's stays follow them
    ("the mobility of the Italian team", "mobility grants" are talent mobility, not transport),
    and the pattern of the words after them."""
    data = load_yaml("topic_cues.yaml")
    retarget = {str(k).lower(): str(v) for k, v in (data.get("people_cues") or {}).items()}
    people = data.get("people_words") or []
    if not retarget or not people:
        return retarget, None
    words = "|".join(map(re.escape, people))
    after = rf"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{words})\b"
    funding = "|".join(map(re.escape, data.get("people_funding_words") or []))
    if funding:
        after = rf"(?:{after}|[\s-]+(?:{funding})\b)"
    return retarget, re.compile(after, re.IGNORECASE)


def negated(doc: Doc, start: int, end: int) -> bool:
    """True for a cue that the text says a thing is free of or other than ("battery-free
    sensors", "non-nuclear energy")."""
    return doc.text[end : end + 5].lower() == "-free" or doc.text[max(0, start - 4) : start].lower() == "non-"


def _alternation(key: str) -> str:
    """The phrases of list `key` of topic_cues.yaml as a regex alternation, longest first."""
    return alternatives_longest_first(load_yaml("topic_cues.yaml").get(key) or []) or "(?!)"


@functools.cache
def _exclusion_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of the words that rule a field out: before the cue (matched on the text before
    it, up to a few words away in its clause) and after it."""
    before = re.compile(
        rf"(?<!\w)(?:{_alternation('exclusion_before')})(?!{_NOT_EXCLUDING}):?\s+(?:[\w'’-]+,?\s+){{0,5}}$",
        re.I,
    )
    # (a comma may close the subject: "projects that concern nuclear technology, will not be considered")
    # (and a list that the cue begins: "nuclear energy, space research or quantum computing will not be
    # funded" rules out each of its items; each further item follows a comma or "and"/"or"/"nor")
    after = re.compile(
        rf"(?:\s+[\w'’-]+){{0,4}}?(?:,?\s+(?:and|or|nor)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
        rf"|,\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+){{0,6}}?,?\s+(?:{_alternation('exclusion_after')})(?!\w)",
        re.I,
    )
    return before, after


# "including, but not limited to, AI"; "last but not least, quantum": no field ruled out.
_NOT_EXCLUDING = r"[\s,]*(?:limited|restricted|least|only|just|merely|exclusively|solely)(?!\w)"
_EXCLUSION_KEYS = ("exclusion_before", "exclusion_after", "exclusion_headings")  # lists of topic_cues.yaml
CLAUSE_BREAKS = re.compile(r"[.;:()\[\]\n•]|\s[-–—]\s")
HEAD_BREAKS = re.compile(r"[.;()\[\]\n•]|\s[-–—]\s")  # "Out of scope: X" rules X out


@functools.cache
def _exclusion_words() -> ahocorasick_rs.AhoCorasick:
    """Any phrase of exclusion, before or after a cue (one scan of the lower-cased document)."""
    data = load_yaml("topic_cues.yaml")
    phrases = [str(p).lower() for key in _EXCLUSION_KEYS for p in data.get(key) or []]
    return ahocorasick_rs.AhoCorasick(phrases or ["\x00"])


def _exclusion_marks(doc: Doc) -> list[int]:
    """Sorted starts of the phrases of exclusion in the document, found once per Doc."""
    marks: list[int] | None = doc.data.get("_exclusion_marks")
    if marks is None:
        found = _exclusion_words().find_matches_as_indexes(doc_lowered(doc))
        marks = doc.data["_exclusion_marks"] = [start for _, start, _ in found]
    return marks


_TAIL = 120  # characters after a cue where a phrase of exclusion may rule it out (a list the cue begins)
LIST_REACH = 2000  # characters from a heading to the items of its list
LIST_ITEMS = 40  # lines from a heading to the items of its list


@functools.cache
def _heading_pattern() -> re.Pattern[str]:
    """The phrases of exclusion that a list's heading may hold ("Not eligible:", "Exclusions")."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(_alternation(key) for key in _EXCLUSION_KEYS)})(?!\w)", re.I)


def _under_exclusion_heading(doc: Doc, start: int) -> bool:
    """True for a cue in an item of a list whose heading rules its items out ("Not eligible:" /
    "- nuclear energy")."""
    text = doc.text
    line = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text, line):
        return False
    for _ in range(LIST_ITEMS):
        if line <= 0 or start - line >= LIST_REACH:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        heading = text[above : line - 1].strip()
        if heading and not LIST_ITEM.match(heading):
            short = heading.endswith(":") or (len(heading.split()) <= 6 and heading[-1:] not in ".!?")
            return short and _heading_pattern().search(heading) is not None
        line = above
    return False


def excluded(doc: Doc, start: int, end: int) -> bool:
    """True for a cue of a field that its clause rules out ("energy storage, excluding battery
    cell chemistry"; "nuclear energy is not eligible"), or that stands in a list of exclusions."""
    marks = _exclusion_marks(doc)
    first = bisect.bisect_left(marks, start - LIST_REACH)
    if first == len(marks) or marks[first] > end + _TAIL:
        return False
    near = bisect.bisect_left(marks, start - 80, first)
    if near < len(marks) and marks[near] <= end + _TAIL and _clause_excludes(doc, start, end):
        return True
    return _under_exclusion_heading(doc, start)


def _clause_excludes(doc: Doc, start: int, end: int) -> bool:
    """True when the clause of the cue holds a phrase of exclusion before or after it."""
    before, after = _exclusion_rules()
    head = doc.text[max(0, start - 80) : start]
    breaks = list(HEAD_BREAKS.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    if before.search(head):
        return True
    tail = doc.text[end : end + _TAIL]
    cut = CLAUSE_BREAKS.search(tail)
    return after.match(tail[: cut.start()] if cut else tail) is not None


@functools.cache
def _other_senses() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Cue word → (words right before it, "of the" and words after it, or the words right after
    it of `other_senses_after`) that give it another sense ("soil health", "the health of the
    ocean", "the health of the bilateral relationship": one lower-case word may qualify the word
    after "of", "ocean freight")."""
    data = load_yaml("topic_cues.yaml")
    senses = data.get("other_senses") or {}
    follows = {str(k).lower(): v for k, v in (data.get("other_senses_after") or {}).items()}
    rules = {}
    for cue in {*map(str, senses), *follows}:
        alternation = "|".join(re.escape(str(w)) for w in senses.get(cue) or []) or "(?!)"
        nexts = "|".join(re.escape(str(w)) for w in follows.get(cue.lower()) or []) or "(?!)"
        rules[cue.lower()] = (
            re.compile(rf"(?<!\w)(?:{alternation})(?:['’]s)?[\s-]+$", re.I),
            re.compile(
                rf"(?:\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+)?(?:{alternation})"
                rf"|[\s-]+(?:{nexts}))(?!\w)",
                re.I,
            ),
        )
    return rules


def other_sense(doc: Doc, start: int, end: int) -> bool:
    """True for a cue word that its neighbour gives another sense ("soil health")."""
    rule = _other_senses().get(doc.text[start:end].lower())
    if rule is None:
        return False
    before, after = rule
    return (
        before.search(doc.text, max(0, start - 30), start) is not None
        or after.match(doc.text, end) is not None
    )


@functools.cache
def _stays_pattern() -> re.Pattern[str] | None:
    """People who will spend time, be seconded or hosted somewhere (topic_cues.yaml: people_stays)."""
    data = load_yaml("topic_cues.yaml")
    if not data.get("people_stays") or not data.get("people_words"):
        return None
    return re.compile(
        rf"(?<!\w)(?:{_alternation('people_words')})(?:\s+(?:and|or)\s+[\w-]+)?\s+"
        rf"(?:{_alternation('people_stays')})(?!\w)",
        re.I,
    )


@functools.cache
def _stays_verbs() -> tuple[str, ...]:
    """The verbs of the phrases of stays, their longest words ("spend", "seconded", "train"): a
    document without any of them has no stay."""
    phrases = load_yaml("topic_cues.yaml").get("people_stays") or []
    return tuple({max(reversed(str(p).lower().split()), key=len) for p in phrases})


def people_stays(doc: Doc) -> list[tuple[int, int]]:
    """Spans of people's stays ("young engineers will spend up to 18 months at the agency")."""
    pattern = _stays_pattern()
    if pattern is None:
        return []
    lowered, spans = doc_lowered(doc), set()
    for verb in _stays_verbs():
        at = lowered.find(verb)
        while at >= 0:  # the pattern is tried only around each verb
            found = pattern.search(doc.text, max(0, at - 80), at + len(verb) + 4)
            if found is not None:
                spans.add(found.span())
            at = lowered.find(verb, at + len(verb))
    return sorted(spans)


@functools.cache
def _training_pattern() -> re.Pattern[str] | None:
    """The training of people: a phrase of `people_training`, then maybe a word of approximation
    (`people_approximators`: "up to", "some") / a number / three qualifying words, then one of
    `people_words` (topic_cues.yaml)."""
    data = load_yaml("topic_cues.yaml")
    if not data.get("people_training") or not data.get("people_words"):
        return None
    approx = _alternation("people_approximators") if data.get("people_approximators") else r"up\s+to"
    return re.compile(
        rf"(?<!\w)(?:{_alternation('people_training')})\s+(?:(?:{approx})\s+)?(?:\d[\d,.]*\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_alternation('people_words')})(?!\w)",
        re.I,
    )


def people_training(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the training of people ("the training of 500 Uzbek engineers", "to train young
    researchers"), tried only where a word "train" stands."""
    return _matches_at_word(doc, _training_pattern(), "train", 80)


def _matches_at_word(
    doc: Doc, pattern: re.Pattern[str] | None, word: str, reach: int
) -> list[tuple[int, int]]:
    """Spans of `pattern` matched where `word` stands (in lower case), within `reach` characters."""
    if pattern is None:
        return []
    lowered, spans = doc_lowered(doc), []
    at = lowered.find(word)
    while at >= 0:
        found = pattern.match(doc.text, at, min(len(doc.text), at + reach))
        if found is not None:
            spans.append(found.span())
        at = lowered.find(word, at + len(word))
    return spans


@functools.cache
def _exchange_pattern() -> re.Pattern[str] | None:
    """An exchange of people (topic_cues.yaml: `people_exchange_words`, a word of
    `people_funding_words`, a word of `people_exchange_links`, a determiner, a word of approximation
    or a number, up to three qualifying words, none of `people_exchange_not_qualifiers`, then one
    of `people_words`)."""
    data = load_yaml("topic_cues.yaml")
    if not data.get("people_exchange_words") or not data.get("people_words"):
        return None
    funding = _alternation("people_funding_words")
    approx = _alternation("people_approximators")
    not_qualifier = rf"(?!(?:{_alternation('people_exchange_not_qualifiers')})\s)"
    return re.compile(
        rf"(?<!\w)(?:{_alternation('people_exchange_words')})[\s-]+(?:{funding})\s+"
        rf"(?:{_alternation('people_exchange_links')})\s+(?:(?:the|their|our|its|young|a)\s+)?"
        rf"(?:(?:{approx})\s+)?(?:\d[\d,.]*\s+)?(?:{not_qualifier}[\w-]+\s+){{0,3}}?"
        rf"(?:{_alternation('people_words')})(?!\w)",
        re.I,
    )


def people_exchanges(doc: Doc) -> list[tuple[int, int]]:
    """Spans of exchanges of people ("an exchange scheme for early-career quantum researchers", "an
    exchange programme for doctoral researchers"), tried only where a word "exchange" stands."""
    return _matches_at_word(doc, _exchange_pattern(), "exchange", 120)


@functools.cache
def _name_head_pattern() -> re.Pattern[str]:
    """Capitalised words, then the head word of an event's name (topic_cues.yaml: name_heads)."""
    words = load_yaml("topic_cues.yaml").get("name_heads") or []
    heads = "|".join(re.escape(str(w)) for w in words) or "(?!)"
    return re.compile(rf"(?:[ \t]+(?:[A-Z][\w'’-]*|&|of|and|on))*?[ \t]+(?:{heads})(?!\w)")


def in_event_name(doc: Doc, start: int, end: int) -> bool:
    """True for a capitalised cue that words of a name and an event's head word follow ("Asia
    Clean Energy Week", "the Hydrogen Technology Expo"): the name of an event, not its field."""
    if not doc.text[start : start + 1].isupper():
        return False
    return _name_head_pattern().match(doc.text, end, min(len(doc.text), end + 80)) is not None


def topic_of(doc: Doc, start: int, end: int, key: str) -> str:
    """The topic of a cue match: its own, or the one its cue word names when people follow it."""
    retarget, pattern = _people_rules()
    other = retarget.get(doc.text[start:end].lower())
    if other is None or pattern is None or pattern.match(doc.text, end) is None:
        return key
    return other


def _unwrapped(lowered: str) -> str:
    """The lowered text with its single line breaks as spaces (a blank line stays two breaks)."""
    return _SINGLE_BREAK.sub(" ", lowered) if "\n" in lowered else lowered


# A line break with no break or space on either side (the break first: a fast literal scan).
_SINGLE_BREAK = re.compile(r"\n(?<![\n ]\n)(?![\n ])")


def _bare_words_to_people(doc: Doc, found: dict[str, list[tuple[int, int]]]) -> None:
    """A bare cue word of `people_cues` ("mobility", with no "urban" or "electric" of its own) in a
    document that speaks of people's mobility is that mobility ("up to CHF 15,000 may be used for
    such mobility", "Programme Officer, Asia-Pacific mobility"), not transport; but not an item of a
    list of fields ("batteries, mobility, the circular economy")."""
    retarget, _ = _people_rules()
    hits = sorted(span for spans in found.values() for span in spans)
    for word, other in retarget.items():
        if not found.get(other):
            continue
        for tid in [t for t in found if t != other]:
            bare = [
                span
                for span in found[tid]
                if doc.text[span[0] : span[1]].lower() == word and not _listed_field(doc, span, hits)
            ]
            if not bare:
                continue
            found[other].extend(bare)
            found[tid] = [span for span in found[tid] if span not in bare]
            if not found[tid]:
                del found[tid]


@functools.cache
def neutral_cues() -> frozenset[str]:
    """The cues of topics that never make a document about STI on their own (`neutral_cues` of a
    topic in topic_cues.yaml), lower-cased."""
    topics = load_yaml("topic_cues.yaml")["topics"]
    return frozenset(str(cue).lower() for spec in topics.values() for cue in spec.get("neutral_cues", []))


def _making_sti(
    doc: Doc, found: dict[str, list[tuple[int, int]]], neutral: set[tuple[int, int]]
) -> list[str]:
    """The topics found by a cue that may make a document about STI: not only by `neutral_cues`
    or the training of people (`neutral` spans), which sports or labour news use too."""
    weak = neutral_cues()
    return [
        tid
        for tid, spans in found.items()
        if any(span not in neutral and doc.text[span[0] : span[1]].lower() not in weak for span in spans)
    ]


_LIST_GAP = re.compile(r"[\s,;/]*(?:(?:and|or|as well as)[\s,;]+)?(?:the\s+)?", re.IGNORECASE)


def _listed_field(doc: Doc, span: tuple[int, int], hits: list[tuple[int, int]]) -> bool:
    """True when another cue stands right before or after `span`, with only a comma or "and"
    between them: an item of a list of fields."""
    i = bisect.bisect_left(hits, span)
    near = [hits[k] for k in (i - 1, i + 1) if 0 <= k < len(hits)]
    for other in near:
        gap = (other[1], span[0]) if other[1] <= span[0] else (span[1], other[0])
        if gap[1] - gap[0] <= 24 and _LIST_GAP.fullmatch(doc.text, gap[0], gap[1]):
            return True
    return False


@functools.cache
def _second_fields() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The phrases that name a second field (topic_cues.yaml `second_fields`) and their pattern."""
    data = load_yaml("topic_cues.yaml").get("second_fields") or {}
    fields = {str(k).lower(): str(v) for k, v in data.items()}
    if not fields:
        return None, {}
    return re.compile(rf"(?<!\w)(?:{longest_first(fields)})(?!\w)"), fields


@functools.cache
def _second_field_gate() -> LiteralGate:
    return LiteralGate(_second_fields()[1])


def second_fields(lowered: str) -> Iterator[tuple[str, int, int]]:
    """(topic, start, end) of each phrase that names a second field in the lower-cased text."""
    pattern, fields = _second_fields()
    if pattern is None or not _second_field_gate()(lowered):
        return  # (a quick test: each match is one of the phrases)
    for hit in pattern.finditer(lowered):
        yield fields[hit.group()], hit.start(), hit.end()


@functools.cache
def _recovery_pattern() -> re.Pattern[str] | None:
    """Resources recovered from waste (topic_cues.yaml `recovery_words`, `recovery_sources`)."""
    data = load_yaml("topic_cues.yaml")
    if not data.get("recovery_words") or not data.get("recovery_sources"):
        return None
    return re.compile(
        rf"(?<!\w)(?:{_alternation('recovery_words')})(?!\w)[^.;:!?\n]{{0,60}}?(?<!\w)from\s+"
        rf"(?:(?:the|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_alternation('recovery_sources')})(?!\w)",
        re.I,
    )


def recovered_resources(doc: Doc, lowered: str) -> list[tuple[int, int]]:
    """Spans of resources recovered from waste ("to recover critical minerals from mine tailings"):
    the circular economy. Tried only where the text has a word "recover"."""
    pattern = _recovery_pattern()
    if pattern is None or "recover" not in lowered:
        return []
    return [hit.span() for hit in pattern.finditer(doc.text)]


def _drop_background_pairs(doc: Doc, found: dict[str, list[tuple[int, int]]]) -> None:
    """Drop the cues of sentences that tell of another pair's cooperation, a background to the
    document's own ("Australia and Indonesia signed an arrangement on marine science. Australia has
    also cooperated with Japan on hydrogen since 2018": no hydrogen for Australia and Indonesia): a
    sentence of cooperation whose country pairs (context.sentence_pairs) hold none of the document's
    partner pairs and a country that is none of its partners and that the text names only in passing
    (`_ASIDE_MENTIONS`). A topic left without a cue goes."""
    partners = {frozenset(pair) for pair in doc.data.get("partners") or []}
    if not partners or not doc.sentences:
        return
    members = set().union(*partners)
    verdicts: dict[int, bool] = {}
    for tid in list(found):
        kept = []
        for start, end in found[tid]:
            n = doc.sentence_index(start)
            if n not in verdicts:
                verdicts[n] = 0 <= n < len(doc.sentences) and _background(doc, n, partners, members)
            if not verdicts[n]:
                kept.append((start, end))
        if kept:
            found[tid] = kept
        else:
            del found[tid]


def _background(doc: Doc, n: int, partners: set[frozenset[str]], members: set[str]) -> bool:
    """Whether sentence `n` tells of another pair's cooperation (`_drop_background_pairs`)."""
    if not says_cooperation(doc, *doc.sentences[n]):
        return False  # (no cooperation: "postdoctoral mobility between Spain and Korea")
    pairs = [frozenset(pair) for pair, weight in sentence_pairs(doc, *doc.sentences[n]).items() if weight > 0]
    pairs = [pair for pair in pairs if len(pair) == 2]
    if not pairs or any(pair in partners for pair in pairs):
        return False
    counts = doc.data.get("country_counts") or {}
    return any(0 < counts.get(code, 0) < _ASIDE_MENTIONS for pair in pairs for code in pair - members)


# How often a country other than the partners may be named and still be a background aside: a country
# that the text names again and again is part of its story (a third partner, a host), no aside.
_ASIDE_MENTIONS = 3


@component("topics")
def make_topics(min_mentions: int = 1) -> Component:
    """Find the priority areas of a document (record ``topics``)."""

    def run(doc: Doc) -> None:
        if not doc.data.get("partners") and not pair_from_organizations(doc):
            return
        blocked = SpanIndex(name_spans(doc))
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        # (a line break inside a cue, "student and staff\nexchange" in hard-wrapped text, reads as a
        # space: the same length, so the offsets hold)
        lowered = _unwrapped(doc_lowered(doc))
        for hit in cue_matcher().find(doc.text, lowered):
            if blocked.covers(hit.start, hit.end) or negated(doc, hit.start, hit.end):
                continue
            if excluded(doc, hit.start, hit.end) or other_sense(doc, hit.start, hit.end):
                continue
            if in_event_name(doc, hit.start, hit.end) or traded(doc, hit.end) or portfolio_of(doc, hit.end):
                continue  # (nor the goods of a trade: "agriculture exports", "energy imports")
            found[topic_of(doc, hit.start, hit.end, hit.key)].append((hit.start, hit.end))
        for tid, start, end in second_fields(lowered):
            if not (blocked.covers(start, end) or negated(doc, start, end) or excluded(doc, start, end)):
                found[tid] = sorted({*found[tid], (start, end)})
        for start, end in recovered_resources(doc, lowered):
            if not (blocked.covers(start, end) or negated(doc, start, end) or excluded(doc, start, end)):
                found["circular_economy"] = sorted({*found["circular_economy"], (start, end)})
        neutral = {span for span in people_training(doc) + people_exchanges(doc) if not blocked.covers(*span)}
        for span in people_stays(doc) + sorted(neutral):
            if not blocked.covers(*span):
                found["talent_mobility"].append(span)
        _drop_background_pairs(doc, found)
        _bare_words_to_people(doc, found)
        if not found or not about_sti(doc, _making_sti(doc, found, neutral)):
            return
        for tid, spans in found.items():
            if len(spans) >= min_mentions:
                doc.record.topics.append(Topic(tid, spans[:5]))

    return run
