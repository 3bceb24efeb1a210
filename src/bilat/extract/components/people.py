"""People: names with honorifics, titles and roles, in "Given Family" order, with the country they
represent; later mentions by surname alone are resolved to the same person.

Patterns (over the tokens of one sentence):
  honorific NAME            "Dr. Harsh Vardhan", "H.E. Ms. TAKAICHI Sanae"
  TITLE NAME                "Prime Minister Ulf Kristersson", "ERC President Bourguignon"
  TITLE of PORTFOLIO NAME   "Minister of University and Research Anna Maria Bernini"
  NAME, ROLE                "Ebba Busch, Minister for Energy, Business and Industry"
  ROLE, NAME,               "Israel's Minister of Economy, Naftali Bennett,"
  NAME ⏎ ROLE               contact blocks: a name line followed by a title line
  | ROLE | ... ⏎ | NAME, ... | pipe tables: names in the cells of a column headed by a role
Names go on over middle initials and particles ("Karen L. Whitaker", "Faisal bin Nasser Al-Harbi").
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise

import ahocorasick_rs
from rapidfuzz.distance import Levenshtein

from bilat.extract.components.context import by_first_letter
from bilat.extract.components.sentences import line_pairs
from bilat.extract.doc import Doc, Mention, SpanIndex
from bilat.extract.matching import Hit, PhraseMatcher, doc_lowered
from bilat.extract.naming import countries_in, country_in_sentence, key, kind_of, names_state, states_in
from bilat.extract.org_appositives import BODY_DETERMINED, company_nouns
from bilat.extract.owners import settle_by_portfolio, settle_by_roles
from bilat.extract.people_countries import (
    complement,
    org_country_in,
    role_places,
    settle_countries,
    short_form_country,
    sure_org_in,
)
from bilat.extract.phrases import Token, name_words, opens_with_okina, token_cut
from bilat.extract.record import Person
from bilat.extract.reference import countries as country_table
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_lines, load_yaml, longest_first, yaml_words
from bilat.extract.sides import side_country

MAX_NAME = 4
# Characters that only occur in tokens that cannot be name words (digits; punctuation tokens).
_NOT_IN_NAMES = re.compile(r"[\d,;:()\[\]\"“”‘]")
# (after an apostrophe, a capital, "O'Brien", or three small letters or more, the glottal stop of
# Polynesian names, "La'auli", "Tuila'epa"; not "'s", "'ll", "'re")
_NAME_PART = re.compile(
    r"[^\W\d_][^\W\d_'’.]*(?:['’](?:[A-ZÀ-Þ]|[a-z]{3})[^\W\d_]*)?(?:[-‐][^\W\d_]+)*"
)
STOP_WORDS = load_lines("name_stopwords.txt")
# Two tokens in a row that may both be capitalised (see phrases.tokens: a token is a run of word
# characters `_W` with an optional "'s"-like tail; a capitalised token starts with an upper-case
# letter, or with a digit and holds a letter). Tokens are apart by [\s*#] except after a tail
# (`_ADJACENT`: such a sentence is always scanned); otherwise a pair is a word that starts after a
# non-word character (or at the sentence start: `_PAIR_AT`), spaces and a word. Each attempt reads one
# word at most once (possessive and atomic groups): linear. A superset: a sentence without a match
# has no such pair (tests/extract/test_people_scan.py).
_W = "[^\\s,;:()\\[\\]\"“”‘’'*#]"
_CAPITAL = "[^\\s,;:()\\[\\]\"“”‘’'*#a-z]"
_TAIL = "['’][A-Za-z]++"
_LETTER_AFTER_DIGIT = f"(?<=\\d)(?:(?>{_W}*?[^\\W\\d_]){_W}*+(?:{_TAIL})?|{_W}*+{_TAIL})"
_FIRST = f"{_CAPITAL}(?:(?<!\\d){_W}*+(?:{_TAIL})?|{_LETTER_AFTER_DIGIT})"
_SECOND = f"{_CAPITAL}(?:(?<!\\d)|(?<=\\d)(?:(?>{_W}*?[^\\W\\d_])|{_W}*+['’][A-Za-z]))"
_PAIR_AT = re.compile(f"{_FIRST}[\\s*#]++{_SECOND}")
_MAY_PAIR = re.compile(f"(?<!{_W}){_PAIR_AT.pattern}")
_ADJACENT = re.compile("['’][A-Za-z]++[^\\s,;:()\\[\\]\"“”‘’'*#A-Za-z]")
# `_MAY_PAIR` with the capital first and the look-behind after it (the same matches): a pattern that
# starts with a character set lets the regex engine skip lower-case letters and spaces at C speed.
_MAY_PAIR_FAST = re.compile(f"{_CAPITAL}(?<!{_W}[\\s\\S]){_PAIR_AT.pattern[len(_CAPITAL) :]}")
# Patterns of the scan (compiled once).
# (an owner of up to four words and its possessive: "Singapore's", "Portugal Space's head of partnerships")
_OWNER = r"(?:[A-ZÀ-Þ][\w&.-]*[ \t]+){0,3}[^\s,;]+['’]s"
_LOWER_ROLE = re.compile(rf"\d{{4}} laureate|{_OWNER}[ \t]*\n?[ \t]*[a-z]")  # (a wrap may follow "UM6P's")
_LAUREATE = re.compile(r"\d{4} laureate")
_POSSESSIVE_FIRST = re.compile(rf"^{_OWNER}\s+")
_ACRONYM_OWNER = re.compile(r"[A-Z][A-Z0-9*&-]*[A-Z0-9]")  # (a body's acronym: "CNRS", "A*STAR")
MAX_OWNED_WORDS = 6  # a role after an owner's possessive has its title or role noun among its first words
SPEECH_WORDS = ("who", "said", "says", "told", "noted", "added", "stressed")
_SPEECH_BEFORE = frozenset(
    {"said", "says", "added", "adds", "noted", "notes", "explained", "stressed", "told"}
)
_SPEECH_AFTER = re.compile(f"\\s*(,\\s*)?({'|'.join(SPEECH_WORDS)})\\b")
_LINK = "\\s+(?:from|of|at)\\s+(?:the\\s+)?(?:\\S+['’]s\\s+)?"
_LINK_AFTER = re.compile(_LINK)
_LINK_BEFORE = re.compile(_LINK + "$")  # (a link that ends where the search ends)
_BRACKET_AFTER = re.compile(r"[ \t]?\(")
# A longer name that runs on into the words before a bracket ("Investigación en Biociencia (KRIBB)",
# "ETAg – Eesti Teadusagentuur (Estonian ...)"): a capitalised word and a short link word, or a dash.
_NAME_GOES_ON_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w’'-]*[ \t]+(?:[a-z]{1,3}[ \t]+)?|[-–—][ \t]*)$")
_LINK_REACH = 40  # a link is read in the 40 characters after a name
_SPEECH_REACH = 12  # a speech word, in the 12 characters after it
_CLAUSE_END = re.compile(r"[,;.()]|:(?=\s)")  # (a colon before what someone says: "head of X: “...”")
# Verbs of "who VERB" roles that no role noun holds ("who co-leads", "who oversees", "who runs").
_WHO_VERBS = (
    "heads",
    "leads",
    "co-leads",
    "runs",
    "manages",
    "directs",
    "chairs",
    "co-chairs",
    "coordinates",
    "co-ordinates",
    "oversees",
    "supervises",
    "convenes",
    "co-convenes",
    "co-directs",
)
_WHO_ROLE = re.compile(rf"who\s+(?:also\s+|currently\s+|now\s+)?((?:{'|'.join(_WHO_VERBS)})\s)")
# "NAME, who is a lecturer at X", "who serves as the project's coordinator": the role follows.
_WHO_IS = re.compile(
    r"who\s+(?:also\s+|currently\s+|now\s+)?(?:is|serves\s+as|works\s+as|acts\s+as)\s+(?:(?:a|an|the)\s+)?"
)
# What may close a bracket after a body's name: its short form or its place, one part after a comma.
_BRACKET_TAIL = re.compile(r"(?:,[ \t]*[^\s(),;][^(),;\n]{0,30})?\)")
# "NAME will serve as ROLE", "NAME, ... serves as": a verb of holding a role, then the role.
_SERVES_AS = re.compile(
    r"[ \t]*(?:(?:will|shall|would|is[ \t]+to|also|currently|now)[ \t]+)*"
    r"(?:serve|serves|served|act|acts|acted)[ \t]+as[ \t]+(?:(?:the|a|an)[ \t]+)?"
)
_DETAILS_IN_BRACKET = re.compile(r"[^()\n]{0,40}?(?:@|\+?\d[\d ]{5})")
# Marks that set a role off after a name besides a comma: a dash or an opening bracket.
_ROLE_SEPARATORS = frozenset({",", "—", "–", "("})
_PORTFOLIO_JOINERS = frozenset({"and", "&"})
_JOINS_AFTER_NAME = re.compile(r"[\s,]*(?:and\s+)?(?:the\s+)?")
# (words before a body or place, not before a portfolio)
_PLACE_LINKS = frozenset({"at", "of", "in", "from", "with", "by"})
# Tokens read after a title's "of"/"for" for the name that ends its portfolio: room for a body and
# its state ("Director General for X of the Ministry of Y and Z of the Republic of Korea NAME")
_PORTFOLIO_REACH = 24
_POSSESSIVE = ("'s", "’s")  # the ending of a possessive name word ("Ana Ruiz's thesis")
_ITEM_LOOKAHEAD = 5  # capitalised words read after ", and" to tell a new person from a portfolio item
_AFFILIATION_MAX_TOKENS = 14  # a bracket of an organisation and a place, not a clause
_AFFILIATION_LINKS = frozenset({"of", "from", "at"})  # (before a person's body: "NAME of KAIST, ROLE")
_DASH_MARK = re.compile(r"[ \t\n][—–][ \t\n]|[—–]")
_RELATIVE = re.compile(r"\s(?:who|whose|which|where)\b")
_BODY_LINKS = frozenset({"of", "for", "and", "&"})  # (the link words inside a body's name)
MAX_BODY_QUALIFIERS = 9  # (a body's name before a title: at most this many tokens)
_TRAILING_GLUE = re.compile(r"(?:[\s,]+(?:and|or|in|of|the|at|to|for|with|during|by))+[\s,]*$")
# Characters between which tokens lie (each run holds one token or more; see phrases.tokens).
_TOKEN_RUN = re.compile(r"[^\s*#]+")
_CONTACT_LABEL = re.compile(r"^\s*(Contact|Contacts|Author|By|Written by)\s*:\s*")


@dataclass
class Found:
    """A person found once."""

    name: str
    surface: str
    span: tuple[int, int]
    role: str | None = None
    country: str | None = None
    surname_only: bool = False
    aliases: set[str] = field(default_factory=set)
    role_span: tuple[int, int] | None = None
    extra_spans: list[tuple[int, int]] = field(default_factory=list, compare=False)  # (joined mentions)
    # what gave the country: "side", "role", "after" (words right after the name), "sentence" or None
    country_from: str | None = None


@functools.cache
def role_matcher() -> PhraseMatcher:
    """Role titles (capitalised, as written) and their plural forms."""
    data = load_yaml("roles.yaml")
    titles = list(data.get("titles", []))
    exact = [(t, t) for t in titles] + [(t + "s", t) for t in titles if not t.endswith("s")]
    folded = [(t, t) for t in titles if " " in t] + [(t, t) for t in data.get("titles_any_case", [])]
    return PhraseMatcher(folded=folded, exact=exact, across_lines=True)


def _role_words(name: str, with_period: bool = False) -> frozenset[str]:
    """The words of the list `name` in roles.yaml (each also with a final period, if asked)."""
    words = list(load_yaml("roles.yaml").get(name, []))
    return frozenset(words + [w + "." for w in words if with_period and not w.endswith(".")])


@functools.cache
def _final_abbreviations() -> frozenset[str]:
    """Abbreviations of two letters that may end a sentence after a name ("Jr.", "Co.")."""
    return yaml_words("roles.yaml", "final_abbreviations")


@functools.cache
def honorifics() -> frozenset[str]:
    """Honorifics (with and without a final period)."""
    return _role_words("honorifics", with_period=True)


@functools.cache
def multiword_honorifics() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Honorifics of two words or more ("Tan Sri", "Yang Berhormat", "His Excellency") by their
    first word, longest first: each a tuple of its words, matched token by token. (Those that
    start with "The" or "the" have a test of their own, in `SentenceScan.skip_honorifics`.)"""
    found: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_yaml("roles.yaml").get("honorifics", []):
        words = tuple(str(entry).split())
        if len(words) > 1 and words[0] not in {"The", "the"}:
            found.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(entries, key=len, reverse=True)) for first, entries in found.items()}


@functools.cache
def _multiword_honorific_pattern() -> re.Pattern[str]:
    """Any honorific of two words or more (`multiword_honorifics`), as a cheap test of a sentence."""
    styles = [words for entries in multiword_honorifics().values() for words in entries]
    return re.compile("|".join(r"\s+".join(map(re.escape, words)) + r"(?!\w)" for words in styles) or "(?!)")


@functools.cache
def title_parts() -> frozenset[str]:
    """Lower-case parts of a degree after an honorific ("rer. nat." in "Dr. rer. nat.")."""
    return _role_words("title_parts")


@functools.cache
def chain_honorifics() -> frozenset[str]:
    """Honorifics only after another in a chain (the Bruneian "Awang", "Dayang")."""
    return _role_words("chain_honorifics")


@functools.cache
def patronym_honorifics() -> frozenset[str]:
    """Honorifics kept in a name after a particle ("bin Haji Jaafar")."""
    return _role_words("patronym_honorifics")


@functools.cache
def initial_honorifics() -> frozenset[str]:
    """Honorifics that are also an initial ("M."): a cue only in some places (see the scan)."""
    return _role_words("initial_honorifics")


@functools.cache
def role_honorifics() -> frozenset[str]:
    """Honorifics that are also a title ("Prof."): the role of a person with no other."""
    return _role_words("role_honorifics")


@functools.cache
def lower_academic_titles() -> frozenset[str]:
    """Academic titles written in lower case before a name ("prof.", "doc.")."""
    return _role_words("lower_academic_titles")


@functools.cache
def rank_titles() -> dict[str, str]:
    """Academic ranks written as honorifics, in full ("Prof." → "Professor")."""
    return {str(k): str(v) for k, v in (load_yaml("roles.yaml").get("rank_titles") or {}).items()}


@functools.cache
def patronym_particles() -> frozenset[str]:
    """Particles of a patronym ("bin", "bint"): the capitalised word after one is a name word."""
    return _role_words("patronym_particles")


@functools.cache
def name_particles() -> frozenset[str]:
    """Lower-case particles that may join two name words ("bin", "ibn")."""
    return _role_words("name_particles")


@functools.cache
def vietnamese_family_names() -> frozenset[str]:
    """Vietnamese family names, written first ("Bui The Duy")."""
    return _role_words("vietnamese_family_names")


@functools.cache
def vietnamese_stop_middles() -> frozenset[str]:
    """Vietnamese middle names that are also English stop words ("The", for Thế)."""
    return _role_words("vietnamese_stop_middles")


@functools.cache
def family_first_surnames() -> frozenset[str]:
    """East Asian family names written before a hyphenated given name ("Park Sun-young")."""
    return _role_words("family_first_surnames")


_FELLOWSHIP = re.compile(r"F[A-Z][A-Za-z]{1,5}")  # letters of a fellowship after a name ("FGA", "FRSC")
# A given name hyphenated in lower case ("Eui-sun", "Ing-wen"), written after its family name.
HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


@functools.cache
def role_nouns() -> frozenset[str]:
    """Lower-case head nouns of a role written after a name ("researcher", "lecturer", "officer")."""
    return _role_words("role_nouns")


@functools.cache
def portfolio_words() -> frozenset[str]:
    """Capitalised words that end the subject of a ministry or a portfolio and are nobody's given
    name (roles.yaml `portfolio_words`: "Resources", "Affairs", "Technology")."""
    return yaml_words("roles.yaml", "portfolio_words")


@functools.cache
def _qualified_role_nouns() -> frozenset[str]:
    """Role nouns that stand only after a qualifier ("team lead", "project leader")."""
    return _role_words("role_nouns_qualified")


_ROLE_MODIFIER_STOPS = (
    "and|or|but|who|whose|which|that|said|says|told|is|was|were|will|would|has|have|had|at|of|in|for|"
    "with|from|to|on|as|by|not|also"
)
_ROLE_NOUN_AFTER = (
    r"(?=[ \t\n]*+(?:$|[,.;:)—–]|(?:at|of|for|in|with|on|from|to|within|based|who|and)(?![\w-])))"
)


@functools.cache
def _apposed_role() -> re.Pattern[str]:
    """A lower-case role written after a name: up to four modifiers ("a senior", "materials",
    "British", "EU-funded") and a role noun that ends the phrase or a link word follows."""
    nouns = role_nouns()
    qualified = _role_words("role_nouns_qualified")
    alone = longest_first(nouns - qualified)
    endings = yaml_words("roles.yaml", "role_noun_endings")
    if endings:  # (any noun of a profession that ends so: "hydrogeologist", "biotechnologist")
        alone = f"{alone}|[a-z]{{2,}}(?:{longest_first(endings)})s?"
    qualified_nouns = longest_first(qualified)
    modifier = f"(?!(?:{_ROLE_MODIFIER_STOPS})[ \t\n])[\\w'’.&/-]++[ \t\n]++"
    qualifier = "[\\w.&/-]++[ \t\n]++"  # (right before a qualified noun: no possessive, "team leader")
    return re.compile(
        f"(?:{modifier}){{0,3}}(?:{alone})(?![\\w-]){_ROLE_NOUN_AFTER}"
        f"|(?:{modifier}){{0,3}}(?!(?:{_ROLE_MODIFIER_STOPS})[ \t\n]){qualifier}"
        f"(?:{qualified_nouns})(?![\\w-]){_ROLE_NOUN_AFTER}"
    )


def _apposed(rest: str, article: bool) -> bool:
    """True when `rest` starts with a lower-case role (`_apposed_role`). Without an article before
    it, its modifiers are lower-case words that are no past forms: "senior scientist at X", not a
    clause that goes on after the name ("joined Undip researchers on", "visited researchers at")."""
    found = _apposed_role().match(rest)
    if found is None:
        return False
    if article:
        return True
    modifiers = found.group().split()[:-1]
    # (nor a verb that ends the name's clause, nor an article inside: "met the visiting minister")
    return all(
        w.islower() and not w.endswith("ed") and w not in _QUALIFIER_STOPS and w.title() not in _DETERMINERS
        for w in modifiers
    )


@functools.cache
def _capital_role() -> re.Pattern[str]:
    """A capitalised role written after a name and a comma that no title list holds: up to three
    capitalised words and a capitalised role noun ("Grants Officer", "Senior Research Fellow"),
    alone or before the link to its portfolio or body ("Programme Lead for Health Data", "BRIN's
    Deputy for Research", "Senior Adviser to the Minister", "Research Fellow at ...")."""
    nouns = "|".join(
        re.escape(n[:1].upper() + n[1:])
        for n in sorted(role_nouns(), key=len, reverse=True)
        if n[:1].islower()
    )
    after = "(?=[ \t]*+(?:$|[,;:(]|(?:of|for|to|at|in|on)\\b))"
    return re.compile(f"(?:[A-Z][\\w&'’-]*+[ \t]++){{0,3}}(?:{nouns})(?![\\w-]){after}")


@functools.cache
def post_nominals() -> frozenset[str]:
    """Letters written after a name that are not part of it ("MP", "OBE")."""
    return _role_words("post_nominals")


@functools.cache
def _given_abbreviations() -> frozenset[str]:
    """Short forms of a given name that open a name like an initial when a period follows ("Md.",
    "Wm."), written without it (roles.yaml `given_name_abbreviations`)."""
    return _role_words("given_name_abbreviations")


_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.){1,4}")  # one token of initials before a name ("S.", "M.K.", "A.P.J.")


@functools.cache
def initial_firms() -> frozenset[tuple[str, str]]:
    """(initials' letters, next word) of firms named with a founder's initials ("J. P. Morgan",
    "A. P. Moller"): no person's name, however the initials are spaced."""
    out = set()
    for entry in load_yaml("roles.yaml").get("initial_firms", []):
        words = str(entry).replace(".", ". ").split()
        initials = [w for w in words if _INITIAL.fullmatch(w)]
        out.add(("".join(initials).replace(".", ""), words[len(initials)]))
    return frozenset(out)


# A two-letter name word that ends the sentence keeps its period in the token, as an abbreviation
# would ("Vice President Zhou Qi.", "Minister Wang Yi."): the last word of a name all the same,
# unless it is a suffix or an abbreviation that names no one (roles.yaml `final_abbreviations`).
_FINAL_SHORT_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]\.")
_ARTICLE_NAME = re.compile(r"(?:al|el|as|ash|ad|ar|at|az)-[A-ZÀ-Þ][^\W\d_]+")
_ARTICLE_SURNAME = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]sh?|[Aa][dr]|[Aa][tz])-[A-ZÀ-Þ][^\W\d_]+")  # ("Al-Harbi")
# A particle after a word (a cheap test before looking for "Given particle Family" in a sentence)
_PARTICLES = longest_first(name_particles())
_PARTICLE = re.compile(f" (?:{_PARTICLES}) (?:(?:{_PARTICLES}) )?[A-ZÀ-Þ]")
MAX_INNER = 3  # initials and particles in a row inside a name ("L. M.", "de la")
MAX_LEADING_INITIALS = 5  # initials before a name's first word ("H. P. S. D. Wijesekara", Sri Lankan style)
MAX_NAME_TOKENS = 8  # the tokens of a name with them ("Mohammed bin Rashid Al Maktoum")


def _inner_text(text: str) -> bool:
    """A middle initial ("L.") or a name particle ("bin", "von")."""
    if len(text) == 2 and text[1] == ".":  # (the only shape an initial has)
        return text in name_particles() or _INITIAL.fullmatch(text) is not None
    return text in name_particles()


def _may_go_on(text: str) -> bool:
    """A cheap test of the token after a name's first words: one that may continue the name."""
    return _inner_text(text) or (text[:1] in "ae" and _ARTICLE_NAME.fullmatch(text) is not None)


@functools.cache
def weak_honorifics() -> frozenset[str]:
    """Honorifics that also begin place names ("Sri"): dropped from a name, no person cue alone."""
    return _role_words("weak_honorifics", with_period=True)


@functools.cache
def body_words() -> frozenset[str]:
    """Words of the names of units and ensembles that no organisation head holds ("Dirección", "Coro")."""
    return _role_words("body_words")


@functools.cache
def body_heads() -> frozenset[str]:
    """The heads of organisations' names and `body_words`: a "name" with one is no person's (not the
    `kind_heads` of org_heads.yaml, which are family names too: "Park")."""
    return org_heads() | body_words()


@functools.cache
def org_heads() -> frozenset[str]:
    """The heads of organisations' names that no person's name holds: not the `kind_heads` of
    org_heads.yaml, which are family names too ("Park")."""
    return name_words()[0] - yaml_words("org_heads.yaml", "kind_heads")


@functools.cache
def place_heads() -> frozenset[str]:
    """Capitalised heads of place names ("Island", "Bay", "Strait")."""
    return _role_words("place_heads")


@functools.cache
def building_heads() -> frozenset[str]:
    """Capitalised heads of the names of buildings and rooms ("Hall", "Auditorium")."""
    return _role_words("building_heads")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_WORDS_BEFORE = re.compile(r"(?:\S+[ \t]+){1,4}$")  # (the last words before a name, on its line)
_BUILDING_REACH = 48


def names_place(doc: Doc, person: Found) -> bool:
    """True when a found "name" holds or is followed by a place head: "King George Island", or
    names a building after "the" and honorifics: "the Prof. Anwar Hall"."""
    heads = place_heads()
    words = person.name.split()
    if not heads.isdisjoint(words):
        return True
    following = _NEXT_WORD.match(doc.text, person.span[1])
    if following is not None and following.group(1) in heads:
        return True
    buildings = building_heads()
    after = following.group(1) if following is not None else ""
    if after.islower() and after.title() in buildings and _after_the(doc, person.span[0], owner=True):
        return True  # ("at BCSIR's Dr A auditorium", "in the B hall": a room named after someone)
    last = after if after in buildings else words[-1]
    return last in buildings and len(words) + (last != words[-1]) >= 2 and _after_the(doc, person.span[0])


_NEXT_WORDS = re.compile(r"(?: [A-ZÀ-Þ][^\W\d_]*){1,3}")  # (up to three capitalised words after a name)


def _starts_org_name(doc: Doc, person: Found, heads: frozenset[str]) -> bool:
    """True when an organisation head word follows a found "name" on its line, right after it or
    ending up to three capitalised words that follow it: the name is the start of a body's, unit's
    or venue's name ("Public Affairs Office", "Marine Science Institute", "King Abdulaziz
    International Conference Center")."""
    following = _NEXT_WORD.match(doc.text, person.span[1])
    if following is None:
        return False
    if following.group(1) in heads:
        return True
    words = _NEXT_WORDS.match(doc.text, person.span[1])
    return words is not None and words.group().rsplit(" ", 1)[-1] in heads


def _after_the(doc: Doc, start: int, owner: bool = False) -> bool:
    """True when "the" and only honorifics stand right before offset `start` ("the Prof. Dr. ");
    with `owner`, a possessive in place of "the" too ("BCSIR's Dr ")."""
    before = _WORDS_BEFORE.search(doc.text, max(0, start - _BUILDING_REACH), start)
    if before is None:
        return False
    words = before.group().split()
    for n in range(len(words) - 1, -1, -1):
        if words[n] in {"the", "The"} or (owner and words[n].endswith(_POSSESSIVE)):
            return True
        if words[n] not in honorifics() and words[n].rstrip(".") not in lower_academic_titles():
            return False
    return False


@functools.cache
def _capitalised_honorifics() -> bool:
    """True when every one-word honorific starts with an upper-case letter (a capitalised token)."""
    return all(w[:1].isupper() for w in honorifics() if " " not in w)


@functools.cache
def lower_titles() -> tuple[str, ...]:
    """Lower-case role heads allowed after "NAME, "."""
    return tuple(load_yaml("roles.yaml").get("lower_titles", []))


@functools.cache
def title_openers() -> frozenset[str]:
    """Lower-case words that may open a title after "NAME, " ("former", "acting"; roles.yaml)."""
    entries = load_yaml("roles.yaml").get("title_openers", [])
    return frozenset(word for entry in entries for word in str(entry).split())


@functools.cache
def lower_case_titles() -> tuple[str, ...]:
    """Role heads read after "NAME, " only where they are written in lower case."""
    return tuple(load_yaml("roles.yaml").get("lower_case_titles", []))


_MIXED_CAPS = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]{2}")


def is_name_text(text: str) -> bool:
    """A word that can be part of a person's name, wherever it stands."""
    if not (text[0].isupper() or opens_with_okina(text)) or len(text) < 2 or text in STOP_WORDS:
        return False
    if not _NAME_PART.fullmatch(text):
        return False
    if _MIXED_CAPS.search(text) is not None and not text.startswith(("Mc", "Mac")):
        return False  # a brand's or body's capitals after small letters ("CanmetENERGY", "MeerKAT")
    return not (text.isupper() and any(c.isdigit() for c in text))


class NameTexts:
    """Per document, whether a word can be a name word from its text alone: `is_name_text`, and
    the document never writes it in lower case (memoised per word). The first words are looked up
    in the text one by one, which is cheaper than collecting every lower-case word of the text
    (`lower_words`) in a short text; once the look-ups have read `LOOKUP_CHARS` characters, the
    whole set is made (so a long text stays linear)."""

    LOOKUP_CHARS = 40_000

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}
        self.lookups = 0
        self.lower: frozenset[str] | None = None

    def ok(self, word: str) -> bool:
        """True when `word` can be part of a person's name in this document."""
        known = self.known.get(word)
        if known is None:
            known = self.known[word] = is_name_text(word) and not self.written_lower(word.lower())
        return known

    def written_lower(self, word: str) -> bool:
        """True when the document writes `word` (lower case) as a word: `word in lower_words(...)`."""
        if self.lower is None:
            self.lookups += 1
            if self.lookups * len(self.text) <= self.LOOKUP_CHARS:
                return written_lower(self.text, word)
            self.lower = _lower_words(self.text)
        return word in self.lower


def name_texts(doc: Doc) -> NameTexts:
    """The document's `NameTexts` (made once per Doc)."""
    found = doc.data.get("_name_texts")
    if found is None:
        found = doc.data["_name_texts"] = NameTexts(doc.text)
    return found


def normalise_name(words: list[str]) -> tuple[str, str]:
    """("Given Family" display name, surname) from name words in either order: a family name in
    capitals first ("TAKAICHI Sanae"), or a family name before a given name hyphenated in lower
    case ("Kim Min-jun", "Rhee Jae-won", "Tsai Ing-wen")."""
    if len(words) >= 2 and _caps(words[0]) and words[0][-1] != "." and not any(_caps(w) for w in words[1:]):
        words = [*words[1:], words[0]]
    elif (
        len(words) == 2
        and HYPHENATED_GIVEN.fullmatch(words[1]) is not None
        and HYPHENATED_GIVEN.fullmatch(words[0]) is None
        and words[0][-1] != "."
    ):
        # A given name hyphenated in lower case ("Jae-won", "Ing-wen", "Yuet-ngor") is a Korean,
        # Taiwanese or Hong Kong romanisation, whose family name comes first whether or not it is
        # a listed one ("Rhee Jae-won"); Western hyphenated given names capitalise both halves.
        words = [words[1], words[0]]
    words = [w.capitalize() if _caps(w) and w[-1] != "." else w for w in words]  # (not "M.K.")
    return " ".join(words), words[-1]


def _caps(word: str) -> bool:
    if word.isascii() and word.isalpha():  # the common case, without a look at each letter
        return len(word) >= 2 and word.isupper()
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_PORTFOLIO = re.compile(
    r"(?:\b(?P<qualifier>[A-Z][a-z]+)\s+)?\b(?P<title>Minister|Secretary)\s+(?:of\s+State\s+)?(?P<link>of|for)\s+"
    r"(?P<portfolio>.+)$"
)
# "Economy and Finance Minister": the portfolio before the title (the ministry "of Economy and Finance")
_PORTFOLIO_FIRST = re.compile(
    r"^(?P<link>)(?P<portfolio>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)\s+(?P<title>Minister|Secretary)$"
)
_BODY_OF_TITLE = {"Minister": ("Ministry",), "Secretary": ("Secretariat", "Ministry", "Department")}


def portfolio_country(doc: Doc, role: str) -> str | None:
    """The country of the ministry that a minister's title names ("Minister of Science and ICT"
    → the "Ministry of Science and ICT" found in the document; "Federal Minister of X" → "Federal
    Ministry of X", "State Secretary for X" → "State Secretariat for X", "Secretary of Science and
    Technology" → "Department of Science and Technology", "Secretary of State for X" → "Department
    for X"), when one country's ministry has that name."""
    match = _PORTFOLIO.search(role) or _PORTFOLIO_FIRST.search(role)
    if not match:
        return None
    title, link, portfolio = match.group("title"), match.group("link") or "of", match.group("portfolio")
    qualifier = match.groupdict().get("qualifier")
    heads = [f"{qualifier} {body}" for body in _BODY_OF_TITLE[title]] if qualifier else []
    wanted = {
        key(f"{body} {joint} {portfolio}")
        for body in [*_BODY_OF_TITLE[title], *heads]
        for joint in (link, "of", "for")
    }
    countries = {
        str(org.country)
        for org in doc.data.get("organizations", [])
        if org.country and org.country_sure and not wanted.isdisjoint(org.name_keys())
    }
    return countries.pop() if len(countries) == 1 else None


def role_country(doc: Doc, role_span: tuple[int, int]) -> str | None:
    """The country a role states: its first organisation's, a state or else a city in it ("Rector
    of TU Dresden"), or its minister's portfolio's. A place it names after "to" or "with" is a
    posting ("Ambassador to Saudi Arabia", "Relations with Japan"): alone, it makes the person the
    other partner's."""
    org = org_country_in(doc, role_span[0], role_span[1])
    states, cities, postings = role_places(doc, role_span[0], role_span[1])
    if org and states and not sure_org_in(doc, *role_span):
        return str(states[0].attrs["code"])  # (a state outranks a body's guessed country: "Secretary,
        # Ministry of Fisheries, Bangladesh" in a text from Colombo)
    if org:
        return org
    inside = states or cities
    if inside:
        return str(inside[0].attrs["code"])
    if postings:
        return complement(doc, postings)
    return (
        portfolio_country(doc, doc.text[role_span[0] : role_span[1]])
        or short_form_country(doc, *role_span)
        or _partner_owner(doc, role_span)
    )


_OWNER_WORDS = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)['’]s\b")


def _partner_owner(doc: Doc, role_span: tuple[int, int]) -> str | None:
    """The partner of the document whose name owns the role, where the name is too often a person's
    to be a mention everywhere ("Jordan's Ambassador", "Georgia's Minister of Education")."""
    found = _OWNER_WORDS.match(doc.text, role_span[0], role_span[1])
    if found is None:
        return None
    code = country_table().code(found.group(1))
    partners = doc.partner_countries()
    return code if code in partners else None


class SentenceScan:
    """The person patterns applied to one sentence."""

    def __init__(self, doc: Doc, start: int, end: int, blocked: SpanIndex, acronyms: set[str]):
        self.doc, self.start, self.end = doc, start, end
        self.cut = token_cut(doc, start, end)
        self.toks = self.cut.tokens
        self.blocked = blocked
        self.acronyms = acronyms
        self.honorifics = honorifics()
        self.post_nominals = post_nominals()
        self.name_texts = name_texts(doc)
        self._name_words: dict[int, bool] = {}  # token start -> whether it can be a name word
        self.title_at: dict[int, tuple[int, Hit]] = {}  # role titles by start (set by `scan`)
        # the starts of the roles that people found so far took after their names ("A, ROLE, Dr. B":
        # the ROLE is A's, not B's read before B's name; set by `scan`)
        self.claimed: dict[int, int] = {}

    def name_at(self, i: int, min_words: int = 1) -> int:
        """Index one past the name that starts at token `i` (i itself if there is none)."""
        if i >= len(self.toks) or not self.toks[i].capitalised:  # cheap test: names start with a capital
            return i
        if min_words > 1 and (i + 1 >= len(self.toks) or not self._second_word_may_follow(self.toks[i + 1])):
            return i  # cheap test: a second name word starts with a capital too, or a particle comes
        j = first = self._leading_initials(i)  # ("S. Somanath", "M. K. Stalin", "A.P.J. Abdul Kalam")
        while (
            j < len(self.toks)
            and j - first < MAX_NAME
            and (
                self._name_word(self.toks[j])
                or (j == first and self._given_before_article(j))
                or (
                    j > first
                    and (self._pronoun_surname(j) or self._stop_middle(first, j) or self._capital_particle(j))
                )
            )
        ):
            j += 1
        if j == first:
            j = i  # (initials with no name word after them are no name)
        if j == i and self._family_first(i):
            j = i + 2  # ("Park Sun-young" in a text that also writes "park")
        if first < j < len(self.toks) and j - first < MAX_NAME and self._possessive_name_word(self.toks[j]):
            j += 1  # the last name word with a possessive ("Dr Ana Ruiz's thesis"): nothing goes on
        elif j > i and j < len(self.toks) and _may_go_on(self.toks[j].text):
            j = self._name_goes_on(i, j)
        if first < j == len(self.toks) - 1 and self._final_short_word(self.toks[j]):
            j += 1  # ("Vice President Zhou Qi.": the period ends the sentence)
        j = self._before_post_nominals(i, j)
        if j - i < min_words:
            return i
        if _caps(self.toks[i].text) and all(_caps(t.text) for t in self.toks[i + 1 : j]):
            return i  # (an all-capitals run is no name; the first word alone settles most)
        return j

    def _final_short_word(self, tok: Token) -> bool:
        """True for a sentence's last token of two letters and a period that is a name word ("Qi.",
        "Yi."), not an honorific, a suffix or a short abbreviation ("Jr.", "Co.", "St.")."""
        if _FINAL_SHORT_WORD.fullmatch(tok.text) is None:
            return False
        stem = tok.text[:-1]
        if tok.text in self.honorifics or stem in self.honorifics or stem in _final_abbreviations():
            return False
        return stem not in self.post_nominals and self.name_texts.ok(stem)

    def _leading_initials(self, i: int) -> int:
        """Index past the initials that begin a name at token i ("S." or "M.K." in "S. Somanath",
        "M.K. Stalin"), i itself if none: at most MAX_LEADING_INITIALS tokens of initials, none of them an
        abbreviation the text reads as a country or a body ("U.S."), not a lone honorific that is
        also an initial ("M. Morel"), and not the initials of a firm named after its founder
        ("J. P. Morgan")."""
        toks = self.toks
        m = i
        while m < len(toks) and m - i < MAX_LEADING_INITIALS and (
            _INITIALS.fullmatch(toks[m].text) is not None
            or (toks[m].text[-1] == "." and toks[m].text[:-1] in _given_abbreviations())
        ):
            if len(toks[m].text) > 2 and (
                toks[m].text in self.honorifics or self.blocked.covers(toks[m].start, toks[m].end)
            ):
                return i  # ("H.E." is "His Excellency"; "U.S." a country)
            m += 1
        if m == i or m >= len(toks) or (m == i + 1 and toks[i].text[:-1] in initial_honorifics()):
            return i  # (a lone "M." before a surname is "Monsieur": "M. Morel said")
        letters = "".join(t.text for t in toks[i:m]).replace(".", "")
        return i if (letters, toks[m].text) in initial_firms() else m

    def _family_first(self, i: int) -> bool:
        """ "Park Sun-young", "Song Ji-hoon": an East Asian family name that is also a common word
        (so the document may write it in lower case), written first, before a hyphenated given name."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i].text not in family_first_surnames():
            return False
        if not self._name_word(toks[i + 1]):
            return False
        if HYPHENATED_GIVEN.fullmatch(toks[i + 1].text) is not None:
            return True
        # "Vice Premier He Lifeng": a surname that is also a pronoun, right after a role title
        return self._pronoun_surname(i) and any(end == toks[i].start - 1 for end, _ in self.title_at.values())

    def _pronoun_surname(self, j: int) -> bool:
        """ "Liu He", "(Premier) He Lifeng": a family name that is also a capitalised stop word
        ("He"), mid-sentence right after a word, where the pronoun would be in lower case."""
        toks = self.toks
        tok = toks[j]
        return (
            tok.text in STOP_WORDS
            and tok.text in family_first_surnames()
            and j > 0
            and toks[j - 1].text[-1:].isalpha()
            and self.doc.text[toks[j - 1].end : tok.start] == " "
        )

    def _stop_middle(self, first: int, j: int) -> bool:
        """ "Bui The Duy", "Le The Anh": a Vietnamese middle name that is also a stop word, right
        after the family name that opens the name and before one more name word."""
        toks = self.toks
        return (
            j == first + 1
            and toks[j].text in vietnamese_stop_middles()
            and toks[first].text in vietnamese_family_names()
            and j + 1 < len(toks)
            and toks[j + 1].capitalised
            and self._name_word(toks[j + 1])
            and self.doc.text[toks[first].end : toks[j].start] == " "
            and self.doc.text[toks[j].end : toks[j + 1].start] == " "
        )

    def _given_before_article(self, j: int) -> bool:
        """ "Prof. Said Al-Maskari", "Said bin Ali": a given name that the text also writes in lower
        case ("said"), right before a family name with the Arabic article or a patronym's particle."""
        toks = self.toks
        tok = toks[j]
        if j + 1 >= len(toks) or not is_name_text(tok.text) or tok.text in self.acronyms:
            return False
        after = toks[j + 1].text
        if self.doc.text[tok.end : toks[j + 1].start] != " " or self.blocked.covers(tok.start, tok.end):
            return False
        return (
            _ARTICLE_SURNAME.fullmatch(after) is not None
            or after in patronym_particles()
            or (after in _ARTICLE_WORDS and j + 2 < len(toks) and self._name_word(toks[j + 2]))
        )

    def _capital_particle(self, j: int) -> bool:
        """ "Sofie De Wilde", "Anne Le Gall": a particle written with a capital inside a name, right
        before a name word, even where the text also writes the particle in lower case ("Institut de
        recherche")."""
        toks = self.toks
        text = toks[j].text
        return (
            len(text) > 1
            and text[0].isupper()
            and text.lower() in name_particles()
            and j + 1 < len(toks)
            and self.doc.text[toks[j].end : toks[j + 1].start] == " "
            and toks[j + 1].capitalised
            and self._name_word(toks[j + 1])
        )

    @staticmethod
    def _second_word_may_follow(tok: Token) -> bool:
        """True for a token that may stand second in a name: a capitalised word or a particle
        that more name words follow ("Joost van der Meulen", "Ahmed bin Salem"), or a name with an
        article ("Ahmed al-Mansouri")."""
        return (
            tok.capitalised or tok.text in name_particles() or _ARTICLE_NAME.fullmatch(tok.text) is not None
        )

    def _name_goes_on(self, i: int, j: int) -> int:
        """Index one past a name whose first name words end at token j, taking in middle initials
        and particles that more name words follow ("Karen L. Whitaker", "Faisal bin Nasser
        Al-Harbi", "Ursula von der Leyen") and an article joined to a name ("Saud al-Faisal")."""
        toks = self.toks
        end = min(len(toks), i + MAX_NAME_TOKENS)
        while j < end:
            m = j
            while m < end and m - j < MAX_INNER and _inner_text(toks[m].text):
                m += 1
            k = m
            room = MAX_NAME  # (a capitalised article takes no room: "bint Ali Al Jabr Al Nuaimi")
            while k < end and k - m < room and (
                self._goes_on_with(toks[k], after_inner=m > j) or (k == m > j and self._patronym_word(m))
            ):
                room += toks[k].text in _ARTICLE_WORDS
                k += 1
            if k == m:
                break
            j = k
        return j

    def _goes_on_with(self, tok: Token, after_inner: bool) -> bool:
        """True for a token that continues a name: a name word after an initial or a particle, or
        a name with an article ("al-Faisal") anywhere."""
        return (
            (after_inner and (self._name_word(tok) or tok.text in patronym_honorifics()))
            or _ARTICLE_NAME.fullmatch(tok.text) is not None
        )

    def _patronym_word(self, k: int) -> bool:
        """True for the capitalised word right after a patronym's particle: the father's given name,
        even one the text also writes in lower case ("Khalid bin Said al Rawahi")."""
        tok = self.toks[k]
        return (
            self.toks[k - 1].text in patronym_particles()
            and is_name_text(tok.text)
            and tok.text not in self.acronyms
            and not self.blocked.covers(tok.start, tok.end)
        )

    def _before_post_nominals(self, i: int, j: int) -> int:
        """`j`, or where post-nominal letters at the end of the name i..j start ("Fraser MP")."""
        while j - i > 1 and self.toks[j - 1].text in self.post_nominals:
            j -= 1
        return j

    def _possessive_name_word(self, tok: Token) -> bool:
        """True for a name word with a possessive ending ("Kisanga's", "Freeman’s"): the word
        without it can be a name word and is no country, city or body."""
        text = tok.text
        if not text.endswith(_POSSESSIVE) or len(text) < 4:
            return False
        stem = text[:-2]
        return (
            is_name_text(stem)
            and stem not in self.acronyms
            and self.name_texts.ok(stem)
            and not self.blocked.covers(tok.start, tok.end - 2)
        )

    def _name_word(self, tok: Token) -> bool:
        known = self._name_words.get(tok.start)
        if known is None:
            known = self._name_words[tok.start] = (
                tok.text not in self.acronyms
                and self.name_texts.ok(tok.text)
                and (not self.blocked.covers(tok.start, tok.end) or self._family_name_country(tok))
            )
        return known

    def _family_name_country(self, tok: Token) -> bool:
        """True for a token that names a country or a city as a person's family name ("Cláudia Regina
        Montenegro")."""
        return any(
            m.start == tok.start and m.end == tok.end and _family_name_country(self.doc, m)
            for layer in ("country", "city")  # (a city too: "Joana Prado Lima", "Ana Souza Paris")
            for m in self.doc.in_span(layer, tok.start, tok.end)
        ) and not (self.doc.in_span("city", tok.start, tok.end) and _acronym_before(self.doc.text, tok.start))

    def skip_honorifics(self, i: int) -> int:
        """Index of the first token after honorifics starting at `i` (with the period of a longer
        one, "Smt." or "Prof.", which is a token of its own), and after the lower-case parts of a
        degree that follow one ("Dr. rer. nat.", "Dr. techn.")."""
        first = i
        toks = self.toks
        while i < len(toks):
            n = self.multiword_at(i) or self._bracketed_honorific(i, first)
            if n == 0 and (
                (toks[i].text in self.honorifics and not self._initial_of_name(i))
                or (
                    toks[i].text in {"The", "the"}
                    and i + 1 < len(toks)
                    and toks[i + 1].text.startswith("Hon")
                    and (toks[i].text == "The" or toks[i + 1].text in self.honorifics)
                )
                or (i > first and (toks[i].text in title_parts() or toks[i].text in chain_honorifics()))
                or (i > first and self._lower_title_in_chain(i))
            ):
                n = 1
            if n == 0:
                break
            i += n
            if i < len(toks) and toks[i].text == "." and toks[i].start == toks[i - 1].end:
                i += 1
            if i < len(toks) and toks[i].text in {"'", "’"} and toks[i].start == toks[i - 1].end:
                i += 1  # (the apostrophe of a Malay style, a token of its own: "Dato' Sri")
        return i

    def _capital_honorifics(self, i: int) -> int:
        """The number of honorifics written in capitals from token i ("PROF.", "HON.", "DR."), with
        their periods; 0 when none starts there."""
        k = i
        while k < len(self.toks):
            text = self.toks[k].text
            word = text.rstrip(".")
            if not (len(word) > 1 and word.isalpha() and word.isupper()):
                break
            if word.capitalize() not in self.honorifics and text.capitalize() not in self.honorifics:
                break
            k += 1
            if k < len(self.toks) and self.toks[k].text == "." and self.toks[k].start == self.toks[k - 1].end:
                k += 1
        return k - i

    def _capital_name(self, k: int) -> int:
        """Index past a name of two to four words written in capitals from token k, that a comma or
        "and" closes ("AMON MURWIRA, Minister"); k when there is none."""
        j = k
        while j < len(self.toks) and j - k < MAX_NAME:
            text = self.toks[j].text
            if not (len(text) > 1 and text.isupper() and text.replace("-", "").isalpha()):
                break
            if text in self.acronyms or self.blocked.covers(self.toks[j].start, self.toks[j].end):
                return k
            j += 1
        if j - k < 2 or j >= len(self.toks) or self.toks[j].text not in {",", "and"}:
            return k
        return j

    def _initial_of_name(self, i: int) -> bool:
        """True for an honorific that is also an initial ("M.") before more initials: the first
        initial of a name ("M. K. Stalin"), not "Monsieur"."""
        toks = self.toks
        return (
            toks[i].text[-1:] == "."
            and toks[i].text[:-1] in initial_honorifics()
            and i + 1 < len(toks)
            and _INITIALS.fullmatch(toks[i + 1].text) is not None
        )

    def multiword_at(self, i: int) -> int:
        """The number of tokens of an honorific of two words or more at token i ("Tan Sri",
        "Yang Berhormat", "His Excellency"), 0 if none starts there."""
        styles = multiword_honorifics().get(self.toks[i].text)
        if not styles:
            return 0
        texts = [t.text for t in self.toks[i : i + max(map(len, styles))]]
        return next((len(words) for words in styles if tuple(texts[: len(words)]) == words), 0)

    def _bracketed_honorific(self, i: int, first: int) -> int:
        """The number of tokens of an honorific in brackets inside a chain ("Dr. (Ms.) Kalaiselvi
        Nair", "Prof. (Dr.) Ravi Kumar"), 0 if there is none at token i."""
        toks = self.toks
        if i == first or toks[i].text != "(" or i + 2 >= len(toks) or toks[i + 1].text not in self.honorifics:
            return 0
        close = i + 3 if toks[i + 2].text == "." and i + 3 < len(toks) else i + 2
        return close - i + 1 if toks[close].text == ")" else 0

    def _lower_title_in_chain(self, i: int) -> bool:
        """True for a lower-case academic title with its period inside a chain of honorifics
        ("Prof. dr. ir. Eva Jansen", "Prof. dr. Jan de Vries")."""
        toks = self.toks
        return (
            toks[i].text in lower_academic_titles()
            and i + 1 < len(toks)
            and toks[i + 1].text == "."
            and toks[i + 1].start == toks[i].end
        )

    def _honorific_may_start(self, i: int) -> bool:
        """False for an honorific that is also an initial ("M.") after a capitalised word or an
        initial: "J. M. Coetzee", "Section M. Requirements"."""
        if self.toks[i].text.rstrip(".") not in initial_honorifics():
            return True
        return i == 0 or not (self.toks[i - 1].capitalised or self.toks[i - 1].text == ".")

    def _the_before(self, i: int) -> bool:
        """True when "the" stands before the honorific at token i ("the Hon Judith Collins")."""
        return i > 0 and self.toks[i - 1].text in {"the", "The"} and self.toks[i].text.startswith("Hon")

    def honorific_role(self, i: int, k: int) -> tuple[str | None, tuple[int, int] | None]:
        """The honorifics i..k as the role, when the first is also a title ("Prof. Dr."), or the label of
        the bracket that they open ("(project coordinator: Prof. NAME)")."""
        if k <= i or self.toks[i].text.rstrip(".") not in role_honorifics():
            return None, None
        label = _bracket_label(self.doc.text, self.toks[i].start)
        if label is not None:
            return label  # ("(lead investigator in Ireland: Prof. NAME)": the label, not the rank)
        return _trim_role(self.doc.text, self.toks[i].start, self.toks[k - 1].end)

    def rank_at_body(
        self, role: str | None, role_span: tuple[int, int] | None, j: int
    ) -> tuple[str | None, tuple[int, int] | None]:
        """An academic rank read from an honorific, with the body that "of" or "at" names right
        after the name ("Prof. NAME of Kyoto University's School of Law" → "Professor of Kyoto
        University's School of Law"), when an organisation is named there; else the rank as it is."""
        full = rank_titles().get(role or "")
        toks = self.toks
        if full is None or role_span is None or j + 1 >= len(toks) or toks[j].text not in ("of", "at"):
            return role, role_span
        end = self._body_end(j)
        if end is None:
            return role, role_span
        return f"{full} {toks[j].text} {self.doc.text[toks[j + 1].start : end]}", (role_span[0], end)

    def _after_role_verb(self, i: int) -> bool:
        """True when a verb that gives a role or a verb of signing and "by" stand right before token
        i ("co-directed by NAME", "chaired by NAME", "signed by NAME"): a cue for a name of two words
        or more."""
        if i < 2 or self.toks[i - 1].text != "by":
            return False
        verb = self.toks[i - 2].text.lower()
        return verb in verb_roles() or verb in signing_verbs()

    def after_lower_title(self, i: int) -> bool:
        """True when a lower-case academic title and its period stand right before token i
        ("prof. Jan Novák")."""
        return (
            i >= 2
            and self.toks[i - 1].text == "."
            and self.toks[i - 2].text in lower_academic_titles()
            and self.toks[i - 2].end == self.toks[i - 1].start
        )

    def skip_post_nominals(self, j: int) -> int:
        """Index of the first token after post-nominal letters that follow a name ending at token j,
        with or without commas and periods ("Fraser MP", "Jana Nováková, Ph.D.,", "Novák, CSc.")."""
        toks, post = self.toks, self.post_nominals
        seen = False  # (after known letters, a fellowship's "F..." letters go on: "PhD, FGA, FRSC")
        while j < len(toks):
            if toks[j].text in post:
                j += 1
            elif toks[j].text == "," and j + 1 < len(toks) and self._post_nominal(toks[j + 1].text, seen):
                j += 2
            else:
                break
            seen = True
            if j < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].end:
                j += 1
        return j

    def _post_nominal(self, text: str, seen: bool) -> bool:
        """True for post-nominal letters; after others (`seen`), also a fellowship's ("FGA")."""
        return text in self.post_nominals or (seen and _FELLOWSHIP.fullmatch(text) is not None)

    def found(self, i: int, j: int, role: str | None, role_span: tuple[int, int] | None) -> Found:
        """A Found person for tokens i..j (a weak honorific before the name dropped)."""
        while j - i > 1 and self.toks[i].text in weak_honorifics():
            i += 1
        words = [t.text for t in self.toks[i:j]]
        end = self.toks[j - 1].end
        if len(words) > 1 and _FINAL_SHORT_WORD.fullmatch(words[-1]):  # ("Zhou Qi.": "Zhou Qi")
            words[-1], end = words[-1][:-1], end - 1
        if len(words) > 1 and words[-1].endswith(_POSSESSIVE):  # ("Dr Ana Ruiz's": "Ana Ruiz")
            words[-1], end = words[-1][:-2], end - 2
        name, _ = normalise_name(words)
        span = (self.toks[i].start, end)
        surface = self.doc.text[span[0] : span[1]]
        person = Found(name, surface, span, role, surname_only=len(words) == 1, role_span=role_span)
        if surface != name:
            person.aliases.add(surface)
        person.country, person.country_from = self.country(span, role_span)
        return person

    def country(
        self, span: tuple[int, int], role_span: tuple[int, int] | None
    ) -> tuple[str | None, str | None]:
        """Whom the person represents: the side whose list of members names them, a country in the
        role, an organisation's, or the sentence's (`people_countries` mends the last later); with
        what gave it ("side", "role", "after", "sentence")."""
        side = side_country(self.doc, span[0])
        if side:
            return side, "side"
        behalf = _behalf_country(self.doc, role_span[1] if role_span and role_span[1] > span[1] else span[1])
        if behalf:
            return behalf, "role"
        if role_span:
            own = role_country(self.doc, role_span)
            if own:
                return own, "role"
        window = (span[1], self._own_window_end(span[1]))
        following = (
            self._visitor_country(span[1], window)
            or _country_of(self.doc, span[1])
            or _short_form_after(self.doc, *window)
        )
        if following:
            return following, "after"
        weak = country_in_sentence(self.doc, span[0]) or _country_after(self.doc, span[1])
        return weak, "sentence" if weak else None

    def _visitor_country(self, end: int, window: tuple[int, int]) -> str | None:
        """The country of the body named in `window` after the name ending at `end`; when a verb
        of visiting comes first ("Vice Minister NAME visited CONCYTEC"), the body is the host's and
        the visitor takes the other partner of the document (None when that is not one)."""
        body = org_country_in(self.doc, *window)
        if body is None or not _visits_next(self.doc.text, end):
            return body
        return complement(self.doc, {body})

    def _own_window_end(self, end: int) -> int:
        """Where the words after a name stop describing it: 45 characters on, or earlier at an
        "and" or ";" that starts the next item of a list ("Minister A and MEXT Minister B")."""
        limit = min(end + 45, self.end)
        window = self.doc.text[end:limit]
        cuts = [i for i in (window.find(" and "), window.find(";")) if i >= 0]
        if window.lstrip(" \t").startswith("(") and ")" in window:  # ("A (Rannis), Dr B (NRF)": the
            cuts.append(window.index(")") + 1)  # bracket after the name is its own affiliation)
        return end + min(cuts) if cuts else limit

    def scan(self) -> list[Found]:
        """Every person this sentence names."""
        out: list[Found] = []
        title_at = {h.start: (h.end, h) for h in role_matcher().find_span(self.doc, self.start, self.end)}
        self.title_at = title_at
        candidates = self._candidates(title_at)
        i = at = 0
        while True:
            at = bisect.bisect_left(candidates, i, at)  # other tokens start no pattern: skip them
            if at == len(candidates):
                break
            i = candidates[at]
            tok = self.toks[i]
            nxt = self._after_title(i, title_at) if tok.start in title_at else None
            if nxt is not None:
                found, i = nxt
                self._claim(found)
                out.extend(found)
                continue
            step = self._after_honorific(i, title_at) or self._plain_name(i, title_at)
            if step is None:
                i += 1
                continue
            found, i = step
            self._claim(found)
            out.extend(found)
        return out

    def _claim(self, found: list[Found]) -> None:
        """Mark the roles that the people just found took after their names as theirs."""
        for person in found:
            if person.role_span is not None and person.role_span[0] >= person.span[1]:
                self.claimed[person.role_span[0]] = person.role_span[1]

    def _after_honorific(
        self, i: int, title_at: dict[int, tuple[int, Hit]]
    ) -> tuple[list[Found], int] | None:
        """The people named after the honorifics that start at token i ("Prof. NAME, ROLE", "the
        Hon NAME", "co-leads Prof. A and Dr B") and the token to go on from; no one and the title's
        token when a title follows the honorifics (it reads the name: "HRH Crown Prince NAME");
        None when no honorific starts a name there."""
        tok = self.toks[i]
        capitals = self._capital_honorifics(i)  # ("PROF. AMON MURWIRA, Minister of ...")
        if capitals:
            k, j = i + capitals, self._capital_name(i + capitals)
            if j <= k:
                return None
        else:
            if not ((tok.text in self.honorifics or self.multiword_at(i)) and self._honorific_may_start(i)):
                return None
            k = self.skip_honorifics(i)
            if k > i and k < len(self.toks) and self.toks[k].start in title_at:
                return [], k
            j = self.name_at(k, min_words=2 if tok.text.rstrip(".") in initial_honorifics() else 1)
        if not j > k > i:  # (k == i: no honorific, an initial "M." that begins a name)
            return None
        role, role_span = self.role_after(j)
        if role is None or self._role_of_next(role_span):  # (", the Hon NAME": before "the")
            before = self.role_before(i - 1 if self._the_before(i) else i)
            if role is None or before[0] is not None:
                role, role_span = before
        other = None
        if role is None:
            role, role_span = self.role_right_before(i, j)
            role, role_span, other = self.shared_role(j, role, role_span)
        if role is None:
            role, role_span = self.rank_at_body(*self.honorific_role(i, k), j)
        out = [self.found(k, j, role, role_span)]
        if other is not None:  # ("co-leads Prof. A and Dr B")
            out.append(self.found(other[0], other[1], role, role_span))
        return out, j if other is None else other[1]

    def _plain_name(self, i: int, title_at: dict[int, tuple[int, Hit]]) -> tuple[list[Found], int] | None:
        """The people named by capitalised words from token i with no honorific, when a role or a
        cue tells a person ("NAME, ROLE", "tango champions A and B", "said NAME", "NAME said"), and
        the token to go on from; None when none is named there (a title or a portfolio's words are
        no name)."""
        tok = self.toks[i]
        j = self.name_at(i, min_words=2) if tok.capitalised else i  # (name_at's own first test)
        if j > i and tok.start in title_at and self.toks[j - 1].end <= title_at[tok.start][0]:
            j = i  # a title of two words or more ("Pro Vice-Chancellor") is not a name
        if j > i and (self._portfolio_of_title(i) or self.toks[j - 1].text in portfolio_words()):
            j = i  # (a portfolio's words are no name: "Minister of Energy and Water Resources said")
        if j <= i:
            return self._mononym(i)
        role, role_span = self.role_after(j)
        if role is None or self._role_of_next(role_span):
            before = self.role_before(i)
            if role is None or before[0] is not None:
                role, role_span = before
        other = None
        if role is None:
            role, role_span = self.role_right_before(i, j)
            role, role_span, other = self.shared_role(j, role, role_span)
        if role is None and other is None and self._after_role_verb(i):
            other = self.coordinated_name(j)  # ("signed by A and B": both sign)
            if other is not None and self.toks[other[0]].start in title_at:
                other = None
        if other is not None:  # ("tango champions A and B")
            pair = [self.found(i, j, role, role_span), self.found(other[0], other[1], role, role_span)]
            return pair, other[1]
        if role is None and self._spoken_before(i, j):
            role, role_span = self.role_with_article(j)
            return [self.found(i, j, role, role_span)], j
        if (
            role is not None
            or self._person_cue(j, i)
            or self.after_lower_title(i)
            or self._after_role_verb(i)
            or self._partner_cue(j)
        ):
            return [self.found(i, j, role, role_span)], j
        return None

    def _comma_title(self, i: int) -> bool:
        """True when token i is followed by a comma and a title ("Supachai, Deputy Governor")."""
        return self.toks[i + 1].text == "," and self.toks[i + 2].start in self.title_at

    def _mononym(self, i: int) -> tuple[list[Found], int] | None:
        """A person of one name (Thai, Indonesian and Javanese, Burmese styles) set off by a comma and
        a role that is theirs: "Supachai, Deputy Secretary-General of GISTDA, said", "said Sudaryono,
        Deputy Minister of Agriculture." The word opens the sentence or follows a speech verb, "and"
        or a quote, and is no place, body, adverb, plural or word the text also writes in lower case;
        the role ends at a comma or the sentence's end."""
        toks = self.toks
        if not (i + 2 < len(toks) and self._comma_title(i)):
            return None
        tok = toks[i]
        if i > 0 and toks[i - 1].text.lower() not in _MONONYM_AFTER:
            return None
        if tok.text in _opening_adverbs() or not self._name_word(tok) or not tok.text[1:].islower():
            return None
        if tok.text.endswith(("ly", "s")):  # (an adverb or a plural: "Overall,", "Congratulations,")
            return None
        if self.doc.in_span("country", tok.start, tok.end) or self.doc.in_span("city", tok.start, tok.end):
            return None
        role, role_span = self.role_after(i + 1)
        if role is None or role_span is None or self._role_of_next(role_span):
            return None
        if not _APPOSITION_CLOSE.match(self.doc.text, role_span[1]):
            return None  # (the role runs into the next words: "Overall, Director X Y welcomed")
        return [self.found(i, i + 1, role, role_span)], i + 1

    def _candidates(self, title_at: dict[int, tuple[int, Hit]]) -> list[int]:
        """The tokens where a pattern may start, in order: a title, an honorific, or a capitalised
        token followed by another (a name of two words or more)."""
        toks, honorifics, capitals = self.toks, self.honorifics, self.cut.capitals
        found = [i for i, k in pairwise(capitals) if k == i + 1]
        if title_at:  # (a name of one word before a comma and a title: "Supachai, Deputy Governor")
            last = len(toks) - 2
            found += [i for i in capitals if i < last and self._comma_title(i)]
        if _PARTICLE.search(self.doc.text, self.start, self.end):  # (a capitalised token before a particle)
            particles = name_particles()  # ("Joost van der Meulen")
            found += [i for i in capitals if i + 2 < len(toks) and toks[i + 1].text in particles]
        if _ARTICLE_AFTER.search(self.doc.text, self.start, self.end):  # ("Saud al-Faisal")
            found += [i for i in capitals if i + 1 < len(toks) and _ARTICLE_NAME.fullmatch(toks[i + 1].text)]
        if _capitalised_honorifics():  # (then only capitalised tokens can be honorifics)
            # (an honorific in capitals is all capitals: a cheap test before `_capital_honorifics`)
            extra = [
                i
                for i in capitals
                if toks[i].text in honorifics or (toks[i].text.isupper() and self._capital_honorifics(i))
            ]
        else:
            extra = [i for i, tok in enumerate(toks) if tok.text in honorifics]
        if _multiword_honorific_pattern().search(self.doc.text, self.start, self.end):
            styles = multiword_honorifics()  # ("Tan Sri", "Yang Berhormat": a first word no honorific alone)
            extra += [i for i, tok in enumerate(toks) if tok.text in styles and self.multiword_at(i)]
        if title_at:
            starts = self.cut.starts
            for start in title_at:
                n = bisect.bisect_left(starts, start)
                if n < len(starts) and starts[n] == start:
                    extra.append(n)
        return sorted({*found, *extra}) if extra else found

    def _after_title(self, i: int, title_at: dict[int, tuple[int, Hit]]) -> tuple[list[Found], int] | None:
        end, _ = title_at[self.toks[i].start]
        k = i
        while k < len(self.toks) and self.toks[k].end <= end:
            k += 1
        if k == i:  # (a title in the plural, a token longer than the title: "Co-chairs: A and B")
            k, end = i + 1, self.toks[i].end
        k = self._bracketed_portfolio(self._body_acronym_after(self._qualifier_end(k)))
        role_start = self._role_qualifiers(i)
        role_span = (self.toks[role_start].start, self.toks[k - 1].end)
        role = self.doc.text[role_span[0] : role_span[1]]
        k2 = k + 1 if k < len(self.toks) and self.toks[k].text in {",", ":"} else k
        k2 = self.skip_honorifics(k2)
        if k2 == k and k2 < len(self.toks) and self.toks[k2].start in title_at:
            return None  # (another title goes on from it: "Deputy | Executive Director of X, NAME")
        j = self.name_at(k2)
        if k2 > k and self.toks[k].text == ":" and not self._labelled_name(k2, j):
            return None
        if j == k2 + 1 and k2 > k and k2 == k + 1 and (self._unit_goes_on(j) or kind_of(self.toks[k2].text)):
            return None  # "Senior Adviser, Section for International Cooperation": a unit, no name
        if j == k2:
            portfolio = self._after_portfolio(k2)
            if portfolio is None:
                return None
            k2, j = portfolio
            last = k2 - 1
            while last > k and (self.toks[last].text in self.honorifics or self.toks[last].text in ",."):
                last -= 1  # (the role ends before ", " or an honorific: "... to Singapore Dr")
            role_span = (role_span[0], self.toks[last].end)
            role = self.doc.text[role_span[0] : role_span[1]]
        if role_span[0] in self.claimed and any(t.text == "," for t in self.toks[k:k2]):
            return None  # ("A, Deputy Minister (of X), Dr. B": the title is A's, who was named before it)
        after, after_span = self.role_after(j)
        if after_span is not None and self._names_next(after_span):
            after, after_span = None, None  # (", Swedish Ambassador to Brazil NAME B": B's title)
        if after and after_span and role.rstrip(".") in role_honorifics():
            role, role_span = after, after_span  # "Professor NAME, provost of X": the rank is a courtesy
        elif after and after_span:
            role, role_span = f"{role}, {after}", (role_span[0], after_span[1])
        before, before_span = self.role_before(role_start)
        if before and before_span:
            role, role_span = f"{before}, {role}", (before_span[0], role_span[1])
        found = [self.found(k2, j, role, role_span)]
        n = self._country_bracket(j)  # ("Co-chairs: A (Finland) and B (Estonia)")
        if n + 1 < len(self.toks) and self.toks[n].text == "and" and self.doc.text[end - 1] == "s":
            m = self.name_at(self.skip_honorifics(n + 1))
            if m > n + 1:
                found.append(self.found(self.skip_honorifics(n + 1), m, role.rstrip("s"), role_span))
                found[0].role, j = role.rstrip("s"), m
        return found, j

    def _body_acronym_after(self, k: int) -> int:
        """Index past a body's acronym at token k that ends a title before an honorific or a name, the
        South Asian order ("Chairman HEC Dr. Mukhtar Ahmed", "Director General PCSIR Syed Ali"); k
        itself when there is none. Before a name with no honorific, only a known acronym."""
        toks = self.toks
        if k + 1 >= len(toks) or not _ACRONYM.fullmatch(toks[k].text):
            return k
        state = self.doc.in_span("country", toks[k].start, toks[k].end)
        if toks[k + 1].text in self.honorifics and not state:
            return k + 1
        known = toks[k].text in self.acronyms or self.blocked.covers(toks[k].start, toks[k].end)
        return k + 1 if known and self.name_at(k + 1, min_words=2) > k + 1 else k

    def _names_next(self, span: tuple[int, int]) -> bool:
        """True when the role `span` read after a name opens with another person's title and name
        ("..., Swedish Ambassador to Brazil Karin Wallensteen and ...")."""
        m = bisect.bisect_left(self.cut.starts, span[0])
        for n in range(m, min(m + _TITLE_REACH, len(self.toks))):
            if self.toks[n].start >= span[1]:
                break
            if self.toks[n].start in self.title_at:
                nxt = self._after_title(n, self.title_at)
                if nxt and nxt[0] and nxt[0][0].span[1] <= span[1]:
                    return True
                break
        # (or it is the first title of the next person's: "CNRS President and CEO NAME")
        end = bisect.bisect_left(self.cut.starts, span[1])
        toks = self.toks
        if end + 1 < len(toks) and toks[end].text == "and" and toks[end + 1].start in self.title_at:
            nxt = self._after_title(end + 1, self.title_at)
            return bool(nxt and nxt[0])
        return False

    def _title_ends(self, n: int) -> bool:
        """True when a role title ends with token n."""
        return any(end == self.toks[n].end for end, _ in self.title_at.values())

    def _title_start(self, n: int) -> int:
        """The first token of the (longest) title that ends with token n."""
        start = min(s for s, (end, _) in self.title_at.items() if end == self.toks[n].end)
        return bisect.bisect_left(self.cut.starts, start)

    def _qualifies(self, start: int, title: int) -> bool:
        """True when the words from `start` to a title's start are its qualifiers (`_role_qualifiers`)."""
        n = bisect.bisect_left(self.cut.starts, title)
        if n >= len(self.toks) or self.toks[n].start != title:
            return False
        return self.toks[self._role_qualifiers(n)].start == start

    def _qualifier_end(self, k: int) -> int:
        """Index past a lower-case qualifier that follows a title at token k: "responsible for" or
        "in charge of" and the lower-case words of a portfolio ("Vice-Minister responsible for
        research", "Deputy Director in charge of international affairs"); k itself if there is
        none. A capitalised portfolio is left to the portfolio patterns, from "for" or "of" on."""
        toks = self.toks
        if k >= len(toks) or toks[k].text not in ("responsible", "in"):
            return k  # (a quick test: both qualifiers begin with one of these words)
        words = [t.text for t in toks[k : k + 3]]
        if words[:2] == ["responsible", "for"]:
            link = k + 1
        elif words == ["in", "charge", "of"]:
            link = k + 2
        else:
            return k
        m = link + 1
        while m < len(toks) and (toks[m].text.islower() and toks[m].text not in _QUALIFIER_STOPS):
            m += 1
        while m > link + 1 and toks[m - 1].text in _ROLE_GLUE:
            m -= 1  # ("responsible for research and Dr. X": the glue before another person)
        return link if m == link + 1 else m  # (a capitalised portfolio, or none: "... for Higher Education")

    def _unit_goes_on(self, j: int) -> bool:
        """True when the one word before token j goes on as the name of a unit or portfolio: a
        capitalised word or a link word and a capitalised one follow ("Section for International
        Cooperation", "Food Science and Research", "Division of Energy")."""
        toks = self.toks
        if j >= len(toks):
            return False
        if toks[j].capitalised and toks[j].text not in self.honorifics:
            return True
        return toks[j].text in _UNIT_LINKS and j + 1 < len(toks) and toks[j + 1].capitalised

    def _portfolio_of_title(self, i: int) -> bool:
        """True when token i starts the portfolio of a role title right before it: "Vice-Minister
        for Digital Affairs", "Secretary of State" (a name there is no person)."""
        if i < 2 or self.toks[i - 1].text not in _UNIT_LINKS:
            return False
        before = self.toks[i - 2]
        return any(end == before.end for end, _ in self.title_at.values())

    def _labelled_name(self, i: int, j: int) -> bool:
        """True for a name of two words or more after "Title:" that closes a bracket or list item:
        "(JST; President: HASHIMOTO Kazuhito)", not "Minister: Closing Session." on an agenda."""
        if j - i < 2 or j >= len(self.toks):
            return False
        return self.toks[j].text in {")", ";"} or self._country_bracket(j) > j

    def _country_bracket(self, j: int) -> int:
        """Index past a state's name in brackets at token j ("NAME (Finland)"), j if there is none."""
        toks = self.toks
        bracket = j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"
        return j + 3 if bracket and states_in(self.doc, toks[j + 1].start, toks[j + 1].end) else j

    def _after_portfolio(self, k: int) -> tuple[int, int] | None:
        """ "Minister for Internal Affairs and Communications NAKANO Ryo": a FAMILY-Given name after
        the title's portfolio (of/for + capitalised words)."""
        if k >= len(self.toks) or self.toks[k].text not in {"of", "for", "to"}:
            return None
        for n in range(k + 1, min(len(self.toks) - 1, k + 14)):
            tok = self.toks[n]
            given = self.toks[n + 1]
            if (
                _caps(tok.text)
                and self._name_word(tok)
                and self._name_word(given)
                and not _caps(given.text)
                and not (n + 2 < len(self.toks) and self.toks[n + 2].capitalised)
            ):  # (FAMILY Given, not a portfolio acronym before a Given Family name: "ICT Lee Chang-yoon")
                if self.toks[n - 1].text == "and":
                    break  # a new item of a list ("President of CONCYTEC, and KIM Jong-hoon, Vice ...")
                return n, n + 2
            if not (tok.capitalised or tok.text in _ROLE_GLUE) or self._starts_other(tok):
                break
        return self._name_after_portfolio(k)

    def _name_after_portfolio(self, k: int) -> tuple[int, int] | None:
        """ "Minister of University and Research Anna Maria Bernini": a Given Family name of two or
        three words that ends the capitalised run after the portfolio, right after a capitalised
        portfolio word (the longest such name: the portfolio keeps at least one word)."""
        toks = self.toks
        for n in range(k + 2, min(len(toks) - 1, k + _PORTFOLIO_REACH)):
            last = toks[n - 1]
            qualified = self._qualifier_end(n - 1)  # "Minister of Education responsible for research, NAME"
            if qualified > n and toks[qualified - 1].text not in _UNIT_LINKS:
                if qualified < len(toks) and toks[qualified].text == ",":
                    return self._name_after_comma(qualified + 1)
                j = self.name_at(qualified, min_words=2)
                return (qualified, j) if j > qualified else None
            if qualified >= n:
                continue  # (a capitalised portfolio after "responsible for" goes on)
            if last.text in self.honorifics and self._place_before(k, n - 1):
                # "High Commissioner to Singapore Dr X Y" (not "..., and Dr X Y": a new item)
                m = self.skip_honorifics(n - 1)
                j = self.name_at(m, min_words=2)
                return (m, j) if j > m else None
            if not (last.capitalised or last.text in _ROLE_GLUE) or self._starts_other(last):
                return None  # the portfolio ended without a name, or another role or person begins
            if self._next_item_name(n):
                return None  # ("President of KAIST, and Jon Atli Benediktsson, Rector of ...": a new item)
            if last.text == "," and toks[n].capitalised:
                after_comma = self._name_after_comma(n)
                if after_comma:
                    return after_comma
            if (last.text in _ROLE_GLUE and last.text != ")") or not toks[n].capitalised:
                continue  # (a bracketed acronym may end the portfolio: "Technology (MEXT) NAME")
            j = self.name_at(n, min_words=2)
            if j == n:
                j = self._name_after_state(n)
            after = self.skip_post_nominals(j)  # ("... Trade Promotion Declan Furlong TD.")
            inner = sum(t.text in name_particles() for t in toks[n:j])  # ("Piyal Nishantha de Silva")
            if 2 <= j - n - inner <= 3 and (after == len(toks) or not toks[after].capitalised):
                if j - n == 3 and toks[n].text in portfolio_words():
                    continue  # the portfolio's last word, then a name of two ("Natural Resources NAME")
                if j - n == 3 and HYPHENATED_GIVEN.fullmatch(toks[j - 1].text):
                    continue  # a family name before a hyphenated given name is the name's start
                    # ("CEO of Samsung Electronics Han Jong-hee": no given name before "Han")
                return n, j
        return None

    def _next_item_name(self, n: int) -> bool:
        """True when ", and" before token n opens the next item of a list of people: a name of two
        words or more, no portfolio word first, that a comma ends ("ROLE A, and NAME B, ROLE B")."""
        toks = self.toks
        if n < 2 or toks[n - 1].text != "and" or toks[n - 2].text != "," or not toks[n].capitalised:
            return False
        if toks[n].text in portfolio_words():
            return False  # ("Minister of Education, Science, and Technology NAME")
        j = self.name_at(n, min_words=2)
        return j > n and j < len(toks) and toks[j].text == ","

    def _name_after_state(self, n: int) -> int:
        """Index past a name of two or three words at token n that follows a body named by its
        state, when the body's name was read on into the name ("Ministry of X of the Republic of
        Korea Lee Sang-woo", "Embassy of Peru in Japan Ana Rosa Quispe"): the state ends the
        body, so the capitalised words after it are the person's (no acronym, portfolio word or
        head of a body among them); n itself if there is none."""
        toks = self.toks
        before = toks[n - 1]
        window = self.doc.in_span("country", toks[max(0, n - 4)].start, before.end)
        if not any(m.end == before.end for m in window):
            return n
        heads = org_heads()
        j = n
        while (
            j < len(toks)
            and j - n < 3
            and toks[j].capitalised
            and toks[j].text not in self.acronyms
            and toks[j].text not in heads
            and toks[j].text not in portfolio_words()
            and self.name_texts.ok(toks[j].text)
            and not self.doc.in_span("country", toks[j].start, toks[j].end)
        ):
            j += 1
        return j

    def _place_before(self, k: int, n: int) -> bool:
        """True when the portfolio after token k ends at token n with a capitalised word ("to
        Singapore Dr"), not with a comma, "and" (a new list item), a determiner or an honorific
        ("and His Excellency", "The Hon.")."""
        last = self.toks[n - 1]
        if last.text == ")" and n - 3 > k and self.toks[n - 3].text == "(":
            return bool(_SHORT_FORM.fullmatch(self.toks[n - 2].text))  # ("of Technology (MoST) Dr")
        return (
            n - 1 > k
            and last.capitalised
            and last.text not in _DETERMINERS
            and last.text not in self.honorifics
        )

    def _bracketed_portfolio(self, k: int) -> int:
        """Index past a bracketed portfolio or short form at token k that a title's words end with,
        right before an honorific and a name of two words or more ("Vice President (Research and
        Technology) Prof NAME", "Director (Operations) Dr NAME"); k itself when there is none."""
        toks = self.toks
        if k >= len(toks) or toks[k].text != "(":
            return k
        m = k + 1
        while m < min(len(toks), k + 9) and toks[m].text != ")":
            if not (toks[m].capitalised or toks[m].text in _ROLE_GLUE) or toks[m].text == "(":
                return k
            m += 1
        if m >= len(toks) or toks[m].text != ")" or m == k + 1:
            return k
        if states_in(self.doc, toks[k + 1].start, toks[m - 1].end):
            return k  # ("Ambassador (Finland) ...": a state, not a portfolio)
        after = self.skip_honorifics(m + 1)
        return m + 1 if after > m + 1 and self.name_at(after, min_words=2) > after else k

    def _name_after_comma(self, n: int) -> tuple[int, int] | None:
        """ "Minister of Science and Technology, Tran Quoc Bao,": a name of two to four words that
        follows the portfolio after a comma and is closed by a comma, period or lower-case word."""
        toks = self.toks
        j = self.name_at(n, min_words=2)
        inner = sum(t.text in name_particles() for t in toks[n:j])  # ("Maria do Rosário Bragança Sambo")
        if not 2 <= j - n - inner <= MAX_NAME or (j < len(toks) and toks[j].capitalised):
            return None
        if (
            j + 1 < len(toks)
            and toks[j].text == ","
            and self._capital_item(j + 1)
            and not self._two_names(n, j)
        ):
            return None  # the portfolio goes on ("Education, Higher Education, and Research")
        if any(t.text in org_heads() for t in toks[n:j]):
            return None  # another organisation or portfolio word ("..., Higher Education,")
        return n, j

    def _two_names(self, n: int, j: int) -> bool:
        """True when the words from token n to j and the item after the comma that follows them are
        both names of people, no portfolio or body word in either: "President of X, Maria Prates
        Cavalcanti, and Duarte Lopes, ..." lists two people, not three portfolios."""
        toks = self.toks
        k = j + 2 if toks[j + 1].text in {"and", "or"} else j + 1
        if k >= len(toks):
            return False
        m = self.name_at(k, min_words=2)
        if m - k < 2 or (m < len(toks) and toks[m].capitalised):
            return False
        words = [t.text for t in toks[n:j]] + [t.text for t in toks[k:m]]
        heads = org_heads()
        return not any(w in portfolio_words() or w in heads or w in self.acronyms for w in words)

    def _capital_item(self, k: int) -> bool:
        """True when token k starts another capitalised list item: "Research" or "and Research",
        not "and the Dutch Minister" nor "and Dr. Grace Atim", "and Korea's First Vice Minister"
        (a new clause after the name: an honorific or a title within its first capitalised words)."""
        toks = self.toks
        if toks[k].text in {"and", "or"}:
            k += 1
        if k >= len(toks) or not toks[k].capitalised:
            return False
        for tok in toks[k : k + _ITEM_LOOKAHEAD]:
            if self._starts_other(tok):
                return False
            if not tok.capitalised and not tok.text.endswith(_POSSESSIVE):
                return tok.text not in role_nouns()  # ("and Australia's minister")
        return True

    def _starts_other(self, tok: Token) -> bool:
        """A token that ends a title's portfolio: an honorific or another title ("Mr.", "Director")."""
        return tok.text in self.honorifics or tok.start in self.title_at

    def _role_qualifiers(self, i: int) -> int:
        """Include qualifiers before a title: "UK Science Minister", "JST President", "Australia's"."""
        k = i
        reach = 3
        while k > 0 and i - k < reach:
            prev = self.toks[k - 1].text
            if prev == "and" and k > 1 and self.toks[k - 2].text in self.post_nominals:
                break  # (the end of another name: "Secretary A B Jr. and Vietnamese Minister NAME")
            if (
                prev == "and"
                and reach == 3
                # (an owner's possessive opens the role: "A and Chile's Minister", no portfolio)
                and not self.toks[k].text.endswith(_POSSESSIVE)
                and self._portfolio_before_title(k - 2)
            ):
                k -= 1  # "Economy and Finance Minister", "Higher Education and Research Minister"
                reach = 4
                continue
            if prev == "and" and reach == 3 and k == i and k > 1 and self._title_ends(k - 2):
                k = self._title_start(k - 2)  # ("President and CEO NAME": one person's two titles)
                reach = 4
                continue
            if (
                prev in self.acronyms
                or prev.endswith(("'s", "’s"))
                or (
                    prev[:1].isupper()
                    and prev not in {"The", "A", "By", "And", "On"}
                    and prev not in self.honorifics
                )
            ):
                k -= 1
                continue
            break
        return self._body_of_qualifiers(k, i)

    def _body_of_qualifiers(self, k: int, i: int) -> int:
        """The start of a body's name "HEAD of X" whose end the capitalised qualifiers k..i are
        ("University of Iceland Rector", "Korea Institute of Science and Technology President": the
        whole body, not "Iceland Rector"), when a body's head word stands before the link word and
        no title, honorific or determiner among the words; k itself otherwise."""
        toks = self.toks
        if not (i > k >= 2 and toks[k - 1].text in _BODY_LINKS):
            return k
        heads, stop = body_heads(), {"The", "A", "By", "And", "On"}
        n = k - 1
        while n > 0 and i - n < MAX_BODY_QUALIFIERS:
            prev = toks[n - 1]
            if prev.text in stop or prev.text in self.honorifics or not prev.capitalised:
                break
            if any(end == prev.end for end, _ in self.title_at.values()):
                return k  # ("President of Iceland Prime Minister": the title before is another role)
            if prev.text in heads and toks[n].text in {"of", "for"}:
                while n > 1 and i - n < MAX_BODY_QUALIFIERS and toks[n - 2].capitalised:
                    if toks[n - 2].text in stop or toks[n - 2].text in self.honorifics:
                        break
                    n -= 1  # (the words before the head: "Korea Institute", "Seoul National University")
                return n - 1
            if n < 2 or toks[n - 2].text not in _BODY_LINKS:
                break
            n -= 2  # ("Institute of Science and Technology": another word and link of the body)
        return k

    def _portfolio_before_title(self, n: int) -> bool:
        """True when token n is a capitalised word that ends a portfolio before "and ... TITLE"
        ("Economy and Finance Minister"): no determiner, honorific or title, and no capitalised
        word before it unless it cannot be a name word (not the end of a name: "President Lee
        Jae-myung and Prime Minister", but "Higher Education and Research Minister"); nor the end of
        a place or body that a link word ties to what comes before ("Professor A at Curtin and
        Professor B", "Rector A of the University of Oulu and Professor B")."""
        if n < 0:
            return False
        tok = self.toks[n]
        return (
            tok.capitalised
            and tok.text not in _DETERMINERS
            and tok.text not in self.honorifics
            and not any(end == tok.end for end, _ in self.title_at.values())
            and (n == 0 or not self._name_before(n - 1) or not self._name_word(tok))
            and not self._linked_run(n)
        )

    def _name_before(self, n: int) -> bool:
        """True when token n may be a name's word before another: capitalised, or a particle
        ("Piyal Nishantha de Silva and Maldivian Minister ...")."""
        return self.toks[n].capitalised or (n > 0 and self.toks[n].text in name_particles())

    def _linked_run(self, n: int) -> bool:
        """True when the capitalised words that end at token n follow a link word ("of Korea University",
        "at the University of Oulu"): the end of a body or place, not a portfolio."""
        m = n
        while (
            m > 0
            and n - m < MAX_TAIL_TOKENS
            and (self.toks[m - 1].capitalised or self.toks[m - 1].text in _UNIT_LINKS)
        ):
            if self.toks[m - 1].text in _PLACE_LINKS:
                return True
            m -= 1
        if m > 0 and self.toks[m - 1].text == "the":
            m -= 1
        return m > 0 and self.toks[m - 1].text in _PLACE_LINKS

    def role_after(self, j: int) -> tuple[str | None, tuple[int, int] | None]:
        """The role in ", ROLE" after a name ending at token j, also after a bracketed affiliation
        ("Dr Ana Ruiz (CSIC, Madrid), head of the robotics group, on ...")."""
        role, span = self._role_after_mark(j)
        if role is None:
            after = self._after_affiliation(j)
            if after is not None:
                return self._role_after_mark(after)
            after = self._after_body(j)
            if after is not None:  # ("Prof. NAME of Heidelberg University, chair of the board, said")
                role, span = self._role_after_mark(after)
                return role, span
            role, span = self._role_served(j)
        return role, span

    def _role_served(self, j: int) -> tuple[str | None, tuple[int, int] | None]:
        """The role in "NAME (of BODY) will serve as ROLE" after a name ending at token j ("Dr A of
        the Polar Institute will serve as chief scientist", "B serves as the project's coordinator"):
        a lower-case role or a title."""
        if j >= len(self.toks):
            return None, None
        at = self.toks[j].start
        body = self._body_end(j)
        if body is not None:
            at = body
        found = _SERVES_AS.match(self.doc.text, at, self.end)
        if found is None:
            return None, None
        start = found.end()
        rest = self.doc.text[start : self.end]
        titles = role_matcher().find_span(self.doc, start, min(start + 80, self.end))
        if not (
            _apposed_role().match(rest) or _LOWER_ROLE.match(rest) or (titles and titles[0].start == start)
        ):
            return None, None
        return self._lower_role(start, self.end)

    def _body_end(self, j: int) -> int | None:
        """The end of "of"/"from"/"at" and a known organisation's name right after token j - 1."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j].text not in _AFFILIATION_LINKS:
            return None
        k = j + 1 + (toks[j + 1].text in {"the", "The"})
        if k >= len(toks):
            return None
        if toks[k].text.endswith(_POSSESSIVE) and k + 1 < len(toks):
            k += 1  # (the body's own name after its owner: "of BRIN's Research Center for X")
        start = toks[k].start
        ends = [e for org in self.doc.data.get("organizations", []) for s, e in org.spans if s == start]
        return max(ends) if ends else None

    def _after_body(self, j: int) -> int | None:
        """The index of the comma after "of"/"from"/"at" and an organisation's name (maybe with its
        short form in brackets) that follow a name ending at token j ("NAME of the University of
        Oslo, ..."), when an article, a title or a role noun opens what follows the comma ("..., the
        project's principal investigator"); None otherwise."""
        toks = self.toks
        if j + 2 >= len(toks) or toks[j].text not in _AFFILIATION_LINKS:
            return None
        k = j + 1 + (toks[j + 1].text in {"the", "The"})
        if k >= len(toks) or not toks[k].text[:1].isupper():
            return None
        ends = [
            e for org in self.doc.data.get("organizations", []) for s, e in org.spans if s == toks[k].start
        ]
        if not ends:
            return None
        m = bisect.bisect_left(self.cut.starts, max(ends))
        if m + 3 < len(toks) and toks[m].text == "(" and toks[m + 2].text == ")":
            m += 3  # ("of the Spanish National Research Council (CSIC), ...")
        if m + 1 >= len(toks) or toks[m].text != ",":
            return None
        first = toks[m + 1].text
        if first in {"a", "an", "the"} or first.lower() in role_nouns():
            return m
        titles = role_matcher().find_span(self.doc, toks[m + 1].start, min(toks[m + 1].start + 60, self.end))
        return m if titles and titles[0].start == toks[m + 1].start else None

    def _after_affiliation(self, j: int) -> int | None:
        """The index of the comma or dash after a short bracket that follows a name ending at token j
        ("NAME (Org, City), ...", "NAME (native script) — ROLE"), None when no such bracket is there."""
        j = self.skip_post_nominals(j)
        if j >= len(self.toks) or self.toks[j].text != "(":
            return None
        for m in range(j + 1, min(j + _AFFILIATION_MAX_TOKENS, len(self.toks) - 1)):
            text = self.toks[m].text
            if text == "(":
                return None
            if text == ")":  # (then a comma or a dash: "NAME (native script) — Dean, ...")
                return m + 1 if self.toks[m + 1].text in {",", "—", "–"} else None
        return None

    def _role_after_mark(self, j: int) -> tuple[str | None, tuple[int, int] | None]:
        j = self.skip_post_nominals(j)  # "Daniel Fraser MP, Minister for ...", "Novák, CSc., Rector"
        if j >= len(self.toks) or self.toks[j].text not in _ROLE_SEPARATORS:
            return None, None
        mark = self.toks[j].text  # (a comma, a dash or an opening bracket: "NAME — a fellow at X —")
        k = j + 1
        while k < len(self.toks) and self.toks[k].text in {"the", "then", "a", "an", "The"}:
            k += 1
        if k >= len(self.toks):
            return None, None
        start = self.toks[k].start
        limit = self._mark_end(mark, start)
        rest = self.doc.text[start:limit]
        who = _WHO_ROLE.match(rest)
        if who:  # "Moustapha Diallo, who heads a farmers' union in Thiès, said"
            role_start = start + who.start(1)
            return _trim_role(self.doc.text, role_start, _clause_end(self.doc.text, role_start, limit))
        who_is = _WHO_IS.match(rest)
        if who_is and _apposed_role().match(rest, who_is.end()):  # "NAME, who is a lecturer at X"
            role_start = start + who_is.end()
            return self._lower_role(role_start, limit)
        apposed = (k > j + 1 or rest[:1].islower()) and _apposed(rest, article=k > j + 1)
        if not apposed and not self._role_start(k, rest) and not _capital_role().match(rest):
            owner = _POSSESSIVE_FIRST.match(rest)  # "Singapore's non-resident High Commissioner to X"
            if owner and self._owned_role(start + owner.end(), limit):
                return self._lower_role(start, limit)
            after = self._owner_word(k)  # "CNRS research director", "French co-director of X"
            if after:
                clause = rest[: _clause_end(self.doc.text, start, limit) - start].split()
                spoken = any(w in SPEECH_WORDS for w in clause)
                if not spoken and self._owned_role(self.toks[after].start, limit):
                    return self._lower_role(start, limit)
            return None, None
        if (
            apposed
            or _LOWER_ROLE.match(rest)
            or rest.lower().startswith(lower_titles())
            or rest.startswith(lower_case_titles())
        ):
            if k == j + 1 and _plural_role_head(rest):
                return None, None  # ("Dr X, vice chancellors of ... and senior officials": a next item)
            return self._lower_role(start, limit)
        first = k  # (past the words of time or standing that open it: "former Minister of X")
        while first + 1 < len(self.toks) and self.toks[first].text in title_openers():
            first += 1
        end = min(self._role_end(first), limit)
        n = bisect.bisect_left(self.cut.starts, end)
        if n < len(self.toks) and self.honorific_opens_name(n):
            return None, None  # (", Dean of X Prof. NAME2": the role written before the next name)
        return _trim_role(self.doc.text, start, end)

    def _owner_word(self, k: int) -> int | None:
        """The index after token k when it names the owner of a lower-case role that follows it
        without a possessive: a body's acronym or a nationality ("CNRS research director", "French
        co-director of X"), a lower-case word next; None otherwise."""
        toks = self.toks
        if k + 1 >= len(toks) or not toks[k + 1].text[:1].islower():
            return None
        tok = toks[k]
        acronym = tok.text in self.acronyms or _ACRONYM_OWNER.fullmatch(tok.text) is not None
        if acronym or (tok.capitalised and self.doc.in_span("country", tok.start, tok.end)):
            return k + 1
        return None

    def _owned_role(self, start: int, limit: int) -> bool:
        """True when the clause from `start` (after an owner's possessive, "Singapore's", "the
        agency's") holds a role: a title or a role noun among its first words ("non-resident High
        Commissioner to Rwanda", "acting director"), and no name opens it ("Chile's Pedro Soto")."""
        end = _clause_end(self.doc.text, start, limit)
        words = self.doc.text[start:end].split()[:MAX_OWNED_WORDS]
        if not words:
            return False
        n = bisect.bisect_left(self.cut.starts, start)
        titles = role_matcher().find_span(self.doc, start, end)
        if titles and titles[0].start == start:
            return True
        if n < len(self.toks) and self.name_at(n, min_words=2) > n:
            return False
        nouns, qualified = role_nouns(), _qualified_role_nouns()
        heads = [w.strip(".,;:()").lower() for w in words]  # ("lead" only after a qualifier: "team lead")
        return bool(titles) or any(h in nouns and (n > 0 or h not in qualified) for n, h in enumerate(heads))

    def _mark_end(self, mark: str, start: int) -> int:
        """Where a role set off by `mark` must end: at the next dash after a dash ("NAME — a fellow
        at X — said"), the end of the sentence otherwise (a bracket closes itself)."""
        if mark in {"—", "–"}:
            dash = _DASH_MARK.search(self.doc.text, start, self.end)
            return dash.start() if dash else self.end
        return self.end

    def _lower_role(self, start: int, limit: int) -> tuple[str | None, tuple[int, int] | None]:
        """A lower-case role from `start` to the end of its clause or a relative word."""
        end = _clause_end(self.doc.text, start, limit)
        relative = _RELATIVE.search(self.doc.text, start, end)  # "..., a researcher at X who ..."
        return _trim_role(self.doc.text, start, relative.start() if relative else end)

    def _role_start(self, k: int, rest: str) -> bool:
        start = self.toks[k].start  # rest starts there
        titles = role_matcher().find_span(self.doc, start, min(start + 80, self.end))
        first = titles[0].start - start if titles else None
        lead = rest[:first] if first is not None else ""
        lead_words = lead.split()
        openers = title_openers()  # ("former Minister of X", "acting Director-General")
        while lead_words and lead_words[0].rstrip("-") in openers:
            lead_words = lead_words[1:]
        # (a portfolio of two fields joined before the title: "Science and Technology Attaché")
        capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in _PORTFOLIO_JOINERS for w in lead_words)
        capitalised = capitalised and (not lead_words or lead_words[0] not in _PORTFOLIO_JOINERS)
        if first is not None and len(lead_words) <= 3 and "," not in lead and capitalised:
            return True
        bare = _POSSESSIVE_FIRST.sub("", rest)
        if bare.startswith(lower_case_titles()):
            return True
        return bare.lower().startswith(lower_titles()) or bool(_LAUREATE.match(rest))

    def _role_end(self, k: int) -> int:
        """Offset where the role that starts at token k ends."""
        first = k
        end = self.toks[k].end
        title = self.title_at.get(self.toks[k].start)
        bare = title[0] if title else -1  # (where a role of a bare title ends: "Vice President")
        depth = 0
        while k < len(self.toks):
            tok = self.toks[k]
            if tok.text == "(" and _DETAILS_IN_BRACKET.match(self.doc.text, tok.end):
                break  # ("Grants Officer, Research Office (grants@example.org)")
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                if depth == 0:
                    break
                depth -= 1
            elif (qualified := self._qualifier_end(k)) > k:  # ("Vice-Minister responsible for research")
                k = qualified
                end = self.toks[k - 1].end
                continue
            elif self._stops_role(k, depth, tok.start == bare):
                break
            elif k > first and depth == 0 and self.honorific_opens_name(k):
                break  # ("NAME, Dean of the Faculty of Science Prof. NAME2": the next person's own)
            end = tok.end
            k += 1
        return end

    def honorific_opens_name(self, k: int) -> bool:
        """True when token k is a personal honorific (not one that is also a role: "Professor",
        "Ambassador") that opens a name of two words or more ("Dr. Liang Xiaoyan")."""
        toks = self.toks
        text = toks[k].text
        if text not in self.honorifics or len(text.rstrip(".")) < 2:
            return False
        after = self.skip_honorifics(k)
        return after > k and self.name_at(after, min_words=2) > after

    def _stops_role(self, k: int, depth: int, bare: bool = False) -> bool:
        """True when token k ends a role: a list separator before a name, or a plain word; not a
        comma after a bare title before two words that close the sentence (the title's body: ", Vice
        President, Samsung SDI.")."""
        text = self.toks[k].text
        if text in {";", ":"}:
            return True
        if ((text == "," and depth == 0) or text in {"and", "or"}) and self._name_follows(k + 1, bare):
            return True
        if text == "," and depth == 0 and k + 1 < len(self.toks) and self.toks[k + 1].text[:1].islower():
            return True  # ", in Hanoi": the clause after the role
        if text == "," and depth == 0 and k + 1 < len(self.toks) and self._address_follows(k + 1):
            return True  # (", Munga 18, 50088 Tartu": the address after a contact's role)
        role_word = text[:1].isupper() or text[:1].isdigit() or text in _ROLE_GLUE or depth > 0
        return not role_word and (text not in {"in", "or"} or k + 1 >= len(self.toks))

    def _address_follows(self, k: int) -> bool:
        """True when the comma field from token k is a street and house number or opens with a
        postcode ("Munga 18", "00-635 Warszawa"): contact details, no part of a role."""
        tok = self.toks[k]
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit()):
            return False  # (the cheap gate: a field opens with a capital or a digit)
        text = self.doc.text
        stop = min(self.end, tok.start + 60)
        field = text[tok.start : stop].split(",", 1)[0].split("\n", 1)[0].strip()
        return _STREET_FIELD.fullmatch(field) is not None or _POSTCODE_FIELD.match(field) is not None

    def _name_follows(self, k: int, bare: bool = False) -> bool:
        k = self.skip_honorifics(k) if k < len(self.toks) else k
        if k < len(self.toks) and k > 0 and self.toks[k - 1].text in self.honorifics:
            return True
        j = self.name_at(k, min_words=2)
        closes = j > k and j + 1 == len(self.toks) and self.toks[j].text == "."
        if bare and closes and self.toks[k - 1].text == ",":
            return False  # (two words that close the sentence are the title's body: ", CEO, Samsung SDI.")
        return j > k and (j >= len(self.toks) or self.toks[j].text in {",", "and", ".", "("})

    def role_before(self, i: int) -> tuple[str | None, tuple[int, int] | None]:
        """The role in "ROLE, NAME" before a name starting at token i; none when what stands there is
        another person's title and name ("Prime Minister A of Japan, President B")."""
        role, span = self._role_before(i)
        if span is None:
            return role, span
        if span[0] in self.claimed:  # ("A, Deputy Minister, Dr. B": the role is A's; what follows it
            cut = self.claimed[span[0]]  # is B's: "A, Minister of X, and Fiji's Secretary, Dr B")
            rest = _JOINS_AFTER_NAME.match(self.doc.text, cut, span[1])
            start = rest.end() if rest else cut
            if start >= span[1] or not role_matcher().find_span(self.doc, start, span[1]):
                return None, None
            role, span = self.doc.text[start : span[1]], (start, span[1])
        titles = role_matcher().find_span(self.doc, span[0], span[1])
        name_end = (  # (after the title's qualifiers too: "Vinnova's Director General NAME, ...")
            self._person_after_title(titles[0].end, span[1])
            if titles and (titles[0].start == span[0] or self._qualifies(span[0], titles[0].start))
            else 0
        )
        if not name_end:
            return role, span
        rest = _JOINS_AFTER_NAME.match(self.doc.text, name_end, span[1])
        start = rest.end() if rest else name_end
        if any(t.start == start for t in titles):  # (the part after the other name: "Professor A, and the
            return self.doc.text[start : span[1]], (start, span[1])  # Director of X, Professor B")
        return None, None

    def _role_before(self, i: int) -> tuple[str | None, tuple[int, int] | None]:
        if i == 0 or self.toks[i - 1].text != ",":
            return None, None
        comma = self.toks[i - 1].start
        window_start = max(self.start, comma - 120)
        titles = role_matcher().find_span(self.doc, window_start, comma)
        if not titles:
            return _lower_role_before(self.doc.text, window_start, comma)
        first = titles[-1]
        for title in reversed(titles):
            between = self.doc.text[title.end : comma]  # (the title's own words may be lower-case)
            if any(w[:1].islower() and w not in _ROLE_GLUE for w in between.split()) and not _body_tail(
                between
            ):
                break
            if any(w in self.honorifics for w in between.replace(",", " ").split()):
                break
            first = title
        start = first.start
        # (the token that holds the title's start: "vice-president" for a title "president")
        k = next((n for n, t in enumerate(self.toks) if t.end > start), None)
        if k is None or self.toks[k].start >= comma:
            return None, None
        k = self._role_qualifiers(k)
        start = self.toks[k].start
        between = self.doc.text[max(start, first.end) : comma]
        lower = any(w[:1].islower() and w not in _ROLE_GLUE for w in between.split())
        if lower and not _body_tail(between):
            if not (_ENDEAVOUR_TAIL.fullmatch(between) or _FIELD_TAIL.fullmatch(between)):
                # (an earlier title of another clause: "X president NAME, with Chile's ambassador to
                # Italy, NAME" has a lower-case role of its own)
                return _lower_role_before(self.doc.text, max(window_start, first.end), comma)
            lower = False  # (the undertaking is part of the role: "coordinator of the project")
        # (a body named by a common noun is no part of the role: "the president of the company, NAME")
        return _trim_role(self.doc.text, start, max(start, first.end) if lower else comma)

    def _person_after_title(self, end: int, limit: int) -> int:
        """Where a name of two words or more that holds no portfolio or body word ends, when it
        follows the title that ends at `end`, before `limit` ("Prime Minister Hideaki Morishita of
        Japan"); 0 when none does."""
        n = bisect.bisect_left(self.cut.starts, end)
        while n < len(self.toks) and self.toks[n].start < limit and self.toks[n].text in self.honorifics:
            n += 1
        if n >= len(self.toks) or self.toks[n].start >= limit:
            return 0
        j = self.name_at(n, min_words=2)
        heads = org_heads()
        words = [t.text for t in self.toks[n:j]]
        if j - n < 2 or any(w in portfolio_words() or w in heads for w in words):
            return 0
        return self.toks[j - 1].end

    def _role_of_next(self, role_span: tuple[int, int] | None) -> bool:
        """True when a role read after a name is followed by a comma and another name: the role
        stands before that name ("ROLE A, NAME A, ROLE B, NAME B, paid a visit")."""
        if role_span is None:
            return False
        n = bisect.bisect_left(self.cut.starts, role_span[1])
        if n >= len(self.toks) or self.toks[n].text != ",":
            return False
        k = self.skip_honorifics(n + 1)
        return self.name_at(k, min_words=2) >= k + 2

    def role_right_before(self, i: int, j: int) -> tuple[str | None, tuple[int, int] | None]:
        """The lower-case role written right before a name (or its honorifics) at token i, with no
        comma: "Japan's ambassador NAME", "state minister for innovation NAME", "former diplomat
        NAME", "director of the IT Park NAME". A role head (`_heads_before_name`), up to four
        modifiers before it (lower-case words that are no link, article or verb, or capitalised
        owners: "Penang state executive"), and after it nothing or a portfolio that a link word opens
        and a word that is no glue ends. The name i..j must not name a body or an event."""
        toks = self.toks
        if i == 0 or not toks[i - 1].text[:1].isalpha():
            return None, None
        heads, stops = _heads_before_name(), _stops_before_name()
        head = i - 1
        while head >= max(0, i - 1 - MAX_TAIL_TOKENS) and not _head_before_name(toks[head].text, heads):
            text = toks[head].text  # (a portfolio's words: no mark, verb or article but glue)
            if not (text[:1].isalpha() or text in {"&", "-"}) or (text in stops and text not in _ROLE_GLUE):
                return None, None
            head -= 1
        if head < 0 or not _head_before_name(toks[head].text, heads):
            return None, None
        if toks[head].text not in heads and (head < i - 1 or self.coordinated_name(j) is None):
            return None, None  # a plural head only right before two names ("tango champions A and B")
        if head < i - 1 and (toks[head + 1].text not in _TAIL_LINKS or toks[i - 1].text in _ROLE_GLUE):
            return None, None
        if head < i - 1 and j - i > 2 and self._name_word(toks[i - 1]):
            return None, None  # ("director of the IT Park NAME": where the body ends, a name of two words)
        first = head
        while first > 0 and head - first < MAX_ROLE_MODIFIERS:
            text = toks[first - 1].text  # (a capitalised owner goes on: "Penang", "Japan's")
            if not text[:1].isalpha() or (text[:1].islower() and (text in stops or text.endswith("ed"))):
                break
            if text in _DETERMINERS:
                break  # (at a sentence's start: "The director NAME said")
            first -= 1
        head_text = toks[head].text
        if (
            head_text in _not_before_name()
            and (first == head or f"{toks[head - 1].text} {head_text}" not in _lower_title_phrases())
            and not (first < head and self._body_acronym(toks[head - 1].text))
        ):
            return None, None  # (but a body's short form owns it: "BRIN head NAME", "KAIST chair NAME")
        if kind_of(self.doc.text[toks[i].start : toks[j - 1].end]) is not None:
            return None, None
        blocked = [t for t in toks[i:j] if self.blocked.covers(t.start, t.end)]
        if blocked and (blocked[0] is toks[i] or not all(self._city_word(t) for t in blocked)):
            return None, None  # ("a representative of Nuffic Neso Indonesia": a body's name, a place;
            # not a later word that only names a city: "director Mette Lund Pedersen")
        return _trim_role(self.doc.text, toks[first].start, toks[i - 1].end)

    def _body_acronym(self, text: str) -> bool:
        """True for the short form of a body that the document names ("BRIN", "KAIST")."""
        return len(text) > 1 and text.isupper() and text in self.acronyms

    def _city_word(self, tok: Token) -> bool:
        """True when `tok` is a city's one-word name and no country's or body's ("Lund", "Bergen")."""
        if self.doc.in_span("country", tok.start, tok.end):
            return False
        cities = self.doc.in_span("city", tok.start, tok.end)
        if not any(m.start == tok.start and m.end == tok.end for m in cities):
            return False
        spans = [span for org in self.doc.data.get("organizations", []) for span in org.spans]
        return not any(s <= tok.start and tok.end <= e for s, e in spans)

    def _partner_cue(self, j: int) -> bool:
        """True when "and" joins a name ending at token j to a name that a speech word or "who"
        follows: both are people ("A and B, who won", "A and B said")."""
        other = self.coordinated_name(j)
        return other is not None and self._person_cue(other[1])

    def coordinated_name(self, j: int) -> tuple[int, int] | None:
        """The tokens of a name of two words or more (after honorifics) that "and" joins to a name
        ending at token j ("... A and Dr B"), also after the first one's state in brackets ("A
        (Finland) and B (Estonia)"); None when there is none."""
        toks = self.toks
        j = self._country_bracket(j)
        if j + 2 >= len(toks) or toks[j].text != "and":
            return None
        k = self.skip_honorifics(j + 1)
        m = self.name_at(k, min_words=2)
        if m == k or kind_of(self.doc.text[toks[k].start : toks[m - 1].end]) is not None:
            return None
        return k, m

    def shared_role(
        self, j: int, role: str | None, role_span: tuple[int, int] | None
    ) -> tuple[str | None, tuple[int, int] | None, tuple[int, int] | None]:
        """A role that ends with a plural head said right before a name ending at token j and the
        name "and" joins to it ("tango champions A and B"): the role in the singular, for both, and
        the second name's tokens; else the role as it is and None."""
        if not role or not role_span or role.endswith("ss") or not role.endswith("s"):
            return role, role_span, None
        if role.rsplit(None, 1)[-1][:-1] not in _heads_before_name():
            return role, role_span, None  # (a head in the singular: "sales")
        other = self.coordinated_name(j)
        if other is None:
            return role, role_span, None
        return role[:-1], (role_span[0], role_span[1] - 1), other

    def _spoken_before(self, i: int, j: int) -> bool:
        """True for a name of two words or more that a speech verb introduces and a comma, period
        or the sentence end closes: "..., said Carla Mendívil Rojas, a tax partner", "says Ana Ruiz."."""
        if i == 0 or self.toks[i - 1].text.lower() not in _SPEECH_BEFORE:
            return False
        if j - i < 2 or (j < len(self.toks) and self.toks[j].text not in {",", ".", ";"}):
            return False
        return kind_of(self.doc.text[self.toks[i].start : self.toks[j - 1].end]) is None

    def role_with_article(self, j: int) -> tuple[str | None, tuple[int, int] | None]:
        """The role in ", a/an ROLE" after a name ending at token j, up to the end of its clause or
        a relative word: "Carla Mendívil Rojas, a tax partner at a Lima law firm, who added"."""
        toks = self.toks
        if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].text not in {"a", "an"}:
            return None, None
        if not toks[j + 2].text[:1].islower():
            return None, None
        start = toks[j + 2].start
        end = _clause_end(self.doc.text, start, self.end)
        relative = _RELATIVE.search(self.doc.text, start, end)
        return _trim_role(self.doc.text, start, relative.start() if relative else end)

    def _person_cue(self, j: int, i: int | None = None) -> bool:
        end = self.toks[j - 1].end
        if self.doc.text[end : end + 1] in _CLOSING_MARKUP:  # (past the markup that closes a name:
            closing = self.doc.text[end : end + 3]  # "**Haruka Inoue**, who scored")
            end += len(closing) - len(closing.lstrip("*_"))
        rest = self.doc.text[end : end + _SPEECH_REACH].lower()
        if _SPEECH_AFTER.match(rest):
            return True
        if self.doc.text.startswith(", ", end) and self._speaks_for_org(end + 2):
            return True  # ("NAME, Latvian Council of Science, said")
        link = _LINK_AFTER.match(self.doc.text[end : end + _LINK_REACH])
        if link is None:
            link = _BRACKET_AFTER.match(self.doc.text, end, end + 4)  # "NAME (University of X), NAME (KAIST)"
            return (
                link is not None
                and i is not None
                and self._org_fills_bracket(link.end())
                and not self._defined(end - 1)
                and not _NAME_GOES_ON_BEFORE.search(
                    self.doc.text, max(0, self.toks[i].start - 40), self.toks[i].start
                )
            )
        return self._org_starts_at(end + link.end())

    def _defined(self, position: int) -> bool:
        """True when `position` lies in a name that the text defines a short form for ("Japan Standard
        Time (JST)", "Eesti Teadusagentuur (ETAG)"), or in an organisation's name."""
        if any(m.start <= position < m.end for m in self.doc.layer("acronym_def")):
            return True
        return any(s <= position < e for org in self.doc.data.get("organizations", []) for s, e in org.spans)

    def _speaks_for_org(self, position: int) -> bool:
        """True when an organisation's name starts at `position` and a comma and a speech word follow
        it: the body a speaker answers for, set off by commas after their name."""
        text = self.doc.text
        return any(
            s == position and _SPEECH_AFTER.match(text[e : e + _SPEECH_REACH + 2].lower()) is not None
            for org in self.doc.data.get("organizations", [])
            for s, e in org.spans
        )

    def _org_fills_bracket(self, position: int) -> bool:
        """True when an organisation's name starts at `position` and a closing bracket follows it,
        maybe after its short form or its place ("(Lund University, Sweden)", "(Université de
        Liège, ULiège)")."""
        text = self.doc.text
        return any(
            s == position and _BRACKET_TAIL.match(text, e) is not None
            for org in self.doc.data.get("organizations", [])
            for s, e in org.spans
        )

    def _org_starts_at(self, position: int) -> bool:
        """True when an organisation name starts at `position` ("Yuko Harayama from Japan's Council...")."""
        return any(s == position for org in self.doc.data.get("organizations", []) for s, _ in org.spans)


# Capitalised articles of Arabic family names, written apart ("Al Jabr Al Nuaimi", "El Sayed").
_ARTICLE_WORDS = frozenset({"Al", "El"})
_TITLE_REACH = 4  # a title that opens a role stands within its first four tokens ("Swedish Ambassador")
_CLOSING_MARKUP = ("*", "_")  # bold or italics that close a name
_UNIT_LINKS = frozenset({"for", "of", "on", "to"})  # words inside the name of a unit or portfolio
# Lower-case words that end a title's qualifier ("responsible for research" | "met", "said"; roles.yaml)
_QUALIFIER_STOPS = yaml_words("roles.yaml", "qualifier_stops")
_DETERMINERS = frozenset(
    {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "And", "Or", "By", "On", "El", "La", "Los", "Las"}
)
_ROLE_GLUE = frozenset(
    {"of", "for", "and", "the", "on", "to", "at", "in", "&", ",", "-", "–", "(", ")", "de", "du", "des"}
)


MAX_TAIL_TOKENS = 8  # the words of a portfolio between a role head and a name ("for trade and industry")
MAX_ROLE_MODIFIERS = 4  # the words before a role head right before a name ("Penang state executive")
_TAIL_LINKS = frozenset({"for", "of", "to", "in", "at", "on"})  # (the first word of a portfolio after a head)


_ACRONYM = re.compile(r"[A-Z]{2,7}")
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z&]{1,7}")  # (a body's short form in brackets: "MoST", "MEXT")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")
# The words a name of one word may follow (`SentenceScan._mononym`): a speech verb, "and", a quote.
_MONONYM_AFTER = frozenset({"said", "says", "added", "noted", "stated", "and", '"', "“", "”", "'", "’", "by"})


# A lower-case label in a bracket before a rank and a name, its colon closing it ("(lead investigator
# in Ireland: Prof. NAME)", "(project coordinator: Dr NAME)"): the label is the person's role.
_BRACKET_LABEL = re.compile(
    r"\((?P<role>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){0,3}"
    r"(?:[ \t]+(?:in|for|of|at)[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})?)"
    r":[ \t]*\Z"
)
_BRACKET_LABEL_REACH = 80  # characters before a rank that its bracket's label may take


def _bracket_label(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The label and its span in a bracket that ends right before `start` (`_BRACKET_LABEL`)."""
    label = _BRACKET_LABEL.search(text, max(0, start - _BRACKET_LABEL_REACH), start)
    return (label["role"], label.span("role")) if label else None


@functools.cache
def _opening_adverbs() -> frozenset[str]:
    return yaml_words("opening_adverbs.yaml", "opening_adverbs")


@functools.cache
def _stops_before_name() -> frozenset[str]:
    """Words that end the modifiers of a role read back from a name (roles.yaml `before_name_stops`)."""
    return _role_words("before_name_stops")


def _head_before_name(text: str, heads: frozenset[str]) -> bool:
    """True for a role head that may end a role right before a name, in the singular or plural."""
    return text in heads or (len(text) > 3 and text[-1] == "s" and text[-2] != "s" and text[:-1] in heads)


@functools.cache
def _not_before_name() -> frozenset[str]:
    """Role nouns that need a title of their own to stand right before a name ("chief executive")."""
    return _role_words("not_before_name")


@functools.cache
def _lower_title_phrases() -> frozenset[str]:
    return frozenset({*lower_case_titles(), *lower_titles()})


@functools.cache
def _heads_before_name() -> frozenset[str]:
    """Lower-case words that end a role written right before a name: the role nouns, and the last
    word of each lower-case title without a link word ("director-general", "chief executive")."""
    heads = {n for n in role_nouns() if n[:1].islower()}
    for title in _lower_title_phrases():
        words = title.split()
        if words[-1] in _TAIL_LINKS:
            words = words[:-1]
        if words and not any(w in _TAIL_LINKS for w in words):
            heads.add(words[-1])
    return frozenset(heads)


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of a lower-case role ("a specialist in exploding stars"): the next comma or period, or
    a closing parenthesis that no opening one in the role matches ("... Sciences (CAS)" goes on)."""
    depth = 0
    for match in _CLAUSE_END.finditer(text, start, limit):
        mark = match.group()
        if mark == "(":
            depth += 1
        elif mark == ")" and depth:
            depth -= 1
        elif not depth and not (mark == "," and _in_name_series(text, match.start(), limit)):
            return match.start()
    return limit


# A comma inside a body's name of a series of capitalised fields ("the Science, Technology and
# Innovation Funding Authority", "Ministry of Education, Culture and Science"): single capitalised
# words after it, the last after "and", and a capitalised word before it.
_NAME_SERIES = re.compile(r",[ \t]+[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)*,?[ \t]+(?:and|&)[ \t]+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"[A-Z][a-z]+$")


def _in_name_series(text: str, comma: int, limit: int) -> bool:
    """True when the comma at `comma` stands inside a capitalised series of a body's name."""
    return (
        _NAME_SERIES.match(text, comma, limit) is not None
        and _WORD_BEFORE.search(text, max(0, comma - 30), comma) is not None
    )


_CAPITALISED_WORD = "[A-ZÀ-Þ][a-zà-ÿ]+"  # (a word of nationality or side after "the": "the German X")
_BODY_ACRONYM = "[A-Z][A-Z0-9&*-]*[A-Z0-9]"  # (a body's acronym after "the": "the CNRS director")
_LOWER_ROLE_OWNER = re.compile(
    rf"['’]s [a-z]|[Tt]he (?:{_CAPITALISED_WORD} |{_BODY_ACRONYM} )?[a-z]|(?<![\w-])(?:[Ii]ts|[Tt]heir) [a-z]"
)
# What a lower-case office may name after it besides a body: the undertaking it serves, in a few
# lower-case words ("the coordinator of the project, NAME", "the lead of the survey team, NAME").
_ENDEAVOUR_TAIL = re.compile(
    rf"\s*(?:(?:of|for|on) )?(?:the|this|its|their|our) (?:{_CAPITALISED_WORD} )?"
    r"[a-z-]+(?: [a-z-]+){0,2}\s*"
)

# ... or the field it is "for", in lower-case words, maybe before its body ("the director for Europe
# and international cooperation, NAME", "the counsellor for science and technology of the Embassy of
# France, NAME"): no verb or relative word among them.
_FIELD_WORD_STOPS = (
    "who|whose|which|that|said|says|is|was|were|are|has|have|had|will|would|a|an|his|her|their|its"
)
_FIELD_TAIL = re.compile(
    rf"\s*(?:for|of)(?:\s+(?!(?:{_FIELD_WORD_STOPS})\b)[a-z][a-z-]+|\s+[A-Z][\w-]*){{1,6}}"
    r"(?:\s+(?:of|at|in)(?:\s+(?:the|of|in|and|for|[A-Z][\w()'’-]*))+)?\s*"
)


@functools.cache
def _lower_role_head() -> re.Pattern[str]:
    """A lower-case role head after a possessive or "the" ("Türkiye's ambassador", "the administrator",
    a role noun too: "INACH's director", "the agency's representative in Lima")."""
    heads = {*lower_case_titles(), *(t.lower() for t in lower_titles()), *role_nouns()}
    words = longest_first(h for h in heads if h[:1].islower())
    # (or "the" and a capitalised word of nationality or side: "the German coordinator")
    owner = (
        f"(?<![\\w'’-])(?:[A-ZÀ-Þ][^\\s,;:]*['’]s|[Tt]he(?:\\s+(?:{_CAPITALISED_WORD}|{_BODY_ACRONYM})(?=\\s+[a-z]))?"
        "|[Ii]ts|[Tt]heir)"
    )
    # (up to two lower-case qualifiers of the head after a possessive: "KOICA's country director")
    links = "(?:and|or|of|for|in|at|to|with|by|on|new)"
    qualifiers = f"(?:(?<=s)(?:\\s+(?![a-z]+ly\\s)(?!{links}\\s)[a-z][a-z-]{{2,}}){{1,2}})?"
    return re.compile(f"{owner}{qualifiers}\\s+(?:{words})(?![\\w-])")


def _lower_role_before(text: str, start: int, comma: int) -> tuple[str | None, tuple[int, int] | None]:
    """The role in "Türkiye's ambassador in Asunción, NAME" or "the administrator of the China National
    Space Administration (CNSA), NAME": a lower-case role head after a possessive or "the", and only
    capitalised words, connectors and a bracketed acronym from it to the comma."""
    if comma - start < 8 or not _LOWER_ROLE_OWNER.search(text, start, comma):  # (a cheap test first)
        return None, None
    head = None
    for match in _lower_role_head().finditer(text, start, comma):
        head = match  # (the last one)
    if head is None:
        return None, None
    rest = text[head.end() : comma].replace("(", " ").replace(")", " ")
    lower = any(not (w[:1].isupper() or w in _ROLE_GLUE) for w in rest.split())
    if lower and not _body_tail(rest):
        link = head.group().rsplit(None, 1)[-1]  # (a head "minister for", "head of")
        field = f" {link}{rest}" if link in {"for", "of"} else rest
        if not (_ENDEAVOUR_TAIL.fullmatch(rest) or _FIELD_TAIL.fullmatch(field)):
            return None, None
        lower = False  # (the undertaking is part of the role: "coordinator of the project")
    role_start = head.start() + 4 if text.startswith(("the ", "The "), head.start()) else head.start()
    if text.startswith(("its ", "Its ", "their ", "Their "), head.start()):  # ("its director": "director")
        role_start = text.index(" ", head.start()) + 1
    return _trim_role(text, role_start, head.end() if lower else comma)  # (without "of the institute")


@functools.cache
def _body_tail_pattern() -> re.Pattern[str]:
    """ "of the institute", "at the agency's international office": a body named by a lower-case noun
    after an office ("the president of the institute, NAME")."""
    nouns = company_nouns() | {h.lower() for h in name_words()[0] if h.isalpha() and h[:1].isupper()}
    return re.compile(rf"[ \t\n]*(?:(?:of|at)[ \t\n]+)?{BODY_DETERMINED}(?:{longest_first(nouns)})[ \t\n]*")


def _body_tail(text: str) -> bool:
    """True when `text` (what stands between an office and a comma) is only a body in lower case."""
    return len(text) < 80 and _body_tail_pattern().fullmatch(text) is not None


_END_TAGS = re.compile(r"(?:[ \t]*</?[A-Za-z][A-Za-z0-9]*[ \t]*/?>)+[ \t]*$")


def _without_end_tags(role: str | None) -> str | None:
    """The role without the HTML tags that close its line ("Programme Officer, ANR</p>",
    "Vice Rector, HUST</li>"): a role read to the end of a line of a web page takes them along."""
    if role is None or "<" not in role:
        return role
    return _END_TAGS.sub("", role).rstrip(" ,;") or None


def _trim_role(text: str, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The role text without trailing connectors ("..., and", "in the")."""
    role = text[start:end]
    trimmed = _TRAILING_GLUE.sub("", role).rstrip(" ,;(")
    if not trimmed:
        return None, None
    return trimmed, (start, start + len(trimmed))


def _may_pair(text: str, start: int, end: int) -> bool:
    """True when text[start:end] may hold two capitalised tokens in a row (a superset)."""
    return bool(
        _MAY_PAIR_FAST.search(text, start, end)
        or _PAIR_AT.match(text, start, end)
        or _ADJACENT.search(text, start, end)
        or _PARTICLE.search(text, start, end)  # ("Robbert van der Meer, director at NWO")
        or _ARTICLE_AFTER.search(text, start, end)  # ("Saud al-Faisal, chairman of the council")
    )


# A capitalised word and a name with an article after it ("Ahmed al-Mansouri"): `_ARTICLE_NAME`
_ARTICLE_AFTER = re.compile(r"[A-ZÀ-Þ][^\W\d_]+ (?:al|el|as|ash|ad|ar|at|az)-[A-ZÀ-Þ]")


def may_name(doc: Doc, start: int, end: int) -> bool:
    """False when the sentence doc.text[start:end] has no token where the person scan may start:
    no role title, no honorific, no two tokens in a row that may be capitalised."""
    text = doc.text
    return bool(
        _may_pair(text, start, end)
        or _honorific_pattern().search(text, start, end)
        or _multiword_honorific_pattern().search(text, start, end)
        or role_matcher().find_span(doc, start, end)
    )


def may_find(doc: Doc, start: int, end: int, org_starts: list[int]) -> bool:
    """False when the scan of the sentence doc.text[start:end] cannot find anyone (`org_starts`: the
    sorted starts of the organisation spans). Besides a role title or an honorific, a person needs
    two capitalised tokens in a row (see `may_name`) and, after the name, a role (a title, or a
    lower-case one such as "laureate"), a speech word ("said") or "of"/"from"/"at" and an
    organisation (`SentenceScan._person_cue`)."""
    text = doc.text
    if _honorific_pattern().search(text, start, end):
        return True
    if _multiword_honorific_pattern().search(text, start, end):
        return True
    if not _may_pair(text, start, end):
        return bool(role_matcher().find_span(doc, start, end))
    if has_cue(doc, start, end + _SPEECH_REACH) or role_matcher().find_span(doc, start, end):
        return True  # (the costlier title look-up last)
    return _org_after_link(text, start, end, org_starts, doc.data.setdefault("_linked_orgs", {}))


def _cue_words() -> list[str]:
    """The lower-case role and speech words that may follow a name (a superset of what the scan reads)."""
    words = {*lower_titles(), *lower_case_titles(), "laureate", *SPEECH_WORDS, *_WHO_CUES}
    words |= {n.lower() for n in role_nouns()}  # ("NAME, a marine geologist with X")
    words |= yaml_words("roles.yaml", "role_noun_endings")  # ("NAME, a hydrogeologist at X")
    words |= {f"{verb} by" for verb in (*verb_roles(), *signing_verbs())}  # ("co-directed by NAME")
    return sorted(words, key=len, reverse=True)


_WHO_CUES = tuple(f"who {verb}" for verb in _WHO_VERBS)  # (the same roles, as cue words)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """Any cue word (`_cue_words`), anywhere, grouped by first letter. Searched in
    `doc_lowered(doc)`: a word of lower-case letters is found there wherever the lower-cased text
    (`str.lower`) holds it, since only "İ" lower-cases to two characters ("i" and a combining dot,
    which no such word holds)."""
    return re.compile(by_first_letter(map(re.escape, _cue_words())))


@functools.cache
def _cue_automaton() -> ahocorasick_rs.AhoCorasick:
    """Every cue word (`_cue_words`), for one scan of a whole text that reports all occurrences."""
    return ahocorasick_rs.AhoCorasick(_cue_words(), matchkind=ahocorasick_rs.MatchKind.Standard)


def has_cue(doc: Doc, start: int, end: int) -> bool:
    """True when a cue word lies wholly inside [start, end) of `doc_lowered(doc)`: the same as
    `_cue_pattern().search(doc_lowered(doc), start, end) is not None`, answered from the cue
    words of the whole text (`cue_occurrences`) by bisection."""
    starts, least_ends = cue_occurrences(doc)
    n = bisect.bisect_left(starts, start)
    return n < len(starts) and least_ends[n] <= end


def cue_occurrences(doc: Doc) -> tuple[list[int], list[int]]:
    """The cue words of `doc_lowered(doc)` (overlaps included) as `_by_start`; made once per Doc."""
    found = doc.data.get("_cue_occurrences")
    if found is None:
        matches = _cue_automaton().find_matches_as_indexes(doc_lowered(doc), overlapping=True)
        found = doc.data["_cue_occurrences"] = _by_start([(s, e) for _, s, e in matches])
    return found


def _by_start(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of the spans, sorted, and for each the least end of the spans from it on (so
    whether a span lies inside [start, end) takes one bisection)."""
    spans.sort()
    least_ends: list[int] = []
    least = -1
    for _, e in reversed(spans):
        least = e if least < 0 else min(least, e)
        least_ends.append(least)
    least_ends.reverse()
    return [s for s, _ in spans], least_ends


def org_starts(doc: Doc) -> list[int]:
    """The sorted starts of the spans of the document's organisations (for `may_find`)."""
    return sorted(s for org in doc.data.get("organizations", []) for s, _ in org.spans)


def org_linked_before(text: str, s: int) -> bool:
    """True when a link ("from the", "of Japan's") or an opening bracket right after a word ("NAME
    (KAIST)") stands before the organisation that starts at `s`."""
    return (
        _LINK_BEFORE.search(text, max(0, s - _LINK_REACH - 1), s) is not None
        or (s > 1 and text[s - 1] == "(" and text[s - 2 : s - 1].isalpha())  # ("NAME(KAIST)")
        or (s > 2 and text[s - 2 : s] == " (" and text[s - 3 : s - 2].isalpha())  # ("NAME (KAIST)")
    )


def _org_after_link(text: str, start: int, end: int, org_starts: list[int], linked: dict[int, bool]) -> bool:
    """True when an organisation starts within reach of a name of the sentence, right after a
    link ("from the", "of Japan's"); `linked` keeps the test's result per start for the document
    (the reaches of neighbouring sentences overlap)."""
    lo = bisect.bisect_right(org_starts, start)
    hi = bisect.bisect_right(org_starts, end + _LINK_REACH, lo)
    for s in org_starts[lo:hi]:
        found = linked.get(s)
        if found is None:
            found = linked[s] = org_linked_before(text, s)
        if found:
            return True
    return False


@functools.cache
def _honorific_pattern() -> re.Pattern[str]:
    """Any one-word honorific that no word character follows (a superset of the honorific tokens:
    a token ends before a character that is no word character, or before the period of "Prof.")."""
    words = sorted((w for w in honorifics() if " " not in w), key=len, reverse=True)
    return re.compile(f"(?:{by_first_letter(map(re.escape, words))})(?!\\w)")


def lower_words(doc: Doc) -> frozenset[str]:
    """Words the document writes in lower case (so "Cooperation" or "Quantum" are not names)."""
    words = doc.data.get("_lower_words")
    if words is None:
        words = doc.data["_lower_words"] = _lower_words(doc.text)
    return words


# A lower-case word of prose: not a piece of an identifier or of the user part of an e-mail address
# ("tan_hui_min@agency.sg", "kari.dahl@rcn.no"), which people write with their names in lower case.
_AFTER_LOWER = r"[\w@]|\.[\w.-]{0,64}+@"
_LOWER_WORD = re.compile(f"(?<![\\w'’-])[a-z][a-z'’-]++(?!{_AFTER_LOWER})")
_LOWER_RUN = re.compile(r"[a-z][a-z'’-]+")
_BEFORE_LOWER_WORD = re.compile(r"[\w'’-]")  # (a character that no lower-case word follows)
_IN_LOWER_WORD = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
_AFTER_LOWER_WORD = re.compile(_AFTER_LOWER)  # (what no lower-case word of prose is followed by)


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def written_lower(text: str, word: str) -> bool:
    """True when `word` is one of the lower-case words of `text` (`_lower_words(text)`): a whole
    run of [a-z'’-] that starts with a letter, after no word character."""
    if not _LOWER_RUN.fullmatch(word):
        return False
    size = len(word)
    position = text.find(word)
    while position >= 0:
        end = position + size
        if (
            (position == 0 or not _BEFORE_LOWER_WORD.match(text, position - 1))
            and (end == len(text) or text[end] not in _IN_LOWER_WORD)
            and not _AFTER_LOWER_WORD.match(text, end)
        ):
            return True
        position = text.find(word, position + 1)
    return False


_OF_PLACE = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?|[ \t]*\(")
_BRACKET_CLOSE = re.compile(r"\s*[),;]")


@functools.cache
def _visit_after() -> re.Pattern[str]:
    """A verb of visiting or meeting right after a name ("NAME visited KALRO", "NAME, who was
    visiting Lima, toured ...", "NAME met Samsung Electronics"): the body after it is the host's
    or the other side's, not the person's."""
    verbs = longest_first(yaml_words("person_countries.yaml", "travel_verbs"))
    aux = r"(?:(?:also|later|then|is|was|were|has|had)[ \t]+)?"
    meets = r"met(?:[ \t]+with)?|meets(?:[ \t]+with)?|held[ \t]+talks[ \t]+with|received|welcomed|hosted"
    return re.compile(rf"[ \t]+{aux}(?:{verbs}|called[ \t]+on|{meets})\b")


def _visits_next(text: str, end: int) -> bool:
    """True when a verb of visiting follows the name that ends at `end`."""
    return _visit_after().match(text, end) is not None


def _country_of(doc: Doc, end: int) -> str | None:
    """The country in "NAME of Germany" / "NAME from the Netherlands" / "NAME (Finland)" right
    after a name."""
    found = _OF_PLACE.match(doc.text, end)
    if not found:
        return None
    places = [m for m in countries_in(doc, found.end(), found.end() + 40) if m.start == found.end()]
    if not places or not names_state(places[0]):
        return None
    if found.group().endswith("(") and not _BRACKET_CLOSE.match(doc.text, places[0].end):
        return None  # (a bracket that goes on names more than the country: "(Japan Foundation)")
    return str(places[0].attrs["code"])


_BODY_AFTER = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?")
# "NAME, ROLE, signed for Bangladesh" / "NAME (on behalf of the Government of Kenya)": whom the
# person signs or speaks for, said right after the name or role; it outranks the role's body, whose
# bare name may be another country's ("Secretary of the Ministry of Science and Technology").
_BEHALF = re.compile(
    r"\s*[,(]?\s*(?:who\s+|then\s+)?(?:(?:signed|initialled|spoke|countersigned)(?:\s+(?:it|the\s+\w+))?\s+)?"
    r"(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<state>(?:Government|Republic|Kingdom|State|People's\s+Republic)"
    r"\s+of\s+(?:the\s+)?)?"
)


def _behalf_country(doc: Doc, end: int) -> str | None:
    """The country in "signed for COUNTRY" / "on behalf of (the Government of) COUNTRY" right after
    a name or its role (a bare "for" needs the verb: "Minister for Science" is a portfolio)."""
    found = _BEHALF.match(doc.text, end, end + 80)
    if not found or (" for " in f" {found.group()} " and not _SIGN_VERB.search(found.group())):
        return None
    at = {found.end(), found.start("state")}  # ("the Republic of Kenya" may be one name of the state)
    places = [m for m in countries_in(doc, min(at - {-1}), found.end() + 40) if m.start in at]
    if not places or not names_state(places[0]):
        return None
    tail = _BEHALF_TAIL.match(doc.text, places[0].end)
    if tail is None or (places[0].attrs.get("kind") == "adjective") != bool(tail.group(1)):
        return None  # "for the Korean Institute of ...", "on behalf of Korea University": a body's
    return str(places[0].attrs["code"])


# What may follow the country: the end of the clause, or after an adjective its side or government
_BEHALF_TAIL = re.compile(
    r"(\s+(?:side|government|delegation|team|party)\b)?(?:\s*[.,;:)]|\s+(?:and|at|in|on|while|with)\b|\s*$)"
)


_SIGN_VERB = re.compile(r"signed|initialled|spoke|countersigned|behalf")


def _short_form_after(doc: Doc, start: int, end: int) -> str | None:
    """The country of a body named by a short form in "NAME of/at BODY" right after the name
    ("Prof. A of McGill's Department of Human Genetics")."""
    link = _BODY_AFTER.match(doc.text, start, end)
    return short_form_country(doc, link.end(), end) if link else None


def _country_after(doc: Doc, end: int) -> str | None:
    _, sent_end = doc.sentence_of(end)
    places = states_in(doc, end, sent_end)
    return str(places[0].attrs["code"]) if places else None


def _too_long_for_a_name(runs: list[str]) -> bool:
    """True when a line's token runs are more than a name has: more than MAX_NAME_TOKENS, or more
    than MAX_NAME without an initial or particle to join them ("Ana L. de la Cruz Soto")."""
    if len(runs) <= MAX_NAME:
        return False
    return len(runs) > MAX_NAME_TOKENS or not any(_may_go_on(run) for run in runs)


# What may stand before the title that starts a contact block's role line: up to three capitalised
# words that qualify it ("Senior Press Officer", "Deputy Head", "Chief Press Secretary").
_ROLE_LINE_HEAD = re.compile(r"(?:[A-ZÀ-Þ][\w’'-]*[ \t]+){0,3}")


def contact_blocks(doc: Doc, blocked: SpanIndex, acronyms: set[str]) -> list[Found]:
    """People in contact blocks: a name alone on a line (after "Contact:") and a title line next."""
    out = []
    details = _detail_lines(doc.text)  # (the starts of lines of contact details)
    for (start, end), (next_start, next_end) in line_pairs(doc.text):  # (columns side by side apart)
        line = doc.text[start:end]
        body = _CONTACT_LABEL.sub("", line) if ":" in line else line  # (every label ends with ":")
        offset = start + len(line) - len(body)
        if next_start in details:
            person = _person_over_details(doc, offset, end, blocked, acronyms)
            if person is not None:
                out.append(person)
            continue
        if _NOT_IN_NAMES.search(body):  # a token that is no name word: the line is not just a name
            continue
        if _too_long_for_a_name(_TOKEN_RUN.findall(body)):
            continue
        next_line = doc.text[next_start:next_end].strip()
        titles = role_matcher().find(next_line[:60])
        if not titles or not _ROLE_LINE_HEAD.fullmatch(next_line[: titles[0].start]):
            continue
        scan = SentenceScan(doc, offset, end, blocked, acronyms)
        if not scan.toks:
            continue
        k = scan.skip_honorifics(0)  # ("Dr. Eva Lind" alone on its line)
        j = scan.name_at(k, min_words=2)
        if j == k or j != len(scan.toks):
            continue
        out.append(scan.found(k, j, next_line, (next_start, next_end)))
    return out


@functools.cache
def _contact_label() -> re.Pattern[str]:
    """A contact label at a line start (roles.yaml `contact_labels`): alone on its line, before a
    colon and the first entry, or before a few words and a colon that ends the line ("For further
    information, please contact:") or "contact:" and the first entry on the same line ("For more
    information, contact: NAME, Body, e-mail")."""
    words = map(str, load_yaml("roles.yaml")["contact_labels"])
    labels = longest_first(words).replace("\\ ", "[ \\t]+")
    return re.compile(
        rf"^[ \t]*(?:\#{{1,6}}[ \t]+)?(?:{labels})"  # (a Markdown heading's marks may open it)
        rf"(?:[ \t]*:|[ \t]*$|[^:\n]{{0,40}}:[ \t]*$|[^:\n]{{0,40}}\bcontact[ \t]*:)",
        re.IGNORECASE | re.MULTILINE,
    )


_LEADING_BLANKS = re.compile(r"\s*")
MAX_CONTACT_LINES = 10  # a contact block is no longer (its entries end at a blank line before)
_ENTRY = re.compile(r"[^;\n]+")


def contact_entries(doc: Doc, blocked: SpanIndex, acronyms: set[str]) -> list[Found]:
    """People in the entries of a labelled contact block, whatever its layout: entries on lines of
    their own or set apart by ";", a name alone or before a comma, and the title or the unit the
    person answers for after the comma or on the next line ("Media contact: ⏎ Ana Ruiz, Press Office,
    CSIC"; "Contacts: Dr. Lee Min, Korea Desk, NRF; Dr. Jan Berg, ⏎ Programme Officer, SNSF")."""
    out: list[Found] = []
    if not _contact_label().search(doc.text):  # (the cheap test first)
        return out
    for label in _contact_label().finditer(doc.text):
        begin = label.end()
        heading = doc.text.startswith("\n\n", begin)
        if heading:  # (a heading: its entries after the blank line)
            begin = _LEADING_BLANKS.match(doc.text, begin).end()  # type: ignore[union-attr]
        limit = _nth_line_end(doc.text, begin, MAX_CONTACT_LINES)  # (bounded: linear in labels)
        end = _contact_block_end(doc.text, begin, limit, heading)
        pieces = [(m.start(), m.end()) for m in _ENTRY.finditer(doc.text, begin, end)]
        pieces = [(a, b) for a, b in pieces if doc.text[a:b].strip()]
        for n, (start, stop) in enumerate(pieces):
            person = _entry_person(doc, start, stop, blocked, acronyms)
            if person is None:
                continue
            if person.role is None and n + 1 < len(pieces):
                role_span = _stripped(doc.text, *pieces[n + 1])
                role = doc.text[role_span[0] : role_span[1]]
                if (
                    role
                    and not _DETAILS_START.match(role)
                    and not _entry_person(doc, *pieces[n + 1], blocked, acronyms)
                ):
                    person = _entry_person(doc, start, stop, blocked, acronyms, role_span)
            out += [person] if person else []
    return out


@functools.cache
def _caption_label() -> re.Pattern[str]:
    """A caption's lead at a line start (roles.yaml `caption_labels`) and its colon or comma."""
    labels = longest_first(map(str, load_yaml("roles.yaml")["caption_labels"])).replace("\\ ", "[ \t]+")
    return re.compile(rf"^[ \t>*_]*(?:{labels})[ \t]*[:,][ \t]*", re.IGNORECASE | re.MULTILINE)


_CAPTION_ITEM = re.compile(r"[^,;&\n]+?(?=\s*(?:,|;|&|\band\b|\.?[ \t]*$|\.[ \t]*\n|\n))", re.MULTILINE)
_CAPTION_ITEM_LEAD = re.compile(r"(?:and|&)[ \t]+")


def caption_people(doc: Doc, blocked: SpanIndex, acronyms: set[str]) -> list[Found]:
    """The people a photo's caption lists by name alone, an item each ("From left: Teodoro Valente,
    Marcos Pontes and Maria Chiara Carrozza"): items that are not a name alone (a role, a body) are
    passed over; names with a title are the scan's."""
    out: list[Found] = []
    for label in _caption_label().finditer(doc.text):
        line_end = doc.text.find("\n", label.end())
        line_end = len(doc.text) if line_end < 0 else line_end
        for item in _CAPTION_ITEM.finditer(doc.text, label.end(), line_end):
            start, end = _stripped(doc.text, item.start(), item.end())
            lead = _CAPTION_ITEM_LEAD.match(doc.text, start, end)
            start = lead.end() if lead else start
            named = _name_alone(doc, start, end, blocked, acronyms) if start < end else None
            if named is not None:
                scan, k, j = named
                out.append(scan.found(k, j, None, None))
    return out


def outside_role_lines(found: list[Found], contacts: list[Found]) -> list[Found]:
    """`found` without the "people" read inside the role line of a contact entry: the unit that
    follows the title there ("Rasmus Lind ⏎ Special Adviser, Green Transition, Ministry of ..."
    is no person "Green Transition", whose name would also cut the role short)."""
    spans = sorted(c.role_span for c in contacts if c.role_span and c.role_span[0] >= c.span[1])
    if not spans:
        return found
    starts = [a for a, _ in spans]
    kept = []
    for person in found:
        n = bisect.bisect_right(starts, person.span[0]) - 1
        if n < 0 or person.span[1] > spans[n][1]:
            kept.append(person)
    return kept


# The first line of a paragraph that goes on with a contact heading's entries: short, no heading,
# rule or table, and no sentence's end ("**Research Council of Norway, Division X**", "Dr. A, Desk")
_CONTACT_PARAGRAPH = re.compile(r"(?![ \t]*(?:[#>|]|[-*_]{3}))[^\n]{1,100}(?<![.:;])(?:\n|$)")


def _contact_block_end(text: str, begin: int, limit: int, heading: bool) -> int:
    """The end of a contact block's entries from `begin`: the first blank line; under a heading, the
    first blank line before a paragraph that is no contact entry (the entries of several bodies
    set apart by blank lines: "## Contacts ⏎⏎ Body A ⏎ NAME, Unit ⏎⏎ Body B ⏎ NAME, Unit")."""
    end = text.find("\n\n", begin, limit + 1)
    while heading and end >= 0:
        after = _LEADING_BLANKS.match(text, end).end()  # type: ignore[union-attr]
        if after >= limit or not _CONTACT_PARAGRAPH.match(text, after):
            return end
        end = text.find("\n\n", after, limit + 1)
    return limit if end < 0 else end


def _nth_line_end(text: str, start: int, count: int) -> int:
    for _ in range(count):
        found = text.find("\n", start + 1)
        if found < 0:
            return len(text)
        start = found
    return start


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and the final period or comma at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,"):
        end -= 1
    return start, end


# The labels that open a line or a piece of contact details ("E-mail:", "Tel."); `_DETAILS_START`
# also takes "Web(site)".
_DETAILS_LABELS = r"E-?mail|Tel(?:ephone)?|Phone|Mobile|Fax"
_DETAILS_START = re.compile(
    rf"(?:(?:{_DETAILS_LABELS}|Web(?:site)?)\b|[\w.+-]{{1,64}}@|\+?\d|https?:|www\.)",
    re.IGNORECASE,
)


# What may open a contact entry before its name: a bullet, and the body the person answers for
# before a colon ("- FAPESP: Ana Reis, International Office", "ASRT: Eng. Omar Said, Grants Unit"),
# maybe with its unit after a comma ("- CNRST, International Cooperation Unit: Mr. Ali Amrani";
# group 1)
_ENTRY_LEAD = re.compile(
    rf"(?:[-*\u2022\u25aa][ \t]+)?(?:([^:,;\n]{{1,50}}(?:,(?![ \t]*(?:{_DETAILS_LABELS}|Web(?:site)?)\b)"
    rf"[^:,;\n]{{1,50}})?):[ \t]+(?=\S)(?!(?:{_DETAILS_LABELS})\b|[+\d(]))?",
    re.IGNORECASE,
)
# A dash before the contact details that end an entry ("International Relations Unit – x@cnr.it")
_DASH_DETAILS = re.compile(
    rf"[ \t]+[\u2013\u2014-][ \t]+(?={_DETAILS_LABELS}\b|[\w.+-]{{1,64}}@|\+?\d|https?:|www\.)", re.IGNORECASE
)


def _entry_person(
    doc: Doc,
    start: int,
    end: int,
    blocked: SpanIndex,
    acronyms: set[str],
    role_span: tuple[int, int] | None = None,
) -> Found | None:
    """The person a contact entry starts with, a name alone or before a comma (not a title: "Press
    Officer, ..."), with the rest of the entry as role, else `role_span`'s text."""
    start, end = _stripped(doc.text, start, end)
    lead = _ENTRY_LEAD.match(doc.text, start, end)
    body: tuple[int, int] | None = None
    if lead is not None and lead.end() > start and not _DETAILS_START.match(doc.text, start):
        body, start = (start, lead.end()), lead.end()
    comma = doc.text.find(",", start, min(end, start + MAX_NAME_CHARS))
    name_end = comma if comma >= 0 else end
    named = _name_alone(doc, start, name_end, blocked, acronyms) if start < name_end else None
    if named is None:
        return None
    scan, k, j = named
    if comma >= 0:  # (degrees after the comma are no role: "Ana Silva, Ph.D." takes the next line's)
        rest = _before_details(doc.text, _past_post_nominals(doc.text, comma + 1, end), end)
        role_span = rest if rest[0] < rest[1] else role_span
    if role_span is None and lead is not None and lead.group(1) and "," in lead.group(1):
        role_span = lead.span(1)  # (the body and the unit that the person answers for)
    if role_span is None:
        person = scan.found(k, j, None, None)
    else:
        person = scan.found(k, j, doc.text[role_span[0] : role_span[1]], role_span)
    if body is not None and person.country_from != "side":
        own = org_country_in(doc, *body)  # ("FAPESP: Ana Reis, International Office": FAPESP's unit)
        if own:
            person.country, person.country_from = own, "role"
    return person


def _past_post_nominals(text: str, start: int, end: int) -> int:
    """The position after the post-nominal letters that open text[start:end] as comma fields
    (" Ph.D., MBA, Head of Unit" → at " Head of Unit"); `start` when there are none."""
    letters = post_nominals()
    at = start
    while at < end:
        comma = text.find(",", at, end)
        stop = end if comma < 0 else comma
        field = text[at:stop].strip()
        if field not in letters and field.rstrip(".") not in letters:
            break
        at = end if comma < 0 else comma + 1
    return at


_FIELD = re.compile(r"[^,(]+|[,(]")


def _before_details(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of text[start:end] up to the contact details it ends with: a comma field that is
    an address, a number or a link ("..., tel. +47 ...", "..., www.x.org"), or a bracket that holds
    one ("Research Office (grants@x.org)"), or a dash before one ("Grants Unit – grants@x.org");
    stripped."""
    dash = _DASH_DETAILS.search(text, start, end)
    end = end if dash is None else dash.start()
    for part in _FIELD.finditer(text, start, end):
        if part.group() == "(" and _DETAILS_IN_BRACKET.match(text, part.end(), end):
            return _stripped(text, start, part.start())
        if part.group() not in ",(" and (
            _DETAILS_START.match(part.group().lstrip()) or _STREET_FIELD.fullmatch(part.group().strip())
        ):
            return _stripped(text, start, part.start())
    return _stripped(text, start, end)


# A postcode and its town opening a comma field ("50088 Tartu", "00-635 Warszawa").
_POSTCODE_FIELD = re.compile(r"\d{2}-?\d{3}[ \t]+[A-Z]|\d{4,5}[ \t]+[A-Z][a-z]")


# A comma field that is a street and house number ("Munga 18", "ul. Polna 40", "Rue de la Paix 12b"):
# words, then a house number of one to three digits (not a year) closing the field.
_STREET_FIELD = re.compile(
    r"(?:ul\.[ \t]+)?[A-Z][\w.'-]+(?:[ \t]+[\w.'-]+){0,3}[ \t]+\d{1,3}[a-zA-Z]?(?:[/-]\d{1,3})?"
)


def _starts_with_title(start: int, end: int, text: str) -> bool:
    """True when text[start:end] opens with a role title ("Special Adviser", "Press Officer")."""
    titles = role_matcher().find(text[start:end])
    return bool(titles) and titles[0].start == 0


# A line of contact details: an e-mail or telephone label, or an e-mail address first.
_DETAILS_LINE = re.compile(
    rf"\n(?=[ \t]*(?:(?:{_DETAILS_LABELS})\b|[\w.+-]{{1,64}}@[\w-]{{1,64}}\.))",
    re.IGNORECASE,
)


MAX_NAME_CHARS = 80  # a name written before a comma or alone on a contact line is no longer


def _detail_lines(text: str) -> set[int]:
    """The starts of the lines of contact details in `text`."""
    return {m.start() + 1 for m in _DETAILS_LINE.finditer(text)}


def _person_over_details(
    doc: Doc, start: int, end: int, blocked: SpanIndex, acronyms: set[str]
) -> Found | None:
    """The person of a contact line that a line of details follows: a name alone or before a comma
    and the unit or role ("SAITO Haruka, Department of International Affairs, JST"; "Dr Eva Lind")."""
    comma = doc.text.find(",", start, min(end, start + MAX_NAME_CHARS))
    name_end = comma if comma >= 0 else end
    if name_end - start > MAX_NAME_CHARS or _NOT_IN_NAMES.search(doc.text, start, name_end):
        return None
    scan = SentenceScan(doc, start, name_end, blocked, acronyms)
    k = scan.skip_honorifics(0)
    j = scan.name_at(k, min_words=2)
    if j == k or j != len(scan.toks) or _starts_with_title(scan.toks[k].start, name_end, doc.text):
        return None  # (not a title before the unit: "Special Adviser, Section for Polar Research")
    role_start = comma + 1 if comma >= 0 else end
    while role_start < end and doc.text[role_start].isspace():
        role_start += 1
    role_end = len(doc.text[:end].rstrip())
    if role_start >= role_end:
        return scan.found(k, j, None, None)
    return scan.found(k, j, doc.text[role_start:role_end], (role_start, role_end))


_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"[ \t]*\|[\s|:\-]*")
MAX_ROLE_HEADER_WORDS = 6


def table_people(doc: Doc, blocked: SpanIndex, acronyms: set[str]) -> list[Found]:
    """People in the cells of a pipe table ("| No. | Title | Principal investigator |") under a
    header cell that names a role: a cell that starts with a name ("ROSSI Anna, Institute of ...")
    is that person, the header their role."""
    out: list[Found] = []
    for rows in _tables(doc.text):
        header = _cells(doc.text, *rows[0])
        roles = {n: cell for n, cell in enumerate(header) if _role_header(doc.text[cell[0] : cell[1]])}
        if not roles:
            out += _people_beside_roles(doc, rows, blocked, acronyms)
            continue
        for row in rows[1:]:
            if _TABLE_RULE.fullmatch(doc.text, *row):
                continue
            cells = _cells(doc.text, *row)
            for n, role_span in roles.items():
                if n < len(cells):
                    person = _cell_person(doc, cells[n], role_span, blocked, acronyms)
                    out += [person] if person else []
    return out


_CELL_MARKUP = "*_ \t"  # (bold or italic markup around a cell's text: "**Ana Ruiz**")


def _people_beside_roles(
    doc: Doc, rows: list[tuple[int, int]], blocked: SpanIndex, acronyms: set[str]
) -> list[Found]:
    """People of a pipe table whose header names no role: a cell that holds a name alone, with the
    title that starts the cell to its right ("| Dr. Ana Ruiz | Senior Adviser, Research Office |")
    or, failing that, the cell under it in the next row (a signature table: a row of names over a
    row of titles, "| **Jan Berg** | **Eva Lind** | ⏎ | Minister of ... | Federal Minister of ... |").
    A name with no title beside or under it is left to the other patterns."""
    text = doc.text
    grid = [_cells(text, *row) for row in rows if not _TABLE_RULE.fullmatch(text, *row)]
    names = {cell: _cell_name_alone(doc, cell, blocked, acronyms) for cells in grid for cell in cells}
    out: list[Found] = []
    for r, cells in enumerate(grid):
        for n, cell in enumerate(cells):
            person = names[cell]
            if person is None:
                continue
            beside = [cells[n + 1]] if n + 1 < len(cells) else []
            under = [grid[r + 1][n]] if r + 1 < len(grid) and n < len(grid[r + 1]) else []
            for other in beside + under:
                if _title_cell(text, other) and names[other] is None:
                    scan, k, j = person
                    out.append(scan.found(k, j, text[other[0] : other[1]], other))
                    break
    return out


def _cell_name_alone(
    doc: Doc, cell: tuple[int, int], blocked: SpanIndex, acronyms: set[str]
) -> tuple[SentenceScan, int, int] | None:
    """The scan and token range of a name (after honorifics) that fills a cell, markup aside."""
    start, end = cell
    while start < end and doc.text[start] in _CELL_MARKUP:
        start += 1
    while end > start and doc.text[end - 1] in _CELL_MARKUP:
        end -= 1
    return _name_alone(doc, start, end, blocked, acronyms) if end - start >= 3 else None


def _name_alone(
    doc: Doc, start: int, end: int, blocked: SpanIndex, acronyms: set[str]
) -> tuple[SentenceScan, int, int] | None:
    """The scan and token range of a name of two words or more (after honorifics) that fills
    [start, end) alone, no title first: a contact entry's name, a table cell's."""
    if end - start > MAX_NAME_CHARS or _NOT_IN_NAMES.search(doc.text, start, end):
        return None
    scan = SentenceScan(doc, start, end, blocked, acronyms)
    k = scan.skip_honorifics(0)
    j = scan.name_at(k, min_words=2)
    if j == k or j != len(scan.toks) or _starts_with_title(scan.toks[k].start, end, doc.text):
        return None
    return scan, k, j


def _title_cell(text: str, cell: tuple[int, int]) -> bool:
    """True when a cell opens with a role title, after at most a few capitalised words that
    qualify it ("Chief Representative, ...", "Federal Minister of ...")."""
    head = text[cell[0] : min(cell[1], cell[0] + 60)].lstrip(_CELL_MARKUP)
    titles = role_matcher().find(head)
    return bool(titles) and _ROLE_LINE_HEAD.fullmatch(head[: titles[0].start]) is not None


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """The pipe tables of a text: runs of consecutive lines that start and end with "|"."""
    tables: list[list[tuple[int, int]]] = []
    if "|" not in text:  # (the cheap test first)
        return tables
    last_end = -2
    for match in _TABLE_ROW.finditer(text):
        if tables and text[last_end : match.start()] in {"\n", "\r\n"}:
            tables[-1].append(match.span())
        else:
            tables.append([match.span()])
        last_end = match.end()
    return [rows for rows in tables if len(rows) >= 2]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table row, as spans without their surrounding spaces."""
    first = text.index("|", start, end) + 1
    last = text.rindex("|", start, end)
    spans = []
    position = first
    while position <= last:
        bar = text.find("|", position, last + 1)
        bar = last if bar < 0 else bar
        cell = text[position:bar]
        left = position + len(cell) - len(cell.lstrip())
        spans.append((left, left + len(cell.strip())))
        position = bar + 1
    return spans


def _role_header(cell: str) -> bool:
    """True for a header cell that names a role: a role title in a few words, or a side's role
    noun ("New Zealand lead", "Korean PI", "German coordinator")."""
    if not 0 < len(cell.split()) <= MAX_ROLE_HEADER_WORDS:
        return False
    return bool(header_role_matcher().find(cell)) or _side_role_header(cell)


def _side_role_header(cell: str) -> bool:
    """A country's name or adjective, then a role noun: the role of the people of that side."""
    words = cell.strip(_CELL_MARKUP).split()
    if len(words) < 2:
        return False
    noun = words[-1]
    if noun not in role_nouns() and noun.lower() not in role_nouns():
        return False
    return country_table().code(" ".join(words[:-1])) is not None


@functools.cache
def header_role_matcher() -> PhraseMatcher:
    """Role titles and lower-case role heads in any case ("Lead researcher", "CNR principal
    investigator"): a table header is often written in sentence case."""
    data = load_yaml("roles.yaml")
    titles = [*data.get("titles", []), *data.get("titles_any_case", []), *lower_titles()]
    return PhraseMatcher(folded=[(t, t) for t in titles])


def _cell_person(
    doc: Doc, cell: tuple[int, int], role_span: tuple[int, int], blocked: SpanIndex, acronyms: set[str]
) -> Found | None:
    """The person whose name starts the cell and ends it or a comma or bracket closes."""
    if cell[1] <= cell[0]:
        return None
    scan = SentenceScan(doc, cell[0], cell[1], blocked, acronyms)
    k = scan.skip_honorifics(0)
    j = scan.name_at(k, min_words=2)
    if j == k or (j < len(scan.toks) and scan.toks[j].text not in {",", "(", ";"}):
        return None
    return scan.found(k, j, doc.text[role_span[0] : role_span[1]], role_span)


_BREAK_BETWEEN = re.compile(r"[ \t]*\r?\n[ \t]*")
_HONORIFIC_AND_WORD_END = re.compile(r"(?:^|\s)(\S+?)\.?[ \t]+[A-ZÀ-Þ][^\W\d_]+$")
_FIRST_WORD_THEN = re.compile(
    r"[A-ZÀ-Þ][^\W\d_'’-]+(?:[-‐'’][^\W\d_]+)*(?=,[ \t]*(?:the[ \t]+)?(\S)|(\.)(?:\s|$)|\s)"
)


def broken_names_joined(doc: Doc) -> list[tuple[int, int]]:
    """The sentences, with two joined where a hard line break cuts a name that the sentence
    splitter did not join: "Dr. Pornthip⏎Sirisombat, rector of ..." or "... said Sirisombat"."""
    out: list[tuple[int, int]] = []
    for start, end in doc.sentences:
        if out and (
            _honorific_in_markup(doc, out[-1], (start, end))
            or _name_broken(doc, out[-1], (start, end))
            or (doc.text[out[-1][1] - 1] == "." and _honorific_at_line_end(doc, out[-1], (start, end)))
            or (doc.text[start] in "*_" and _emphasis_goes_on(doc, out[-1], (start, end)))
            or _link_at_break(doc, out[-1], start)
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_LINK_AT_LINE_END = re.compile(r"[ \t](?:of|for|the|and|at|to|on|in)[ \t]*\n[ \t]*$")


def _link_at_break(doc: Doc, first: tuple[int, int], start: int) -> bool:
    """True when a hard line break right after a linking word ended a sentence ("Rector of the
    University of⏎Iceland, and ..."): the sentence goes on on the next line."""
    gap_start = first[1] - 5
    return (
        start - first[1] < 4
        and doc.text[start : start + 1].isupper()
        and _LINK_AT_LINE_END.search(doc.text, max(0, gap_start), start) is not None
    )


_EMPHASIS_OPENS = re.compile(r"(?:\*\*?|__?)[A-ZÀ-Þ]")
_EMPHASIS_LABEL = re.compile(r"(?:\*\*?|__?)[^*_\n]{0,40}?:")
_CUT_INSIDE = re.compile(r"[a-z,]$")


def _emphasis_goes_on(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when `first` ends at a line end inside a sentence (a lower-case word or a comma) and
    `second`, on the next line, opens with bold or italics on a capitalised word that is no field's
    label: the names a hard wrap put at a line start, where the sentence splitter sees a list item
    ("... and a performance by tango champions⏎  **Sofía Albornoz** and **Matías Cabrera**.")."""
    text = doc.text
    return (
        _CUT_INSIDE.search(text, first[1] - 1, first[1]) is not None
        and _BREAK_BETWEEN.fullmatch(text, first[1], second[0]) is not None
        and _EMPHASIS_OPENS.match(text, second[0], second[1]) is not None
        and _EMPHASIS_LABEL.match(text, second[0], second[1]) is None
    )


# An honorific with its period right after the markup that opens a name: bold, italics or a link
# ("**Dr.", "__Prof.", "[H.E."), where a sentence splitter sees no abbreviation and ends a sentence.
_MARKUP_HONORIFIC_END = re.compile(r"(?<![\w.])[*_\[]{1,3}((?:[A-Z][A-Za-z]{0,5}\.){1,2})[ \t]*$")
_CAPITAL_START = re.compile(r"[ \t]*[A-ZÀ-Þ]")


def _honorific_in_markup(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when `first` ends with markup and an honorific with its period ("... Secretary, **Dr.")
    and `second`, on the same line, starts with a capital (the name: "Anjali Rao**, said ...")."""
    text = doc.text
    if (
        first[1] > second[0]
        or "\n" in text[first[1] : second[0]]
        or not _CAPITAL_START.match(text, second[0])
    ):
        return False
    tail = _MARKUP_HONORIFIC_END.search(text, max(first[0], first[1] - 12), first[1])
    return tail is not None and (tail.group(1) in honorifics() or tail.group(1)[:-1] in honorifics())


_HONORIFIC_END = re.compile(r"(?:^|\s)([A-Z][A-Za-z]{0,5})\.$")
_NAME_PAIR_START = re.compile(r"[A-ZÀ-Þ][^\W\d_]+[ \t]+[A-ZÀ-Þ]")


def _honorific_at_line_end(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when `first` ends with an honorific and its period at a line end and `second`, on the
    next line, starts with two capitalised words: the name that a hard wrap cut from its honorific
    ("... signed by the Vice-Chancellor, Datuk Prof. Dr.⏎Siti Hajar Abdullah, and ...")."""
    text = doc.text
    if not _BREAK_BETWEEN.fullmatch(text, first[1], second[0]):
        return False
    tail = _HONORIFIC_END.search(text, max(first[0], first[1] - 8), first[1])
    return (
        tail is not None
        and tail.group(1) in honorifics()
        and _NAME_PAIR_START.match(text, second[0], second[1]) is not None
    )


def _name_broken(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when `first` ends with an honorific and one capitalised word at a line end and
    `second` starts with one capitalised word that a role (", Rector of") or a speech verb follows,
    or that ends the sentence after "ROLE, Dr. Given⏎Family."."""
    text = doc.text
    if not _BREAK_BETWEEN.fullmatch(text, first[1], second[0]) or "\n" not in text[first[1] : second[0]]:
        return False
    tail = _HONORIFIC_AND_WORD_END.search(text, max(first[0], first[1] - 40), first[1])
    if tail is None or tail.group(1) not in honorifics():
        return False
    word = _FIRST_WORD_THEN.match(text, second[0], second[1])
    if word is None or not is_name_text(word.group(0)):
        return False
    if _SPEECH_AFTER.match(text[word.end() : min(second[1], word.end() + _SPEECH_REACH)].lower()):
        return True
    if word.group(2):
        return _role_just_before(doc, first[0], tail.start(1))
    if word.group(1) is None:
        return False
    after = text[word.start(1) : min(second[1], word.start(1) + 60)]
    titles = role_matcher().find(after)
    return bool(titles and titles[0].start == 0) or after.lower().startswith(lower_titles())


def _role_just_before(doc: Doc, start: int, at: int) -> bool:
    """True when a role of capitalised words and a comma stand right before `at` ("Rector, ")."""
    text = doc.text
    if not text[start:at].rstrip().endswith(","):
        return False
    for title in reversed(role_matcher().find_span(doc, max(start, at - 120), at)):
        words = text[title.start : at].replace(",", " ").split()
        if all(w[:1].isupper() or w in _ROLE_GLUE for w in words):
            return True
    return False


def blocked_spans(doc: Doc) -> SpanIndex:
    """Where names cannot be: countries, cities, organisation names (up to a comma and an honorific
    that an organisation's span may have run over: "Bureau of X, Dr. Ulrike Sommerfeld")."""
    spans = [m.span for layer in ("country", "city") for m in doc.layer(layer)]
    organizations = doc.data.get("organizations", [])
    spans += [_before_honorific(doc.text, span) for org in organizations for span in org.spans]
    return SpanIndex(spans)


_WORD_BEFORE_REACH = 24  # the name word before a country is read in the 24 characters before it


def _family_name_country(doc: Doc, mention: Mention) -> bool:
    """True for a country's name that is the family name of a person written before it: one word
    right after a capitalised name word ("Cláudia Regina Montenegro", "Ana Chad")."""
    text, start = doc.text, mention.start
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha() or " " in mention.text:
        return False  # (the cheap tests first: most countries follow "in ", "of " or a line break)
    reach = max(0, start - _WORD_BEFORE_REACH)
    word_start = text.rfind(" ", reach, start - 1) + 1
    if word_start == 0 and reach > 0:
        return False
    word = text[word_start : start - 1]
    if not word[:1].isupper() or not mention.text[:1].isupper() or "\n" in word:
        return False
    if word_start > 0 and text[word_start - 1] not in " \t\n":
        return False
    if any(
        m.start == word_start
        for layer in ("country", "city")
        for m in doc.in_span(layer, word_start, start - 1)
    ):
        return False  # (two places in a row are no name: "Campus France Thailand")
    return is_name_text(word) and not role_matcher().find(word)  # (the scan reads the word's other uses)


def _acronym_before(text: str, start: int) -> bool:
    """True when the word before `start` is an acronym, as a body's name that a city follows
    ("IIT Hyderabad", "IHE Delft") has: no given name."""
    word = text[max(0, start - _WORD_BEFORE_REACH) : start].split()[-1:]
    return bool(word) and word[0].isupper() and len(word[0]) > 1


def _before_honorific(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span cut before a comma that an honorific follows, if it holds one."""
    start, end = span
    first_word = text[start : start + _HONORIFIC_REACH].split(" ", 1)[0].rstrip(".")
    if first_word in honorifics() or _honorific_before(text, start):
        link = _LINK_AFTER.search(text, start, end)  # "Dr. Anna Berg of Lund University": the org after it
        return (link.end(), end) if link else span
    comma = text.find(", ", start, end)
    while comma >= 0:
        if _honorific_pattern().match(text, comma + 2, end):
            return start, comma
        comma = text.find(", ", comma + 2, end)
    return span


_HONORIFIC_REACH = 16  # an honorific right before a span is read in the 16 characters before it


def _honorific_before(text: str, start: int) -> bool:
    """True when an honorific (and its period) stands right before `start` ("Prof. |Takeshi Mori")."""
    end = start - 1
    if end < 2 or text[end] != " ":
        return False
    if text[end - 1] == ".":
        end -= 1
    reach = max(0, end - _HONORIFIC_REACH)
    word_start = text.rfind(" ", reach, end) + 1
    if word_start == 0 and reach > 0:
        return False
    return text[word_start:end] in honorifics()


def merge_people(found: list[Found]) -> list[Found]:
    """One person per name; surname-only mentions joined to the full name they abbreviate."""
    people: list[Found] = []
    for person in sorted(found, key=lambda p: p.surname_only):
        surname = key(person.name.split()[-1])
        target = next((p for p in people if key(p.name) == key(person.name)), None)
        if target is None and not person.surname_only:  # (the same words in another order: a
            words = _name_word_keys(person.name)  # family name first, "Szijjártó Péter")
            target = next((p for p in people if _name_word_keys(p.name) == words), None)
        if target is None and person.surname_only:
            target = next(
                (
                    p
                    for p in people
                    if key(p.name.split()[-1]) == surname or key(p.name.split()[0]) == surname
                ),
                None,
            )
        if target is None and person.surname_only:
            target = _by_first_surname(people, surname)
        if target is None:
            people.append(person)
            continue
        _join(target, person)
    return _join_misspelt(_join_given_names(_join_family_names(people)))


def _name_word_keys(name: str) -> list[str]:
    """The words of a name as keys, in sorted order (a name read in either order gives the same)."""
    return sorted(key(word) for word in name.split())


def _by_first_surname(people: list[Found], surname: str) -> Found | None:
    """The one person of three name words or more whose second-to-last word is `surname`: the first
    of two family names, which Spanish and Portuguese texts use alone ("Minister Valdivieso" after
    "Aurora Valdivieso Carrasco"); None when no person or several have it."""
    found = [p for p in people if len(words := p.name.split()) >= 3 and key(words[-2]) == surname]
    return found[0] if len(found) == 1 else None


def _join(target: Found, person: Found) -> None:
    """Fold the mention `person` into `target`: aliases, role, country and span."""
    target.aliases |= person.aliases | ({person.surface} if person.surface != target.name else set())
    roleless = target.role is None
    if _fuller_role(person.role, target.role):
        target.role, target.role_span = person.role, person.role_span
    target.role = target.role or person.role
    if (
        person.country
        and person.country_from == "role"
        and target.country_from in ("sentence", None)
        and roleless
    ):
        target.country, target.country_from = person.country, "role"  # (a role's state outranks a guess)
    else:
        target.country = target.country or person.country
    target.extra_spans.append(person.span)


def _fuller_role(new: str | None, old: str | None) -> bool:
    """True when `new` states the bare title `old` in full ("Minister" then "Minister of Science and
    Higher Education of ...", "Ambassador" then "Ambassador of Chile to Korea"), or `old` is only
    the rank of an honorific ("Prof.")."""
    if not new or not old:
        return False
    if rank_role(old) and not rank_role(new) and old.rstrip(".") not in role_honorifics():
        return True  # (a rank with the body after the name, then a role of the person's own)
    if len(new) <= len(old):
        return False
    if rank_role(old):
        return True  # (an academic rank read from an honorific: "Prof.", then "Dean of ...")
    return new.lower().startswith(old.lower() + " ") or new.lower().startswith(old.lower() + ",")


def _join_family_names(people: list[Found]) -> list[Found]:
    """A name of two words or more that ends exactly one longer name of the document is that person's
    family name ("Dr. Fuentes Araya" after "Marcela Fuentes Araya")."""
    out = list(people)
    for person in people:
        words = key(person.name).split()
        if len(words) < 2:
            continue
        longer = [p for p in out if p is not person and _ends_with(key(p.name).split(), words)]
        if len(longer) == 1:
            _join(longer[0], person)
            out.remove(person)
    return out


def _join_given_names(people: list[Found]) -> list[Found]:
    """A name of two words or more that begins exactly one longer name of the document is that
    person named without the family name ("Dr Siti Aminah" after "Dr Siti Aminah Yusof")."""
    if len(people) < 2:
        return people
    words = {id(p): tuple(key(p.name).split()) for p in people}
    beginning: dict[tuple[str, ...], list[Found]] = {}
    for person in people:  # (a name has few words: each is filed under a few beginnings)
        own = words[id(person)]
        for size in range(2, len(own)):
            beginning.setdefault(own[:size], []).append(person)
    joined: set[int] = set()
    for person in people:
        longer = [p for p in beginning.get(words[id(person)], []) if id(p) not in joined]
        if len(longer) == 1:
            _join(longer[0], person)
            joined.add(id(person))
    return [p for p in people if id(p) not in joined]


MIN_TYPO_GIVEN = 6  # a given name this long may be misspelt by one letter ("Jaques" for "Jacques")


def _join_misspelt(people: list[Found]) -> list[Found]:
    """A later name with the same family name and a given name one letter off an earlier one is
    that person misspelt ("Jaques Ducrest" after "Jacques Ducrest")."""
    out: list[Found] = []
    for person in people:
        target = next((p for p in out if _misspelt(p.name, person.name)), None)
        if target is None:
            out.append(person)
        else:
            _join(target, person)
    return out


def _misspelt(name: str, other: str) -> bool:
    words, others = key(name).split(), key(other).split()
    if len(words) != 2 or len(others) != 2 or words[1] != others[1] or words[0] == others[0]:
        return False
    if min(len(words[0]), len(others[0])) < MIN_TYPO_GIVEN:
        return False
    return Levenshtein.distance(words[0], others[0]) == 1


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(words) > len(tail) and words[-len(tail) :] == tail


@functools.cache
def signing_verbs() -> frozenset[str]:
    """Past participles of signing that, with "by", name signatories ("signed by NAME")."""
    return _role_words("signing_verbs")


@functools.cache
def verb_roles() -> dict[str, str]:
    """Past participles that give a role to the people named after them and "by" ("co-chaired")."""
    return {str(k): str(v) for k, v in (load_yaml("roles.yaml").get("verb_roles") or {}).items()}


@functools.cache
def list_role_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case role heads that may stand right before a name or a list of names: single words
    ("director", "investigator") and phrases of two words ("director general", "principal investigator")."""
    titles = (*lower_case_titles(), *lower_titles(), *load_yaml("roles.yaml").get("titles", []))
    words = {str(w).lower() for w in (*role_nouns(), *titles)}
    return frozenset(w for w in words if " " not in w), frozenset(w for w in words if w.count(" ") == 1)


_LIST_TAIL_WORD = re.compile(r"\S+$")
_LOWER_ROLE_WORD = re.compile(r"[a-z][a-zà-ÿ-]*")
_MARKUP = " \t\n*_#"
_LIST_REACH = 240  # a later person of a list is named within 240 characters of the one before
_LIST_LINK_END = re.compile(r"(?:,|(?<![\w-])(?:and|&))[ \t\n]*$")
_BLANK_LINE = r"\n[ \t]*\n"
_SENTENCE_END = re.compile(rf"[.!?;][ \t\n]+[A-ZÀ-Þ\"“]|{_BLANK_LINE}")
_ROLE_TAIL = 80  # how much of the text before a name `role_before_list` reads
_ROLE_LOOK_BACK = 120  # how far before a name `listed_roles` looks for a role said before it


def _without_honorifics(text: str) -> str:
    """`text` without the markup, honorifics and lower-case academic titles at its end."""
    text = text.rstrip(_MARKUP)
    while (last := _last_word(text)) is not None and (
        (word := last[1].lstrip(_MARKUP)) in honorifics() or word.rstrip(".") in lower_academic_titles()
    ):
        text = text[: last[0]].rstrip(_MARKUP)
    return text


def _last_word(text: str) -> tuple[int, str] | None:
    """The start and text of `_LIST_TAIL_WORD.search(text)` (the run of non-space characters that
    ends the text, or ends it before a final line break), found from the end instead of by trying
    every start."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if end <= 0 or text[end - 1].isspace():
        return None
    word = text[:end].rsplit(None, 1)[-1]
    return end - len(word), word


_FIRST_WORDS = re.compile(r"([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?(?:[ \t]+([\w-]+))?")
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _plural_role_head(rest: str) -> bool:
    """True when a lower-case clause opens with a role noun in the plural among its first two words,
    not a verb before its object ("vice chancellors of X", "senior representatives"; not "heads the
    lab"): the next item of a list of those present, no role of the name before it."""
    match = _FIRST_WORDS.match(rest)
    if match is None:
        return False
    words = [w for w in match.groups() if w]
    nouns = role_nouns()
    for n, word in enumerate(words[:2]):
        if word.endswith("s") and word[:-1] in nouns:
            after = words[n + 1] if n + 1 < len(words) else ""
            return after.lower() not in _OBJECT_OPENERS
    return False


def _singular_role(word: str, heads: frozenset[str]) -> str | None:
    """The role head `word` names, as written or in the plural ("co-investigators" → "co-investigator")."""
    for form in (word[:-1] if word.endswith("s") else None, word):
        if form and (form in heads or (form.startswith("co-") and form[3:] in heads)):
            return form
    return None


def role_before_list(before: str) -> str | None:
    """The role that the text right before a name gives it: a participle and "by" ("co-chaired by")
    or a lower-case role head, singular or plural, maybe with a comma or colon ("co-directors",
    "the agency's director general,"), honorifics and markup between it and the name."""
    tail = re.split(_BLANK_LINE, _without_honorifics(before[-_ROLE_TAIL:]))[-1]  # (not across a blank line)
    words = tail.rstrip(",:").split()[-3:]
    if len(words) >= 2 and words[-1] == "by" and words[-2].lower() in verb_roles():
        return verb_roles()[words[-2].lower()]
    if not words or tail.endswith(("by", "by,")):
        return None
    singles, pairs = list_role_heads()
    if len(words) >= 2 and all(_LOWER_ROLE_WORD.fullmatch(w) for w in words[-2:]):
        pair = _singular_role(" ".join(words[-2:]), pairs)
        if pair:
            return pair
    if _LOWER_ROLE_WORD.fullmatch(words[-1]):
        return _singular_role(words[-1], singles)
    return None


def _weak_role(role: str | None) -> bool:
    return role is None or rank_role(role) or role in honorifics()


def rank_role(role: str) -> bool:
    """True for a role that is only an academic rank read from an honorific ("Prof."), alone or with
    the body named after the name ("Professor of Kyoto University"): a courtesy that a role the text
    gives the person outranks."""
    if role.rstrip(".") in role_honorifics():
        return True
    return any(role.startswith((f"{full} of ", f"{full} at ")) for full in rank_titles().values())


def listed_roles(doc: Doc, found: list[Found]) -> None:
    """Give the role written before a name (`role_before_list`) to that person and to each person
    coordinated with them after it ("A (X) and B (Y)", "A of X, who ..., and B of Y"), where they
    have no role of their own."""
    text = doc.text
    people = sorted({p.span: p for p in found if not p.surname_only}.values(), key=lambda p: p.span)
    role: str | None = None
    for i, person in enumerate(people):
        if i and role is not None:
            between = _without_honorifics(text[people[i - 1].span[1] : person.span[0]])
            linked = (
                len(between) <= _LIST_REACH
                and _LIST_LINK_END.search(between) is not None
                and _SENTENCE_END.search(between) is None
            )
            role = role if linked else None
        if role is None:
            before = text[max(0, person.span[0] - _ROLE_LOOK_BACK) : person.span[0]].rstrip(_MARKUP)
            if person.role and before.endswith(person.role):
                before = before[: -len(person.role)]  # (a title of the person's own: "co-leads Professor")
            role = role_before_list(before)
        if role is not None and _weak_role(person.role):
            person.role, person.role_span = role, None


_LEADING_JOINS = re.compile(r"^(?:[\s,;*_]|and\b|the\b)+", re.IGNORECASE)


def own_role(role: str | None, others: list[str], *, before: bool) -> str | None:
    """A person's role without what belongs to the people around it, and on one line.

    A role read across a list of people (another person's name followed by a comma or "and") is cut
    to its part nearest the person: said `before`
    the name, what follows the last other name ("Minister A, Yvonne Mukamana, and Singapore's
    Senior Minister of State" -> "Singapore's Senior Minister of State"); said after it, nothing
    can be told apart, so no role. A final comma and honorific belong to the next name ("President
    of the University of Adelaide, Professor")."""
    if not role:
        return role
    text = " ".join(role.split())
    inside = [m for n in others if " " in n.strip() for m in _listed_name(n).finditer(text) if m.start() > 0]
    if inside:
        if not before:
            return None
        text = _LEADING_JOINS.sub("", text[max(m.end() for m in inside) :])
    head, comma, last = text.rpartition(",")
    if comma and last.strip() in honorifics():
        text = head.rstrip()
    text = _EMPHASIS_ENDS.sub("", text)  # ("**A, State Secretary for X** and ...": no markup)
    return text or None


_EMPHASIS_ENDS = re.compile(r"^[*_\s]+|[*_\s]+$")


_RELATIONAL_REACH = 400  # the person a relational role refers to is named in the 400 characters before it
_RANK_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _relational(role: str | None) -> bool:
    """True for a role that tells a person by another one ("her Swedish counterpart")."""
    if not role:
        return False
    words = role.lower().split()
    relational = _relational_roles()
    return words[-1] in relational or " ".join(words[-2:]) in relational


@functools.cache
def _relational_roles() -> frozenset[str]:
    return _role_words("relational_roles")


def _country_word(word: str) -> bool:
    """True for a country's adjective or possessive ("Japanese", "Sweden's")."""
    word = re.sub(r"['’]s$", "", word)
    return word[:1].isupper() and country_table().code(word) is not None


def _shared_office(role: str, relational: str) -> str:
    """The office of `role` for the person told by `relational`: its country word replaced by theirs
    ("Japanese Prime Minister", "her Swedish counterpart" -> "Swedish Prime Minister")."""
    words = role.split()
    if len(words) > 1 and _country_word(words[0]):
        words = words[1:]
    own = relational.split()
    if len(own) > 1 and _country_word(own[-2]):
        words = [own[-2], *words]
    return " ".join(words)


def relational_to_office(doc: Doc, people: list[Found]) -> None:
    """Give a person whose role only relates them to another person (`relational_roles`) an office:
    the academic rank written before their name, else the office of the person named last before
    the relational words (near them) when it is a title, else keep it."""
    for person in people:
        if not _relational(person.role) or person.role_span is None:
            continue
        rank = _RANK_BEFORE.search(doc.text, max(0, person.span[0] - 24), person.span[0])
        if rank and rank.group(1).rstrip(".") in role_honorifics():
            person.role = rank.group(1)
            continue
        at = person.role_span[0]
        before = [
            (max(s[0] for s in spans if s[0] < at), other)
            for other in people
            if other is not person and other.role and not _relational(other.role)
            for spans in [[other.span, *other.extra_spans]]
            if any(s[0] < at for s in spans)
        ]
        if not before:
            continue
        where, other = max(before, key=lambda b: b[0])
        office = _shared_office(other.role or "", person.role or "")
        if at - where <= _RELATIONAL_REACH and office.split()[-1][:1].isupper():
            person.role = office  # (a title, "Prime Minister"; not a description, "chief scientist")


@functools.lru_cache(maxsize=4096)  # bounded: a long-running server sees ever new names
def _listed_name(name: str) -> re.Pattern[str]:
    """A name written as an item of a list (followed by a comma or "and")."""
    return re.compile(rf"(?<!\w){re.escape(' '.join(name.split()))}(?=[*_]*\s*,|[*_]*\s+and\b)")


def outside_others_roles(found: list[Found]) -> list[Found]:
    """Drop a "person" whose name lies inside the role that another person, named before it, was
    found with after their name: the capitalised words of a unit, a body or an address in a
    participant's chain of titles ("Ms. A B, Manager, Overseas Business Division, K-water";
    "..., National Development Fund, Executive Yuan"), nor are those that the role read before them
    makes part of it, when that role opens where the other's does ("Dr. A B, Scientist ‘E’,
    International Cooperation Division, ..., CGO Complex, Lodhi Road": the other's role stopped
    short at the quote)."""
    roles = sorted(
        (p.role_span, p.name)
        for p in found
        if p.role_span is not None and p.role_span[0] >= p.span[1] and p.role_span[1] - p.role_span[0] > 1
    )
    if not roles:
        return found
    kept = []
    for person in found:
        start, end = person.span
        own = person.role_span[0] if person.role_span is not None and person.role_span[1] <= start else -1
        inside = False
        for (r_start, r_end), owner in roles:
            if r_start > start:
                break
            if owner != person.name and (end <= r_end or r_start == own):
                inside = True  # (or the role read before it is the other's: "..., Division, CGO Complex")
                break
        if not inside:
            kept.append(person)
    return kept


def _programme_spans(doc: Doc) -> SpanIndex:
    """The spans of the programmes' names (found before the people)."""
    return SpanIndex([span for group in doc.data.get("programmes", []) for span in group.spans])


def _inside_programme(person: Found, programmes: SpanIndex) -> bool:
    """Whether a "name" is read only inside a programme's name ("scientists in NRF's Brain Pool
    programme", "the Silver Lining programme"): the programme's words, no person."""
    return all(programmes.covers(*span) for span in [person.span, *person.extra_spans])


def _numbered_name(name: str) -> bool:
    """True for a name whose last word is a Roman number past a generation's ("III"): the number
    of a ship, a satellite or a series ("Baruna Jaya VIII", "Landsat VII"), unless a title gives
    it to a person ("King Mohammed VI")."""
    last = name.rsplit(" ", 1)[-1].rstrip(".,")
    return len(last) > 1 and last.isupper() and _roman_value(last) >= 4  # (not "Xi", "Vi")


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN_WORD = re.compile(r"(?i)x{0,3}(?:ix|iv|v?i{0,3})")


def _roman_value(word: str) -> int:
    """The value of a Roman number of up to 39 ("VIII" 8), or 0 for any other word."""
    if not _ROMAN_WORD.fullmatch(word):
        return 0
    values = [_ROMAN[c] for c in word.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@component("people")
def make_people() -> Component:
    """Find the people of a document (record ``people``)."""

    def run(doc: Doc) -> None:
        blocked = blocked_spans(doc)
        heads = body_heads()
        acronyms = set(doc.data.get("acronyms", {})) | {
            a for o in doc.data.get("organizations", []) for a in o.aliases if a.isupper()
        }
        starts = org_starts(doc)
        found: list[Found] = []
        for start, end in broken_names_joined(doc):
            if may_find(doc, start, end, starts):
                found += SentenceScan(doc, start, end, blocked, acronyms).scan()
        contacts = contact_blocks(doc, blocked, acronyms) + contact_entries(doc, blocked, acronyms)
        found = outside_role_lines(outside_others_roles(found), contacts) + contacts
        found += table_people(doc, blocked, acronyms)
        found += caption_people(doc, blocked, acronyms)
        programmes = _programme_spans(doc)
        found = [
            p
            for p in found
            if not set(p.name.split()) & heads
            and not names_place(doc, p)
            and not _starts_org_name(doc, p, heads)
            and not _inside_programme(p, programmes)
            and not (p.role is None and _numbered_name(doc.text[p.span[0] : p.span[1]]))
        ]
        found = outside_others_roles(found)
        listed_roles(doc, found)
        doc.data["role_spans"] = [p.role_span for p in found if p.role_span]
        roles = [(p.role_span, p.country) for p in found if p.role_span]
        settle_by_roles(doc, roles)
        settle_by_portfolio(doc, roles)
        settle_countries(doc, found, role_country)
        merged = merge_people(found)
        relational_to_office(doc, merged)
        names = [(p, [p.name, *p.aliases]) for p in merged]
        for person in merged:
            spans = [person.span, *person.extra_spans]
            aliases = sorted(a for a in person.aliases if key(a) != key(person.name))
            others = [n for p, all_names in names if p is not person for n in all_names]
            before = person.role_span is not None and person.role_span[1] <= person.span[0]
            role = _without_end_tags(own_role(person.role, others, before=before))
            doc.record.people.append(Person(person.name, aliases, role, person.country, spans))

    return run
