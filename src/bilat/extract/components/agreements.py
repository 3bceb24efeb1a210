"""Agreements: formal instruments (agreement, implementing arrangement, memorandum, joint statement,
letter of intent, declaration, roadmap, action plan) with their parties, date and title."""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from bilat.extract.components.calls import title_line
from bilat.extract.components.context import PLACE_KINDS
from bilat.extract.components.dates import is_calendar
from bilat.extract.components.event_anchors import OPENING_REACH, report_frame, without_dateline
from bilat.extract.components.partnerships import pair_from_organizations
from bilat.extract.components.trilateral import says_trilateral, three_countries
from bilat.extract.components.wrapped_cues import with_wrapped
from bilat.extract.days import as_day, iso_week
from bilat.extract.doc import Doc, Mention, SpanIndex
from bilat.extract.matching import Hit, PhraseMatcher, doc_folded, folded_pattern
from bilat.extract.money import NUMBER_WORDS
from bilat.extract.naming import AGREEMENT_WORDS, key
from bilat.extract.owners import DATELINE_REACH
from bilat.extract.phrases import doc_tokens, may_be_in_name, name_phrases
from bilat.extract.record import Agreement
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml, longest_first, yaml_words


@functools.cache
def _plural_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A plural instrument word of instruments.yaml `plural_words` ("two memoranda of understanding",
    "Five MoUs") as written, and one (in any case) that ends an instrument cue; a word that ends a
    phrase of `single_plurals` counts only outside that phrase ("an exchange of letters" is one
    instrument)."""
    singles = yaml_words("instruments.yaml", "single_plurals")

    def plural(word: str) -> str:
        heads = sorted(phrase[: -len(word)] for phrase in singles if phrase.endswith(" " + word))
        return "".join(f"(?<!{re.escape(head)})" for head in heads) + re.escape(word)

    words = yaml_words("instruments.yaml", "plural_words")
    joined = "|".join(plural(word) for word in sorted(words)) or "(?!)"
    return re.compile(rf"\b(?:{joined})\b"), re.compile(rf"(?:{joined})$", re.IGNORECASE)


@functools.cache
def instrument_matcher() -> PhraseMatcher:
    """Instrument cues → agreement type."""
    data = load_yaml("instruments.yaml")["types"]
    folded = [(cue, kind) for kind, spec in data.items() for cue in spec.get("cues", [])]
    exact = [(cue, kind) for kind, spec in data.items() for cue in spec.get("exact", [])]
    return PhraseMatcher(folded, exact)


@functools.cache
def _conditional_matcher() -> PhraseMatcher:
    """The cues that name an instrument only on a condition, kept apart from `instrument_matcher`
    (they tell no other instrument's date or list item): `period_cues` → action plan (kept by
    `_period_plan`), `act_cues` → agreement (kept by `_made_in_sentence`)."""
    periods = [(cue, "action_plan") for cue in sorted(yaml_words("instruments.yaml", "period_cues"))]
    arrangements = [
        (cue, "implementing_arrangement") for cue in sorted(_arrangement_cues() | _span_arrangement_cues())
    ]
    return PhraseMatcher([(cue, "agreement") for cue in sorted(_act_cues())] + arrangements, periods)


def _arrangement_cues() -> frozenset[str]:
    """The implementing-arrangement cues that name an instrument only when made in their sentence or
    heading a title (instruments.yaml `arrangement_cues`), in lower case."""
    return yaml_words("instruments.yaml", "arrangement_cues", lower=True)


def _span_arrangement_cues() -> frozenset[str]:
    """The implementing-arrangement cues that name an instrument only when the span of years it
    covers follows in its sentence (instruments.yaml `span_arrangement_cues`), in lower case."""
    return yaml_words("instruments.yaml", "span_arrangement_cues", lower=True)


# "An Arrangement on the establishment of ...": a capitalised cue after an article, heading a title
_TITLE_HEAD_BEFORE = re.compile(r"(?:^|[\s>*_\"“])(?:[Aa]n?|[Tt]he)[ \t]+[*_\"“]*$")
_TITLE_HEAD_AFTER = re.compile(r"[ \t]+(?:on|for|concerning|regarding|between)[ \t]")


def _heads_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a cue is written capitalised right after an article and followed by the preposition
    of a title ("An Arrangement on the establishment of ...")."""
    return (
        doc.text[start : start + 1].isupper()
        and _TITLE_HEAD_BEFORE.search(doc.text, max(0, start - 8), start) is not None
        and _TITLE_HEAD_AFTER.match(doc.text, end) is not None
    )


def _all_cues(doc: Doc) -> list[Any]:
    """`instrument_matcher`'s hits, and the conditional cues' hits that overlap none of them."""
    hits = with_wrapped(instrument_matcher(), doc, 0, len(doc.text))
    starts = [h.start for h in hits]
    extra = []
    for hit in _conditional_matcher().find_span(doc, 0, len(doc.text)):
        i = bisect.bisect_right(starts, hit.start)
        if (i and hits[i - 1].end > hit.start) or (i < len(hits) and hits[i].start < hit.end):
            continue
        extra.append(hit)
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


@functools.cache
def act_pattern() -> re.Pattern[str]:
    """Words that say an instrument was signed, concluded, entered into force..."""
    words = load_yaml("instruments.yaml").get("act_words", [])
    return re.compile(rf"\b(?:{longest_first(words)})\b", re.IGNORECASE)


@functools.cache
def _act_folded() -> re.Pattern[str] | None:
    """`act_pattern` for the folded text (None when the act words are not plain lower-case ASCII)."""
    pattern = act_pattern().pattern
    return folded_pattern(pattern) if pattern.isascii() and pattern == pattern.lower() else None


def _has_act(doc: Doc, start: int, end: int) -> bool:
    """Whether doc.text[start:end] says that something was signed, concluded, adopted..."""
    folded = _act_folded()
    if folded is None:
        return bool(act_pattern().search(doc.text, start, end))
    return bool(folded.search(doc_folded(doc), start, end))


_LEADING_WORDS = re.compile(
    r"^(?:(?:The|A|An|Under|In|On|At|With|By|For|That|This|Press Release|LATEST)\s+)+"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# Acts that date an instrument to its occasion when the sentence gives no date ("the Council ...
# met on 9 December ... and adopted a joint statement"; "... signed a memorandum").
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing)|adopted|issued|endorsed|exchanged|approved)\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_BEFORE = re.compile(r"\b(?:the|a) (?:19|20)\d\d\b")
# "cooperation has rested since 1971 on the Agreement ...", "is based since 2004 on an agreement":
# the year since which a relation rests on an instrument right after it is the instrument's year
_SINCE_ON = re.compile(
    r"\b(?:rest(?:s|ed|ing)?|based|founded|grounded|anchored|governed|framed|relie[sd])[ \t]+(?:ever[ \t]+)?"
    r"since (?:19|20)\d\d,? (?:on|upon|under|by) (?:the|an?|their|its) (?:[\w-]+ ){0,3}$"
)
# "Agreement ... of 1969", "... between the two countries of 1969", "cooperated under the Agreement ...
# since 1996": a year bound to the instrument's name, right after it
# The verbs that make an instrument by signing it (one list for the patterns below).
_SIGNING_VERBS = r"(?:signed|concluded|inked|sealed|initialled|initialed|co-signed|countersigned)"
# "A and B signed the cooperation agreement on ...": a definite instrument made in its own sentence
_SIGNED_THE = re.compile(
    rf"\b{_SIGNING_VERBS}\s+the\s+$", re.I
)
# "signed in Mexico City the agreement that creates ...", "signed on Tuesday in Buenos Aires the
# agreement ...", "inked last Friday the memorandum ...": a place or a day between the verb and the
# definite instrument it makes
_SIGNED_AT_THE = re.compile(
    rf"\b{_SIGNING_VERBS}"
    r"\s+(?:(?:in|at|on)\s+(?:[A-Z0-9][\w'’.-]*\s+){1,4}?|last\s+\w+\s+|yesterday\s+|today\s+){1,2}"
    r"the\s+$"
)
# "on Wednesday renewed the memorandum that allows ...", "extended the agreement which links ...": a
# definite instrument renewed, told by a clause of its own right after it (its subject no other noun)
_RENEWED_THE = re.compile(r"\b(?:renewed|extended|prolonged)\s+the\s+$", re.I)
_DEFINING_AFTER = re.compile(
    r"(?:\s+of\s+understanding|\s+of\s+cooperation)?\s+(?:that|which)\s+"
    r"(?!(?:the|they|it|both|their|its|we|he|she|was|were|is|are|had|has|have)\b)[a-z]"
)
_ANAPHORIC = re.compile(r"\b(?:the|that|this|these)\s+$", re.I)
_GENERIC = re.compile(
    r"\b(?:any|several|various|numerous|multiple|many|other|institutional|such|no|each|this kind of)\s+$"
)
# "the first agreement of its kind", "an arrangement of this type": the kind an instrument told
# is of, no instrument of its own
_OF_ITS_KIND = re.compile(
    r"[ \t\n]+of[ \t\n]+(?:its|this|that|their|the[ \t\n]+same)[ \t\n]+(?:kind|type|sort)\b", re.I
)
# "an agreement in principle", "an agreement-in-principle": agreed terms, no instrument made
_IN_PRINCIPLE = re.compile(r"(?:[ \t]+|-)in(?:[ \t]+|-)principle\b", re.I)
# "letters of intent with several vendors", "memoranda with various universities": instruments with
# an unnamed many, no bilateral instrument
_WITH_MANY = re.compile(
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}?with[ \t]+"
    r"(?:several|various|numerous|multiple|many|a[ \t]+number[ \t]+of|"
    r"a[ \t]+range[ \t]+of|dozens[ \t]+of|other)\b",
    re.IGNORECASE,
)


@dataclass
class Found:
    """One instrument mention."""

    type: str
    parties: list[str]
    date: str | None
    title: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    inferred: bool = False  # its date is not stated in its own sentence (taken from context)
    definite: bool = False  # an untitled "the agreement" that may refer back to a named instrument
    # introduced as one instrument of its own ("a memorandum between ...", a list item): with `sides`
    # (the words of its "between A and B") or a day stated in its sentence, it tells it apart
    introduced: bool = False
    sides: frozenset[str] = frozenset()
    # the words of its topic ("a memorandum on renewable energy": renewable, energy), and the words of
    # the sentences that introduce it: two instruments introduced apart with different topics are two
    topic: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    # the bodies and people named as its makers (its signers before "signed", its "between A and B")
    makers: frozenset[str] = frozenset()
    stated: bool = False  # its date is a day stated in its own sentence
    listed: bool = False  # an item of a list of instruments ("two memoranda were signed: - ...")
    orgs: frozenset[int] = frozenset()  # the organisations of its "between A and B" (two or more)
    # the codes its sentence names when fewer than its parties: its parties were then taken from
    # the document's pair of partners, a guess (None when its sentence or clause told them)
    guessed: tuple[str, ...] | None = None
    # told as one more instrument beside another of its sentence's kind ("X separately signed a
    # memorandum with Y", "a separate memorandum", "another memorandum"): no retelling of it
    separate: bool = False
    # the id of the instrument of its sentence it is joined to as one more ("a contract and a protocol")
    apart_from: int | None = None
    merged: set[int] = field(default_factory=set)  # the ids of the mentions merged into it
    row: int | None = None  # the start of the Markdown table row it is named in: one row, one instrument
    # the instruments counted together ("signed three memoranda"): each told apart from the others
    group: int | None = None
    # the sentence in which it is named as the framework another instrument is made under ("signed an
    # exchange of notes ... under the Science and Technology Cooperation Agreement"): not that one
    framework_of: tuple[int, int] | None = None


def title_around(doc: Doc, start: int, end: int) -> tuple[str | None, tuple[int, int]]:
    """The capitalised title that contains the cue at [start, end), or None."""
    sent_start, sent_end = doc.sentence_of(start)
    if not may_be_in_name(doc.text, start, sent_start, sent_end):
        return None, (start, end)
    for phrase in name_phrases(doc, sent_start, sent_end):
        if phrase.start <= start and phrase.end >= end:
            title_end = _title_end(doc, phrase.end, sent_end)
            if title_end - phrase.start <= end - start:
                continue
            text = doc.text[phrase.start : title_end]
            text = _LEADING_ARTICLE.sub("", _LEADING_WORDS.sub("", text))
            if text == doc.text[start:end]:
                return None, (start, end)  # "The MoU was signed ...": the bare word, no title
            if _headline(doc.text[title_end - len(text) : start]):
                return None, (start, end)  # "X AND Y SIGN AGREEMENT ON ...": a headline, no title
            return text, (title_end - len(text), title_end)
    return None, (start, end)


def _headline(before: str) -> bool:
    """Whether the words of a would-be title before its instrument word say that it was made
    ("Universities Sign Agreement on ...", "X INKS MEMORANDUM WITH Y"): a headline, not a title."""
    return bool(before.strip()) and _headline_verbs().search(before) is not None


@functools.cache
def _headline_verbs() -> re.Pattern[str]:
    """The verbs of a headline that reports an instrument made (instruments.yaml `signing_headline_verbs`)."""
    words = load_yaml("instruments.yaml").get("signing_headline_verbs", [])
    return re.compile(rf"\b(?:{longest_first(words) or '(?!)'})\b", re.IGNORECASE)


_TITLE_GLUE = frozenset({"between", "and", "the", "on", "in", "of", "for", "to", "&", "with", "under"})


# A series of qualifiers inside a title: "Agreement on Cultural|, Scientific and Technological
# Cooperation" (the last item is followed by the capitalised word that they all qualify).
_SERIES = re.compile(
    r",[ \t]+(?:[A-Z][\w-]*,[ \t]+){0,4}[A-Z][\w-]*[ \t]+and[ \t]+[A-Z][\w-]*[ \t]+[A-Z][\w-]*"
)


def _title_end(doc: Doc, end: int, limit: int) -> int:
    """Extend a title over "between X and Y on Z" (glue words followed by capitalised words)
    and over a series of qualifiers (", Scientific and Technological Cooperation")."""
    best = _glued_end(doc, end, limit)
    series = _SERIES.match(doc.text, best, limit)
    return _glued_end(doc, series.end(), limit) if series else best


def _glued_end(doc: Doc, end: int, limit: int) -> int:
    """The end of the glue words and capitalised words that follow `end`."""
    toks = doc_tokens(doc, end, limit)
    best = end
    for tok in toks[:25]:
        if tok.capitalised:
            if tok.text in AGREEMENT_WORDS or _date_at(doc, tok.start, tok.end, limit):
                break  # (a date: "signed an MoU on May 2, 2024" names no "MoU on May")
            best = tok.end
        elif tok.text not in _TITLE_GLUE:
            break
    return best


def _date_at(doc: Doc, start: int, end: int, limit: int) -> bool:
    """Whether a date mention starts in the token at [start, end)."""
    dates = doc.in_span("date", start, limit)
    return bool(dates) and dates[0].start < end


def sentence_codes(doc: Doc, sentence: tuple[int, int]) -> list[str]:
    """The partner codes a sentence names: its countries and its organisations' countries (of the
    document's partners, when it has any), in order."""
    partners = doc.data.get("partners") or _organizations_pair(doc)
    known = {c for pair in partners for c in pair}
    codes: list[str] = []
    for mention in doc.in_span("country", *sentence):
        code = str(mention.attrs["code"])
        if code not in codes and (not known or code in known):
            codes.append(code)
    for org in _organizations_in(doc, sentence):
        if org.country and org.country not in codes and (not known or org.country in known):
            codes.append(org.country)
    return codes


def parties_of(doc: Doc, start: int, end: int, sentence: tuple[int, int]) -> list[str]:
    """Partner codes for an instrument: countries in its title or sentence, else the document's pair."""
    partners = doc.data.get("partners") or _organizations_pair(doc)
    codes = sentence_codes(doc, sentence)
    three = three_countries(partners) or _org_countries(doc, 3)
    if three and set(codes) <= set(three) and _of_three(doc, sentence, bool(codes)):
        return three  # "the three funders signed a letter of intent": all three countries
    if len(codes) >= 2:
        return sorted(codes)[:3] if len(codes) <= 3 else _best_pair(codes, partners)
    if partners:
        pair = next((p for p in partners if not codes or codes[0] in p), partners[0])
        return sorted(pair)
    return sorted(codes)


def _of_three(doc: Doc, sentence: tuple[int, int], named: bool) -> bool:
    """Whether an instrument's sentence tells three partners together: a cue of trilateral.yaml, or
    "the three" before a plural of instruments.yaml `three_makers` ("the three national meteorological
    services signed"), or "its partner agencies" (`partner_makers`); or, when it names no partner at
    all, the sentence before it does ("the first trilateral meeting of the three countries. In a
    joint statement issued at the end of the meeting, ...")."""
    if says_trilateral(doc.text, *sentence) or _three_makers().search(doc.text, *sentence):
        return True
    if _partner_makers().search(doc.text, *sentence):
        return True  # ("Its partner agencies renewed their memorandum": every partner of the three)
    if named or sentence[0] == 0:
        return False
    before = doc.sentence_of(sentence[0] - 1)
    return before != sentence and says_trilateral(doc.text, *before)


@functools.cache
def _three_makers() -> re.Pattern[str]:
    """ "the three <up to three words> <makers>" (instruments.yaml `three_makers`)."""
    makers = longest_first(yaml_words("instruments.yaml", "three_makers")) or "(?!)"
    words = r"(?:[a-z][\w'’-]*\s+){0,3}?"
    return re.compile(rf"\b(?:[Tt]he|[Tt]hese|[Aa]ll|[Tt]heir)\s+three\s+{words}(?:{makers})\b")


@functools.cache
def _partner_makers() -> re.Pattern[str]:
    """ "its partner agencies", "the partner funders" (instruments.yaml `partner_makers`): the members
    of the cooperation the text is about, every one of them."""
    makers = longest_first(yaml_words("instruments.yaml", "partner_makers")) or "(?!)"
    return re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+partner\s+(?:{makers})\b")


def _organizations_pair(doc: Doc) -> list[tuple[str, str]]:
    """The two countries of the document's organisations, when no partner pair is known yet and
    exactly two countries have organisations ("the rectors of a university in Semarang and of one in
    Enschede signed a memorandum"): the instrument joins both. Cached on the Doc."""
    if "_organizations_pair" not in doc.data:
        doc.data["_organizations_pair"] = pair_from_organizations(doc)
    return doc.data["_organizations_pair"]


def _org_countries(doc: Doc, count: int) -> list[str]:
    """The countries of the document's organisations (sorted), when there are exactly `count`."""
    countries = sorted({str(o.country) for o in doc.data.get("organizations", []) if o.country})
    return countries if len(countries) == count else []


def _organizations_in(doc: Doc, sentence: tuple[int, int]) -> list[Any]:
    """The organisations with a mention starting in the sentence, in record order (their mention
    starts are indexed once per run of the component)."""
    orgs = doc.data.get("organizations", [])
    index = doc.data.get("_org_starts")
    if index is None:
        pairs = sorted((s, n) for n, org in enumerate(orgs) for s, _ in org.spans)
        index = doc.data["_org_starts"] = ([s for s, _ in pairs], [n for _, n in pairs])
    starts, owners = index
    lo = bisect.bisect_left(starts, sentence[0])
    hi = bisect.bisect_left(starts, sentence[1], lo)
    return [orgs[n] for n in sorted(set(owners[lo:hi]))]


def _best_pair(codes: list[str], partners: list[tuple[str, str]]) -> list[str]:
    for pair in partners:
        if set(pair) <= set(codes):
            return sorted(pair)
    return sorted(codes[:2])


# "... a renewed cooperation agreement, to be concluded in 2026": an instrument told as still to be
# made, right after its words; it has no date of making
_STILL_TO_BE_MADE = re.compile(
    r"[ \t]*,?[ \t]*(?:which[ \t]+is[ \t]+)?to[ \t]+be[ \t]+"
    r"(?:concluded|signed|finali[sz]ed|adopted|negotiated|drafted|agreed)\b",
    re.IGNORECASE,
)


def date_for(
    doc: Doc, cue: tuple[int, int], sentence: tuple[int, int], title: tuple[int, int] | None = None
) -> str | None:
    """The date an instrument was signed / entered into force, when its sentence says so."""
    title = title or cue
    if _STILL_TO_BE_MADE.match(doc.text, max(cue[1], title[1]), sentence[1]):
        return None  # ("to prepare a renewed agreement, to be concluded in 2026")
    acts: dict[tuple[int, int], bool] = doc.data.setdefault("_act_sentences", {})
    if sentence not in acts:
        acts[sentence] = _has_act(doc, *sentence)
    if not acts[sentence] and not _dated_title(doc, cue, sentence, title):
        return None
    others = [c for c in _cues_of(doc, sentence) if c != cue and not _own_short_form(doc, title, c)]
    in_sentence = doc.in_span("date", *sentence)
    # "signed an arrangement under the 1988 Agreement ... on 5 July": an instrument named with its
    # year is a framework told by it; the dates after it are the other instrument's
    claimants = [o for o in others if _named_year(in_sentence, o, doc.text) is None]
    dates = [
        m
        for m in in_sentence
        if m.attrs.get("type") in ("DATE", "TIME")
        and is_calendar(m.attrs.get("value"))
        and not (title[0] <= m.start and m.end <= title[1] and title != cue)
        and not _HORIZON.search(doc.text, max(0, m.start - 10), m.start)
        and not _PERIOD.search(doc.text, max(0, m.start - 25), m.start)
        and not _SCHEDULED.search(doc.text, max(0, m.start - 30), m.start)
        and not _planned_after(doc, max(cue[1], title[1]), m)
        and not any(cue[1] <= other[0] and other[1] <= m.start for other in claimants)
        and not _in_clause_before(doc, m, cue, sentence)
        and not _of_other_noun(doc, title[1], m)
        and not report_frame(doc, m)
    ]
    own = _named_year(in_sentence, cue, doc.text)
    if own is not None and others:  # (only dates of the year it names: "the 1988 Agreement")
        dates = [m for m in dates if m is own or str(m.attrs["value"]).startswith(str(own.attrs["value"]))]
    # the years it covers ("Action Plan for 2026–2027") date an instrument only when nothing else does
    covered = [m for m in dates if _covered_years(doc, m)]
    dates = _unclaimed([m for m in dates if m not in covered], cue, others, own)
    # the dateline ("SEOUL, April 20 -- A letter ... was signed on 19 April") dates the report
    dates = without_dateline(doc, sentence, dates) if len(dates) > 1 else dates
    if any(m.start >= cue[1] for m in dates):  # ("met them on 18 May and signed a memorandum the next day")
        dates = [m for m in dates if not _of_prior_verb(doc, m, cue, sentence)] or dates
    if len(dates) > 1:  # ("will sign an MoU next month, officials said on Friday": the day of the report)
        dates = [m for m in dates if not _REPORTING.search(doc.text, max(0, m.start - 40), m.start)] or dates
    if not dates and _SAME_DAY.search(doc.text, *sentence):
        return _occasion_day(doc)  # "... will sign the arrangement right after this session"
    if not dates:
        # (for an instrument that opens its sentence pointing back, not a making of another noun:
        # "The memorandum builds on a letter of intent signed in 2022")
        back = _POINTED_SUBJECT.fullmatch(doc.text, sentence[0], cue[0]) is not None
        signed = any(
            not (back and _made_of_other(doc, title[1], sentence[0] + m.start()))
            for m in _SIGNED.finditer(doc.text[sentence[0] : sentence[1]])
        )
        found = _context_date(doc, sentence) if signed else None
        dates = _unclaimed(covered, cue, others) if found is None else []
        if not dates:
            return found
    made = _made_right_after(doc, max(cue[1], title[1]), dates, in_sentence)
    if made is not None:  # ("... under the Agreement on ..., signed in Seoul on 20 May 2004")
        return str(made.attrs["value"])[:10]
    best = min(dates, key=lambda m: _distance(m, (cue[0], max(cue[1], title[1]))))
    return str(best.attrs["value"])[:10]


# "the Agreement on ... between A and B, signed in Seoul on 20 May 2004", "the Action Plan 2024–2027,
# adopted on the margins of the G7 summit last year": a participle of making right after an
# instrument's name (the years it covers between), in its own comma clause, and the date it tells
_MADE_AFTER_NAME = re.compile(
    r"(?:\s+(?:19|20)\d\d[ \t]*[–—-][ \t]*(?:19|20)?\d\d)?\s*,\s*"
    r"(?:(?:which|that)\s+(?:was|were)\s+)?"
    r"(?:signed|concluded|adopted|inked|sealed|agreed|initialled|initialed)\b[^,;:()]{0,70}?"
)


def _made_right_after(
    doc: Doc, after: int, dates: list[Mention], in_sentence: list[Mention]
) -> Mention | None:
    """The date of the sentence after an instrument's name (ending at `after`) that a participle of
    making right after the name tells (`_MADE_AFTER_NAME`), when no other date stands between (but
    the years the instrument covers, right after its name) and it is one of its candidate `dates`."""
    if doc.text.find(",", after, after + 14) < 0:
        return None
    for m in sorted((m for m in in_sentence if m.start >= after), key=lambda m: m.start):
        if _MADE_AFTER_NAME.fullmatch(doc.text, after, m.start) is not None:
            return m if m in dates else None
        if m.start - after > 3 or _YEAR_SPAN.fullmatch(m.text) is None:
            return None
    return None


# "The memorandum builds on a cooperation programme signed in 2020", "... replaces the accord
# concluded in 2015": a verb or preposition after the instrument opens another noun whose participle
# ("signed", "launched") the date after it belongs to, unless the main clause goes on ("was signed")
_OTHER_NOUN = re.compile(
    r"\b(?:(?:builds?|built|building|based|draws?|drawing|rests?|resting)[ \t]+(?:up)?on|"
    r"follows|followed|following|supports|supported|supporting|underpins|implements|implementing|"
    r"replaces|replaced|replacing|succeeds|succeeded|supersedes|superseded|complements|complementing|"
    r"updates|updating|under|within|pursuant[ \t]+to|in[ \t]+line[ \t]+with)[ \t]+"
    r"(?:an?|the|its|their|an[ \t]+earlier|"
    r"a[ \t]+previous)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"\b(?:signed|concluded|adopted|launched|agreed|established|created|set[ \t]+up|started|begun|inked|"
    r"approved|issued)\b",
    re.IGNORECASE,
)
_MAIN_GOES_ON = re.compile(
    r"\b(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been)\b", re.IGNORECASE
)


# An instrument word opening its sentence as a subject that points back ("The memorandum", "This
# five-year agreement"): the text before it.
_POINTED_SUBJECT = re.compile(r"[\W_]{0,6}(?:The|This|That|Its|Their)[ \t]+(?:[\w'’-]{1,20}[ \t]+){0,2}")


def _made_of_other(doc: Doc, after: int, at: int) -> bool:
    """Whether a word of making at `at`, after an instrument's words (ending at `after`), is the
    participle of another noun the sentence names (`_OTHER_NOUN`: "The memorandum builds on a letter
    of intent signed in 2022"): it tells nothing of the instrument's own making."""
    if at <= after:
        return False
    link = _OTHER_NOUN.search(doc.text, after, at)
    return link is not None and _MAIN_GOES_ON.search(doc.text, link.end(), at) is None


def _of_other_noun(doc: Doc, after: int, date: Mention) -> bool:
    """Whether a date after an instrument's words (ending at `after`) dates another noun the
    sentence names after it (`_OTHER_NOUN`): a participle of making stands between that noun and
    the date, no verb that takes the main clause up again, and no other date."""
    if date.start <= after or date.start - after > 200:
        return False
    link = _OTHER_NOUN.search(doc.text, after, date.start)
    if link is None:
        return False
    tail = doc.text[link.end() : date.start]
    if not _PARTICIPLE.search(tail) or _MAIN_GOES_ON.search(tail):
        return False
    # (only the first date after it: "under the programme launched in 2022 on 27 June 2025")
    return not any(m.end <= date.start for m in doc.in_span("date", link.end(), date.start))


def _named_year(dates: list[Mention], cue: tuple[int, int], text: str | None = None) -> Mention | None:
    """The year that names an instrument right before its word ("the 1988 Agreement"), or, given
    the `text`, after a determiner and before at most two words of its name ("their 2016 research
    cooperation agreement"), if any."""
    for m in dates:
        if len(str(m.attrs.get("value") or "")) != 4 or not m.text.isdigit() or m.end > cue[0]:
            continue
        if cue[0] - m.end <= 2:
            return m
        if (
            text is not None
            and cue[0] - m.end <= 40
            and _YEAR_NAMED.search(text, max(0, m.start - 8), m.start)
            and _NAME_WORDS.fullmatch(text, m.end, cue[0])
        ):
            return m
    return None


# "the 2016 research cooperation agreement": a determiner before the year, up to two words of the
# name between it and the instrument word
_YEAR_NAMED = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Oo]ur)[ \t]+$")
_NAME_WORDS = re.compile(r"(?:[ \t]+[A-Za-z&][\w&'’-]*){1,2}[ \t]+")


# "a memorandum of understanding (MoU) on Monday": the bracketed short form right after an instrument's
# words names that instrument, not another one that would claim the dates told after it
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")


def _own_short_form(doc: Doc, words: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether the cue `other` is the bracketed short form right after an instrument's `words`."""
    return (
        _OPEN_BRACKET.fullmatch(doc.text, words[1], other[0]) is not None
        and _CLOSE_BRACKET.match(doc.text, other[1]) is not None
    )


# An act on the day of the occasion a speech or release is about: "signed today", "will sign ... later
# today", "this afternoon", "right after this session", "at the close of this meeting"
_SAME_DAY = re.compile(
    r"\b(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)|"
    r"(?:(?:directly|right|immediately|shortly|just)\s+)?after\s+this\s+(?:session|speech|meeting|panel|"
    r"ceremony|forum|address|round\s?table|event)|at\s+the\s+(?:end|close)\s+of\s+this\s+"
    r"(?:session|meeting|forum|event|ceremony))\b",
    re.IGNORECASE,
)


# A date right after a verb of reporting ("officials said on Friday", "the ministry announced on
# Monday", "told reporters on Tuesday") dates the report, not the instrument, when another date is told
_REPORTING = re.compile(
    r"\b(?:said|says|announced|announces|told[ \t]+(?:reporters|journalists|the[ \t]+press|[A-Z][\w.-]*)|"
    r"reported|confirmed|stated|added)[ \t]+(?:(?:late|early|earlier|later)[ \t]+)?(?:on[ \t]+)?$"
)


# A relative clause set off by commas ("X and Y, whose functions were merged in 2021, signed ..."):
# a date inside it, before the instrument, dates the noun it describes, not the instrument
_CLAUSE = re.compile(r",\s*(?:whose|which|who|where)\b[^,;()]{0,160},")


# "... signed a memorandum, and agreed to convene the next round in Cairo in the first quarter of
# 2026", "... adopted a joint statement, which sets out plans for a meeting next year": a clause
# after the instrument that tells a thing still to come; its date is that thing's, not the making's
_PLAN_AFTER = re.compile(
    r"\b(?:agreed|decided|resolved|undertook|pledged|committed|promised|vowed)\s+to\b|"
    r"\b(?:which|that)\s+(?:will|would|is\s+to|are\s+to)\b|"
    r"\b(?:plans?|preparations?)\s+for\b",
    re.IGNORECASE,
)
_PLAN_REACH = 120  # how far before a date the words of a plan may stand
# "... a joint call, which will open on 1 April": a day a relative clause tells as still to come
_FUTURE_CLAUSE = re.compile(r"\b(?:which|that)\s+will\s+[^,.;:()]{0,40}$", re.IGNORECASE)


def _planned_after(doc: Doc, after: int, date: Mention) -> bool:
    """Whether a date after an instrument's words (ending at `after`) is told by a clause of a
    thing still to come that opens between them (`_PLAN_AFTER`: "agreed to convene the first round
    ... in 2026")."""
    if date.start < after:
        return False
    return _PLAN_AFTER.search(doc.text, max(after, date.start - _PLAN_REACH), date.start) is not None


# "... met the minister on 18 May and signed a memorandum ...": a making verb joined by "and" to
# the predicate a date before it belongs to
_JOINED_MAKING = re.compile(
    r"\band[ \t]+(?:(?:then|later|also|subsequently)[ \t]+)?"
    r"(?:signed|concluded|inked|sealed|adopted|exchanged|initialled|initialed)\b",
    re.IGNORECASE,
)
_JOINED_REACH = 60  # how far before an instrument's words the date of the predicate before may stand


def _of_prior_verb(doc: Doc, date: Mention, cue: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a date before an instrument's cue belongs to the predicate before the making verb
    "and signed" that joins the cue's own predicate to it (`_JOINED_MAKING`): not a date opening
    the sentence ("On 18 May the ministers met and signed ..."), and no comma between."""
    if date.end > cue[0] or cue[0] - date.end > _JOINED_REACH or date.start - sentence[0] < OPENING_REACH:
        return False
    if doc.text.find(",", date.end, cue[0]) >= 0:
        return False
    return _JOINED_MAKING.search(doc.text, date.end, cue[0]) is not None


def _in_clause_before(doc: Doc, date: Mention, cue: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a date stands in a relative clause set off by commas that ends before the cue."""
    if date.start >= cue[0] or doc.text.find(",", date.end, cue[0]) < 0:
        return False
    for clause in _CLAUSE.finditer(doc.text, sentence[0], cue[0]):
        if clause.start() < date.start and date.end <= clause.end():
            return True
    return False


def _occasion_day(doc: Doc) -> str | None:
    """The day of the occasion a text reports or was given at: its reported day, its publication
    day, else the first full date of its opening lines (a speech's "Warsaw, 14 October 2025")."""
    day = _reported_day(doc) or (doc.published[:10] if doc.published else None)
    if day:
        return day
    for m in doc.in_span("date", 0, min(len(doc.text), DATELINE_REACH)):
        value = str(m.attrs.get("value") or "")
        if len(value) >= 10 and is_calendar(value):
            return value[:10]
    return None


def _unclaimed(
    dates: list[Mention], cue: tuple[int, int], others: list[tuple[int, int]], own: Mention | None = None
) -> list[Mention]:
    """The dates not claimed by another instrument of the sentence: stated right after it ("the
    agreement ... signed in 1974, and the Agreement on ..., signed in 1978": 1974 is the first
    one's) or naming it ("The Memorandum builds on the 1986 Agreement")."""
    return [
        m
        for m in dates
        if 0 <= cue[0] - m.end <= 2  # "the 1986 Agreement": its own
        or m is own  # ("their 2016 research cooperation agreement")
        or (
            (m.start >= cue[1] or not any(o[1] <= m.start and o[0] < cue[0] for o in others))
            and not any(0 <= o[0] - m.end <= 2 for o in others)
        )
    ]


# ("which dates back to 1971" is the date it was made, not a horizon)
_HORIZON = re.compile(r"(?<!\bback\s)\b(?:to|until|till|through|by)\s+$", re.IGNORECASE)
# "the Action Plan ... for the period 2026-2028", "a work plan covering 2025": the years an instrument
# covers, not the day it was made
_PERIOD = re.compile(
    r"\b(?:(?:for|over)\s+the\s+(?:period|years?)|period|covering|spanning|for\s+the\s+years)"
    r"(?:\s+(?:of|from))?\s+$",
    re.IGNORECASE,
)


# "sign contract for next satellite, launch set for 2028", "a launch scheduled for 2027": the date of
# a thing planned, not of the instrument
# ("a renewed agreement, to be concluded in 2026": an instrument still to be made)
_SCHEDULED = re.compile(
    r"(?:\b(?:set|scheduled|planned|slated|due|expected|targeted|earmarked|pencilled|penciled)\s+(?:for|in)|"
    r"\bto\s+be\s+(?:concluded|signed|finali[sz]ed|adopted|agreed|negotiated|renewed|drafted)\s+(?:in|by|before))\s+"
    r"(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$",
    re.IGNORECASE,
)


@functools.cache
def _other_pages_label() -> re.Pattern[str]:
    """A line's opening label that makes it a list of other pages (instruments.yaml `other_pages_labels`):
    "**Related:**", "See also:", "Read more -"."""
    labels = longest_first(yaml_words("instruments.yaml", "other_pages_labels")) or "(?!)"
    return re.compile(rf"[ \t>#*_-]*(?i:{labels})[*_ \t]*[:\u2013\u2014-]")


def _other_pages_line(doc: Doc, at: int) -> bool:
    """Whether `at` lies in a line labelled as a list of other pages (`_other_pages_label`)."""
    line = doc.text.rfind("\n", 0, at) + 1
    return _other_pages_label().match(doc.text, line, at) is not None


# A signing participle right after an instrument's words ("the previous Executive Programme, signed in
# Rome in 2022", "the executive programme which was signed on 3 May"): the instrument was made.
_SIGNED_RIGHT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+(?:was|were)[ \t]+)?"
    r"(?:signed|concluded|inked)[ \t]+(?:in|on|at|by)\b",
    re.IGNORECASE,
)


# "Action Plan for 2026–2027", "Roadmap ... 2025-2030", "a programme of work for 2026": a span of
# years, or a bare year after "for", is what an instrument covers, not when it was made
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-\u2010\u2013\u2014/]\s*(?:19|20)?\d\d\b")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# the first year and dash of a span of years whose last year a date mention holds alone ("for the
# 2026-2028 period" tagged as "2026" and "2028 period")
_SPAN_START_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-\u2010\u2013\u2014/]\s*$")


def _covered_years(doc: Doc, date: Mention) -> bool:
    """Whether a date names the years an instrument covers: a span of years ("2026–2027"), or a
    year alone right after "for" ("the work plan for 2026")."""
    if _YEAR_SPAN.match(date.text.strip()) or _YEAR_SPAN.match(doc.text, date.start):
        return True
    if _SPAN_START_BEFORE.search(doc.text, max(0, date.start - 8), date.start):
        return True
    bare = len(str(date.attrs.get("value") or "")) == 4
    return bare and _FOR_BEFORE.search(doc.text, max(0, date.start - 10), date.start) is not None


_PERIOD_REACH = 90  # how far after a work plan's word the years it covers may be named


def _period_cues() -> frozenset[str]:
    """The action-plan cues that need the years they cover (instruments.yaml `period_cues`, matched
    as written), in lower case."""
    return yaml_words("instruments.yaml", "period_cues", lower=True)


def _period_plan(doc: Doc, surface: str, after: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether an action-plan cue names an instrument: any cue but a `period_cues` one does; such a
    one ("work programme", "work plan") only when a span of years follows it in its sentence, the
    sentence tells it adopted, endorsed or signed ("adopted a work programme for 2025–2027",
    "endorsed the Work Programme for Scientific Cooperation 2026-2028") and names the two sides or
    their joint body as its makers (`_joint_makers`, or a pair right before the cue). A capitalised
    `exact` cue ("Work Plan") keeps its old standing."""
    if surface.lower() not in _period_cues() or surface in _exact_action_cues():
        return True
    end = min(sentence[1], max(after) + _PERIOD_REACH)
    if not (_YEAR_SPAN.search(doc.text, after[0], end) and _has_act(doc, *sentence)):
        return False
    cue_start = after[0] - len(surface)
    return bool(_joint_makers().search(doc.text, *sentence) or pair_before(doc, cue_start))


@functools.cache
def _joint_makers() -> re.Pattern[str]:
    """instruments.yaml `joint_maker_words`: the two sides or their joint body as an instrument's makers."""
    words = longest_first(yaml_words("instruments.yaml", "joint_maker_words")) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _act_cues() -> frozenset[str]:
    """The agreement cues that name an instrument only in a sentence telling it made
    (instruments.yaml `act_cues`), in lower case."""
    return yaml_words("instruments.yaml", "act_cues", lower=True)


_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_ACT_CUE_REACH = 40  # how far before a bare "protocol" its verb may stand (80 after it)


@functools.cache
def _act_cue_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """instruments.yaml `act_cue_verbs` before a cue ("signed a protocol") and after it, passive
    ("the protocol ... was signed")."""
    verbs = longest_first(yaml_words("instruments.yaml", "act_cue_verbs")) or "(?!)"
    before = re.compile(rf"\b(?:{verbs})\b[^.;:!?]{{0,{_ACT_CUE_REACH}}}$", re.IGNORECASE)
    after = re.compile(
        rf"[^.;:!?]{{0,80}}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:{verbs})\b"
        rf"|[ \t]*,[ \t]*(?:{verbs})\b",
        re.IGNORECASE,
    )  # (or "the protocol, signed by the two ministers, ...")
    return before, after


# "signed on Tuesday in Beijing a contract and a protocol": a cue joined by "and" to the thing signed
# before it takes the verb from farther back
_JOINED = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:an?|the)\s+$", re.IGNORECASE)
_JOINED_REACH = 80


def _made_in_sentence(doc: Doc, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a bare "protocol" names an instrument: a verb of signing stands right before it or
    tells it signed after it, and no capitalised word stands right before it (the name of a
    multilateral one, "the Kyoto Protocol", "the Nagoya Protocol")."""
    if _NAMED_BEFORE.search(doc.text, max(sentence[0], start - 30), start):
        return False
    before, after = _act_cue_verbs()
    if before.search(doc.text, max(sentence[0], start - _ACT_CUE_REACH - 12), start):
        return True
    joined = _JOINED.search(doc.text, max(sentence[0], start - 16), start)
    if joined is not None:
        reach = max(sentence[0], joined.start() - _JOINED_REACH)
        if before.search(doc.text[reach : joined.start()]):  # ("signed ... a contract and a protocol")
            return True
    if after.match(doc.text, end, sentence[1]) is not None:
        return True
    return _in_signed_series(doc, start, sentence)


# "signed three documents: a memorandum on A, a letter of intent on B and a protocol on C": a cue
# that goes on a series of instruments (", a" / "and a" after another instrument's cue) is made by
# the verb that opens the series
_SERIES_LINK = re.compile(r"(?:,|\band|\bas[ \t]+well[ \t]+as)[ \t]+(?:an?|the)[ \t]+$", re.IGNORECASE)
_SERIES_REACH = 90  # how far before the link the cue of the instrument before it may end


def _in_signed_series(doc: Doc, start: int, sentence: tuple[int, int]) -> bool:
    """Whether a cue at `start` goes on a series of instruments that a verb of signing opens."""
    link = _SERIES_LINK.search(doc.text, max(sentence[0], start - 12), start)
    if link is None:
        return False
    link_at = link.start()
    before = [c for c in _cues_of(doc, sentence) if c[1] <= link_at]
    if not any(link_at - c[1] <= _SERIES_REACH for c in before):
        return False
    first = min(c[0] for c in before)
    return _series_opener().search(doc.text, sentence[0], first) is not None


@functools.cache
def _series_opener() -> re.Pattern[str]:
    """instruments.yaml `act_cue_verbs`, anywhere before a series of instruments."""
    verbs = longest_first(yaml_words("instruments.yaml", "act_cue_verbs")) or "(?!)"
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)


@functools.cache
def _exact_action_cues() -> frozenset[str]:
    """The capitalised action-plan cues of instruments.yaml (`exact`)."""
    spec = load_yaml("instruments.yaml")["types"].get("action_plan", {})
    return frozenset(str(cue) for cue in spec.get("exact", []))


def _cues_of(doc: Doc, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The instrument cues of a sentence (cached on the Doc): a date after another instrument
    belongs to that one ("a roadmap ..., under the Agreement signed in 1996")."""
    cache: dict[tuple[int, int], list[tuple[int, int]]] = doc.data.setdefault("_instrument_cues", {})
    if sentence not in cache:
        hits = with_wrapped(instrument_matcher(), doc, *sentence)
        cache[sentence] = [(h.start, h.end) for h in hits]
    return cache[sentence]


def _distance(date: Mention, cue: tuple[int, int]) -> float:
    """Dates after the instrument's name are closer than dates before it; explicit days win."""
    gap = date.start - cue[1] if date.start >= cue[1] else 1.5 * (cue[0] - date.end)
    explicit = 15 if _FOUR_DIGITS.search(date.text) else 0
    return gap - (40 if len(str(date.attrs["value"])) >= 10 else 0) - explicit


def _context_date(doc: Doc, sentence: tuple[int, int], back: int = 10) -> str | None:
    """For "... were signed" without a date: the last full date of the few sentences before (not a
    deadline: "must be submitted by 30 January"), else the document's date."""
    index = doc.sentence_index(sentence[0])
    for start, end in reversed(doc.sentences[max(0, index - back) : index]):
        days = [
            m
            for m in doc.in_span("date", start, end)
            if len(str(m.attrs.get("value") or "")) >= 10
            and is_calendar(m.attrs.get("value"))
            and not _HORIZON.search(doc.text, max(0, m.start - 10), m.start)
            and not _IN_FORCE.search(doc.text, max(0, m.start - 30), m.start)
            and not _FUTURE_CLAUSE.search(doc.text, max(0, m.start - 50), m.start)
            and not report_frame(doc, m)
        ]
        if days:
            return _nth_day(doc, sentence, days[-1]) or str(days[-1].attrs["value"])[:10]
    # (a text without a date of its own: the day its opening reports, or the told day of its occasion)
    return _day_of_span_before(doc, sentence) or _occasion_day(doc)


def _day_of_span_before(doc: Doc, sentence: tuple[int, int]) -> str | None:
    """For a sentence naming one day of an occasion ("The conference closed with the signing of
    ..."), that day of the last span of days told anywhere before it ("held on 7-8 October")."""
    if _NTH_DAY.search(doc.text, *sentence) is None:
        return None
    spans = [m for m in doc.in_span("date", 0, sentence[0]) if m.attrs.get("end_value")]
    return _nth_day(doc, sentence, spans[-1]) if spans else None


# "on the second day of the meeting", "on the closing day of the forum": one day of an occasion
# told before as a span of days ("from 14 to 16 October")
_NTH_DAY = re.compile(
    r"\b(?:on|during)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|opening|final|last|closing)\s+day\b"
    # "at the close of the session", "at the end of the meeting": its last day
    r"|\b(?:at|on)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the|its)\s+"
    r"(?:session|sessions|meeting|talks|visit|forum|conference|consultations|dialogue|proceedings)\b"
    # "The conference closed with the signing of ...": its last day
    r"|\b(?:closed|ended|concluded|wound\s+up|wrapped\s+up)\s+with\s+the\s+(?:signing|signature|exchange)\b",
    re.IGNORECASE,
)
_ORDINAL_DAYS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}


def _nth_day(doc: Doc, sentence: tuple[int, int], span: Mention) -> str | None:
    """The day an instrument's sentence names as the n-th (or last) day of an occasion whose span of
    days (`span`, "from 14 to 16 October 2025") a sentence before gives; None when it names none or
    the day falls outside the span."""
    match = _NTH_DAY.search(doc.text, *sentence)
    first, last = as_day(str(span.attrs.get("value") or "")), as_day(str(span.attrs.get("end_value") or ""))
    if match is None or first is None or last is None:
        return None
    word = (match.group(1) or "last").lower()
    day = last if word not in _ORDINAL_DAYS else first + datetime.timedelta(days=_ORDINAL_DAYS[word])
    return day.isoformat() if first <= day <= last else None


# "entered into force on 1 January 2025", "effective from 1 May": the day an instrument took effect,
# no occasion on which another one was signed
_IN_FORCE = re.compile(
    r"\b(?:into force|in force|into effect|effective|takes? effect|took effect|expires?|expired)"
    r"(?:\s+(?:on|from|since|as of))?\s+$",
    re.IGNORECASE,
)
_REPORT_LAG = 7  # how many days before its publication a release may report the occasion it is about


def _reported_day(doc: Doc) -> str | None:
    """The day of the occasion a release reports, when it states one: its first full date that
    falls in the few days before its publication ("On 13 November ..." in a release of 14 November;
    "yesterday"), else None. Cached on the Doc."""
    if "_reported_day" in doc.data:
        return doc.data["_reported_day"]
    published = as_day(doc.published)
    found = _recent_day(doc, published) if published is not None else None
    doc.data["_reported_day"] = found
    return found


def _recent_day(doc: Doc, published: datetime.date) -> str | None:
    """The first date mention's day in the `_REPORT_LAG` days before `published`, but for a
    "yesterday" after the text has said "today" of its occasion (instruments.yaml
    `report_today_words`, `report_yesterday_words`)."""
    today_words = yaml_words("instruments.yaml", "report_today_words")
    yesterday_words = yaml_words("instruments.yaml", "report_yesterday_words")
    today = False  # (whether the text has said "today" of its occasion so far)
    for m in doc.layer("date"):
        day = as_day(str(m.attrs.get("value") or ""))
        if day is None:
            continue
        word = doc.text[m.start : m.end].lower()
        today = today or (day == published and word in today_words)
        if today and word in yesterday_words:
            continue  # ("we met here today ... the data the services signed yesterday")
        if 0 < (published - day).days <= _REPORT_LAG:
            return day.isoformat()
    return None


def _dated_title(
    doc: Doc, cue: tuple[int, int], sentence: tuple[int, int], title: tuple[int, int] | None = None
) -> bool:
    """ "the 2011 Japan-EU ... Agreement", "Agreement ... of 2011", "the Agreement on ... between the
    two countries of 1969", "under the Agreement on ... since 1996": a year bound to the name."""
    before = doc.text[max(sentence[0], cue[0] - 60) : cue[0]]
    end = max(cue[1], title[1]) if title else cue[1]
    return bool(
        _YEAR_BEFORE.search(before)
        or _SINCE_ON.search(before)
        or _year_after().match(doc.text, end, min(sentence[1], end + 60))
    )


@functools.cache
def _year_after() -> re.Pattern[str]:
    """A year right after an instrument's title, past "between the two <sides>" (instruments.yaml
    `side_nouns`): "the Agreement ... between the two governments of 1969", "... since 1996"."""
    sides = longest_first(load_yaml("instruments.yaml").get("side_nouns", []))
    between = rf"(?:\s+between\s+the\s+two\s+(?:{sides}))?" if sides else ""
    # "the Agreement ... in force between the two governments since 2012" (and as Spanish, French,
    # Portuguese and Italian say it: "vigente entre ... desde 2012", "en vigueur depuis 1998")
    sides_of = r"(?:\s+(?:between|among|entre|tra|fra)\s+[^.,;:()]{1,50}?)?,?"
    in_force = (
        rf"(?:{sides_of}\s+(?:in\s+force|in\s+place|in\s+effect|vigente|en\s+vigor|em\s+vigor|en\s+vigueur|"
        rf"in\s+vigore){sides_of}\s+(?:since|desde|depuis|dal|da)\s+(?:19|20)\d\d\b)"
    )
    return re.compile(rf"{in_force}|(?:{between},?\s+(?:of|in|since|dated) (?:19|20)\d\d\b)")


def find_instruments(doc: Doc) -> list[Found]:
    """Every instrument mention, before merging."""
    out: list[Found] = []
    last_date: str | None = None  # the date of the last dated instrument so far
    doc.data.pop("_org_starts", None)  # organisations may have changed since the last run
    # the pairs whose bodies a sentence names as an instrument's signers, with that sentence
    signed: dict[tuple[str, str], tuple[int, int]] = {}
    doc.data["signed_pairs"] = signed
    plural_word, plural_end = _plural_patterns()
    for hit in _all_cues(doc):
        surface = doc.text[hit.start : hit.end]
        if plural_word.search(surface) and not _generic(doc, hit.start):
            listed = listed_instruments(doc, hit.key, (hit.start, hit.end))
            if listed:  # "two memoranda were signed: - between A and B; - between C and D"
                out += listed
                last_date = listed[-1].date or last_date
                continue
            counted = _counted(doc, hit, surface, out, signed, last_date)
            if counted:  # "signed three memoranda of understanding on A, B and C"
                out += counted
                last_date = counted[0].date or last_date
                continue
        generic = _generic(doc, hit.start, hit.end)
        plural = plural_end.search(surface) or plural_word.search(surface)
        yeared = _one_a_year(doc, hit, surface, out, signed, last_date) if plural else []
        if yeared:  # "the Action Plans adopted in 2017 and 2021": one of each year
            out += yeared
            continue
        if plural_end.search(surface) or generic or _submission(doc, hit.start, hit.end, hit.key):
            continue
        item = _instrument(doc, hit, surface, out, signed, last_date)
        if item is None:
            continue
        out.append(item)
        last_date = item.date or last_date
        renewal = _renewal_after(doc, item, item.spans[1])
        if renewal is not None:  # "X and Y extended their agreement. The extension was signed on ..."
            out.append(renewal)
    return out


# A count right before a plural instrument word ("signed three memoranda", "inked 2 MoUs"), not
# after a determiner ("the two agreements", "their three memoranda" point at instruments told before)
_COUNT_BEFORE = re.compile(
    r"(?<![\w'’-])(?<!the )(?<!The )(?<!these )(?<!those )(?<!their )(?<!both )(?<!all )(?<!its )"
    r"(two|three|four|five|six|[2-6])[ \t]+(?:(?:new|more|further|separate|bilateral|additional)[ \t]+)?$"
)


def _counted(
    doc: Doc,
    hit: Hit,
    surface: str,
    out: list[Found],
    signed: dict[tuple[str, str], tuple[int, int]],
    last_date: str | None,
) -> list[Found]:
    """The instruments that a count before a plural cue tells made in its sentence ("Egypt and
    Jordan signed three memoranda of understanding on A, B and C", "signed two MoUs, one on X and
    one on Y"): that many, told apart from each other, untitled ([] when no count stands there or
    nothing in the sentence makes them). Instruments told one by one elsewhere fill them in."""
    if surface.lower() in _umbrella_plurals() and (
        _TOPIC_PREP.match(doc.text, hit.end) is None or _retold_after(doc, hit.end)
    ):
        return []  # ("one of three agreements sealed in Penang": the instruments told one by one)
    count = _COUNT_BEFORE.search(doc.text, max(0, hit.start - 30), hit.start)
    topics = None
    if count is None:
        topics = _bare_made_plural(doc, hit)
        if topics is None:
            return []
    sentence = doc.sentence_of(hit.start)
    if not _has_act(doc, *sentence):
        return []
    item = _instrument(doc, hit, surface, out, signed, last_date)
    if item is None or not item.parties:
        return []
    item.title, item.introduced, item.group = None, True, hit.start
    reach = max(sentence[0], hit.start - _SEPARATE_REACH)
    item.separate = item.separate or _ALSO_MADE.search(doc.text, reach, hit.start) is not None
    if count is not None:
        number = count.group(1)
        many = int(number) if number.isdigit() else NUMBER_WORDS[number]
    else:
        many = max(2, topics or 0)
    return [item] + [dataclasses.replace(item, spans=list(item.spans), merged=set()) for _ in range(many - 1)]


# A signing verb right before a bare plural instrument word, no determiner or count between ("Sweden
# and Chile signed agreements on astronomy and on lithium research", "also inked memoranda in ..."),
# and the topics after it, each opened by the same preposition ("on A, on B and on C")
_SIGNED_BARE = re.compile(
    rf"\b{_SIGNING_VERBS}[ \t]+"
    r"(?:(?:new|several|further|bilateral|separate|additional)[ \t]+)?$"
)
# ("The two sides also signed agreements on ...": more beside those told before)
_ALSO_MADE = re.compile(
    rf"\balso[ \t]+{_SIGNING_VERBS}[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}$"
)
_TOPIC_PREP = re.compile(r"[ \t]+(on|covering|concerning|regarding)[ \t]")


def _retold_after(doc: Doc, end: int) -> bool:
    """Whether the sentence after a plural cue (ending at `end`) tells one by one what the
    instruments were (`_RETOLD_LIST`: "signed five agreements on Wednesday. The instruments included
    ..."): those are the instruments, not the count."""
    index = doc.sentence_index(end)
    if index + 1 >= len(doc.sentences):
        return False
    return _RETOLD_LIST.match(doc.text, doc.sentences[index + 1][0]) is not None


@functools.cache
def _umbrella_plurals() -> frozenset[str]:
    """The plural cues that also sum up instruments of any type told one by one (instruments.yaml
    `umbrella_plurals`), in lower case."""
    return yaml_words("instruments.yaml", "umbrella_plurals", lower=True)


def _bare_made_plural(doc: Doc, hit: Hit) -> int | None:
    """The count of topics of a bare plural cue that a signing verb right before makes and a topic
    list right after ("signed agreements on A and on B": 2; "on A": 1, read as at least two), None
    when the cue is no such plural."""
    if _SIGNED_BARE.search(doc.text, max(0, hit.start - 40), hit.start) is None:
        return None
    prep = _TOPIC_PREP.match(doc.text, hit.end)
    if prep is None:
        return None
    end = doc.sentence_of(hit.start)[1]
    word = prep.group(1)
    return 1 + len(re.findall(rf"(?:,|\band)[ \t]+(?:and[ \t]+)?{word}[ \t]", doc.text[prep.end() : end]))


# A plural instrument word made in a list of years right after it ("the Action Plans adopted in 2017
# and 2021", "memoranda signed in 2015, 2018 and 2023", "signed memoranda in 2015 and 2019"): one
# instrument of each year
_MADE_IN_YEARS = re.compile(
    r"[ \t]+(?:(?:(?:were|that[ \t]+were|which[ \t]+were)[ \t]+)?"
    r"(?P<verb>adopted|signed|concluded|issued|agreed)[ \t]+)?"
    r"in[ \t]+"
    r"(?P<years>(?:19|20)\d\d(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:in[ \t]+)?(?:19|20)\d\d)+)\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _one_a_year(
    doc: Doc,
    hit: Hit,
    surface: str,
    out: list[Found],
    signed: dict[tuple[str, str], tuple[int, int]],
    last_date: str | None,
) -> list[Found]:
    """The instruments of a plural cue made in a list of years right after it ("the Action Plans
    adopted in 2017 and 2021"): one of each year, untitled ([] when no such list follows)."""
    years = _MADE_IN_YEARS.match(doc.text, hit.end)
    if years is None or not (years["verb"] or _has_act(doc, *doc.sentence_of(hit.start))):
        return []  # (a bare "in 2015 and 2019" only when the sentence makes them: "signed memoranda in ...")
    item = _instrument(doc, hit, surface, out, signed, last_date)
    if item is None or not item.parties:
        return []
    item.title, item.introduced, item.group, item.inferred = None, True, hit.start, False
    return [
        dataclasses.replace(item, date=year, spans=list(item.spans), merged=set())
        for year in dict.fromkeys(_YEAR.findall(years["years"]))
    ]


def _instrument(
    doc: Doc,
    hit: Hit,
    surface: str,
    out: list[Found],
    signed: dict[tuple[str, str], tuple[int, int]],
    last_date: str | None,
) -> Found | None:
    """The instrument told by one cue (`surface` its words), with its parties and date, given the
    instruments found before it (`out`, the last date among them `last_date`); None when the cue
    tells no instrument made."""
    sentence = doc.sentence_of(hit.start)
    title, span = title_around(doc, hit.start, hit.end)
    if not _makes_instrument(doc, hit, surface, title, span, sentence):
        return None
    parties, guessed = _cue_parties(doc, hit, span, sentence, out, signed)
    definite, anaphoric = _definite_reference(doc, hit, title, sentence)
    if anaphoric and not doc.in_span("country", *sentence):
        parties = _told_before(out, hit.key) or parties
    date, inferred = _instrument_date(
        doc, hit, surface, title, span, sentence, definite, anaphoric, last_date
    )
    item = Found(hit.key, parties, date, title, [span, sentence], inferred, definite, guessed=guessed)
    _introduce(doc, item, hit, span, sentence)
    if _UNDER_BEFORE.search(doc.text, max(sentence[0], span[0] - 30), span[0]) is not None:
        item.framework_of = sentence
        in_sentence = doc.in_span("date", *sentence)
        own = _named_year(in_sentence, span, doc.text) or any(m.start >= span[1] for m in in_sentence)
        if date and not own and _cues_of(doc, sentence)[0] != (hit.start, hit.end):
            item.date = None  # (the day of the sentence is the making's it frames, not its own)
    row = _row_line(doc, hit.start) if doc.text.find("|", sentence[0], sentence[1]) >= 0 else None
    item.row = row[0] if row is not None and title is not None else None
    joined = _coordinated(doc, hit.key, hit.start, sentence, out) if item.introduced else None
    if joined is not None:
        item.apart_from = id(joined)  # ("signed a contract and a protocol", "an MoU on A and an MoU on B")
    return item


# "... a contract and a protocol", "an MoU on X, and an MoU on Y": an instrument joined to the one
# before it in its sentence by "and" with an article of its own ("and the agencies signed a protocol")
# is one more instrument (not a comma:
# "a treaty, an agreement that ..." is an apposition)
_AND_ANOTHER = re.compile(
    r"(?:\band|\bas[ \t]+well[ \t]+as)(?:[ \t]+[\w'’-]+){0,6}?[ \t]+(?:signed|inked|concluded|sealed)"
    r"[ \t]+(?:also[ \t]+)?(?:an?|another)[ \t]+(?:[\w'’-]+[ \t]+){0,3}$|"
    r"(?:\band|\bas[ \t]+well[ \t]+as)[ \t]+(?:also[ \t]+)?(?:an?|another)[ \t]+(?:[\w'’-]+[ \t]+){0,3}$",
    re.IGNORECASE,
)


def _coordinated(
    doc: Doc, kind: str, start: int, sentence: tuple[int, int], out: list[Found]
) -> Found | None:
    """The instrument of its type introduced before in its sentence that an instrument word follows
    after "and a(n)" (or as a later item of a list): the two are told as two, even when their
    parties and date are the same; None when there is none."""
    if not out or out[-1].spans[-1] != sentence:
        return None
    if out[-1].type != kind:  # ("a memorandum on A, an agreement on B and a memorandum on C": a list)
        return _listed_again(doc, kind, start, sentence, out)
    if not out[-1].introduced or out[-1].spans[0][1] > start:
        return None
    found = _AND_ANOTHER.search(doc.text, max(out[-1].spans[0][1], start - 60), start)
    return out[-1] if found is not None else None


# An item of a list opened by its own article after a comma or "and" (", a letter of intent on ...",
# ", and a memorandum on ...")
_LIST_ITEM = re.compile(
    r"(?:,|\band)[ \t]+(?:and[ \t]+)?(?:also[ \t]+)?an?[ \t]+(?:[\w'’-]+[ \t]+){0,3}$", re.IGNORECASE
)


def _listed_again(
    doc: Doc, kind: str, start: int, sentence: tuple[int, int], out: list[Found]
) -> Found | None:
    """The instrument of its type introduced before another one of another type in a list of its
    sentence of which an instrument word opens a later item: one more instrument of that type."""
    if _LIST_ITEM.search(doc.text, max(sentence[0], start - 40), start) is None:
        return None
    for item in reversed(out):
        if item.spans[-1] != sentence:
            return None
        if item.type == kind:
            return item if item.introduced and item.spans[0][1] <= start else None
    return None


def _makes_instrument(
    doc: Doc, hit: Hit, surface: str, title: str | None, span: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether a cue tells an instrument made: not a word inside another instrument's title, nor a
    plan or a protocol that nothing in its sentence makes."""
    if hit.key == "agreement" and title and _inside_other(title, surface):
        return False
    if _other_pages_line(doc, hit.start):
        return False  # ("**Related:** [X and Y sign cooperation protocol](/news/...)": another page's)
    if hit.key == "agreement" and _project_contract(doc, hit.start, sentence):
        return False  # ("The AGRI-KE consortium signed a grant agreement with ANR": a project's)
    if hit.key == "roadmap" and title is None and not _has_act(doc, *sentence):
        return False  # "as it prepares a national hydrogen roadmap": a plan, no instrument made
    if hit.key in _ONE_SIDE_KINDS and _made_by_one_side(doc, span[1], sentence[1]):
        return False  # ("the Hydrogen Roadmap introduced by the ministry in 2023": one country's plan)
    if hit.key == "action_plan" and not _period_plan(doc, surface, (hit.end, span[1]), sentence):
        return False  # "the 2027 work programme", "prepare the work plan": a funder's or a project's
    untitled_plan = hit.key == "action_plan" and title is None and surface not in _exact_action_cues()
    if untitled_plan and not _has_act(doc, *sentence):
        return False  # "Indonesia's national plan of action", "to develop a joint programme of work"
    if surface.lower() in _span_arrangement_cues():  # ("the Executive Programme ... for 2025–2027")
        if _SIGNED_RIGHT_AFTER.match(doc.text, span[1], sentence[1]):
            return True  # ("the previous Executive Programme, signed in Rome in 2022")
        return _YEAR_SPAN.search(doc.text, hit.end, min(sentence[1], hit.end + _PERIOD_REACH)) is not None
    if surface.lower() in _arrangement_cues():  # ("An Arrangement on the establishment of ...")
        return _heads_title(doc, hit.start, hit.end)
    # (not "the sampling protocol", "the Kyoto Protocol": no bilateral instrument made)
    if surface.lower() not in _act_cues():
        return True
    if surface.lower() in _two_side_cues() and len(_countries_before(doc, sentence[0], hit.start)) < 2:
        return False  # ("the operator signed a contract with a vendor": a firm's contract)
    return _made_in_sentence(doc, hit.start, hit.end, sentence)


# A plan made by one body ("the Hydrogen Economy Roadmap (HETR) introduced by MOSTI in 2023", "an action
# plan, which was adopted by the Ministry of Energy"): its participle of making and "by" right after its
# name, then its maker, up to a clause break, a date or a place
_MADE_BY = re.compile(
    r"\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?"
    r"(?:introduced|launched|unveiled|published|released|issued|drawn\s+up|prepared|developed|adopted)"
    r"\s+by\s+"
)
_MAKER_END = re.compile(r"[,;:()]|\.(?:\s|$)|\s(?:in|on|at|last|this|during|for|to|which|that)\s")
_JOINT_MAKERS = re.compile(r"\b(?:jointly|both|two|together)\b")
_AND = re.compile(r"\band\b")
_ONE_SIDE_KINDS = frozenset({"roadmap", "action_plan"})  # the plans a country also makes alone
_MAKER_REACH = 120


def _made_by_one_side(doc: Doc, end: int, limit: int) -> bool:
    """Whether a plan's name (ending at `end`) is followed by its making by one body alone: its maker
    names the bodies (or the country) of one country, and no second maker ("and", "jointly")."""
    made = _MADE_BY.match(doc.text, end, limit)
    if made is None:
        return False
    stop = _MAKER_END.search(doc.text, made.end(), min(limit, made.end() + _MAKER_REACH))
    maker = (made.end(), stop.start() if stop else min(limit, made.end() + _MAKER_REACH))
    orgs = _organizations_in(doc, maker)
    if len(orgs) > 1 or _JOINT_MAKERS.search(doc.text, *maker):
        return False
    if not orgs and _AND.search(doc.text, *maker):
        return False  # ("by the two ministers", "by Minister A and Minister B")
    codes = {str(o.country) for o in orgs if o.country}
    codes |= {str(m.attrs["code"]) for m in doc.in_span("country", *maker)}
    return len(codes) == 1


@functools.cache
def _project_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word of instruments.yaml `project_agreement_words` right before a cue, a word of
    `project_makers`, and a word of `contract_agreement_words` right before a cue."""
    words = longest_first(yaml_words("instruments.yaml", "project_agreement_words")) or "(?!)"
    makers = longest_first(yaml_words("instruments.yaml", "project_makers")) or "(?!)"
    contracts = longest_first(yaml_words("instruments.yaml", "contract_agreement_words")) or "(?!)"
    return (
        re.compile(rf"\b(?:{words})[ \t]+$", re.IGNORECASE),
        re.compile(rf"\b(?:{makers})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{contracts})[ \t]+$", re.IGNORECASE),
    )


def _project_contract(doc: Doc, start: int, sentence: tuple[int, int]) -> bool:
    """Whether the cue at `start` is a contract of no two countries: a site's or a user's
    (`contract_agreement_words`), or a project's funding contract, a grant or consortium agreement
    whose sentence names a project as its maker before it (`_project_patterns`)."""
    before, maker, contract = _project_patterns()
    reach = max(0, start - 24)
    if contract.search(doc.text, reach, start) is not None:
        return True
    if before.search(doc.text, reach, start) is None:
        return False
    return maker.search(doc.text, sentence[0], start) is not None


def _two_side_cues() -> frozenset[str]:
    """The act cues that name an instrument only when two countries are named before them in
    their sentence (instruments.yaml `two_side_cues`), in lower case."""
    return yaml_words("instruments.yaml", "two_side_cues", lower=True)


def _countries_before(doc: Doc, start: int, cue: int) -> set[str]:
    """The countries named (as places, or as the countries of organisations) in doc.text[start:cue]."""
    codes = {str(o.country) for o in _organizations_in(doc, (start, cue)) if o.country}
    codes |= {
        str(m.attrs["code"])
        for m in doc.in_span("country", start, cue)
        if m.attrs.get("kind", "name") in PLACE_KINDS
    }
    return codes


def _cue_parties(
    doc: Doc,
    hit: Hit,
    span: tuple[int, int],
    sentence: tuple[int, int],
    out: list[Found],
    signed: dict[tuple[str, str], tuple[int, int]],
) -> tuple[list[str], tuple[str, ...] | None]:
    """(the parties of a cue's instrument, the codes of its sentence when they were guessed, else
    None): the pair told before it or in its "between" clause, else its signatories (noted in
    `signed`), else those of an instrument told near it, else the parties of its sentence."""
    memo: dict[tuple[int, int], list[str]] = doc.data.setdefault("_parties", {})
    if sentence not in memo:
        memo[sentence] = parties_of(doc, *span, sentence)
    parties = pair_before(doc, hit.start) or _title_pair(doc, span) or between_parties(doc, hit.end, sentence)
    if not parties:
        parties = signatory_parties(doc, (hit.start, hit.end), sentence)
        if parties:  # ("JST and BRIN signed a memorandum": a pair the partnerships may lack)
            signed.setdefault((parties[0], parties[1]), sentence)
    if not parties and len(memo[sentence]) == 3:
        parties = list(memo[sentence])  # (told of three partners: not the pair told just before)
    parties = parties or _told_near(doc, out, hit.start, sentence)
    codes = sentence_codes(doc, sentence) if not parties else []
    guessed = tuple(codes) if not parties and len(codes) < 2 else None
    parties = parties or list(memo[sentence])
    return parties, guessed


def _definite_reference(
    doc: Doc, hit: Hit, title: str | None, sentence: tuple[int, int]
) -> tuple[bool, bool]:
    """(definite, anaphoric) of a cue: `definite` for an untitled "the agreement"; `anaphoric` when,
    besides, no act of its own follows it in its sentence."""
    definite = title is None and _ANAPHORIC.search(doc.text[max(0, hit.start - 8) : hit.start]) is not None
    anaphoric = (
        definite
        and not _has_act(doc, hit.end, sentence[1])
        and _SIGNED_THE.search(doc.text, max(0, hit.start - 20), hit.start) is None
        and _SIGNED_AT_THE.search(doc.text, max(0, hit.start - 70), hit.start) is None
        and not _renewed_defined(doc, hit.start, hit.end)
        and not (_has_act(doc, *sentence) and _SAME_DAY.search(doc.text, *sentence))
    )  # ("... will sign the arrangement right after this session": made on the occasion)
    return definite, anaphoric


def _instrument_date(
    doc: Doc,
    hit: Hit,
    surface: str,
    title: str | None,
    span: tuple[int, int],
    sentence: tuple[int, int],
    definite: bool,
    anaphoric: bool,
    last_date: str | None,
) -> tuple[str | None, bool]:
    """(the date of a cue's instrument, whether it is `inferred` from context): its sentence's date
    (none for an anaphoric cue), a list's lead-in date, the last date for "the same occasion", a
    date told in the next sentence, else `_undated_fallback`."""
    date = None if anaphoric else date_for(doc, (hit.start, hit.end), sentence, span)
    if date is not None and len(date) == 4 and surface.lower() in _period_cues():
        date = None  # ("agree on a work programme for 2026–2027": the years it covers)
    # (only `refer_back` reads it: for named instruments and the "agreement" that may be one)
    inferred = date is not None and (hit.key != "agreement" or definite) and not _states_date(doc, sentence)
    lead_in = None if anaphoric or _states_date(doc, sentence) else _lead_in_date(doc, hit.start)
    if lead_in is not None:  # ("The following were signed on 3 May:" "- a MoU ..., signed by ...")
        date, inferred = lead_in, True
    if (
        date is None
        and doc.text.find(" same ", *sentence) >= 0
        and _SAME_OCCASION.search(doc.text, *sentence)
    ):
        date, inferred = last_date, True
    if date is None and not anaphoric and _RETOLD_LIST.match(doc.text, sentence[0]):
        date, inferred = _context_date(doc, sentence, back=_RETOLD_REACH), True
    if not anaphoric and not _states_date(doc, sentence):
        told = _date_told_after(doc, sentence, surface)
        if told is not None:  # "... signed a memorandum." "The document was signed last Tuesday."
            date, inferred = told, False
    if date is None:
        date, inferred = _undated_fallback(doc, hit, title, span, sentence, anaphoric, inferred)
    if date is not None and "-W" in date:
        date = _day_of_week(doc, sentence, date)  # "signed last week." "It was signed on 26 February"
    if date is None and not anaphoric and title is not None:
        date = _row_date(doc, hit.start)  # "| Memorandum on ... | A, B | 2 February 2025 |"
    return date, inferred


_TABLE_ROW = re.compile(r"[ \t]*\|")
# the header of a table whose rows date the instruments they name
_DATE_HEADER = re.compile(
    r"\b(?:date|dates|dated|signed|signature|signing|concluded|fecha|data|datum)\b", re.IGNORECASE
)
_TABLE_REACH = 40  # how many rows above a row its table's header may stand


def _row_line(doc: Doc, start: int) -> tuple[int, int] | None:
    """The line of a Markdown table row that holds `start`, else None."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    if _TABLE_ROW.match(doc.text, line_start) is None:
        return None
    line_end = doc.text.find("\n", start)
    return line_start, len(doc.text) if line_end < 0 else line_end


def _row_date(doc: Doc, start: int) -> str | None:
    """The one calendar date of the Markdown table row a titled instrument is named in, when the
    table's header names a column of dates ("| Instrument | Parties | Date signed |"); not an
    untitled word of a timetable ("| June 2028 | Agreement review |")."""
    row = _row_line(doc, start)
    if row is None:
        return None
    header = row
    for _ in range(_TABLE_REACH):
        above = doc.text.rfind("\n", 0, max(0, header[0] - 1)) + 1
        if header[0] == 0 or _TABLE_ROW.match(doc.text, above) is None:
            break
        header = (above, header[0] - 1)
    if header == row or not _DATE_HEADER.search(doc.text, *header):
        return None
    values = {
        str(m.attrs.get("value"))[:10]
        for m in doc.in_span("date", *row)
        if m.attrs.get("type") == "DATE" and is_calendar(m.attrs.get("value"))
    }
    return values.pop() if len(values) == 1 else None


_WEEK_REACH = 3  # how many sentences before or after an instrument dated by a week may give its day


def _day_of_week(doc: Doc, sentence: tuple[int, int], week: str) -> str:
    """The day within an instrument's week ("signed last week") that a sentence near it gives with
    an act of making ("It was signed on 26 February 2025 in Santiago"), else the week."""
    days = iso_week(week)
    if days is None:
        return week
    index = doc.sentence_index(sentence[0])
    found: set[str] = set()
    for start, end in doc.sentences[max(0, index - _WEEK_REACH) : index + 1 + _WEEK_REACH]:
        if (start, end) == sentence or not _has_act(doc, start, end):
            continue
        for m in doc.in_span("date", start, end):
            day = as_day(m.attrs.get("value"))
            if day is not None and days[0] <= day <= days[1]:
                found.add(day.isoformat())
    return found.pop() if len(found) == 1 else week


def _undated_fallback(
    doc: Doc,
    hit: Hit,
    title: str | None,
    span: tuple[int, int],
    sentence: tuple[int, int],
    anaphoric: bool,
    inferred: bool,
) -> tuple[str | None, bool]:
    """(date, inferred) of an instrument its sentence does not date: a sign-off's date, the report's
    date when the page is the instrument, the closing day of an occasion it closes; else no date and
    `inferred` as it was."""
    date = None
    if not anaphoric:
        date = _sign_off_date(doc, hit.start)
        inferred = date is not None
    if date is None and (
        (title is not None and _is_page_title(doc, span[0])) or _titles_page(doc, hit.key, hit.start, hit.end)
    ):
        # the page is the instrument: the day heading it, else its publication's
        date, inferred = _head_day(doc) or (doc.published or "")[:10] or None, True
    if date is None and not anaphoric and _closes_occasion(doc, hit.key, (hit.end, span[1]), sentence):
        date, inferred = _closing_day(doc), True  # "Joint Statement on the State Visit of ..."
    return date, inferred


def _head_day(doc: Doc) -> str | None:
    """The first full date of a page's opening lines when it falls in the `_REPORT_LAG` days up to
    its publication ("Stockholm, 10 March 2026" heading a joint statement posted on 12 March): the
    day the instrument the page is was issued."""
    published = as_day(doc.published)
    if published is None:
        return None
    for m in doc.in_span("date", 0, min(len(doc.text), DATELINE_REACH)):
        day = as_day(str(m.attrs.get("value") or ""))
        if day is not None:
            return day.isoformat() if 0 <= (published - day).days <= _REPORT_LAG else None
    return None


def _introduce(doc: Doc, item: Found, hit: Hit, span: tuple[int, int], sentence: tuple[int, int]) -> None:
    """Sets what tells an instrument introduced as one of its own apart (`Found.introduced`): the
    organisations and side words of its "between" (or "with") clause, a day stated in its sentence,
    a word telling it separate."""
    item.introduced = _is_introduced(doc, hit.start)
    between = _clause_after(doc, span[1], sentence[1], "between")
    item.orgs = _between_orgs(doc, between)
    if item.introduced:
        item.sides = _side_words(doc, between, "between") or _sides(
            doc, span[1], sentence[1], "with"
        )  # ("a memorandum with the University of Ghent")
        item.stated = item.date is not None and _states_date(doc, sentence)
        reach = max(sentence[0], hit.start - _SEPARATE_REACH)
        item.separate = _SEPARATE.search(doc.text, reach, hit.start) is not None
        item.topic = _topic_words(doc, hit.end, sentence[1])
        item.makers = _makers(doc, (hit.start, hit.end), between, sentence)
        item.words = frozenset(_WORD.findall(doc.text[sentence[0] : sentence[1]].lower()))


# The topic right after an instrument's word, its short form in brackets allowed between ("a
# memorandum of understanding (MoU) on renewable energy", "an agreement concerning ...", "in the
# field of ..."), up to a clause break, and where it ends within that clause
_TOPIC_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:on|concerning|regarding|covering|in\s+the\s+(?:fields?|areas?)\s+of)"
    r"\s+(?!behalf\b)(?P<topic>[^,;:.()]{3,160})"
)
_TOPIC_STOP = re.compile(
    r"\b(?:between|with|signed|which|that|was|were|is|are|by|at|under|during|as|who|will|would|"
    r"has|have|had|aimed|aiming|to|before|after|until|from|for)\b"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def _topic_generic() -> frozenset[str]:
    """The words of a topic that tell no topic of its own (instruments.yaml `topic_generic_words`)."""
    return yaml_words("instruments.yaml", "topic_generic_words", lower=True)


def _topic_words(doc: Doc, after: int, limit: int) -> frozenset[str]:
    """The words of the topic told right after an instrument's word (ending at `after`), lower-cased,
    without the words of any topic (`_topic_generic`); empty when no topic follows (nor a date: "a
    memorandum on Monday")."""
    match = _TOPIC_AFTER.match(doc.text, after, limit)
    if match is None or doc.in_span("date", match.start("topic"), match.start("topic") + 3):
        return frozenset()
    topic = match["topic"]
    stop = _TOPIC_STOP.search(topic)
    words = _WORD.findall((topic[: stop.start()] if stop else topic).lower())
    return frozenset(w for w in words if len(w) > 2) - _topic_generic()


def _makers(
    doc: Doc, cue: tuple[int, int], between: tuple[int, int] | None, sentence: tuple[int, int]
) -> frozenset[str]:
    """The bodies and people named as an instrument's makers: in the subject of a verb of signing
    right before it ("the ministries of culture signed a memorandum", "Ministers A and B signed a
    memorandum") and in its "between" clause; bodies as ids, people by name."""
    clause = max(sentence[0], doc.text.rfind(";", sentence[0], cue[0]) + 1, cue[0] - _SUBJECT_REACH)
    verb = _SIGNED_BEFORE.search(doc.text, clause, cue[0])
    spans = ([(clause, verb.start())] if verb is not None else []) + ([between] if between else [])
    out = {f"org {id(org)}" for span in spans for org in _organizations_in(doc, span)}
    for person in doc.record.people:
        family = person.name.rsplit(" ", 1)[-1]
        if any(doc.text.find(family, *span) >= 0 for span in spans):
            out.add(f"person {person.name}")
    return frozenset(out)


def _topics_differ(a: Found, b: Found) -> bool:
    """Whether two instruments, each introduced as one of its own, have different topics: both
    told with topics that share no word ("a memorandum on renewable energy", "a memorandum on
    cinema"), or one told with a topic whose words the sentences that introduce the other, told with
    its sides ("a memorandum between A and B"), never use."""
    if not (a.makers and b.makers) or not a.makers.isdisjoint(b.makers):
        return False  # (the same makers may tell one instrument in other words)
    if a.topic and b.topic:
        return a.topic.isdisjoint(b.topic)
    one, other = (a, b) if a.topic else (b, a)
    return bool(one.topic) and one.topic.isdisjoint(other.words)


@functools.cache
def _renewal_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word that tells of an instrument renewed or extended (instruments.yaml `renewing_words`:
    "have extended their Agreement on ...", "renewed the memorandum"), and the opening of a later
    sentence whose subject is the renewal (`renewal_nouns`, or a noun after `renewal_participles`:
    "The renewal was signed ...", "The renewed memorandum was signed")."""
    renewing = longest_first(yaml_words("instruments.yaml", "renewing_words")) or "(?!)"
    nouns = longest_first(yaml_words("instruments.yaml", "renewal_nouns")) or "(?!)"
    participles = longest_first(yaml_words("instruments.yaml", "renewal_participles")) or "(?!)"
    return re.compile(rf"\b(?:{renewing})\b", re.IGNORECASE), re.compile(
        rf"[\W_]{{0,6}}(?:The|This|Its|Their)[ \t]+(?:{nouns}|(?:{participles})[ \t]+[a-z]+)\b"
    )


_RENEWAL_REACH = 2  # how many sentences after an instrument its renewal may be told


def _renewal_after(doc: Doc, item: Found, sentence: tuple[int, int]) -> Found | None:
    """The renewal of an instrument told renewed or extended in its sentence, when one of the next
    sentences makes its subject the renewal and dates its making ("... have extended their Agreement
    on Marine Research." "The extension was signed in Lisbon on 2 April 2026."): one more instrument
    of the same type, parties and title, dated so (the original keeps its own date)."""
    renews, renewal = _renewal_patterns()
    if item.date is not None or not renews.search(doc.text, *sentence):
        return None
    seen: set[int] = doc.data.setdefault("_renewals", set())
    index = doc.sentence_index(sentence[0])
    for start, end in doc.sentences[index + 1 : index + 1 + _RENEWAL_REACH]:
        match = renewal.match(doc.text, start, end)
        if match is None or start in seen or not _has_act(doc, match.end(), end):
            continue
        date = date_for(doc, (match.start(), match.end()), (start, end))
        if date is None:
            continue
        seen.add(start)
        found = Found(item.type, item.parties, date, item.title, [(match.start(), match.end()), (start, end)])
        found.introduced, found.stated = True, True
        return found
    return None


@functools.cache
def _told_after_pattern() -> re.Pattern[str]:
    """The opening of a sentence whose subject points back at an instrument (instruments.yaml
    `told_after_nouns`): a determiner, at most two modifiers, the noun ("The five-year agreement")."""
    words = yaml_words("instruments.yaml", "told_after_nouns")
    words |= yaml_words("instruments.yaml", "told_after_generic")
    nouns = longest_first(words) or "(?!)"
    return re.compile(
        rf"[\W_]{{0,6}}(?:The|This|That|Its|Their|Both)[ \t]+(?:[\w'’-]{{1,20}}[ \t]+){{0,2}}?({nouns})s?\b"
    )


_TOLD_REACH = 2  # how many sentences after an undated instrument its making may be dated


def _date_told_after(doc: Doc, sentence: tuple[int, int], surface: str) -> str | None:
    """The date of an instrument whose sentence states none, told by one of the next sentences whose
    subject points back at it and says it was made ("The document was signed last Tuesday", "The
    agreement was concluded last week in Pohang"): that sentence's day (a week: its month), else None.
    The noun must be a word of the instrument's own or a noun that stands for any instrument, and no
    other instrument may follow it in that sentence (its act and date would be that one's)."""
    if _renewal_patterns()[0].search(doc.text, *sentence):
        return None  # a renewal: the next sentences date the renewal or the original (`_renewal_after`)
    own = surface.lower().split()
    generic = yaml_words("instruments.yaml", "told_after_generic", lower=True)
    index = doc.sentence_index(sentence[0])
    for start, end in doc.sentences[index + 1 : index + 1 + _TOLD_REACH]:
        match = _told_after_pattern().match(doc.text, start, end)
        if match is None or not _has_act(doc, match.end(), end):
            continue
        noun = match.group(1).lower()
        if noun not in own and noun not in generic:
            continue
        if any(cue[0] >= match.end() for cue in _cues_of(doc, (start, end))):
            return None  # ("The document builds on the memorandum concluded in June 2024")
        for m in doc.in_span("date", match.end(), end):
            value = str(m.attrs.get("value") or "")
            if m.attrs.get("type") != "DATE" or _HORIZON.search(doc.text, max(0, m.start - 10), m.start):
                continue
            week = iso_week(value)
            if week:  # the month of the week's Thursday
                thursday = week[0] + datetime.timedelta(days=3)
                return f"{thursday.year:04d}-{thursday.month:02d}"
            if is_calendar(value):
                return value[:10]
        return None
    return None


# An instrument introduced as one of its own: "a memorandum", "an MoU", "another agreement", "a second,
# five-year cooperation agreement" (a few words between the article and the instrument word)
_INDEFINITE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne\s+more)[ \t]+(?:(?!(?:the|this|that|its|their|his|her|of|and|or)\b)"
    r"[\w'’,–-]{1,30}[ \t]+){0,3}$"
)
# The marker that opens a list item: "- ", "• ", "* ", "1. ", "2) ", "(a) ", "a) "
_BULLET = re.compile(r"[ \t]*(?:[-•*▪◦‣–—]|\d{1,2}[.)]|\([a-z0-9]{1,4}\)|(?:[a-z]|[ivx]{2,4})[.)])[ \t]+")
_ITEM_REACH = 40  # how far into its list item an instrument word may stand to open it
_MAX_ITEMS = 12
# Where the sides of an instrument ("between A and B ...") end: a clause break, a sentence end, the
# next list item or a blank line
_SIDES_END = re.compile(
    r"[,;:]|\.(?:\s|$)|\n[ \t]*\n|\n[ \t]*(?:[-•*▪◦‣–—]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[ \t]"
)
_SIDE_WORD = re.compile(r"[\w'’&.-]+")
_SIDES_REACH = 200


# Words before an introduced instrument that tell it is one more, not the one told before:
# "PDC separately signed a memorandum", "a separate memorandum", "another memorandum".
_SEPARATE = re.compile(
    r"\b(?:separately|[Aa]\s+separate|(?<![Oo]ne[ \t])[Aa]nother)\b(?:[ \t]+[\w'’-]+){0,6}[ \t]+$|"
    # ("The two sides also signed an agreement on astronomy": one more beside the one told before)
    rf"\balso[ \t]+{_SIGNING_VERBS}[ \t]+"
    r"(?:an?|two|three|four|five|six|[2-6])[ \t]+(?:[\w'’-]+[ \t]+){0,3}$"
)
_SEPARATE_REACH = 60


def _is_introduced(doc: Doc, start: int) -> bool:
    """Whether an instrument word is introduced as one instrument of its own: after an indefinite
    article ("a memorandum of understanding between ...") or opening a list item."""
    if _INDEFINITE.search(doc.text, max(0, start - 60), start):
        return True
    line_start = doc.text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(doc.text, line_start, start + 1)
    return bullet is not None and start - bullet.end() <= _ITEM_REACH


def _sides(doc: Doc, after: int, limit: int, word: str | None) -> frozenset[str]:
    """The capitalised words that name an instrument's sides: of the "between A and B ..." that
    follows it (`word` "between", within a few words), or of the text from `after` when `word` is
    None; up to a clause break. Two instruments with different sides are two instruments."""
    if word is not None:
        return _side_words(doc, _clause_after(doc, after, limit, word), word)
    limit = min(limit, after + _SIDES_REACH)
    stop = _SIDES_END.search(doc.text, after, limit)
    return _side_words(doc, (after, stop.start() if stop else limit), None)


def _clause_after(doc: Doc, after: int, limit: int, word: str) -> tuple[int, int] | None:
    """The words of the "between A and B ..." (or "with A ...") within a few words after an
    instrument (from `after`), up to a clause break: (start, end) of the names, else None."""
    limit = min(limit, after + _SIDES_REACH)
    at = doc.text.find(f" {word} ", after - 1, min(limit, after + 60))
    if at < 0 or _SIDES_END.search(doc.text, after, at):
        return None
    start = at + len(word) + 1
    stop = _SIDES_END.search(doc.text, start, limit)
    return start, stop.start() if stop else limit


def _side_words(doc: Doc, clause: tuple[int, int] | None, word: str | None) -> frozenset[str]:
    """The capitalised words of a clause that names an instrument's sides (prefixed with `word`)."""
    if clause is None:
        return frozenset()
    words: set[str] = set()
    glue = yaml_words("instruments.yaml", "side_glue_words")  # ("the University of X and the Y")
    for token in _SIDE_WORD.findall(doc.text, *clause):
        if token[:1].isupper() or token[:1].isdigit():
            words.add(token)
        elif token.lower() not in glue:
            break  # "... and the University of Zurich is a first": the names end at a common word
    words -= {"The", "A", "An"}
    return frozenset(f"{word} {w}" for w in words) if word else frozenset(words)


def _between_orgs(doc: Doc, clause: tuple[int, int] | None) -> frozenset[int]:
    """The organisations named in the "between A and B" right after an instrument (`clause`: "the
    memorandum between Kyoto University and the University of Zurich"), when there are two or more:
    two instruments between different organisations are two, however each is told."""
    if clause is None:
        return frozenset()
    orgs = frozenset(id(org) for org in _organizations_in(doc, clause))
    return orgs if len(orgs) >= 2 else frozenset()


def listed_instruments(doc: Doc, kind: str, cue: tuple[int, int]) -> list[Found]:
    """The instruments of a list introduced by a plural instrument word and a colon ("After the
    talks two memoranda were signed:" then "- between A and B, on ...;" "- between C and D."): one
    per item that names no instrument of its own (those are found as they stand); [] when the word
    opens no such list."""
    text = doc.text
    colon = text.find(":", cue[1], min(len(text), cue[1] + 80))
    line_end = text.find("\n", cue[1])
    if colon < 0 or (0 <= line_end < colon) or text.find(".", cue[1], colon) >= 0:
        return []
    sentence = doc.sentence_of(cue[0])
    inline = line_end < 0 or bool(text[colon + 1 : line_end].strip(" \t\r*_"))  # ("signed:**")
    # ("...: between A and B, and between C and D": a list run on in the sentence)
    items = _inline_items(text, colon + 1, sentence[1]) if inline else _list_items(text, line_end + 1)
    date = date_for(doc, cue, sentence, cue)
    stated = date is not None and _states_date(doc, sentence)
    out = []
    for start, end in items:
        if with_wrapped(instrument_matcher(), doc, start, end):
            continue  # "- a memorandum between ...": found as it stands
        span = (start, end)
        parties = between_parties(doc, start, span) or parties_of(doc, start, end, span)
        sides = _sides(doc, start, end, "between") or _sides(doc, start, end, None)
        if inline and not sides:
            continue  # ("... a bridge between research and industry"): no instrument's sides
        found = Found(kind, parties, date, None, [span, sentence], introduced=True, sides=sides)
        found.stated, found.listed = stated, True
        out.append(found)
    return out if len(out) >= 2 or not inline else []


def _lead_in_date(doc: Doc, start: int) -> str | None:
    """The date of the lead-in of the list whose item holds an instrument word at `start`: a line
    ending with a colon whose words date what follows ("Three agreements were exchanged on the
    second day of the meeting:", "The following documents were signed in Delhi on 4 May 2025:" then
    "- a memorandum of understanding between ..."); None when the word stands in no list item or the
    lead-in states no date. Cached per lead-in on the Doc."""
    text = doc.text
    pos = text.rfind("\n", 0, start) + 1
    if _BULLET.match(text, pos, start) is None:
        return None
    for _ in range(3 * _MAX_ITEMS):  # back over the list's other items, blank and indented lines
        if pos == 0:
            return None
        pos = text.rfind("\n", 0, pos - 1) + 1
        end = text.find("\n", pos)
        line = text[pos:end]
        if not line.strip() or line[:1] in (" ", "\t") or _BULLET.match(text, pos, end):
            continue
        break
    else:
        return None
    line = line.rstrip(" \t\r*_")
    colon = pos + len(line) - 1
    if not line.endswith(":"):
        return None
    cache: dict[int, str | None] = doc.data.setdefault("_lead_in_dates", {})
    if pos not in cache:
        cache[pos] = date_for(doc, (colon, colon + 1), (pos, colon + 1))
    return cache[pos]


_INLINE_BETWEEN = re.compile(r"\bbetween\b")


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list run on in its sentence after a colon, each opened by "between" ("...
    were signed: between A and B, on X; and between C and D"): [] unless there are two or more."""
    starts = [m.start() for m in _INLINE_BETWEEN.finditer(text, start, end)][:_MAX_ITEMS]
    if len(starts) < 2:
        return []
    return list(zip(starts, [*starts[1:], end], strict=True))


def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
    """The items of the list that starts at `pos` (each from its first word to its end, over the
    indented lines that continue it), up to `_MAX_ITEMS`; [] when no list item starts there."""
    items: list[tuple[int, int]] = []
    blank = False
    while pos < len(text) and len(items) < _MAX_ITEMS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        bullet = _BULLET.match(text, pos, end)
        if bullet is not None:
            items.append((bullet.end(), end))
        elif not line.strip():
            if not items and blank:
                break  # the list follows its lead-in (or one blank line after it)
            blank = True
        elif items and line[:1] in (" ", "\t") and end - pos < 400:
            items[-1] = (items[-1][0], end)  # an indented line continues the item
        else:
            break
        pos = end + 1
    return [(a, b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in items]


# "the Galway Statement on Atlantic Ocean Cooperation", "the Lisbon Statement of Intent": a statement
# titled by a place or other proper name, capitalised, then "on" or "of" and a capitalised topic.
_NAMED_STATEMENT = re.compile(
    r"\b([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})[ \t]+Statement"
    r"[ \t]+(?:on|of|for|towards?|regarding|concerning)[ \t]+(?:the[ \t]+)?[A-Z]"
)
_OPENERS = frozenset({"The", "A", "This", "Our", "In", "Under", "With", "By"})  # before a statement's name
_NOT_STATEMENT_NAME = frozenset(
    {"Joint", "Press", "Ministerial", "Leaders", "Leaders'", "The", "A", "This", "Our"}
)


def named_statements(doc: Doc) -> list[Found]:
    """Statements titled by a proper name ("the Galway Statement on Atlantic Ocean Cooperation,
    signed in 2013 by Canada, the European Union and the United States"), which the cue list (joint
    statement, joint communiqué) misses: joint statements, with the parties that signed them."""
    if "Statement" not in doc.text:
        return []
    out = []
    for match in _NAMED_STATEMENT.finditer(doc.text):
        words = match.group(1).split()
        while len(words) > 1 and words[0] in _OPENERS:
            words.pop(0)  # "The Galway Statement on ...": a sentence's article is no part of the name
        first = words[0]
        if first in _NOT_STATEMENT_NAME or first.upper() == first:
            continue
        word = doc.text.find("Statement", match.end(1))
        title, span = title_around(doc, word, word + len("Statement"))
        if title is None or not title.startswith(" ".join(words)):
            continue
        sentence = doc.sentence_of(match.start())
        parties = signed_by_parties(doc, span[1], sentence) or parties_of(doc, *span, sentence)
        date = date_for(doc, span, sentence, span)
        out.append(Found("joint_statement", parties, date, title, [span, sentence]))
    return out


# "..., signed in 2013 by Canada, the European Union and the United States": who signed it
_SIGNED_BY = re.compile(
    r"\b(?:signed|adopted|endorsed|issued|concluded|agreed)\b[^.;\n]{0,40}?\bby[ \t]+([^.;\n]{3,160}?)"
    r"(?=[.;]|,[ \t]+(?:which|who|that|and[ \t]+(?:has|have|was|were))\b|$)"
)


def signed_by_parties(doc: Doc, after: int, sentence: tuple[int, int]) -> list[str]:
    """The countries listed as an instrument's signatories right after it ("..., signed in 2013 by
    A, B and C"), when the list names two to four of them; else []."""
    reach = min(sentence[1], after + 200)
    if doc.text.find(" by ", after, reach) < 0:
        return []
    match = _SIGNED_BY.search(doc.text, after, reach)
    if match is None or match.start() - after > 40:
        return []
    codes = {str(m.attrs["code"]) for m in doc.in_span("country", *match.span(1))}
    return sorted(codes) if 2 <= len(codes) <= 4 else []


# A sentence that opens by telling what the instruments made just before were ("The instruments
# included a memorandum on ..., an agreement on ...", "The five documents signed comprise ..."): its
# instruments were made then
_RETOLD_LIST = re.compile(
    r"[\W_]{0,6}(?:The|These|Those)[ \t]+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:instruments|agreements|documents|accords|deals|texts|memoranda|pacts)[ \t]+"
    r"(?:(?:signed|inked|concluded|adopted)[ \t]+)?"
    r"(?:included|include|includes|comprised|comprise|covered|cover|were|are|range|ranged)\b"
)
_RETOLD_REACH = 2  # how many sentences before such a sentence its instruments' making may be dated
# "On the same occasion, ... exchanged a Letter of Intent": signed when the one before was.
_SAME_OCCASION = re.compile(
    r"\b(?:on|at|during) the same (?:occasion|ceremony|day|visit|event)\b|\bat the same time\b", re.IGNORECASE
)
# A letter of intent or a work plan that applicants submit ("Letter of Intent (required): 24 March",
# "submit a letter of intent by ...", "proposals must include a Work Plan"): a step of a call, not an
# instrument between partners.
_SUBMITTED_KINDS = frozenset({"letter_of_intent", "action_plan"})
_SUBMISSION = re.compile(
    r"\b(?:required|mandatory|optional|due|deadline|submit(?:ted|s)?|submission|upload(?:ed)?|applicants?|proposers?|"
    r"proposals?)\b",
    re.IGNORECASE,
)


def _submission(doc: Doc, start: int, end: int, kind: str) -> bool:
    """Whether a letter of intent (or work plan) at `start` is one that applicants submit to a call."""
    if kind not in _SUBMITTED_KINDS:
        return False
    sentence = doc.sentence_of(start)  # the line's part of it, found within the sentence
    line_start = doc.text.rfind("\n", sentence[0], start) + 1
    line_end = doc.text.find("\n", start, sentence[1])
    scope = (max(line_start, sentence[0]), sentence[1] if line_end < 0 else line_end)
    if _has_act(doc, *scope):
        return False
    return bool(_SUBMISSION.search(doc.text, *scope)) or _timetable_entry(doc, (start, end), scope[1])


# A timetable's entry: the cue alone at the head of a line (after a bullet or a table's bar), then
# a label's mark ("|", ":", a dash) and a date ("| Letter of intent | 15 April 2026 |", "- Letters
# of intent: 3 May"): a step of a call's schedule, not an instrument made.
_ENTRY_HEAD = re.compile(r"[ \t]*(?:[-*\u2022|][ \t]*)?(?:[*_]{1,2})?$")
_ENTRY_MARK = re.compile(r"[ \t*_]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[|:\u2013\u2014]|[ \t]-)[ \t*_]*")


def _timetable_entry(doc: Doc, cue: tuple[int, int], line_end: int) -> bool:
    """Whether the cue at `cue` opens a timetable's entry (`_ENTRY_HEAD`, `_ENTRY_MARK`) whose
    value is a date."""
    line_start = doc.text.rfind("\n", 0, cue[0]) + 1
    if _ENTRY_HEAD.match(doc.text, line_start, cue[0]) is None:
        return False
    mark = _ENTRY_MARK.match(doc.text, cue[1], line_end)
    if mark is None:
        return False
    return any(m.start == mark.end() for m in doc.in_span("date", mark.end(), line_end))


def _states_date(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Whether a sentence gives a calendar date of its own."""
    return any(is_calendar(m.attrs.get("value")) for m in doc.in_span("date", *sentence))


def _is_page_title(doc: Doc, start: int) -> bool:
    """Whether an instrument's title starting at `start` opens the page's first line, a short one
    ("Joint Statement of ..."): the page is the instrument, not a story about it."""
    title = title_line(doc.text, "#*")
    return title is not None and title[0] == start


# The sign-off line of an instrument's text: "Signed in London, 16 September 2025.", "Done at Seoul on
# 3 May 2026, in duplicate", "Adopted in Nairobi, 12 March 2027"
_SIGN_OFF = re.compile(r"[ \t*_]*(?:Signed|Done|Adopted|Issued)[ \t]+(?:at|in)[ \t]+[A-Z]")
_SIGN_OFF_LINES = 2  # how many lines from an instrument's word its sign-off line may stand


def _sign_off_date(doc: Doc, start: int) -> str | None:
    """The full date of a sign-off line ("Signed in London, 16 September 2025.") on the line of
    an instrument word or within `_SIGN_OFF_LINES` lines around it (a statement's closing lines
    name it and its signing), else None."""
    begin = start
    for _ in range(_SIGN_OFF_LINES + 1):
        begin = doc.text.rfind("\n", 0, max(0, begin - 1)) + 1 if begin > 0 else 0
    end = start
    for _ in range(_SIGN_OFF_LINES + 1):
        found = doc.text.find("\n", end + 1)
        end = len(doc.text) if found < 0 else found
    for line in re.finditer(r"[^\n]+", doc.text[begin:end]):
        if _SIGN_OFF.match(line.group()):
            at = begin + line.start()
            for m in doc.in_span("date", at, begin + line.end()):
                value = str(m.attrs.get("value") or "")
                if len(value) >= 10 and is_calendar(value):
                    return value[:10]
    return None


@functools.cache
def _occasion_title() -> re.Pattern[str]:
    """A word of instruments.yaml `occasion_words` (visit, summit, council, consultations...) in an
    instrument's title: the statement is the one that closes that occasion."""
    words = longest_first(yaml_words("instruments.yaml", "occasion_words")) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _closes_occasion(doc: Doc, kind: str, after: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether an undated statement (or declaration) is named after the occasion it closes ("Joint
    Statement of the third X-Y Council", "joint communiqué on the State Visit of ...", "Joint
    Declaration following the Summit"): the words right after its instrument word (to the end of its
    title, or of the phrase on the same line) name an occasion, its sentence giving no date or year
    (a past occasion's statement names its year). It is then dated as the occasion the text reports."""
    if kind not in _PAGE_TYPES or doc.in_span("date", *sentence):
        return False
    end = max(after[1], after[0] + _OCCASION_REACH)
    words = _OCCASION_AFTER.match(doc.text, after[0], min(end, sentence[1]))
    if words is None or _FOUR_DIGITS.search(words.group()):
        return False
    return _occasion_title().search(words.group()) is not None


_OCCASION_REACH = 100  # how far after a statement's word the occasion it closes may be named
# The phrase after a statement's word that may name its occasion: "of / on / at / following / after
# (the) ...", up to the end of the clause or line
_OCCASION_AFTER = re.compile(
    r"(?:[ \t]+(?:of|on|at|from|following|after|issued\s+at|adopted\s+at)|[ \t]*:|[ \t]+[\u2013\u2014-])"
    r"[ \t]+[^.;:!?<>\n]*",
    re.IGNORECASE,
)  # (or after a colon or a dash: "Joint Statement - Annual Leaders' Meeting")


def _closing_day(doc: Doc) -> str | None:
    """The day of the occasion a text reports, its own dateline first ("Stockholm, 11 June 2025":
    the statement's last day), else `_occasion_day`."""
    for m in doc.in_span("date", 0, min(len(doc.text), DATELINE_REACH)):
        value = str(m.attrs.get("value") or "")
        if len(value) >= 10 and is_calendar(value):
            return value[:10]
    return _occasion_day(doc)


# A page's title as markup gives it: "<title>X joint statement: May 2026</title>", "<h1>...</h1>"
_MARKUP_TITLE = re.compile(r"<(title|h1)\b[^<>]{0,200}>[^<>]{0,300}</\1>", re.IGNORECASE)


# What may follow a statement's word that titles its own page: the line's end, a separator, or its
# subject ("... joint statement: May 2026", "Joint declaration on Ocean Science - GOV.UK")
_TITLE_RIGHT = re.compile(r"[ \t]*(?:$|<|[:|\u2013\u2014(]|-[ \t]|(?:on|of|between|by)[ \t]+\S)", re.M)
_PAGE_TYPES = frozenset({"joint_statement", "declaration"})  # instruments a page is issued as


def _titles_page(doc: Doc, kind: str, start: int, end: int) -> bool:
    """Whether a statement's (or declaration's) word titles the page (`_in_title_line`) as its
    head noun, the words before it telling of no signing: the page is the statement ("UK-Japan
    ministers' joint statement: May 2026"), not a story about one ("X and Y sign joint statement")."""
    if kind not in _PAGE_TYPES or not _in_title_line(doc, start) or not _TITLE_RIGHT.match(doc.text, end):
        return False
    line_start = max(doc.text.rfind("\n", 0, start), doc.text.rfind(">", 0, start)) + 1
    return not _headline(doc.text[line_start:start])


def _in_title_line(doc: Doc, start: int) -> bool:
    """Whether an instrument word stands in the page's title (its first line, a short one, or its
    <title> or first <h1> element): the page is the instrument ("UK-Japan ministers' joint
    statement: May 2026")."""
    spans = doc.data.get("_title_spans")
    if spans is None:  # once per document
        spans = [m.span() for m in _MARKUP_TITLE.finditer(doc.text, 0, min(len(doc.text), 4000))][:2]
        line = title_line(doc.text, "#*")
        if line is not None and doc.text[line[0] : line[0] + 1] != "<":
            spans.append(line)
        doc.data["_title_spans"] = spans
    return any(a <= start < b for a, b in spans)


_BETWEEN_CLAUSE = re.compile(r"\bbetween\s+(.{3,160}?\s+and\s+[^,;]{3,120})")


def between_parties(doc: Doc, cue_end: int, sentence: tuple[int, int]) -> list[str]:
    """The countries of the two sides named in "<instrument> ... between A and B, ..." (of the
    countries written there or of the organisations named there), when they are two or three:
    the parties, whatever else the sentence names."""
    reach = min(sentence[1], cue_end + 200)
    if doc.text.find("between", cue_end, reach) < 0:  # the cheap test first
        return []
    match = _BETWEEN_CLAUSE.search(doc.text, cue_end, reach)
    if match is None or doc.text.find(".", cue_end, match.start()) >= 0:
        return []
    clause = match.span(1)
    orgs = [o for o in _organizations_in(doc, clause) if o.country]
    inside = SpanIndex([span for o in orgs for span in o.spans])  # ("the Ministry for Europe and ...")
    codes = {
        str(m.attrs["code"]) for m in doc.in_span("country", *clause) if not inside.covers(m.start, m.end)
    }
    codes |= {str(o.country) for o in orgs}
    return sorted(codes) if 2 <= len(codes) <= 3 else []


# A verb of signing right before an instrument word ("signed a memorandum", "separately signed a new
# letter of intent", "inked an"): the words before it name who signed
_SIGNED_BEFORE = re.compile(
    r"\b(?:signed|signs|sign|inked|inks|sealed|seals|concluded|co-?signed|countersigned)"
    r"(?:\s+[\w-]+){0,4}\s+$",
    re.IGNORECASE,
)
_WITH_AFTER = re.compile(r"[^.;:]{0,80}?\bwith\s+")  # "... signed a memorandum (on X) with Y"
_SUBJECT_REACH = 200  # how far before its verb a signer may be named
_WITH_REACH = 80  # how far after "with" the other signer may be named


def signatory_parties(doc: Doc, cue: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The countries of the two sides that a sentence names as the signers of an instrument:
    its subject before a verb of signing right before the instrument word ("JST and BRIN signed a
    memorandum", "the Philippine Space Agency and JAXA signed a memorandum", "DOST's Secretary and
    the Japanese Ambassador signed a letter of intent"), with the side after "with" ("PDC signed a
    memorandum with Xidian University"): their organisations' countries and the countries they
    name outside organisations' names. Exactly two countries, else []: then they may be any
    partners, not only the document's own pair (a survey of one country's ties with several)."""
    clause = max(sentence[0], doc.text.rfind(";", sentence[0], cue[0]) + 1, cue[0] - _SUBJECT_REACH)
    verb = _SIGNED_BEFORE.search(doc.text, clause, cue[0])
    if verb is None:
        return []
    sides = [(clause, verb.start())]
    after = _WITH_AFTER.match(doc.text, cue[1], sentence[1])
    if after is not None:
        sides.append((after.end(), min(sentence[1], after.end() + _WITH_REACH)))
    codes: set[str] = set()
    for start, end in sides:
        orgs = [o for o in _organizations_in(doc, (start, end)) if o.country]
        inside = SpanIndex([span for o in orgs for span in o.spans])
        codes |= {str(o.country) for o in orgs}
        codes |= {
            str(m.attrs["code"])
            for m in doc.in_span("country", start, end)
            if m.attrs.get("kind", "name") in PLACE_KINDS and not inside.covers(m.start, m.end)
        }
    return sorted(codes) if len(codes) == 2 else []


def refer_back(found: list[Found]) -> list[Found]:
    """ "The agreement was signed in Hanoi on 20 October": an untitled definite "agreement" after
    a named instrument of another type with the same parties is that instrument; its stated date
    replaces one the instrument only took from context."""
    out: list[Found] = []
    named: dict[tuple[str, ...], Found] = {}  # the last named instrument (not "agreement") per parties
    for item in found:
        target = named.get(tuple(item.parties)) if item.definite and item.type == "agreement" else None
        if target is not None and _other_year(target, item):
            target = None  # "the framework agreement ... signed in June 2022": an older instrument
        if target is None:
            out.append(item)
            if item.type != "agreement":
                named[tuple(item.parties)] = item
            continue
        if item.date and (target.date is None or (target.inferred and not item.inferred)):
            target.date, target.inferred = item.date, item.inferred
        target.spans += [s for s in item.spans if s not in target.spans][: max(0, 8 - len(target.spans))]
    return out


def _other_year(target: Found, item: Found) -> bool:
    """Whether an untitled agreement states, in its own sentence, a year other than the named
    instrument's: another, older or later instrument, not that one."""
    return bool(item.date and target.date and not item.inferred and item.date[:4] != target.date[:4])


_PAIR_DASHES = "\u2013\u2014/-"  # the marks that join the two countries of a pair ("Mexico–Spain")
_PAIR_JOINT = re.compile(rf"\s*(?:[{_PAIR_DASHES}]|\band\b)\s*")
_TITLE_PAIR_JOINT = re.compile(rf"\s*[\u2010{_PAIR_DASHES}]\s*")  # (in a title, no "and")


def pair_before(doc: Doc, cue_start: int) -> list[str]:
    """The countries of a pair written just before the instrument word ("a new Mexico–Spain
    memorandum"): they are its parties, whatever other countries the sentence names."""
    mentions = doc.in_span("country", max(0, cue_start - 80), cue_start)
    if not mentions or not doc.text[mentions[-1].end : cue_start].isspace():
        return []
    codes = _joined_codes(doc, mentions[::-1], _PAIR_JOINT)
    return sorted(set(codes)) if len(set(codes)) >= 2 else []


def _title_pair(doc: Doc, title: tuple[int, int]) -> list[str]:
    """The countries of a pair that opens an instrument's title ("the Kenya-EU Economic Partnership
    Agreement", "Chile–Norway Ocean Data Accord"): its parties, even when one of them is none of the
    document's partners (a trade agreement told in a text about another pair)."""
    mentions = doc.in_span("country", *title)
    if len(mentions) < 2 or mentions[0].start - title[0] > 4:
        return []
    codes = _joined_codes(doc, mentions, _TITLE_PAIR_JOINT)
    return sorted(set(codes)) if len(set(codes)) == 2 else []


def _joined_codes(doc: Doc, mentions: list[Mention], joint: re.Pattern[str]) -> list[str]:
    """The country codes of the run of `mentions` (in reading order or backwards) that opens the list
    and that only `joint` parts, one from the next."""
    codes = [str(mentions[0].attrs["code"])]
    for one, other in itertools.pairwise(mentions):
        first, second = (one, other) if one.start <= other.start else (other, one)
        if not joint.fullmatch(doc.text[first.end : second.start]):
            break
        codes.append(str(other.attrs["code"]))
    return codes


# How far before an instrument word the instrument told last may be named for its parties to carry
# over to an instrument whose sentence names none (characters).
NEAR_INSTRUMENT = 800


def _told_near(doc: Doc, found: list[Found], cue: int, sentence: tuple[int, int]) -> list[str]:
    """The parties of the instrument told just before (within `NEAR_INSTRUMENT`), for an instrument
    whose sentence names none of its own (or only one of them) in a text about several pairs: "On 9
    September, Kenya's ministry and Germany's BMFTR signed a joint declaration ... The declaration
    was signed by ...", "In 2018 Japan's MEXT and Vietnam's MOST signed a memorandum ... In November
    2023 the two governments issued a Joint Statement": the pair told, not the document's first."""
    partners = doc.data.get("partners") or []
    if len(partners) < 2 or not found:
        return []
    last = found[-1]
    if len(last.parties) < 2 or not last.spans or not 0 <= cue - last.spans[0][0] <= NEAR_INSTRUMENT:
        return []
    codes = sentence_codes(doc, sentence)
    if len(codes) > 1 or (codes and codes[0] not in last.parties):
        return []
    return list(last.parties)


def signers_parties(found: list[Found]) -> list[Found]:
    """`found`, where an instrument whose sentence names fewer than two of its parties (`guessed`:
    "- Framework agreement covers solar energy", "The agreement was signed by the Rector of the
    UPV") takes those of the one instrument of its type whose parties its own sentence or clause
    names, when there is exactly one such pair and it holds the codes the sentence does name: the
    document's first pair of partners is only a guess ("the University of Sonora and the UPV,
    Spain, signed a framework agreement" in a text that also names European programmes)."""
    own: dict[str, set[tuple[str, ...]]] = {}
    for item in found:
        if item.guessed is None and len(item.parties) >= 2:
            own.setdefault(item.type, set()).add(tuple(item.parties))
    for item in found:
        pairs = own.get(item.type, set())
        if item.guessed is not None and len(pairs) == 1:
            pair = next(iter(pairs))
            if set(item.guessed) <= set(pair):
                item.parties = list(pair)
    return found


def _told_before(found: list[Found], kind: str) -> list[str]:
    """The parties of the last instrument of this kind found so far ("The memorandum covers ...")."""
    return next((list(f.parties) for f in reversed(found) if f.type == kind), [])


def _inside_other(title: str, surface: str) -> bool:
    """Whether an agreement word stands inside the title of a memorandum or letter ("Memorandum of
    Agreement", "Letter of Intent and Agreement"), found as that one; not when the cue itself opens
    the title ("Letter of Agreement")."""
    heads = ("memorandum", "letter")
    return title.lower().startswith(heads) and not surface.lower().startswith(heads)


def _generic(doc: Doc, start: int, end: int | None = None) -> bool:
    """ "institutional agreements", "any agreement", "agreement of this kind", "letters of intent
    with several vendors" (the cue ending at `end`): not one instrument."""
    before = doc.text[max(0, start - 25) : start].lower()
    if _GENERIC.search(before):
        return True
    if end is not None and _OF_ITS_KIND.match(doc.text, end, min(len(doc.text), end + 30)):
        return True  # "the first agreement of its kind": a class the instrument told belongs to
    if end is not None and _IN_PRINCIPLE.match(doc.text, end, min(len(doc.text), end + 16)):
        return True  # "reached an agreement in principle": a step of talks, no instrument yet
    return end is not None and _WITH_MANY.match(doc.text, end, min(len(doc.text), end + 70)) is not None


def merge_instruments(found: list[Found], doc: Doc | None = None) -> list[Found]:
    """One agreement per (type, parties, date or title); undated mentions join a dated one."""
    out: list[Found] = []
    by_kind: dict[tuple[str, tuple[str, ...]], list[Found]] = {}
    for item in found:
        same = by_kind.setdefault((item.type, tuple(item.parties)), [])
        target = next((o for o in same if _same_instrument(o, item)), None) or _told_ahead(doc, same, item)
        if target is None:
            out.append(item)
            same.append(item)
            continue
        target.merged |= item.merged | {id(item)}
        if item.date and (not target.date or (target.inferred and not item.inferred)):
            # a date stated in a mention's own sentence beats one taken from context (a headline's
            # "joint statement signed in Brussels", dated by the page, then "signed ... yesterday")
            target.date, target.inferred = item.date, item.inferred
        if item.title and (not target.title or len(item.title) > len(target.title)):
            target.title = item.title
        if len(target.spans) < 8:
            target.spans += [s for s in item.spans if s not in target.spans]
        if item.introduced and not target.sides:  # (a headline's "the MoU", then "- a memorandum between")
            target.introduced, target.sides = True, item.sides
        target.orgs = target.orgs or item.orgs
        target.topic, target.words = target.topic | item.topic, target.words | item.words
        target.makers = target.makers | item.makers
        target.stated = target.stated or item.stated
        target.listed = target.listed or item.listed
        target.group = item.group if target.group is None else target.group
    return out


# "under the Science and Technology Cooperation Agreement", "within their framework agreement": an
# instrument named as the framework of the sentence's making
_UNDER_BEFORE = re.compile(
    r"\b(?:under|within|pursuant[ \t]+to)[ \t]+(?:the|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,3}$"
)


def _told_ahead(doc: Doc | None, same: list[Found], item: Found) -> Found | None:
    """ "When we signed the agreement, ..." then "The project agreement was signed in November
    2021": a pointed, untitled instrument told first, dated only by context (the page's day), is the
    one a later mention of its type and parties tells with a date of its own sentence, whatever year,
    when that mention holds its word (not "the protocol of the session" before an older "Agreement")."""
    if doc is None or len(same) != 1 or item.inferred or not item.date:
        return None
    first = same[0]
    loose = first.definite and first.inferred and not first.title and not first.merged
    if not loose or first.introduced or _told_apart(first, item):
        return None
    word = doc.text[slice(*first.spans[0])].split()[-1].lower()
    return first if word in doc.text[slice(*item.spans[0])].lower().split() else None


def _told_apart(a: Found, b: Found) -> bool:
    """Whether two instruments of the same type and parties, each introduced as one of its own,
    are two: their sides differ ("a memorandum between A and B", "a memorandum between C and D";
    A-B and A-C), or each has its own day stated ("a memorandum signed on 3 March", "a second
    memorandum, signed on 9 October")."""
    if a.orgs and b.orgs and not (a.orgs <= b.orgs or b.orgs <= a.orgs):
        return True  # ("the memorandum between A and B", "the memorandum between C and D")
    if a.group is not None and a.group == b.group:
        return True  # ("signed three memoranda": three)
    frame_a, frame_b = a.framework_of, b.framework_of
    if (frame_a is not None and frame_b is None and frame_a in b.spans) or (
        frame_b is not None and frame_a is None and frame_b in a.spans
    ):
        return True  # ("signed an exchange of notes under the ... Agreement": two)
    if b.apart_from in a.merged | {id(a)} or a.apart_from in b.merged | {id(b)}:
        return True  # ("signed a contract and a protocol")
    if a.row is not None and b.row is not None and a.row != b.row:
        return True  # (two rows of a table of instruments)
    if not (a.introduced and b.introduced):
        return False
    if a.separate or b.separate:
        return True  # ("X and Y signed a memorandum ...", "Z separately signed a memorandum with W")
    if a.sides and b.sides and not (a.sides <= b.sides or b.sides <= a.sides):
        return True
    if _topics_differ(a, b):
        return True  # ("signed a memorandum on renewable energy", "... a memorandum on cinema")
    days = a.date and b.date and len(a.date) >= 10 and len(b.date) >= 10
    return bool(days and a.stated and b.stated and a.date != b.date)


def _same_instrument(a: Found, b: Found) -> bool:
    if _told_apart(a, b):
        return False
    if a.date and b.date and a.date[:4] != b.date[:4]:
        return False
    if a.date and b.date and (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return True
    if a.title and b.title and a.date and b.date and key(a.title) != key(b.title):
        return a.date == b.date
    return True


def drop_bare(found: list[Found], doc: Doc | None = None) -> list[Found]:
    """An untitled, undated "agreement" beside other instruments refers to one of them, unless it
    is introduced as another one, then made ("A separate agreement was signed between ...")."""
    named = [f for f in found if f.title or f.date or f.type != "agreement"]
    if not named:
        return found
    return [
        f
        for f in found
        if f.title or f.date or f.type != "agreement" or f.listed or (doc is not None and _introduced(doc, f))
    ]


def _introduced(doc: Doc, item: Found) -> bool:
    """Whether an untitled agreement is introduced as one more instrument ("a separate agreement",
    "another agreement", `_INDEFINITE`) and its sentence then says it was made (signed, concluded...)."""
    (start, end), sentence = item.spans[0], item.spans[1]
    if _INDEFINITE.search(doc.text, max(0, start - 60), start) is None:
        return False
    return _has_act(doc, end, sentence[1])


@functools.cache
def _pointed() -> re.Pattern[str]:
    """The words before an untitled "agreement" that point at an instrument told elsewhere ("the
    agreement", "this agreement"), a word of instruments.yaml `pointing_modifiers` allowed between
    ("the renewed agreement", "their new agreement")."""
    modifiers = longest_first(yaml_words("instruments.yaml", "pointing_modifiers")) or "(?!)"
    return re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:(?:{modifiers})\s+)?$")


def fold_generic(found: list[Found], doc: Doc) -> list[Found]:
    """ "The agreement was sealed on Tuesday ... signed a memorandum of understanding": a pointed,
    untitled "agreement" (the common word for any instrument) in a text that names no agreement of
    its own with those parties, but one instrument of another type (a memorandum, a letter of
    intent) with them, is that instrument told in other words, before or after it; its date, stated
    in its own sentence, replaces one the instrument took from context. Not when its stated year is
    another one (an older instrument). When several could be meant, it joins the nearest (`_nearest`)."""
    out: list[Found] = []
    for item in found:
        if item.type != "agreement" or item.title or _titled_alike(found, item) or item.listed:
            out.append(item)
            continue
        others = [f for f in found if f.type != "agreement" and f.parties == item.parties]
        start = item.spans[0][0]
        if _pointed().search(doc.text, max(0, start - 30), start) is None and not _pointed_back(others, item):
            out.append(item)
            continue
        explicit = (
            item.date is not None
            and not item.inferred
            and (_explicit_year(doc, item) or _made_after(doc, item) or _signed_right_before(doc, item))
        )
        if explicit:
            others = [f for f in others if not f.date or not item.date or f.date[:4] == item.date[:4]]
        several = len(others) > 1 and not explicit and _bare_word(doc, item)
        if several:
            others = [_nearest(others, item)]  # (the one told nearest; it keeps its own date)
        if len(others) != 1:
            out.append(item)
            continue
        target = others[0]
        stale = target.date is None or (_from_context(doc, target) and not _from_context(doc, item))
        if not several and item.date and stale:
            target.date, target.inferred = item.date, item.inferred
        # (its evidence in the order of the text, as merged mentions' is)
        first, then = (item, target) if item.spans[0][0] < target.spans[0][0] else (target, item)
        spans = first.spans + then.spans
        target.spans = list(dict.fromkeys(spans))[:8]
    return out


def _titled_alike(found: list[Found], item: Found) -> bool:
    """Whether a titled agreement of the same parties could be the one an untitled "agreement"
    means: not one stated of another year (the older "1994 ... Agreement" a text recalls)."""
    return any(
        f.type == "agreement"
        and f.title
        and f.parties == item.parties
        and not (f.date and item.date and not f.inferred and f.date[:4] != item.date[:4])
        for f in found
    )


_NEXT_SENTENCE_GAP = 4  # how many characters (spaces, a paragraph break) may stand between two sentences


def _pointed_back(others: list[Found], item: Found) -> bool:
    """ "A and B signed a renewed agreement on Monday. The memorandum of understanding was signed
    by ...": an "agreement" told first and then, once, a definite instrument of another type that
    nothing before introduced ("the memorandum") is that instrument told in other words, in the
    very next sentence and on the same day."""
    if len(others) != 1 or len(item.spans) < 2:
        return False
    other = others[0]
    if len(other.spans) < 2 or not 0 <= other.spans[1][0] - item.spans[1][1] <= _NEXT_SENTENCE_GAP:
        return False
    same_day = not (other.date and item.date and other.date != item.date)
    return same_day and other.definite and not other.introduced and not other.title and not other.merged


def _made_after(doc: Doc, item: Found) -> bool:
    """Whether an instrument's own sentence tells it made after its word ("the cooperation agreement
    that A and B signed last week"): the date of its sentence is its own, even when written without
    a year, and an instrument of another year is not it."""
    (_, end), sentence = item.spans[0], item.spans[1] if len(item.spans) > 1 else item.spans[0]
    return bool(doc.in_span("date", end, sentence[1])) and _has_act(doc, end, sentence[1])


def _renewed_defined(doc: Doc, start: int, end: int) -> bool:
    """Whether a definite instrument is renewed in its sentence and told by a clause of its own
    ("renewed the memorandum that links their lasers"): made anew on the day its sentence tells."""
    return (
        _RENEWED_THE.search(doc.text, max(0, start - 20), start) is not None
        and _DEFINING_AFTER.match(doc.text, end) is not None
    )


def _signed_right_before(doc: Doc, item: Found) -> bool:
    """Whether an instrument's verb of making stands right before it ("last Friday signed in Mexico
    City the agreement that creates ..."): the date of its sentence is its own, even without a year."""
    start = item.spans[0][0]
    return (
        _SIGNED_THE.search(doc.text, max(0, start - 20), start) is not None
        or _SIGNED_AT_THE.search(doc.text, max(0, start - 70), start) is not None
        or _renewed_defined(doc, *item.spans[0])
    )


def _bare_word(doc: Doc, item: Found) -> bool:
    """Whether an instrument is written with the bare common word "agreement" (not "the supplementary
    protocol", "the treaty": words that name a kind of instrument of its own)."""
    start, end = item.spans[0]
    return doc.text[start:end].lower() == "agreement"


def _nearest(others: list[Found], item: Found) -> Found:
    """ "The renewed agreement" in a text telling a memorandum first signed in 2019 and renewed in
    2025 (two records of one instrument), or a memorandum and a letter of intent with the same
    parties: a pointed, untitled "agreement" whose own sentence writes no year is not one more
    instrument but one of those; it joins the one told nearest it in the text, whose date stays."""
    start = item.spans[0][0]
    return min(others, key=lambda f: min(abs(s - start) for s, _ in f.spans))


def _from_context(doc: Doc, item: Found) -> bool:
    """Whether an instrument's date was taken from context: marked so, or none of the dates of its
    sentence (a date nearer another instrument word of the sentence went to that one)."""
    if item.inferred or item.date is None or len(item.spans) < 2:
        return item.inferred
    values = [str(m.attrs.get("value") or "") for m in doc.in_span("date", *item.spans[1])]
    return not any(value.startswith(item.date) for value in values)


def _explicit_year(doc: Doc, item: Found) -> bool:
    """Whether an instrument's sentence writes a year out (not only "last month", "the same period");
    or, for mentions merged into one, whether a later one's sentence writes out the year of its date
    ("the five-year agreement ..." then "a cooperation agreement signed in 2013")."""
    sentence = item.spans[1] if len(item.spans) > 1 else item.spans[0]
    if any(_FOUR_DIGITS.search(m.text) for m in doc.in_span("date", *sentence)):
        return True
    year = (item.date or "")[:4]
    return bool(year) and any(
        year in m.text and str(m.attrs.get("value") or "").startswith(year)
        for span in item.spans[2:]
        for m in doc.in_span("date", *span)
    )


@component("agreements")
def make_agreements() -> Component:
    """Find formal instruments (record ``agreements``)."""

    def run(doc: Doc) -> None:
        found = signers_parties(find_instruments(doc)) + named_statements(doc)
        for item in drop_bare(fold_generic(merge_instruments(refer_back(found), doc), doc), doc):
            if not item.parties:
                continue
            doc.record.agreements.append(
                Agreement(item.type, item.parties, item.date, item.title, item.spans[:4])
            )

    return run
