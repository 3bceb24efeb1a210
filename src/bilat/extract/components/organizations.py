"""Organisations: known ones (reference index, resolved with context), acronym definitions and
capitalised names headed by Ministry / Agency / Council / Institute / University / ... ."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import ahocorasick_rs

from bilat.extract.components.acronyms import common_noun_acronyms, is_acronym
from bilat.extract.components.gazetteer import CITY_KINDS, reference
from bilat.extract.components.org_predecessors import separate_predecessors
from bilat.extract.components.people import HYPHENATED_GIVEN, name_texts, post_nominals
from bilat.extract.doc import Doc, Mention, SpanIndex
from bilat.extract.matching import finditer_from
from bilat.extract.naming import (
    WORD_EDGES,
    countries_in,
    country_before,
    country_in_sentence,
    key,
    kind_of,
    names_state,
    one_line,
    states_in,
    vocabulary_hits,
    words_of,
)
from bilat.extract.org_airlines import airline_country_words, airline_names
from bilat.extract.org_appositives import (
    appositive_names,
    company_names,
    company_nouns,
    listed_companies,
    lower_offices,
    titled_companies,
)
from bilat.extract.org_firms import firm_names
from bilat.extract.org_missions import fold_seat_only_missions, mission_names, settle_seat_only_missions
from bilat.extract.org_short_forms import fold_closing_acronyms, fold_organs, fold_short_forms
from bilat.extract.owners import dateline_country, reference_entries, settle_by_home, sole_owner
from bilat.extract.phrases import Phrase, Token, name_phrases, name_phrases_at, name_words
from bilat.extract.record import Organization
from bilat.extract.reference import countries as country_table
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_lines, load_yaml, longest_first, yaml_alternation, yaml_words
from bilat.extract.sides import side_country

if TYPE_CHECKING:
    from bilat.extract.reference.organizations import OrgEntry

LEADING_DROP = frozenset(
    {
        "About",
        "The",
        "A",
        "An",
        "Its",
        "Their",
        "Our",
        "This",
        "Both",
        "Each",
        "Dear",
        "LATEST",
        "Contact",
        "Photo",
        "Source",
        "Link",
        "Note",
        "Background",
        "Release",
    }
)


MISSION_HEADS_IN_ORDER = ("Embassy", "Delegation", "Consulate")  # diplomatic missions, named by country
MISSION_HEADS = frozenset(MISSION_HEADS_IN_ORDER)
TITLE_PREFIXES = frozenset({"Executive", "Deputy", "Vice", "Chief", "Senior", "Assistant", "Acting", "First"})


@dataclass
class Candidate:
    """An organisation found once, before merging."""

    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    country_sure: bool = False
    ror: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    international: bool = False  # a curated international body: no country, wherever it sits
    branch: bool = False  # a known body's campus in another country ("X University in CITY")

    def name_keys(self) -> set[str]:
        """Comparison keys of every name."""
        if not self.aliases:
            return {key(self.name)} if self.name else set()
        return {key(n) for n in {self.name, *self.aliases} if n}


_PARENTHESIS_FIRST = re.compile(r"^\s*\([^()\n]{0,30}\)")


def _after_word(doc: Doc, end: int) -> str:
    rest = _PARENTHESIS_FIRST.sub("", doc.text[end : end + 60]).lstrip(" )")
    words = rest.split(None, 1)
    return words[0].strip(".,;:") if words else ""


def definition_candidates(doc: Doc) -> list[Candidate]:
    """Organisations defined with an acronym ("Full Name (ACR)")."""
    out = []
    kinds: dict[str, str | None] = doc.data.setdefault("acronym_kind", {})
    known_programmes = {m.span for m in doc.layer("programme_ref")}  # ("Data Free Flow with Trust (DFFT)")
    for mention in doc.layer("acronym_def"):
        long, short = mention.attrs["long"], mention.attrs["short"]
        if is_time_zone(long, short) or "|" in long:  # (a long form run over a table's cell border)
            continue
        after = _after_word(doc, max(mention.attrs["short_span"][1], mention.attrs["long_span"][1]))
        kind = kind_of(long, after) or _unit_kind(long, short, after)
        translation = mention.attrs.get("translation_span")
        if (
            kind != "org"
            and translation
            and kind_of(doc.text[translation[0] : translation[1]], after) == "org"
        ):
            kind = "org"
        if (kind is None and _known_org(short) and not _policy_named(doc, mention.attrs, after)) or (
            kind == "programme" and _known_org(short, curated=True)
        ):
            kind = "org"
        if kind == "programme" and _programme_unit(long):
            kind = "org"
        if kind is None and _described_as_body(doc, mention.attrs["short_span"][1]):
            kind = "org"  # ("Japan Advanced Semiconductor Manufacturing (JASM), a unit of TSMC")
        known_programme = tuple(mention.attrs["long_span"]) in known_programmes
        if kind == "org" and known_programme and not _known_org(short, curated=True):
            kind = "programme"  # a known programme whose head reads as a body's ("... with Trust")
        kinds[short] = kind
        if kind != "org":
            continue
        out.append(_definition_candidate(doc, mention.attrs))
    return out


# ", a majority-owned unit of ...", ", the state-run company that ...": an apposition after a
# definition's bracket that calls the name a body (org_heads.yaml `company_nouns`, `owned_body_nouns`).
_DESCRIBED_AFTER = re.compile(
    r"\)?,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<noun>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:of|that|which|based|in|for|owned|run)\b)"
)


@functools.cache
def _body_nouns() -> frozenset[str]:
    """The nouns that call a name a body (org_heads.yaml `company_nouns`, `owned_body_nouns`)."""
    return company_nouns() | yaml_words("org_heads.yaml", "owned_body_nouns")


def _described_as_body(doc: Doc, short_end: int) -> bool:
    """Whether the apposition after a definition's short form calls the name a body: "(JASM), a
    majority-owned unit of TSMC", "(KSS), a Nairobi-based start-up"."""
    found = _DESCRIBED_AFTER.match(doc.text, short_end)
    if found is None:
        return False
    nouns = _body_nouns()
    noun = found.group("noun")
    return noun in nouns or noun.split()[-1] in nouns


# "under its National X Strategy (NSS)", "under Japan's Official Y Assistance (OSA)": a long form
# that "under" opens (after an optional owner) is a framework that something is done under.
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:(?:the|its|their|his|her|our)\s+|[A-Z][\w.-]*['’]s\s+)?$")


def _policy_named(doc: Doc, attrs: dict[str, Any], after: str) -> bool:
    """True for a long form with no head word that names a policy, a plan or an aid scheme rather
    than a body: its last or first word or the lower-case noun after its acronym is a policy noun
    (org_heads.yaml `policy_nouns`: "National Semiconductor Strategy (NSS)", "Programa de Cooperación
    Internacional (PCI)", "the Bio-Circular-Green (BCG) economy model"), or "under" opens it. Such
    a long form does not become an organisation only because the registry knows some other body by
    the same letters."""
    nouns = yaml_words("org_heads.yaml", "policy_nouns")
    words = words_of(attrs["long"])
    if (words and (words[-1].lower() in nouns or words[0].lower() in nouns)) or after.lower() in nouns:
        return True
    if words and words[-1].lower() in yaml_words("org_heads.yaml", "non_body_nouns"):
        return True  # a role or a step of work ("Lead Principal Investigator (LPI)", "Design Review (CDR)")
    start = attrs["long_span"][0]
    return _UNDER_BEFORE.search(doc.text, max(0, start - 40), start) is not None


# The head of a name before its first joining word ("Program Management Unit" of "Program
# Management Unit for Human Resources ...").
_HEAD_PART = re.compile(r"[^,;&()]*?(?=\s+(?:for|of|on|in|and|to|at)\s|[,;&(]|$)")


def _programme_unit(long: str) -> bool:
    """True for a body that runs a programme, named after it: a programme word before the name's
    own head ("Program Management Unit for ...", "Project Management Office", "Programme
    Secretariat for ..."), not a programme ("Programme for Research Infrastructures")."""
    match = _HEAD_PART.match(long)
    words = match.group(0).split() if match else []
    return len(words) >= 2 and words[-1] in yaml_words("org_heads.yaml", "programme_unit_heads")


# "CSIR–Institute of ...": a parent's acronym joined by a dash to the name of one of its units.
_PARENT_PREFIX = re.compile(r"([A-Z]{2,8})\s?[-–—]\s?(?=[A-Z][a-z])")


def _unit_kind(long: str, short: str, after: str) -> str | None:
    """The kind of a unit named after its parent's acronym ("CSIR–Institute of Minerals and
    Materials Technology (CSIR-IMMT)"), when its own acronym starts with the parent's: the kind of
    the name after the dash (the dash glues the parent to the head word)."""
    prefix = _PARENT_PREFIX.match(long)
    if not prefix or not short.startswith(prefix.group(1)) or len(short) <= len(prefix.group(1)) + 1:
        return _named_unit_kind(long, short)
    return kind_of(long[prefix.end() :], after)


# "DLR Projektträger (DLR-PT)": a known body's acronym, then the unit's own word(s).
_PARENT_WORD = re.compile(r"([A-Z][A-Za-z]{1,7})\s+(?=[A-Z])")
_PARENT_IN_SHORT = re.compile(r"([A-Z][A-Za-z]{1,7})[-–\s][A-Z]")


def _named_unit_kind(long: str, short: str) -> str | None:
    """ "org" for a unit named by its parent's acronym and a word of its own ("DLR Projektträger
    (DLR-PT)"), whose acronym starts with the parent's, a curated organisation."""
    prefix = _PARENT_WORD.match(long)
    in_short = _PARENT_IN_SHORT.match(short)
    if not prefix or not in_short or prefix.group(1) != in_short.group(1) or not prefix.group(1).isupper():
        return None
    return "org" if _known_org(prefix.group(1), curated=True) else None


@functools.cache
def _office_at() -> re.Pattern[str]:
    """An office and "at" opening a long form before the body's name ("Deputy Minister at the ")."""
    titles = longest_first(_office_titles())
    prefixes = "|".join(sorted(TITLE_PREFIXES))
    return re.compile(rf"(?:(?:{prefixes})[ \t]+)*(?:{titles})[ \t]+at[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _without_office_at(doc: Doc, attrs: dict[str, Any]) -> tuple[int, int]:
    """The span of a definition's long form after an office joined to it by "at" ("Deputy Minister
    at the Ministry of Regional Development (MMR)": the ministry), else the long form's span."""
    long_start, long_end = attrs["long_span"]
    office = _office_at().match(doc.text, long_start, long_end)
    if office is None or name_words()[0].isdisjoint(doc.text[office.end() : long_end].split()):
        return long_start, long_end
    return office.end(), long_end


def _definition_candidate(doc: Doc, attrs: dict[str, Any]) -> Candidate:
    """The organisation of one acronym definition, named by its translation when it has one
    ("Foundation for Science and Technology (Fundação para a Ciência e a Tecnologia, FCT)")."""
    long_start, long_end = _without_office_at(doc, attrs)
    spans = [(long_start, long_end), tuple(attrs["short_span"])]
    translation = attrs.get("translation_span")
    if not translation:
        candidate = Candidate(_clean(doc.text[long_start:long_end]), {attrs["short"]}, spans=spans)
        _place(doc, candidate, long_start, long_end)
        return candidate
    english = _clean(doc.text[translation[0] : translation[1]])
    candidate = Candidate(
        english, {attrs["short"], _clean(attrs["long"])}, spans=[tuple(translation), *spans]
    )
    _place(doc, candidate, translation[0], translation[1])
    return candidate


@functools.cache
def _time_zones() -> frozenset[str]:
    return frozenset(load_yaml("timezones.yaml").get("zones", {}))


def is_time_zone(long: str, short: str) -> bool:
    """ "Brasília time (BRT)": a time zone defined with its abbreviation, not an organisation."""
    return short in _time_zones() or long in _time_zones() or long.lower().endswith(" time")


def _known_org(short: str, curated: bool = False) -> bool:
    """True when the reference knows an organisation by this acronym (a curated one if asked)."""
    entries = reference_entries(short)
    return any(getattr(e, "curated", False) for e in entries) if curated else bool(entries)


_OWNER_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z0-9*&-]{1,12})(?:['’]s\s+|[ \t]+)$")


def _owner_country(doc: Doc, start: int) -> str | None:
    """The country of a curated body named by its acronym (in the possessive or not) before a
    unit's name ("A*STAR's Institute of ...", "the A*STAR Institute for ..."), when all its curated
    entries agree."""
    found = _OWNER_BEFORE.search(doc.text, max(0, start - 20), start)
    return (
        _acronym_country(doc, found.group(1)) if found and found.group(1).upper() == found.group(1) else None
    )


def _leading_owner_country(doc: Doc, name: str) -> str | None:
    """The country of a body whose acronym opens a unit's name ("A*STAR Institute of Materials
    Research and Engineering"): `_acronym_country`."""
    first, _, rest = name.partition(" ")
    if not rest or not _acronym(first) or kind_of(rest) != "org":
        return None
    return _acronym_country(doc, first)


def _acronym_country(doc: Doc, acronym: str) -> str | None:
    """The country of the curated body known by `acronym` (`_curated_country`), when it is one of
    the two sides or more that the text is about, unless the text defines the acronym for another
    body: then the state its long form names, or the curated body's country when the long form is
    that body's name ("Czech Academy of Sciences (CAS)" is not the Chinese one)."""
    long = doc.data.get("acronyms", {}).get(acronym)
    if long is None:
        partners = doc.data.get("context_countries") or ()
        found = _curated_country(acronym, partners)
        return found if len(partners) < 2 or found in partners else None  # (not "CAS" in a Czech text)
    for _, _, code, _ in country_table().spans(long):
        return str(code)
    curated = [e for e in reference_entries(acronym) if getattr(e, "curated", False)]
    named = {getattr(e, "country", None) for e in curated if key(e.name) == key(long)}
    return named.pop() if len(named) == 1 else None


_PARENT_NAME = re.compile(r"([A-Z][a-z]{3,})\s+(?=[A-Z])")


def _parent_country(name: str, partners: Sequence[str] = ()) -> str | None:
    """The country of the curated body whose acronym starts a unit's name ("DLR Projektträger",
    "CSIR–Institute of ..."), when all its curated entries agree or only one of them is of a country
    the text is about (`partners`: "CSIR-National Chemical Laboratory" in a text on India); also of
    the curated body whose one-word name starts it ("Fraunhofer Institute for ...")."""
    prefix = _PARENT_WORD.match(name) or _PARENT_PREFIX.match(name)
    if prefix is not None and prefix.group(1).isupper():
        return _curated_country(prefix.group(1), partners)
    named = _PARENT_NAME.match(name)
    if named is None or named.group(1) in name_words()[0]:
        return None
    if named.group(1) in load_lines("name_stopwords.txt"):
        return None
    return _curated_country(named.group(1))


_UNIVERSITY_OF_CITY = re.compile(r"\bUniversity\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)$")


def _stoplisted_city_country(doc: Doc, name: str) -> str | None:
    """The country of the city that ends a university's name ("University of Adelaide", "University
    of Reading") when that city is on the stoplist of running text (a person's name, a common word),
    so that no mention placed it: after "University of" the word is the place. Only a country the
    document is about counts (the city table's namesake may be another country's: "Surrey")."""
    found = _UNIVERSITY_OF_CITY.search(name)
    if found is None:
        return None
    city = country_table().city(found.group(1))
    if city is None or city.country not in set(doc.data.get("context_countries") or ()):
        return None
    return city.country


@functools.cache
def _state_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The name forms that only one state uses (org_heads.yaml `state_forms`) and their states."""
    forms = {
        " ".join(str(k).split()): str(v)
        for k, v in (load_yaml("org_heads.yaml").get("state_forms") or {}).items()
    }
    pattern = re.compile(rf"(?:[Tt]he\s+)?({longest_first(forms)})\s" if forms else "(?!)")
    return pattern, forms


def _state_form_country(name: str) -> str | None:
    """The state of a body whose name opens with a form only that state's administration uses
    ("State Department for Mining": Kenya's)."""
    pattern, forms = _state_forms()
    found = pattern.match(name)
    return forms.get(" ".join(found.group(1).split())) if found else None


@functools.cache
def _legal_form_ends() -> tuple[tuple[str, str], ...]:
    """(" <form>", state) of the legal forms only one state uses (org_heads.yaml
    `legal_form_countries`), the longest first."""
    forms = load_yaml("org_heads.yaml").get("legal_form_countries") or {}
    return tuple(sorted(((" " + str(k), str(v)) for k, v in forms.items()), key=lambda kv: -len(kv[0])))


def _legal_form_country(name: str) -> str | None:
    """The state of a company whose name ends with a legal form only that state uses ("Kinta
    Technology Holdings Bhd": Malaysia's)."""
    if not name.endswith(_legal_form_suffixes()):
        return None  # (a quick test: most names end with no such form)
    return next((state for form, state in _legal_form_ends() if name.endswith(form)), None)


@functools.cache
def _legal_form_state_ends() -> tuple[tuple[str, frozenset[str]], ...]:
    """(" <form>", states) of the legal forms a few states use (org_heads.yaml
    `legal_form_states`), the longest first."""
    forms = load_yaml("org_heads.yaml").get("legal_form_states") or {}
    ends = ((" " + str(k), frozenset(str(c) for c in v)) for k, v in forms.items())
    return tuple(sorted(ends, key=lambda kv: -len(kv[0])))


def _legal_form_partner(name: str, partners: Sequence[str]) -> str | None:
    """The one partner of the text among the states whose company law has the legal form that ends
    `name` ("Hybrit Development AB" in a Swedish-Japanese text: Swedish)."""
    if not partners:
        return None
    states = next((states for form, states in _legal_form_state_ends() if name.endswith(form)), frozenset())
    found = states.intersection(partners)
    return next(iter(found)) if len(found) == 1 else None


@functools.cache
def _legal_form_suffixes() -> tuple[str, ...]:
    """The forms of `_legal_form_ends`, for one `str.endswith` test."""
    return tuple(form for form, _ in _legal_form_ends())


def _curated_country(acronym: str, partners: Sequence[str] = ()) -> str | None:
    """The country of the curated bodies known by `acronym`, when there is exactly one, or exactly
    one of `partners` (the countries a text is about) among several."""
    curated = [e for e in reference_entries(acronym) if getattr(e, "curated", False)]
    countries = {getattr(e, "country", None) for e in curated}
    if len(countries) > 1 and partners:
        countries &= set(partners)
    return countries.pop() if len(countries) == 1 else None


_OPENING_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}(?=[ \t])")


def _office_owner(doc: Doc, inside: list[Mention], start: int, end: int) -> str | None:
    """The country of the body whose acronym opens a name of its office abroad: the acronym, then
    only a place ("KOICA Kenya", "JSPS Africa") or an office word among the capitalised words
    ("DAAD Regional Office in Nairobi", "JICA Kenya Office"), the places of another country than
    the acronym's curated body."""
    found = _OPENING_ACRONYM.match(doc.text, start, end)
    if found is None:
        return None
    home = _curated_country(found.group())
    if home is None or any(m.attrs["code"] == home for m in inside):
        return None
    rest = doc.text[found.end() : end].split()
    words = {w.lower() for w in rest}
    offices = yaml_words("org_heads.yaml", "office_abroad_words")
    place_only = len(inside) == 1 and inside[0].start == found.end() + 1 and inside[0].end == end
    return home if place_only or any(w in offices for w in words) else None


def _clean(name: str) -> str:
    words = name.split()
    while words and (words[0] in LEADING_DROP or words[0].endswith(("'s", "’s"))):
        words.pop(0)
    return " ".join(words).strip(" ,;:")


def _place(doc: Doc, candidate: Candidate, start: int, end: int) -> None:
    """Set the country from the name itself, a possessive before it, the seat named right after it
    ("... (ACR) in Hanoi"), or the sentence."""
    inside = states_in(doc, start, end)
    inside += doc.in_span("city", start, end)
    nation = _nation_after_head(doc, inside, start)
    if nation is not None:  # ("Bureau Français de Taipei": the nation, not the seat)
        candidate.country, candidate.country_sure = nation, True
        return
    owner = _office_owner(doc, inside, start, end) if inside else None
    if owner is not None:  # ("DAAD Regional Office in Nairobi", "KOICA Kenya": the body's office abroad)
        candidate.country, candidate.country_sure = owner, True
        return
    if len({m.attrs["code"] for m in inside}) > 1:  # a bilateral body ("Korea–Viet Nam Institute")
        seat = _seat_after(doc, end) or (dateline_country(doc) if _paired_states(doc, inside) else None)
        inside = [m for m in inside if m.attrs["code"] == seat] or inside
    unions = yaml_words("org_heads.yaml", "union_codes")
    if inside:
        # (a city in the name may be another country's namesake: "University of San Juan")
        sure = inside[0].attrs.get("kind") not in CITY_KINDS or inside[0].start == start
        if inside[0].attrs["code"] in unions and inside[0].attrs.get("kind") == "adjective":
            sure = False  # ("European Institute for ...": a body seated in one member state)
        candidate.country, candidate.country_sure = str(inside[0].attrs["code"]), sure
        return
    stopped = _stoplisted_city_country(doc, doc.text[start:end])
    if stopped is not None:  # ("University of Adelaide": a city never read as a place in prose)
        candidate.country, candidate.country_sure = stopped, True
        return
    region = _region_country(doc, doc.text[start:end])
    if region is not None:  # ("Minas Gerais State Research Support Foundation": Brazil's)
        candidate.country, candidate.country_sure = region, True
        return
    if _unnamed_joint_body(doc.text[start:end]):
        candidate.country, candidate.country_sure = None, True
        return
    before = (
        _of_country_after(doc, end)
        or _described_country_after(doc, end)
        or _leading_owner_country(doc, doc.text[start:end])
        or _country_before_unlisted(doc, start)
        or _seat_after(doc, end)
        or _state_after_acronym(doc, end)
        or _letterhead_country(doc, start, end)
        or side_country(doc, start)
        or _parent_country(doc.text[start:end], doc.data.get("context_countries") or ())
        or _owner_country(doc, start)
        or _state_form_country(doc.text[start:end])
        or _legal_form_country(doc.text[start:end])
        or _legal_form_partner(doc.text[start:end], doc.data.get("context_countries") or ())
    )
    if before:
        candidate.country, candidate.country_sure = before, before not in unions
        return
    candidate.country = _sentence_country(doc, start) or _pair_seat_after(doc, end)
    candidate.country_sure = sole_owner(doc, start, end, candidate.country)


def _paired_states(doc: Doc, inside: list[Mention]) -> bool:
    """Whether the first two states named inside a name are a pair joined by a dash, a hyphen or
    a slash ("Korea–Uzbekistan ICT Centre"), not a mission's sender and seat ("Embassy of X in Y")."""
    first, second = sorted(inside, key=lambda m: m.start)[:2]
    return doc.text[first.end : second.start] in _PAIR_JOINS


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_NAME_RUN_WORD = r"(?:[A-Z][\w&'’.-]*|of|for|and|the|on|de|du|des|la|&)"
# (a capitalised name run after the qualifier, its acronym, then a joint before the name placed)
_OTHER_BODY_GAP = re.compile(
    rf"(?:['’]s)?[ \t]+{_NAME_RUN_WORD}(?:[ \t]+{_NAME_RUN_WORD}){{0,12}}(?:[ \t]+\([^()\n]{{1,15}}\))?"
    r",?[ \t]+(?:and|with|or|as well as)[ \t]+(?:the[ \t]+)?"
)


# A side that closes the list before it: "on the Norwegian side, and ..."
_SIDE_CLOSING = re.compile(r"[ \t]+side\b[ \t]*[,;]")
# (a name's last word right before: not "On the Israeli side, ..." opening a sentence)
_NAME_BEFORE_SIDE = re.compile(r"(?:[A-Z][\w&.-]*|\))[ \t]+on[ \t]+the[ \t]+$")


def _sentence_country(doc: Doc, start: int) -> str | None:
    """The nearest country named earlier in the sentence of `start` (`country_in_sentence`), passing
    over a nation's adjective or a city that opens another, listed name ("the French National Research
    Institute ... (IRD) and Cheikh Anta Diop University", "Brno University of Technology and ..."):
    that country is the other body's own. (A
    possessive may stand for both: "the UK's Financial Conduct Authority and Prudential Regulation
    Authority".)"""
    sent_start, _ = doc.sentence_of(start)
    places = states_in(doc, sent_start, start) + doc.in_span("city", sent_start, start)
    places.sort(key=lambda m: m.start)
    for mention in reversed(places):
        naming = mention.attrs.get("kind") == "adjective" or mention.attrs.get("kind") in CITY_KINDS
        in_name = naming and _CAPITAL_NEXT.match(doc.text, mention.end)
        if in_name and _OTHER_BODY_GAP.fullmatch(doc.text, mention.end, start):
            continue
        if _SIDE_CLOSING.match(doc.text, mention.end) and _NAME_BEFORE_SIDE.search(
            doc.text, max(0, mention.start - 40), mention.start
        ):
            continue  # ("..., Nofima and SINTEF Ocean on the Norwegian side, and from ...": the words before)
        code = str(mention.attrs["code"])
        visitors = mention.attrs.get("kind") == "adjective" or doc.text.startswith(("'s", "’s"), mention.end)
        if visitors and _visit_verb().search(doc.text, mention.end, start):
            # ("the Korean delegation visited IT Park": the visitors' country; the host is the other
            # of the two the text is about)
            about = set(doc.data.get("context_countries") or ())
            hosts = about - {code}
            return hosts.pop() if len(about) == 2 and len(hosts) == 1 else None
        return code
    return None


@functools.cache
def _visit_verb() -> re.Pattern[str]:
    """A verb of visiting (org_heads.yaml `visit_verbs`): what its subject visits is the host's."""
    verbs = yaml_words("org_heads.yaml", "visit_verbs")
    return re.compile(rf"(?<![\w-])(?:{longest_first(verbs)})(?![\w-])" if verbs else "(?!)")


def _unnamed_joint_body(name: str) -> bool:
    """ "the Joint Working Group", "Joint Commission on ...": a joint body of a kind that two
    countries run together (org_heads.yaml `binational_heads`), its pair unnamed; neither side's."""
    words = name.split()
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    if len(words) < 2 or words[0] != "Joint":
        return False
    return _binational_heads().search(" ".join(words[:4])) is not None


@functools.cache
def _regions() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A whole-word pattern of the first-level regions in regions.yaml, and each one's codes."""
    codes: dict[str, list[str]] = {}
    for code, names in load_yaml("regions.yaml").get("regions", {}).items():
        for name in names:
            codes.setdefault(str(name), []).append(str(code))
    pattern = re.compile(rf"(?<![\w-])(?:{longest_first(codes)})(?![\w-])")
    return pattern, {name: tuple(found) for name, found in codes.items()}


_RUN = re.compile(r"[\w-]+")


@functools.cache
def _region_runs() -> frozenset[str] | None:
    """The first run of word characters and hyphens of each region's name: a region told in a text
    (with no word character or hyphen on either side) makes that run one of the text's own runs.
    None when some region begins otherwise (no such test then)."""
    runs = set()
    for name in _regions()[1]:
        run = _RUN.match(name)
        if run is None:
            return None
        runs.add(run.group())
    return frozenset(runs)


def _region_country(doc: Doc, name: str) -> str | None:
    """The country of the one region that a body's name holds ("Amazonas State Research Support
    Foundation"); a region of several countries only when the document names just one of them."""
    runs = _region_runs()
    if runs is not None and runs.isdisjoint(_RUN.findall(name)):
        return None  # (no region can match: the pattern finds none)
    pattern, codes = _regions()
    found = {code for match in pattern.finditer(name) for code in [codes[match.group()]]}
    if len(found) != 1:
        return None
    options = found.pop()
    if len(options) == 1:
        return options[0]
    named = {str(m.attrs["code"]) for m in doc.layer("country")}
    chosen = [code for code in options if code in named]
    return chosen[0] if len(chosen) == 1 else None


PARAGRAPH_REACH = 700  # characters before a sentence that its paragraph may cover
# Where a paragraph (or a list item, a table cell) opens: a blank line, or an HTML block tag.
_BLOCK_OPENING = re.compile(
    r"\n[ \t]*\n|<(?:p|li|td|th|dd|dt|h[1-6]|div|section|article)\b[^<>]{0,200}>", re.I
)


def settle_by_scene(doc: Doc, groups: list[Candidate]) -> None:
    """Place an organisation that nothing else placed (not its name, its seat, its parent, its
    sentence) in the one country of the paragraph that leads up to one of its mentions by name: a
    later paragraph that names it by its acronym alone tells of a body introduced before it."""
    for group in groups:
        if group.country or group.international:
            continue
        named = [
            (s, e) for s, e in sorted(group.spans) if " " in doc.text[s:e] or not is_acronym(doc.text[s:e])
        ]
        for start, _ in named[:5]:
            scene = None if country_in_sentence(doc, start) else _country_of_paragraph(doc, start)
            if scene:
                group.country = scene
                break


_FEDERAL_NAME = re.compile(r"(?:[Tt]he\s+)?Federal\s+[A-Z]")


def settle_federal(doc: Doc, groups: list[Candidate]) -> None:
    """Place a body whose name in the text opens with "Federal" ("the Federal Ministry of Finance",
    "Federal Ministry for Economic Cooperation and Development") in the one federation among the
    document's likely partners (org_heads.yaml `federations`), when nothing placed it in a
    federation: a Nigeria-China text's "Federal Ministry of Finance" is Nigeria's, not the Chinese
    registry entry that its shorter name matched. A registry entry so overruled is dropped, with
    its names that the text does not use."""
    federations = yaml_words("org_heads.yaml", "federations")
    federal_names = [
        g
        for g in groups
        if not g.international
        and g.country not in federations
        and any(_FEDERAL_NAME.match(n) for n in (g.name, *g.aliases))
    ]
    partners = set(doc.data.get("context_countries") or ()) & federations if federal_names else set()
    if len(partners) != 1:
        return
    federal = partners.pop()
    for group in federal_names:
        if group.ror:
            group.ror = None
            group.aliases = {a for a in group.aliases if a in doc.text}
            if group.name not in doc.text and group.aliases:
                group.name = max(group.aliases, key=len)
                group.aliases.discard(group.name)
        group.country, group.country_sure = federal, True


def _country_of_paragraph(doc: Doc, start: int) -> str | None:
    """The one country that the paragraph names before the sentence of `start`, when that sentence
    names none before it: a paragraph that has set its scene ("Ties with Peru deepened after the
    floods. The National Service of Hydrology ... and Canadian universities ...") governs a body its
    next sentence names plainly (a country named after the body belongs to the words that follow).
    None when the paragraph names two countries or more, or none."""
    sent_start, _ = doc.sentence_of(start)
    reach = max(0, sent_start - PARAGRAPH_REACH)
    opening = reach
    for found in _BLOCK_OPENING.finditer(doc.text, reach, sent_start):
        opening = found.end()
    if opening >= sent_start:
        return None
    places = states_in(doc, opening, sent_start) + doc.in_span("city", opening, sent_start)
    unions = yaml_words("org_heads.yaml", "union_codes")  # ("European ...": not an owner)
    codes = {str(m.attrs["code"]) for m in places} - unions
    return codes.pop() if len(codes) == 1 else None


_LIST_LINK = re.compile(r"(?<![\w-])(?:and|or|&)\s+(?:the\s+)?$")


def _country_before_unlisted(doc: Doc, start: int) -> str | None:
    """`country_before`, unless "and" / "or" stands between: the country then ends the list's item
    before ("... DST in India and the National Research Foundation (NRF) in South Africa")."""
    found = country_before(doc, start)
    if found is None or _VERB_GAP.search(doc.text, max(0, start - 40), start):
        return None  # ("the Hungarian delegation visited the X": the country is the subject's)
    if not _LIST_LINK.search(doc.text, max(0, start - 12), start):
        return found
    return None


# A verb in the past or the present between a country's adjective and a name ("the Hungarian delegation
# visited the ...", "Korean officials toured ..."), not a hyphened modifier ("state-owned").
_VERB_GAP = re.compile(r"(?<![\w-])(?:[a-z]{3,}ed|met|visits|tours|meets|hosts|joins)\s+(?:the\s+)?$")


# "Department of Science and Technology (DST) of India": the country after the acronym.
_OF_AFTER_ACRONYM = re.compile(r"\s*\([^()\n]{1,20}\)\s+of\s+(?:the\s+)?")


def _of_country_after(doc: Doc, end: int) -> str | None:
    """The country named by "of" right after a name's acronym ("... (DST) of India")."""
    found = _OF_AFTER_ACRONYM.match(doc.text, end)
    if not found:
        return None
    for mention in countries_in(doc, found.end(), found.end() + 40):
        if mention.start == found.end() and names_state(mention):
            return str(mention.attrs["code"])
    return None


_SEAT = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?,?\s+(?:in|at|(?:based|located|headquartered|situated)\s+in|near|outside)"
    r"\s+(?:the\s+)?"
    # ("..., about 15 km south-east of Adama", "some 40 kilometres from Lima"): a distance from a place
    r"|(?:\s*\([^()\n]{1,20}\))?,?\s+(?:(?:about|some|around|roughly|nearly|approximately)\s+)?\d[\d,.]{0,6}\s*"
    r"(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+)?"
)


# "..., Institute of X (ACR), Venice |": a seat after a comma that ends a table cell or a line.
_SEAT_CELL = re.compile(r"(?:\s*\([^()\n]{1,20}\))?,[ \t]+")
_CELL_END = re.compile(r"[ \t]*(?:\||\n|$)")


def _seat_after(doc: Doc, end: int) -> str | None:
    """The country of the city or country named as a body's seat right after its name ("... in
    Hanoi"), or after a comma when the place ends the table cell or line ("(CNR-ISP), Venice |")."""
    found = _SEAT.match(doc.text, end)
    cell = None if found else _SEAT_CELL.match(doc.text, end)
    start = found.end() if found else cell.end() if cell else -1
    if start < 0:
        return _bracketed_seat(doc, end)
    places = doc.in_span("city", start, start + 40) + countries_in(doc, start, start + 40)
    first = min((m for m in places if m.start == start), key=lambda m: m.end, default=None)
    if first is None or (cell and not _CELL_END.match(doc.text, first.end)):
        return None
    return str(first.attrs["code"])


# "The Ministry of X (ACR) welcomed, at its headquarters in Dakar, ...", "The Ministry of Y hosted the
# talks at its premises in Nairobi": the subject's own seat, named in its sentence.
_SUBJECT_OPENING = re.compile(r"\s*(?:The|the)?\s*$")
_OWN_PREMISES = re.compile(
    r"\b(?:its|their)[ \t]+(?:own[ \t]+)?"
    r"(?:headquarters|head[ \t]+office|main[ \t]+office|offices|premises|seat)[ \t]+in[ \t]+(?=[A-Z])"
)


def _own_premises(doc: Doc, start: int) -> str | None:
    """The country of the city that a sentence opening with a body's name gives as "its
    headquarters" or "its premises" ("The Ministry of ... welcomed, at its headquarters in Dakar,
    the signing"): the seat of the body that the sentence is about."""
    sent_start, sent_end = doc.sentence_of(start)
    if not _SUBJECT_OPENING.match(doc.text[sent_start:start]):
        return None
    found = _OWN_PREMISES.search(doc.text, start, sent_end)
    if found is None:
        return None
    at = found.end()
    city = next((m for m in doc.in_span("city", at, at + 40) if m.start == at), None)
    return str(city.attrs["code"]) if city is not None else None


# "(IFOP) and the University of Magallanes in Chile": a second body, then the seat of the two.
_PAIR_TO_SEAT = re.compile(
    r"(?:[ \t]*\([^()\n]{1,15}\))?[ \t]+and[ \t]+(?:the[ \t]+)?"
    rf"[A-Z][\w&'’.-]*(?:[ \t]+{_NAME_RUN_WORD}){{0,10}}?(?=[ \t]+in[ \t]+[A-Z])"
)


def _pair_seat_after(doc: Doc, end: int) -> str | None:
    """The seat named after the second of two bodies joined by "and" right after the first ("the
    Fisheries Institute (FI) and the University of X in Chile"): the two are placed together, when
    nothing in the sentence placed the first."""
    pair = _PAIR_TO_SEAT.match(doc.text, end)
    return _seat_after(doc, pair.end()) if pair else None


# ", a New Zealand Crown research institute,": an apposition that opens with a state's name.
_DESCRIBED_OPEN = re.compile(r"(?:\s*\([^()\n]{1,20}\))?,[ \t]+(?:a|an|the)[ \t]+")
_DESCRIPTION = re.compile(r"(?:[ \t]+[\w-]+){0,4}?[ \t]+([a-z]+)(?=[ \t]*[,.;])")


def _described_country_after(doc: Doc, end: int) -> str | None:
    """The state that an apposition right after a body's name opens with, when the apposition ends
    in a few words on a head word in lower case ("AgResearch Ltd, a New Zealand Crown research
    institute,", "Acme Holdings, the Danish shipping company.")."""
    found = _DESCRIBED_OPEN.match(doc.text, end)
    if found is None:
        return None
    state = next((m for m in states_in(doc, found.end(), found.end() + 40) if m.start == found.end()), None)
    if state is None:
        return None
    rest = _DESCRIPTION.match(doc.text, state.end)
    heads = name_words()[0]
    if rest is None or (rest.group(1).capitalize() not in heads and rest.group(1) not in heads):
        return None
    return str(state.attrs["code"])


_SEAT_BRACKET = re.compile(r"[ \t]?\((?P<place>[^()\n,;]{2,30})\)")


# "University Grants Commission (UGC) Nepal, ...": the state's name right after the acronym's bracket.
_STATE_AFTER_ACRONYM = re.compile(r"[ \t]*\([A-Z][\w&-]{1,15}\)[ \t]+")
_CLAUSE_MARK = re.compile(r"[ \t]*[,;.)]")


def _state_after_acronym(doc: Doc, end: int) -> str | None:
    """The state named right after a body's acronym in brackets, the phrase closing there ("the
    Research Council (RC) Ghana, the ..."): a state's name added to tell the body from its
    namesakes abroad."""
    found = _STATE_AFTER_ACRONYM.match(doc.text, end)
    if found is None:
        return None
    start = found.end()
    states = [m for m in states_in(doc, start, start + 40) if m.start == start]
    if len(states) != 1 or not _CLAUSE_MARK.match(doc.text, states[0].end):
        return None
    return str(states[0].attrs["code"]) if names_state(states[0]) else None


def _bracketed_seat(doc: Doc, end: int) -> str | None:
    """The country of the city that alone fills a bracket right after a body's name, its seat in a
    list of partners ("Galilee Water Systems Ltd. (Haifa)", "Boreal Membrane Technologies Inc.
    (Winnipeg)")."""
    found = _SEAT_BRACKET.match(doc.text, end)
    if found is None:
        return None
    a, b = found.span("place")
    cities = [m for m in doc.in_span("city", a, b) if m.start == a and m.end == b]
    return str(cities[0].attrs["code"]) if len(cities) == 1 else None


# "Ministry of Mines — Republic of Zambia", "MINISTRY OF ENERGY - KINGDOM OF X", "Agency | Republic of
# Y": the separator between a letterhead's body and its state on the same line.
_LETTERHEAD_STATE_END = re.compile(r"[ \t*_]*(?:$|\n|<|[-\u2013\u2014|,\u00b7:(/])")
_LETTERHEAD_SEPARATOR = re.compile(r"[ \t*_]*[-\u2013\u2014|\u00b7][ \t*_]*")


def _letterhead_state_after(doc: Doc, end: int) -> str | None:
    """The state named after a separator right after a name that opens its line, when the state
    ends the line or its part ("Ministry of Mines — Republic of Zambia**")."""
    separator = _LETTERHEAD_SEPARATOR.match(doc.text, end)
    if separator is None:
        return None
    first = separator.end()
    for mention in states_in(doc, first, first + 60):
        if (
            mention.start == first
            and mention.attrs.get("kind") != "adjective"
            and _LETTERHEAD_STATE_END.match(doc.text, mention.end)
        ):
            return str(mention.attrs["code"])
    return None


# A letterhead: a line (or an HTML line break) around a name that stands alone on its line.
_LINE_BREAK = re.compile(r"\n|<br\s*/?>", re.I)
_ONLY_MARKUP = re.compile(r"(?:[ \t*_#>|]|<[^<>\n]{0,200}>)*")
# What ends the country of a letterhead's line: the line's end, markup, or a separator before the
# office's name ("Arab Republic of Egypt -- Media Office"), not prose ("Germany and Peru agreed").
_LETTERHEAD_PART_END = re.compile(r"[ \t]*(?:$|\n|<|[-\u2013\u2014|,\u00b7:(/])")
LETTERHEAD_REACH = 160  # characters looked at on each side of a name for its letterhead's lines


def _letterhead_country(doc: Doc, start: int, end: int) -> str | None:
    """The country of a letterhead whose line next to the body's own names a state: the name stands
    alone on its line (markup aside) and the line just above or below opens with the country
    ("Republic of Croatia" over "Ministry of Tourism and Sport"; "Academy of ..." over "Arab Republic
    of Egypt -- Media Office")."""
    text = doc.text
    reach = max(0, start - LETTERHEAD_REACH)
    above = list(_LINE_BREAK.finditer(text, reach, start))
    below = _LINE_BREAK.search(text, end, min(len(text), end + LETTERHEAD_REACH))
    own_start = above[-1].end() if above else 0 if reach == 0 else -1
    if own_start >= 0 and _ONLY_MARKUP.fullmatch(text, own_start, start):
        same_line = _letterhead_state_after(doc, end)
        if same_line is not None:
            return same_line
    if own_start < 0 or below is None:
        return None
    if not (
        _ONLY_MARKUP.fullmatch(text, own_start, start) and _ONLY_MARKUP.fullmatch(text, end, below.start())
    ):
        return None
    neighbours = [below.end()]
    if len(above) >= 2:
        neighbours.append(above[-2].end())
    elif above and reach == 0:
        neighbours.append(0)
    for line_start in neighbours:
        opening = _ONLY_MARKUP.match(text, line_start)
        first = opening.end() if opening else line_start
        for mention in states_in(doc, first, first + 60):
            if (
                mention.start == first
                and mention.attrs.get("kind") != "adjective"
                and _LETTERHEAD_PART_END.match(text, mention.end)
            ):
                return str(mention.attrs["code"])
    return None


def phrase_candidates(doc: Doc) -> list[Candidate]:
    """Organisations named by capitalised phrases with an organisation head word."""
    out = []
    heads = name_words()[0] | frozenset(doc.data.get("acronyms", {}))
    hits = _head_hits(doc)
    place = functools.partial(_is_place, doc)
    for sent_start, sent_end, whole in _searched_sentences(doc, hits):
        if whole:
            phrases = name_phrases(doc, sent_start, sent_end)
        else:
            phrases = name_phrases_at(doc, sent_start, sent_end, hits)  # (those with a head word)
        for phrase in phrases:
            if not _may_have_head(phrase.tokens):
                continue  # no part of it can name an organisation
            parts = split_phrase(phrase, heads, place)
            joined = _with_field_after(doc, parts[-1], (sent_start, sent_end), heads, place)
            if joined is not None:
                parts[-1] = joined
            for n, part in enumerate(parts):
                candidate = _phrase_candidate(doc, part)
                if candidate is None and len(parts) > 1:
                    candidate = _listed_acronym_at_place(doc, part, place) or _split_partner(
                        doc, parts, n, heads, place
                    )
                if candidate:
                    out.append(candidate)
    return out


# "Centre for Research in Biotechnology", "Foundation for Cooperation in Research and Higher
# Education": "in" after the purpose of a body ("for ...") and before a capitalised field.
_IN_FIELD = re.compile(r"[ \t]+in[ \t]+(?=[A-Z])")
_NAME_JOINTS = frozenset({"of", "for", "and", "&", "the", "on"})


def _with_field_after(
    doc: Doc, part: Phrase, sentence: tuple[int, int], heads: frozenset[str], place: Callable[[Token], bool]
) -> Phrase | None:
    """`part` run on through "in <field>" when it ends with a body's purpose ("<head> for <words>")
    and the capitalised words after "in" name a field, not a place, a date or a body:
    "Centre for Research in Biotechnology for Agriculture", "Foundation for International
    Cooperation in Research and Higher Education" (a cut at "in" would leave "Centre for Research")."""
    toks = part.tokens
    found = _IN_FIELD.match(doc.text, part.end)
    if found is None or not _purpose_tail(toks):
        return None
    following = name_phrases_at(doc, sentence[0], sentence[1], [found.end()])
    if not following or following[0].start != found.end():
        return None
    words = _trimmed(list(split_phrase(following[0], heads, place)[0].tokens))
    if not words or len(words) > 6 or _has_head(words, name_words()[0]) or _place_or_region(doc, words):
        return None
    if any(_acronym(t.text) for t in words) or in_date(doc, words[0].start, words[0].end):
        return None  # (an acronym: a body; "in May": a date)
    if not all(t.capitalised or t.text in _NAME_JOINTS for t in words):
        return None
    at = found.start() + found.group().index("in")
    joint = Token(at, at + 2, "in")
    return Phrase(part.start, words[-1].end, (*toks, joint, *words))


def _place_or_region(doc: Doc, words: list[Token]) -> bool:
    """True when the words open with a city, a country or a world region ("in Kenya", "in South
    Africa", "in Latin America"): the seat or the reach of a body, not its field."""
    start = words[0].start
    if any(m.start == start for name in ("city", "country") for m in doc.in_span(name, start, words[-1].end)):
        return True
    text = doc.text[start : words[-1].end]
    regions = yaml_words("org_heads.yaml", "world_regions")
    return any(text == region or text.startswith(region + " ") for region in regions)


def _purpose_tail(toks: Sequence[Token]) -> bool:
    """True when the tokens end "<head> for <capitalised words>" ("Centre for Research")."""
    base = name_words()[0]
    last_for = next((n for n in range(len(toks) - 1, 0, -1) if toks[n].text == "for"), None)
    if last_for is None or last_for == len(toks) - 1 or toks[last_for - 1].text not in base:
        return False
    return all(t.capitalised for t in toks[last_for + 1 :])


def _listed_acronym_at_place(doc: Doc, part: Phrase, place: Callable[[Token], bool]) -> Candidate | None:
    """ "INSA Lyon" listed after an organisation ("the University of Strasbourg and INSA Lyon"):
    an acronym and its city, split from the list, name an organisation of their own."""
    if not _acronym_at_place(list(part.tokens), place):
        return None
    candidate = Candidate(doc.text[part.start : part.end], spans=[(part.start, part.end)])
    _place(doc, candidate, part.start, part.end)
    return candidate


@functools.cache
def _partner_joints() -> frozenset[str]:
    """The words that join two bodies named side by side ("and", "&", and_words of org_heads.yaml)."""
    return frozenset({"and", "&"} | yaml_words("org_heads.yaml", "and_words"))


def _split_partner(
    doc: Doc, parts: list[Phrase], n: int, heads: frozenset[str], place: Callable[[Token], bool]
) -> Candidate | None:
    """A name with no head word that `_named_partner_before` split from the body beside it
    ("Viettel" of "Viettel and FPT Corporation", "Iceland GeoSurvey" of "University of Iceland and
    Iceland GeoSurvey"): it names an organisation of its own."""
    toks = list(parts[n].tokens)
    joints = _partner_joints()
    before = list(parts[n - 1].tokens) if n > 0 else []
    after = list(parts[n + 1].tokens) if n + 1 < len(parts) else []
    if before and doc.text[parts[n - 1].end : parts[n].start].strip() not in joints:
        before = []  # (split at "of the" or a comma: no partner named beside the body)
    if after and doc.text[parts[n].end : parts[n + 1].start].strip() not in joints:
        after = []
    if not (
        (after and len(toks) == 1 and _named_partner_before(toks, after, heads, place))
        or (before and len(toks) > 1 and _named_partner_before(before, toks, heads, place))
        or (after and _brand_before_company(toks, after, heads, place))
    ):
        return None
    part = parts[n]
    candidate = Candidate(doc.text[part.start : part.end], spans=[(part.start, part.end)])
    _place(doc, candidate, part.start, part.end)
    return candidate


# Characters that end a token (see `bilat.extract.phrases`; also white space), and the period a
# token may carry.
_TOKEN_EDGES = frozenset(",;:()[]\"“”‘’'*#.")


@functools.cache
def _head_finder() -> Callable[[str], list[int]]:
    """Where one-word head words occur as whole tokens, or may (a superset of the tokens that
    `_may_have_head` accepts): one Aho-Corasick pass, then a test of the characters around."""
    automaton = ahocorasick_rs.AhoCorasick([h for h in name_words()[0] if " " not in h])

    def find(text: str) -> list[int]:
        size = len(text)
        return [
            start
            for _, start, end in automaton.find_matches_as_indexes(text, overlapping=True)
            if (end == size or _edge(text[end]))
            and (start == 0 or _edge(text[start - 1]) or not _ascii_letter(text[start]))
        ]

    return find


def _head_hits(doc: Doc) -> list[int]:
    """Offsets of the head words that may be whole tokens, so that sentences and phrases without
    one can be skipped."""
    return vocabulary_hits(doc, "org_heads", _head_finder())


def _edge(char: str) -> bool:
    return char.isspace() or char in _TOKEN_EDGES


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _searched_sentences(doc: Doc, hits: list[int]) -> list[tuple[int, int, bool]]:
    """The sentences to search, in order, each with True when it is searched whole: those that
    hold a head word (the others cannot name an organisation), and those cut inside a word."""
    text, sentences = doc.text, doc.sentences
    size = len(text)
    chosen = {
        i
        for i, (start, end) in enumerate(sentences)
        if (start > 0 and not text[start - 1].isspace())
        or (end < size and not text[end].isspace() and text[end] not in _TOKEN_EDGES)
    }  # (`_cut_sentence`, inline: every sentence is tested)
    cut = set(chosen)
    for hit in hits:
        index = doc.sentence_index(hit)
        if sentences and sentences[index][0] <= hit < sentences[index][1]:
            chosen.add(index)
    return [(*sentences[i], i in cut) for i in sorted(chosen)]


def _cut_sentence(text: str, start: int, end: int) -> bool:
    """True for a sentence cut inside a word (a hard length cap): its edges make tokens that the
    whole-text pre-test does not see, so it is searched without the pre-test."""
    return (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not _edge(text[end]))


def split_phrase(
    phrase: Phrase, heads: frozenset[str], place: Callable[[Token], bool] = lambda tok: False
) -> list[Phrase]:
    """Split "A of the B", "A and the B" and "A, B" when both sides are organisation names (or
    acronyms); `place` tells whether a token names a city or country."""
    toks = list(phrase.tokens)
    and_words = yaml_words("org_heads.yaml", "and_words")
    articles = yaml_words("org_heads.yaml", "article_words")
    for i in range(1, len(toks) - 1):
        text = "and" if toks[i].text in and_words else toks[i].text  # ("... de Colombia y de la ...")
        joint = text in {"and", "&", ","} or (text == "of" and toks[i + 1].text == "the")
        if not joint:
            continue
        left, right = toks[:i], toks[i + 1 :]
        article = bool(right) and (right[0].text == "the" or right[0].text in articles)
        if article:
            right = right[1:]
        if _trimmed(left) and _trimmed(right) and _splits(text, left, right, heads, place, article):
            return [_phrase(left), *split_phrase(_phrase(right), heads, place)]
    return [phrase]


def _listed_names(left: list[Token], right: list[Token]) -> bool:
    """ "Kasetsart University, Silpakorn University ...": a comma between two names that each have
    a head word of their own (not "Ministry of Education, Culture, Sports, Science and Technology",
    whose fields after the comma have none)."""
    base = name_words()[0]
    return _has_head(left, base) and _has_head(_up_to_comma(right), base)


def _before_of_the(toks: list[Token]) -> list[Token]:
    """The tokens before the first "of the" or "at the" (where a parent body's name begins): the
    right side of "A and B" names an organisation of its own only when its head word stands there
    ("Office for Science and Technology Cooperation at the Ministry ...": one unit's name)."""
    cut = next(
        (n for n in range(1, len(toks) - 1) if toks[n].text in {"of", "at"} and toks[n + 1].text == "the"),
        len(toks),
    )
    return toks[:cut]


def _field_before_next_joint(right: list[Token], heads: frozenset[str]) -> bool:
    """ "Ministry of Science and | Technology and the Ministry of Health", "State Department for
    Science, Research and | Innovation and Germany's ...": the right side of an "and" after a body's
    name reaches another "and" before any head word or comma, so its first words are the last field
    of the name on the left, and the next body starts after the later "and"."""
    first = _up_to_comma(right)
    return (
        0 < len(first) < len(right)
        and right[len(first)].text in {"and", "&"}
        and not first[0].text.endswith(("'s", "’s"))
        and not _has_head(first, heads)
    )


def _up_to_comma(toks: list[Token]) -> list[Token]:
    cut = next((n for n, t in enumerate(toks) if t.text in {",", "and", "&"}), len(toks))
    return toks[:cut]


def _acronym_at_place(right: list[Token], place: Callable[[Token], bool]) -> bool:
    """ "INSA Lyon", "ETH Zurich": an acronym followed by the city it is in, a name of its own."""
    return (
        len(right) == 2
        and len(right[0].text) >= 3
        and right[0].text.isupper()
        and right[0].text.isalpha()
        and place(right[1])
    )


def _splits(
    joint: str,
    left: list[Token],
    right: list[Token],
    heads: frozenset[str],
    place: Callable[[Token], bool],
    article: bool = False,
) -> bool:
    """ "X of the ORG" splits when the right side is an organisation; "A and B" and "A, B" when
    both are; "Name and the ORG" (`article`: "the" after the joint) when the left side is one
    capitalised word, a name of its own ("Deltares and the Water Research Institute")."""
    base = name_words()[0]
    if joint == ",":
        return _listed_names(left, right)
    if article and joint in {"and", "&"} and _separate_body(left, right, base, place):
        return True
    if joint in {"and", "&"} and _has_head(left, base) and _acronym_at_place(right, place):
        return True
    if joint in {"and", "&"} and _has_head(left, base) and _known_acronym(right):
        return True  # "Marine Institute and JAMSTEC": a name, then a known body's acronym
    if joint in {"and", "&"} and not article and _headless_partner(left, right, base, place):
        return True  # "Kobe University and Toyota", "University of X, Berkeley and Japan"
    if joint in {"and", "&"} and not article and _named_partner_before(left, right, base, place):
        return True  # "Viettel and FPT Corporation", "University of Iceland and Iceland GeoSurvey"
    if joint in {"and", "&"} and not article and _brand_before_company(left, right, base, place):
        return True  # "Tata Steel and Hyundai Motor Group"
    if joint in {"and", "&"} and not article and _has_head(left, base) and _owned_by_place(right, place):
        return True  # "Instituto Geofísico del Perú and Chile's Centro Sismológico Nacional"
    if joint in {"and", "&"} and not article and _has_head(left, base) and _opens_possessive(right):
        return True  # "Wigner Research Centre for Physics and Huawei's Budapest centre"
    if not (_has_head(right, base) or (len(right) == 1 and right[0].text in heads)):
        return False
    if (
        joint in {"and", "&"}
        and not article
        and _has_head(left, base)
        and _field_before_next_joint(right, heads)
    ):
        return False  # the body's last field; a later "and" may split off the next body
    if joint == "of":
        return True
    if not _has_head(_before_of_the(right), heads):
        return False  # "Institute of General and Inorganic Chemistry of the Academy ...": one name
    first = next((t for t in right if not t.text.endswith(("'s", "’s"))), right[0])
    possessive = right[0].text.endswith(("'s", "’s"))
    return (
        _has_head(left, heads)
        or first.text in heads
        or possessive
        or (len(left) == 1 and left[0].text.isupper())
        or (article and joint in {"and", "&"} and len(left) == 1 and left[0].text[:1].isupper())
        or (article and joint in {"and", "&"} and _headless_before_named_body(left, right, heads))
    )


def _opens_possessive(right: list[Token]) -> bool:
    """ "... and Huawei's Budapest centre": the right side opens with a possessive and goes on in a
    capitalised word; the owner starts a phrase of its own, no field of the body on the left."""
    return len(right) >= 2 and right[0].text.endswith(("'s", "’s")) and right[1].capitalised


def _owned_by_place(right: list[Token], place: Callable[[Token], bool]) -> bool:
    """ "... and Chile's Centro Sismológico Nacional": the right side opens with a country's or a
    city's possessive and goes on in a capitalised name; no field of a body's name is owned so."""
    if len(right) < 2 or not right[0].text.endswith(("'s", "’s")) or not right[1].capitalised:
        return False
    owner = right[0]
    return place(Token(owner.start, owner.end - 2, owner.text[:-2], owner.capitalised))


def _headless_partner(
    left: list[Token], right: list[Token], heads: frozenset[str], place: Callable[[Token], bool]
) -> bool:
    """ "A and B" where A has a head word and B is a place ("Institute of Science and Technology
    and Sweden"), or A ends with its head word ("Kobe University") and B is one or two capitalised
    words with no head that are no field of a name ("Research", "Technology": the words of
    `name_stopwords.txt`): B is a partner named beside the body, not part of its name ("Kobe
    University and Toyota"; not "Wageningen University and Research")."""
    if len(right) == 1 and place(right[0]) and _has_head(left, heads):
        return True  # (a country or city after "and" is no field of a body's name)
    if not left or left[-1].text not in heads or not 1 <= len(right) <= 2:
        return False
    stop = load_lines("name_stopwords.txt")
    return all(t.capitalised and t.text not in heads and t.text not in stop for t in right)


def _named_partner_before(
    left: list[Token], right: list[Token], heads: frozenset[str], place: Callable[[Token], bool]
) -> bool:
    """ "A and B" naming two bodies where no field of one name can stand: A is one capitalised
    word with no head and no field's meaning and B an acronym and a head ("Viettel and FPT
    Corporation": a field is a word, not an acronym that opens a company's name); or A is a body
    that ends with a place and B opens with a place and goes on in one or two capitalised words
    ("University of Iceland and Iceland GeoSurvey": no field of a name is a place and a noun)."""
    if len(left) == 1 and 2 <= len(right) <= 3:
        word = left[0].text
        first = right[0].text
        return (
            word[:1].isupper()
            and word not in heads
            and word not in load_lines("name_stopwords.txt")
            and not place(left[0])
            and len(first) >= 2
            and first.isupper()
            and first.isalpha()
            and right[-1].text in heads
        )
    return (
        2 <= len(right) <= 3
        and _has_head(left, heads)
        and len(left) >= 3
        and left[-2].text in {"of", "in"}
        and place(left[-1])
        and place(right[0])
        and all(t.capitalised and t.text not in load_lines("name_stopwords.txt") for t in right[1:])
    )


def _brand_before_company(
    left: list[Token], right: list[Token], heads: frozenset[str], place: Callable[[Token], bool]
) -> bool:
    """ "A and B" where A is a company's name of two or three capitalised words with no head ("Tata
    Steel", "Grupo Bimbo") and B a company of three or more capitalised words that ends with a head
    ("Hyundai Motor Group"): no word is a field or a place and neither side opens with an industry's
    name, so "A and" is no run of fields before B's head ("Science and Technology Corporation",
    "Korea Gas and Oil Corporation", "Nama Power and Water Procurement Company")."""
    if not (2 <= len(left) <= 3 and 3 <= len(right) <= 5) or right[-1].text not in heads:
        return False
    if _has_head(left, heads) or _has_head(right[:-1], heads):
        return False
    stop = load_lines("name_stopwords.txt")
    if any(not t.capitalised or t.text in stop or place(t) for t in left + right[:-1]):
        return False  # (a place may be a body's seat: "IHE Delft and ...")
    sectors = yaml_words("org_heads.yaml", "sector_words")
    return left[0].text not in sectors and right[0].text not in sectors


def _headless_before_named_body(left: list[Token], right: list[Token], heads: frozenset[str]) -> bool:
    """ "A and the B" where A has no head word and B is a body of several capitalised words with
    a head of its own ("Orbis Robotics Chile and the Chilean Space Agency", "Data Science for
    Health and the Nordic Genome Centre"): the article opens a second name, since no body's name
    runs "<field> and the <name with a head>"."""
    return (
        not _has_head(left, heads)
        and len(right) >= 2
        and all(t.capitalised or t.text in {"of", "for", "the", "and", "&", "on", ","} for t in right)
    )


def _separate_body(
    left: list[Token], right: list[Token], heads: frozenset[str], place: Callable[[Token], bool]
) -> bool:
    """ "A and the B" where the two sides cannot be one name: a place, then a body with a head of
    its own ("Ho Chi Minh City and the Vietnam Chamber of ...", "of South Africa and the German
    Federal Ministry ..."), or a body, then a state's government ("the European Commission and
    the Government of Japan", "Aalto University and the Finnish Government")."""
    if _has_head(_before_of_the(right), heads) and _place_span(left, place):
        return True
    government = yaml_words("org_heads.yaml", "government_words")
    return _has_head(left, heads) and _has_head(_before_of_the(right), government)


def _place_span(left: list[Token], place: Callable[[Token], bool]) -> bool:
    """True when the capitalised words at the end of `left` (after any lower-case joining word)
    are one city or country mention ("Ho Chi Minh City", "of South Africa")."""
    first = next((n for n in range(len(left) - 1, -1, -1) if not left[n].text[:1].isupper()), -1) + 1
    if first >= len(left):
        return False
    return place(Token(left[first].start, left[-1].end, ""))


def _known_acronym(right: list[Token]) -> bool:
    """A lone acronym that the curated reference knows as an organisation ("CNRS", "NASA"), not a
    field's letters ("Science and ICT")."""
    word = right[0].text if len(right) == 1 else ""
    return len(word) >= 3 and word.isupper() and word.isalpha() and _known_org(word, curated=True)


def _is_place(doc: Doc, tok: Token) -> bool:
    """True when the token is a city or country the gazetteer found."""
    return any(
        m.start == tok.start and m.end == tok.end
        for m in doc.in_span("city", tok.start, tok.end) + doc.in_span("country", tok.start, tok.end)
    )


def _has_head(toks: list[Token], heads: frozenset[str]) -> bool:
    return any(t.text in heads for t in toks)


def _trimmed(toks: list[Token]) -> list[Token]:
    """`toks` without joining words at its edges ("the", "and", "of", commas); may be empty. A name
    never opens with "of": "officials of the Ministry ... and of the U.S. Embassy" names the Embassy."""
    links = yaml_words("org_heads.yaml", "leading_links")
    while len(toks) > 1 and (toks[0].text in {"the", "and", "&", ",", "of"} or toks[0].text in links):
        toks = toks[1:]
    while toks and toks[-1].text in {",", "&", "and", "of", "the", "for", "in", "to", "at", "on"}:
        toks = toks[:-1]
    return toks


def _phrase(toks: list[Token]) -> Phrase:
    toks = _trimmed(toks)
    return Phrase(toks[0].start, toks[-1].end, tuple(toks))


def _phrase_candidate(doc: Doc, phrase: Phrase) -> Candidate | None:
    toks = _after_place_possessive(doc, _after_markup(doc, list(phrase.tokens)))
    toks = _before_listed_adjective(doc, toks)
    date_openers = yaml_words("org_heads.yaml", "date_openers")
    opening_adverbs = yaml_words("opening_adverbs.yaml", "opening_adverbs")
    while toks and (
        toks[0].text in LEADING_DROP
        or (len(toks) > 1 and toks[0].text == "the")
        # a preposition that opens a sentence on a date ("On Tuesday the Embassy ...", "Since March ...")
        or (len(toks) > 2 and toks[0].text in date_openers and in_date(doc, toks[1].start, toks[1].end))
        # an adverb that opens a sentence before its subject ("Later the Council ...")
        or (len(toks) > 1 and toks[0].text in opening_adverbs)
        or toks[0].text.endswith(("'s", "’s"))
        # a seat that describes the body before its name ("Penang-based Kinta Microsystems Sdn Bhd")
        or (len(toks) > 1 and toks[0].text.endswith("-based"))
        or (len(toks) > 1 and in_date(doc, toks[0].start, toks[0].end))
        # the session's number before a standing body's name ("the 3rd Joint Working Group")
        or (len(toks) > 1 and _NUMBERED.fullmatch(toks[0].text) is not None)
    ):
        toks.pop(0)  # (also a date word the name runs on from: "On 21 August the Embassy hosted")
    toks = _after_styled_name(doc, _after_holder_name(doc, toks))
    toks, titled = _after_office(toks)
    titled = titled or bool(toks and _office_just_before(doc, toks[0].start))
    toks = _before_date_on(doc, _before_address(doc, _before_person_or_verb(_before_title(toks))))
    toks = _before_initialled_name(_before_name_after_state(doc, toks))
    toks = _before_family_first_name(_before_publication_noun(_before_joined_owner(toks)))
    if titled:
        toks = _before_holder_name(doc, toks)
        if len(toks) < 2 and toks and toks[0].text in name_words()[0]:
            return None  # ("Head of Office KANG Min-seo": an office, no body's name)
    if (
        not toks
        or not _may_have_head(toks)
        or toks[-1].text in yaml_words("org_heads.yaml", "building_nouns")
    ):
        return None  # (no head word, or a building's name: "Federal Secretariat Complex")
    start, end = _prefixed_start(doc, toks[0].start), _end_before_possessive(toks)
    if _owned_unit(doc, toks):
        return None
    name = doc.text[start:end]
    # (a brand word with a small prefix before a lone head qualifies it: "the e-Governance Academy")
    qualified = _qualified(doc, toks) or start < toks[0].start
    if kind_of(name, _after_word(doc, end)) != "org" or not qualified or _publication_label(toks):
        return None
    if _is_role(toks) or _quoted(doc, start) or _navigation(doc, start) or _section_heading(doc, toks):
        return None
    quoted = _QUOTED_NAME.match(doc.text, end)
    if quoted is not None:  # ('National Centre for Scientific Research "Demokritos"')
        end = quoted.end()
        name = doc.text[start:end]
    candidate = Candidate(name, spans=[(start, end)])
    _place(doc, candidate, start, end)
    return candidate


# A body's own name in quotation marks right after its head word and field, one to three
# capitalised words: 'Agency for Space Research and Technologies "Uzbekcosmos"'.
_QUOTED_NAME = re.compile(
    r"[ \t]+(?:\"[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2}\"|“[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2}”"
    r"|«[ \t]?[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2}[ \t]?»)"
    r"(?![ \t]+(?:[Pp]rogram|[Pp]roject|[Ii]nitiative|[Cc]all|[Ww]orkshop|[Cc]onference|[Ss]eminar))"
)


def _end_before_possessive(toks: list[Token]) -> int:
    """The end of a name whose last word is in the possessive ("Science Foundation Ireland's
    successor", "Trinity College Dublin's students"): before the "'s", which owns what follows; a
    one-word name keeps it ("McDonald's")."""
    last = toks[-1]
    return last.end - 2 if len(toks) > 1 and last.text.endswith(("'s", "’s")) else last.end


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _before_joined_owner(toks: list[Token]) -> list[Token]:
    """The tokens before "and" (or "&", a comma) and an owner's possessive that ends the phrase:
    "Universitas Pattimura and BRIN's research centres" names the university, and then the units of
    another body, which the lower-case noun after the possessive names."""
    if len(toks) > 2 and toks[-1].text.endswith(("'s", "’s")) and toks[-2].text in {"and", "&", ","}:
        return _trimmed(toks[:-2])
    return toks


# A word with a lower-case brand prefix of one letter (or "eu") and a hyphen right before a name
# ("e-Estonia Briefing Centre", "i-Space Lab", "m-Health Institute", "eu-LISA Agency"): the word
# is the name's first, though its small initial keeps it out of the capitalised phrase.
_BRAND_PREFIX = re.compile(r"(?<![\w-])(?:[a-z]|eu)-[A-Z][\w]*(?:-[\w]+)?[ \t]$")


def _prefixed_start(doc: Doc, start: int) -> int:
    """The start of a name read from `start`, moved back over a prefixed brand word before it."""
    low = max(0, start - 32)
    if doc.text.find("-", low, start) < 0:
        return start  # (a quick test: a prefixed brand word holds a hyphen)
    found = _BRAND_PREFIX.search(doc.text, low, start)
    return found.start() if found else start


def _before_date_on(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens before an "on" (or "in") that opens a date the name ran into: a body's head takes
    "on" into its name ("Committee on Fisheries"), but not "on" and a weekday or a month ("the
    Research Council on Monday signed", "the Joint Commission on February 14 agreed"); a mission
    takes "in" and its seat, not a month ("the Embassy of Chile in March")."""
    for i in range(1, len(toks) - 1):
        if toks[i].text in ("on", "in") and in_date(doc, toks[i + 1].start, toks[i + 1].end):
            return toks[:i]
    return toks


def _before_publication_noun(toks: list[Token]) -> list[Token]:
    """The body's tokens before a publication noun that its name ran into, where the name has more
    than heads ("Embassy of Japan in Peru Newsletter No. 47", "Embassy of India in Buenos Aires
    Bulletin"); a publication noun after a joining word stays ("Ministry of Information and News")."""
    if len(toks) < 3:
        return toks
    nouns = yaml_words("org_heads.yaml", "publication_nouns")
    heads = name_words()[0]
    for i in range(2, len(toks)):
        if toks[i].text not in nouns or toks[i - 1].text in {"and", "&", ",", "of", "for", "on", "the"}:
            continue
        before = toks[:i]
        only_heads = all(t.text in heads or t.text == "The" for t in before)
        if any(t.text in heads for t in before) and not only_heads:
            return _trimmed(before)
    return toks


def _publication_label(toks: list[Token]) -> bool:
    """True for the label of a body's publication or page section, its head word then a
    publication noun and nothing of a name ("Embassy Newsletter", "University News", "Ministry
    Bulletin"): no body of its own."""
    heads = name_words()[0]
    return (
        len(toks) >= 2
        and toks[-1].text in yaml_words("org_heads.yaml", "publication_nouns")
        and all(t.text in heads or t.text == "The" for t in toks[:-1])
    )


def _after_markup(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens after emphasis markup inside a phrase ("**Prof. Ana Ruiz** of the Institute ...",
    "__Jan Berg__ at ..."): the markup closes one name and the next begins after it."""
    text = doc.text
    if len(toks) < 2 or ("**" not in text and "__" not in text):
        return toks  # (a quick test: no emphasis markup anywhere)
    for k in range(len(toks) - 1, 0, -1):
        gap = text[toks[k - 1].end : toks[k].start]
        if "**" in gap or "__" in gap or toks[k - 1].text.endswith(("**", "__")):
            return _trimmed_start(toks[k:])
    return toks


def _trimmed_start(toks: list[Token]) -> list[Token]:
    """`toks` without linking words at its start ("of", "at", "the", "and", a comma)."""
    while len(toks) > 1 and toks[0].text in {"of", "at", "from", "the", "and", "&", ",", "in"}:
        toks = toks[1:]
    return toks


def _before_listed_adjective(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens before "and (the) ADJECTIVE" when a list goes on to a body described by its
    country's adjective ("Kyoto University and the Israeli water utility", "Lund University and
    Finnish partners"): the adjective opens the next item, it is no part of the name."""
    if len(toks) < 3 or toks[-1].text in name_words()[0]:
        return toks
    last = toks[-1]
    k = len(toks) - 2
    if toks[k].text in {"the", "The"}:
        k -= 1
    if k < 1 or toks[k].text not in {"and", "&"}:
        return toks
    adjective = any(
        m.start == last.start and m.end == last.end and m.attrs.get("kind") == "adjective"
        for m in doc.in_span("country", last.start, last.end)
    )
    return _trimmed(toks[:k]) if adjective else toks


# Up to four more words of a street's name, then a house number ("Via Dante Alighieri 9", "Rue du Lac 20").
_HOUSE_NUMBER_SOON = re.compile(r"\.?(?:[ \t]++[\w'’.-]++){0,4}?[ \t]++\d{1,5}(?![\d:/.,]\d)")


@functools.cache
def _postal_box() -> re.Pattern[str]:
    """A postal box and its number (org_heads.yaml `postal_boxes`: "Private Bag X894")."""
    boxes = longest_first(load_yaml("org_heads.yaml").get("postal_boxes") or [])
    return re.compile(rf"(?:{boxes})[ \t\n]+[A-Z]{{0,2}}-?\d")


def _before_address(doc: Doc, toks: list[Token]) -> list[Token]:
    """`toks` up to a street address or a postal box that a name runs on into ("Embassy of X in Y
    Via Roma 12", "Department of ... Private Bag X894")."""
    streets = yaml_words("org_heads.yaml", "address_words")
    for k in range(1, len(toks)):
        if toks[k].text in streets and _HOUSE_NUMBER_SOON.match(doc.text, toks[k].end):
            return _trimmed(toks[:k])
        if toks[k].text[:1].isupper() and _postal_box().match(doc.text, toks[k].start):
            return _trimmed(toks[:k])
    return toks


_HEADING_LEFT = re.compile(r"[ \t#*_>|\d.]*$")
_HEADING_RIGHT = re.compile(r"[ \t*_:|]*(?:\n|$)")


def _section_heading(doc: Doc, toks: list[Token]) -> bool:
    """A heading line of a head word and a plural that is none ("## Agency Contacts", "Partner
    University Links"): the title of a section, not a body."""
    if len(toks) < 2 or toks[-1].text in name_words()[0] or toks[-2].text not in name_words()[0]:
        return False
    last = toks[-1].text
    if not (last.endswith("s") and not last.endswith("ss") and last[:1].isupper() and last[1:].islower()):
        return False
    line_start = doc.text.rfind("\n", 0, toks[0].start) + 1
    return bool(
        _HEADING_LEFT.match(doc.text, line_start, toks[0].start)
        and _HEADING_RIGHT.match(doc.text, toks[-1].end)
    )


def _after_place_possessive(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens after a place of several words in the possessive ("South Africa's", "New
    Zealand's"): the owner, not part of the name."""
    for n, tok in enumerate(toks[1:4], start=1):
        if tok.text.endswith(("'s", "’s")):
            places = doc.in_span("country", toks[0].start, tok.end) + doc.in_span(
                "city", toks[0].start, tok.end
            )
            if any(m.start == toks[0].start and m.end >= tok.end - 2 for m in places):
                return toks[n + 1 :]  # (the place is the whole owner: not "Japanese Foreign Ministry's")
    return _after_org_possessive(_after_place_of(doc, toks))


# The words that make a place the seat of the body named after them ("en Lima del Instituto ...",
# "à Dakar de l'Institut ...": the body's office in that place) and the articles that may follow.
_SEAT_JOINTS = frozenset({"of", "de", "del", "della", "di", "du", "des", "do", "da"})
_ARTICLES = frozenset({"the", "el", "la", "le", "il", "o", "a", "l"})


def _after_place_of(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens after a city or country that opens them and "of" ("de", "del") joins to a body
    with a head word ("Lima del Instituto de Investigación ..."): the place is where the body
    has an office, no part of its name (a place has no head word of its own)."""
    if len(toks) < 3 or not toks[0].capitalised:
        return toks
    end = toks[-1].end
    places = doc.in_span("city", toks[0].start, end) + doc.in_span("country", toks[0].start, end)
    place_end = max((m.end for m in places if m.start == toks[0].start), default=-1)
    n = next((k for k, tok in enumerate(toks) if tok.start >= place_end), len(toks))
    if place_end < 0 or n >= len(toks) - 1 or toks[n].text not in _SEAT_JOINTS:
        return toks
    rest = toks[n + 1 :]
    while len(rest) > 1 and rest[0].text.lower() in _ARTICLES:
        rest = rest[1:]
    heads = name_words()[0]
    if not rest[0].capitalised or rest[0].text not in heads:
        return toks
    return rest


def _after_org_possessive(toks: list[Token]) -> list[Token]:
    """The unit after an organisation in the possessive ("University of Nairobi's Department of
    Public Health"): the unit is named by the words after it when they have a head of their own.
    An owner right after "of" is the body of a person named before it ("Dr. Ana Lima of UNAM's
    Institute of Physics"): the unit too, whatever the owner's words."""
    heads = name_words()[0]
    for n, tok in enumerate(toks[1:8], start=1):
        if tok.text.endswith(("'s", "’s")):
            owner, unit = toks[: n + 1], toks[n + 1 :]
            person_of = toks[n - 1].text == "of"  # (the owner of a person named before "of")
            owner_head = person_of or any(t.text in heads or t.text[:-2] in heads for t in owner)
            if owner_head and unit and unit[0].capitalised and any(t.text in heads for t in unit):
                return unit
            return toks
    return toks


def _may_have_head(toks: Sequence[Token]) -> bool:
    """A cheap necessary condition for `kind_of(name) == "org"`: some word of the name (a token
    without the punctuation that `words_of` strips, or its possessive's "'s": "the Foreign
    Ministry's ambassador") is an organisation head word."""
    heads = name_words()[0]
    if any(t.text.strip(WORD_EDGES) in heads for t in toks):
        return True
    return any(
        _without_possessive(t.text) in heads and all(u.capitalised for u in toks[:n])
        for n, t in enumerate(toks)
    )  # (the head in the possessive after capitalised words alone: not "Hall of the University's")


def _without_possessive(word: str) -> str:
    """`word` without the "'s" of a possessive (or "" when it has none)."""
    return word[:-2] if word.endswith(("'s", "’s")) else ""


def _qualified(doc: Doc, toks: list[Token]) -> bool:
    """A weak head needs a qualifier that is not a place ("Cabinet Office", not "Tokyo Office")."""
    heads, weak, connectors = name_words()
    words = [t for t in toks if t.text not in connectors and t.text not in {",", "&"}]
    if len(words) < 2:
        return False
    if not _kind_heads_qualified(doc, words, heads, weak) or not _national_heads_qualified(doc, words, heads):
        return False
    generic = yaml_words("org_heads.yaml", "generic_unit_words")
    strong = [t for t in words if t.text in heads and t.text not in weak]
    if strong and not _generic_unit(words, strong, heads, generic):
        return True
    qualifiers = [t for t in words if t.text not in heads]
    if all(t.text in generic for t in qualifiers):
        return False  # "Press Service", "Office of International Affairs": a unit with no owner
    if _owned_generic_unit(qualifiers, strong, generic):
        return False  # "ASRT Media Office": a unit of the body whose acronym opens it
    countries = doc.in_span("country", toks[0].start, toks[-1].end)
    if _adjective_after_head(toks, countries, heads):
        return True
    places = {(m.start, m.end) for m in countries}
    places |= {(m.start, m.end) for m in doc.in_span("city", toks[0].start, toks[-1].end)}
    capitals = not yaml_words("org_heads.yaml", "company_weak_heads").isdisjoint(t.text for t in words)
    return any((t.start, t.end) not in places and (capitals or not t.text.isupper()) for t in qualifiers)


def _kind_heads_qualified(doc: Doc, words: list[Token], heads: frozenset[str], weak: frozenset[str]) -> bool:
    """False when the name's only heads are `kind_heads` ("Park") none of which follows one of its kind
    words ("Science Park", "IT Park", "Hi-Tech Park") and ends the name or comes before a place ("IT
    Park Uzbekistan"): "Hyde Park", "Sun-young Park", "ICT Park Sung-ho" name no body."""
    kind = yaml_words("org_heads.yaml", "kind_heads")
    if not any(t.text in kind for t in words):
        return True
    if any(t.text in heads and t.text not in weak and t.text not in kind for t in words):
        return True
    kinds = yaml_words("org_heads.yaml", "kind_head_words")
    for n, t in enumerate(words):
        if t.text not in kind or not n or words[n - 1].text not in kinds:
            continue
        if n + 1 == len(words):
            return True
        after = words[n + 1]
        places = doc.in_span("country", after.start, after.end) + doc.in_span("city", after.start, after.end)
        if any(m.start == after.start for m in places):
            return True
    return False


def _national_heads_qualified(doc: Doc, words: list[Token], heads: frozenset[str]) -> bool:
    """False when the name's only heads are `national_heads` ("Force") and no country is named in it:
    "the Australian Border Force", "Armed Forces of the Philippines" are bodies, "the Air Force" is
    a service every state has, named without its owner."""
    national = yaml_words("org_heads.yaml", "national_heads")
    if not any(t.text in national for t in words):
        return True
    if any(t.text in heads and t.text not in national for t in words):
        return True
    return bool(states_in(doc, words[0].start, words[-1].end))


def _owned_generic_unit(qualifiers: list[Token], strong: list[Token], generic: frozenset[str]) -> bool:
    """ "ASRT Media Office", "KAIST Public Relations Office", "NRF International Affairs Division": an
    owner's acronym, then only generic unit words before a weak or unit head: a unit of that body."""
    if len(qualifiers) < 2 or not _acronym(qualifiers[0].text) or not qualifiers[0].text.isalpha():
        return False
    units = yaml_words("org_heads.yaml", "unit_heads")
    if any(t.text not in units for t in strong):
        return False
    return all(t.text in generic for t in qualifiers[1:])


def _generic_unit(
    words: list[Token], strong: list[Token], heads: frozenset[str], generic: frozenset[str]
) -> bool:
    """True for a unit head with only generic qualifiers ("Department of International Affairs",
    "Division of Public Relations"): a unit every body has, named without its owner."""
    units = yaml_words("org_heads.yaml", "unit_heads")
    if any(t.text not in units for t in strong):
        return False
    return all(t.text in generic for t in words if t.text not in heads)


def _nation_after_head(doc: Doc, inside: list[Any], start: int) -> str | None:
    """The country of an adjective that follows a head word inside a name ("Institut Français du
    Japon", "Instituto Italiano de Cultura de Lima"), when it is the only such adjective."""
    heads = name_words()[0]
    codes = set()
    for mention in inside:
        if mention.attrs.get("kind") != "adjective" or mention.start - start < 3:
            continue
        before = doc.text[max(start, mention.start - 30) : mention.start]
        if before.endswith(" ") and before.split()[-1] in heads:
            codes.add(str(mention.attrs["code"]))
    return codes.pop() if len(codes) == 1 else None


def _adjective_after_head(toks: list[Token], countries: list[Any], heads: frozenset[str]) -> bool:
    """True when a country's adjective follows the head word, as in a name of a Romance language
    ("Bureau Français de Taipei", "Instituto Italiano de Cultura", "Office Suisse"): the head is
    qualified by the nation, where an English "Tokyo Office" names no body."""
    adjectives = {m.start for m in countries if m.attrs.get("kind") == "adjective"}
    return any(a.text in heads and b.start in adjectives for a, b in itertools.pairwise(toks))


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]ur|[Ii]ts|[Tt]heir)[ \t]+$")


def _owned_unit(doc: Doc, toks: list[Token]) -> bool:
    """ "our School of Public Health", "its Faculty of Engineering": a unit head (org_heads.yaml
    `comma_unit_heads`) after a possessive determiner names a unit of the body that writes or is
    spoken of, not an organisation; none of its words an acronym of a body of its own."""
    units = yaml_words("org_heads.yaml", "comma_unit_heads")
    if toks[0].text not in units or any(_acronym(t.text) for t in toks):
        return False
    return _DETERMINER_BEFORE.search(doc.text, max(0, toks[0].start - 8), toks[0].start) is not None


@functools.cache
def _title_pairs() -> frozenset[str]:
    """Titles, and titles of two words that head a body's office abroad (roles.yaml `office_titles`)."""
    return yaml_words("roles.yaml", "titles") | yaml_words("roles.yaml", "office_titles")


def _before_title(toks: list[Token]) -> list[Token]:
    """The tokens before a role title that follows an organisation name ("Commission Vice-President")."""
    heads = name_words()[0]
    titles = yaml_words("roles.yaml", "titles")
    pairs = _title_pairs()
    seen_head = False
    for i, tok in enumerate(toks):
        seen_head = seen_head or tok.text in heads
        # (a title of two words, its first no title alone: "JICA Peru Office Chief Representative
        # NAME", "KOICA Vietnam Office Country Director NAME", "Office of the Permanent Secretary")
        if (
            i
            and seen_head
            and (tok.text in titles or (i + 1 < len(toks) and f"{tok.text} {toks[i + 1].text}" in pairs))
        ):
            cut = toks[:i]
            while cut and cut[-1].text in TITLE_PREFIXES | {",", "and", "&", "of", "the"}:
                cut = cut[:-1]
            return cut
    return toks


@functools.cache
def _name_ends() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(honorifics of one word and of two ("Right Honourable", "Rt Hon") that open a person's name,
    headline verbs): an organisation name stops before any of them."""
    styles = load_yaml("roles.yaml").get("honorifics", [])
    one_word = frozenset(h for h in styles if " " not in h)
    two_words = frozenset(h for h in styles if len(h.split()) == 2 and h.split()[0] not in {"The", "the"})
    return one_word, two_words, frozenset(load_yaml("organizations.yaml").get("headline_verbs", []))


_JOINERS = frozenset({",", "and", "&", ";"})


def _before_person_or_verb(toks: list[Token]) -> list[Token]:
    """The tokens before a person's honorific or a headline verb that a name ran into: "University
    of Galway and Prof. Marc Tremblay", "Bureau of X, Dr. Anna Berg", "Joint Laboratory Opens"."""
    honorifics, two_word_honorifics, verbs = _name_ends()
    heads = name_words()[0]
    seen_head = False
    for i, tok in enumerate(toks):
        seen_head = seen_head or tok.text in heads
        if not (i and seen_head):
            continue
        article = toks[i - 1].text in {"the", "The"} and i > 1 and toks[i - 2].text in _JOINERS
        styled = tok.text.rstrip(".") in honorifics or (
            i + 1 < len(toks) and f"{tok.text} {toks[i + 1].text}" in two_word_honorifics
        )
        person = styled and (i + 1 == len(toks) or toks[i - 1].text in _JOINERS or article)
        if person or tok.text in verbs:
            cut = toks[: i - 1] if person and article else toks[:i]
            while cut and cut[-1].text in _JOINERS:
                cut = cut[:-1]
            return cut
        if _addressed_person(toks, i):
            return _without_dangling_link(toks[:i])
    return toks


_INITIAL = re.compile(r"[A-Z]\.")


def _before_initialled_name(toks: list[Token]) -> list[Token]:
    """The tokens before a person's name opened by an initial that ran on after a body's name
    ("Mongolian Academy of Sciences D. Regdel and ...", "Kenya Medical Research Institute J. Otieno"):
    a one-letter initial after a head word, a capitalised word after it, and no head word further
    on ("University of Texas M. D. Anderson Cancer Center" keeps its centre)."""
    if len(toks) < 3:
        return toks
    heads = name_words()[0]
    seen_head = False
    for i, tok in enumerate(toks[:-1]):
        seen_head = seen_head or tok.text in heads
        if not (i and seen_head and _INITIAL.fullmatch(tok.text) and toks[i + 1].capitalised):
            continue
        if any(t.text in heads for t in toks[i + 1 :]):
            return toks
        cut = toks[:i]
        while cut and cut[-1].text in _DANGLING:
            cut = cut[:-1]
        return cut
    return toks


_STATE_LINK = re.compile(r"(?<![\w-])(?:of|in)[ \t]+(?:the[ \t]+)?$")


def _before_name_after_state(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens up to the state that closes a body's name ("... of the Republic of Korea", "... in
    Peru") when the phrase runs on past it into two or three words that read as a person's name
    and end it ("Ministry of Energy of the Republic of Chile Ana Rojas", "Embassy of Japan in
    Kenya Taro Sato"): the state ends the name. No acronym, head word or place among those words."""
    if len(toks) < 5 or not toks[-1].capitalised:
        return toks
    heads = name_words()[0]
    for size in (3, 2):
        i = len(toks) - size
        if i < 3:
            continue
        rest = toks[i:]
        if not all(t.capitalised and t.text not in heads and not t.text.isupper() for t in rest):
            continue
        state_end = toks[i - 1].end
        states = doc.in_span("country", toks[max(0, i - 5)].start, state_end)
        state = next((m for m in states if m.end == state_end and m.attrs.get("kind") != "adjective"), None)
        if state is None or not _STATE_LINK.search(doc.text, max(0, state.start - 12), state.start):
            continue
        first, last = rest[0].start, rest[-1].end
        if doc.in_span("country", first, last) or doc.in_span("city", first, last):
            continue
        texts = name_texts(doc)
        if all(texts.ok(t.text) for t in rest):
            return toks[:i]
    return toks


_DANGLING = frozenset({",", "and", "&", ";", "of", "the", "for", "to"})


def _addressed_person(toks: list[Token], i: int) -> bool:
    """Whether token `i` is a form of address that only opens a person's name (org_heads.yaml
    `courtesy_honorifics`) and a capitalised word follows it: "... University of Lagos Ms Ada Obi"."""
    return (
        toks[i].text in yaml_words("org_heads.yaml", "courtesy_honorifics")
        and i + 1 < len(toks)
        and toks[i + 1].text[:1].isupper()
    )


def _without_dangling_link(toks: list[Token]) -> list[Token]:
    """`toks` without the joiners, articles and prepositions that end them ("Office of" of "Office of
    Hon Jane Roe"); none left when only a head and its dangling "of" remain."""
    cut = list(toks)
    dangled = False
    while cut and cut[-1].text in _DANGLING:
        dangled = dangled or cut[-1].text in {"of", "for", "to"}
        cut = cut[:-1]
    return [] if dangled and len(cut) < 2 else cut


_OFFICE_LINKS = frozenset({"of", "at"})


@functools.cache
def _office_titles() -> frozenset[str]:
    """The offices that may open a phrase before a body (role titles and member offices)."""
    return yaml_words("roles.yaml", "titles") | yaml_words("org_heads.yaml", "member_offices")


def _after_office(toks: list[Token]) -> tuple[list[Token], bool]:
    """The tokens after an office that opens the phrase ("Senior Vice President of Reykjavik University",
    "Rector of the University of X": the body), and whether one did. An office that takes a portfolio
    (org_heads.yaml `portfolio_titles`: "Minister of Education and Research") is left whole, unless
    "at" joins it to the body ("State Secretary at the Ministry of ...")."""
    titles = _office_titles()
    p = 0
    while p < len(toks) - 1 and toks[p].text in TITLE_PREFIXES:
        p += 1
    for size in (3, 2, 1):
        words = [t.text for t in toks[p : p + size]]
        if len(words) < size or " ".join(words) not in titles:
            continue
        k = p + size
        if k + 1 >= len(toks) or toks[k].text not in _OFFICE_LINKS:
            return toks, False
        if toks[k].text != "at" and not yaml_words("org_heads.yaml", "portfolio_titles").isdisjoint(
            w for t in toks[:k] for w in t.text.split("-")
        ):
            return toks, False  # (but "Minister at the Ministry of ...": the office, then the body)
        rest = _trimmed_start(toks[k:])
        while len(rest) > 1 and rest[0].text.endswith(("'s", "’s")):
            rest = rest[1:]  # (the body's owner: "Director of JAMSTEC's Global Ocean Center")
        return rest, True
    return toks, False


_OFFICE_BEFORE_REACH = 60  # how far before a body's name the office it follows is read


@functools.cache
def _office_before() -> re.Pattern[str]:
    """An office, a few words of its own and "of"/"at" right before a body's name ("Dean of Engineering
    at ", "Head of International Relations at the ")."""
    titles = longest_first(yaml_words("roles.yaml", "titles"))
    return re.compile(
        rf"(?<![\w-])(?:{titles})(?:[ \t]+[A-Za-z&-]+){{0,4}}?[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?$"
    )


def _office_just_before(doc: Doc, start: int) -> bool:
    """True when an office and "of"/"at" stand on the line right before `start`."""
    window = doc.text[max(0, start - _OFFICE_BEFORE_REACH) : start]
    if not window.endswith((" at ", " of ", " the ")):
        return False
    return _office_before().search(window.rsplit("\n", 1)[-1]) is not None


_WORD_BEFORE_PHRASE = re.compile(r"([a-z][a-z-]*)[ \t]+$")


def _after_holder_name(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens after the name of an office's holder that opens the phrase, when a lower-case office
    stands right before it and a list goes on after the name ("[Korea Maritime Institute president] Kim
    Jong-deok and Marine Research Institute director ...": "Marine Research Institute")."""
    if len(toks) < 4 or not toks[0].capitalised:
        return toks
    before = _WORD_BEFORE_PHRASE.search(doc.text, max(0, toks[0].start - 24), toks[0].start)
    if before is None or before.group(1) not in lower_offices():
        return toks
    heads = name_words()[0]
    texts = name_texts(doc)
    for size in (2, 3):
        if size + 1 < len(toks) and toks[size].text in {"and", "&", ","}:
            words = toks[:size]
            if all(
                t.capitalised and t.text not in heads and not _acronym(t.text) and texts.ok(t.text)
                for t in words
            ):
                return _trimmed_start(toks[size + 1 :])
    return toks


_STYLE_BEFORE_PHRASE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z]{1,9})\.?[ \t]+$")
_PERSON_LINKS = frozenset({"of", "from", "at"})


def _after_styled_name(doc: Doc, toks: list[Token]) -> list[Token]:
    """The tokens after a person's name that opens the phrase after an honorific, then "of", "from"
    or "at" ("Prof. [Kofi Boateng of] Kwame Nkrumah University", "Dr [Anna Berg of] Lund
    University"): one to three capitalised words, none a head word or acronym, that read as a name."""
    if len(toks) < 3 or not toks[0].capitalised:
        return toks
    rest = toks
    if toks[0].text.rstrip(".") in _name_ends()[0]:  # (the honorific read into the phrase: "Dr Anna Berg of")
        rest = toks[1:] if toks[1].capitalised else toks
    if rest is toks:
        before = _STYLE_BEFORE_PHRASE.search(doc.text, max(0, toks[0].start - 16), toks[0].start)
        if before is None or before.group(1) not in _name_ends()[0]:
            return toks
    found = _past_styled_name(doc, rest)
    return toks if found is None else found


def _past_styled_name(doc: Doc, toks: list[Token]) -> list[Token] | None:
    """The tokens after a name of one to three words and "of"/"from"/"at" that open `toks`; None."""
    heads = name_words()[0]
    texts = name_texts(doc)
    for size in (1, 2, 3):
        if size + 1 >= len(toks):
            break
        word = toks[size - 1]
        named = word.capitalised and word.text not in heads and not _acronym(word.text)
        if not (named and texts.ok(word.text)):
            break
        if toks[size].text in _PERSON_LINKS:
            return _trimmed_start(toks[size + 1 :])
    return None


def _acronym(text: str) -> bool:
    return len(text) > 1 and text.isupper()


def _before_holder_name(doc: Doc, toks: list[Token]) -> list[Token]:
    """The body's tokens without the name of the office's holder that follows it ("[President of]
    Hallasan University Yoo Hong-lim"): two or three capitalised words after a head word or an
    acronym, none a head, acronym or place, that read as a person's name."""
    if len(toks) < 3:
        return toks
    heads = name_words()[0]
    texts = name_texts(doc)
    for size in (3, 2):
        i = len(toks) - size
        if i < 1:
            continue
        rest = toks[i:]
        if toks[i - 1].text in _NAME_JOINTS or not any(t.text in heads or _acronym(t.text) for t in toks[:i]):
            continue  # ("College of Environment and Natural Resources": the body's own words)
        if not all(t.capitalised and t.text not in heads and not _acronym(t.text) for t in rest[1:]):
            continue
        if rest[0].text in heads or (_acronym(rest[0].text) and rest[1].text.isupper()):
            continue  # (a family name in capitals may open the name: "KANG Min-seo")
        first, end = rest[0].start, rest[-1].end
        if doc.in_span("country", first, end) or doc.in_span("city", first, end):
            continue
        if all(texts.ok(t.text) for t in rest):
            return toks[:i]
    return toks


def _before_family_first_name(toks: list[Token]) -> list[Token]:
    """The body's tokens without a family-first name run on after its head ("[The chairman of]
    Hyundai Motor Group Chung Eui-sun"): no body's name ends in a given name hyphenated in lower
    case, so the capitalised word before it and the given name are a person's."""
    if len(toks) < 4 or HYPHENATED_GIVEN.fullmatch(toks[-1].text) is None:
        return toks
    heads = name_words()[0]
    family = toks[-2]
    if not family.capitalised or family.text in heads or _acronym(family.text):
        return toks
    return toks[:-2] if any(t.text in heads for t in toks[:-2]) else toks


def _is_role(toks: list[Token]) -> bool:
    """ "Minister of University and Research": a title, not an organisation."""
    titles = yaml_words("roles.yaml", "titles")
    return toks[0].text in titles or " ".join(t.text for t in toks[:2]) in titles


def _quoted(doc: Doc, start: int) -> bool:
    """A name right after an opening quote is a title or theme, not an organisation."""
    return start > 0 and doc.text[start - 1] in "“\"‘'«"


def _navigation(doc: Doc, start: int) -> bool:
    """Menu lines of web pages ("Home | About the Embassy | Visa & Consular Services")."""
    index = doc.data.get("_navigation")
    if index is None:
        menus: list[tuple[int, int]] = []
        if " | " in doc.text or any(mark in doc.text for mark in _CRUMBS):  # (else no line can be a menu)
            lines = [m.span() for m in re.finditer(r"[^\n]+", doc.text)]
            menus = [
                (s, e)
                for s, e in lines
                if (doc.text.count(" | ", s, e) >= 2 and not _table_row(doc.text[s:e]))
                or _breadcrumb(doc.text[s:e])
            ]
        index = doc.data["_navigation"] = SpanIndex(menus)
    return bool(index.covers(start, start + 1))


_CRUMBS = (" > ", " » ", " › ")
_CRUMB_MAX_CHARS = 100


def _breadcrumb(line: str) -> bool:
    """A breadcrumb trail ("News & Events > Institute News", "Home » Research » Partners"): short
    segments joined by an arrow, no sentence."""
    arrows = sum(line.count(mark) for mark in _CRUMBS)
    if arrows >= 2:
        return True
    return arrows == 1 and len(line) <= _CRUMB_MAX_CHARS and not line.rstrip().endswith((".", ":", ";"))


def _table_row(line: str) -> bool:
    """A row of a Markdown table ("| Project | Lead |"): cells of text, not a menu."""
    row = line.strip()
    return len(row) > 1 and row.startswith("|") and row.endswith("|")


def reference_candidates(doc: Doc) -> list[Candidate]:
    """Known organisations matched in the text and resolved with the document's context."""
    index = reference("organizations")
    if index is None:
        return []
    context = set(doc.data.get("context_countries", set()))
    names = [m.text for m in doc.layer("acronym_def")]
    shorts = {str(m.attrs.get("short")) for m in doc.layer("acronym_def")}
    long_forms: dict[str, list[str]] = {}
    for m in doc.layer("acronym_def"):
        long_forms.setdefault(str(m.attrs.get("short")), []).append(str(m.attrs.get("long") or m.text))
    out = []
    mentioned = {str(m.attrs["code"]) for m in doc.layer("country")} | {
        str(m.attrs["code"]) for m in doc.layer("city")
    }
    programme_spans = {m.span for m in doc.layer("programme_ref")}
    common = common_noun_acronyms(doc)
    home = dateline_country(doc) if len(context) > 1 else None
    # (an acronym that the text defines for a plainly named ministry placed away from the registry's
    # namesake, "The Ministry of ... (MESRI) welcomed, at its headquarters in Dakar": the text's own)
    placed_names: set[str] = set()
    short_long_forms: dict[int, list[str]] = {}
    for mention in doc.layer("org_ref"):
        if mention.span in programme_spans or mention.text in common:
            continue
        if glued(doc, mention.start, mention.end) or _acronym_inside_name(doc, mention.start, mention.end):
            continue
        if after_time(doc, mention.start) or _opens_event_name(doc, mention.end):
            continue
        side = side_country(doc, mention.start)  # (a side's list of members: that side's bodies)
        full = _registry_full_name(mention.attrs["match"])
        if full is not None and _seat_after(doc, mention.end) not in {None, full.country}:
            full = None  # (a namesake seated elsewhere: "Kwame Nkrumah University in Kumasi")
        entry = full or index.resolve(mention.attrs["match"], {side} if side else context, names)
        entry = _own_name_entry(entry, mention.text, long_forms.get(mention.text, []), context | mentioned)
        if entry is None:
            continue
        at_seat = _abbreviation_at_seat(doc, entry, mention)  # ("TU Delft": the text's name first)
        if entry is not full and not at_seat and not _plausible(entry, mention.text, mentioned):
            continue
        if (
            not side
            and home in context
            and home is not None
            and country_before(doc, mention.start) is None  # (not "Korea's Ministry of ...")
            and _bare_shared_name(doc, mention, entry, home)
        ):
            out.append(Candidate(" ".join(mention.text.split()), set(), home, True, None, [mention.span]))
            continue
        named = [mention.text, *long_forms.get(mention.text, [])]
        if _national_namesake_abroad(entry, named, mentioned, context):
            continue
        if _undefined_registry_acronym(doc, entry, mention.attrs["match"], shorts):
            continue
        if _other_long_form(entry, mention.attrs["match"], long_forms):
            continue
        shared = _namesake_placed(doc, entry, mention, mentioned)
        if shared is not None:
            out.append(shared)
            placed_names.add(key(mention.text))
            continue
        sibling = _sibling_company(doc, entry, mention)
        if sibling is not None:
            out.append(sibling)
            continue
        aliases = _own_acronyms(entry)
        name = entry.name
        if mention.text != entry.name and "(" not in mention.text:  # (not "Name (ShortForm)")
            aliases.add(mention.text)
            if at_seat or _named_by_alias(entry, mention.text):  # (the text's own name first)
                name, aliases = mention.text, (aliases - {mention.text}) | {entry.name}
        candidate = Candidate(
            name,
            aliases,
            getattr(entry, "country", None),
            True,
            getattr(entry, "ror_id", None),
            [mention.span],
            international=getattr(entry, "curated", False) and getattr(entry, "country", None) is None,
        )
        candidate = _branch_campus(doc, candidate) or _with_owner_acronym(doc, candidate) or candidate
        out.append(candidate)
        if mention.text in shorts:
            short_long_forms[id(candidate)] = long_forms.get(mention.text, [])
    return [c for c in out if not placed_names & {key(n) for n in short_long_forms.get(id(c), [])}]


def _registry_full_name(match: Any) -> Any:
    """The one registry body that a match names by its full, distinctive name ("Tsinghua University",
    "University of Nairobi"), whatever the document's countries: the registry's country is its own.
    Not by an acronym, nor by a name of generic words only ("National Research Foundation")."""
    candidates = match.candidates
    if len(candidates) != 1 or getattr(match, "by_acronym", False):
        return None
    entry = candidates[0]
    if getattr(entry, "curated", False) or not entry.country or key(match.surface) != key(entry.name):
        return None
    return entry if _distinctive_name(entry.name) else None


_INDEFINITE_BEFORE = re.compile(r"(?:^|\W)[Aa]n?[ \t]+$")


def _kind_named_only(doc: Doc, group: Candidate) -> bool:
    """ "the two countries run an International Research Network in mathematics", "plans for a
    National Research Foundation": a name of generic words only (`_distinctive_name`), with no
    acronym or registry entry, that stands only after "a" or "an" names a kind of body, not one."""
    if group.ror or not group.spans or any(_acronym(a) for a in group.aliases):
        return False
    if _distinctive_name(group.name):
        return False
    return all(_INDEFINITE_BEFORE.search(doc.text[max(0, s - 4) : s]) for s, _ in group.spans)


@functools.cache
def _generic_name_words() -> frozenset[str]:
    """The words of org_heads.yaml's generic lists, in lower case: no word to tell a body apart."""
    lists = ("kind_head_words", "generic_unit_words", "sector_words", "generic_name_openers", "connectors")
    return frozenset().union(*(yaml_words("org_heads.yaml", name, lower=True) for name in lists))


@functools.lru_cache(maxsize=4096)
def _distinctive_name(name: str) -> bool:
    """A name of two words or more, with a head word and not one that many states' bodies bear
    (`shared_names`: "Ministry of Education and Science"), that has a place in it ("University of
    Nairobi") or, before its head, a word that is neither a head word nor a generic one
    ("Tsinghua University", not "Institute of Marine Research")."""
    words, heads = name.split(), name_words()[0]
    if len(words) < 2 or heads.isdisjoint(words):
        return False
    if yaml_alternation("org_heads.yaml", "shared_names").match(name.lower()):
        return False
    if country_table().spans(name):
        return True
    first = next(i for i, w in enumerate(words) if w in heads)
    return bool(_specific_words(" ".join(words[:first])) - _generic_name_words())


@functools.lru_cache(maxsize=4096)
def _whole_words(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of any of `names` written as whole words (not inside a longer word or hyphenated)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])")


def _bare_shared_name(doc: Doc, mention: Mention, entry: OrgEntry, home: str) -> bool:
    """A bare name that many countries' bodies bear ("the Ministry of Foreign Affairs", `shared_names`
    in org_heads.yaml), which the reference knows for a visiting partner but not for the partner of
    the release's dateline (`home`): the visitor's record is a guess, and a delegation's talks "at
    the Ministry of Foreign Affairs" are the host's; the name is left to the text's own reading (its
    sentence, its paragraph, the dateline) as any unlisted ministry is."""
    if entry.country in (None, home):
        return False
    surface = " ".join(mention.text.split())
    if not yaml_alternation("org_heads.yaml", "shared_names").match(surface.lower()):
        return False
    if country_table().spans(surface):
        return False  # ("Ministry of Foreign Affairs of Japan")
    known = {getattr(c, "country", None) for c in mention.attrs["match"].candidates}
    if len(known) < 2 or home in known:
        return False
    # (the text names the record's body in full or by its acronym elsewhere: "DST" is India's)
    own = tuple(n for n in (entry.name, *entry.acronyms) if len(n) > 1)
    if own and _whole_words(own).search(doc.text):
        return False
    # (another country earlier in the sentence may own it, "Korean experts from the Ministry of
    # ...", unless it qualifies the visitors: "the Korean delegation held talks at the Ministry")
    sent_start, _ = doc.sentence_of(mention.start)
    for state in states_in(doc, sent_start, mention.start):
        if str(state.attrs["code"]) != home and not _VISITORS_AFTER.match(doc.text, state.end):
            return False
    return True


_VISITORS_AFTER = re.compile(r"[ \t]+(?:delegation|delegates|visitors|guests)\b")


@functools.cache
def _sibling_tail() -> re.Pattern[str]:
    """The words that make a group's brand the name of another company of the group: a code with
    an ampersand ("C&T", "E&A") or an industry's word ("Steel", "Heavy Industries")."""
    sectors = longest_first(yaml_words("org_heads.yaml", "sector_words"))
    weak = longest_first(yaml_words("org_heads.yaml", "company_weak_heads"))
    return re.compile(rf"[ \t]+(?:[A-Z]{{1,3}}&[A-Z]{{1,3}}|(?:{sectors})(?:[ \t]+(?:{weak}))?)(?![\w&-])")


def _sibling_company(doc: Doc, entry: Any, mention: Any) -> Candidate | None:
    """A known company's one-word brand that opens a longer company name ("Samsung C&T", "Tata
    Steel" when only "Samsung Electronics" and "Tata Group" are known) names the group's other
    company: that company, of the group's country, not the known one."""
    surface = mention.text
    if not getattr(entry, "curated", False) or " " in surface or key(surface) == key(entry.name):
        return None
    if "company" not in (getattr(entry, "types", ()) or ()):
        return None
    tail = _sibling_tail().match(doc.text, mention.end)
    if tail is None:
        return None
    name = surface + " " + " ".join(tail.group().split())
    return Candidate(name, set(), getattr(entry, "country", None), True, None, [(mention.start, tail.end())])


def _national_namesake_abroad(entry: Any, names: list[str], mentioned: set[str], context: set[str]) -> bool:
    """A known body of a state that the text never names, matched by a "National ..." name without
    its state, or by the acronym the text defines with one ("National Science Foundation (NSF)" for
    the U.S. one in a text on Sri Lanka and Japan): many states' bodies bear the name, so the
    text's own is meant, not the known one."""
    if not getattr(entry, "curated", False) or not entry.country or not context or entry.country in mentioned:
        return False
    return any(n.startswith("National ") and key(n) != key(entry.name) for n in names)


def _own_acronyms(entry: Any) -> set[str]:
    """A registry entry's acronyms, without one that is only the first word of its longer name: a
    unit's entry that lists its parent's short name ("Embrapa" of "Embrapa Mandioca e
    Fruticultura", "Fraunhofer" of "Fraunhofer Institute for ...") names the parent, not the unit."""
    acronyms = set(getattr(entry, "acronyms", []) or [])
    words = entry.name.split()
    if len(words) > 1 and words[0] in acronyms:
        acronyms.discard(words[0])
    return acronyms


# A ministry's plain name, which the ministries of many states bear ("Ministry of Finance", "Federal
# Ministry of Health", "Ministry for Foreign Affairs"): no country word of its own.
_PLAIN_MINISTRY = re.compile(r"(?:(?:Federal|Union|National)\s+)?(?:Ministry|Department)\s+(?:of|for)\s")


def _namesake_placed(doc: Doc, entry: Any, mention: Any, mentioned: set[str]) -> Candidate | None:
    """A ministry or department named plainly ("the Ministry of Finance", "the Department of
    Energy"), placed from the text rather than the
    registry: the registry's body of that name is one state's among many, chosen only because its
    country is one of the document's (or any curated one). The text's own evidence (the name's
    qualifier, an owner word, a side, the seat) decides; failing that, the registry's body stands
    when its country is named in the document, and none when it is not. The same for a body of the
    bulk registry (not curated) whose owner the text writes right before it, or whose seat it
    names right after it, another country ("Cabo Verde's Instituto do Mar", "the Chilean Instituto
    X", "the Instituto do Mar in Mindelo"): a namesake. None when the registry's
    body is kept as it is (its country agrees with the text, or nothing says otherwise)."""
    if getattr(mention.attrs["match"], "by_acronym", False):
        return None
    plain = _PLAIN_MINISTRY.match(mention.text) is not None
    if not plain and getattr(entry, "curated", False):
        return None
    start, end = mention.span
    if states_in(doc, start, end) or doc.in_span("city", start, end):
        return None
    placed = Candidate(mention.text, spans=[(start, end)])
    if plain:
        _place(doc, placed, start, end)
        premises = None if placed.country_sure else _own_premises(doc, start)
        if premises is not None:
            placed.country, placed.country_sure = premises, True
    else:  # (an owner right before the name, "Cabo Verde's Instituto do Mar", or its seat right
        # after it, "the Instituto do Mar (IMar) in Mindelo")
        placed.country = country_before(doc, start, max_gap=0)
        campus = yaml_words("org_heads.yaml", "branch_heads") & set(mention.text.split())
        if placed.country is None and not campus:  # (a university there is a campus: `_branch_campus`)
            placed.country = _seat_after(doc, end)
        placed.country_sure = placed.country is not None
    own = getattr(entry, "country", None)
    if own is None or placed.country == own:
        return None
    if own in mentioned and "Department" in mention.text.split()[:2]:
        return None  # (a department is a state's own more often than a ministry: kept when it is named)
    if not placed.country_sure and (own in mentioned or not plain):
        return None  # (nothing in the text says otherwise: the registry's body of a named country)
    return placed


_OWNER_ACRONYM = re.compile(r"(?<![\w&.-])([A-Z][A-Z&]{1,9})[ \t]+$")


def _with_owner_acronym(doc: Doc, candidate: Candidate) -> Candidate | None:
    """ "CSIRO Agriculture and Food", "CNR Water Research": a registry body whose name holds no head
    word (a unit known by its field alone), right after an acronym, is named with that acronym, its
    parent's: the field alone names no body."""
    start, end = candidate.spans[0]
    if not name_words()[0].isdisjoint(candidate.name.split()):
        return None
    found = _OWNER_ACRONYM.search(doc.text, max(0, start - 12), start)
    if found is None:
        return None
    name = f"{found.group(1)} {' '.join(doc.text[start:end].split())}"
    aliases = candidate.aliases | {candidate.name}
    return Candidate(name, aliases, candidate.country, True, candidate.ror, [(found.start(1), end)])


_BRANCH_SEAT = re.compile(r"[ \t]+(?:in|at)[ \t]+")


def _branch_campus(doc: Doc, candidate: Candidate) -> Candidate | None:
    """ "Inha University in Tashkent", "Webster University at Doha": a known university named
    with a city of ANOTHER country than its own right after "in" / "at" is its campus there, a
    body of that country (a city of its own country, "Kyoto University in Kyoto", is only a seat)."""
    start, end = candidate.spans[0]
    seat = _BRANCH_SEAT.match(doc.text, end)
    branches = yaml_words("org_heads.yaml", "branch_heads")
    if seat is None or not candidate.country or not branches & set(candidate.name.split()):
        return None
    city = next((m for m in doc.in_span("city", seat.end(), seat.end() + 40) if m.start == seat.end()), None)
    if city is None or str(city.attrs["code"]) == candidate.country:
        return None
    name = " ".join(doc.text[start : city.end].split())
    return Candidate(
        name, country=str(city.attrs["code"]), country_sure=True, spans=[(start, city.end)], branch=True
    )


def _undefined_registry_acronym(doc: Doc, entry: Any, match: Any, shorts: set[str]) -> bool:
    """Whether a registry (not curated) entry is matched only by an acronym that the text neither
    defines nor names in full, inside a code of slash-joined parts (`_slashed_code`): the initials
    of a sign-off ("SNC/PK") or a file number ("Ref. DST/INT/JP/2026"), not a body."""
    if not getattr(match, "by_acronym", False) or getattr(entry, "curated", False):
        return False
    if match.surface in shorts:
        return False
    if not (
        _slashed_code(doc, match.start, match.end)
        or _post_nominal(doc, match.surface, match.start)
        or _opens_longer_name(doc, match.end)
    ):
        return False
    names = (entry.name, *(getattr(entry, "aliases", ()) or ()))
    return not any(name in doc.text for name in names)


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+$")
_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w&'’-]*){1,4}")


def _post_nominal(doc: Doc, surface: str, start: int) -> bool:
    """Letters after a person's name ("the minister, Róisín Devlin MLA"; roles.yaml
    `post_nominals`): a seat or a degree, not a body's acronym."""
    if surface not in post_nominals():
        return False
    return _NAME_BEFORE.search(doc.text, max(0, start - 40), start) is not None


def _opens_longer_name(doc: Doc, end: int) -> bool:
    """An undefined acronym that capitalised words with a head word of a body follow opens a longer
    name ("the HSC R&D Division", "the NWU Graduate School"): the name of another body or a unit,
    not the registry's body of those letters alone ("NIT Calicut" is still the body, at its seat)."""
    found = _CAPITALISED_RUN.match(doc.text, end, end + 60)
    if found is None:
        return False
    heads = name_words()[0] | yaml_words("org_heads.yaml", "unit_heads")
    return any(word in heads for word in found.group().split())


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(name: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(name)}


def _other_long_form(entry: Any, match: Any, long_forms: dict[str, list[str]]) -> bool:
    """Whether a registry (not curated) entry is matched only by an acronym that the text defines
    with a long form that shares no word with any of the entry's names: "Financial Conduct Authority
    (FCA)" is not a car maker whose initials are FCA."""
    if not getattr(match, "by_acronym", False) or getattr(entry, "curated", False):
        return False
    longs = long_forms.get(match.surface)
    if not longs:
        return False
    entry_names = (entry.name, *(getattr(entry, "aliases", ()) or ()))
    entry_words: set[str] = set()
    for name in entry_names:
        entry_words |= _content_words(name)
    if not any(_content_words(long) & entry_words for long in longs):
        return True
    # (or whose own words, head words and states aside, differ from those of every name of the
    # entry: "Materials Research Institute (IIM)" is not the "Institute of Marine Research" (IIM),
    # nor "Netherlands Innovation Network (NIN)" the "Netherlands Institute for Neuroscience")
    # (names in English only, both sides: a name in another language is no word-for-word match,
    # "National Centre for Agronomic Research (CNRA)" and "Centre National de Recherche Agronomique")
    # (a long form that names a fund or a programme, not a body, "Strategic Research Fund (SRF)",
    # is compared with every name of the entry in plain letters, links or none: "Smoking Research
    # Foundation" is no English name with links, and no translation of a fund's name either)
    programmes = all(kind_of(long) == "programme" for long in longs)
    entry_sets = [
        _specific_words(name)
        for name in entry_names
        if _english_only(name.split()) or (programmes and _plain_name(name.split()))
    ]
    owns = [_specific_words(long) for long in longs if _FOREIGN_LINKS.isdisjoint(long.split())]
    if not entry_sets or not owns or len(owns) < len(longs) or not all(owns):
        return False
    return not any(own <= words or words <= own for own in owns for words in entry_sets)


def _specific_words(name: str) -> set[str]:
    """The content words of `name` (`_content_words`) but its head words and its states' names."""
    heads = {h.lower() for h in name_words()[0]}
    states: set[str] = set()
    for start, end, _, _ in country_table().spans(name):
        states |= _content_words(name[start:end])
    return _content_words(name) - heads - states


_CODE = re.compile(r"[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)+")


def _slashed_code(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] is a part of a slash-joined code that is a line of its own or holds
    digits ("SNC/PK", "DST/INT/JP/2026"), unlike two bodies named in a sentence ("NWO/NAFOSTED call")."""
    text = doc.text
    if not ((end < len(text) and text[end] == "/") or (start and text[start - 1] == "/")):
        return False  # (a quick test: a code's parts are glued by slashes)
    left = start
    while left and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = text[left:right].strip(".,;:()")
    if not _CODE.fullmatch(token):
        return False
    line_start, line_end = text.rfind("\n", 0, left) + 1, text.find("\n", right)
    line_end = line_end if line_end >= 0 else len(text)
    alone = not text[line_start:left].strip() and not text[right:line_end].strip()
    return alone or any(c.isdigit() for c in token)


_TIME_BEFORE = re.compile(r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?\(?$|\d\s*[ap]\.?m\.?\s*$", re.IGNORECASE)


def after_time(doc: Doc, start: int) -> bool:
    """A word right after a clock time ("17:00 JST") is a time zone, not an organisation."""
    window = doc.text[max(0, start - 12) : start]
    last = window.rstrip()[-1:]
    if not last or not (last.isdigit() or last in "mM.("):
        return False  # (a cheap test first: a time ends with a digit, "am", "a.m." or "(")
    return bool(_TIME_BEFORE.search(window))


def glued(doc: Doc, start: int, end: int) -> bool:
    """A match glued to a word by a hyphen ("ERA" in "ERA-NET") is part of another name."""
    text = doc.text
    before = start >= 2 and text[start - 1] in "-‐" and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalnum()
    return before or after


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s$")
_WORD_AFTER = re.compile(r"\s([A-Za-z]+)")


def _acronym_inside_name(doc: Doc, start: int, end: int) -> bool:
    """An acronym between two capitalised words ("Nurimaru APEC House") is part of another name."""
    surface = doc.text[start:end]
    if not surface.isupper() or " " in surface:
        return False
    if not doc.text[start - 1 : start].isspace():
        return False  # (a quick test: `_WORD_BEFORE` needs a space, or a final line break, before)
    before = _WORD_BEFORE.search(doc.text[max(0, start - 30) : start])
    after = _WORD_AFTER.match(doc.text[end : end + 30])
    if not before or not after:
        return False
    word_before, word_after = before.group(1), after.group(1)
    return word_before[0].isupper() and word_before not in {"The", "A", "An"} and word_after[0].isupper()


@functools.cache
def _event_name_tail() -> re.Pattern[str]:
    words = "|".join(map(re.escape, yaml_words("name_kinds.yaml", "event_words")))
    return re.compile(rf"(?:[ \t]+[A-Z][\w-]*){{1,3}}[ \t]+(?:{words})\b")


def _opens_event_name(doc: Doc, end: int) -> bool:
    """A body's name that only opens the name of a meeting ("the Third United Nations Ocean
    Conference", "the UN Climate Summit"): the meeting is named, not the body. A group's own
    meeting, named by it alone ("the G7 Summit"), still names the group."""
    return _event_name_tail().match(doc.text, end, end + 80) is not None


def _plausible(entry: Any, surface: str, mentioned: set[str]) -> bool:
    """Keep curated entries; keep registry entries named in full or by acronym, of a named country."""
    if getattr(entry, "curated", False):
        return True
    if entry.country and entry.country not in mentioned:
        return False
    surface_key = key(surface)
    full_names = {key(entry.name), *(key(label) for label in getattr(entry, "labels", ()) or ())}
    if surface_key in full_names:
        return True
    if _distinct_alias(entry, surface, surface_key):
        return True
    return surface in (getattr(entry, "acronyms", ()) or ())


def _abbreviation_at_seat(doc: Doc, entry: Any, mention: Mention) -> bool:
    """A registry body named by a two-word alias of an abbreviation and its seat's city ("TU Delft",
    "KU Leuven", "UC Davis"): the city named in the text, in the body's own country."""
    words = mention.text.split()
    if len(words) != 2 or not (2 <= len(words[0]) <= 4 and words[0].isalpha() and words[0].isupper()):
        return False
    if not entry.country or key(mention.text) not in {key(a) for a in getattr(entry, "aliases", ()) or ()}:
        return False
    cities = doc.in_span("city", mention.start, mention.end)
    return any(m.end == mention.end and m.attrs.get("code") == entry.country for m in cities)


def _named_by_alias(entry: Any, surface: str) -> bool:
    """Whether a registry (not curated) entry is named in the text by one of its aliases in full."""
    if getattr(entry, "curated", False):
        return False
    surface_key = key(surface)
    return surface_key != key(entry.name) and _distinct_alias(entry, surface, surface_key)


def _distinct_alias(entry: Any, surface: str, surface_key: str) -> bool:
    """A registry entry named by one of its aliases written in full: the name in the country's
    language ("Universitas Gadjah Mada" for "Gadjah Mada University") or a company's national
    branch ("Airbus Defence and Space GmbH"): three words or more, or two with a head word."""
    words = surface.split()
    if len(words) < 2 or (len(words) == 2 and name_words()[0].isdisjoint(words)):
        return False
    return any(key(alias) == surface_key for alias in getattr(entry, "aliases", ()) or ())


def _own_name_entry(entry: Any, surface: str, long_forms: list[str], countries: set[str]) -> Any:
    """The curated body whose own name the text writes (or defines its acronym with), rather than
    one that has that name only as an alias (a former name: South Africa's department once bore the
    name India's still has), when that body's country is named in the document; also when the
    registry could not choose between the two."""
    wanted = {key(surface)} if " " in surface else {key(f) for f in long_forms}
    if not wanted or (entry is not None and key(entry.name) in wanted):
        return entry  # (also when the registry left the name open: None)
    own = [
        other
        for other in reference_entries(surface)
        if getattr(other, "curated", False)
        and key(other.name) in wanted
        and getattr(other, "country", None) in {None, *countries}
    ]
    return own[0] if len(own) == 1 else entry  # (one body only: "Ministry of Science" has many)


@functools.lru_cache(maxsize=65536)
def is_organisation_name(name: str) -> bool:
    """False for names of governments as a whole ("Government of India", "Australian Government")."""
    return not yaml_alternation("org_heads.yaml", "not_organisations").search(name.strip())


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """Merge candidates that share a name or alias and do not disagree on the country."""
    groups: list[Candidate] = []
    by_key: dict[str, list[Candidate]] = {}
    names: dict[int, set[str]] = {}  # the name keys of each group (by id), kept current
    registered: dict[int, set[str]] = {}  # the keys each group is filed under
    for cand in candidates:
        cand_keys = cand.name_keys()
        target = _first_same(cand, cand_keys, _lookup_keys(cand, cand_keys), by_key, names)
        if target is None:
            target = Candidate(
                cand.name,
                set(cand.aliases),
                cand.country,
                cand.country_sure,
                cand.ror,
                list(cand.spans),
                cand.international,
            )
            groups.append(target)
            registered[id(target)] = set()
        else:
            name, aliases = target.name, target.aliases
            _absorb(target, cand)
            if target.name == name and target.aliases == aliases:
                continue  # the same names: filed under the same keys already
        names[id(target)] = (
            cand_keys if target.name == cand.name and target.aliases == cand.aliases else target.name_keys()
        )
        _file(target, names[id(target)], by_key, registered[id(target)])
    return groups


def merge_nested(groups: list[Candidate]) -> list[Candidate]:
    """Fold a group into another of the same country whose evidence contains its own and whose
    names end with its name ("Ministry of Foreign Affairs" inside "Korea's Ministry of Foreign Affairs")."""
    kept: list[Candidate] = []
    for group in groups:
        outer = next((g for g in kept if _nested_in(group, g) or _one_word_before(group, g)), None)
        if outer is None:
            kept.append(group)
        else:
            _absorb(outer, group)
    return kept


def _one_word_before(longer: Candidate, known: Candidate) -> bool:
    """ "Portuguese Institute for Sea and Atmosphere" read over the text of the definition that
    gave a known body the name "Institute for Sea and Atmosphere" (its acronym's letters come from
    another language, so the adjective was left out): one word before a name of the known body,
    over the same text, of the same country."""
    if not longer.country or longer.country != known.country:
        return False
    head, _, rest = key(longer.name).partition(" ")
    if not head or " " not in rest or rest not in known.name_keys():
        return False
    return any(s <= a and b <= e and (a, b) != (s, e) for a, b in known.spans for s, e in longer.spans)


# "AGH University of Krakow", "Xidian University of Xi'an": a name that ends with "of" and the city
# of its seat after its head word. (Not "in": "Inha University in Tashkent" is a campus abroad, not
# Inha University; not a comma: "Vietnam National University, Hanoi" is one of two.)
_SEAT_TAIL = re.compile(r"(?P<short>\S+(?:\s+\S+)*?\s+(?P<head>\S+))\s+of\s+(?P<place>[A-Z][^,()]*)")


def _seatless_name(name: str) -> str | None:
    """The name without the city of its seat ("AGH University" of "AGH University of Krakow"), when
    a proper name comes before the head word (`branch_heads`): not "University" of "University of
    Tokyo", nor "Technical University" of "Technical University of Munich" (`name_stopwords.txt`,
    `generic_name_openers`)."""
    flat = " ".join(name.split())
    if " of " not in flat:
        return None  # (a quick test: the pattern needs "of" between single spaces)
    found = _SEAT_TAIL.fullmatch(flat)
    if found is None or found["head"] not in yaml_words("org_heads.yaml", "branch_heads"):
        return None
    first = found["short"].split()[0]
    if first in load_lines("name_stopwords.txt") or first in yaml_words(
        "org_heads.yaml", "generic_name_openers"
    ):
        return None
    spans = country_table().spans(found["place"])
    whole = len(spans) == 1 and spans[0][:2] == (0, len(found["place"])) and spans[0][3] in CITY_KINDS
    return found["short"] if whole else None


def fold_seatless(groups: list[Candidate]) -> list[Candidate]:
    """Give a body named with the city of its seat its name without the city as an alias, and fold
    into it the group of that shorter name ("AGH University" once "AGH University of Krakow"),
    unless the shorter one is placed for sure in another country or has another registry entry."""
    shorts = {}
    for group in groups:
        short = _seatless_name(group.name)
        if short:
            group.aliases.add(short)
            shorts[key(short)] = group
    if not shorts:
        return groups
    kept = []
    for group in groups:
        outer = shorts.get(key(group.name))
        if (
            outer is None
            or outer is group
            or (group.country_sure and outer.country and group.country != outer.country)
            or (group.ror and outer.ror and group.ror != outer.ror)
        ):
            kept.append(group)
            continue
        _absorb(outer, group)
    return kept


_PLACE_LINK = re.compile(r"\s+(of|for|in)\s+(?:the\s+)?(?=[A-Z])")


def _place_tail(name: str) -> tuple[str, str, str] | None:
    """(name without the place, link word, country code) when `name` ends in "of|for|in PLACE" and
    PLACE is wholly one country or city ("… for Fiji", "… in Lithuania", "… of Oman")."""
    name = " ".join(name.split())
    for found in _PLACE_LINK.finditer(name):
        place = name[found.end() :]
        if "," in place or "(" in place:
            continue
        spans = country_table().spans(place)
        if len(spans) == 1 and spans[0][:2] == (0, len(place)) and " " in name[: found.start()]:
            return name[: found.start()], found[1], spans[0][2]
    return None


def _branch_campus_name(name: str) -> bool:
    """Whether `name` is a school's name and its seat after "in" ("Inha University in Tashkent"):
    the head word before "in" is one of a campus that a school opens abroad (`branch_heads`)."""
    before, found, _ = " ".join(name.split()).rpartition(" in ")
    return bool(found) and before.rsplit(" ", 1)[-1] in yaml_words("org_heads.yaml", "branch_heads")


def fold_placed(groups: list[Candidate]) -> list[Candidate]:
    """Fold the bare name of a body into the same name followed by its place, both read in one
    document ("Ministry of Environment and Climate Change" into "… for Fiji", "Taipei
    Representative Office" into "… in Lithuania"), unless the bare one belongs to another country
    of its own ("Ministry of Foreign Affairs" of Japan beside "… of the Republic of Korea"). A body
    "in" a place sits abroad there: it keeps the country of its bare name."""
    placed: dict[str, tuple[Candidate, str, str]] = {}
    for group in groups:
        tail = _place_tail(group.name)
        if tail:
            placed.setdefault(key(tail[0]), (group, tail[1], tail[2]))
    if not placed:
        return groups
    kept = []
    for group in groups:
        hit = placed.get(key(group.name))
        if hit is None or hit[0] is group:
            kept.append(group)
            continue
        outer, link, place = hit
        abroad = link == "in" and group.country is not None and group.country != place
        if abroad and _branch_campus_name(outer.name):
            kept.append(group)  # ("X University in Tashkent": a campus abroad, a body of its own there)
            continue
        if not (abroad or group.country is None or group.country == outer.country):
            kept.append(group)
            continue
        country = group.country if abroad else outer.country
        _absorb(outer, group)
        outer.country = country or outer.country
    return kept


def _nested_in(inner: Candidate, outer: Candidate) -> bool:
    if not inner.country or inner.country != outer.country:
        return False
    inner_key = key(inner.name)
    if not any(k == inner_key or k.endswith(" " + inner_key) for k in outer.name_keys()):
        return False
    inside = [any(s <= a and b <= e and (a, b) != (s, e) for s, e in outer.spans) for a, b in inner.spans]
    if inner.ror and outer.ror and inner.ror != outer.ror and not all(inside):
        # (two registry bodies, the inner one also named on its own: "the University of Chinese
        # Academy of Sciences" and "the Chinese Academy of Sciences" are two organisations)
        return False
    return any(inside)


def _lookup_keys(cand: Candidate, cand_keys: set[str]) -> list[str]:
    """The keys under which groups that may be the same organisation as `cand` are filed: its own
    name's key first, then its aliases' in sorted order (a set's order would change from run to
    run with the string hash seed, and with it the group a candidate joins when two could)."""
    own = key(cand.name)
    ordered = [own] if own in cand_keys else []
    return [*ordered, *sorted(cand_keys - {own}), *_name_lookups(cand.name)]


@functools.lru_cache(maxsize=65536)
def _name_lookups(name: str) -> tuple[str, ...]:
    """The keys besides the name keys under which to look for the organisation named `name`:
    its mission heads ("@"), its name key among suffixes ("~") and its suffixes ("=")."""
    name_key = key(name)
    return (
        *("@" + head for head in _mission_heads(name)),
        "~" + name_key,
        *("=" + suffix for suffix in _suffixes(name_key)),
        *_linked_variant(name_key),
    )


@functools.lru_cache(maxsize=65536)
def _name_filings(name: str) -> tuple[str, ...]:
    """The keys besides the name keys under which a group named `name` is filed: its mission
    heads ("@"), its suffixes ("~") and its name key ("=")."""
    name_key = key(name)
    return (
        *("@" + head for head in _mission_heads(name)),
        *("~" + suffix for suffix in _suffixes(name_key)),
        "=" + name_key,
        *_linked_variant(name_key),
    )


_FOR_OR_OF = re.compile(r"\b(?:for|of)\b")


@functools.cache
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """British spellings of name words and their American ones (`data/org_spellings.yaml`)."""
    table = {str(k): str(v) for k, v in (load_yaml("org_spellings.yaml") or {}).items()}
    words = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(rf"\b(?:{words}|{'|'.join(sorted(set(table.values())))})\b"), table


@functools.lru_cache(maxsize=65536)
def _linked_key(name_key: str) -> str:
    """A name key with "for" read as "of" ("office of science and innovation" for both), and
    British spellings as American ones ("centre" as "center")."""
    spelled, table = _spellings()
    return spelled.sub(lambda m: table.get(m[0], m[0]), _FOR_OR_OF.sub("of", name_key))


def _linked_variant(name_key: str) -> tuple[str, ...]:
    """The key of a name that links its words by "for" or "of", read the same either way ("%"):
    one text may write the same body "Office for Science and Innovation" and "Office of Science
    and Innovation"; so with a word spelled two ways ("Centre", "Center")."""
    if " for " in name_key or " of " in name_key or _spellings()[0].search(name_key):
        return ("%" + _linked_key(name_key),)
    return ()


def _first_same(
    cand: Candidate,
    cand_keys: set[str],
    lookups: list[str],
    by_key: dict[str, list[Candidate]],
    names: dict[int, set[str]],
) -> Candidate | None:
    """The first group filed under one of `lookups` (in order) that is the same organisation."""
    for lookup in lookups:
        for group in by_key.get(lookup, ()):
            if _same(group, cand, names[id(group)], cand_keys):
                return group
    return None


def _file(
    group: Candidate, group_keys: set[str], by_key: dict[str, list[Candidate]], registered: set[str]
) -> None:
    """File a group under its name keys, mission heads, name suffixes ("~") and name key ("=")."""
    for k in (*group_keys, *_name_filings(group.name)):
        if k not in registered:  # (groups are never equal to one another: the same names
            registered.add(k)  # with two countries, so a group is found only where filed)
            by_key.setdefault(k, []).append(group)


def _same(a: Candidate, b: Candidate, a_keys: set[str] | None = None, b_keys: set[str] | None = None) -> bool:
    """Same organisation: a shared name, or the same kind of mission (embassy...) of one country.
    (`a_keys`, `b_keys`: their name keys, when known.)"""
    if not _compatible(a, b):
        return False
    a_keys = a.name_keys() if a_keys is None else a_keys
    b_keys = b.name_keys() if b_keys is None else b_keys
    if not a_keys.isdisjoint(b_keys):
        return True
    if _suffix_name(a.name, b.name) or _suffix_name(b.name, a.name):
        return bool(not (a.country and b.country) or a.country == b.country)
    if _linked_key(key(a.name)) == _linked_key(key(b.name)):
        return True  # ("Office for Science and Innovation", "Office of Science and Innovation")
    heads_a = _mission_heads(a.name)
    return bool(heads_a and heads_a == _mission_heads(b.name) and a.country and a.country == b.country)


@functools.lru_cache(maxsize=16384)
def _mission_heads(name: str) -> frozenset[str]:
    """The kinds of mission a name holds, a kind in another language read as its English one
    ("Ambassade de France à Singapour" is an Embassy; org_heads.yaml `mission_kinds_in_english`)."""
    english = load_yaml("org_heads.yaml").get("mission_kinds_in_english") or {}
    return frozenset(str(english.get(word, word)) for word in name.split()) & MISSION_HEADS


@functools.lru_cache(maxsize=65536)
def _suffixes(name_key: str) -> tuple[str, ...]:
    """Word suffixes of a name key that have at least two words (the key itself excluded)."""
    words = name_key.split()
    return tuple(" ".join(words[i:]) for i in range(1, len(words) - 1))


@functools.cache
def _body_heads() -> frozenset[str]:
    """The head words of bodies' names that are not mere kinds ("University", "Institute")."""
    return frozenset(name_words()[0] - yaml_words("org_heads.yaml", "kind_heads"))


def _suffix_name(short: str, long: str) -> bool:
    """ "Humboldt Foundation" ends "Alexander von Humboldt Foundation" and names an organisation."""
    short_key, long_key = key(short), key(long)
    if short_key == long_key or not long_key.endswith(" " + short_key) or len(short_key.split()) < 2:
        return False
    if long_key[: -len(short_key)].endswith((" of ", " of the ")) and not _body_heads().isdisjoint(
        long.split()[: -len(short_key.split())]
    ):
        return False  # (a body of another: "University of Chinese Academy of Sciences")
    return kind_of(short) == "org"


def _compatible(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates may name one body: not of two sure countries, nor two registry bodies
    ("IT University of Copenhagen" is not the "University of Copenhagen")."""
    if a.ror and b.ror and a.ror != b.ror:
        return False
    return not (a.country_sure and b.country_sure and a.country and b.country and a.country != b.country)


def _absorb(target: Candidate, cand: Candidate) -> None:
    names = {target.name, *target.aliases, cand.name, *cand.aliases}
    if _better_name(cand.name, target.name):
        target.name = cand.name
    target.aliases = {n for n in names if n and n != target.name}
    if (cand.country_sure and not target.country_sure) or target.country is None:
        target.country, target.country_sure = cand.country or target.country, cand.country_sure
    target.ror = target.ror or cand.ror
    target.international = target.international or cand.international
    if len(target.spans) < 50:
        target.spans += [s for s in cand.spans if s not in target.spans]  # (at most 49 to search)


def _better_name(new: str, old: str) -> bool:
    """Prefer full names to acronyms, then longer names."""
    new_acr, old_acr = new.isupper() and " " not in new, old.isupper() and " " not in old
    if new_acr != old_acr:
        return old_acr
    return False


def _cut_before_known(doc: Doc, candidate: Candidate, known: dict[int, list[int]]) -> Candidate | None:
    """ "Department of Industry and Global Affairs Canada": cut before a known name after "and";
    None when what is left names no organisation ("Mombasa and the GEOMAR Helmholtz Centre")."""
    start, end = candidate.spans[0]
    for s in known.get(end, []):
        if start < s:
            head = doc.text[start:s]
            for joint in (" and the ", " and ", " & "):
                if head.endswith(joint):
                    cut = s - len(joint)
                    candidate.name = doc.text[start:cut]
                    candidate.spans[0] = (start, cut)
                    return candidate if kind_of(candidate.name) == "org" or candidate.aliases else None
    return candidate


class KnownSpans:
    """The spans of known names, found by position: those that may overlap a span, in the order
    given (so that the result is the same as testing every known span, without doing it)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every known span that starts before `end` and may end after `start`, in given order."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [self.spans[i] for i in sorted(self.order[lo:hi])]


def _cut_across_known(doc: Doc, candidate: Candidate, known: KnownSpans) -> Candidate | None:
    """A phrase that ends inside a known name is cut before it ("Department of International
    Affairs, Japan Science" of "..., Japan Science and Technology Agency"); one that starts inside
    a known name and runs past it is a fragment (None)."""
    start, end = candidate.spans[0]
    for s, e in known.near(start, end):
        if s < start < e < end:
            return None
        if start < s < end < e:
            cut = _without_trailing_owner(_without_trailing_joint(doc.text[start:s].rstrip(" ,;–-\n")))
            if not cut or kind_of(cut) != "org":
                return None
            candidate.name = cut
            candidate.spans[0] = (start, start + len(cut))
    return candidate


# ", Thailand's" before a known name: the owner of the name that follows, set off by a comma.
_TRAILING_OWNER = re.compile(r",[ \t]+(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*['\u2019]s\Z")


def _without_trailing_owner(name: str) -> str:
    """`name` without the possessive it ends with after a comma: what is left of "Embassy of
    Austria in Bangkok, Thailand's National Science ... Agency" cut before the known agency is the
    embassy; the possessive owns the agency."""
    found = _TRAILING_OWNER.search(name)
    return name[: found.start()] if found else name


# A group that a body sends, named by the body and the group's noun alone ("the MInT Delegation").
_SENT_GROUP = re.compile(r"(?:the\s+)?(\S+)\s+Delegation")


def _body_delegation(doc: Doc, candidate: Candidate) -> bool:
    """Whether a candidate is a delegation that a body (not a state or union) sends, named by the
    body's one word and "Delegation" ("MInT Delegation Concludes Visit" in a headline): people who
    travel, no organisation; "EU Delegation", a state's or union's, is a standing mission."""
    found = _SENT_GROUP.fullmatch(candidate.name)
    if found is None or candidate.ror or not candidate.spans:
        return False
    start = candidate.spans[0][0] + found.start(1)
    return not any(m.start == start for m in states_in(doc, start, start + len(found[1])))


def _cut_before_money(doc: Doc, candidate: Candidate) -> Candidate | None:
    """A phrase that runs into a sum of money is cut before it: a currency's code is no acronym
    of the name ("from the Research Council of Norway and CLP 850 million from ..."); None when
    what is left names no organisation."""
    start, end = candidate.spans[0]
    inside = [m for m in doc.in_span("money", start + 1, end + 80) if m.start < end]
    if not inside:
        return candidate
    cut = _without_trailing_joint(doc.text[start : inside[0].start].rstrip(" ,;–-\n"))
    if not cut or kind_of(cut) != "org":
        return None
    candidate.name = cut
    candidate.spans[0] = (start, start + len(cut))
    return candidate


def _registry_country_first(doc: Doc, phrases: list[Candidate], references: list[Candidate]) -> None:
    """Give a phrase the country of the registry body matched on the same words under the same
    name ("Aalto University" is Finnish), unless the name itself or a word glued before it names
    a country: a country a few words before ("from Finland and Japan met at Aalto University",
    "built by Filipino engineers at Tohoku University") is the context's, not the body's."""
    by_span = {c.spans[0]: c for c in references if c.spans and c.country and not c.branch}
    if not by_span:
        return
    for phrase in phrases:
        ref = by_span.get(phrase.spans[0]) if phrase.spans else None
        if ref is None or phrase.country == ref.country or phrase.name_keys().isdisjoint(ref.name_keys()):
            continue
        start, end = phrase.spans[0]
        if states_in(doc, start, end) or doc.in_span("city", start, end) or country_before(doc, start, 0):
            continue
        phrase.country, phrase.country_sure = ref.country, ref.country_sure


def _without_trailing_joint(name: str) -> str:
    """`name` without the list or article words it ends with: the text before a known name cut
    from "University of Athens and the Technion – Israel ..." is "University of Athens"."""
    joints = yaml_words("org_heads.yaml", "trailing_joints")
    while True:
        cut = max(name.rfind(" "), name.rfind("\n"), name.rfind("\t"))
        if cut <= 0 or name[cut + 1 :] not in joints:
            return name
        name = name[:cut].rstrip(" ,;–-\n\t")


# "Mission of the Republic of Korea to the European Union", "Permanent Mission of Kenya to the
# United Nations": a country's diplomatic mission to a country or an international body.
_MISSION_OF = re.compile(r"\b(?:Permanent\s+)?Mission\s+of\s+(?:the\s+)?")
_MISSION_MODIFIED = re.compile(r"\b(?!the\b|The\b)[A-Za-z]+[ \t]+$")
_MISSION_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_BODY_AFTER = re.compile(r"[A-Z][\w.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)*[A-Z][\w.-]*){0,4}")


def mission_candidates(doc: Doc) -> list[Candidate]:
    """Diplomatic missions named "Mission of <country> to <country or body>", of the first country."""
    if "Mission of" not in doc.text:
        return []  # (a quick test: the pattern needs the words)
    out = []
    for found in _MISSION_OF.finditer(doc.text):
        if _MISSION_MODIFIED.search(doc.text, max(0, found.start() - 20), found.start()):
            continue  # "a trade mission of ...": a visit
        sender = next(
            (m for m in doc.in_span("country", found.end(), found.end() + 60) if m.start == found.end()), None
        )
        end = _mission_end(doc, sender.end) if sender is not None and names_state(sender) else None
        if sender is not None and end is not None:
            span = (found.start(), end)
            out.append(
                Candidate(
                    doc.text[span[0] : span[1]],
                    country=str(sender.attrs["code"]),
                    country_sure=True,
                    spans=[span],
                )
            )
    return out


def _seated_missions(doc: Doc) -> list[Candidate]:
    """Missions named by kind, sender and seat ("Embassy of Chile in Seoul"), of the sender; a
    name read word by word that the mission's name covers and runs past is cut short."""
    return [
        Candidate(name, country=m.country, country_sure=True, spans=[(m.start, m.end)])
        for m, name in mission_names(doc)
    ]


def _mission_end(doc: Doc, after_sender: int) -> int | None:
    """Where "... to <country or body>" ends after a mission's sender, without a sentence's full stop."""
    to = _MISSION_TO.match(doc.text, after_sender)
    body = _BODY_AFTER.match(doc.text, to.end()) if to else None
    if body is None:
        return None
    last = body.group().split()[-1]
    return body.end() - 1 if last.endswith(".") and last.count(".") == 1 else body.end()


_DATE_REACH = 40  # the longest date mention that may cover a word ("Wednesday, 22–23 October 2025")


def in_date(doc: Doc, start: int, end: int) -> bool:
    """True when a date mention overlaps the word at [start, end) (a month or weekday name)."""
    return any(
        m.start < end and m.end > start
        for m in doc.in_span("date", max(0, start - _DATE_REACH), end + _DATE_REACH)
    )


def _appositive_candidates(doc: Doc) -> list[Candidate]:
    """One-word names that an apposition calls an organisation ("Deltares, the Dutch institute")."""
    return [
        Candidate(
            doc.text[a.start : a.end],
            country=a.country,
            country_sure=a.country is not None,
            spans=[(a.start, a.end)],
        )
        for a in [*appositive_names(doc), *company_names(doc), *titled_companies(doc), *listed_companies(doc)]
        if not in_date(doc, a.start, a.end)  # ("On 23 October, the delegation ...": a date)
    ]


def _not_starting_defined(
    doc: Doc, references: list[Candidate], definitions: list[Candidate]
) -> list[Candidate]:
    """The references but those that open a longer name or acronym the text defines elsewhere
    ("DLR" of a later "DLR Projektträger, ..." when "DLR Projektträger (DLR-PT)" was defined, "KIST"
    of a later "KIST Europe")."""
    longs: dict[str, list[str]] = {}
    for definition in definitions:
        for start, end in {definition.spans[0], definition.spans[-1]}:  # the name and its acronym
            name = doc.text[start:end]
            longs.setdefault(name.split(" ", 1)[0], []).append(name)
    if not longs:
        return references
    out = []
    for candidate in references:
        start, end = candidate.spans[0]
        names = longs.get(doc.text[start:end])
        if not names or not any(
            len(name) > end - start and doc.text.startswith(name, start) for name in names
        ):
            out.append(candidate)
    return out


def _first_spans(candidates: list[Candidate]) -> SpanIndex:
    return SpanIndex([c.spans[0] for c in candidates if c.spans])


def _not_other_states(doc: Doc, references: list[Candidate], phrases: list[Candidate]) -> list[Candidate]:
    """The registry matches without those that end a longer name read in the text whose words before
    them name another state ("Icelandic Meteorological Office": not the British "Meteorological
    Office" of the registry): that name is another body of the same kind."""
    ends: dict[int, list[int]] = {}
    for phrase in phrases:
        if phrase.spans:
            s, e = phrase.spans[0]
            ends.setdefault(e, []).append(s)
    out = []
    for ref in references:
        start, end = ref.spans[0]
        starts = [s for s in ends.get(end, []) if s < start]
        if ref.country and starts and not getattr(ref, "international", False):
            states = {str(m.attrs["code"]) for s in starts for m in states_in(doc, s, start)}
            if states and ref.country not in states:
                continue
        out.append(ref)
    return out


_OWN_STATE_GAP = re.compile(r"(?:['’]s)?[ \t]+")  # ("South Africa's X", "the Korean X")


def _defined_state(doc: Doc, definition: Candidate) -> str | None:
    """The state that the text names right at an acronym's definition, as the body's own: before
    its long form ("South Africa's National Research Foundation (NRF)") or by "of" after its
    acronym ("The National Science Foundation (NSF) of Sri Lanka")."""
    if len(definition.spans) < 2:
        return None
    start, end = definition.spans[-2]  # (the long form; the acronym comes last)
    before = states_in(doc, max(0, start - 40), start)
    if before and _OWN_STATE_GAP.fullmatch(doc.text, before[-1].end, start):
        return str(before[-1].attrs["code"])
    return _of_country_after(doc, end)  # (not a body listed before it: "Business Finland and X (ACR)")


def _placed_at_home(doc: Doc, candidate: Candidate) -> bool:
    """Whether the text names a candidate's own state inside or right before its name ("Japan's
    Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Japan")."""
    start, end = candidate.spans[0]
    inside = {str(m.attrs["code"]) for m in states_in(doc, start, end)}
    return candidate.country in inside or country_before(doc, start) == candidate.country


def _namesakes_defined_abroad(
    doc: Doc, references: list[Candidate], phrases: list[Candidate], definitions: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """Drop the namesakes of a body that the text defines with its acronym and places in a state of
    its own ("The National Science Foundation (NSF) of Sri Lanka"): a registry match of the same
    name and acronym in another state (the U.S. NSF), or another reading of the same definition
    placed only by its sentence in another state ("Funders: Research Council of Norway / National
    Research Foundation (NRF)" after "South Africa's National Research Foundation (NRF)"). Two
    definitions that the text places each in its own state stay two bodies."""
    placed = [(d, state) for d in definitions if (state := _defined_state(doc, d)) is not None]
    if not placed:
        return references, phrases
    defined = {id(d) for d, _ in placed}  # (these stay, each in its own state)

    def namesake(cand: Candidate, text_placed: bool) -> bool:
        if cand.international or cand.country is None or text_placed:
            return False
        keys = cand.name_keys()
        return any(state != cand.country and len(keys & d.name_keys()) >= 2 for d, state in placed)

    references = [r for r in references if not namesake(r, _placed_at_home(doc, r))]
    dropped = {
        d.spans[0]
        for d in definitions
        if id(d) not in defined and d.spans and namesake(d, False)  # (not placed at its definition)
    }
    if dropped:
        phrases = [p for p in phrases if not p.spans or p.spans[0] not in dropped]
    return references, phrases


def _inside_longer(candidate: Candidate, others: SpanIndex) -> bool:
    """True when a reference match lies inside a longer name found in the text (and ends before it)."""
    start, end = candidate.spans[0]
    return others.covers(start, end + 1)


def _with_short_alias(doc: Doc, candidate: Candidate) -> Candidate:
    """Add the name without a final "of <Country>" as an alias ("Ministry of Foreign Affairs"); the
    same for a ministry's or department's name after its country's adjective ("Argentine Ministry
    of Foreign Affairs, International Trade and Worship": "Ministry of Foreign Affairs, ...")."""
    start, end = candidate.spans[0]
    for mention in countries_in(doc, start, end):
        if mention.end == end:
            head = doc.text[start : mention.start].rstrip()
            for tail in (" of the", " of"):
                if head.endswith(tail) and " " in head[: -len(tail)].strip():  # (not "University")
                    candidate.aliases.add(head[: -len(tail)])
        elif mention.start == start and mention.attrs.get("kind") == "adjective":
            rest = " ".join(doc.text[mention.end : end].split())
            if yaml_alternation("org_heads.yaml", "shared_names").match(rest):
                candidate.aliases.add(rest)
    return candidate


_SHORT_BEFORE_THE = re.compile(r"(?<![\w'’&.-])([A-Z][A-Za-z&]{2,}),[ \t]+the[ \t]+$")
# (between a name and its gloss: an opening bracket, perhaps the acronym and a comma)
_GLOSS_OPENING = re.compile(r"[ \t]*\((?:[A-Z][\w&-]{1,15}[,;][ \t]+)?(?:the[ \t]+)?")
_FOREIGN_LINKS = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "für", "y", "e", "et"}
)
_ENGLISH_LINKS = frozenset({"of", "for", "and", "the", "on"})


def _english_only(words: list[str]) -> bool:
    return not _ENGLISH_LINKS.isdisjoint(words) and _FOREIGN_LINKS.isdisjoint(words)


def _plain_name(words: list[str]) -> bool:
    """A name in plain letters with no link word of another language ("Smoking Research Foundation")."""
    return all(word.isascii() for word in words) and _FOREIGN_LINKS.isdisjoint(words)


def _with_glosses(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """ "Instituto Nacional de Saúde (National Institute of Health)", "Consejo Nacional de Ciencia y
    Tecnología (CONACYT, National Council of Science and Technology)": a name in English in
    brackets right after a body's name in another language is that body's name translated, an
    alias, not another body (nor the registry's namesake of another country). So is a name in
    brackets right after a known body's acronym ("INACH (Chilean Antarctic Institute)") that the
    text names nowhere else and the registry does not know apart, and a body's acronym with its
    legal form in brackets after its name ("... Company Limited (NNPC Ltd)")."""
    if "(" not in doc.text or len(groups) < 2:
        return groups
    starts = {span[0]: group for group in groups for span in group.spans}
    dropped: set[int] = set()
    for group in groups:
        if id(group) in dropped:
            continue
        for start, end in list(group.spans):
            surface = doc.text[start:end]
            acronym = " " not in surface and surface.isupper()  # ("INACH (Chilean Antarctic Institute)")
            opening = _GLOSS_OPENING.match(doc.text, end)
            gloss = starts.get(opening.end()) if opening else None
            if opening is None or gloss is None or gloss is group or id(gloss) in dropped:
                continue
            gloss_end = min(e for s, e in gloss.spans if s == opening.end())
            words = doc.text[opening.end() : gloss_end].split()
            if not doc.text.startswith(")", gloss_end):
                continue
            if len(words) == 2 and words[0].isupper() and key(words[0]) in group.name_keys():
                glossed = True  # (its acronym with its legal form: "... Company Limited (NNPC Ltd)")
            elif acronym:  # (an acronym's own expansion only, not a body known on its own)
                glossed = opening.end() == end + 2 and not gloss.ror and len(gloss.spans) == 1
            else:
                glossed = not _FOREIGN_LINKS.isdisjoint(surface.split()) and _english_only(words)
            if not glossed:
                continue
            group.aliases.add(" ".join(words))
            group.spans.extend(gloss.spans)
            dropped.add(id(gloss))
    return [g for g in groups if id(g) not in dropped]


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w&'’.-]*[ \t]+$")
_APPOSITION_CLOSE = re.compile(r"[ \t]*(?:[,;.]|$)")


@functools.cache
def _apposition_skipped() -> frozenset[str]:
    """The words that never name a body before an apposition: stop words, opening adverbs and words
    that open a date."""
    return (
        load_lines("name_stopwords.txt")
        | yaml_words("opening_adverbs.yaml", "opening_adverbs")
        | yaml_words("org_heads.yaml", "date_openers")
    )


def _named_before_apposition(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """ "Namcor, the National Petroleum Corporation of Namibia, and ...", "Orkustofnun, the National
    Energy Authority, will ...": a one-word name that nothing else reads as a body, a place or an
    opening word, right before ", the <body's full name>," is that body's short name (its alias).
    When another body already bears that short name ("OeAD", known to the registry by a former
    name), the full name is that body's present name (`_renamed_holder`)."""
    if ", the " not in doc.text:
        return groups
    found = {k for group in groups for k in group.name_keys()}
    absorbed: set[int] = set()
    skipped = _apposition_skipped()
    heads = name_words()[0]
    for group in groups:
        start, end = min(group.spans)
        before = _SHORT_BEFORE_THE.search(doc.text, max(0, start - 40), start)
        if before is not None and (
            before.group(1) in heads
            or _CAPITAL_BEFORE.search(doc.text, max(0, before.start() - 60), before.start()) is not None
        ):
            continue  # (the last word of a name before: "the Sydney Quantum Academy, the Indian ...")
        if before is None or not _APPOSITION_CLOSE.match(doc.text, end):
            continue
        short = before.group(1)
        s, e = before.span(1)
        if key(short) in found and short not in skipped:
            holder = _renamed_holder(groups, group, short, heads)
            if holder is not None:
                _absorb_renamed(holder, group)
                absorbed.add(id(group))
            continue
        if short in skipped:
            continue
        if doc.in_span("country", s, e) or doc.in_span("city", s, e) or doc.in_span("person", s, e):
            continue
        group.aliases.add(short)
        group.spans.append((s, e))
    return [g for g in groups if id(g) not in absorbed]


# "the then Academy of Sciences of X": the name a body bore at the time told of.
_THEN_BEFORE = re.compile(r"\b[Tt]he[ \t]+then[ \t-]+$")


def _fold_then_named(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """Fold a body named as it was named at the time ("when the then Academy of Sciences of the
    Czech Republic signed ...") into the one other body of its country whose name has the same
    words but for the state's name ("Czech Academy of Sciences"): the same body under its former
    name, not a second one (a renamed ministry, whose portfolio changed, stays a body of its own)."""
    heads = name_words()[0]
    folded: set[int] = set()
    for group in groups:
        first = min(group.spans)[0]
        if group.ror or not group.country or not _THEN_BEFORE.search(doc.text, max(0, first - 12), first):
            continue
        words = _words_but_states(group.name)
        holders = [
            g
            for g in groups
            if g is not group
            and id(g) not in folded
            and g.country == group.country
            and words & heads
            and _words_but_states(g.name) == words
        ]
        if len(holders) == 1:
            _absorb(holders[0], group)
            folded.add(id(group))
    return [g for g in groups if id(g) not in folded]


def _words_but_states(name: str) -> set[str]:
    """The words of `name` of more than three letters, but those of a state's name in it."""
    flat = " ".join(name.split())
    for start, end, _, _ in reversed(country_table().spans(flat)):
        flat = flat[:start] + " " + flat[end:]
    return {w for w in words_of(flat) if len(w) > 3}


def _renamed_holder(
    groups: list[Candidate], group: Candidate, short: str, heads: frozenset[str]
) -> Candidate | None:
    """The one other body named `short` whose name has the last head word of `group`'s name, when
    `group` (the full name after "<short>, the ") has no registry entry nor aliases of its own."""
    own = [w for w in group.name.split() if w in heads]
    if group.ror or group.aliases or not own:
        return None
    holders = [g for g in groups if g is not group and key(short) in g.name_keys()]
    if len(holders) != 1 or own[-1] not in holders[0].name.split():
        return None
    if holders[0].country is not None and group.country not in (None, holders[0].country):
        return None
    return holders[0]


def _absorb_renamed(holder: Candidate, group: Candidate) -> None:
    """Fold the full name that the text gives a body into the body, as its name: the text's name is
    the present one, the registry's may be a former one."""
    former = holder.name
    _absorb(holder, group)
    holder.name = group.name
    holder.aliases = (holder.aliases | {former}) - {group.name}


def _unplaced_at_home(doc: Doc, groups: list[Candidate]) -> None:
    """A national body's own name that nothing placed ("Cheikh Anta Diop University" in a release
    from Dakar naming no country near it) is the dateline's country's, when that country is a
    partner: a release qualifies the other side's bodies, not its own. (A name many states' bodies
    bear, "Ministry of Foreign Affairs", waits for the people's roles; a name without a head word of
    a public body or an acronym that the text gives it, a brand, "ProHass", or a group, may be of
    either side.)"""
    heads, weak, _ = name_words()
    strong = heads - weak
    unplaced = [
        g
        for g in groups
        if g.country is None
        and not g.international
        and not _no_country_name(g.name)
        and not _international_name(g.name)
        and not regional_body(g.name)
        and not binational_body(g.name)
        and not _unnamed_joint_body(g.name)
        and not yaml_alternation("org_heads.yaml", "shared_names").search(g.name)
        and (bool(strong & set(g.name.split())) or any(a.isupper() and " " not in a for a in g.aliases))
        and not g.name.endswith(("tes", "ies"))  # (a kind of body in many states: "AI Safety Institutes")
    ]
    if not unplaced:
        return
    home = dateline_country(doc) or _address_home(doc)
    if home is None or home not in set(doc.data.get("context_countries") or ()):
        return
    for group in unplaced:
        named_after = country_table().city(group.name.split()[0])
        if named_after is not None and named_after.country != home:
            continue  # (a body named after a city abroad that the text does not place: "Taiyuan ...")
        group.country = home


ADDRESS_LINES = 3  # the top lines of a letterhead that may hold the sender's address
_ADDRESS_END = re.compile(r"[ \t*_]*(?:\d[\d -]{2,8}[ \t]*)?(?:\n|$)")


def _address_home(doc: Doc) -> str | None:
    """The sender's country on a letterhead's top lines: a line that is a state's name alone
    ("Republic of the Philippines"), or a line of comma-set parts that ends with a city, a postcode
    maybe after it ("Federal Secretariat Complex, Phase II, Shehu Shagari Way, Abuja")."""
    text = doc.text
    top = 0
    for _ in range(ADDRESS_LINES):
        next_line = text.find("\n", top)
        top = len(text) if next_line < 0 else next_line + 1
    for state in states_in(doc, 0, top):
        line_start = text.rfind("\n", 0, state.start) + 1
        if (
            state.attrs.get("kind") != "adjective"
            and _ONLY_MARKUP.fullmatch(text, line_start, state.start)
            and _ADDRESS_END.match(text, state.end)
        ):
            return str(state.attrs["code"])
    for city in doc.in_span("city", 0, top):
        line_start = text.rfind("\n", 0, city.start) + 1
        if "," in text[line_start : city.start] and _ADDRESS_END.match(text, city.end):
            return str(city.attrs["code"])
    return None


_PAIR_GAP = re.compile(r"[ \t]*[-\u2010\u2011\u2013\u2014/][ \t]*")


_LIST_COMMA = re.compile(r",(?![ \t]*(?:and|or)\b)")


def _counterpart_states(doc: Doc, start: int, end: int) -> set[str]:
    """The states that the sentence of the name at [start, end) names, leaving out a pair that names
    both sides at once ("the Ireland–Japan Year of ..."): such a pair qualifies the two together, not
    a body. A state named across a list of three or more items from the name ("the Ministry of
    Finance, the Office ..., the Viet Nam Academy ...") marks a body of a delegation's list, most
    often of the same side: the sentence then tells nothing (a set of two)."""
    sent_start, sent_end = doc.sentence_of(start)
    states = sorted(states_in(doc, sent_start, sent_end), key=lambda m: m.start)
    paired: set[int] = set()
    for i in range(len(states) - 1):
        if _PAIR_GAP.fullmatch(doc.text, states[i].end, states[i + 1].start):
            paired |= {i, i + 1}
    named = set()
    for i, mention in enumerate(states):
        if i in paired or start <= mention.start < end:
            continue
        gap = doc.text[end : mention.start] if mention.start >= end else doc.text[mention.end : start]
        if len(_LIST_COMMA.findall(gap)) > 1:
            return {"", "-"}
        named.add(str(mention.attrs["code"]))
    return named


def _beside_counterpart(doc: Doc, groups: list[Candidate]) -> None:
    """A ministry or department that nothing placed, in a text about two partners, whose sentences
    name only the other partner ("the Ministry of Economic Affairs and Communications and Korea's
    Ministry of the Interior signed ...", "signed by NAME, Secretary, Department of Health, and NAME,
    State Secretary ... of Sweden", "officials of the Ministry of Education and of the U.S. Embassy"):
    that partner qualifies the body or the person named beside it, and the plain name is the
    first partner's, its own side, which needs no qualifying."""
    partners = set(doc.data.get("context_countries") or ())
    if len(partners) != 2:
        return
    shared = yaml_alternation("org_heads.yaml", "shared_names")
    for group in groups:
        if group.country is not None or group.international or not shared.match(group.name.strip()):
            continue
        if _no_country_name(group.name) or _unnamed_joint_body(group.name):
            continue
        named: set[str] = set()
        for start, end in group.spans:
            named |= _counterpart_states(doc, start, end)
        if len(named) == 1 and named <= partners:
            group.country = (partners - named).pop()
            group.country_sure = False


def acronym_uses(doc: Doc, groups: list[Candidate]) -> None:
    """Add the spans of later uses of each organisation's acronyms as evidence."""
    text = doc.text
    defined = doc.data.get("acronyms", {})  # (and the clipped short forms the text defines: "Kyutech")
    for group in groups:
        for alias in group.aliases:
            if " " in alias or len(alias) < 2:
                continue
            if not (alias.isupper() or sum(c.isupper() for c in alias) >= 2 or alias in defined):
                continue
            position = text.find(alias)
            count = 0
            while position >= 0 and count < 20:
                end = position + len(alias)
                before_ok = position == 0 or not text[position - 1].isalnum()
                after_ok = end >= len(text) or not text[end].isalnum()
                if (
                    before_ok
                    and after_ok
                    and (position, end) not in group.spans
                    and not after_time(doc, position)
                ):
                    group.spans.append((position, end))
                    count += 1
                position = text.find(alias, end)


_BARE_MISSION = re.compile(
    rf"\b[Tt]he ({'|'.join(MISSION_HEADS_IN_ORDER)})\b(?!\s+(?:of|in|to|for)\b)(?!\s+[A-Z])"
)


def mission_uses(doc: Doc, groups: list[Candidate]) -> None:
    """Add "the Embassy" (a bare mission head) as evidence of the document's only embassy (or
    delegation, consulate), so that the people and facts it places are placed with it."""
    if not any(head in doc.text for head in MISSION_HEADS_IN_ORDER):
        return  # (a quick test: the pattern needs one of the words)
    for match in _BARE_MISSION.finditer(doc.text):
        head = match.group(1)
        missions = [g for g in groups if head in g.name.split()]
        span = match.span(1)
        if len(missions) == 1 and span not in missions[0].spans and len(missions[0].spans) < 50:
            missions[0].spans.append(span)


_PARENT_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?"
    r"(?:[ \t]*[,(—–][ \t]*(?:(?:part|a\s+unit|a\s+department|a\s+centre|a\s+center|one)\s+of\s+)?"
    r"|\s+(?:of|at|in|within|inside|under|from)\s+)(?:the\s+)?"
)
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)([^\s'’]{2,40})['’]s\s+$")
_FIRST_WORD = re.compile(r"([^\s'’]{2,40})\s+(?=[A-Z])")
_POSSESSIVE_END = re.compile(r"['’]s[ \t]+$")  # ("The Department of Commerce's Office of ...")


def settle_by_parent(doc: Doc, groups: list[Candidate]) -> None:
    """Place a unit that nothing placed in the country of the organisation it belongs to, when
    the text names that organisation with it: after a comma or "of" ("Department of International
    Cooperation, Ministry of ..."; "Faculty of Medicine of the University of ..."), in the
    possessive before it ("Undip's Center for ...") or as its first word ("Undip International
    Office"). Only organisations placed for sure give their country.

    The same evidence also governs a unit that only a guess from its sentence placed: the body it
    is named with owns it, not the nearest country of the sentence ("the Korean delegation visited
    the X Institute of the Academy of Sciences of Uzbekistan"; "Dr Y, Z Institute (ZI), University
    of Ghana" in a British release)."""
    unplaced = [g for g in groups if not g.country or not (g.country_sure or g.international or g.ror)]
    if not unplaced:
        return
    starts: dict[int, str] = {}
    ends: dict[int, int] = {}
    owner_ends: dict[int, str] = {}  # (where a placed body's mention ends: "Department of Commerce|'s")
    names: dict[str, set[str]] = {}
    for group in groups:
        if group.country and group.country_sure:
            country = str(group.country)
            for start, end in group.spans:
                starts[start] = country
                ends[start] = end
                owner_ends[end] = country
            for name in (group.name, *group.aliases):
                names.setdefault(name, set()).add(country)
    if not starts:
        return
    for group in unplaced:
        for start, end in group.spans:
            possessive = _POSSESSIVE_END.search(doc.text, max(0, start - 6), start)
            if possessive and possessive.start() in owner_ends:  # (the placed body's own unit)
                parent: str | None = owner_ends[possessive.start()]
            elif group.country:  # a guess: only the parent that governs the unit's own clause
                parent = _governing_parent(doc, start, end, starts, ends, names)
            else:
                parent = (
                    _parent_of(doc, start, end, starts, names)
                    or _trailing_owner(doc.text[start:end], names)
                    or _under_bare_body(doc, end, groups)
                )
            if parent:
                group.country, group.country_sure = parent, True
                break


# What may follow a parent set off by a comma for it to close the unit's clause (not a list's item).
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[.;:|<)\n]|$)")


def _governing_parent(
    doc: Doc, start: int, end: int, starts: dict[int, str], ends: dict[int, int], names: dict[str, set[str]]
) -> str | None:
    """The country of the placed organisation that owns the unit at [start, end) in the unit's own
    words: its name ends with "of <the owner>", "of" / "at" / "in" the owner follows it, or the owner
    follows after a comma and closes the clause ("Dr X, Fellow at the Y Institute (YI), University of
    Z."); in a list ("the X Centre (XC), Delft University of Technology, ...") the body after the comma
    is the list's next item, not the owner."""
    owner = _trailing_owner(doc.text[start:end], names) or _named_after_owner(doc.text[start:end], names)
    if owner:
        return owner
    after = _PARENT_AFTER.match(doc.text, end)
    if after is None or after.end() not in starts:
        return None
    link = doc.text[end : after.end()].split(")")[-1]
    if any(mark in link for mark in ",(—–") and not _CLAUSE_CLOSE.match(doc.text, ends[after.end()]):
        return None
    return starts[after.end()]


# "Agency for Innovative Development under the Ministry": a body placed under a parent that the text
# names only by its head word, the one of that kind named last before.
_UNDER_BARE = re.compile(
    r"[ \t]+(?:under|within|attached to|subordinate to|of)[ \t]+the[ \t]+"
    r"([A-Z][a-z]+)\b(?![ \t]+(?:of|for|on)\b)"
)


def _under_bare_body(doc: Doc, end: int, groups: list[Candidate]) -> str | None:
    """The country of the body named last before `end` whose name starts with the head word that
    follows "under the" ("... under the Ministry" after "the Ministry of X of Uzbekistan")."""
    found = _UNDER_BARE.match(doc.text, end)
    if found is None or found.group(1) not in name_words()[0]:
        return None
    head = found.group(1)
    last = max(
        (
            (s, str(g.country))
            for g in groups
            if g.country and g.country_sure and g.name.startswith(head)
            for s, _ in g.spans
            if s < end
        ),
        default=None,
    )
    return last[1] if last else None


def _parent_of(
    doc: Doc, start: int, end: int, starts: dict[int, str], names: dict[str, set[str]]
) -> str | None:
    """The country of the placed organisation named with the unit at [start, end), if one is."""
    after = _PARENT_AFTER.match(doc.text, end)
    if after and after.end() in starts:
        return starts[after.end()]
    owner = _POSSESSIVE_BEFORE.search(doc.text, max(0, start - 42), start)
    first = _FIRST_WORD.match(doc.text, start, end)
    leading = _leading_owner(doc.text[start:end], names)  # ("Kasetsart University Faculty of ...")
    if leading:
        return leading
    dashed = _dashed_owner(doc.text[start:end], names)  # ("CSIR-Crops Research Institute")
    if dashed:
        return dashed
    for found in (owner, first):
        if found is None:
            continue
        countries = names.get(found.group(1)) or names.get(found.group(1).upper())
        if countries and len(countries) == 1:
            return next(iter(countries))
    return None


def _leading_owner(name: str, names: dict[str, set[str]]) -> str | None:
    """The country of the one placed organisation whose name (two words or more) starts `name`
    and a capitalised word goes on from: the unit is named after its owner ("Kasetsart University
    Faculty of Fisheries", "RIKEN Center for ...")."""
    words = name.split()
    for n in range(len(words) - 1, 1, -1):
        if not words[n][:1].isupper():
            continue
        countries = names.get(" ".join(words[:n]))
        if countries and len(countries) == 1:
            return next(iter(countries))
    return None


def _one_country(names: dict[str, set[str]], name: str) -> str | None:
    countries = names.get(name) or names.get(name.upper())
    return next(iter(countries)) if countries and len(countries) == 1 else None


def _dashed_owner(name: str, names: dict[str, set[str]]) -> str | None:
    """The country of the placed organisation whose acronym opens `name` before a dash ("CSIR-Crops
    Research Institute", "CSIR–Soil Research Institute"): a unit named after its parent. Not when
    the word after the dash names a placed body of another country ("KNUST–McGill Joint
    Laboratory": a body of the two)."""
    prefix = _PARENT_PREFIX.match(name)
    owner = _one_country(names, prefix.group(1)) if prefix else None
    if owner is None or prefix is None:
        return None
    rest = name[prefix.end() :].split(None, 1)
    second = _one_country(names, rest[0].strip(WORD_EDGES)) if rest else None
    return owner if second in (None, owner) else None


def _named_after_owner(name: str, names: dict[str, set[str]]) -> str | None:
    """The country of the placed organisation that opens the name of a unit: its acronym as the
    first word ("UPV Institute for Energy Engineering"), before a dash ("CSIR-Crops Research
    Institute"), or its name of two words or more ("Kasetsart University Faculty of ..."). The unit's
    own name tells its owner better than the nearest country of its sentence."""
    first = _FIRST_WORD.match(name)
    if first and first.group(1).isupper() and first.group(1).isalpha():
        owner = _one_country(names, first.group(1))
        if owner:
            return owner
    return _dashed_owner(name, names) or _leading_owner(name, names)


_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _trailing_owner(name: str, names: dict[str, set[str]]) -> str | None:
    """The country of the one placed organisation whose name (two words or more, or an acronym) ends
    `name` after "of": the unit names its owner in its own name ("Fritz Haber Institute of the Max
    Planck Society", "Faculty of Medicine of the University of X", "Research Bureau of MEXT")."""
    for found in _OF_OWNER.finditer(name):
        rest = name[found.end() :]
        countries = names.get(rest) if " " in rest or _acronym(rest) else None
        if countries and len(countries) == 1:
            return next(iter(countries))
    return None


def _without_cut_names(groups: list[Candidate]) -> list[Candidate]:
    """The groups but those each mention of which is only the start of another group's mention: a
    name cut short at a comma or a lower-case word ("Ministry of Water, Land" of "Ministry of Water,
    Land and Forests", "Instituto Nacional" of "Instituto Nacional de Tecnologia")."""
    longest: dict[int, list[tuple[int, int]]] = {}  # span start -> (end, group id) of every mention
    for group in groups:
        for start, end in group.spans:
            longest.setdefault(start, []).append((end, id(group)))
    return [
        group
        for group in groups
        if not group.spans
        or not all(
            any(other > end and owner != id(group) for other, owner in longest[start])
            for start, end in group.spans
        )
    ]


_COMMA_BEFORE = re.compile(r"(?:\([^()\n]{1,20}\))?,[ \t]*$")
_COMMA_AFTER = re.compile(r",[ \t]*")
_OF_THE_BEFORE = re.compile(r"\bof the (?:[A-Z][\w-]*,? ){0,3}$")


@functools.cache
def _title_comma_before() -> re.Pattern[str]:
    """A title and a comma right before a unit ("Dean, College of Engineering, NTU")."""
    titles = longest_first(yaml_words("roles.yaml", "titles"))
    return re.compile(rf"(?<![\w-])(?:{titles}),[ \t]*$")


def _comma_unit(group: Candidate) -> bool:
    """A name headed only by a unit word (`comma_unit_heads`), with no acronym or registry entry."""
    if group.ror or group.aliases:
        return False
    units = yaml_words("org_heads.yaml", "comma_unit_heads")
    heads = name_words()[0]
    words = [w.strip(WORD_EDGES) for w in group.name.split()]
    return any(w in units for w in words) and all(w in units for w in words if w in heads)


def _without_comma_units(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """The groups but inner units written beside another group across a comma at every mention
    ("School of Engineering, KMITL", "JETRO), Tel Aviv Office"): units of that body, not bodies."""
    units = [g for g in groups if g.spans and _comma_unit(g)]
    if not units:
        return groups
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for group in groups:
        for start, end in group.spans:
            starts[start], ends[end] = id(group), id(group)
    text = doc.text

    def beside(group: Candidate, start: int, end: int) -> bool:
        after = _COMMA_AFTER.match(text, end, min(len(text), end + 4))
        # under a title ("Dean of the School of Engineering, KMITL"); a unit that opens its own
        # clause stays ("The Department of Marine Biology, University of Tartu, hosts ...")
        if (
            after
            and starts.get(after.end(), id(group)) != id(group)
            and (
                _OF_THE_BEFORE.search(text, max(0, start - 40), start)
                or _title_comma_before().search(text, max(0, start - 40), start)
            )
        ):
            return True
        before = _COMMA_BEFORE.search(text, max(0, start - 26), start)
        if not before:
            return False
        close = before.group().find(")")  # "Japan External Trade Organization (JETRO), Tel Aviv Office"
        places = (before.start(), before.start() + close) if close > 0 else (before.start(),)
        return any(ends.get(at, id(group)) != id(group) for at in places)

    dropped = {id(g) for g in units if all(beside(g, s, e) for s, e in g.spans)}
    return [g for g in groups if id(g) not in dropped]


@functools.cache
def _international_pattern() -> re.Pattern[str]:
    """Names that only an intergovernmental body bears (org_heads.yaml `international_names`)."""
    return re.compile("|".join(load_yaml("org_heads.yaml").get("international_names", [])) or "(?!)")


def _international_name(name: str) -> bool:
    """ "United Nations Office for ...", "UN Environment Programme": a body of the nations
    together, which no partner country owns wherever it sits or whoever works with it."""
    return bool(_international_pattern().search(" ".join(name.split())))


@functools.cache
def _region_opening() -> re.Pattern[str]:
    """A name's opening region adjective (org_heads.yaml `region_adjectives`), after an optional
    compass word (`region_compass_words`)."""
    heads = load_yaml("org_heads.yaml")
    adjectives = longest_first(heads.get("region_adjectives", []))
    compass = longest_first(heads.get("region_compass_words", []))
    if not adjectives:
        return re.compile("(?!)")
    opening = rf"(?:(?:{compass}) )?" if compass else ""
    return re.compile(rf"(?:the )?{opening}(?:{adjectives})(?![\w-])")


def regional_body(name: str) -> bool:
    """ "East African Community", "Islamic Development Bank", "Asian Development Bank": a body named
    after a world region, not a country, of a kind that the region's members set up together (none
    owns it alone). A name that also names a country ("Arab Republic of Egypt ...") is that
    country's; a region's school or company ("Asian Institute of ...") is left to its seat."""
    name = " ".join(name.split())
    if _region_opening().match(name) is None or country_table().spans(name[:80]):
        return False
    return bool(yaml_words("org_heads.yaml", "region_heads") & set(name.replace("-", " ").split()))


@functools.cache
def _binational_heads() -> re.Pattern[str]:
    """The kinds of a body that two countries run together (org_heads.yaml `binational_heads`)."""
    heads = load_yaml("org_heads.yaml").get("binational_heads", [])
    return re.compile(rf"\b(?:{longest_first(heads)})\b" if heads else "(?!)")


_PAIR_JOINS = frozenset("-\u2010\u2011\u2013/")


def binational_body(name: str) -> bool:
    """ "Canada-Israel Industrial Research and Development Foundation", "Sino-German Joint Laboratory
    for ...", "the Norwegian-Chilean Commission on ...": a body of two countries together (its name
    opens with the pair, joined by a hyphen, a dash or a slash) whose kind is one that neither of them
    owns alone, so it has no country of its own. A centre or an institute of such a name is not one
    (it stands in one of the two)."""
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    if not _binational_heads().search(name):
        return False
    spans = country_table().spans(name[:60])
    if len(spans) < 2 or spans[0][0] != 0:
        return False
    (_, first_end, first, _), (second_start, second_end, second, _) = spans[0], spans[1]
    joined = name[first_end:second_start] in _PAIR_JOINS or (
        second_start == first_end and name[first_end - 1 : first_end] == "-"  # "Sino-", "Franco-"
    )
    if first == second or not joined:
        return False
    return second_end >= len(name) or not name[second_end].isalnum()


def _fold_into_joint(groups: list[Candidate]) -> list[Candidate]:
    """Fold a body placed in one of two countries, or in none, into the body of the two together
    whose name ends with its name ("the Digital Partnership Council", once "the EU-Japan Digital
    Partnership Council"): the short name is the joint body's, which neither country owns."""
    joint = [
        (g, {code for _, _, code, _ in country_table().spans(g.name[:60])})
        for g in groups
        if g.country is None and g.country_sure and binational_body(g.name)
    ]
    headed = [g for g in groups if not g.ror and _head_before_topic(g.name)]
    if not joint and not headed:
        return groups
    kept = []
    for group in groups:
        short = " " + key(group.name)
        outer = None
        if not group.ror and " " in short.strip():
            outer = next(
                (
                    j
                    for j, pair in joint
                    if j is not group
                    and (group.country is None or group.country in pair)
                    and key(j.name).endswith(short)
                ),
                None,
            )
        if outer is None and not group.ror:
            outer = _headed_outer(group, headed)
        if outer is None:
            kept.append(group)
            continue
        outer.aliases.add(group.name)
        outer.aliases |= group.aliases
        outer.spans += [span for span in group.spans if span not in outer.spans]
    return kept


_TOPIC_LINK = re.compile(r" (?:on|for|of|in) ")


@functools.cache
def _folded_kinds() -> tuple[str, ...]:
    """The kinds of a joint body (org_heads.yaml `binational_heads`), folded (`key`)."""
    return tuple(key(head) for head in load_yaml("org_heads.yaml").get("binational_heads", []))


@functools.cache
def _kind_endings() -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded kinds (`_folded_kinds`), and each after a space (how a longer name ends in one)."""
    kinds = _folded_kinds()
    return frozenset(kinds), tuple(" " + kind for kind in kinds)


def _ends_with_kind(folded: str) -> bool:
    kinds, endings = _kind_endings()
    return folded in kinds or folded.endswith(endings)


def _head_before_topic(name: str) -> str | None:
    """The opening of a joint body's name up to its kind, when a topic follows the kind
    ("argentina india joint working group" of "Argentina-India Joint Working Group on Space
    Cooperation"): folded (`key`)."""
    folded = key(name)
    link = _TOPIC_LINK.search(folded)
    if link is None:
        return None
    opening = folded[: link.start()]
    return opening if _ends_with_kind(opening) else None


def _headed_outer(group: Candidate, headed: list[Candidate]) -> Candidate | None:
    """The one joint body whose name opens (up to its kind) with a shorter name of `group` at its
    end ("the Joint Commission", "the Trilateral Working Group" once "the Mexico-Germany Joint
    Commission on ...", "the Trilateral Working Group on ..."): the short name is that body's, told
    again without its topic. The longest of the group's names decides; one fitting two bodies
    decides nothing, and neither does a body placed in another country than the short name surely is."""
    for form in sorted({group.name, *group.aliases}, key=len, reverse=True):
        short = key(form)
        if " " not in short or not _ends_with_kind(short):
            continue
        fits = []
        for outer in headed:
            opening = _head_before_topic(outer.name)
            if (
                outer is not group
                and opening
                and (opening == short or opening.endswith(" " + short))
                and (
                    group.country is None or outer.country in (None, group.country) or not group.country_sure
                )
            ):
                fits.append(outer)
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def _partner_bare_bodies(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """ "The Commission will run a pilot call" in a text about the EU: a partner's body named by its
    bare head with the article (org_heads.yaml `partner_bare_names`) is that body, of that partner,
    unless the text names another body of the same head ("the Joint Commission ... the Commission")."""
    partners = set(doc.data.get("context_countries") or ())
    for code, names in (load_yaml("org_heads.yaml").get("partner_bare_names") or {}).items():
        if code not in partners:
            continue
        for bare, full in names.items():
            if bare in doc.text:
                groups = _bare_body(doc, groups, code, bare, full)
    return groups


@functools.lru_cache(maxsize=256)
def _bare_use(bare: str) -> re.Pattern[str]:
    """A use of a bare head with the article that names no body of its own after it ("the
    Commission", not "the Commission of X" nor "the Commission's Y")."""
    return re.compile(rf"\b[Tt]he ({re.escape(bare)})\b(?!['’]?s? +(?:(?:of|for|on|to)\b|[A-Z]))")


def _bare_body(doc: Doc, groups: list[Candidate], code: str, bare: str, full: str) -> list[Candidate]:
    """`_partner_bare_bodies` for one bare head: rename, fold or add its uses."""
    bare_key, full_key = key(bare), key(full)
    tail = " " + bare_key
    if any(key(g.name).endswith(tail) and full_key not in g.name_keys() for g in groups):
        return groups  # (another body of that head: "the Commission" may be it)
    named = [g for g in groups if full_key in g.name_keys()]
    bares = [g for g in groups if key(g.name) == bare_key and not g.ror]
    uses = [(m.start(1), m.end(1)) for m in _bare_use(bare).finditer(doc.text)]
    if not bares and (named or not uses):
        return groups
    target = named[0] if named else (bares[0] if bares else None)
    if target is None:
        target = Candidate(full, set(), code, True, None, [])
        groups = [*groups, target]
    if not named:
        index = reference("organizations")
        entries = [e for e in (index.lookup(full) if index else []) if getattr(e, "country", None) == code]
        target.name, target.country, target.country_sure = full, code, True
        target.ror = getattr(entries[0], "ror_id", None) if entries else None
    target.aliases.add(bare)
    for g in bares:
        if g is not target:
            target.spans.extend(g.spans)
    target.spans.extend(s for s in uses if s not in target.spans)
    return [g for g in groups if g is target or g not in bares]


@functools.lru_cache(maxsize=65536)
def _no_country_name(name: str) -> bool:
    """Whether `name` is one that no single country owns (`_international_name`, `binational_body`,
    `regional_body`): remembered per name, as the same bodies recur from document to document."""
    return _international_name(name) or binational_body(name) or regional_body(name)


# "KIST Europe", "DAAD Kenya": an organisation's acronym, then the country or region of its
# office abroad (the name of the office).
_ACRONYM_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][A-Z0-9&*-]{1,9})[ \t]$")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]|[-–'’]\w")
_OFFICE_PLACE_KINDS = frozenset({"name", "short", "region"})


@functools.cache
def _office_word() -> re.Pattern[str]:
    """A lower-case noun right after an office abroad's name ("the JICA Peru office"; org_heads.yaml
    `office_abroad_words`)."""
    words = yaml_words("org_heads.yaml", "office_abroad_words")
    return re.compile(rf"[ \t]+(?:{longest_first(words)})\b" if words else "(?!)")


@functools.cache
def _office_head() -> re.Pattern[str]:
    """The same noun capitalised, ending the name ("the JICA Thailand Office", "the JSPS Stockholm
    Office"): no capitalised word goes on after it."""
    words = [w.capitalize() for w in yaml_words("org_heads.yaml", "office_abroad_words")]
    return re.compile(rf"[ \t]+(?:{longest_first(words)})\b(?![ \t]+[A-Z]|[-–'’]\w)" if words else "(?!)")


def office_abroad_candidates(doc: Doc) -> list[Candidate]:
    """Offices named by a body's acronym and the country or region they serve ("KIST Europe",
    "JSPS Africa"), or the city or country they sit in with a capitalised office word ("JSPS
    Stockholm Office", "JICA Kenya Office"): the acronym names an organisation in the text or the
    curated reference, of another country than the place (not "KAIST Korea"), and no capitalised
    word goes on after."""
    kinds = doc.data.get("acronym_kind", {})
    out = []
    for mention in [*doc.layer("country"), *doc.layer("city")]:
        head = _office_head().match(doc.text, mention.end)
        if mention.attrs.get("kind") not in _OFFICE_PLACE_KINDS and head is None:
            continue
        found = _ACRONYM_BEFORE.search(doc.text, max(0, mention.start - 12), mention.start)
        if not found or (head is None and _NAME_GOES_ON.match(doc.text, mention.end)):
            continue
        acronym = found.group(1)
        home = _curated_country(acronym)
        if kinds.get(acronym) != "org" and home is None:
            continue
        start = found.start(1)
        if home == mention.attrs["code"] or acronym in common_noun_acronyms(doc):
            continue
        if doc.in_span("country", start, found.end(1)):
            continue  # two places ("EU Japan", "UK Korea"), no office
        end, name = mention.end, doc.text[start : mention.end]
        aliases = set()
        office = head or _office_word().match(doc.text, end)
        if office:  # "the JICA Peru office": the office's name with its word, the short one an alias
            aliases.add(name)
            end = office.end()
            name = doc.text[start:end]
        candidate = Candidate(
            name, aliases, spans=[(start, end)], country=home, country_sure=home is not None
        )
        out.append(candidate)
    return out


def _with_firms(doc: Doc, read: list[Candidate]) -> list[Candidate]:
    """`read` with the companies named by a legal form (`firm_names`: "VENG S.A.", "Siam Optics
    Co., Ltd."): a firm's name replaces a phrase read inside it ("Siam Optics Co." cut at the
    comma), and stands alone where none was read; a phrase that holds the whole firm stays."""
    firms = firm_names(doc)
    if not firms:
        return read
    kept = list(read)
    for start, end in firms:
        kept = [part for c in kept for part in _outside_firm(doc, c, start, end)]
        if any(c.spans and c.spans[0][0] <= start and end <= c.spans[0][1] for c in kept):
            continue
        kept = [c for c in kept if not (c.spans and start <= c.spans[0][0] < end and c.spans[0][1] <= end)]
        candidate = Candidate(doc.text[start:end], spans=[(start, end)])
        _place(doc, candidate, start, end)
        kept.append(candidate)
    return kept


_FIRM_JOINT_BEFORE = re.compile(r"(?:[ \t\n]*(?:,|and|&))+[ \t\n]*$")
_FIRM_JOINT_AFTER = re.compile(r"[ \t\n]*(?:(?:,|and|&)[ \t\n]*)+")


def _outside_firm(doc: Doc, candidate: Candidate, start: int, end: int) -> list[Candidate]:
    """A phrase read across the edge of a firm's name at [start, end) or around it, with a list joint
    at that edge ("NEC Corporation, Mitsui" of "NEC Corporation, Mitsui & Co., Kubota ...", "Toray
    Industries, Nagase & Co.": a list of firms read as one name), cut to its parts outside the firm
    that name an organisation; any other phrase as it is."""
    if not candidate.spans:
        return [candidate]
    cs, ce = candidate.spans[0]
    if ce <= start or cs >= end or (start <= cs and ce <= end):
        return [candidate]
    parts = []
    if cs < start:
        joint = _FIRM_JOINT_BEFORE.search(doc.text, cs, start)
        if joint is None:
            return [candidate]
        parts.append((cs, joint.start()))
    if ce > end:
        joint = _FIRM_JOINT_AFTER.match(doc.text, end, ce)
        if joint is None:
            return [candidate]
        parts.append((joint.end(), ce))
    out = []
    for part in parts:
        name = doc.text[part[0] : part[1]]
        if name and kind_of(name) == "org":
            rest = Candidate(name, spans=[part])
            _place(doc, rest, *part)
            out.append(rest)
    return out


def _with_airlines(doc: Doc, read: list[Candidate]) -> list[Candidate]:
    """`read` with the airlines named without a head word (`airline_names`: "Air Transat",
    "EgyptAir", "Aerolíneas Argentinas") where no phrase read holds them; an airline's country is
    that of the country word its name holds, else the text's (`_place`)."""
    airlines = airline_names(doc)
    if not airlines:
        return read
    kept = list(read)
    table = country_table()
    for start, end in airlines:
        listed = _AND_AFTER.match(doc.text, end)
        if listed:  # ("EgyptAir and Aegean Airlines": two bodies, not one name)
            kept = [_after_listed(doc, c, start, listed.end()) for c in kept]
        if any(c.spans and c.spans[0][0] <= start and end <= c.spans[0][1] for c in kept):
            continue
        candidate = Candidate(doc.text[start:end], spans=[(start, end)])
        own = next(filter(None, map(table.code, airline_country_words(candidate.name))), None)
        if own:
            candidate.country, candidate.country_sure = own, True
        else:
            _place(doc, candidate, start, end)
        kept.append(candidate)
    return kept


_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")

# "participants from ASML, NXP Semiconductors, the Netherlands Organisation for Applied Scientific
# Research (TNO) and Brainport Development": a list opened by a word that brings in its members,
# whose bare names (no head word) stand beside bodies named with one; each bare name is a body too.
_BLANK = r"[ \t\n]+"
_COORDINATION_WORDS = (
    rf"from|including|include|includes|included|such{_BLANK}as|among{_BLANK}them"
    rf"|among{_BLANK}others|notably|namely|involving|joined{_BLANK}by"
)
_COORDINATION_CUE = re.compile(rf"(?<![\w-])(?:{_COORDINATION_WORDS}){_BLANK}(?:the{_BLANK})?(?=[A-ZÀ-Þ])")
_COORDINATION_START = re.compile(_COORDINATION_WORDS)  # (where a cue may start: `finditer_from`)
_COORDINATED_WORD = r"[A-ZÀ-Þ][\w&'’+-]*+"
_COORDINATED_ITEM = re.compile(
    rf"{_COORDINATED_WORD}(?:[ \t]*\n?[ \t]*{_COORDINATED_WORD}){{0,2}}"
    r"(?![\w&'’+-]|[ \t]*\n?[ \t]*[A-ZÀ-Þ])"  # (a longer run of capitalised words: not read here)
)
# (", ", ", and ", " and ", " & ", after a body's acronym in brackets, in any letters: "(ÍSOR)";
# "the" may follow)
_COORDINATED_JOINT = re.compile(
    r"(?:[ \t\n]*\([\w&-]{2,12}\))?[ \t\n]*(?:(?P<comma>,)[ \t\n]*(?:(?:and|&)[ \t\n]+)?"
    r"|(?:and|&)[ \t\n]+)(?:the[ \t\n]+)?(?=[A-ZÀ-Þ])"
)
_COORDINATED_MAX_ITEMS = 12
_COORDINATED_MIN_ITEMS = 3
_SIDE_AFTER = re.compile(
    r"(?:[ \t\n]*\([^()\n]{1,20}\))?[ \t\n]*on[ \t\n]+the[ \t\n]+([A-Z][\w-]+)[ \t\n]+side\b"
)


def _coordinated_candidates(doc: Doc, bodies: list[Candidate]) -> list[Candidate]:
    """The bare names (one to three capitalised words, no head word) listed beside bodies named with
    a head word (`bodies`) in a list of at least three members, with a comma, that a cue word opens
    (`_COORDINATION_CUE`): "from ASML, NXP Semiconductors, the Netherlands Organisation ... (TNO)
    and Brainport Development". A place, a field's word, a common acronym or a date is no such
    name. The side named right after the list ("... on the Dutch side") is their country."""
    text = doc.text
    starts = {c.spans[0][0]: c.spans[0][1] for c in bodies if c.spans}
    if not starts or ", " not in text:
        return []
    out: list[Candidate | None] = []
    for cue in finditer_from(_COORDINATION_START, _COORDINATION_CUE, text):
        position = cue.end()
        items: list[tuple[int, int]] = []
        anchors = commas = 0
        for _ in range(_COORDINATED_MAX_ITEMS):
            if position in starts:
                anchors += 1
                position = starts[position]
            else:
                item = _COORDINATED_ITEM.match(text, position)
                if item is None:
                    break
                items.append(item.span())
                position = item.end()
            joint = _COORDINATED_JOINT.match(text, position)
            if joint is None:
                break
            commas += bool(joint["comma"])
            position = joint.end()
        if anchors and commas and anchors + len(items) >= _COORDINATED_MIN_ITEMS:
            side = _SIDE_AFTER.match(text, position)
            home = country_table().code(side.group(1)) if side else None
            out.extend(_coordinated_name(doc, start, end, home) for start, end in items)
    return [c for c in out if c is not None]


def _coordinated_name(doc: Doc, start: int, end: int, home: str | None) -> Candidate | None:
    """A bare name listed beside bodies (`_coordinated_candidates`), unless it is a place, a field's
    word, a common acronym or a date; of the country `home` when the list names its side."""
    words = doc.text[start:end].split()
    if any(w in name_words()[0] for w in words) or words[0] in load_lines("name_stopwords.txt"):
        return None
    if words[-1].endswith(("'s", "’s")):
        return None  # (an owner of what follows: "..., ITB and BRIN's research centres")
    if words[0] in common_noun_acronyms(doc) or in_date(doc, start, end):
        return None
    places = [*doc.in_span("country", start, end), *doc.in_span("city", start, end)]
    if any(m.start <= start and end <= m.end for m in places):
        return None  # (a place: "from Japan, Korea and the Asian Development Bank")
    candidate = Candidate(doc.text[start:end], spans=[(start, end)])
    if home:  # ("... and Brainport Development on the Dutch side")
        candidate.country, candidate.country_sure = home, True
    else:
        _place(doc, candidate, start, end)
    return candidate


def _after_listed(doc: Doc, candidate: Candidate, listed: int, start: int) -> Candidate:
    """A candidate read from `listed` on, read from `start` on instead (past the listed name before
    it); as it is when it starts elsewhere or when that part names no organisation."""
    if not candidate.spans or candidate.spans[0][0] != listed:
        return candidate
    end = candidate.spans[0][1]
    if end <= start or kind_of(doc.text[start:end]) != "org":
        return candidate
    rest = Candidate(doc.text[start:end], spans=[(start, end)])
    _place(doc, rest, start, end)
    return rest


# "Kyoto and Osaka Universities", "the Delhi, Mumbai and Chennai Universities": bodies named after a
# list, sharing one plural head.
_PLURAL_HEADS = {"Universities": "University"}
_SHARED_PLURAL = re.compile(
    rf"\b((?:[A-Z][\w'’-]+, )*[A-Z][\w'’-]+,? and [A-Z][\w'’-]+) ({'|'.join(_PLURAL_HEADS)})\b"
)
_LIST_OPENERS = frozenset({"The", "Both", "And", "At", "From", "With", "In", "By", "Of"})


def _shared_plural_candidates(doc: Doc) -> list[Candidate]:
    """One body for each name of a list before a shared plural head: the known body of that name
    (the one of a country the text names, if several), else one of the city it is named after."""
    if not any(plural in doc.text for plural in _PLURAL_HEADS):
        return []
    index = reference("organizations")
    if index is None:
        return []
    context = set(doc.data.get("context_countries", set())) | {
        str(m.attrs["code"]) for m in doc.layer("country")
    }
    out = []
    for match in _SHARED_PLURAL.finditer(doc.text):
        head = _PLURAL_HEADS[match.group(2)]
        base = match.start(1)
        for word in re.finditer(r"[A-Z][\w'’-]+", match.group(1)):
            if word.group() in _LIST_OPENERS:
                continue
            start, end = base + word.start(), base + word.end()
            name = f"{word.group()} {head}"
            entries = [e for e in index.lookup(name) if key(e.name) == key(name)]
            placed = [e for e in entries if e.country in context] or entries
            if len(placed) == 1:
                entry = placed[0]
                aliases = _own_acronyms(entry)
                out.append(Candidate(entry.name, aliases, entry.country, True, entry.ror_id, [(start, end)]))
                continue
            cities = {str(m.attrs.get("code")) for m in doc.in_span("city", start, end)}
            if len(cities) == 1 and cities <= context:
                out.append(Candidate(name, set(), cities.pop(), True, None, [(start, end)]))
    return out


@functools.cache
def _association_opening() -> re.Pattern[str]:
    """A plural head of org_heads.yaml `association_plurals`, then a capitalised word."""
    plurals = longest_first(yaml_words("org_heads.yaml", "association_plurals"))
    return re.compile(rf"(?<![\w&'’-])(?:{plurals})[ \t]+(?=[A-Z])")


def _national_association_candidates(doc: Doc) -> list[Candidate]:
    """National associations named by a plural head and their country, nothing between
    ("Universities Denmark", "Research Councils UK"): the plural then a country's name, and no other
    capitalised word on either side (not "Nordic Universities Sweden Network")."""
    out = []
    text = doc.text
    for found in _association_opening().finditer(text):
        country = next(
            (m for m in doc.in_span("country", found.end(), found.end() + 40) if m.start == found.end()), None
        )
        if country is None or country.attrs.get("kind") == "adjective":
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            continue
        if _CAPITALISED_AFTER.match(text, country.end):
            continue
        name = text[found.start() : country.end]
        out.append(
            Candidate(name, set(), str(country.attrs["code"]), True, None, [(found.start(), country.end)])
        )
    return out


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")


# "OeAD – Austria's Agency for Education ...": a body's acronym, a spaced dash, maybe an owner.
_DASHED_ACRONYM_BEFORE = re.compile(
    r"(?<![\w&-])([A-Z][\w&*-]{1,15})[ \t]+[\u2013\u2014-][ \t]+(?:[A-Z][\w-]*['’]s[ \t]+)?$"
)


def _fold_dashed_names(doc: Doc, groups: list[Candidate]) -> list[Candidate]:
    """Fold a name that follows a body's acronym and a dash into that body, when the name's head
    word is one of the body's own name ("OeAD – Agency for Education and Internationalisation", the
    OeAD being the "Austrian Agency for International Cooperation ..."): the body described in
    words. A unit of the body keeps its own name ("CSIR – National Chemical Laboratory", "OeAD –
    Centre for International Cooperation")."""
    if "\u2013" not in doc.text and "\u2014" not in doc.text and " - " not in doc.text:
        return groups
    by_short = {a: g for g in groups for a in g.aliases if is_acronym(a)}
    heads = name_words()[0]
    folded: set[int] = set()
    for group in groups:
        target = next(
            (
                by_short[found.group(1)]
                for start, _ in group.spans
                if (found := _DASHED_ACRONYM_BEFORE.search(doc.text, max(0, start - 40), start))
                and found.group(1) in by_short
            ),
            None,
        )
        if target is None or target is group:
            continue
        kinds = [w for w in group.name.split() if w in heads]
        if kinds and kinds[-1] in target.name.split():
            _absorb(target, group)
            folded.add(id(group))
    return [g for g in groups if id(g) not in folded]


@component("organizations")
def make_organizations() -> Component:
    """Find the organisations of a document (record ``organizations``)."""

    def run(doc: Doc) -> None:
        references = (
            reference_candidates(doc) + _shared_plural_candidates(doc) + _national_association_candidates(doc)
        )
        definitions = definition_candidates(doc)
        defined = SpanIndex(
            [span for c in definitions for span in c.spans[:-1]]
        )  # (the names, not the acronym)
        read = _with_airlines(doc, _with_firms(doc, phrase_candidates(doc)))
        read_spans = _first_spans(read)
        missions = [m for m in _seated_missions(doc) if not _inside_longer(m, read_spans)]
        seated = _first_spans(missions)
        found = [
            c
            for c in (
                missions
                + [p for p in read if not _inside_longer(p, seated)]
                + _appositive_candidates(doc)
                + _coordinated_candidates(doc, definitions + read)
                + mission_candidates(doc)
                + office_abroad_candidates(doc)
            )
            if not _inside_longer(c, defined)
        ]
        known_ends: dict[int, list[int]] = {}
        for known_candidate in references + definitions:
            s, e = known_candidate.spans[0]
            known_ends.setdefault(e, []).append(s)
        phrases = [p for p in (_cut_before_known(doc, c, known_ends) for c in definitions + found) if p]
        known = KnownSpans([c.spans[0] for c in references])
        phrases = [p for p in (_cut_across_known(doc, c, known) for c in phrases) if p]
        phrases = [p for p in (_cut_before_money(doc, c) for c in phrases) if p]
        branches = SpanIndex([c.spans[0] for c in references if c.branch])
        phrases = [p for p in phrases if not _inside_longer(p, branches)]
        outer = _first_spans(phrases)
        shorts = SpanIndex([c.spans[-1] for c in definitions if c.spans])  # ("KIST" of "KIST Europe")
        references = [c for c in references if not _inside_longer(c, outer) and not _inside_longer(c, shorts)]
        references = _not_starting_defined(doc, references, definitions)
        references = _not_other_states(doc, references, phrases)
        references, phrases = _namesakes_defined_abroad(doc, references, phrases, definitions)
        _registry_country_first(doc, phrases, references)
        candidates = [
            c
            for c in references + [_with_short_alias(doc, c) for c in phrases]
            if is_organisation_name(c.name) and not _body_delegation(doc, c)
        ]
        candidates = separate_predecessors(doc, candidates)
        groups = _without_comma_units(doc, fold_seatless(_without_cut_names(merge_nested(merge(candidates)))))
        settle_by_home(doc, groups)
        acronym_uses(doc, groups)
        mission_uses(doc, groups)
        settle_by_parent(doc, groups)
        settle_by_scene(doc, groups)
        settle_federal(doc, groups)
        _unplaced_at_home(doc, groups)
        _beside_counterpart(doc, groups)
        groups = _with_glosses(doc, fold_placed(groups))
        groups = _fold_then_named(doc, _named_before_apposition(doc, groups))
        groups = [g for g in _partner_bare_bodies(doc, groups) if not _kind_named_only(doc, g)]
        for group in groups:
            if group.international or _no_country_name(group.name):
                group.country, group.country_sure = None, True
        groups = fold_organs(fold_closing_acronyms(_fold_dashed_names(doc, groups), _absorb))
        groups = fold_seat_only_missions(_fold_into_joint(fold_short_forms(groups, _absorb)), _absorb)
        settle_seat_only_missions(groups, doc.data.get("context_countries") or ())
        doc.data["organizations"] = groups
        for group in groups:
            name = one_line(group.name)
            aliases = sorted(
                {one_line(a).strip() for a in group.aliases if key(a) != key(group.name)} - {name}
            )
            doc.record.organizations.append(
                Organization(name, aliases, group.country, group.ror, sorted(group.spans)[:20])
            )

    return run
