"""Programmes, initiatives and named projects: known ones (reference index), acronym definitions
of programme names, and names followed or headed by programme / project / initiative / mission."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

import ahocorasick_rs

from bilat.extract.components.acronyms import common_noun_acronyms
from bilat.extract.components.gazetteer import reference
from bilat.extract.components.organizations import LEADING_DROP, Candidate, glued, merge
from bilat.extract.doc import Doc, Mention, SpanIndex
from bilat.extract.matching import doc_lowered, lower_same_length
from bilat.extract.naming import (
    NON_NAME_WORDS,
    PROGRAMME_AFTER,
    PROGRAMME_WORDS,
    any_between,
    countries_in,
    key,
    kind_of,
    states_in,
    vocabulary_hits,
)
from bilat.extract.phrases import Token, name_phrases
from bilat.extract.programme_uses import (
    WRAP_GAP,
    acronym_in_brackets,
    acronym_used_as_programme,
    add_later_uses,
    either,
    fronted_under,
    indefinite_before,
    lower_case_uses,
    named_after_kind,
    named_for,
    occurrences,
    opens_sentence,
    phrase_list,
    programme_kinds,
    stems,
    subject_verb_after,
    under_a_name,
    under_before,
    under_programmes,
)
from bilat.extract.record import Program
from bilat.extract.registry import Component, component
from bilat.extract.resources import WordPretest, load_lines, load_yaml, longest_first, yaml_words

CALL_WORDS = frozenset({"Call", "Calls", "for", "the"})


# What follows a name: maybe a closing quote ("the 'Sahab' project") or the close of its emphasis
# ("IFD's *Grand Solutions* programme"), an acronym in brackets, a
# qualifier, then the word that may make it a programme's name.
@functools.cache
def _phrase_words() -> dict[str, frozenset[str]]:
    """Words around a programme's name: sentence openers that are no part of it, and lower-case
    qualifiers that may stand between it and its programme word (programme_phrase_words.yaml)."""
    data = load_yaml("programme_phrase_words.yaml")
    return {
        k: frozenset(data.get(k, []))
        for k in ("leading_prepositions", "qualifiers", "paired_heads", "leading_nouns", "leading_links")
    }


# The lower-case words that call a name a programme in the patterns below (name_kinds.yaml)
_KINDS = programme_kinds("programme_kinds")


_QUALIFIERS = longest_first(_phrase_words()["qualifiers"])
_AFTER = re.compile(
    rf"(?:['’\"”]|[*_]{{1,2}})?\s*(?:\([^()\n]{{1,20}}\)\s*)?(?:(?P<q>{_QUALIFIERS})\s+(?:(?P<q2>{_QUALIFIERS})\s+)?)?"
    r"(?P<w>[^\W\d]\w*)"
)
# The number that ends a programme's name, when the name phrase stops before it ("DELTA 2
# programme", "ArCS II project"): a digit group or a Roman numeral, then the programme word.
_NUMBER_AFTER = re.compile(r"[ \t]+(\d{1,2}\.\d{1,2}|\d{1,4}|[IVX]{1,4})(?=[ \t]+\w)")  # "2.0": a version
AFTER_REACH = 40  # how far after a name `_AFTER` looks for the word that follows it
GENERIC = frozenset(
    {
        "Programme",
        "Program",
        "Programmes",
        "Programs",
        "Project",
        "Projects",
        "Initiative",
        "Initiatives",
        "Fund",
        "Funds",
        "Partnership",
        "Partnerships",
        "Mission",
        "Strategy",
        "Plan",
        "Framework",
        "Research",
        "Joint",
        "New",
        "National",
        "International",
        "Strategic",
        "Comprehensive",
        "Special",
        "Global",
        "Bilateral",
        "Scientific",
        "Science",
        "Technology",
        "Cooperation",
        "Our",
        "Your",
    }
)


@functools.cache
def _status_words() -> tuple[frozenset[str], frozenset[str]]:
    """(adjectives, heads) of a diplomatic status's name ("Enhanced" ... "Partnership")."""
    data = load_yaml("programme_status_words.yaml")
    return frozenset(data.get("adjectives", [])), frozenset(data.get("heads", []))


@functools.cache
def _generic_words() -> frozenset[str]:
    """GENERIC and the words of a diplomatic status ("Enhanced Partnership"): a name made of these
    alone names no programme."""
    adjectives, heads = _status_words()
    return (
        GENERIC
        | adjectives
        | heads
        | frozenset(phrase_list("generic_name_words"))
        | frozenset(phrase_list("generic_satellite_words"))
    )


def _all_generic(name: str) -> bool:
    """Whether a name is made of generic words alone, "and" between them aside ("Collaborative and
    Knowledge-building Project", "Education and Training Programme"): the type of a grant, no name."""
    return set(name.split()) - {"and", "&"} <= _generic_words()


def _is_status(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a diplomatic status between countries ("the Chile–Korea Enhanced
    Partnership"): a status head last, a status adjective in it, and besides its countries only
    generic words."""
    adjectives, heads = _status_words()
    words = doc.text[start:end].split()
    if not words or words[-1] not in heads or not adjectives & set(words):
        return False
    rest, at = [], start
    for mention in doc.in_span("country", start, end):
        rest.append(doc.text[at : mention.start])
        at = mention.end
    rest.append(doc.text[at:end])
    others = {w.strip("-\u2013\u2010/") for w in " ".join(rest).split()} - {""}
    return others <= _generic_words()


# Fast scans. A pattern that may start at every capital or word is run only over the lines (or
# paragraphs) that hold a literal its matches need. Its matches never hold a line break (or a blank
# line), start and end with other characters, and the break after a scanned stretch is no word
# character, so the end of the stretch reads to the pattern as the break does: the matches are
# those of a scan of the whole text, in the same order.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _lines_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The lines (start, end without the break) that hold the given offsets, in order, each once."""
    out: list[tuple[int, int]] = []
    for at in sorted(positions):
        if out and at <= out[-1][1]:
            continue
        end = text.find("\n", at)
        out.append((text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end))
    return out


@functools.lru_cache(maxsize=2)
def _paragraph_starts(text: str) -> tuple[list[int], list[int]]:
    """Where the text's paragraphs (stretches between blank lines) start and end."""
    starts, ends = [0], []
    for blank in _BLANK_LINE.finditer(text):
        ends.append(blank.start())
        starts.append(blank.end())
    ends.append(len(text))
    return starts, ends


def _paragraphs_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The paragraphs (start, end) that hold the given offsets, in order, each once."""
    starts, ends = _paragraph_starts(text)
    out: list[tuple[int, int]] = []
    for at in sorted(positions):
        i = bisect.bisect_right(starts, at) - 1
        if at < ends[i] and (not out or out[-1][0] != starts[i]):
            out.append((starts[i], ends[i]))
    return out


def _scan(pattern: re.Pattern[str], text: str, stretches: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in the given stretches of `text`, in order."""
    for start, end in stretches:
        yield from pattern.finditer(text, start, end)


_KIND_STEMS = stems(_KINDS)


def _kind_words(text: str, kind_stems: tuple[str, ...] = _KIND_STEMS) -> list[int]:
    """Where a lower-case programme word (or a longer word it starts) stands in the text."""
    return [at for stem in kind_stems for at in occurrences(text, stem)]


def reference_candidates(doc: Doc) -> list[Candidate]:
    """Known programmes named in the text."""
    index = reference("programmes")
    if index is None:
        return []
    out = []
    context = set(doc.data.get("context_countries", set()))
    for mention in doc.layer("programme_ref"):
        if glued(doc, mention.start, mention.end) or _second_of_pair(doc, mention.start):
            continue
        entry = index.resolve(mention.attrs["match"], context, [])
        if entry is None:
            continue
        kind = getattr(entry, "kind", "")
        if kind == "facility" and (_as_infrastructure(doc, mention) or _near_instrument_noun(doc, mention)):
            doc.data.setdefault("_instrument_facilities", []).append(mention.span)
            continue
        if kind == "facility" and _inside_longer_name(doc, mention):
            continue
        if kind == "strategy" and _names_a_body_after(doc, mention):
            continue
        longer = _longer_name_start(doc, mention, entry.name, getattr(entry, "funder", None) or "")
        if longer is not None:  # a short alias inside another programme's name: that name is found
            name = " ".join(doc.text[longer : mention.end].split())
            out.append(Candidate(name, set(), None, False, None, [(longer, mention.end)]))
            continue
        aliases = {*entry.acronyms, *(entry.aliases or ())[:5]}
        if mention.text != entry.name:
            aliases.add(mention.text)
        name, span = entry.name, mention.span
        pair_end = between_countries(doc, mention.end)
        if pair_end is not None:  # a generic known name made specific by its two countries
            aliases.add(entry.name)
            name, span = " ".join(doc.text[mention.start : pair_end].split()), (mention.start, pair_end)
        elif not entry.acronyms and _PROGRAMME_WORD.search(entry.name) is not None:
            start = _pair_prefix(doc, mention.start)  # "the Italy–Tunisia | Executive Programme of ..."
            if start < mention.start:
                aliases.add(entry.name)
                name, span = " ".join(doc.text[start : mention.end].split()), (start, mention.end)
        out.append(Candidate(name, aliases, entry.country, True, None, [span]))
    return out


def _second_of_pair(doc: Doc, start: int) -> bool:
    """Whether a known name that opens with a country stands as the second of two countries joined
    by a dash ("the Sri Lanka–|Korea Research Fellowship Programme"): it is inside a longer name."""
    if start < 2 or doc.text[start - 1] not in "-\u2010\u2011\u2013\u2014/":
        return False
    before = doc.in_span("country", max(0, start - 40), start)
    return any(m.end == start - 1 for m in before) and any(
        m.start == start for m in doc.in_span("country", start, start + 40)
    )


# A facility named as a place to work at ("infrastructures such as ... J-PARC", "the X synchrotron
# radiation facility"), not as a project of its own ("technologies for the Einstein Telescope")
_INFRASTRUCTURE = re.compile(
    r"\b(?:facilit(?:y|ies)|infrastructures?|synchrotrons?|light sources?|beamlines?|beam ?time)\b",
    re.IGNORECASE,
)
_INFRA_BEFORE = 120  # how far before a facility's name (within its sentence) the word may stand
_INFRA_AFTER = 40  # and after it


def _as_infrastructure(doc: Doc, mention: Mention) -> bool:
    """Whether a known facility is named as research infrastructure to use, not as a project: a
    word such as "facility", "infrastructures" or "synchrotron" stands near it in its sentence."""
    return _INFRASTRUCTURE.search(doc.text, *_facility_window(doc, mention)) is not None


def _facility_window(doc: Doc, mention: Mention) -> tuple[int, int]:
    """The stretch of a facility's sentence around its mention where a word may tell how it is named:
    up to `_INFRA_BEFORE` characters before it and `_INFRA_AFTER` after it."""
    start = max(0, mention.start - _INFRA_BEFORE)
    sentence = max(doc.text.rfind(". ", start, mention.start) + 1, start)
    end = min(len(doc.text), mention.end + _INFRA_AFTER)
    stop = doc.text.find(". ", mention.end, end)
    return sentence, end if stop < 0 else stop


# Lower-case nouns for an observing instrument ("radio telescope", "observatory") near a known
# facility: it is named as an instrument to use. Case-sensitive and searched outside the facility's own
# name, so "the Einstein Telescope" (a name) is no such noun.
@functools.cache
def _instrument_nouns() -> re.Pattern[str]:
    words = longest_first(phrase_list("instrument_nouns"))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


# A capitalised word that carries a facility's name on into another name ("Square Kilometre Array
# Pathfinder", "... Telescope Consortium"), across a line break too.
@functools.cache
def _name_extension() -> re.Pattern[str]:
    words = longest_first(phrase_list("facility_name_extensions"))
    return re.compile(rf"[ \t]*\n?[ \t]*(?:{words})(?![\w-])")


def _near_instrument_noun(doc: Doc, mention: Mention) -> bool:
    """Whether a lower-case instrument noun stands near a known facility within its sentence (before
    it up to `_INFRA_BEFORE` characters, after it up to `_INFRA_AFTER`), outside the name itself."""
    sentence, end = _facility_window(doc, mention)
    pattern = _instrument_nouns()
    if pattern.search(doc.text, sentence, mention.start) is not None:
        return True
    after = pattern.search(doc.text, mention.end, end)
    return after is not None and not _APPOSED_NOUN.match(doc.text[mention.end : after.start()])


def _only_as_instrument(doc: Doc, cand: Candidate) -> bool:
    """Whether every place a candidate is named at is a known facility's mention that names it as an
    instrument or infrastructure to use (recorded by `reference_candidates`): another step that
    finds the same words (a name ending in "Telescope") yields to that reading."""
    dropped = doc.data.get("_instrument_facilities", [])
    return bool(dropped and cand.spans) and all(
        any(s < end and start < e for s, e in dropped) for start, end in cand.spans
    )


# The words between a facility and a noun that describes the facility itself: ", the world's largest",
# " (ELT), an optical" (no "and", no second name in between).
_APPOSED_NOUN = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*,[ \t]+(?:the|a|an)\b(?![^\n]*\band\b)[^\n]*$")


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _names_a_body_after(doc: Doc, mention: Mention) -> bool:
    """Whether a known plan's name runs on into the name of a committee, a body or a meeting ("the
    Saudi-Korean Vision 2030 Committee", "the Delta Plan 2100 Forum"): the plan is not named there."""
    nxt = _NEXT_WORD.match(doc.text, mention.end)
    return nxt is not None and kind_of(nxt.group(1)) in ("committee", "org", "event")


# A title-case word standing just before a known programme's alias, on its line, one space apart
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,20}) $")
_LONGER_REACH = 4  # how many such words a longer name may put before the alias


@functools.cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words that open a sentence or a person's title, not a name: "Under", "The",
    "Through", "Minister" (programme_phrase_words.yaml), compared lower-case."""
    keys = ("leading_prepositions", "function_words", "not_a_name_start", "leading_links")
    return frozenset(str(w).lower() for k in keys for w in phrase_list(k))


def _longer_name_start(doc: Doc, mention: Mention, name: str, funder: str) -> int | None:
    """Where a longer capitalised name starts that a known programme's short alias ends ("Blue
    Horizon Vision 2040" beside a known "Oman Vision 2040" with the
    alias "Vision 2040"): the alias names that other programme there, not the known one. Only a
    spelled alias (not the full name, not an acronym); the words before it are title-case words
    one space apart on its line that are no sentence opener, title or country, nor a word of the
    known `name` or of its `funder`: "Omani Vision 2040", "Under Vision 2040", "JST
    ASPIRE program" and "Royal Society International Exchanges Scheme" keep the known one."""
    text = mention.text
    if key(text) == key(name) or not any(c.islower() for c in text) or len(text.split()) < 2:
        return None
    start, at, own, taken = None, mention.start, {*name.split(), *funder.split()}, 0
    for _ in range(_LONGER_REACH):
        word = _TITLE_WORD_BEFORE.search(doc.text, max(0, at - 24), at)
        if word is None or word.group(1).lower() in _not_name_words():
            break
        if doc.in_span("country", word.start(1), word.end(1)) or word.group(1) in own:
            break
        start = at = word.start(1)
        taken += 1
    if start is not None and taken == 1 and _opens_sentence_at(doc.text, start):
        return None  # "Her ERC Proof of Concept Grant", "Each Vision 2040 project": one word opening it
    return start


def _opens_sentence_at(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line: only spaces, quotes or list marks stand between it
    and the text's start, a line break or a sentence's end."""
    before = text[max(0, start - 8) : start].rstrip(" \t\"'“‘*#-•(")
    return not before or before.endswith(("\n", ".", "!", "?", ":", ";"))


def _inside_longer_name(doc: Doc, mention: Mention) -> bool:
    """Whether a known facility's name runs on into the name of another facility or body ("the
    Square Kilometre Array Pathfinder", "the Einstein Telescope Project Office")."""
    return _name_extension().match(doc.text, mention.end) is not None


# "the International Technology Security and Innovation (ITSI) Fund", "the Andean Glacier Observation
# (AGLO) Programme": a programme's head word right after the bracket that defines its acronym
# (programme_phrase_words.yaml `bracket_heads`)
_HEAD_AFTER_BRACKET = re.compile(rf"[ \t]*\)[ \t]+({longest_first(phrase_list('bracket_heads'))})\b")


def definition_candidates(doc: Doc) -> list[Candidate]:
    """Programmes defined with an acronym ("Adopting ... Ecosystem (ASPIRE)"), maybe inside the
    name before its head word ("Technology Security and Innovation (ITSI) Fund")."""
    kinds = doc.data.get("acronym_kind", {})
    out = []
    for mention in doc.layer("acronym_def"):
        short = mention.attrs["short"]
        head = _HEAD_AFTER_BRACKET.match(doc.text, mention.attrs["short_span"][1])
        if head is not None and kinds.get(short) in (None, "programme"):
            long_start = mention.attrs["long_span"][0]
            long = doc.text[long_start : mention.attrs["long_span"][1]]
            whole = " ".join(f"{long} {head.group(1)}".split())
            spans = [tuple(mention.attrs["short_span"]), (long_start, head.end())]
            out.append(Candidate(short, {whole, f"{short} {head.group(1)}"}, spans=spans))
            continue
        capitals = _in_capitals(mention.attrs["long"]) if kinds.get(short) is None else None
        if kinds.get(short) != "programme" and not (
            kinds.get(short) is None
            and (
                (capitals is not None and kind_of(capitals) == "programme")
                or _opens_with_foreign_head(mention.attrs["long"])
                or _ends_with_programme_word(mention.attrs["long"])
                or _satellite_head(mention.attrs["long"])
                or _plan_head(mention.attrs["long"])
                or _joint_activity(doc, mention)
                or acronym_used_as_programme(doc, short, _definition_end(mention))
                or _under_scheme(doc, mention)
            )
        ):
            continue
        long_form = mention.attrs["long"]
        if _unit_head(long_form) or _body_of_head(long_form) or _tool_head(long_form):
            continue
        long_start, long_end = mention.attrs["long_span"]
        if _is_status(doc, long_start, long_end):
            continue  # "the Comprehensive Strategic Partnership (CSP)": a diplomatic status
        start = _pair_prefix(doc, long_start)  # "Dutch–Indonesian" + "Blue Economy ... Programme (BLUE-NID)"
        spans = [tuple(mention.attrs["short_span"]), (start, long_end)]
        long = " ".join(doc.text[start:long_end].split()) if start < long_start else mention.attrs["long"]
        out.append(Candidate(short, {long, capitals} if capitals else {long}, spans=spans))
    return out


def _opens_with_foreign_head(long: str) -> bool:
    """Whether a long form opens with the word for programme or project of a language that puts the
    noun first ("Programa de Cooperación Internacional", "Progetto ...")."""
    first = long.split(None, 1)[0].casefold() if long.strip() else ""
    return first in phrase_list("foreign_programme_heads") and " " in long.strip()


def _in_capitals(long: str) -> str | None:
    """A long form written all in capitals (a heading: "NAMIBIA-FINLAND FORESTRY AND HIGHER EDUCATION
    PARTNERSHIP (NAFHEP)") in ordinary capitalisation, its linking words in lower case, so that its
    words tell what it names; None for a long form in ordinary case."""
    if not long.isupper() or len(long.split()) < 2:
        return None
    links = set(phrase_list("link_words"))
    words = [w.lower() if w.lower() in links and i else w.title() for i, w in enumerate(long.split())]
    return " ".join(words)


_HEAD_END = re.compile(r"\s+(?:for|of|on|in)\s|,")


def _scheme_like(name: str) -> bool:
    """Whether a name a frame calls a scheme ("Under the X, ...", "under its X (XY)") may be one: no
    name of a body, an agreement or a committee, no head of a law, a text or a term of office
    (programme_phrase_words.yaml `not_scheme_heads`), no person's post ("Under Secretary of ...")."""
    words = name.split()
    heads = _head_words(name)
    titles = yaml_words("roles.yaml", "titles")
    not_heads = yaml_words("programme_phrase_words.yaml", "not_scheme_heads")
    if len(words) < 2 or words[0] in titles or not_heads.intersection(heads) or words[-1] in not_heads:
        return False
    return kind_of(name) in (None, "programme")


def _under_scheme(doc: Doc, mention: Mention) -> bool:
    """Whether an acronym's long form stands after "under its", "through the"... and may name a scheme
    ("under its National Grid Strategy (NGS)")."""
    return under_before(doc.text, mention.attrs["long_span"][0]) and _scheme_like(mention.attrs["long"])


def fronted_under_candidates(doc: Doc) -> list[Candidate]:
    """Names that close a sentence's opening "Under ..." phrase ("Under the new Coral Reef Student
    Exchange, ..."; see bilat.extract.programme_uses `fronted_under`)."""
    out = []
    for name, (start, end) in fronted_under(doc.text):
        owner = _OWNER_IN_NAME.search(name)  # ("Under Team Finland's X Platform, ...": its owner's)
        if owner is not None and " " in name[owner.end() :]:
            start, name = start + owner.end(), name[owner.end() :]
        if _scheme_like(name):
            out.append(Candidate(name, set(), spans=[(start, end)]))
    return out


_OWNER_IN_NAME = re.compile(r".*['’]s[ \t]+")


def _head_words(long: str) -> list[str]:
    """The words of a long form's head: those before "for", "of", "on", "in" or a comma."""
    cut = _HEAD_END.search(long)
    return (long[: cut.start()] if cut else long).split()


def _unit_head(long: str) -> bool:
    """Whether a long form's head (`_head_words`) ends in the name of a unit of an organisation
    ("Program Management Unit for ..."): a body, no programme."""
    words = _head_words(long)
    return len(words) >= 2 and words[-1] in phrase_list("unit_heads")


def _plan_head(long: str) -> bool:
    """Whether a long form's head (`_head_words`) is a government's plan or strategy: some word, then
    a word of `plan_heads` ("State Plan for ...", "National Quantum Strategy"), no instrument's plan."""
    words = _head_words(long)
    return (
        len(words) >= 2
        and words[-1] in phrase_list("plan_heads")
        and words[-2] not in phrase_list("instrument_plan_words")
    )


def _tool_head(long: str) -> bool:
    """Whether a long form's head (`_head_words`) ends in the name of an online system for
    applicants ("Project Application System"): a tool, no programme (`tool_heads`)."""
    head = " ".join(_head_words(long))
    return any(head == tool or head.endswith(" " + tool) for tool in phrase_list("tool_heads"))


_OF_HEAD = re.compile(r"\s*(\w+)\s+of\s")


def _body_of_head(long: str) -> bool:
    """Whether a long form opens with one word that names a body of members, then "of" ("Council of
    Managers of National Antarctic Programs", "Alliance of International Science Organizations"):
    a body, though a programme word ends it (programme_phrase_words.yaml `body_of_heads`)."""
    match = _OF_HEAD.match(long)
    return match is not None and match.group(1) in phrase_list("body_of_heads")


_SATELLITE_HEADS = programme_kinds("satellite_heads")


def _satellite_head(long: str) -> bool:
    """Whether a long form's head (`_head_words`) ends in the name of a satellite mission ("...
    Satellite System for Emergency Management", "... Earth Resources Satellite"): a space mission,
    which is a programme."""
    words = _head_words(long)
    head = " ".join(words)
    return len(words) >= 2 and any(head.endswith(" " + h) for h in _SATELLITE_HEADS)


_ACTIVITY_HEADS = frozenset(programme_kinds("activity_heads"))


def _joint_activity(doc: Doc, mention: Mention) -> bool:
    """Whether an acronym's long form names a joint research activity: its head (`_head_words`) ends
    in a survey, expedition, campaign or cruise word (name_kinds.yaml `activity_heads`) and it opens
    with "Joint" or holds two different countries ("Korea-Philippines Coral Triangle Biodiversity
    Survey", "Joint Indian Ocean Research Cruise"). One country's "Geological Survey" is a body."""
    words = _head_words(mention.attrs["long"])
    if len(words) < 2 or words[-1] not in _ACTIVITY_HEADS:
        return False
    if words[0] == "Joint":
        return True
    long_start, long_end = mention.attrs["long_span"]
    start = _pair_prefix(doc, long_start)
    places = {m.attrs["code"] for m in states_in(doc, start, long_end)}
    return len(places) >= 2


# A coined name with a digit, maybe in bold or quotes, then a satellite word: "the Kestrel-2
# microsatellite", "the **NovaSat-3** spacecraft" (the kind words come from name_kinds.yaml)
_SATELLITE_KINDS = programme_kinds("satellite_kinds")
_SATELLITE_STEMS = stems((*_SATELLITE_KINDS, "mission", "launch"))  # (`_SATELLITE_PAIR`, `_LAUNCHED`)
# (a syllable after an apostrophe may stand in the name: "the Chang'e-4 lunar mission")
_SATELLITE = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,20}(?:['\u2019][a-z]{1,8})?(?:\d{1,4}(?=[-\u2010\u2011]))?"
    r"(?:[-\u2010\u2011][A-Za-z]{1,12})?[-\u2010\u2011]?\d{1,3}[A-Z]?"
    r"|[A-Z][a-z]{2,20}[ \t][IVX]{1,4}[-\u2010\u2011][A-Z0-9])"
    rf"[*_'\"\u2019\u201d]{{0,2}}((?:[ \t]+[A-Za-z][a-z-]{{1,20}}){{0,3}}?)"  # "... Earth observation"
    rf"[ \t]+({either((*_SATELLITE_KINDS, 'mission'))})\b"
)


# The same coined name after its satellite word, maybe with "constellation" or "mission" ("the joint
# satellite KAS-1", "the satellite constellation SSOT-2", "the nanosatellite
# named "Light-1"") or after a comma before "a/an/the/its" and a phrase ending in the satellite word
# ("Light-1, a joint nanosatellite built by ...", "NigeriaSat-X, a joint Earth observation satellite")
_CODED = r"[A-Z][A-Za-z]{1,20}(?:[-\u2010\u2011][A-Za-z]{1,12})?[-\u2010\u2011]?(?:\d{1,3}[A-Z]?|[A-Z])"
# (Also in the plural, the naming phrase after a comma, maybe "to be known as", and two names joined
# by "and": "the satellites, to be known as KestrelSat-2A and KestrelSat-2B, will ...")
_SATELLITE_FIRST = re.compile(
    rf"\b(?:{either(_SATELLITE_KINDS)})(?:s?[ \t]+(?:constellation|mission))?"
    rf"(?:[ \t]+|s?,?[ \t]+(?:(?:to[ \t]+be|now|later|jointly)[ \t]+)?"
    rf"(?=(?:named|called|dubbed|known[ \t]+as)[ \t]))"
    rf"(?:(?:named|called|dubbed|known[ \t]+as)[ \t]+)?[*_'\"\u2018\u201c]{{0,2}}"
    rf"({_CODED})(?![\w-])"
    rf"(?:[*_'\"\u2019\u201d]{{0,2}},?[ \t]+and[ \t]+[*_'\"\u2018\u201c]{{0,2}}({_CODED})(?![\w-]))?"
)
_SATELLITE_APPOSED = re.compile(
    rf"(?<![\w-])({_CODED}),[ \t]+(?:a|an|the|its|their)[ \t]+((?:[A-Za-z][a-z-]{{1,20}}[ \t]+){{0,4}}?)"
    rf"({either(_SATELLITE_KINDS)})\b"
)


# Two coded names joined by "and" before a satellite or mission word ("KOMPSAT-3A and the CAS500-1
# satellite", "the TerraSAR-X and TanDEM-X missions"): both are missions.
_CODED_NUMBERED = r"[A-Z][A-Za-z]{1,20}(?:\d{1,4}(?=[-\u2010\u2011]))?[-\u2010\u2011](?:\d{1,3}[A-Z]?|[A-Z])"
_SATELLITE_PAIR = re.compile(
    rf"(?<![\w-])({_CODED_NUMBERED})[ \t]+and[ \t]+(?:the[ \t]+)?(?:[a-z]{{3,12}}[ \t]+)?({_CODED_NUMBERED})"
    rf"[ \t]+(?:{either(_SATELLITE_KINDS)}|mission)s?\b"
)


def _coined_satellite(name: str) -> bool:
    """Whether a name after or before a satellite word is coined: a digit in it, or a capital or
    capitals alone after a hyphen ("KAS-1", "NigeriaSat-X", "AZTR-SAT"), not a plain word."""
    return any(c.isdigit() for c in name) or bool(re.search(r"[-\u2010\u2011][A-Z]+$", name))


# A coined name set off by a comma after its satellite word ("a small Earth observation satellite,
# AZTR-SAT."): the apposition ends there
_SATELLITE_COMMA = re.compile(
    rf"\b(?:{either(_SATELLITE_KINDS)}),[ \t]+[*_'\"\u2018\u201c]{{0,2}}({_CODED})(?![\w-])"
    r"[*_'\"\u2019\u201d]{0,2}(?=[ \t]*(?:[.;,)]|$))",
    re.MULTILINE,
)
# A coined name of two capitals or more with a number ("NigComSat-1", "KAS-2R") that the text says
# was launched, maybe after an apposition set off by commas ("NigComSat-1, built by X, was launched")
# or in one itself ("Its replacement, KAS-2R, was launched")
_LAUNCHED = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,20}[-\u2010\u2011]\d{1,3}[A-Z]?)(?![\w-])"
    r"(?:,[^,.;]{1,60},|,)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:successfully\s+)?launched\b"
)


def _launched_candidates(doc: Doc, hits: list[int]) -> list[Candidate]:
    """Coined names that the text says were launched (`_LAUNCHED`, within the paragraphs of `hits`;
    hard-wrapped lines may break the phrase): two capitals at least."""
    return [
        Candidate(match.group(1), set(), spans=[match.span(1)])
        for match in _scan(_LAUNCHED, doc.text, _paragraphs_at(doc.text, hits))
        if sum(c.isupper() for c in match.group(1)) >= 2
    ]


# A plain capitalised name before a satellite word and "programme" or "mission" ("the country's Diwata
# microsatellite program"): the programme, the name its alias
_NAMED_SATELLITE_PROGRAMME = re.compile(
    rf"(?<![\w-])([A-Z][A-Za-z]{{2,20}})[ \t]+(?:{either(_SATELLITE_KINDS)})"
    r"[ \t]+(?:programme|program|mission)s?\b"
)


def _satellite_programmes(doc: Doc, lines: list[tuple[int, int]]) -> list[Candidate]:
    """Satellite programmes named by a plain word (`_NAMED_SATELLITE_PROGRAMME`), not a country's
    name or adjective ("the Philippine satellite program"), a generic word, a place's ("the Earth
    satellite programme") nor a word the text also writes in lower case (a field, no name)."""
    out = []
    for match in _scan(_NAMED_SATELLITE_PROGRAMME, doc.text, lines):
        word = match.group(1)
        if word in _generic_words() or word in _place_only_names() or _is_country_only(doc, *match.span(1)):
            continue
        if re.search(rf"\b{re.escape(word.lower())}\b", doc.text):
            continue
        out.append(Candidate(match.group(0), {word}, spans=[match.span()]))
    return out


# A series of satellites named by a plain word, maybe two joined by "and": "the Diwata series of small
# satellites", "the Lotus and Kestrel series of microsatellites" (up to two words between)
_SATELLITE_SERIES = re.compile(
    r"\bthe[ \t\n]+([A-Z][A-Za-z-]{2,20})(?:[ \t\n]+and[ \t\n]+([A-Z][A-Za-z-]{2,20}))?[ \t\n]+series"
    rf"[ \t\n]+of[ \t\n]+(?:[a-z-]+[ \t\n]+){{0,2}}(?:{either(_SATELLITE_KINDS)})s?\b"
)
_SERIES_REACH = 120  # how far before its satellite word a series' name may stand


def _satellite_series(doc: Doc, hits: list[int]) -> list[Candidate]:
    """Satellite series named by a plain word (`_SATELLITE_SERIES`): the name, "X series" its alias;
    not a country's name or adjective, a generic word or a place's."""
    if " series" not in doc.text:
        return []
    out, seen = [], set()
    for hit in hits:
        for match in _SATELLITE_SERIES.finditer(doc.text, max(0, hit - _SERIES_REACH), hit + 20):
            for i in (1, 2):
                word = match.group(i)
                if not word or match.span(i) in seen:
                    continue
                seen.add(match.span(i))
                if (
                    word in _generic_words()
                    or word in _place_only_names()
                    or _is_country_only(doc, *match.span(i))
                ):
                    continue
                out.append(Candidate(word, {f"{word} series"}, spans=[match.span(i)]))
    return out


def satellite_candidates(doc: Doc) -> list[Candidate]:
    """Satellite missions named by a coined name with a digit before a satellite word, maybe with up
    to three words of what it does between ("the Kestrel-2 microsatellite", "the NovaSat3 spacecraft",
    "the planned LakeSat-2 Earth observation satellite", "its ORB-05 radar imaging satellite"): the
    name, with the phrase as its alias. Words that link two things ("and", "with") stop it."""
    hits = _kind_words(doc.text, _SATELLITE_STEMS)
    if not hits:
        return []
    lines = _lines_at(doc.text, hits)
    function_words = phrase_list("function_words")
    out = [
        Candidate(
            match.group(1),
            {" ".join(f"{match.group(1)}{match.group(2)} {match.group(3)}".split())},
            spans=[match.span(1)],
        )
        for match in _scan(_SATELLITE, doc.text, lines)
        if not any(w.casefold() in function_words for w in match.group(2).split())
    ]
    for match in _scan(_SATELLITE_FIRST, doc.text, lines):
        if _coined_satellite(match.group(1)):
            out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
            if match.group(2) and _coined_satellite(match.group(2)):
                out.append(Candidate(match.group(2), set(), spans=[match.span(2)]))
    for match in _scan(_SATELLITE_PAIR, doc.text, lines):
        out += [Candidate(match.group(i), set(), spans=[match.span(i)]) for i in (1, 2)]
    for match in _scan(_SATELLITE_COMMA, doc.text, lines):
        if _coined_satellite(match.group(1)):
            out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
    out += _launched_candidates(doc, hits) + _satellite_programmes(doc, lines) + _satellite_series(doc, hits)
    for match in _scan(_SATELLITE_APPOSED, doc.text, lines):
        if _coined_satellite(match.group(1)) and not any(
            w.casefold() in function_words for w in match.group(2).split()
        ):
            out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
    return out


# "the Secihti–DAAD doctoral scholarship programme", "the KAIST/TUM student exchange scheme": two
# bodies joined by a dash or slash, then one to three lower-case words and a programme word
# (name_kinds.yaml `programme_under_kinds`): the programme the two bodies run together.
_PAIRED_BODIES_KINDS = programme_kinds("programme_under_kinds")
_PAIRED_BODIES_STEMS = stems(_PAIRED_BODIES_KINDS)
_PAIRED_BODIES = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,15})[ \t]*[-\u2010\u2011\u2013/][ \t]*([A-Z][A-Za-z]{1,15})"
    rf"((?:[ \t]+[a-z]+){{1,3}}?)[ \t]+({either(_PAIRED_BODIES_KINDS)})(?![\w-])"
)


def paired_bodies_candidates(doc: Doc) -> list[Candidate]:
    """Programmes named by the two bodies that run them and what kind of programme they are ("the
    Secihti–DAAD doctoral scholarship programme"): at least one of the two is an organisation the
    text names, neither is a country ("a France–Thailand mobility programme" only describes one)."""
    hits = _kind_words(doc.text, _PAIRED_BODIES_STEMS)
    if not hits:
        return []
    bodies = {n for org in doc.data.get("organizations", []) for n in (org.name, *org.aliases)}
    function = set(phrase_list("function_words"))
    out = []
    for match in _scan(_PAIRED_BODIES, doc.text, _lines_at(doc.text, hits)):
        if not {match.group(1), match.group(2)} & bodies or set(match.group(3).split()) & function:
            continue
        if doc.in_span("country", match.start(1), match.end(2)):
            continue
        out.append(Candidate(" ".join(match.group(0).split()), set(), spans=[match.span()]))
    return out


# A facts box's row that names the programme: a label of `programme_labels` alone in its table cell
# or before a colon (maybe in bold), then the value up to the cell's or line's end. A row of two
# cells only: "| Programme | Lead agency | Role |" heads a table's columns.
@functools.cache
def _labelled_row() -> re.Pattern[str]:
    """A row that names a programme, its value in group 1 (matched within one line)."""
    labels = longest_first(phrase_list("programme_labels"))
    return re.compile(
        rf"[ \t]*(?:[-*\u2022][ \t]+)?(?:\|[ \t]*(?:[*_]{{1,2}})?(?i:{labels})(?:[*_]{{1,2}})?[ \t]*\|"
        rf"|(?:[*_]{{1,2}})?(?i:{labels})[ \t]*(?::[*_]{{0,2}}|[*_]{{1,2}}:))"
        r"[ \t]*[*_]{0,2}([A-Z][^|\n]{0,118}?)[*_]{0,2}[ \t]*(?:(?:\|[ \t]*)?$|(?=[ \t]+[\u00b7\u2022][ \t]))"
    )


# A value's own name: capitalised words (and linking words), before a dash that opens its
# description or a bracket that holds its acronym ("TROPSKOG – Tropical Forests and Climate")
_VALUE_NAME = re.compile(
    r"([A-Z][\w&+-]*(?:[ \t]+(?:[A-Z0-9][\w&+-]*|of|for|and|in|on|the|de|la)){0,8})[ \t]*"
)
_VALUE_DESCRIBED = re.compile(r"[\u2013\u2014][ \t]*|-[ \t]+")


def labelled_candidates(doc: Doc) -> list[Candidate]:
    """Programmes that a facts box names under a label of `programme_labels` ("| Programme |
    TROPSKOG – Tropical Forests and Climate |", "**Funding programme:** International Science
    Partnerships Fund (ISPF)"): the value's own name (capitalised words, before a dash or a
    bracket), with the whole value as an alias when a dash adds a description."""
    text = doc.text
    out = []
    for line in _label_lines(doc):
        end = text.find("\n", line)
        match = _labelled_row().match(text, line, len(text) if end < 0 else end)
        if match is None:
            continue
        cand = _labelled_value(match)
        if cand is not None:
            out.append(cand)
    return out


def _label_lines(doc: Doc) -> list[int]:
    """The sorted starts of the lines that may be a facts box's programme row: those with "program"
    or "scheme" (any case) followed within 30 characters by a cell's bar or a colon (only the
    lines of a label word are tried), and the start of the label's field on a line of fields
    separated by dots."""
    lowered, text = doc_lowered(doc), doc.text
    lines: set[int] = set()
    for stem in ("program", "scheme"):
        at = lowered.find(stem)
        while at >= 0:
            after = text[at : at + 30]
            if "|" in after or ":" in after:
                line = text.rfind("\n", 0, at) + 1
                lines.add(line)
                field = _FIELD_SEPARATOR.search(text, line, at)
                if field is not None:  # "**Status:** open · **Programme:** X": a field of the line
                    lines.add(field.end())
            at = lowered.find(stem, at + len(stem))
    return sorted(lines)


# What separates the fields of a facts line ("**Published:** 17/11/2025 · **Programme:** X"): the
# last such dot before a label (group 0 ends where the label's field starts)
_FIELD_SEPARATOR = re.compile(r"[ \t][\u00b7\u2022][ \t](?!.*[ \t][\u00b7\u2022][ \t])")


def _labelled_value(match: re.Match[str]) -> Candidate | None:
    """The programme that a labelled row (a match of `_labelled_row`) names: its value's own name,
    with the whole value as an alias when a dash adds a description; None for a value that is a
    sentence or whose name ends with a linking word."""
    value = match.group(1).rstrip(" \t*_")
    name = _VALUE_NAME.match(value)
    if name is None:
        return None
    rest = value[name.end() :]
    if rest and not rest.startswith("(") and not _VALUE_DESCRIBED.match(rest):
        return None  # a sentence, not a name ("Welcome address by ...")
    words = name.group(1).split()
    if words[-1].casefold() in phrase_list("link_words"):
        return None
    start = match.start(1)
    cand = Candidate(name.group(1), set(), spans=[(start, start + len(name.group(1)))])
    if rest and not rest.startswith("("):
        cand.aliases.add(" ".join(value.split()))
    return cand


# What a call is said to be part of: "The call is part of the German-Israeli Water Technology
# Cooperation", "this call is run under the X Initiative" (a capitalised name of two or more words,
# its words maybe joined by links; a name that names a body or an instrument is no programme)
_NAME_WORD = r"[A-Z][\w&+]*(?:[\u2010\u2011\u2013-][A-Z]?[\w&+]+)*"
_CALL_PART_OF = re.compile(
    r"\b[Cc]alls?[ \t]+(?:(?:is|are|was|will[ \t]+be)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:part[ \t]+of|under|within|run[ \t]+(?:under|through)|launched[ \t]+under|issued[ \t]+under)|"
    r"(?:runs?|falls?|comes?)[ \t]+(?:under|within))"  # ("the call runs under the X Programme")
    rf"[ \t\n]+(?:the[ \t\n]+)?({_NAME_WORD}(?:[ \t\n]+(?:(?:of|for|and|in|on)[ \t\n]+)?{_NAME_WORD}){{1,8}})"
)


def call_part_candidates(doc: Doc) -> list[Candidate]:
    """The programme that a call is said to be part of or run under ("The call is part of the
    German-Israeli Water Technology Cooperation"), whatever its last word: tried where "call"
    stands before "part of", "under" or "within"."""
    lowered = doc_lowered(doc)
    out = []
    at = lowered.find("call")
    while at >= 0:
        near = lowered[at : at + 60]
        if " part of " in near or " under " in near or " within " in near:
            match = _CALL_PART_OF.match(doc.text, at)
            if match is not None and kind_of(match.group(1)) in (None, "programme"):
                # (with the two countries after it: "... Cooperation between Austria and Czechia")
                span = (match.start(1), between_countries(doc, match.end(1)) or match.end(1))
                out.append(Candidate(" ".join(doc.text[span[0] : span[1]].split()), set(), spans=[span]))
        at = lowered.find("call", at + 4)
    return out


def _ends_with_programme_word(long: str) -> bool:
    """Whether a long form ends with a programme word in lower case ("... Transition programme
    (JSMART)", "... Mobility scheme", "... research project (ACR)"): a programme's name."""
    words = long.split()
    return len(words) >= 2 and words[-1].islower() and words[-1] in PROGRAMME_AFTER


_PAIR_BEFORE = re.compile(r"([^\W\d][\w.]*)\s*[-\u2010\u2013\u2014/]\s*([^\W\d][\w.]*)[ \t]+$")
_PAIR_REACH = 40  # how far before a long form its two countries may stand


def _pair_prefix(doc: Doc, start: int) -> int:
    """Where a long form starts with the two countries (or their adjectives) that stand right
    before it ("the Dutch–Indonesian | Blue Economy Research Programme (BLUE-NID)"): they are part
    of the programme's name. `start` itself when no such pair stands there."""
    pair = _PAIR_BEFORE.search(doc.text, max(0, start - _PAIR_REACH), start)
    if pair is None:
        return start
    countries = {m.span for m in doc.in_span("country", pair.start(), start)}
    return pair.start() if {pair.span(1), pair.span(2)} <= countries else start


def _with_pair(doc: Doc, name: str, span: tuple[int, int]) -> Candidate:
    """A candidate for a name found at `span`, with the two countries that stand right before it
    as part of its name ("Brazil-Germany | Programme for Research in ..."), the bare name an alias."""
    start = _pair_prefix(doc, span[0])
    if start == span[0]:
        return Candidate(name, set(), spans=[span])
    full = " ".join(doc.text[start : span[1]].split())
    return Candidate(full, {name}, spans=[(start, span[1])])


# Capitalised words right before a "Programme for ..." name on its line ("National | Programme for
# Space Activities", "Binational | Programme for ...", "Work | Programme for ..."), and a period of
# years right after it ("... Cooperation | 2026–2027").
_HEAD_BEFORE = re.compile(r"(?:(?<![\w\u2010\u2011\u2013-])[A-Z][a-z]+[ \t]+){1,3}$")
_PERIOD_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d[-\u2010\u2013](?:19|20)?\d\d(?![\w\u2010\u2013-])")
_HEAD_REACH = 50  # how far before a "Programme for" name its capitalised words may stand


def _with_head(doc: Doc, name: str, span: tuple[int, int]) -> Candidate:
    """A candidate for a "Programme for ..." name (`named_for`) with the capitalised words that stand
    right before it on its line as part of its name (no article, preposition or owner's word), then
    the two countries before those (`_with_pair`) and a period of years after it; the bare name an
    alias when the name grew."""
    start, end = span
    head = _HEAD_BEFORE.search(doc.text, max(0, start - _HEAD_REACH), start)
    if head is not None:
        words = list(re.finditer(r"\S+", head.group()))
        skip = LEADING_DROP | _phrase_words()["leading_prepositions"]
        while words and words[0].group() in skip:
            words.pop(0)
        if words:
            start = head.start() + words[0].start()
    period = _PERIOD_AFTER.match(doc.text, end)
    if period is not None:
        end = period.end()
    cand = _with_pair(doc, " ".join(doc.text[start:end].split()), (start, end))
    if cand.name != name:
        cand.aliases.add(name)
    return cand


# "TANGO, short for Tandem Argentina–Italia for Next-Generation Observation": an acronym spelled
# out in words after it; the long form's words are capitalised, small linking words between them
_LINK_LIST = phrase_list("link_words")
_LINK = rf"(?:{either(_LINK_LIST)})"
_CAP_WORD = r"[A-Z][\w\u2010\u2011\u2013-]*"
_SHORT_FOR = re.compile(
    rf"\b([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)\)?,?[ \t]+\(?(?:short for|which stands for|standing for|"
    rf"an acronym for|the acronym for)[ \t]+({_CAP_WORD}(?:[ \t]+(?:{_LINK}|{_CAP_WORD})){{1,12}})"
)
_PROGRAMME_NEAR = 160  # how far after a spelled-out acronym a word may call it a programme or mission
_INITIAL = re.compile(r"(?:^|[\s\u2010\u2011\u2013-])(\w)")


def short_for_candidates(doc: Doc) -> list[Candidate]:
    """Programmes whose acronym is spelled out after it ("X, short for ...", "X, which stands for
    ..."): the long form's initials hold the acronym's letters in order, and a programme word
    (programme, mission, project...) follows within the next sentence."""
    out: list[Candidate] = []
    if "short for" not in doc.text and "stands for" not in doc.text and "acronym for" not in doc.text:
        return out
    for match in _SHORT_FOR.finditer(doc.text):
        short, long = match.group(1), match.group(2)
        while long.split()[-1] in _LINK_WORDS:  # "... Observation for" cut back to a capital
            long = long.rsplit(None, 1)[0]
        if not _spells(short, long) or not _called_programme(doc.text, match.end()):
            continue
        end = match.start(2) + len(long)
        out.append(Candidate(short, {long}, spans=[match.span(1), (match.start(2), end)]))
    return out


_LINK_WORDS = frozenset(_LINK_LIST)


def _spells(short: str, long: str) -> bool:
    """Whether the initials of `long`'s words (hyphenated parts apart) hold the letters of `short`
    in order, starting with its first ("TANGO": Tandem Argentina–Italia ... Next-Generation Observation)."""
    initials = "".join(m.group(1) for m in _INITIAL.finditer(long)).upper()
    letters = [c for c in short.upper() if c.isalpha()]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    at = 0
    for letter in letters:
        at = initials.find(letter, at) + 1
        if at == 0:
            return False
    return True


_PROGRAMME_WORD = re.compile(rf"\b(?:{'|'.join(re.escape(w) + 's?' for w in _KINDS)})\b", re.I)


def _called_programme(text: str, end: int) -> bool:
    """Whether a programme word stands shortly after `end` (in its sentence or the next)."""
    return _PROGRAMME_WORD.search(text, end, min(len(text), end + _PROGRAMME_NEAR)) is not None


# "launching ArcTri, a joint programme on ...", "MARIND, a three-year project that ...": a coined
# name (two capitals at least, or a digit; hyphenated parts may follow: "HYDRO-Sol", "GeoNet-2";
# capitalised words may follow it: "Korea-Canada Photonics Pathways", "EU-CELAC Digital Bridge"),
# maybe in Markdown emphasis or quotes, described by an apposition that makes it a programme. The
# apposition's modifiers are words other than prepositions and articles ("a partner in the project"
# describes no programme).
_COINED = r"[A-Z][a-z]*[A-Z0-9][A-Za-z0-9]*(?:[-\u2010\u2011\u2013][A-Za-z0-9]+){0,3}"
_OPEN_MARK = r"[*_\"“‘']{0,2}"
_CLOSE_MARK = r"[*_\"”’']{0,2}"
_GAP = r"[ \t]*(?:\n[ \t]*)?"  # spaces, maybe one line break (hard-wrapped text)
_SEP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # the same, not empty: what stands between two words
_FUNCTION = rf"(?:{either(phrase_list('function_words'))})"
# (a country pair may stand among them: "the South Africa–Norway research cooperation programme")
_MODIFIERS = rf"(?:(?!{_FUNCTION}\b)[\w\u2010\u2011\u2013/-]+{_SEP}){{0,4}}?"
_KIND = rf"(?:{either(_KINDS)})"
_DESCRIBED_KINDS = programme_kinds("programme_described_kinds")
# An owner's possessive in place of the article ("ArCS II, Japan's national Arctic programme",
# "MARINFORSK, the Research Council's programme on ..."), and modifiers that may hold a pair of
# partners joined by a dash ("SUPERHEAT, a joint ÍSOR–AIST project")
_OWNER_POSSESSIVE = r"(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,3}?[A-Z][\w.&-]*['\u2019]s"
_DESCRIBED_MODIFIERS = rf"(?:(?!{_FUNCTION}\b)[\w\u2010\u2011\u2013/-]+{_SEP}){{0,3}}?"
# A plain word with a version number is coined too ("Mobilitas 3.0"), and the apposition may call
# it an edition of the kind ("..., the third edition of their researcher exchange scheme").
_VERSIONED = (
    r"(?:(?!(?:The|A|An|Its|Their|Our)[ \t])[A-Z][A-Za-z]+[ \t]){0,2}"  # ("Reef Watch 2.0")
    r"[A-Z][a-z]{2,20}[ \t]\d{1,2}\.\d{1,2}(?![\w.])"
)
_EDITION_WORD = rf"(?:\w+[ \t]+)?(?:{either(phrase_list('edition_words'))})"
_EDITION_OF = rf"(?:{_EDITION_WORD}[ \t]+of[ \t]+(?:the|its|their|our)?{_GAP})?"
_DESCRIBED = re.compile(
    rf"(?<![\w-]){_OPEN_MARK}((?:{_VERSIONED}|{_COINED}(?:[ \t]+[A-Z][A-Za-z]+){{0,3}})){_CLOSE_MARK}"
    rf"[ \t]*(?:,|[\u2013\u2014]|--){_GAP}"
    rf"(?:a|an|the|our|their|{_OWNER_POSSESSIVE}){_GAP}{_EDITION_OF}{_DESCRIBED_MODIFIERS}"
    rf"(?:{either(_DESCRIBED_KINDS)})\b"
)
_DESCRIBED_STEMS = stems(_DESCRIBED_KINDS)
# A plain capitalised word (no inner capital or digit) is a coined name only when an owner's
# possessive describes it and a lower-case word stands before it ("builds on Wehubit, Enabel's
# digital-for-development initiative"), not a sentence's first word ("Kenya, Africa's ...")
_OWNED_PLAIN = re.compile(
    rf"(?<=[a-z][ \t])([A-Z][a-z]{{3,20}})[ \t]*,{_GAP}{_OWNER_POSSESSIVE}{_GAP}"
    rf"{_DESCRIBED_MODIFIERS}(?:{either(_DESCRIBED_KINDS)})\b"
)


def described_candidates(doc: Doc) -> list[Candidate]:
    """Coined programme names described by an apposition ("ArcTri, a joint programme on ...",
    "GeoNet2, the new national project", "*TIDERA*, a three-year project which ..."). Acronyms of
    organisations are dropped later."""
    if "," not in doc.text and "\u2014" not in doc.text and "\u2013" not in doc.text:
        return []
    out = []
    kinds = _kind_words(doc.text, _DESCRIBED_STEMS)
    for match in _scan(_DESCRIBED, doc.text, _paragraphs_at(doc.text, kinds)):
        name = match.group(1)
        if name.isupper() and len(name) < 3:
            continue
        out.append(Candidate(name, set(), spans=[match.span(1)]))
    for match in _scan(_OWNED_PLAIN, doc.text, _paragraphs_at(doc.text, kinds)):
        if not _known_name_at(doc, *match.span(1)):
            out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
    return out


def _known_name_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` are already known as a country, a place or a person."""
    return any(
        m.start <= start and end <= m.end
        for layer in ("country", "city", "person", "place")
        for m in doc.in_span(layer, max(0, start - 60), end)
    )


# "The first flagship project, HYDRO-Sol, will test ...", "The project, Coastal Flood Risk
# Assessment for Accra (CoFRAG), was selected ...": a programme word, then its name in apposition
# between commas or dashes (maybe in emphasis, maybe with its acronym in brackets). The name: a
# coined word, or capitalised words with small linking words between them.
_TITLED = rf"[A-Z][\w\u2010\u2011\u2013-]*(?:{_SEP}(?:{_LINK}{_SEP})?[A-Z][\w\u2010\u2011\u2013-]*){{1,11}}"
_APPOSE_MARK = r"(?:,|[\u2013\u2014]|--)"  # what opens and closes an apposition
_LONG_FORM_MAX = 120  # how long a spelled-out name in brackets after an apposed acronym may be
_SHORT_MAX = 20  # how long an acronym in brackets after an apposed name may be
# "the project, named MAROA-TZ (...)", "a scheme called SolarLink.": a naming verb after the mark
_NAMING = r"(?:named|called|dubbed|titled|entitled|known[ \t]+as)"
# "ArCS III", "GeoNet 2": a numeral that ends a coined name (its phase or edition)
_COINED_NUMBERED = rf"{_COINED}(?:[ \t]+(?:[IVX]{{1,4}}|\d{{1,2}})(?![\w-]))?"
# A coined name quoted right after its kind word: "the joint project "Pampa-Volga"", "the
# programme 'AquaLink'", "the initiative «SeaNet»"
_QUOTED_COINED = (
    r"[\"“‘'«][ \t]?([A-Z][^\W_]*(?:[-\u2010\u2011\u2013][^\W_]+){0,3}"
    r"(?:[ \t][A-Z][^\W_]*(?:[-\u2010\u2011\u2013][^\W_]+){0,3}){0,2}"  # "Puentes Azules"
    r"(?:[ \t]+(?:[IVX]{1,4}|\d{1,2}))?)[ \t]?[\"”’'»]"
)
_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his){_GAP}{_MODIFIERS}{_KIND}"
    rf"(?:[ \t]*{_APPOSE_MARK}{_GAP}(?:{_NAMING}[ \t]+)?|[ \t]+{_NAMING}[ \t]+)"
    rf"{_OPEN_MARK}({_COINED_NUMBERED}|{_TITLED}){_CLOSE_MARK}{_GAP}"
    rf"(?:\(([^()\n]{{2,{_LONG_FORM_MAX}}})\)[ \t]*)?(?:{_APPOSE_MARK}|[.;:](?!\w))"
    rf"|\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his){_GAP}{_MODIFIERS}{_KIND}[ \t]+"
    rf"(?:{_NAMING}[ \t]+)?{_QUOTED_COINED}"  # ("a project called "Blue Coasts"": a naming verb between)
)
# what every match of _APPOSED holds after its kind word
_KIND_MARK = re.compile(rf"{_KIND}(?:[ \t]*{_APPOSE_MARK}|[ \t]+{_NAMING}|[ \t]+[\"“‘'«])")
_NOT_A_NAME_START = frozenset(phrase_list("not_a_name_start"))  # titles: a person's name follows


def apposed_candidates(doc: Doc) -> list[Candidate]:
    """Programme names in apposition after a programme word ("The new programme, TERRAMAR, will
    ...", "The project, Long Name (ACR), was ..."). A name of several capitalised words needs its
    acronym in brackets or three words at least, and no title before it ("The project lead, Dr
    ..." has no programme word before its comma)."""
    out: list[Candidate] = []
    if "," not in doc.text and "\u2014" not in doc.text and "\u2013" not in doc.text:
        return out
    kinds = [at for at in _kind_words(doc.text) if _KIND_MARK.match(doc.text, at)]
    for match in _scan(_APPOSED, doc.text, _paragraphs_at(doc.text, kinds)):
        if match.group(1) is None:  # a quoted coined name right after its kind word
            out.append(Candidate(match.group(3), set(), spans=[match.span(3)]))
            continue
        name, short = " ".join(match.group(1).split()), match.group(2)
        words = name.split()
        if len(words) > 1:
            if words[0] in _NOT_A_NAME_START or (len(words) < 3 and short is None):
                continue
            if kind_of(name) not in (None, "programme") or _is_country_only(doc, *match.span(1)):
                continue
        elif name.isupper() and len(name) < 3:
            continue
        if short is not None and len(short) > _SHORT_MAX:
            long = _spelled_long_form(name, short)  # "The project, ACR (Its Long Name: a subtitle), ..."
            if long:
                out.append(Candidate(name, set(long), spans=[match.span(1), match.span(2)]))
            elif len(words) == 1 or _COINED_WORD.fullmatch(words[0]):
                out.append(Candidate(name, set(), spans=[match.span(1)]))  # "X (a word meaning sky)"
        elif short is not None and _name_like(short.strip()) and len(short.split()) == 1:
            out.append(Candidate(short.strip(), {name}, spans=[match.span(2), match.span(1)]))
        else:
            out.append(Candidate(name, set(), spans=[match.span(1)]))
    return out


_COINED_WORD = re.compile(_COINED)

# "a new research project under SATREPS, entitled "Integrated Monitoring of ..." (IMON)", "The
# project, "Breeding of Drought-Resilient Crops for Dry Areas", known by its short name DRYCROP": a
# programme word earlier in the sentence, then a quoted title of capitalised words (small linking
# words between them) and its short form, in brackets, after "known as" / "known by its short
# name" or after "or" ("titled "Hazard ... Alertness" or HANDA, will"): the short form names the
# project, whether or not it spells the title.
_SHORT_FORM = r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9+]*(?:[-\u2010\u2011\u2013][A-Za-z0-9+]+){0,3}"
_TITLE_WORD = r"[A-Z][\w\u2010\u2011\u2013'’-]*"
_QUOTED_TITLE = re.compile(
    rf"{_KIND}[^.;:\"“”]{{0,160}}?(?:\s|,)(?:{_NAMING}{_SEP})?[\"“]"
    rf"({_TITLE_WORD}(?:{_SEP}(?:{_LINK}{_SEP})*{_TITLE_WORD}){{2,15}})[\"”]"
    rf"(?:,?{_GAP}\(({_SHORT_FORM})\)"
    rf"|(?:,{_SEP}known{_SEP}(?:as|by{_SEP}(?:its|the){_SEP}(?:short{_SEP}name|acronym))"
    rf"{_SEP}({_SHORT_FORM})(?![\w-])"
    rf"|,?{_SEP}or{_SEP}({_SHORT_FORM})(?=[ \t]*[,)])))"  # ("... for Disaster Alertness" or HANDA, ...)
)


def quoted_title_candidates(doc: Doc) -> list[Candidate]:
    """Projects named by a quoted title and its short form after a programme word of their sentence
    (`_QUOTED_TITLE`): the short form, the title its alias."""
    if '"' not in doc.text and "\u201c" not in doc.text:
        return []
    out = []
    for match in _scan(_QUOTED_TITLE, doc.text, _paragraphs_at(doc.text, _kind_words(doc.text))):
        short = next(i for i in (2, 3, 4) if match.group(i))
        title = " ".join(match.group(1).split())
        out.append(Candidate(match.group(short), {title}, spans=[match.span(short), match.span(1)]))
    return out


# The same quoted name after a capitalised kind word, as a call text names its own scheme: "the
# second call of the Programme "Rios Claros"", "within the Project «Sal Marina»".
_CAPITAL_KINDS = tuple(kind[:1].upper() + kind[1:] for kind in _KINDS)
_CAPITAL_KIND_QUOTED = re.compile(rf"(?<=\b[Tt]he )(?:{either(_CAPITAL_KINDS)})[ \t]+{_QUOTED_COINED}")
_CAPITAL_KIND_STEMS = stems(_CAPITAL_KINDS)


def capital_kind_quoted_candidates(doc: Doc) -> list[Candidate]:
    """Quoted names right after "the" and a capitalised programme word ("the Programme "X Y"")."""
    out = []
    for at in _kind_words(doc.text, _CAPITAL_KIND_STEMS):
        match = _CAPITAL_KIND_QUOTED.match(doc.text, at)
        if match is not None:
            out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
    return out


# A one-word coined name right after its kind word, maybe with a naming verb between: "under the
# bilateral programme ANDES-Boreal.", "the new partnership, called **NORA-Sea**, with ...", "its
# flagship initiative NordSol-2 will ...". The name ends at a stop mark or before a lower-case word
# (a capitalised word after it would make it the start of a longer name, which other rules read).
_KIND_THEN_COINED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his){_SEP}{_MODIFIERS}(?:{_KIND}|partnership|consortium)"
    rf"(?:,?{_SEP}{_NAMING})?,?{_SEP}{_OPEN_MARK}({_COINED_NUMBERED}){_CLOSE_MARK}"
    r"(?=[ \t]*[.,;:)](?!\w)|[ \t]*$|[ \t]+[a-z])",
    re.MULTILINE,
)
_COINED_AFTER_KIND_STEMS = stems((*_KINDS, "partnership", "consortium"))


def coined_after_kind_candidates(doc: Doc) -> list[Candidate]:
    """One-word coined names right after a programme, project, partnership or consortium word
    ("the bilateral programme ANDES-Boreal", "the partnership, called NORA-Sea,"): a name of two
    capitals at least, or with a digit, so that a plain word ("the project Leader") is no name."""
    kinds = _kind_words(doc.text, _COINED_AFTER_KIND_STEMS)
    if not kinds:
        return []
    out = []
    for match in _scan(_KIND_THEN_COINED, doc.text, _paragraphs_at(doc.text, kinds)):
        name = match.group(1)
        if len(name) < 3 or not _name_like(name) or name in common_noun_acronyms(doc):
            continue
        out.append(Candidate(name, set(), spans=[match.span(1)]))
    return out


# A numbered edition of a national research expedition, survey, campaign or cruise (name_kinds.yaml
# `activity_heads`), maybe with its short form in brackets: "the 62nd Chilean Antarctic Scientific
# Expedition (ECA 62)", "the 40th Korean Antarctic Research Expedition"
_ACTIVITY_WORDS = programme_kinds("activity_heads")
_ACTIVITY_STEMS = stems(_ACTIVITY_WORDS)
_EDITION_ACTIVITY = re.compile(
    r"(?<![\w-])(\d{1,3}(?:st|nd|rd|th)[ \t]+((?:[A-Z][\w\u2010\u2011-]*[ \t]+){1,5}"
    rf"(?:{either(_ACTIVITY_WORDS)})))(?![\w-])"
    r"(?:[ \t]*\(([A-Z][A-Za-z]{1,7}[ \t]?\d{1,3})\))?"
)


def edition_activity_candidates(doc: Doc) -> list[Candidate]:
    """Numbered editions of research expeditions and campaigns (`_EDITION_ACTIVITY`): the name with
    its number, the name without it and the short form as aliases."""
    hits = _kind_words(doc.text, _ACTIVITY_STEMS)
    out = []
    for match in _scan(_EDITION_ACTIVITY, doc.text, _lines_at(doc.text, hits)) if hits else ():
        aliases = {match.group(2)} | ({match.group(3)} if match.group(3) else set())
        spans = [match.span(1)] + ([match.span(3)] if match.group(3) else [])
        out.append(Candidate(match.group(1), aliases, spans=spans))
    return out


# Programmes listed by name after a plural programme word: "the strategic innovation programmes
# Innovair (aeronautics) and Viable Cities", "its schemes Nordic Bridges, CoastLab and Polar Links"
# (capitalised names, each maybe with a gloss in brackets, joined by commas and "and")
_LIST_NAME = r"[A-Z][\w+\u2010\u2011-]*(?:[ \t]+[A-Z][\w+\u2010\u2011-]*){0,3}(?:[ \t]*\([^()\n]{1,40}\))?"
_PLURAL_KINDS = tuple(f"{kind}s" for kind in programme_kinds("programme_under_kinds"))
_KIND_LIST = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]wo|[Tt]hree){_SEP}{_MODIFIERS}(?:{either(_PLURAL_KINDS)})[ \t]+"
    rf"({_LIST_NAME}(?:[ \t]*,[ \t]*{_LIST_NAME})*,?[ \t]+and[ \t]+{_LIST_NAME})"
)
_LIST_ITEM = re.compile(r"[A-Z][\w+\u2010\u2011-]*(?:[ \t]+[A-Z][\w+\u2010\u2011-]*){0,3}|\([^()\n]*\)")
_PLURAL_STEMS = stems(_PLURAL_KINDS)


def kind_list_candidates(doc: Doc) -> list[Candidate]:
    """Programmes listed by name after a plural programme word (`_KIND_LIST`): each name, not a
    country's."""
    hits = _kind_words(doc.text, _PLURAL_STEMS)
    out = []
    for match in _scan(_KIND_LIST, doc.text, _lines_at(doc.text, hits)) if hits else ():
        for item in _LIST_ITEM.finditer(doc.text, match.start(1), match.end(1)):
            if item.group().startswith("(") or _is_country_only(doc, item.start(), item.end()):
                continue
            out.append(Candidate(item.group(), set(), spans=[item.span()]))
    return out


# A section heading that names a scheme, maybe after a label ("## New: SDC Seed Funding"), and right
# under it a sentence that opens by calling it a programme or scheme ("A joint seed-funding scheme
# will support ..."): the heading's capitalised words (two or more, the whole heading) name it
_HEADING_NAMED = re.compile(
    r"^#{1,4}[ \t]+(?:[A-Z][a-z]+:[ \t]+)?"
    r"([A-Z][\w\u2010\u2011-]*(?:[ \t]+[A-Z][\w\u2010\u2011-]*){1,5})[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*(?:A|An|The)[ \t]+{_MODIFIERS}(?:{either(programme_kinds('programme_under_kinds'))})\b",
    re.MULTILINE,
)


def heading_named_candidates(doc: Doc) -> list[Candidate]:
    """Schemes that a section's heading names and its first sentence calls a programme or scheme
    (`_HEADING_NAMED`): a name not of generic words alone ("## Funding Lines" names none)."""
    text, out = doc.text, []
    starts = [0] if text.startswith("#") else []
    at = text.find("\n#")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n#", at + 1)
    for start in starts:
        match = _HEADING_NAMED.match(text, start)
        if match is None or _all_generic(match.group(1)) or _is_country_only(doc, *match.span(1)):
            continue
        out.append(Candidate(match.group(1), set(), spans=[match.span(1)]))
    return out


# An award scheme named after its owner's possessive ("its" or "their" too): capitalised words ending in
# a word for a grant (programme_phrase_words.yaml `grant_heads`), maybe a dash and the country it is
# for ("the OeAD's Ernst Mach Grant – Ukraine", "the Academy's Kovalevskaya Fellowships", "Its Seed
# Travel Grants provide ..."); no capitalised word after it
# ("the President's International Fellowship Initiative" is a longer name)
_GRANT_HEAD = longest_first(phrase_list("grant_heads"))  # a word for a grant, the longest first
_OWNED_AWARD = re.compile(
    r"(?:(?<![\w-])[A-Z][\w.&-]*['\u2019]s|\b[Ii]ts|\b[Tt]heir)"
    rf"[ \t]+((?:[A-Z][\w\u2010\u2011-]*[ \t]+){{1,4}}"
    rf"(?:{_GRANT_HEAD}))(?![\w-]|[ \t]+[A-Z][a-z])"
    r"(?:[ \t]+[\u2013\u2014][ \t]+([A-Z][a-z]+)(?![\w-]))?"
)
# ... and one named with its owner after "of the" ("the Early Career Travel Grants of the Leading House
# for Africa")
_AWARD_OF_OWNER = re.compile(
    rf"\bthe[ \t]+((?:[A-Z][\w\u2010\u2011-]*[ \t]+){{1,4}}(?:{_GRANT_HEAD}))"
    r"[ \t\n]+of[ \t\n]+the[ \t\n]+(?=[A-Z])"
)
_POSSESSIVE = re.compile(r"\w['\u2019]s[ \t]+[A-Z]|\b(?:[Ii]ts|[Tt]heir)[ \t]+[A-Z]")


def owned_award_candidates(doc: Doc) -> list[Candidate]:
    """Award schemes named after their owner's possessive (`_OWNED_AWARD`), not of generic words
    alone ("DFG's Research Grants" names no scheme of its own here); with a country after a dash,
    the name with the country, the name without it as its alias."""
    starts = [m.start() for m in _POSSESSIVE.finditer(doc.text)]
    out = []
    for match in _scan(_OWNED_AWARD, doc.text, _lines_at(doc.text, starts)) if starts else ():
        name = " ".join(match.group(1).split())
        if _all_generic(name):
            continue
        country = match.group(2)
        if country and doc.in_span("country", match.start(2), match.end(2)):
            full = doc.text[match.start(1) : match.end(2)]
            out.append(Candidate(full, {name}, spans=[(match.start(1), match.end(2))]))
            continue
        out.append(Candidate(name, set(), spans=[match.span(1)]))
    return out + _awards_of_owners(doc)


def _awards_of_owners(doc: Doc) -> list[Candidate]:
    """Award schemes named with their owner after "of the" (`_AWARD_OF_OWNER`): two words at least,
    not of generic words alone."""
    if " of the " not in doc.text:
        return []
    out = []
    for match in _AWARD_OF_OWNER.finditer(doc.text):
        name = " ".join(match.group(1).split())
        if len(name.split()) >= 3 and not _all_generic(name):
            out.append(Candidate(name, set(), spans=[match.span(1)]))
    return out


# A named degree of two institutions: a qualifier, a degree word (maybe "Degree", "Programme" or
# "Track" after it), "in" and a capitalised field of study (programme_phrase_words.yaml
# `degree_qualifiers`, `degree_words`): "the Dual PhD in Renewable Energy Engineering", "a Joint
# Master's Programme in Marine Ecology and Fisheries".
_DEGREE_FIELD_WORD = r"[A-Z][\w\u2010\u2011\u2013'’-]*"
_DEGREE = re.compile(
    rf"(?<![\w-])(?:{longest_first(phrase_list('degree_qualifiers'))})[ \t]+"
    rf"(?:{longest_first(phrase_list('degree_words'))})"
    rf"(?:[ \t]+(?:Degree|Programme|Program|Track))?{_SEP}in{_SEP}{_DEGREE_FIELD_WORD}"
    rf"(?:{_SEP}(?:(?:and|of|for|in|&){_SEP})?{_DEGREE_FIELD_WORD}){{0,7}}"
)
_DEGREE_GATE = re.compile(r"PhD|Ph\.D|Doctor|Master|MSc|M\.Sc|MBA|Bachelor|BSc|LLM")


def degree_candidates(doc: Doc) -> list[Candidate]:
    """Named degrees that institutions award together ("the Dual PhD in Renewable Energy
    Engineering"): a qualifier, a degree word and a capitalised field after "in". The two places
    or institutions joined by a dash right before it are part of its name ("the Geneva–Pohang
    Joint PhD Track in ..."), the bare degree an alias."""
    if not _DEGREE_GATE.search(doc.text):
        return []
    out = []
    for match in _DEGREE.finditer(doc.text):
        name = " ".join(match.group(0).split())
        pair = _PAIR_BEFORE.search(doc.text, max(0, match.start() - _PAIR_REACH), match.start())
        if pair is None or not (pair.group(1)[:1].isupper() and pair.group(2)[:1].isupper()):
            out.append(Candidate(name, set(), spans=[match.span()]))
            continue
        full = " ".join(doc.text[pair.start() : match.end()].split())
        out.append(Candidate(full, {name}, spans=[(pair.start(), match.end())]))
    return out


# A coined name in capitals ("TERRAMAR", "BLUE-NET", "GEO2"), maybe in emphasis, then a scheme's
# doings ("funds", "is co-funded"; `programme_subject_verbs`): checked to open a sentence after.
_SUBJECT_COINED = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\w-])")
_SUBJECT_COINED_MIN = 4  # letters and digits at least: a shorter one is an agency's acronym ("NSF")


@functools.cache
def _subject_verb_pretest() -> WordPretest:
    """Whether a text may hold one of a scheme's doings at all (`programme_subject_verbs`)."""
    return WordPretest(phrase_list("programme_subject_verbs"))


def subject_coined_candidates(doc: Doc) -> list[Candidate]:
    """Coined names in capitals that open a sentence and do what a scheme does ("ASTROLINK funds
    stays of ...", "SEA-FLUX is funded with ..."): a name no organisation of the text bears, no
    common-noun acronym and no acronym the text defines as something else."""
    if not _subject_verb_pretest()(doc.text):
        return []
    kinds = doc.data.get("acronym_kind", {})
    common = common_noun_acronyms(doc)
    out = []
    for match in _SUBJECT_COINED.finditer(doc.text):
        name = match.group(1)
        if not subject_verb_after(doc.text, match.end()) or not opens_sentence(doc.text, match.start()):
            continue
        if sum(c.isalnum() for c in name) < _SUBJECT_COINED_MIN or kinds.get(name) not in (None, "programme"):
            continue
        if name in common or not _name_like(name):
            continue
        out.append(Candidate(name, set(), spans=[match.span(1)]))
    return out


# A coined name in capitals that prose names as one of the projects it speaks of: "One of them,
# BIOFIBRE-IN, brings together ...", "Funded projects included **REEF-CLIM**, on ..., and
# **DEEPSEA**, which ...", "Among the funded projects is KELP-NET": the cue, maybe an emphasis, the
# name, then a comma (or the sentence's end). `_CUED_COINED_LATER`: a later item of the same
# sentence, in the same emphasis ("and **DEEPSEA**").
_EMPHASIS_OPEN = r"(\*\*|<strong>|<b>|\*|<em>)"
_CAPITALS_NAME = r"([A-Z\u00c0-\u00de][A-Z0-9\u00c0-\u00de]+(?:-[A-Za-z0-9\u00c0-\u00ff]+)*)(?![\w-])"
_CUED_COINED = re.compile(
    r"(?:\b(?:One|one|Another|another)[ \t]+(?:of[ \t]+(?:them|these|those)|such[ \t]+project),[ \t]+"
    r"|\bprojects[ \t]+(?:included|include|such[ \t]+as|like)[ \t]+"
    r"|\b[Aa]mong[ \t]+(?:them|these|the[ \t]+(?:funded|selected|\w+)[ \t]+projects)"
    r"[ \t]+(?:is|are|was|were)[ \t]+)"
    rf"{_EMPHASIS_OPEN}?{_CAPITALS_NAME}"
    r"(?:\*\*|</strong>|</b>|\*|</em>)?(?=[ \t]*[,.;:(])"
)
_CUED_COINED_LATER = re.compile(rf",?[ \t]+and[ \t]+{_EMPHASIS_OPEN}{_CAPITALS_NAME}")
_CUED_REACH = 300  # how far back a cue "One of them," needs a word for projects


# What funded proposals become, a word for projects aside: "of which eleven were funded", "nine
# proposals have been selected"
_FUNDED_BEFORE = re.compile(r"\b(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:funded|selected|awarded)\b")


def _projects_before(text: str, start: int) -> bool:
    """Whether, shortly before `start`, the text speaks of projects: a word for projects, or proposals
    that "were funded" (`_FUNDED_BEFORE`)."""
    since = max(0, start - _CUED_REACH)
    return _PROJECT_WORD.search(text, since, start) is not None or (
        "proposals" in text[since:start] and _FUNDED_BEFORE.search(text, since, start) is not None
    )


def cued_coined_candidates(doc: Doc) -> list[Candidate]:
    """Coined names in capitals that prose names as projects (`_CUED_COINED`): "One of them" after a
    word for projects shortly before, or "projects included" / "among the ... projects is"; later
    items of the sentence in the same emphasis too. A name no acronym of the text defines as
    something else, no common-noun acronym, of four letters or digits at least."""
    text = doc.text
    if "project" not in text and "consorti" not in text and "proposals" not in text:
        return []
    kinds = doc.data.get("acronym_kind", {})
    common = common_noun_acronyms(doc)
    out = []
    for match in _CUED_COINED.finditer(text):
        if match.group().lstrip()[:3].lower() in ("one", "ano") and not _projects_before(text, match.start()):
            continue
        found = [(match.group(2), match.span(2))]
        if match.group(1):
            sentence_end = doc.sentence_of(match.start())[1]
            for later in _CUED_COINED_LATER.finditer(text, match.end(), sentence_end):
                if later.group(1) == match.group(1):
                    found.append((later.group(2), later.span(2)))
        for name, span in found:
            if sum(c.isalnum() for c in name) < _SUBJECT_COINED_MIN or name in common:
                continue
            if kinds.get(name) not in (None, "programme") or not _name_like(name) or countries_in(doc, *span):
                continue
            out.append(Candidate(name, set(), spans=[span]))
    return out


def _spelled_long_form(name: str, bracket: str) -> list[str]:
    """The long forms of an acronym given in brackets after it ("ACR (Arctic Coastal Resilience:
    adaptive planning for ...)"): the whole bracket and its part before a colon or dash, when that
    starts with a capital and its initials spell the acronym; else none."""
    bracket = " ".join(bracket.split())
    head = re.split(r":|\s[\u2013\u2014-]\s", bracket, maxsplit=1)[0].strip()
    if " " in name or not _name_like(name) or not head[:1].isupper():
        return []
    if not _spells(name, head) and not _spells_by_parts(name, head):
        return []
    return sorted({bracket, head})


def _spells_by_parts(short: str, long: str) -> bool:
    """Whether an acronym is made of the first letters of some of the long form's words, in order,
    its first word's always ("MEKOSAL": MEKOng SAlinity and Livelihoods; "SANOBLUE": South
    Africa–NOrway BLUE economy)."""
    letters = "".join(c for c in short.lower() if c.isalnum())
    words = [w.lower() for w in re.split(r"[\s\u2010\u2011\u2013/-]+", long) if w]
    if not letters or len(letters) > 16 or not words or len(words) > 20:
        return False

    @functools.cache
    def spells(i: int, j: int) -> bool:  # letters[i:] from words[j:], word j used first when i == 0
        if i == len(letters):
            return True
        if j == len(words):
            return False
        word = words[j]
        for n in range(1, min(len(word), len(letters) - i) + 1):
            if word[n - 1] != letters[i + n - 1]:
                break
            if spells(i + n, j + 1):
                return True
        return i > 0 and spells(i, j + 1)

    return spells(0, 0)


# "the Brno–Hsinchu Doctoral Track", "UG-UK Partnership Development Grants": a pair of places (one of
# them a country or city) joined by a dash, maybe capitalised words, then a head word that names a
# programme only in such a name (Track, Grants, Network, Facility...; programme_phrase_words.yaml),
# and the field it covers when that is capitalised ("... Track in Quantum Materials").
_PAIR_WORD = r"[A-Z][\w.]*"
_PAIRED_HEADS = longest_first(_phrase_words()["paired_heads"])
_PAIRED = re.compile(
    rf"\b({_PAIR_WORD})[ \t]*[-\u2010\u2011\u2013\u2014/][ \t]*({_PAIR_WORD})"
    rf"(?:{WRAP_GAP}[A-Z][\w-]*){{0,4}}?"
    rf"{WRAP_GAP}(?:{_PAIRED_HEADS})\b(?![ \t]*[-\u2010\u2011]?[ \t]*[A-Z])"
    # and the field it covers, when capitalised: "... Joint PhD Track in Quantum Materials and Computation"
    r"(?:[ \t]+(?:in|on|for|of)[ \t]+[A-Z][\w-]*(?:[ \t]+(?:(?:and|&|of|for|in)[ \t]+)?[A-Z][\w-]*){0,5})?"
)


_PAIR_DASHES = "-\u2010\u2011\u2013\u2014/"
_DASH_AFTER = re.compile(r"[ \t]*[-\u2010\u2011\u2013\u2014/]")


def _dashed_places(text: str, places: set[tuple[int, int]]) -> list[int]:
    """Where a place stands with a dash (or slash) right after or before it, spaces apart: what
    each kept match of _PAIRED holds."""
    out = []
    for start, end in places:
        if _DASH_AFTER.match(text, end) is not None:
            out.append(start)
            continue
        before = start - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before >= 0 and text[before] in _PAIR_DASHES:
            out.append(start)
    return out


def paired_head_candidates(doc: Doc) -> list[Candidate]:
    """Names of a place pair headed by a word that names programmes only there ("the Brno–Hsinchu
    Doctoral Track", "UG–UK Partnership Development Grants"); "Grants Office" has another head."""
    out: list[Candidate] = []
    if not _PAIRED_HEADS:
        return out
    places = {(m.start, m.end) for layer in ("country", "city") for m in doc.layer(layer)}
    ends = {end: start for start, end in places}
    # (paragraphs, not lines: a name of hard-wrapped text may go on past a line break, "the Viet Nam -
    # Korea Semiconductor Talent\nBridge")
    for match in _scan(_PAIRED, doc.text, _paragraphs_at(doc.text, _dashed_places(doc.text, places))):
        # a first place of several words ("Viet Nam - Korea ..."): the name starts where it does
        start = min(ends.get(match.end(1), match.start()), match.start())
        if not ({(start, match.end(1)), match.span(2)} & places):
            continue
        name = " ".join(doc.text[start : match.end()].split())
        out.append(Candidate(name, set(), spans=[(start, match.end())]))
    return out


# "Puente Científico ("Science Bridge") supports ... The programme is ...": a name in another
# language glossed by a quoted translation in brackets, then called a programme, scheme or project
# by a definite phrase soon after. The name: capitalised words, with small linking words of any
# language between them; the gloss: capitalised, in straight or curly quotes.
_GLOSSED = re.compile(
    rf"\b({_CAP_WORD}(?:[ \t]+(?:{_LINK}|{_CAP_WORD})){{0,5}})[ \t]*\([ \t]*[\"“'‘]"
    r"([A-Z][^\"”'’()\n]{2,60})[\"”'’][ \t]*\)"
)
_GLOSS_OPEN = re.compile(r"\([ \t]*[\"“'‘]")  # what every match of _GLOSSED holds
# "the Miti Mingi Maisha Bora (More Trees, Better Life) forestry programme": a name glossed in
# brackets without quotes, then up to two lower-case words and the word that calls it a programme
_GLOSSED_KIND = re.compile(
    rf"\b({_CAP_WORD}(?:[ \t]+(?:{_LINK}|{_CAP_WORD})){{1,5}})[ \t]*\("
    r"([A-Z][^\"”'’()\n]{2,60})\)((?:[ \t]+[a-z][a-z-]+){0,2}?)"
    rf"[ \t]+(?:{either(programme_kinds('programme_kinds'))})\b"
)
_BRACKET_CLOSE_KIND = re.compile(
    rf"\)(?:[ \t]+[a-z][a-z-]+){{0,2}}?[ \t]+(?:{either(programme_kinds('programme_kinds'))})\b"
)
_THE_PROGRAMME = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Oo]ur)[ \t]+(?:(?:{either(phrase_list('callback_qualifiers'))})[ \t]+)?"
    rf"(?:{either(programme_kinds('programme_callback_kinds'))})\b"
)
_GLOSS_NEAR = 300  # how far after a glossed name a phrase may call it the programme


def glossed_candidates(doc: Doc) -> list[Candidate]:
    """Programmes named in another language with a quoted translation in brackets ("Puente Científico
    ("Science Bridge")", "Ponte Scientifico (“Science Bridge”)") and called "the programme" (or
    scheme, project) within the next few sentences; the translation is an alias. Names of
    organisations, agreements and events are left to their components."""
    if "(" not in doc.text:
        return []
    out = []
    opens = [m.start() for m in _GLOSS_OPEN.finditer(doc.text)]
    for match in _scan(_GLOSSED, doc.text, _lines_at(doc.text, opens)):
        name, gloss = match.group(1), match.group(2).strip()
        while name.split()[-1] in _LINK_WORDS:
            name = name.rsplit(None, 1)[0]
        if kind_of(name) not in (None, "programme") or kind_of(gloss) not in (None, "programme"):
            continue
        if (
            _THE_PROGRAMME.search(doc.text, match.end(), min(len(doc.text), match.end() + _GLOSS_NEAR))
            is None
        ):
            continue
        if _is_country_only(doc, match.start(1), match.start(1) + len(name)):
            continue
        out.append(Candidate(name, {gloss}, spans=[(match.start(1), match.start(1) + len(name))]))
    closes = [m.start() for m in _BRACKET_CLOSE_KIND.finditer(doc.text)]
    for match in _scan(_GLOSSED_KIND, doc.text, _lines_at(doc.text, closes)) if closes else ():
        name, gloss = match.group(1), match.group(2).strip()
        if name.split()[0] in LEADING_DROP or gloss.isupper() or len(gloss.split()) < 2:
            continue  # (an acronym in brackets is left to the definitions)
        if kind_of(name) not in (None, "programme") or kind_of(gloss) not in (None, "programme"):
            continue
        if _is_country_only(doc, match.start(1), match.end(1)):
            continue
        out.append(Candidate(name, {gloss}, spans=[match.span(1)]))
    return out


# A coined name, then its long form in brackets that spells it (maybe in Markdown emphasis or
# quotes): "launched **TIDEWAY** (*Tidal Energy and Waves for Archipelago Youth*), a ...", "HELIOS-2
# (High-Efficiency Lightweight Instruments for Orbital Science)". An organisation's acronym before
# its long form ("CSIC (Consejo Superior ...)") is left out by the long form's head word.
_SPELLED_AFTER = re.compile(
    r"(?<![\w-])[*_\"“]{0,2}([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[-\u2010\u2011][A-Za-z0-9]+){0,2})"
    r"(?:[ \t]+((?:19|20)\d\d))?"  # ("BANDAMIX 2025 (Banda Sea Mixing ...)": the year of a campaign)
    r"[*_\"”]{0,2}[ \t]+\([ \t]*[*_\"“]{0,2}([A-Z][^()*_\"“”\n]{8,120}?)[*_\"”]{0,2}[ \t]*\)"
)
_SPELLED_OPEN = re.compile(r"[\w*_\"”][ \t]+\([ \t]*[*_\"“]{0,2}[A-Z]")  # what every match holds


def spelled_after_candidates(doc: Doc) -> list[Candidate]:
    """Coined names followed by a long form in brackets that spells them (`_SPELLED_AFTER`): the
    coined name names the programme or project, the long form is its alias. The long form has three
    words at least and names no body, committee, agreement or event; the coined name three letters
    at least and is no acronym of a common noun the text defines."""
    if "(" not in doc.text:
        return []
    opens = [m.start() for m in _SPELLED_OPEN.finditer(doc.text)]
    out = []
    for match in _scan(_SPELLED_AFTER, doc.text, _lines_at(doc.text, opens)) if opens else ():
        short, long = match.group(1), " ".join(match.group(3).split())
        letters = short if short.isupper() else "".join(c for c in short if c.isupper())  # "AgriNet": A, N
        if sum(c.isalpha() for c in short) < 3 or len(long.split()) < 3:
            continue
        if not _spells(letters, long) and not (short.isupper() and _spells_by_parts(short, long)):
            continue  # ("BANDAMIX": BANDA Sea MIXing)
        if kind_of(long) not in (None, "programme") or short in common_noun_acronyms(doc):
            continue
        if match.group(2):  # "X 2025 (...)": the year's edition, by its name with the year
            name = f"{short} {match.group(2)}"
            out.append(Candidate(name, {short, long}, spans=[match.span(1), match.span(3)]))
            continue
        out.append(Candidate(short, {long}, spans=[match.span(1), match.span(3)]))
    return out


# An item of a list or a row of a table that opens with a coined name (capitals, maybe a hyphen
# or digits: "SODIUM-GRID", "HySea", "E-MINE"), maybe in bold, then a dash, colon or cell border
# before its description: "<li><strong>HySea</strong> - seawater electrolysis ...", "| FAIR-LM |
# Fairness of ... |", "3. GEO-X: ..."; a line may also open with the name alone, bold, coded or
# bare ("**SAHEL-SOIL** - Soil carbon ...", "<code>ANDES-H2O</code> - ...", "ASDEEP: ..."), or fill
# the first cell of an html table's row ("<tr><td><b>CAUSAL-BIO</b></td><td>Causal ...").
_CODED_ITEM = re.compile(
    r"^[ \t]*(?:<li>|(?:<tr>)?<td>|[-*\u2022][ \t]+|\|[ \t]*|\d{1,2}[.)][ \t]+)?"
    r"(?:<strong>|<b>|<code>|\*\*|`)?"
    r"((?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*"
    r"[A-Z0-9\u00c0-\u00d6\u00d8-\u00de][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*|[A-Z])"
    r"(?:[-+][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+)*)"  # (accented capitals: "NEURO-ÂGE")
    r"(?:</strong>|</b>|</code>|\*\*|`)?[ \t]*"
    r"(?:[-\u2013\u2014:|][ \t]*[A-Za-z(]|</td>[ \t]*<td>[ \t]*[A-Za-z(])",
    re.MULTILINE,
)
# An item that opens with a project's title, quoted or emphasised, and its coined short form in
# brackets: "- "Microbial Life in Thawing Permafrost" (PermaLife), led by ...", "<li><em>Urban
# Floods in Jakarta</em> (UFJ)</li>": the short form names the project, the title is its alias.
_TITLED_ITEM = re.compile(
    r"^[ \t]*(?:<li>|[-*\u2022][ \t]+|\|[ \t]*|\d{1,2}[.)][ \t]+)"
    r"(?:<em>|<i>|<strong>|<b>|\*\*|\*|_)?[\"\u201c]?"
    r"([A-Z][\w\u2010\u2011'\u2019-]*(?:[ \t]+[\w\u2010\u2011'\u2019-]+){1,14})"
    r"[\"\u201d]?(?:</em>|</i>|</strong>|</b>|\*\*|\*|_)?[ \t]*"
    r"\(([A-Za-z]*[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)\)",
    re.MULTILINE,
)
# A bulleted item that is a coined name alone, or one before its partners in brackets ("* WASH4All",
# "- AgriLoop (University of Nairobi, TU Munich)"): a list marker is needed, no separator.
_BARE_ITEM = re.compile(
    r"^[ \t]*(?:<li>|[-*\u2022][ \t]+)(?:<strong>|<b>|\*\*)?"
    r"([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*)"
    r"(?:</strong>|</b>|\*\*)?[ \t]*(?:\(|</li>|$)",
    re.MULTILINE,
)
_PROJECT_WORD = re.compile(r"(?i)\bprojects?\b|\bacronym\b|\bconsorti(?:a|um)\b")
_LIST_CUE_REACH = 300  # how far before a list its "projects" cue may stand
_LIST_MIN = 3  # the least number of coined items that make a list of projects


# "a Mobilitas 3.0 postdoctoral grant", "the Horizon 2.0 scheme": a capitalised word with a version
# number, then (past at most two lower-case words) a word for a scheme or a grant.
_VERSIONED_KIND = re.compile(
    rf"(?<![\w.-])({_VERSIONED})(?:[ \t]+[a-z][a-z-]+){{0,2}}?[ \t]+"
    rf"(?:{either(phrase_list('call_kind_words'))}|call|calls)\b"
)


_VERSION_NUMBER = re.compile(r"[a-z][ \t]\d{1,2}\.\d")


def versioned_candidates(doc: Doc) -> list[Candidate]:
    """Versioned scheme names used with a scheme or grant word ("Mobilitas 3.0 postdoctoral
    grants")."""
    if _VERSION_NUMBER.search(doc.text) is None:  # (the cheap gate: no "a 2.0" anywhere)
        return []
    return [Candidate(m.group(1), set(), spans=[m.span(1)]) for m in _VERSIONED_KIND.finditer(doc.text)]


# "under the Weave lead-agency framework", "through the D-A-CH procedure": a coined one-word name
# (or letters joined by hyphens) that a joint procedure of funders is called by.
_PROCEDURE = re.compile(
    r"\b(?:[Uu]nder|[Tt]hrough|[Vv]ia|[Ww]ithin|[Ii]n)[ \t]+the[ \t]+"
    r"([A-Z][a-z]{2,20}|[A-Z]{1,2}(?:-[A-Z]{1,2}){2,4})"
    rf"(?:[ \t]+(?:{either(phrase_list('procedure_modifiers'))}))?"
    rf"[ \t]+(?:{either(phrase_list('procedure_words'))})s?\b"
)


def procedure_candidates(doc: Doc) -> list[Candidate]:
    """Coined names of joint funding procedures ("under the Weave framework"): no country, its
    people or a city ("under the German procedure"), no generic word (`not_procedure_names`,
    `non_name_words`, name_stopwords.txt)."""
    if not any(word in doc.text for word in phrase_list("procedure_words")):
        return []
    not_names = yaml_words("programme_phrase_words.yaml", "not_procedure_names") | NON_NAME_WORDS
    out = []
    for m in _PROCEDURE.finditer(doc.text):
        name = m.group(1)
        if name in not_names or name in load_lines("name_stopwords.txt"):
            continue
        if countries_in(doc, *m.span(1)) or doc.in_span("city", *m.span(1)):
            continue  # ("under the Spanish procedure", "the Paris framework")
        out.append(Candidate(m.group(1), set(), spans=[m.span(1)]))
    return out


def project_list_candidates(doc: Doc) -> list[Candidate]:
    """Projects listed by their coined names: three or more items of one list (or rows of one
    table) in a row (items nested under them aside), each opening with a coined name ("SODIUM-GRID -
    sodium-ion batteries ...: IIT Madras and Monash University"), after a cue that they are
    projects ("The six projects are:", "| Acronym | Project | ...", "Funded projects"). A name that
    is a single letter or holds no two capitals ("Energy - ...") is no coined name."""
    text = doc.text
    folded = text.casefold()
    if "project" not in folded and "acronym" not in folded and "consorti" not in folded:
        return []
    runs: list[list[re.Match[str]]] = []
    last_end = -2
    items = {m.start(): m for m in _CODED_ITEM.finditer(text)}
    if "(" in text:
        for m in _TITLED_ITEM.finditer(text):
            items.setdefault(m.start(), m)
    for m in _BARE_ITEM.finditer(text):
        items.setdefault(m.start(), m)
    for _, match in sorted(items.items()):
        gap = text[last_end + 1 : match.start()] if last_end >= 0 else "x"
        if runs and (not gap.strip(" \t\n") or _nested_items_only(gap)):
            runs[-1].append(match)
        else:
            runs.append([match])
        end = text.find("\n", match.start())
        last_end = len(text) if end < 0 else end
    out = []
    for run in runs:
        named = [m for m in run if sum(c.isupper() for c in _item_name(m)) >= 2 and len(_item_name(m)) >= 3]
        least = 2 if _headed_list(text, run[0].start()) else _LIST_MIN
        if len(named) < least or len(named) * 2 < len(run):
            continue
        if all(not text[m.start() : m.start(1)].strip() for m in run):
            continue  # bare lines only ("NOTE: ...", "KOREA: ..."): no list of projects
        named = [m for m in named if not any(c.span == m.span(1) for c in countries_in(doc, *m.span(1)))]
        if _PROJECT_WORD.search(text, max(0, run[0].start() - _LIST_CUE_REACH), run[0].start()) is None:
            continue
        for m in named:
            if m.re is _TITLED_ITEM:
                title = " ".join(m.group(1).split())
                out.append(Candidate(m.group(2), {title}, spans=[m.span(2), m.span(1)]))
            else:
                out.append(Candidate(m.group(1), set(), spans=[m.span(1)]))
    return out


_TABLE_RULE = re.compile(r"[ \t|:-]*")
_NESTED_ITEM = re.compile(r"[ \t]+(?:[-*\u2022]|\d{1,2}[.)])[ \t][^\n]*")


def _nested_items_only(gap: str) -> bool:
    """Whether the lines between two items of a list are all items nested under the first (indented
    list items: "  - University of Galway", "  - Award: EUR 700,000"), so the list runs on."""
    lines = [line for line in gap.split("\n") if line.strip()]
    return bool(lines) and all(_NESTED_ITEM.fullmatch(line) for line in lines)


def _headed_list(text: str, start: int) -> bool:
    """Whether the line right before a list (past a table's rule row) introduces projects: a table
    header with a project column ("| Project | Title |", "<tr><th>Acronym</th>...") or a line that
    ends in a colon ("The funded consortia are:"). Such a list may hold only two projects."""
    end = start - 1
    for _ in range(3):
        if end <= 0:
            return False
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if not line or _TABLE_RULE.fullmatch(line):  # a blank line or a table's rule row
            end = line_start - 1
            continue
        if _PROJECT_WORD.search(line) is None:
            return False
        return line.startswith(("|", "<table", "<tr")) or line.endswith(":")
    return False


def _item_name(match: re.Match[str]) -> str:
    """The coined name of a list item: its bracketed short form when it opens with a title."""
    return match.group(2) if match.re is _TITLED_ITEM else match.group(1)


def _known_name(words: str) -> str | None:
    """The name of the known programme called `words` (any case), if exactly one is."""
    index = reference("programmes")
    names = {entry.name for entry in index.lookup(words)} if index is not None else set()
    return names.pop() if len(names) == 1 else None


def _definition_end(mention: Mention) -> int:
    """The offset just after a definition's acronym and long form."""
    return max(mention.attrs["short_span"][1], mention.attrs["long_span"][1])


# The number of a numbered scheme right before its name, after its owner's possessive, no year
# ("TÜBİTAK's 2537 Bilateral Cooperation Programme", "its 1071 Programme for ...")
_SCHEME_NUMBER_BEFORE = re.compile(r"(?:['\u2019]s|\b[Ii]ts|\b[Tt]he)[ \t]+((?!19|20)[1-9]\d{3})[ \t]+$")
_KIND_AT_END = re.compile(rf"\b(?i:{_KIND})(?:[ \t]+(?:for|on|of)\b[^\n]*)?$")


def phrase_candidates(doc: Doc) -> list[Candidate]:
    """Capitalised names followed by "programme", "project"... or headed by Programme, Fund..."""
    out = []
    org_words = {a for org in doc.data.get("organizations", []) for a in org.aliases if a.isupper()}
    definitions_spans = [tuple(m.attrs["long_span"]) for m in doc.layer("acronym_def")]
    definitions = SpanIndex(definitions_spans)
    hits = vocabulary_hits(doc, "programme_words", _word_finder())
    for sent_start, sent_end in doc.sentences:
        if not any_between(hits, sent_start, sent_end + AFTER_REACH):
            continue  # neither a programme word nor one that may follow a name
        for toks in _parts(doc, sent_start, sent_end, hits):
            toks = _without_lead_in(doc, toks, sent_start)
            if not toks:
                continue
            full_start = toks[0].start
            toks = _after_owner(toks)
            if toks and toks[-1].text.endswith(("'s", "’s")):
                continue  # "the German Academic Exchange Service's programme X": its owner
            toks = _without_group_after(doc, _without_sum(doc, _name_tokens(toks, org_words)))
            if not toks or (
                len(toks) == 1 and _starts_line(doc, toks[0].start, sent_start) and not toks[0].text.isupper()
            ):
                continue
            start, end = toks[0].start, toks[-1].end
            if definitions.covers(start, end) or _cuts_definition(definitions_spans, start, end):
                continue
            if _heading_of_generic(toks):
                continue
            toks = _without_owner_body(toks)  # "the X Programme of the Department of ...": its owner
            end = _with_number(doc.text, toks[-1].end)
            if _foreign_headed(doc.text[toks[0].start : end]):  # ("Programa ... de Pesquisa em Bioeconomia")
                tail = _FOREIGN_TAIL.match(doc.text, end)
                end = tail.end() if tail else end
            number = _SCHEME_NUMBER_BEFORE.search(doc.text, max(0, toks[0].start - 8), toks[0].start)
            if number is not None and _KIND_AT_END.search(doc.text, toks[0].start, end):
                out.append(_phrase_candidate(doc, number.start(1), number.start(1), end))
                continue  # ("TÜBİTAK's 2537 Bilateral Cooperation Programme": its number names it)
            if _no_programme_name(doc, toks, full_start, sent_start, end):
                continue
            before_comma = _listed_name_start(doc.text, start, end, sent_start)
            if before_comma < start:  # "National Research, | Development and Innovation Fund"
                full_start = start = before_comma
            out.append(_phrase_candidate(doc, full_start, start, end))
    return out


# The capitalised words before a comma that open a name listing its fields: "National Research, " of
# "National Research, Development and Innovation Fund" (one to three words, after a word in lower
# case, an owner's possessive or the start of a line)
_LISTED_NAME_OPENING = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*),[ \t\n]+$")
_WORD_BEFORE = re.compile(r"([\w'’-]*)[ \t\n]*$")
# What stands after that comma: one capitalised word, "and", and more ("Development and Innovation Fund")
_LISTED_NAME_REST = re.compile(r"[A-Z][\w-]*[ \t\n]+and[ \t\n]+[A-Z]")


def _listed_name_start(text: str, start: int, end: int, sent_start: int) -> int:
    """Where a programme's name that lists its fields with a comma begins, when the name found at
    `start` is only the part after that comma ("the National Research, Development and Innovation
    Fund" found as "Development and Innovation Fund"); else `start`."""
    if (
        start - sent_start < 3
        or text[start - 2 : start].strip() != ","
        or not _LISTED_NAME_REST.match(text, start, end)
    ):
        return start
    opening = _LISTED_NAME_OPENING.search(text, max(sent_start, start - 60), start)
    if opening is None:
        return start
    before = _WORD_BEFORE.search(text, max(sent_start, opening.start() - 40), opening.start())
    word = before.group(1) if before else ""
    if word[:1].isupper() and not word.endswith(("'s", "’s")):
        return start  # "Horizon Europe, Digital and Space Programme": a list of names
    return opening.start(1)


def _without_lead_in(doc: Doc, toks: list[Token], sent_start: int) -> list[Token]:
    """A name phrase (changed in place) without the words that lead into it: the sentence's opening
    preposition ("Within the X programme, ...") and what is sent to a programme ("Proposals for the
    X Fund are due ...", a word of `leading_nouns` and its links), no part of the name."""
    while (
        toks
        and toks[0].text in _phrase_words()["leading_prepositions"]
        and _starts_line(doc, toks[0].start, sent_start)
    ):
        toks.pop(0)
    if (
        len(toks) > 2
        and toks[0].text in _phrase_words()["leading_nouns"]
        and toks[1].text in _phrase_words()["leading_links"]
    ):
        toks.pop(0)
        while toks and toks[0].text in _phrase_words()["leading_links"]:
            toks.pop(0)
    lead = _edition_lead_in(toks)
    if lead:
        del toks[:lead]
        while toks and toks[0].text in _phrase_words()["leading_links"]:
            toks.pop(0)
    return toks


_ROMAN_OR_NUMBER = re.compile(r"[IVX]{1,4}|\d{1,2}")


def _edition_lead_in(toks: list[Token]) -> int:
    """How many tokens open a name phrase with an edition of the programme that follows ("Phase II
    of the X Programme", "Second Phase of the Y Fund", "Round 3 of Z"): none of its name."""
    at = 1 if toks and toks[0].text in ("The", "the") else 0  # ("The Second Phase of ...")
    if len(toks) < at + 5 or toks[at + 2].text != "of":
        return 0
    editions = yaml_words("programme_phrase_words.yaml", "edition_words")
    ordinals = yaml_words("programme_phrase_words.yaml", "edition_ordinals")
    first, second = toks[at].text.lower(), toks[at + 1].text
    if first in editions and _ROMAN_OR_NUMBER.fullmatch(second):
        return at + 3
    if first in ordinals and second.lower() in editions:
        return at + 3
    return 0


# "Every project ...", "Any programme ...": a quantifier opening a sentence, no part of a name
_QUANTIFIER_OPENERS = frozenset(phrase_list("quantifier_openers"))


def _name_tokens(toks: list[Token], org_words: set[str]) -> list[Token]:
    """A name phrase (changed in place) without the words before a programme's own name (articles,
    call words, an organisation's acronym of `org_words`, an owner's possessive, a number that is
    no coined name) and without an issuer's acronym at its end ("Program Solicitation NSF")."""
    while toks and (
        toks[0].text in LEADING_DROP
        or toks[0].text in _QUANTIFIER_OPENERS
        or toks[0].text in CALL_WORDS
        or (toks[0].text in org_words and not _owner_names_it(toks))
        or toks[0].text.endswith(("'s", "’s"))
        or (toks[0].text[:1].isdigit() and not _coined_number(toks[0].text) and not _scheme_number(toks))
    ):
        toks.pop(0)
    while len(toks) > 1 and toks[-1].text in org_words:
        toks.pop()
    return toks


def _owner_names_it(toks: list[Token]) -> bool:
    """Whether an organisation's acronym opening a name phrase is the only word that names it: the
    rest are generic words and words for a grant ("KOICA Fellowship Program", "Fellowship Program"
    alone names no programme) or one plain word ("the JICA Chair programme": no "Chair")."""
    rest = {t.text for t in toks[1:]}
    word = toks[1].text if len(toks) == 2 else ""
    if word.isalpha() and not _name_like(word) and word not in _generic_words():
        return True
    return len(rest) > 1 and rest <= _generic_words() | _grant_heads()


@functools.cache
def _grant_heads() -> frozenset[str]:
    """Capitalised words for a grant or award that a programme's name may end in (Fellowship...)."""
    return frozenset(phrase_list("grant_heads"))


def _without_group_after(doc: Doc, toks: list[Token]) -> list[Token]:
    """A name phrase (changed in place) without "for" and a people's adjective that opens a plain
    phrase for whom the programme is ("the Eiffel Scholarship Programme for Thai students"): no part
    of the name."""
    last = toks[-1] if toks else None
    if (
        last is not None
        and len(toks) > 3
        and toks[-2].text == "for"
        and _LOWER_NEXT.match(doc.text, last.end)
        and any(m.start == last.start and m.end == last.end for m in countries_in(doc, last.start, last.end))
    ):
        del toks[-2:]
    return toks


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


@functools.cache
def _currency_codes() -> frozenset[str]:
    data = load_yaml("currencies.yaml")
    return frozenset(data.get("codes", [])) | frozenset(data.get("rare_codes", []))


def _without_sum(doc: Doc, toks: list[Token]) -> list[Token]:
    """A name phrase (changed in place) without the sum it runs into: "of" and a currency's ISO
    code ("a new Baltic Research Programme of EUR 12 million"), or "and" and a sum ("from the X
    Fund and S$4 million from ..."), no part of the name."""
    if len(toks) > 2 and toks[-2].text == "of" and toks[-1].text in _currency_codes():
        del toks[-2:]
    while len(toks) > 2 and toks[-2].text in ("and", "&") and _sum_starts(doc, toks[-1].start):
        del toks[-2:]
    return toks


_SUM_REACH = 60  # how long a sum's words may run ("S$4.53 million")


def _sum_starts(doc: Doc, start: int) -> bool:
    """Whether a sum of money (the money layer) starts at `start`."""
    return any(m.start == start for m in doc.in_span("money", start, start + _SUM_REACH))


_PAIR_DASH = re.compile(r"\w[-\u2010\u2011\u2013\u2014/]\w")  # "Secihti–DAAD", "KU-UoN"
_LETTER_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])|(?<![\w-])[A-Z]{2,}(?![\w-])")


# A coined acronym of five or more capitals that "projects" may follow as the programme they belong
# to ("SANCOOP projects will present ..."); a shorter one is a funder's ("ERC projects", "NSF projects")
_CODED_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{4,}")


# A degree word and "in" right before a name: the name is the degree's field ("the Master in
# Astronomy programme", "an MSc in Data Science"); a named joint degree is `degree_candidates`'.
_DEGREE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{longest_first(phrase_list('degree_words'))})"
    r"(?:[ \t]+of[ \t]+(?:Science|Arts))?[ \t]+in[ \t]+$"
)
_DEGREE_REACH = 40  # how far before a name its degree word may stand
# A university's own course of study in a field ("Graduate Programme in Agricultural Systems",
# "Postgraduate Program in Ecology"): a unit that people belong to, no cooperation programme
# (programme_phrase_words.yaml `study_unit_levels`; a joint degree is `degree_candidates`')
_JOINT_BEFORE = re.compile(rf"(?<![\w-])(?:{longest_first(phrase_list('degree_qualifiers'))})[ \t]+$")
_STUDY_UNIT_REACH = 20  # how far past a name's end its "Programme in X" may run
_STUDY_UNIT = re.compile(
    rf"(?<![\w-])(?:{longest_first(phrase_list('study_unit_levels'))})"
    r"[ \t]+(?:Programme|Program)[ \t]+in[ \t]+[A-Z]"
)


def _no_programme_name(doc: Doc, toks: list[Token], full_start: int, sent_start: int, end: int) -> bool:
    """Whether the name phrase `toks` (its name running to `end`; the phrase with its owner from
    `full_start`) names no programme: a modifier ("the EU-funded project"), a person's post, a kind
    of project ("a new BILAT project"), a name with no programme word that is not followed by one,
    a plain word naming a field, a generic or other kind of name, or a place or status alone."""
    start = toks[0].start
    name = doc.text[start:end]
    if _ends_with_participle(name):
        return True  # "the EU-funded project", "a Japan-led programme": a modifier, no name
    if _names_a_post(name) or _after_a_post(doc.text, start) or _post_on_contact_line(doc.text, start, name):
        return True  # "Vice President for Research Programmes": a person's post
    if _DEGREE_BEFORE.search(doc.text, max(0, start - _DEGREE_REACH), start):
        return True  # "the Master in Astronomy programme": a degree course's field, no name
    unit = _STUDY_UNIT.search(doc.text, start, min(len(doc.text), end + _STUDY_UNIT_REACH))
    if unit is not None and unit.start() < end and not _JOINT_BEFORE.search(doc.text, start, unit.start()):
        return True  # "UFPel's Graduate Programme in Agricultural Systems": a university's unit
    after = _AFTER.match(doc.text, end, min(len(doc.text), end + AFTER_REACH))
    after_word = after.group("w") if after else ""
    followed = (
        after_word.lower() in PROGRAMME_AFTER or (after_word == "projects" and _CODED_ACRONYM.fullmatch(name))
    ) and _follows_in_line(after, after_word)
    if followed and indefinite_before(doc, full_start) and not _headed(name):
        return True  # "a new BILAT project": a kind of project, not its name
    if followed and after is not None and after.group("q2") and _PAIR_DASH.search(name):
        return True  # "the Secihti–DAAD doctoral scholarship programme": two partners, a kind of scheme
    if (
        followed
        and after_word.lower() in yaml_words("programme_phrase_words.yaml", "tool_after_words")
        and _LETTER_WORD.search(name) is None
    ):
        return True  # "the 5G and 6G testbed": a kind of testbed, no name
    foreign = _foreign_headed(name)  # ("the Proyecto Agua Andina": its head first, no English head)
    if not followed and not set(name.split()) & PROGRAMME_WORDS and not foreign:
        return True  # (cheap test first: kind_of is the costly one)
    if not followed and kind_of(name) != "programme" and not (foreign and kind_of(name) is None):
        return True
    last = name.split()[-1]
    if (
        not followed
        and last not in PROGRAMME_WORDS
        and not _name_like(last)
        and not _foreign_headed(name)
        and (not _headed_for(name) or _LONGER_AFTER.match(doc.text, end))
    ):  # (but "... Fund for Climate Adaptation"; not when the name runs on: "... for Cooperation with India")
        return True
    if (
        len(toks) == 1
        and not _name_like(toks[0].text)
        and (not followed or toks[0].start == sent_start or (after is not None and after.group("q")))
    ):  # ("the Earth observation programme": a plain word before a qualifier names a field)
        return True
    if (_all_generic(name) and not _owned_generic(doc.text, start, name)) or (
        kind_of(name) in ("org", "committee", "agreement") and not followed
    ):
        return True
    # ("the Jülich project management agency", "the Osaka programme of the Expo")
    return _is_place_only(doc, start, end) or _is_status(doc, start, end)


# "... Research Fund for Climate Adaptation", "... Initiative for Scientific Excellence": a programme
# word, "for" and the capitalised field it serves (small links inside) end the name
_FIELD_WORD = r"(?:[A-Z][\w\u2010\u2011\u2013-]*|and|of|in|the|for)"
_HEADED_FOR = re.compile(rf"(?:\S+ )*?(\S+) for {_FIELD_WORD}(?: {_FIELD_WORD})*")


# what runs a "... Fund for X" name on: a link and a capitalised word ("... with India"), or the rest
# of a list of fields ("... for Excellent Education, Research and Innovation")
_LONGER_AFTER = re.compile(
    r"[ \t]+(?:with|between|among|in|of|on|to|and)[ \t]+(?:the[ \t]+)?[A-Z]"
    r"|,[ \t]*[A-Z][\w\u2010\u2011\u2013-]*(?:[ \t]+[A-Z][\w\u2010\u2011\u2013-]*)?,?[ \t]+and[ \t]+[A-Z]"
)
_PLAN_CUES = yaml_words("instruments.yaml", "period_cues")


# The rest of a name that a foreign programme word heads, after the small words of its language that
# end a name phrase ("... de Pesquisa | em Bioeconomia e Transição Energética")
# (not the English ones, which may go on into a place: "the Proyecto Agua Andina in Loja")
_FOREIGN_LINK = either([w for w in _LINK_LIST if w not in {"for", "of", "and", "the", "in", "on", "to"}])
_FOREIGN_TAIL = re.compile(rf"(?:(?:[ \t]+(?:{_FOREIGN_LINK}))+(?:[ \t]+{_CAP_WORD})+)+")


def _foreign_headed(name: str) -> bool:
    """Whether a name opens with the word for programme or project of a language that puts the head
    first (programme_phrase_words.yaml `foreign_programme_heads`: "Programa de Formación de
    Recursos Humanos", "Proyecto Agua Andina") and names something after it."""
    words = name.split()
    heads = phrase_list("foreign_programme_heads")
    return len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in heads


def _headed_for(name: str) -> bool:
    """Whether a name ends with a programme word, "for" and a capitalised field ("Ghana-Kenya
    Research Fund for Climate Adaptation"; not "Programme Officer for Asia")."""
    if " for " not in name or any(cue in name for cue in _PLAN_CUES):
        return False  # ("the Mexico–Peru Work Programme for Scientific Cooperation": a plan, an agreement)
    match = _HEADED_FOR.fullmatch(name)
    return match is not None and match.group(1) in PROGRAMME_WORDS and name.split()[-1][:1].isupper()


def _phrase_candidate(doc: Doc, full_start: int, start: int, end: int) -> Candidate:
    """The programme named from `start` to `end`, run on through its topic ("... Programme on
    Quantum Materials and Devices") and a pair of countries after it ("... Cooperation between the
    Arab Republic of Egypt and ..."), begun at a pair before it ("Brazil-Germany | Programme for
    Research in ..."); aliases: the name with its owner (from `full_start`), the name without
    its pair, and an acronym in brackets after it ("Arctic Challenge ... (ArCS III) project")."""
    end = _with_topic(doc, end)
    name = doc.text[start:end]
    # (an owner's emphasised name, "IFD's *X*", without the marks)
    aliases = {re.sub(r"[*_]+(?=\w)", "", doc.text[full_start:end])} if full_start < start else set()
    pair_start = _pair_prefix(doc, start)
    if pair_start < start:
        aliases.add(name.strip(" ,"))
        start, name = pair_start, doc.text[pair_start:end]
    aliases |= set(acronym_in_brackets(doc.text, end))
    pair_end = between_countries(doc, end)
    if pair_end is not None:
        aliases.add(name.strip(" ,"))
        name, end = doc.text[start:pair_end], pair_end
    return Candidate(name.strip(" ,"), aliases, spans=[(start, end)])


_OWNER_LINKS = ("of", "of the")


def _without_owner_body(toks: list[Token]) -> list[Token]:
    """The name without the body that runs it, after "of (the)" ("the Emigrant Support Programme
    of the Department of Foreign Affairs", "the Young Leaders Fund of the Ministry of Foreign
    Affairs"): a phrase whose programme word is followed by "of" and an organisation's name
    (naming.kind_of) ends at that word. The rest stays the organisation's."""
    if not toks or toks[-1].text in PROGRAMME_WORDS:
        return toks
    for i in range(len(toks) - 3, 0, -1):
        if toks[i].text not in PROGRAMME_WORDS or toks[i + 1].text != "of":
            continue
        rest = toks[i + 3 :] if toks[i + 2].text == "the" else toks[i + 2 :]
        if rest and kind_of(" ".join(t.text for t in rest)) == "org":
            return toks[: i + 1]
    return toks


def _names_a_post(name: str) -> bool:
    """True for a role title, then "of" or "for" and what the post is over ("Vice President for
    Research Programmes", "Director of Asia-Pacific Programmes"): a person's post, no programme."""
    words = name.split()
    link = next((n for n, word in enumerate(words[:5]) if word in ("of", "for")), 0)
    return _ends_with_title(words[:link])  # its last words may be the title ("Associate Director")


# What stands before a post named on a contact line: a comma or colon after a person's name or a
# label, or the start of the line
_CONTACT_BEFORE = re.compile(r"(?:[,:;]|^)[ \t]*$", re.MULTILINE)


def _post_on_contact_line(text: str, start: int, name: str) -> bool:
    """Whether a name after a comma, a colon or the start of its line opens with a post's head
    (programme_phrase_words.yaml `post_heads`, maybe after `post_modifiers`) and runs on into the
    post's portfolio, a plural ("Ms A, Manager International Science Partnerships, ...", "Director
    Global Programmes"): the post, no programme."""
    words = name.split()
    heads, modifiers = phrase_list("post_heads"), phrase_list("post_modifiers")
    at = 0
    while at < len(words) - 1 and words[at] in modifiers and words[at] not in heads:
        at += 1
    if at > 2 or words[at] not in heads or len(words) - at < 3 or not words[-1].endswith("s"):
        return False
    return _CONTACT_BEFORE.search(text, max(0, start - 3), start) is not None


def _ends_with_title(words: list[str]) -> bool:
    """Whether the last of `words` (one or more) are a post's title of roles.yaml `titles`."""
    titles = yaml_words("roles.yaml", "titles")
    return any(" ".join(words[n:]) in titles for n in range(len(words)))


# A post's title, then a colon, a comma or a dash, right before a name on its line: "Director:
# Bilateral Agreements and Partnerships", "Head, International Programmes", "Manager – Partnerships"
_POST_BEFORE = re.compile(r"([A-Z][\w-]*(?:[ \t][A-Za-z][\w-]*){0,3})[ \t]*(?:[:,]|[ \t][–—-])[ \t]*$")
_POST_REACH = 50  # how far before a name its post's title is looked for


def _after_a_post(text: str, start: int) -> bool:
    """Whether a name stands right after a person's post's title and a colon, comma or dash on its
    line: the name is the post's portfolio, no programme."""
    line = max(text.rfind("\n", 0, start) + 1, start - _POST_REACH)
    before = _POST_BEFORE.search(text, line, start)
    if before is None:
        return False
    return _ends_with_title(before.group(1).split())


# An owner right before a name: a possessive ("the Space Agency's ") or "its"/"their" ("through its ")
_OWNER_BEFORE = re.compile(r"(?:\w['’]s|\b[Ii]ts|\b[Tt]heir)[ \t]+$")
_OWNER_REACH = 12  # how far before a name its owner's mark is looked for


@functools.cache
def _owned_generic_heads() -> frozenset[str]:
    return frozenset(phrase_list("owned_generic_heads"))


def _owned_generic(text: str, start: int, name: str) -> bool:
    """Whether a name of generic words alone is an owner's own programme: three words at least,
    ending in a funding head, right after a possessive or "its"/"their" ("the Space Agency's
    International Bilateral Fund", "through its International Partnership Program")."""
    words = name.split()
    return (
        len(words) >= 3
        and words[-1] in _owned_generic_heads()
        and _OWNER_BEFORE.search(text, max(0, start - _OWNER_REACH), start) is not None
    )


def _ends_with_participle(name: str) -> bool:
    """Whether a name ends with a compound whose last part is a lower-case participle ("EU-funded",
    "Japan-led", "UK-based"): an adjective telling who funds or leads a programme, never its name's end."""
    words = name.split()
    last = words[-1] if words else ""
    if "-" not in last and "\u2010" not in last and "\u2011" not in last:
        return False  # (cheap test first: no compound)
    tail = re.split(r"[-\u2010\u2011]", last)[-1]
    return len(tail) > 2 and tail.isalpha() and tail.islower() and tail.endswith("ed")


def _headed(name: str) -> bool:
    """Whether a name holds a programme word of its own beside generic words ("Saint-Exupéry AI
    Fellowship" in "a new ... Fellowship scheme"): a proper name even after "a" or "a new"."""
    words = set(name.split())
    return bool(words & PROGRAMME_WORDS) and not words <= _generic_words()


def _after_owner(toks: list[Token]) -> list[Token]:
    """The tokens after the last possessive of a name ("the UAE Space Agency's National Space
    Fund": the owner's name is no part of the programme's); all of them when no possessive stands
    before the last one."""
    owner = max((i for i, t in enumerate(toks[:-1]) if t.text.endswith(("'s", "’s"))), default=-1)
    return toks[owner + 1 :]


# Two or three acronyms joined by dashes or slashes ("JSPS-CNR", "DFG/NSFC", "NWO–FAPESP–ANR"): the
# funders that run a programme together, named before its own name
_ACRONYM_PAIR = re.compile(r"[A-Z][A-Z0-9&]{1,7}(?:[-\u2010\u2011\u2013/][A-Z][A-Z0-9&]{1,7}){1,2}")


@functools.cache
def _instrument_name() -> tuple[frozenset[str], re.Pattern[str]]:
    """The last words and the openings of an instrument's name (programme_phrase_words.yaml
    `instrument_name_heads`, `instrument_name_openings`)."""
    openings = longest_first(phrase_list("instrument_name_openings")) or "(?!)"
    return frozenset(phrase_list("instrument_name_heads")), re.compile(rf"(?:\S*\d\S*\s+)?(?:{openings})\b")


def _names_an_instrument(cand: Candidate) -> bool:
    """Whether a candidate's name (or a long form of it) names an instrument between governments,
    not a programme ("Artemis Accords", "Plan of Action for the ... Partnership")."""
    heads, openings = _instrument_name()
    for form in (cand.name, *cand.aliases):
        words = form.split()
        if len(words) >= 2 and (words[-1] in heads or openings.match(" ".join(words))):
            return True
    return False


_SPACED_DASH_BEFORE = re.compile(r"[ \t]+[-\u2010\u2011\u2013\u2014][ \t]+$")


def _countries_by_edge(doc: Doc) -> tuple[dict[int, list[Mention]], dict[int, list[Mention]]]:
    """The document's country mentions by the offset they start at, and by the one they end at
    (each list in the layer's order)."""
    by_start: dict[int, list[Mention]] = {}
    by_end: dict[int, list[Mention]] = {}
    for mention in doc.layer("country"):
        by_start.setdefault(mention.start, []).append(mention)
        by_end.setdefault(mention.end, []).append(mention)
    return by_start, by_end


def _join_spaced_pair(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A name that opens with a country after another country and a dash with spaces around it
    ("the Viet Nam - Korea | Joint Research Programme", "United Kingdom – Japan | ..."): the pair
    is part of the name (the dash cut the phrase), the bare name an alias."""
    out = []
    by_start, by_end = _countries_by_edge(doc)
    for cand in candidates:
        if not cand.spans or " " not in cand.name:
            out.append(cand)
            continue
        start, end = cand.spans[0]
        first = next((m for m in by_start.get(start, ()) if m.end <= end), None)
        dash = _SPACED_DASH_BEFORE.search(doc.text, max(0, start - 6), start) if first else None
        other = None
        if dash is not None:
            at = dash.start()
            other = next((m for m in by_end.get(at, ()) if at - 60 <= m.start < at), None)
        if other is None or "\n" in doc.text[other.start : start]:
            out.append(cand)
            continue
        full = " ".join(doc.text[other.start : end].split())
        spans = [(other.start, end), *cand.spans[1:]]
        out.append(Candidate(full, set(cand.aliases), cand.country, cand.country_sure, cand.ror, spans))
    return out


def _join_country_prefixed(doc: Doc, candidates: list[Candidate]) -> None:
    """Give "the European Copernicus programme" the name of the programme it qualifies ("Copernicus")
    as an alias, so that the two merge: a country or its adjective before a programme's own name
    names no other programme; nor does a programme's acronym before the name of one of its actions
    ("MSCA Postdoctoral Fellowships")."""
    keys = {k for c in candidates for k in c.name_keys()}
    owners = {key(n) for org in doc.data.get("organizations", []) for n in (org.name, *org.aliases)}
    places = {doc.text[m.start : m.end] for m in doc.layer("country")} if owners else set()
    for cand in candidates:
        _join_owner_prefixed(cand, keys)
        _join_body_prefixed(cand, keys, owners, places)
        _join_foreign_headed(doc, cand, keys)
        if not cand.spans or " " not in cand.name:
            continue
        start = cand.spans[0][0]
        country = next((m for m in doc.in_span("country", start, cand.spans[0][1]) if m.start == start), None)
        rest = doc.text[country.end : cand.spans[0][1]].strip() if country is not None else ""
        if rest and key(rest) in keys and key(rest) not in cand.name_keys():
            cand.aliases.add(rest)
        first = cand.name.split()[0]  # "MSCA Postdoctoral Fellowships": an action of MSCA
        if first.isupper() and len(first) >= 3 and key(first) in keys and key(first) not in cand.name_keys():
            cand.aliases.add(first)
        # "DFG–NSFC Joint Research Projects": its two funders, then its name
        rest = cand.name.split(None, 1)[1]
        if _ACRONYM_PAIR.fullmatch(first) and key(rest) in keys and key(rest) not in cand.name_keys():
            cand.aliases.add(rest)


def _join_foreign_headed(doc: Doc, cand: Candidate, keys: set[str]) -> None:
    """Give "Programa ECOS-Nord Perú" the name of the programme it heads with a foreign programme
    word ("ECOS-Nord") as an alias, a country that ends it dropped, so that the two merge."""
    if not cand.spans or not _foreign_headed(cand.name):
        return
    rest = cand.name.split(None, 1)[1]
    start, end = cand.spans[0]
    country = next((m for m in doc.in_span("country", start, end) if m.end == end and m.start > start), None)
    tail = doc.text[country.start : country.end] if country is not None else ""
    if tail and rest.endswith(tail):
        rest = rest[: -len(tail)].rstrip()
    if rest and key(rest) in keys and key(rest) not in cand.name_keys():
        cand.aliases.add(rest)


_OWNER_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,7}")  # a body's or grouping's acronym ("IBSA", "JSPS")


def _join_owner_prefixed(cand: Candidate, keys: set[str]) -> None:
    """ "IBSA Tri-Nation Research Programme" (maybe the long form of an acronym) and "the Tri-Nation
    Research Programme": its owner's acronym, then a name of two or more words that the text also
    gives the programme alone, are one programme."""
    for form in sorted({cand.name, *cand.aliases}):
        words = form.split(None, 1)
        if len(words) < 2 or not _OWNER_ACRONYM.fullmatch(words[0]) or len(words[1].split()) < 2:
            continue
        rest = " ".join(words[1].split())
        if key(rest) in keys and key(rest) not in cand.name_keys():
            cand.aliases.add(rest)


_OWNER_WORDS_MAX = 4  # how many words an owner's name before a programme's may have


def _join_body_prefixed(cand: Candidate, keys: set[str], owners: set[str], places: set[str]) -> None:
    """ "Royal Society Newton International Fellowships" and "the Newton International Fellowships":
    the name of an organisation of the text (`owners`, keys of its names), then a name of two or
    more words that the text also gives the programme alone, are one programme. A name that opens
    with a country (`places`: "MIT Portugal Program", "UT Austin Portugal Program") is the
    owner's own, not a shared "Portugal Program"."""
    for form in sorted({cand.name, *cand.aliases}):
        words = form.split()
        for size in range(1, min(_OWNER_WORDS_MAX, len(words) - 2) + 1):
            rest = " ".join(words[size:])
            if words[size] in places or key(" ".join(words[:size])) not in owners:
                continue
            if key(rest) in keys and key(rest) not in cand.name_keys():
                cand.aliases.add(rest)
                break


# Between a name and its other form in brackets: maybe the lower-case word that calls it a programme
# ("the Kampus Merdeka programme (Independent Campus)"), then the bracket
_BRACKET_OPEN = re.compile(
    rf"(?:[ \t]+(?:{either(programme_kinds('programme_kinds'))}))?[ \t]*\("
    r"(?:the[ \t]+|(?P<lang>in[ \t]+[A-Z][a-z]+,|[A-Z][a-z]+:)[ \t]*)?"  # "(in Portuguese, Programa ...)"
)
# A name in another language right before the bracket that holds its English form, the programme
# found ("the Programa Mais Alimentos (More Food Programme)", "Beasiswa Unggulan (Excellence
# Scholarship)"): capitalised words, small linking words of any language between them
_FOREIGN_BEFORE = re.compile(rf"({_CAP_WORD}(?:[ \t]+(?:{_LINK}|{_CAP_WORD})){{1,6}})[ \t]*\($")


def _variant_key(name: str) -> str:
    """A name without its last programme word (programme, scheme or project: "the Mekong Digital
    Twin project"), in capitals or not, and its
    plural "s" ("Lumen Fellowship Programme", "Lumen Fellowships", "the Nordic Eurostars programme",
    "the Lumen Fellowship Scheme": "lumen fellowship", "nordic eurostar")."""
    words = name.split()
    last = words[-1][:1].upper() + words[-1][1:] if words else ""  # "the Eurostars programme" too
    dropped = ("program", "scheme", "project")
    if len(words) >= 2 and last in PROGRAMME_WORDS and last.lower().startswith(dropped):
        words = words[:-1]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return key(" ".join(words))


def _join_variants(doc: Doc, candidates: list[Candidate]) -> None:
    """Make the forms of one programme's name merge: a name right after it in brackets, whole or
    after its language (its name in another language: "the Lumen Fellowship Programme (Programme
    Lumen Chili–Japon)", "... (in Portuguese, Programa ... - PROBIOTEN)"), and the same name with
    or without its programme word, in the singular or the plural ("Lumen Fellowships", "the Lumen
    Fellowship Programme")."""
    by_start = {c.spans[0][0]: c for c in candidates if c.spans}
    by_variant: dict[str, Candidate] = {}
    for cand in candidates:
        if not cand.spans:
            continue
        end = cand.spans[0][1]
        opened = _BRACKET_OPEN.match(doc.text, end)
        inner = by_start.get(opened.end()) if opened and opened.end() > end else None
        closed = inner is not None and (
            doc.text[inner.spans[0][1] : inner.spans[0][1] + 1] == ")"
            or bool(opened and opened.group("lang"))
        )
        if inner is not None and inner is not cand and closed:
            cand.aliases.add(inner.name)
        _add_name_before(doc, cand)
        variant = _variant_key(cand.name)
        if " " not in variant:
            continue
        other = by_variant.setdefault(variant, cand)
        if other is not cand and not (other.name_keys() & cand.name_keys()):
            cand.aliases.add(other.name)
        for alias in cand.aliases:  # (a known programme's alias: "Australia Awards Scholarships")
            by_variant.setdefault(_variant_key(alias), cand)


def _add_name_before(doc: Doc, cand: Candidate) -> None:
    """Add to a programme found in brackets, whole, the name that stands right before the bracket
    when no programme was found there: its name in another language ("the Programa Mais Alimentos
    (More Food Programme)"). Not an acronym, a body's or an agreement's name, nor a place."""
    start, end = cand.spans[0]
    if doc.text[end : end + 1] != ")" or doc.text[start - 1 : start] != "(" or " " not in cand.name:
        return  # (an acronym in brackets is left to the definitions)
    before = _FOREIGN_BEFORE.search(doc.text, max(0, start - 80), start)
    if before is None or doc.text[max(0, before.start(1) - 3) : before.start(1)].rstrip().endswith(","):
        return  # (", Technology and Innovation (...)": the tail of a longer name)
    whole = before.group(1)
    words = whole.split()
    while len(words) > 1 and words[0] in LEADING_DROP:  # ("The Programa ...")
        words.pop(0)
    name = whole[whole.index(words[0]) :] if words[0] != whole.split()[0] else whole
    at = before.start(1) + len(whole) - len(name)
    while name.split()[-1] in _LINK_WORDS:
        name = name.rsplit(None, 1)[0]
    words = name.split()
    if len(words) < 2 or name.isupper() or words[0] in _LINK_WORDS:
        return  # (an acronym)
    if words[0] in phrase_list("not_a_name_start"):
        return  # ("Professor Jane Smith (Newton Fellowship)": a person)
    if kind_of(name) not in (None, "programme") or _is_country_only(doc, at, at + len(name)):
        return
    cand.aliases.add(name)


def _with_number(text: str, end: int) -> int:
    """Where a name ends with the number that stands between it and its programme word ("DELTA 2
    programme", "ArCS II project"); `end` itself when no such number follows."""
    number = _NUMBER_AFTER.match(text, end, min(len(text), end + 8))
    if number is None:
        return end
    after = _AFTER.match(text, number.end(), min(len(text), number.end() + AFTER_REACH))
    return number.end() if after is not None and after.group("w").lower() in PROGRAMME_AFTER else end


# "... Research Programme on Quantum Materials and Devices": the capitalised topic that ends a
# programme's name (on its line; small linking words inside it)
# (or "in": "... Joint Research Programme in Space Science", when the words name no place)
_TOPIC_AFTER = re.compile(
    r"[ \t]+(on|in)[ \t]+((?:[A-Z][\w\-\u2013]*)(?:[ \t]+(?:and|of|for|in|the|[A-Z][\w\-\u2013]*)){0,7})"
)
_TOPIC_HEADS = frozenset({"Programme", "Program", "Initiative"})
_NOT_TOPIC = re.compile(rf"(?:{either(phrase_list('not_topic_starts'))})\b")  # days, months, "Behalf"...


def _with_topic(doc: Doc, end: int) -> int:
    """Where a name headed by Programme, Program or Initiative ends with the capitalised topic
    that follows it ("... Programme on Quantum Materials and Devices", "... Programme in Space
    Science"; not "... Programme in Kenya", "in Tokyo"); `end` itself otherwise."""
    text = doc.text
    head = text[max(0, end - 10) : end].split()
    if not head or head[-1] not in _TOPIC_HEADS:
        return end
    topic = _TOPIC_AFTER.match(text, end, min(len(text), end + 120))
    if topic is None or _NOT_TOPIC.match(topic.group(2)):
        return end
    last = [w for w in re.finditer(r"\S+", topic.group(2)) if w.group()[:1].isupper()][-1]
    stop = topic.start(2) + last.end()
    places = doc.in_span("country", topic.start(2), stop) or doc.in_span("city", topic.start(2), stop)
    if topic.group(1) == "in" and places:
        return end  # (a place: "the Joint Programme in Kenya")
    return stop


def _follows_in_line(after: re.Match[str] | None, word: str) -> bool:
    """Whether the word after a name belongs to it: in the same line, or in lower case on the next
    one (a wrapped "... Connect\nproject"), not a capitalised word opening the next line
    ("... NEWSLETTER" / "Mission of ...")."""
    return after is not None and ("\n" not in after.group() or word.islower())


_LINE_REACH = 200  # how far back `_starts_line` looks for the start of a line
_LINE_OPENERS = re.compile(r"[ \t|•*#>·-]*$")  # what may stand before a word that opens a line or table cell


def _starts_line(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether a word opens its sentence, line or table cell (capitalised there by position:
    "Earliest project start")."""
    if start == sent_start:
        return True
    floor = max(0, start - _LINE_REACH)
    line_start = doc.text.rfind("\n", floor, start) + 1 or floor
    cell = max(line_start, doc.text.rfind("|", line_start, start) + 1)
    return _LINE_OPENERS.fullmatch(doc.text, cell, start) is not None


def _cuts_definition(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a name runs into a defined long form without holding it ("U.S.–India Initiative"
    of "... Initiative on Critical ... Technology (iCET)"): a fragment of a longer name."""
    return any(s < end <= e and start < s for s, e in spans)


def _heading_of_generic(toks: list[Token]) -> bool:
    """A heading about a generic programme word ("Synopsis of Program", "Overview of the
    Programme"): no programme's name."""
    words = [t.text for t in toks]
    return len(words) >= 2 and words[-1] in GENERIC and words[-2].lower() in {"of", "the", "for"}


_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def between_countries(doc: Doc, end: int) -> int | None:
    """Where a programme name followed by "between <country> and <country>" ends with them ("...
    Cooperation between the Arab Republic of Egypt and the Italian Republic"), else None."""
    if not doc.text[max(0, end - 12) : end].rstrip().endswith(("Cooperation", "Collaboration")):
        return None
    between = _BETWEEN.match(doc.text, end)
    if between is None:
        return None
    countries = doc.in_span("country", between.end(), min(len(doc.text), between.end() + 120))
    if len(countries) < 2 or countries[0].start != between.end():
        return None
    joint = _AND.fullmatch(doc.text, countries[0].end, countries[1].start)
    return countries[1].end if joint else None


@functools.cache
def _word_finder() -> Callable[[str], list[int]]:
    """Where, in a text, a programme word starts as written ("Fund", not "funding") or a word that
    may follow a programme's name starts in any case (inside longer words too): a superset of
    what `phrase_candidates` tests."""
    after = frozenset(w.lower() for w in PROGRAMME_AFTER)
    foreign = frozenset(w.capitalize() for w in phrase_list("foreign_programme_heads"))  # ("Proyecto X")
    as_written = frozenset(w for w in PROGRAMME_WORDS | foreign if w.lower() not in after)
    words = sorted(after | {w.lower() for w in as_written})
    automaton = ahocorasick_rs.AhoCorasick(words)

    def find(text: str) -> list[int]:
        found = automaton.find_matches_as_indexes(lower_same_length(text), overlapping=True)
        return [s for i, s, e in found if words[i] in after or text[s:e] in as_written]

    return find


def _before_tag(toks: list[Token]) -> list[Token]:
    """The tokens of a phrase up to an html tag glued to a word after its sentence's or clause's
    punctuation ("Programme.</p>", where the sentence did not end at the closing tag): that word
    without the punctuation and the tag ends the phrase."""
    for i, tok in enumerate(toks):
        tag = _HTML_TAG.search(tok.text) if "<" in tok.text else None
        if tag is None or not tok.text[: tag.start()].endswith((".", ",", ";", ":")):
            continue  # (no punctuation before the tag: a heading's or a link's text, left whole)
        word = tok.text[: tag.start()].rstrip(".,;:")
        kept = toks[:i]
        return [*kept, Token(tok.start, tok.start + len(word), word, tok.capitalised)] if word else kept
    return toks


def _parts(doc: Doc, start: int, end: int, hits: list[int]) -> list[list[Token]]:
    """Name phrases of a sentence that hold or are followed by a programme word (`hits`), split
    at "and for", "and the" and ", and"."""
    out = []
    for phrase in name_phrases(doc, start, end):
        if not any_between(hits, phrase.start, phrase.end + AFTER_REACH):
            continue
        current: list[Token] = []
        toks = _before_tag(list(phrase.tokens))
        for i, tok in enumerate(toks):
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            if tok.text in {"and", "or"} and (
                (tok.text == "and" and (nxt in {"for", "the"} or (current and current[-1].text == ",")))
                or (current and nxt.endswith(("'s", "’s")))
            ):  # (and before an owner's name: "Germany's X Projects and Canada's Y Program")
                out.append([t for t in current if t.text != ","])
                current = []
                continue
            if not current and tok.text in {"for", "the", ","}:
                continue
            current.append(tok)
        if current:
            out.append(current)
    return [p for p in out if p]


def _prefix_of(name: str, long_forms: list[str]) -> bool:
    """True when a name is only the start of a defined long form ("Japan-EU Partnership")."""
    return any(long != name and long.startswith(name + " ") for long in long_forms)


# A word of a digit group and capitals ("6G", "3D", "5GC", "4IR"): a technology's coined name that a
# programme's name may start with ("the 6G Flagship programme"), unlike a count or a year ("2025",
# "3-year", "10th")
_NUMBER_NAME = re.compile(r"\d{1,3}[A-Z]{1,4}")


_SCHEME_NUMBER = re.compile(r"(?!19|20)[1-9]\d{3}(?![\w.,])")  # "2537": TÜBİTAK's numbered schemes; no year


def _scheme_number(toks: list[Token]) -> bool:
    """Whether a name phrase opens with a scheme's number, four digits and no year, before a capital
    ("TÜBİTAK's 2537 Bilateral Cooperation Programme"): part of the name."""
    return len(toks) > 1 and _SCHEME_NUMBER.fullmatch(toks[0].text) is not None and toks[1].text[:1].isupper()


def _coined_number(word: str) -> bool:
    """Whether a word that starts with a digit is a coined name ("6G", "3D"), not a number."""
    return _NUMBER_NAME.fullmatch(word) is not None


def _name_like(word: str) -> bool:
    """A one-word programme name: an acronym, a mixed-case or numbered name (KAGRA, GteX, Hayabusa2)."""
    return sum(c.isupper() for c in word) >= 2 or any(c.isdigit() for c in word)


def _is_country_only(doc: Doc, start: int, end: int, layers: tuple[str, ...] = ("country",)) -> bool:
    """Whether a name is only the names of countries (of the places of `layers`)."""
    covered = sum(m.end - m.start for layer in layers for m in doc.in_span(layer, start, end))
    return covered >= (end - start) - 1


def _is_place_only(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is only the names of countries or cities, or one world region or other area
    (programme_phrase_words.yaml `place_only_names`): where a programme runs or who runs it, no name
    of its own ("the Kansai programme of ...", "Japan's national Arctic project")."""
    name = doc.text[start:end].strip()
    if name in _place_only_names():
        return True
    first, _, rest = name.partition(" ")
    if rest in _field_abbreviations() and doc.text.startswith(first, start):
        start_rest = start + len(first)  # ("the Italian AI flagship project": a country's field)
        return _is_country_only(doc, start, start_rest, ("country", "city")) or first in _place_only_names()
    return _is_country_only(doc, start, end, ("country", "city"))


@functools.cache
def _field_abbreviations() -> frozenset[str]:
    """The abbreviations among `generic_name_words` (AI, ICT, R&D): a field or a kind of activity."""
    return frozenset(w for w in phrase_list("generic_name_words") if sum(c.isupper() for c in w) >= 2)


@functools.cache
def _place_only_names() -> frozenset[str]:
    """World regions and other areas whose name alone names no programme."""
    regions = yaml_words("org_heads.yaml", "world_regions")
    return regions | yaml_words("programme_phrase_words.yaml", "place_only_names")


_ROUND_KINDS = programme_kinds("programme_round_kinds")
_FUNDING_HEADS = frozenset(programme_kinds("funding_heads"))


# "A first SAFIR Seed Grant call will open ...", "the 2027 Baltic Mobility Grants round closes ...": a
# determiner (maybe an ordinal, "next" or a year), a scheme's capitalised name that ends with a
# funding head (`funding_heads`), then the word for its call or round.
@functools.cache
def _name_then_round() -> re.Pattern[str]:
    rounds = longest_first(phrase_list("call_round_words"))
    heads = longest_first(_FUNDING_HEADS)
    return re.compile(
        r"(?<![\w-])(?:the|a|an|its|their|this|The|A|An|Its|Their|This)[ \t]+"
        r"(?:(?:first|second|third|next|new|\d{4})[ \t]+)?"
        rf"((?:[A-Z][\w\u2010\u2011\u2013&+-]*[ \t]+){{1,4}}(?:{heads}))[ \t]+(?:{rounds})\b"
    )


def _named_rounds(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, name, span) of each scheme named before its call's word (`_name_then_round`)."""
    if " call" not in text and " round" not in text:
        return []
    return [(m.group(1), m.group(1), m.span(1)) for m in _name_then_round().finditer(text)]


def kind_then_name_candidates(doc: Doc) -> list[Candidate]:
    """Names given right after a lower-case programme or call word ("the joint call Delta
    Resilience and Food Systems", "its programme 'Blue Horizons'"), or before the word of a
    funding scheme's call ("A first SAFIR Seed Grant call"), but for names of committees,
    organisations, people (a title first), days and months, and of countries alone."""
    found = named_after_kind(doc.text)
    found += [
        (n, n, span)
        for n, _, span in named_after_kind(doc.text, _ROUND_KINDS, opening=True)
        if n.split()[-1] in _FUNDING_HEADS
    ]
    found += _named_rounds(doc.text)
    out = []
    for name, with_kind, span in found:
        first = name.split()[0]
        if first in _NOT_A_NAME_START or _NOT_TOPIC.match(first) or first in LEADING_DROP:
            continue
        if _all_generic(name) or kind_of(name) not in (None, "programme"):
            continue
        if _is_country_only(doc, *span):
            continue
        out.append(Candidate(name, {with_kind}, spans=[span]))
    return out


_COMPANY_NOUN = re.compile(
    rf"\b(?:{either(phrase_list('company_nouns'))})[ \t]+(?:(?:the|called|named)[ \t]+)?[*_\"“‘']{{0,2}}$"
)
_COMPANY_REACH = 40  # how far before a name the noun that calls it a firm may stand


def _after_company_noun(doc: Doc, cand: Candidate) -> bool:
    """Whether a candidate is first named right after a noun that calls it a firm ("the Korean
    company X Initiative"): an organisation, not a programme."""
    if not cand.spans:
        return False
    start = min(cand.spans)[0]
    return _COMPANY_NOUN.search(doc.text, max(0, start - _COMPANY_REACH), start) is not None


# A name the text marks as a body: a noun for a firm or a body in apposition right after it ("X
# Alliance (XA), a not-for-profit company set up by ...", "X Initiative, an intergovernmental
# organisation"), or programmes it runs of its own ("to join the X Alliance programmes on ...").
@functools.cache
def _body_after() -> re.Pattern[str]:
    nouns = longest_first([*phrase_list("company_nouns"), *phrase_list("body_nouns")])
    return re.compile(
        r"\)?[ \t]*(?:\([^()\n]{1,30}\))?,[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?"
        rf"(?:{nouns})(?![\w-])"
        r"|(?:'s|\u2019s)?[ \t]+(?:programmes|programs)(?![\w-])"
    )


def _marked_as_body(doc: Doc, cand: Candidate) -> bool:
    """Whether the text marks a candidate as a body where it names it: a firm or body noun in
    apposition after the name, or plural programmes the name runs (see `_body_after`)."""
    pattern = _body_after()
    return any(pattern.match(doc.text, end) is not None for _, end in cand.spans)


# "the Vinnova-funded Swelife programme", "a JICA-backed project": a funder's name glued to a past
# participle (programme_phrase_words.yaml `funder_participles`) opens the phrase but is no part of
# the programme's name.
_FUNDER_PARTICIPLES = longest_first(yaml_words("programme_phrase_words.yaml", "funder_participles")) or "(?!)"
_FUNDED_BY = re.compile(rf"\S+-(?:{_FUNDER_PARTICIPLES})\s+(?=[A-Z0-9])")


_ARTICLE_FIRST = re.compile(r"^(?:[Tt]he|[Aa]n?)[ \t]+")  # ("The Sida-funded BioInnovate Africa")


def _without_funder_word(cand: Candidate) -> Candidate:
    """The candidate without a leading "X-funded" word (the rest, when some is left, is its name)."""
    match = _FUNDED_BY.match(cand.name)
    if match is None or set(cand.name[match.end() :].split()) <= _generic_words():
        return cand
    spans = [(s + match.end(), e) for s, e in cand.spans]
    aliases = {a for a in cand.aliases if _FUNDED_BY.match(_ARTICLE_FIRST.sub("", a)) is None}
    return Candidate(cand.name[match.end() :], aliases, cand.country, cand.country_sure, cand.ror, spans)


# A target or edition year right after a name ("the India-Peru Innovation Partnership 2030", "GRAIN
# 2026 opens"), not a span of years ("2025-2027") nor the first part of a number ("2030.5", "2030,4")
_YEAR_AFTER = re.compile(r"[ \t]+(20\d\d)(?![\w\u2010\u2011\u2013\u2014-]|[.,][ \t]*\d)")


def _year_aliases(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The names that a year follows where they are mentioned, with the year: an alias, since the
    text may name the programme with its year ("X Partnership 2030") as well as without."""
    out = set()
    for start, end in spans:
        year = _YEAR_AFTER.match(text, end, min(len(text), end + 12))
        if year is not None and "\n" not in text[start:end]:
            out.add(f"{text[start:end]} {year.group(1)}")
    return out


@functools.cache
def _network_creation() -> tuple[frozenset[str], re.Pattern[str]]:
    """The last words of a created network's name and the pattern of the words that say a network
    is new (programme_phrase_words.yaml `created_network_heads`, `network_creation_words`)."""
    heads = yaml_words("programme_phrase_words.yaml", "created_network_heads")
    verbs = longest_first(yaml_words("programme_phrase_words.yaml", "network_creation_words")) or "(?!)"
    return heads, re.compile(
        rf"(?<!\w)(?:(?:{verbs})(?:\s+[\w-]+){{0,3}}?\s+networks?(?!\w)"
        rf"|networks?\s+(?:was|is|were|are|will\s+be|has\s+been|have\s+been)\s+(?:{verbs})(?!\w))",
        re.IGNORECASE,
    )


def created_network_candidates(doc: Doc, orgs: list[Candidate]) -> list[Candidate]:
    """The networks among the organisations that the document says are new ("launch a network",
    "a new doctoral network", "the network was launched"): programmes of the partners too."""
    heads, creation = _network_creation()
    networks = [org for org in orgs if org.name.split()[-1:] and org.name.split()[-1] in heads]
    if not networks or creation.search(doc.text) is None:
        return []
    return [Candidate(org.name, set(org.aliases), org.country, spans=list(org.spans)) for org in networks]


def _outside_known(text: str, phrases: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """The name phrases but those that are only the tail of a known programme's mention, after a
    small lower-case word ("Innovation Fellowships" in "Leaders in Innovation Fellowships"): no
    second name. (A phrase after an owner, "Korea's | Brain Pool Program", stays: an alias.)"""
    spans = [span for cand in known for span in cand.spans]
    if not spans:
        return phrases

    def tail(start: int, end: int) -> bool:
        return any(
            s < start and end <= e and text[s:start].rsplit(None, 1)[-1] in _SMALL_WORDS for s, e in spans
        )

    return [cand for cand in phrases if not cand.spans or not all(tail(*span) for span in cand.spans)]


_SMALL_WORDS = frozenset(
    {"in", "for", "of", "on", "and", "the", "to", "de", "du", "des", "la", "el", "y", "with", "without"}
)  # ("Borders" in "Science without Borders")


_SPELLED_REACH = 400  # how far after a programme's name an acronym that spells it may stand


def _join_spelled(candidates: list[Candidate]) -> None:
    """An acronym found on its own ("The programme, known as KMJIP, will ...") that spells the
    initials of a programme named shortly before it ("the Korea–Malaysia Joint Innovation
    Programme") becomes that name's alias (changed in place): one programme, not two."""
    acronyms = [
        c
        for c in candidates
        if not c.aliases and c.spans and c.name.isalpha() and c.name.isupper() and len(c.name) >= 3
    ]
    if not acronyms:
        return
    longs = [c for c in candidates if c.spans and len(c.name.split()) >= 3 and c.name not in c.aliases]
    for short in acronyms:
        at = min(s for s, _ in short.spans)
        near = [
            c
            for c in longs
            if any(0 < at - e <= _SPELLED_REACH for _, e in c.spans)
            and _spells(short.name, c.name)
            and len(short.name) >= sum(i.isupper() for i in _INITIAL.findall(c.name)) - 1
        ]
        if near:
            max(near, key=lambda c: max(e for _, e in c.spans if e < at)).aliases.add(short.name)


# A short form set off by commas right after a programme's name ("the Kenya–Sweden Innovation
# Partnership, KESIP, which ...", "..., known as FijiWatSec") or right before it ("COSPPac, the
# Climate and Oceans Support Program in the Pacific, ..."): the short form, and whether "known as"
# or "or" named it (then it need not spell the name).
_APPOSED_SHORT = r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[-\u2010\u2011][A-Za-z0-9]+)?"
_SHORT_AFTER = re.compile(
    r",[ \t]+((?:(?:known|also[ \t]+known|referred[ \t]+to)[ \t]+as|or)[ \t]+)?"
    rf"({_APPOSED_SHORT})(?=[ \t]*[,.;)]|[ \t]*$|[ \t]+[a-z])"
)
_SHORT_BEFORE = re.compile(rf"(?<![\w-])({_APPOSED_SHORT}),[ \t]+(?:the[ \t]+)?$")
# "the Scientific & Technological Cooperation programme (WTZ)", "the South Africa–Norway Research
# Cooperation programme, SANCOOP.": the lower-case word that calls the name a programme, then its
# short form in brackets or set off by a comma
_KIND_THEN_SHORT = re.compile(
    rf"[ \t]+(?:{either(programme_kinds('programme_kinds'))})"
    rf"(?:[ \t]*\(({_APPOSED_SHORT})\)|,[ \t]+({_APPOSED_SHORT})(?=[ \t]*[,.;)]|[ \t]*$))"
)
_NAME_TAIL = re.compile(r"[ \t]+(?:in|for|of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w\u2010\u2011-]*(?=[ \t]*[,.;)])")


def _spells_capitals(short: str, long: str) -> bool:
    """`_spells` on the capitals of a short form that mixes cases ("COSPPac", "KOMPSAT"), on all its
    letters otherwise."""
    capitals = "".join(c for c in short if c.isupper())
    short = capitals if short != short.upper() and len(capitals) >= 3 else short
    if _spells(short, long):
        return True
    # (letters of the name's first words: "KESIP", Kenya–Sweden Innovation Partnership)
    words = [w for w in re.split(r"[\s\u2010\u2011\u2013-]+", long) if w[:1].isupper()]
    letters = iter("".join(words).upper())
    return (
        len(short) >= 3 and short[0] == long[:1] and all(c in letters for c in short.upper() if c.isalpha())
    )


_DASH_TITLE = re.compile(r"[ \t]+[\u2013\u2014-][ \t]+")


def _join_dash_titles(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates without a name that another one's alias gives as its title after a dash ("CLIENT
    II – International Partnerships for Sustainable Innovations"): that title is the other's alias."""
    titled: dict[str, Candidate] = {}
    for cand in candidates:
        for alias in cand.aliases:
            if "\u2013" in alias or "\u2014" in alias or " - " in alias:
                parts = _DASH_TITLE.split(alias, maxsplit=1)
                if len(parts) == 2 and len(parts[1].split()) > 1:
                    titled.setdefault(key(parts[1]), cand)
    if not titled:
        return candidates
    out = []
    for cand in candidates:
        owner = titled.get(key(cand.name))
        if owner is not None and owner is not cand and not cand.aliases - {owner.name}:
            owner.aliases.add(cand.name)
            owner.spans.extend(cand.spans)
            continue
        out.append(cand)
    return out


def _join_apposed_short(doc: Doc, candidates: list[Candidate]) -> None:
    """A programme's short form set off by commas next to its name (`_SHORT_AFTER`,
    `_SHORT_BEFORE`) becomes its alias, changed in place: a short form before the name may also
    take the name's closing "in/for/of X" that it spells ("COSPPac, the Climate and Oceans Support
    Program in the Pacific")."""
    text = doc.text
    for cand in candidates:
        if not cand.spans or len(cand.name.split()) < 2:
            continue
        for start, end in cand.spans[:3]:
            kind_short = _KIND_THEN_SHORT.match(text, end)
            if kind_short is not None and _short_of_kind(doc, kind_short, cand.name):
                cand.aliases.add(kind_short.group(1) or kind_short.group(2))
            after = _SHORT_AFTER.match(text, end)
            if after is not None and after.group(2) not in cand.aliases:
                short = after.group(2)
                named = after.group(1) and any(c.isdigit() or c.isupper() for c in short[1:])
                if named or _spells_capitals(short, cand.name):
                    cand.aliases.add(short)
            before = _SHORT_BEFORE.search(text, max(0, start - 30), start)
            if before is None or before.group(1) in cand.aliases:
                continue
            short = before.group(1)
            tail = _NAME_TAIL.match(text, end)
            if tail is not None and _spells_capitals(short, cand.name + tail.group(0)):
                longer = " ".join((cand.name + tail.group(0)).split())
                if not _spells_capitals(short, cand.name) or len(short) > len(_INITIAL.findall(cand.name)):
                    cand.name = longer
                    cand.spans = [(s, e + (tail.end() - end) if s == start else e) for s, e in cand.spans]
                    cand.aliases.add(short)
                    continue
            if _spells_capitals(short, cand.name):
                cand.aliases.add(short)


def _short_of_kind(doc: Doc, match: re.Match[str], name: str) -> bool:
    """Whether the short form after "programme" (`_KIND_THEN_SHORT`) is the programme's: one that
    spells the name, or (in brackets) one in another language ("WTZ") that names no body or
    country of the text ("the ... programme (JSPS)" tells its funder)."""
    short = match.group(1) or match.group(2)
    if _spells_capitals(short, name):
        return True
    if match.group(1) is None or len(short) < 3:
        return False
    orgs = doc.data.get("organizations", [])
    if any(key(short) in org.name_keys() for org in orgs):
        return False
    return not doc.in_span("country", match.start(1), match.end(1))


_CUT_BEFORE = re.compile(r"(?:[ \t]and[ \t]|[ \t]&[ \t]|[\w][-\u2010\u2011\u2013])$")


def _cut_tail(alias: str, name: str) -> bool:
    """Whether an alias is only the name's tail cut after "and" or a hyphen ("Technology Research
    Partnership for Sustainable Development" of "Science and Technology Research Partnership ...",
    "ASIA Joint Research Program" of "e-ASIA Joint Research Program"): a truncated form, no alias."""
    return (
        len(name) > len(alias)
        and name.endswith(alias)
        and _CUT_BEFORE.search(name, 0, len(name) - len(alias)) is not None
    )


# An html tag inside a name ("Programme.</p><p>Deadline"): the span ran past the end of its element.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[^<>]*>")


@component("programmes")
def make_programmes() -> Component:
    """Find programmes, initiatives and named projects (record ``programs``)."""

    def run(doc: Doc) -> None:
        known = reference_candidates(doc)
        phrases = _outside_known(doc.text, phrase_candidates(doc), known)
        candidates = known + definition_candidates(doc) + phrases
        candidates += [Candidate(n, {long}, spans=[span]) for n, long, span in under_programmes(doc.text)]
        candidates += [Candidate(n, set(), spans=[span]) for n, span in under_a_name(doc.text)]
        candidates += fronted_under_candidates(doc)
        candidates += [_with_head(doc, n, span) for n, span in named_for(doc.text)]
        candidates += short_for_candidates(doc) + described_candidates(doc) + glossed_candidates(doc)
        candidates += spelled_after_candidates(doc)
        candidates += apposed_candidates(doc) + paired_head_candidates(doc) + kind_then_name_candidates(doc)
        candidates += coined_after_kind_candidates(doc) + satellite_candidates(doc)
        candidates += capital_kind_quoted_candidates(doc) + quoted_title_candidates(doc)
        candidates += paired_bodies_candidates(doc) + labelled_candidates(doc) + call_part_candidates(doc)
        candidates += subject_coined_candidates(doc) + degree_candidates(doc) + cued_coined_candidates(doc)
        candidates += owned_award_candidates(doc) + kind_list_candidates(doc) + heading_named_candidates(doc)
        candidates += edition_activity_candidates(doc)
        candidates += project_list_candidates(doc) + versioned_candidates(doc) + procedure_candidates(doc)
        lower = lower_case_uses(doc.text, _known_name)  # "such as cancer moonshot program"
        candidates += [Candidate(n, {w}, spans=[span]) for n, w, span in lower]
        candidates = [_without_funder_word(c) for c in candidates]
        orgs = doc.data.get("organizations", []) if candidates else []
        org_keys = {k for org in orgs for k in org.name_keys()}
        candidates = [
            c
            for c in candidates
            if not (c.name_keys() & org_keys)
            and not _after_company_noun(doc, c)
            and not _marked_as_body(doc, c)
            and not _only_as_instrument(doc, c)
            and not _names_an_instrument(c)
            and not _HTML_TAG.search(c.name)
        ]
        long_forms = [key(m.attrs["long"]) for m in doc.layer("acronym_def")]
        candidates = [c for c in candidates if not _prefix_of(key(c.name), long_forms)]
        candidates += created_network_candidates(doc, doc.data.get("organizations", []))
        candidates = _join_spaced_pair(doc, candidates)
        _join_country_prefixed(doc, candidates)
        _join_variants(doc, candidates)
        _join_apposed_short(doc, candidates)
        candidates = _join_dash_titles(candidates)
        parts = [c.name.split(None, 1) for c in candidates]
        numbered = {p[1] for p in parts if len(p) > 1 and _SCHEME_NUMBER.match(p[0])}
        if numbered:  # ("Programme for ..." of "TÜBİTAK's 1071 Programme for ...": the numbered one)
            candidates = [c for c in candidates if c.name not in numbered]
        _join_spelled(candidates)
        groups = merge(candidates)
        for group in groups:
            add_later_uses(doc.text, sorted({group.name, *group.aliases}), group.spans)
        doc.data["programmes"] = groups
        for group in groups:
            names = {" ".join(a.split()) for a in (*group.aliases, *_year_aliases(doc.text, group.spans))}
            aliases = sorted(a for a in names if key(a) != key(group.name) and not _cut_tail(a, group.name))
            # (one space for the line break of hard-wrapped text: "Fiji Climate\nResilience Program")
            name = " ".join(group.name.split()) if "\n" in group.name else group.name
            doc.record.programs.append(Program(name, aliases, group.country, sorted(group.spans)[:10]))

    return run
