"""Acronym definitions: "Full Name (ACR)" and "ACR (Full Name)", and later uses of ACR alone.

The long form is found with the Schwartz–Hearst rule (the acronym's letters in order, the first
at the start of a word), widened to the whole capitalised name when that name has a head word
("National Institute of Advanced Industrial Science and Technology (AIST)").
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass

from bilat.extract.doc import Doc, Mention
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml, yaml_words

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_SHORT = re.compile(r"[A-Za-z][A-Za-z0-9&.\-–/]{0,14}(?: [0-9]{1,2})?")
# (a word's emphasis marks around it are no part of it: "*Programa de Cooperación Internacional*
# (PCI)", "**University of Groningen** (UG)"; marks inside it are: "A*STAR")
_WORD = re.compile(r"[^\s()*_](?:[^\s()]*[^\s()*_])?")
MAX_WORDS = 14
WINDOW_CHARS = 200  # characters before a parenthesis that usually hold MAX_WORDS words
_STOP_CAPS = frozenset(
    {
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Its",
        "Their",
        "Our",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Both",
        "All",
        "Each",
    }
)


@dataclass
class Definition:
    """A long form and its acronym, with their spans."""

    long: str
    short: str
    long_span: tuple[int, int]
    short_span: tuple[int, int]
    translation_span: tuple[int, int] | None = None  # "English Name (Native Name, ACR)"


@functools.lru_cache(maxsize=65536)
def is_acronym(token: str) -> bool:
    """True for acronym-like tokens: ≥2 upper-case letters, mostly upper case (MEXT, DoE, G-QuAT)."""
    if not _SHORT.fullmatch(token):
        return False
    upper = sum(c.isupper() for c in token)
    letters = sum(c.isalpha() for c in token)
    return upper >= 2 and upper * 2 >= letters


@functools.cache
def _heads() -> frozenset[str]:
    data = load_yaml("org_heads.yaml")
    programme = [
        "Programme",
        "Program",
        "Project",
        "Initiative",
        "Fund",
        "Partnership",
        "Partnerships",
        "Mission",
        "Strategy",
        "Plan",
        "Scheme",
        "Framework",
        "Laboratory",
        "Laboratories",
    ]
    return frozenset(list(data.get("heads", [])) + programme)


def _fold_char(char: str) -> str:
    return unicodedata.normalize("NFKD", char)[:1].lower() or char


# `_fold_char` of every character met so far, as a `str.translate` table (ASCII upper case is
# lower-cased; other ASCII characters are their own fold and need no entry).
_FOLDS: dict[int, str] = {ord(c): c.lower() for c in string.ascii_uppercase}
_FOLDED = {chr(code) for code in range(128)}


def _fold(text: str) -> str:
    """Each character folded to one (accents dropped, lower case): offsets stay valid."""
    if text.isascii():  # the same result, without a call per character
        return text.lower()
    for char in set(text) - _FOLDED:
        _FOLDS[ord(char)] = _fold_char(char)
        _FOLDED.add(char)
    return text.translate(_FOLDS)


def schwartz_hearst(short: str, long: str, *, initials: bool = False) -> str | None:
    """The shortest suffix of `long` that spells `short` (letters in order, first at a word start;
    with `initials`, every letter at a word start)."""
    short = _fold(short)
    long_folded = _fold(long)
    found = _schwartz_hearst(short, long_folded, initials)
    if found is None:
        return None
    found = long[len(long) - len(found) :]
    return found.lstrip("*_#“\"‘'«([") or None


def _schwartz_hearst(short: str, long: str, initials: bool = False) -> str | None:
    s_idx, l_idx = len(short) - 1, len(long) - 1
    lower_case = long == long.lower()  # then each character is its own lower case
    while s_idx >= 0:
        char = short[s_idx].lower()
        if not char.isalnum():
            s_idx -= 1
            continue
        l_idx = _letter_before(long, char, l_idx, initials or s_idx == 0, lower_case)
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    # (a space, or the break of a wrapped line: "the\nName")
    space = max(long.rfind(" ", 0, l_idx + 1), long.rfind("\n", 0, l_idx + 1), long.rfind("\t", 0, l_idx + 1))
    start = max(space, long.rfind("-", 0, l_idx + 1) if l_idx >= 0 else -1) + 1
    start = long.rfind(" ", 0, start) + 1 if start and long[start - 1] == "-" else start
    return long[start:]


def _letter_before(long: str, char: str, l_idx: int, word_start: bool, lower_case: bool) -> int:
    """The last index <= l_idx where `long` has `char` (at the start of a word if asked), or -1."""
    if not lower_case:  # compare character by character, each in lower case
        while l_idx >= 0 and (
            long[l_idx].lower() != char or (word_start and l_idx > 0 and long[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        return l_idx
    l_idx = long.rfind(char, 0, l_idx + 1)
    while word_start and l_idx > 0 and long[l_idx - 1].isalnum():
        l_idx = long.rfind(char, 0, l_idx)
    return l_idx


def _window_words(text: str, sent_start: int, paren_start: int) -> list[re.Match[str]]:
    start = max(sent_start, text.rfind(")", sent_start, paren_start) + 1)
    near = max(start, paren_start - WINDOW_CHARS)
    if near > start:  # a long sentence: the words of its last characters are enough...
        words = list(_WORD.finditer(text, near, paren_start))
        if len(words) > MAX_WORDS:  # ...when the first of them (maybe cut) is not needed
            return words[-MAX_WORDS:]
    words = list(_WORD.finditer(text, start, paren_start))
    return words[-MAX_WORDS:]


def _capitalised_chain(words: list[re.Match[str]], connectors: frozenset[str]) -> list[re.Match[str]]:
    """The trailing run of capitalised words (and connectors) before the parenthesis."""
    surfaces = [word.group() for word in words]
    first = count = len(words)  # the chain is words[first:]
    for index in range(count - 1, -1, -1):
        surface = surfaces[index]
        if first < count and surface.endswith((".", ";", ":")):
            break
        token = surface.rstrip(",")
        if (
            token[:1].isupper()
            or (token[:1].isdigit() and first < count)
            or token in connectors
            or token == "&"
        ):
            first = index
            continue
        break
    for index in range(count - 1, first - 1, -1):
        if surfaces[index].endswith(("'s", "’s", "s'", "s’")):
            first = index + 1
            break
    while first < count and (surfaces[first] in connectors or not surfaces[first][:1].isupper()):
        first += 1
    return words[first:]


_CLOSING_QUOTES = '"”»'
_EMPHASIS = "*_"  # the close of an emphasised name before the bracket: "*Name* (ACR)"


def long_form_before(text: str, sent_start: int, paren_start: int, short: str) -> tuple[int, int] | None:
    """The span of the long form that `short` (in the parenthesis at `paren_start`) abbreviates, or None."""
    words = _window_words(text, sent_start, paren_start)
    if not words:
        return None
    connectors = yaml_words("org_heads.yaml", "connectors")
    chain = _capitalised_chain(words, connectors)
    window_start = words[0].start()
    # a closing quotation mark before the bracket closes a quoted name, and is no part of it
    window = text[window_start:paren_start].rstrip().rstrip(_CLOSING_QUOTES + _EMPHASIS).rstrip()
    found = schwartz_hearst(short, window)
    if found and not _spelt_by_initials(found, short):
        found = _by_initials(short, window) or found
    conjunct = _last_conjunct(chain)
    if (
        found
        and conjunct is not chain
        and window_start + len(window) - len(found) < conjunct[0].start()
        and not _spelt_by_initials(found, short)
    ):
        found = None  # (spelt over the "and" between two bodies: "Aarhus University and the National ...")
    if found and found[:1].isupper() and len(found.split()) <= len(short.replace("-", "")) + 6:
        start = _widen(text, chain, window_start + len(window) - len(found), _has_head(found))
        return (start, window_start + len(window))
    if conjunct is not chain and _initials_cover(conjunct, short):
        return (conjunct[0].start(), conjunct[-1].end())
    found_span = _chain_from_initial(text, conjunct, short)
    if found_span is None and _renamed_body(_span(text, conjunct) if conjunct else "", short):
        return _whole_chain(text, conjunct, short)  # (a renamed body that keeps its old acronym)
    return found_span


def _renamed_body(phrase: str, short: str) -> bool:
    """Whether the reference knows a body by `short` whose name has the head word of `phrase`: the
    body renamed, its acronym kept ("Austrian Agency for Education and Internationalisation (OeAD)",
    once "... Agency for International Cooperation ..."); not a parent's acronym after a unit's name
    ("Institute of Mathematics (VAST)", of an Academy), nor a name's last words alone ("Research
    Institute (CMRI)" after a line cut inside the name)."""
    from bilat.extract.owners import reference_entries  # (the reference loads after this module)

    heads = _heads()
    words = phrase.split()
    own = {w.strip(",") for w in words} & heads
    return len(words) >= 3 and bool(own) and any(own & set(e.name.split()) for e in reference_entries(short))


def _last_conjunct(chain: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words after the last "and" of `chain` that joins two named bodies (a head word on each
    side: "University of Vienna and Mohammed V University in Rabat"), else `chain` itself; an "and"
    inside one name ("Ministry of Science and Technology") joins no second head."""
    heads = _heads()
    for index in range(len(chain) - 2, 0, -1):
        if chain[index].group() not in {"and", "&"}:
            continue
        before = {w.group().strip(",") for w in chain[:index]}
        after = {w.group().strip(",") for w in chain[index + 1 :]}
        if before & heads and after & heads:
            rest = chain[index + 1 :]
            while len(rest) > 1 and not rest[0].group()[:1].isupper():
                rest = rest[1:]
            return rest
        return chain
    return chain


def _initials_cover(words: list[re.Match[str]], short: str) -> bool:
    """Whether every letter of `short` is the initial of a capitalised word in `words` and a head
    word is among them ("Mohammed V University in Rabat" for "UM5R")."""
    initials = {w.group()[:1].lower() for w in words if w.group()[:1].isupper()}
    letters = {c.lower() for c in short if c.isalpha()}
    heads = _heads()
    return bool(letters) and letters <= initials and any(w.group().strip(",") in heads for w in words)


def _spelt_by_initials(found: str, short: str) -> bool:
    """Whether the initials of the words of `found` (connectors aside) are the letters of `short`."""
    connectors = yaml_words("org_heads.yaml", "connectors")
    initials = "".join(w[0] for w in found.split() if w not in connectors).lower()
    return initials == "".join(c for c in short if c.isalpha()).lower()


def _by_initials(short: str, window: str) -> str | None:
    """The long form whose word initials spell `short` when it has no more words than a few
    connectors and a trailing word beside: "Centre for Environmental and Climate Science (CEC)",
    where the shortest spelling would be "Climate sCience"."""
    letters = [c for c in short if c.isalpha()]
    if len(letters) < 2 or not short.isupper():
        return None
    found = schwartz_hearst(short, window, initials=True)
    if not found or not found[:1].isupper():
        return None
    connectors = yaml_words("org_heads.yaml", "connectors")
    words = [w for w in found.split() if w not in connectors]
    return found if len(words) <= len(letters) + 1 else None


def _chain_from_initial(text: str, chain: list[re.Match[str]], short: str) -> tuple[int, int] | None:
    """The long form of an acronym whose letters it does not spell (renamed bodies keep the old
    acronym: "Science, Technology & Innovation Funding Authority (STDF)"): the chain from its
    first capitalised word with the acronym's initial, when a head word follows in a few words."""
    for k, word in enumerate(chain):
        surface = word.group()
        if surface[:1] != short[:1].upper() or not surface[:1].isupper():
            continue
        rest = chain[k:]
        if len(rest) == 1 and k > 0:
            return _whole_chain(text, chain, short)
        if (k == 0 or len(rest) <= len(short) + 6) and _has_head(_span(text, rest)):
            k = _translated_start(chain, k, short)
            return (chain[k].start(), rest[-1].end())
        return None
    return None


def _translated_start(chain: list[re.Match[str]], k: int, short: str) -> int:
    """Where a long form that `chain[k]` would open starts when the acronym is of the name in
    another language, whose words come in another order: back over the capitalised words before it
    whose initials are letters of the acronym too ("Research Organization for Earth Sciences and
    Maritime (ORKM)", of "Organisasi Riset Kebumian dan Maritim"), not over one whose initial it
    lacks ("Korean" of "Korean Ministry of Science (MSIT)")."""
    letters = {c.lower() for c in short if c.isalpha()}
    while k > 0 and chain[k - 1].group()[:1].isupper() and chain[k - 1].group()[:1].lower() in letters:
        if chain[k - 1].group().endswith(","):
            break
        k -= 1
    return k


def _whole_chain(text: str, chain: list[re.Match[str]], short: str) -> tuple[int, int] | None:
    """The long form of an acronym from another language whose initial only the last word shares
    ("National Research and Development Agency (ANID)"): a lone head word is no long form, the
    whole chain before it is, when it is one plain name (no comma, no "the")."""
    while chain and chain[0].group() in {"The", "A"}:
        chain = chain[1:]
    words = [w.group() for w in chain]
    if not words or len(words) > len(short) + 6 or any(w.endswith(",") or w.lower() == "the" for w in words):
        return None
    return (chain[0].start(), chain[-1].end()) if _has_head(_span(text, chain)) else None


def _widen(text: str, chain: list[re.Match[str]], start: int, has_head: bool) -> int:
    """Move `start` back over the capitalised chain: to the head word and the words naming it."""
    before = [w for w in chain if w.start() < start]
    connectors = yaml_words("org_heads.yaml", "connectors")
    heads = _heads()
    original, extra = start, 0
    for word in reversed(before):
        token = word.group().strip(",")
        if not has_head:
            if token in {"and", "&", "the"} or word.group().endswith(","):
                return original
            has_head = token in heads
            start = word.start()
            continue
        if token in connectors or token in _STOP_CAPS or word.group().endswith(",") or extra >= 3:
            break
        start, extra = word.start(), extra + 1
    return start if has_head else original


def _span(text: str, words: list[re.Match[str]]) -> str:
    return text[words[0].start() : words[-1].end()]


def _has_head(phrase: str) -> bool:
    heads = _heads()
    return any(token.strip(",") in heads for token in phrase.split())


# The end of a line that a sentence may carry on from: a word or mark that ends no sentence, then
# one line break ("\Z", not "$", which would also match before a blank line's second break: a blank
# line ends a paragraph); not a table row's "|". The joining word it may end in is group 1.
_LINE_END = re.compile(r"(?:(?<![\w'\u2019])([a-z]{1,5})|[^.!?:;\s|])[ \t]*\n[ \t]*\Z")
_CUT_MARKS = ",&-\u2013\u2014"


def reach_start(doc: Doc, position: int) -> int:
    """Where the words before `position` that may name something start: its sentence, and the
    line before when the sentence may carry it on (the line ends without punctuation: "... Secretariat
    of Science,\nHumanities, Technology and Innovation (SECIHTI)", "the Baltic Marine\nInnovation
    Programme (BMIP)"); never over a blank line or from a table row."""
    start, _ = doc.sentence_of(position)
    return _reach_over(doc, start, _carried_line(doc.text, start))


def _carried_line(text: str, start: int) -> re.Match[str] | None:
    """The end of the line before the sentence at `start` when the sentence may carry it on."""
    return None if start == 0 else _LINE_END.search(text, max(0, start - 40), start)


def _reach_over(doc: Doc, start: int, carried: re.Match[str] | None) -> int:
    """The start of the sentence before `start` when the sentence carries its line on, else `start`."""
    if carried is None:
        return start
    previous, _ = doc.sentence_of(start - 1)
    return previous if previous < start else start


def _cut_inside(text: str, end: re.Match[str] | None) -> bool:
    """Whether the line before a sentence (its `end`, from `_carried_line`) was cut inside a name: it
    ends in a comma, "&", a dash or a joining word ("of", "for")."""
    if end is None:
        return False
    if end.group(1):
        return end.group(1) in yaml_words("org_heads.yaml", "connectors")
    return text[end.start()] in _CUT_MARKS


def _long_form(doc: Doc, at: int, short: str) -> tuple[int, int] | None:
    """The span of the long form of `short` in the parenthesis at `at`. A line before the sentence
    that ends in a word may be a heading, a dateline or a title ("PRESS RELEASE", "... digital
    health and AI" over "Marina Bay University (MBU)"): the sentence's own words are read first,
    and that line only when they spell no long form ("the Baltic Marine" over "Innovation
    Programme (BMIP)"); a line cut inside the name is read with the sentence at once."""
    start, _ = doc.sentence_of(at)
    carried = _carried_line(doc.text, start)
    reach = _reach_over(doc, start, carried)
    if reach < start and not _cut_inside(doc.text, carried):
        own = long_form_before(doc.text, start, at, short)
        if own is not None:
            return own
    return long_form_before(doc.text, reach, at, short)


# A unit's acronym after its parent's: "CNR-ISP", "CSIR-NPL" (the unit's own letters after the dash).
_UNIT_ACRONYM = re.compile(r"[A-Z]{2,8}[-–]([A-Z][A-Za-z]{1,9})")


def find_definitions(doc: Doc) -> list[Definition]:
    """Every acronym definition in the document."""
    text = doc.text
    out: list[Definition] = []
    for paren in _PAREN.finditer(text):
        inner = paren.group(1).strip()
        if is_acronym(inner):
            span = _long_form(doc, paren.start(), inner)
            unit = _UNIT_ACRONYM.fullmatch(inner)
            if span is None and unit:  # "Institute of Polar Sciences (CNR-ISP)": the parent's prefix
                span = _long_form(doc, paren.start(), unit.group(1))
            if span:
                short_span = (paren.start(1), paren.start(1) + len(paren.group(1).rstrip()))
                out.append(Definition(text[span[0] : span[1]], inner, span, short_span))
            continue
        definition = (
            _short_before(text, paren, inner)
            or _native_with_acronym(doc, paren)
            or _acronym_and_last_word(doc, paren, inner)
            or _acronym_and_legal_form(doc, paren, inner)
            or _clipped(doc, paren, inner)
        )
        if definition:
            out.append(definition)
    if _NAMED_AFTER_GATE.search(text):
        out.extend(_named_after(doc, {d.short_span for d in out}))
    return out


# "the Korea Polar Research Institute, or KOPRI,", "..., known as KOPRI", "... (also known as KOPRI)":
# an acronym given after the name by a phrase, not alone in brackets.
_NAMED_AFTER_GATE = re.compile(r", or [A-Z]|known as [A-Z]|\((?:or|hereinafter|hereafter) [A-Z]")
_NAMED_AFTER = re.compile(
    r"(?:,[ \t]+or|,?[ \t]+(?:also[ \t]+|commonly[ \t]+|better[ \t]+)?known[ \t]+as"
    r"|[ \t]*\((?:or|hereinafter|hereafter|also[ \t]+known[ \t]+as|known[ \t]+as))[ \t]+"
    r"(?:[\"“‘']?)([A-Z][A-Za-z0-9&\-]{1,14})(?:[\"”’']?)(?=[ \t]*[,.;:)\n]|[ \t]+[a-z])"
)


def _named_after(doc: Doc, seen: set[tuple[int, int]]) -> list[Definition]:
    """Definitions whose acronym follows the long form after "or" or "known as"; the long form
    must spell the acronym."""
    text = doc.text
    out: list[Definition] = []
    for found in _NAMED_AFTER.finditer(text):
        short = found.group(1)
        short_span = found.span(1)
        if not is_acronym(short) or short_span in seen:
            continue
        span = long_form_before(text, reach_start(doc, found.start()), found.start(), short)
        if span is None or schwartz_hearst(short, text[span[0] : span[1]]) is None:
            continue
        if not _has_head(text[span[0] : span[1]]):
            continue  # (a body's name, not "the rivers, or RIVERS")
        out.append(Definition(text[span[0] : span[1]], short, span, short_span))
    return out


_ACRONYM_WORD = re.compile(r"([A-Z][A-Za-z0-9&\-]{1,14}) ([A-Z][a-z]{2,20})")


def _acronym_and_last_word(doc: Doc, paren: re.Match[str], inner: str) -> Definition | None:
    """A short form that keeps the long form's last word: "Korea Institute of Science and
    Technology Europe (KIST Europe)", "Institut Pasteur Korea (IP Korea)"."""
    found = _ACRONYM_WORD.fullmatch(inner)
    if not found or not is_acronym(found.group(1)):
        return None
    text = doc.text
    before_end = paren.start()  # (the end of the text before it, spaces aside, copying nothing)
    while before_end and text[before_end - 1].isspace():
        before_end -= 1
    if not text.endswith(" " + found.group(2), 0, before_end):
        return None
    cut = before_end - len(found.group(2))
    span = long_form_before(text, reach_start(doc, paren.start()), cut, found.group(1))
    if span is None:
        return None
    long_span = (span[0], before_end)
    short_span = (paren.start(1), paren.start(1) + len(paren.group(1).rstrip()))
    return Definition(text[long_span[0] : long_span[1]], inner, long_span, short_span)


@functools.cache
def _legal_tails() -> frozenset[str]:
    """Legal forms that end a company's name, without their final periods (org_heads.yaml
    `legal_forms` and `legal_form_words`)."""
    forms = yaml_words("org_heads.yaml", "legal_forms") | yaml_words("org_heads.yaml", "legal_form_words")
    return frozenset(form.rstrip(".") for form in forms)


_ACRONYM_LEGAL = re.compile(r"([A-Z][A-Za-z0-9&\-]{1,14}) ([A-Z][\w.]{1,8})")


def _acronym_and_legal_form(doc: Doc, paren: re.Match[str], inner: str) -> Definition | None:
    """A company's short form that keeps a legal form after its acronym, when the long form ends
    with one too: "Nigerian Communications Satellite Limited (NIGCOMSAT Ltd)", "Korea Aerospace
    Industries Co. (KAI Co.)"."""
    found = _ACRONYM_LEGAL.fullmatch(inner)
    tails = _legal_tails()
    if not found or not is_acronym(found.group(1)) or found.group(2).rstrip(".") not in tails:
        return None
    text = doc.text
    before_end = paren.start()
    while before_end and text[before_end - 1].isspace():
        before_end -= 1
    last_start = before_end
    while last_start and not text[last_start - 1].isspace():
        last_start -= 1
    if last_start == before_end or text[last_start:before_end].rstrip(".") not in tails:
        return None
    cut = last_start
    while cut and text[cut - 1] in " \t":
        cut -= 1
    span = long_form_before(text, reach_start(doc, paren.start()), cut, found.group(1))
    if span is None:
        return None
    short_span = (paren.start(1), paren.start(1) + len(paren.group(1).rstrip()))
    return Definition(text[span[0] : before_end], inner, (span[0], before_end), short_span)


_OPENING_MARKS = _EMPHASIS + "\"“‘«'"
_CLOSING_MARKS = _EMPHASIS + "\"”’»'"


def _native_with_acronym(doc: Doc, paren: re.Match[str]) -> Definition | None:
    """ "English Name (Native Name, ACR)": the native long form and its acronym inside the
    parenthesis, with the capitalised name just before it (its translation) when it has a head
    word ("Foundation for Science and Technology (Fundação para a Ciência e a Tecnologia, FCT)")."""
    inner = paren.group(1)
    head, comma, tail = inner.rpartition(",")
    short = tail.strip()
    # (the native name may stand in emphasis or quotation marks: "(*Native Name*, ACR)")
    native = head.strip().lstrip(_OPENING_MARKS).rstrip(_CLOSING_MARKS).strip()
    if not comma or not is_acronym(short) or len(native.split()) < 2 or not native[:1].isupper():
        return None
    if schwartz_hearst(short, native) is None:
        return None
    long_start = paren.start(1) + head.index(native)
    short_start = paren.start(1) + len(head) + 1 + (len(tail) - len(tail.lstrip()))
    return Definition(
        native,
        short,
        (long_start, long_start + len(native)),
        (short_start, short_start + len(short)),
        _translation_before(doc, paren),
    )


def _translation_before(doc: Doc, paren: re.Match[str]) -> tuple[int, int] | None:
    """The span of the capitalised name with a head word right before a parenthesis, or None."""
    chain = _chain_before(doc, paren)
    if not chain or not _has_head(_span(doc.text, chain)):
        return None
    return (chain[0].start(), chain[-1].end())


def _chain_before(doc: Doc, paren: re.Match[str]) -> list[re.Match[str]]:
    """The capitalised words right before a parenthesis, past an opening stop word; none when they
    end in a comma."""
    words = _window_words(doc.text, reach_start(doc, paren.start()), paren.start())
    chain = _capitalised_chain(words, yaml_words("org_heads.yaml", "connectors")) if words else []
    while chain and chain[0].group() in _STOP_CAPS:
        chain = chain[1:]
    return [] if not chain or chain[-1].group().endswith(",") else chain


# A short form clipped from the long form's syllables, not its initials: "Kyushu Institute of
# Technology (Kyutech)", "Tallinn University of Technology (TalTech)", "University of Melbourne
# (UniMelb)". One word, a capital first, some lower-case letters.
_CLIP_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)*")


def _clipped(doc: Doc, paren: re.Match[str], inner: str) -> Definition | None:
    """A syllable-clipped short form in a parenthesis after a name with a head word: its letters
    are two or more clips, each the start of a word of the name and the first (of two letters or
    more) the start of the name's first word; the name runs from that word to the bracket."""
    if not 4 <= len(inner) <= 12 or not _CLIP_WORD.fullmatch(inner):
        return None
    text = doc.text
    chain = _chain_before(doc, paren)
    if not chain:
        return None
    connectors = yaml_words("org_heads.yaml", "connectors")
    folded = [_fold(word.group().strip(",")) for word in chain]
    short = _fold(inner)
    if short in folded:  # (a place the name holds: "Tokyo Institute of Technology (Tokyo)")
        return None
    for k, word in enumerate(chain):
        if word.group() in connectors or not _clips(short, folded, k, 0):
            continue
        if not _has_head(_span(text, chain[k:])):
            return None
        short_start = paren.start(1) + (len(paren.group(1)) - len(paren.group(1).lstrip()))
        return Definition(
            _span(text, chain[k:]),
            inner,
            (chain[k].start(), chain[-1].end()),
            (short_start, short_start + len(inner)),
        )
    return None


def _clips(short: str, words: list[str], at: int, chunks: int) -> bool:
    """Whether `short` is made of clips (word starts) of `words` from `at` on, in order, two or more
    of them; the first clip starts `words[at]` and has two letters or more."""
    if not short:
        return chunks >= 2
    for index in range(at, len(words)):
        word = words[index]
        shared = 0
        while shared < min(len(short), len(word)) and short[shared] == word[shared]:
            shared += 1
        for size in range(shared, 0 if chunks else 1, -1):
            if _clips(short[size:], words, index + 1, chunks + 1):
                return True
        if not chunks:
            return False
    return False


_ACRONYM_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9&\-]{1,14})\s*$")


def _short_before(text: str, paren: re.Match[str], inner: str) -> Definition | None:
    """ "ACR (Full Name)": the acronym just before a parenthesis holding its long form."""
    if len(inner.split()) < 2:
        return None
    before = _ACRONYM_BEFORE.search(text[max(0, paren.start() - 20) : paren.start()])
    if not before or not is_acronym(before.group(1)):
        return None
    short = before.group(1)
    if schwartz_hearst(short, inner) is None or not inner[:1].isupper():
        return None
    short_start = paren.start() - len(text[max(0, paren.start() - 20) : paren.start()]) + before.start(1)
    long_start = paren.start(1) + (len(paren.group(1)) - len(paren.group(1).lstrip()))
    return Definition(
        inner, short, (long_start, long_start + len(inner)), (short_start, short_start + len(short))
    )


# "small modular reactors (SMR)": an acronym the text defines by a lower-case phrase.
_CAPITALS_IN_PARENTHESES = re.compile(r"\(([A-Z]{2,8})s?\)")
_LOWER_PHRASE_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,6})[ \t]+$")
_PHRASE_REACH = 100  # characters before the parenthesis that the phrase may take


def lower_phrase_before(text: str, end: int) -> re.Match[str] | None:
    """The lower-case phrase that ends, before spaces, at `end` (`_LOWER_PHRASE_BEFORE` searched in
    the `_PHRASE_REACH` characters before it); the search runs only when the last word before the
    spaces starts with a lower-case letter, as the phrase's last word must."""
    stop = end - 1 if end and text[end - 1] == "\n" else end  # (where "$" may match)
    word_end = stop
    while word_end and text[word_end - 1] in " \t":
        word_end -= 1
    word_start = word_end
    while word_start and (text[word_start - 1].isalnum() or text[word_start - 1] in "_-"):
        word_start -= 1
    if word_end == stop or word_start == word_end or not "a" <= text[word_start] <= "z":
        return None
    return _LOWER_PHRASE_BEFORE.search(text, max(0, end - _PHRASE_REACH), end)


def common_noun_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms that the text defines by a lower-case phrase, every letter a word's initial
    ("small modular reactors (SMR)", "solid oxide fuel cells (SOFC)"): a thing, not a body, so an
    organisation known by the same letters is not meant (cached on the Doc)."""
    found: frozenset[str] | None = doc.data.get("_common_acronyms")
    if found is None:
        shorts = set()
        for paren in _CAPITALS_IN_PARENTHESES.finditer(doc.text):
            before = lower_phrase_before(doc.text, paren.start())
            if before and schwartz_hearst(paren.group(1), before.group(1), initials=True) is not None:
                shorts.add(paren.group(1))
        found = frozenset(shorts)
        doc.data["_common_acronyms"] = found
    return found


@component("acronyms")
def make_acronyms() -> Component:
    """Find acronym definitions (layer ``acronym_def``) and the map ``doc.data['acronyms']``."""

    def run(doc: Doc) -> None:
        definitions = find_definitions(doc)
        mentions = [
            Mention(
                d.long_span[0],
                d.short_span[1] + 1 if d.short_span[0] > d.long_span[0] else d.long_span[1],
                "acronym_def",
                d.long,
                {
                    "short": d.short,
                    "long": d.long,
                    "long_span": d.long_span,
                    "short_span": d.short_span,
                    "translation_span": d.translation_span,
                },
            )
            for d in definitions
        ]
        doc.set_layer("acronym_def", mentions)
        acronyms: dict[str, str] = {}
        for d in definitions:
            acronyms.setdefault(d.short, d.long)
        doc.data["acronyms"] = acronyms

    return run
