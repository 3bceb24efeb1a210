"""How a text uses a name tells whether it names a programme or project.

- an acronym whose definition has no telling head word ("Connecting ... with Japan (CONCERT-Japan)")
  names a programme when the text uses it like one: "the ACR project", "ACR consortium", "ACR is an
  ERA-NET initiative", "(ACR), a ... programme", "(ACR), funded through the ... programme";
- a name after an indefinite article ("a new BILAT project", "an ERA-NET initiative") names a KIND
  of project, not one project.

The cue words live in ``data/name_kinds.yaml`` (``programme_use_after``, ``programme_verbs``), and
so do the programme kind words of the patterns here and in ``components.programmes``
(``programme_kinds`` and the narrower lists after it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml, longest_first

WRAP_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # spaces, or one line break of hard-wrapped text


def programme_kinds(key: str) -> tuple[str, ...]:
    """A list of programme kind words from ``data/name_kinds.yaml`` ("programme_kinds",
    "programme_under_kinds"...), in its order."""
    return tuple(load_yaml("name_kinds.yaml")[key])


@functools.cache
def phrase_list(key: str) -> tuple[str, ...]:
    """A word list of ``data/programme_phrase_words.yaml``, in its order (for a regex alternation)."""
    return tuple(str(word) for word in load_yaml("programme_phrase_words.yaml")[key])


def either(words: Sequence[str]) -> str:
    """A regex alternation of `words`, each escaped, in their order (no group)."""
    return "|".join(map(re.escape, words))


def stems(words: Sequence[str]) -> tuple[str, ...]:
    """The words that no other of `words` starts ("program" of "programme" and "program"), in
    order: `str.find` of these finds every one of `words`."""
    return tuple(w for w in words if not any(o != w and w.startswith(o) for o in words))


def _shared_start(words: Sequence[str]) -> str:
    """The longest start all of `words` share ("Pro" of Project, Programme and Program)."""
    low, high = min(words), max(words)
    return low[: next((i for i, (a, b) in enumerate(zip(low, high, strict=False)) if a != b), len(low))]


# ("a new X project", "a joint X–Y project": a kind of project that X runs, not its name)
_INDEFINITE = re.compile(
    r"(?:^|\W)(?:a|an)\s+(?:(?:new|further|second|third|separate|similar|joint|bilateral|trilateral)\s+){0,2}$",
    re.I,
)
_MAX_GAP = 60  # characters between a definition and the programme word that qualifies it


@functools.cache
def _cues() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_yaml("name_kinds.yaml")
    after = frozenset(data["programme_use_after"])
    words = longest_first(after)
    verbs = either(data["programme_verbs"])
    # "ACR) is an ERA-NET initiative", "ACR), a three-year project", "ACR), funded through the X programme"
    describe = re.compile(
        rf"\)?(?:\s*,\s*(?:(?:{verbs})\s+|(?:a|an)\s+)|\s+(?:is|was|will be)\s+(?:a|an|the)\s+)"
        rf"[^.;:()\n]{{0,{_MAX_GAP}}}?\b(?:{words})\b",
        re.I,
    )
    return after, describe


def is_programme_word(word: str) -> bool:
    """True for the lower-case words that make the name before them a programme ("project")."""
    return word.lower() in _cues()[0]


def acronym_used_as_programme(doc: Doc, short: str, short_end: int) -> bool:
    """True when the text describes or uses the acronym `short` as a programme or project."""
    _, describe = _cues()
    if describe.match(doc.text, short_end, min(len(doc.text), short_end + _MAX_GAP + 30)):
        return True
    for start, end in acronym_uses(doc.text, short):
        rest = doc.text[end : end + 30].split(None, 1)
        if rest and is_programme_word(rest[0].strip(".,;:")) and not indefinite_before(doc, start):
            return True
        if opens_sentence(doc.text, start) and subject_verb_after(doc.text, end):
            return True  # "ACR funds stays of ...", "ACR is funded with ...": a scheme at work
    return False


def subject_verb_after(text: str, end: int) -> bool:
    """Whether a scheme's doings follow right after the name that ends at `end` ("... funds")."""
    return _SUBJECT_VERB.match(text, end) is not None


# "ACR funds ...", "ACR is co-funded by ...": a programme's doings right after its acronym
# (`programme_subject_verbs` of data/programme_phrase_words.yaml), then a space or line end; the
# acronym's closing emphasis mark ("**ACR** funds") may stand between.
_SUBJECT_VERB = re.compile(
    rf"(?:\*\*|__|[*_])?[ \t]+(?:{longest_first(phrase_list('programme_subject_verbs'))})(?=[ \t\n])"
)
# What may stand right before a sentence's first word: a stop mark and spaces, an opening
# emphasis mark (markdown "**"), or the end of an HTML tag (">").
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"\u201d)]?[ \t]+|\n[ \t]*|>)(?:\*\*|__|[*_])?$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line or a paragraph."""
    return _SENTENCE_BEFORE.search(text, max(0, start - 6), start) is not None


_TOKEN = re.compile(r"[\w-]+")


def _word_uses(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of `word` (letters, digits, "_" and "-") where no such character touches it:
    `str.find` scans the text, Python only checks the few places found."""
    out = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if not (at and _glued(text[at - 1])) and not (end < len(text) and _glued(text[end])):
            out.append((at, end))
        at = text.find(word, at + 1)
    return out


def _glued(char: str) -> bool:
    """A character that continues a word: `[\\w-]` of the regex engine."""
    return char.isalnum() or char in "_-"


def acronym_uses(text: str, name: str) -> list[tuple[int, int]]:
    """The spans of `name` as a whole word ("INDNOR", not "INDNORWAY" or "X-INDNOR")."""
    if _TOKEN.fullmatch(name):
        return _word_uses(text, name)
    return [u.span() for u in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


def indefinite_before(doc: Doc, start: int) -> bool:
    """True when "a" / "an" (maybe "a new") stands just before `start`: a kind, not a name."""
    return _INDEFINITE.search(doc.text, max(0, start - 20), start) is not None


def add_later_uses(text: str, names: list[str], spans: list[tuple[int, int]], limit: int = 20) -> None:
    """Add to `spans` the whole-word uses of a programme's acronyms in `text` ("INDNOR: Joint
    call ..." before its definition, "under PHC SAKURA" after it)."""
    known = set(spans)
    for name in names:
        if not (is_acronym_name(name)) or len(known) >= limit:
            continue
        for use in acronym_uses(text, name):
            if use not in known and len(known) < limit:
                known.add(use)
                spans.append(use)


def is_acronym_name(name: str) -> bool:
    """An acronym-like one-word name (INDNOR, PHC, CONCERT-Japan, ArCS)."""
    return " " not in name and len(name) >= 2 and sum(c.isupper() for c in name) >= 2


_SUFFIX = re.compile(r"\)?\s+([A-Z][A-Z0-9]{2,})\b")


def call_programme_name(text: str, label: str, names: list[str]) -> str:
    """The longest name the text gives a call's programme: its acronym with the named line after it
    ("PHC SAKURA"), or its name with "programme" when the text never uses the name alone
    ("Merlion programme", never for an acronym, nor for a name of more than one word: "DELTA 2",
    "X–Y Joint Research Projects" stand alone); else `label`."""
    for name in sorted({label, *names}, key=len):
        if not is_acronym_name(name):
            continue
        for _, use_end in acronym_uses(text, name):
            suffix = _SUFFIX.match(text, use_end)
            if suffix and suffix.group(1) not in names:
                return f"{name} {suffix.group(1)}"
    if is_acronym_name(label) or len(label.split()) > 1:
        return label  # an acronym is the name calls go by ("INDNOR", not "INDNOR programme")
    uses = [u.end() for u in re.finditer(rf"(?<![\w-]){re.escape(label)}(?!\w)", text)]
    words = {_word_after(text, end) for end in uses}
    if not words or not all(is_programme_word(w.lower().removesuffix("s")) for w in words):
        return label  # the text uses the name alone somewhere
    lower = sorted(w for w in words if w.islower())
    return f"{label} {lower[0]}" if len(lower) == 1 else label


# What may stand between an acronym and the call it names: "ACR Korea–Chile joint call".
_NAMES_CALL = re.compile(
    r"(?:[ \t]*[:–—-]?[ \t]+(?:[A-Z0-9][\w–-]*|[Jj]oint|[Oo]pen|[Ff]unding)){0,3}?"
    r"[ \t]*[:–—-]?[ \t]+[Cc]alls?\b"
)


def acronym_names_calls(text: str, acronym: str) -> bool:
    """True when the text names a call by `acronym` ("the ACR call", "ACR: Joint call", "ACR
    Japan–Chile joint call"): calls then go by the acronym, not the programme's full name."""
    return any(_NAMES_CALL.match(text, end) for _, end in acronym_uses(text, acronym))


def _word_after(text: str, end: int) -> str:
    match = re.match(r" (\w+)", text[end : end + 20])
    return match.group(1) if match else ""


# "under|through|via|from" at a word start, written so that the scan skips to their first letters.
_UNDER_KINDS = programme_kinds("programme_under_kinds")
_UNDER = re.compile(
    r"(?:u(?<!\wu)nder|t(?<!\wt)hrough|v(?<!\wv)ia|f(?<!\wf)rom)\s+(?:the|its|their|our)\s+"
    rf"((?:[A-Z0-9][^\s,;:()]*\s+){{0,2}}[A-Z0-9][^\s,;:()]*)\s+({either(_UNDER_KINDS)})\b"
)


# A year range names a period, not a programme: "under the 2023–2025 programme".
_PERIOD = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d)")

# An `_UNDER` match holds none of these: it lies inside one stretch of text between them.
_UNDER_BREAKS = re.compile(r"[,;:()]")


def _under_matches(text: str) -> list[re.Match[str]]:
    """The matches of `_UNDER` in `text`."""
    return _matches_near(_UNDER, _UNDER_BREAKS, text, stems(_UNDER_KINDS))


def under_programmes(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """ "under its 2+2 programme", "through the INDNOR programme": (name, name with its programme
    word, span of the name) for names the capitalised-phrase rule misses (they start with a digit)."""
    out = []
    for match in _under_matches(text):
        name = match.group(1)
        if name[:1].isdigit() and not name.isdigit() and not _PERIOD.fullmatch(name):
            out.append((name, f"{name} {match.group(2)}", match.span(1)))
    return out


_BRACKETED = re.compile(r"\s*\(([^()\n]{2,20})\)")
# The name in another language, then the acronym: "(Programa Nacional de Ciencia Antártica, PROCIEN)"
_GLOSS_THEN_ACRONYM = re.compile(r"\s*\([^()\n]{4,100},[ \t]+([^\s(),]{2,20})\)")


def acronym_in_brackets(text: str, end: int) -> list[str]:
    """The acronym in brackets right after a name ("(ArCS III)"; after its name in another language
    and a comma: "(Programa Nacional ..., PROCIEN)"), as a one-item list, or []."""
    match = _BRACKETED.match(text, end)
    if not match:
        glossed = _GLOSS_THEN_ACRONYM.match(text, end)
        return [glossed.group(1)] if glossed and is_acronym_name(glossed.group(1)) else []
    inner = match.group(1).strip()
    head = inner.split()[0]
    rest = inner.split()[1:]
    numbered = all(re.fullmatch(r"[IVX]{1,4}|\d{1,4}", word) for word in rest)
    return [inner] if is_acronym_name(head) and numbered else []


_LOWER_KINDS = programme_kinds("programme_lower_kinds")
_LOWER_BEFORE_WORD = re.compile(rf"\b((?:[a-z][\w-]*\s+){{1,4}})(?:{either(_LOWER_KINDS)})\b")
# A match holds only word characters, hyphens and spaces: it lies inside one stretch of them.
_OUTSIDE_STRETCH = re.compile(r"[^\w\s-]")


def _lower_before_word(text: str) -> list[re.Match[str]]:
    """The matches of `_LOWER_BEFORE_WORD` in `text`."""
    return _matches_near(_LOWER_BEFORE_WORD, _OUTSIDE_STRETCH, text, stems(_LOWER_KINDS))


def _matches_near(
    pattern: re.Pattern[str], breaks: re.Pattern[str], text: str, words: tuple[str, ...]
) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern whose every match holds one of `words` and no
    character that `breaks` finds (none of them a word character): only the stretches between
    two breaks that hold one of the words (found with `str.find`) are scanned."""
    starts = sorted(at for word in words for at in occurrences(text, word))
    out: list[re.Match[str]] = []
    reverse = text[::-1] if starts else ""
    done = 0
    for at in starts:
        if at < done:
            continue
        before = breaks.search(reverse, len(text) - at)
        after = breaks.search(text, at)
        first = len(text) - before.start() if before else 0
        done = after.start() if after else len(text)
        out += pattern.finditer(text, first, done)
    return out


def occurrences(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text`."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def lower_case_uses(
    text: str, is_known: Callable[[str], str | None]
) -> list[tuple[str, str, tuple[int, int]]]:
    """Known programmes written in lower case before a programme word ("such as cancer moonshot
    program"): (known name, words as written, span). `is_known` maps words to a known name or None."""
    out = []
    for match in _lower_before_word(text):
        words = match.group(1).split()
        for first in range(len(words) - 1):  # two words at least: one common word names nothing
            phrase = " ".join(words[first:])
            known = is_known(phrase)
            if known:
                start = match.start(1) + match.group(1).index(phrase)
                out.append((known, phrase, (start, start + len(phrase))))
                break
    return out


# "Under the name **Coastal Futures X**, the partners will ...": what partners do under a name is a
# programme (or initiative) of theirs. The name: capitalised words, maybe in bold or quotes.
_UNDER_NAME = re.compile(
    r"\b[Uu]nder the (?:name|banner|label)\s+[*_\"'“‘]*"
    r"([A-Z][\w&+-]*(?:[ \t]+(?:[A-Z0-9][\w&+-]*|of|for|and|the|de|du)){0,6})"
)


def under_a_name(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Names given as such ("under the name X", "under the banner X"): (name, span) each."""
    out = []
    for at in occurrences(text, "nder the "):
        match = _UNDER_NAME.match(text, at - 1) if at else None
        if match:
            name = match.group(1)
            while name.split()[-1] in {"of", "for", "and", "the", "de", "du"}:
                name = name.rsplit(None, 1)[0]
            out.append((name, (match.start(1), match.start(1) + len(name))))
    return out


# "the Project for Establishing the Kenya-Korea ICT Innovation Centre", "Programme for Project-Related
# Personal Exchange": a project or programme named by what it is for (capitalised words after "for",
# small linking words inside; the name may wrap to the next line)
_FOR_HEADS = programme_kinds("programme_for_heads")
_FOR_PREFIX = _shared_start(_FOR_HEADS)  # "Pro": the literal that opens each match, then the rest
_FOR_NAME = re.compile(
    rf"\b{re.escape(_FOR_PREFIX)}(?:{either([h[len(_FOR_PREFIX) :] for h in _FOR_HEADS])}) for (?:the )?"
    r"[A-Z][\w'’-]*"
    rf"(?:[ \t]*+\n?[ \t]*+(?:[A-Z][\w'’-]*|{either(phrase_list('for_name_links'))})){{0,15}}"
)
_FOR_LINKS = frozenset(phrase_list("for_name_links"))


def named_for(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Projects and programmes named by what they are for ("the Project for Strengthening Science
    Education in Ghana"): (name, span) each, with at least two capitalised words after "for"."""
    out: list[tuple[str, tuple[int, int]]] = []
    if _FOR_PREFIX not in text:  # a cheap pre-test
        return out
    for match in _FOR_NAME.finditer(text):
        if text[max(0, match.start() - 1) : match.start()] == "(":
            continue  # "the INDNOR programme (Programme for ...)": another name's expansion
        words = list(re.finditer(r"\S+", match.group()))
        if len(words) > 4 and words[-1].group().isupper() and words[-2].group() in {"of", "by", "at"}:
            words = words[:-2]  # "... Personal Exchange of DAAD": its owner, not its name
        while words and words[-1].group() in _FOR_LINKS:
            words.pop()
        after_for = [w.group() for w in words[2:] if w.group() not in _FOR_LINKS]
        if len(after_for) < 2 or any(w.group().endswith(("'s", "’s")) for w in words[2:-1]):
            continue
        end = match.start() + words[-1].end()
        out.append((" ".join(text[match.start() : end].split()), (match.start(), end)))
    return out


# "the joint Dutch-Vietnamese call Delta Resilience and Food Systems", "its new programme 'Blue
# Horizons'", "under the scheme Science Without Borders": a lower-case kind word after a determiner
# (and at most three modifiers), then the capitalised name it is given on the same line, maybe in
# quotes or emphasis. Two capitalised words at least; small linking words between them.
_NAMED_AFTER_KINDS = programme_kinds("programme_named_after_kinds")
_NAME_LINKS = phrase_list("kind_name_links")
_NAME_WORD = r"[A-Z][\w\u2010\u2011\u2013'’&+-]*"
_NAME_PART = rf"(?:{_NAME_WORD}|[0-9][\w-]*|{either(_NAME_LINKS)})"  # a word, a number, a small link
_NAME_AFTER_KIND = re.compile(  # (maybe after a naming verb: "the scheme known as "X Y"")
    rf"[ \t]+(?:(?:known[ \t]+as|called|named|dubbed|entitled|titled)[ \t]+)?[*_\"“‘']{{0,2}}"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_PART}){{1,8}})"
    r"(?![\w'’])"
)
# (a hard-wrapped text may break the line between them: "under their\nbilateral programme")
_DETERMINER_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their|our|this|his|her){WRAP_GAP}(?:[\w\u2010\u2011\u2013-]+{WRAP_GAP}){{0,3}}$"
)
_DETERMINER_REACH = 60  # how far before a kind word its determiner and modifiers may stand
# A call's round may open its sentence ("The first call for TC-CDR Seed Grants opens ..."): its
# determiner capitalised too (only for `programme_round_kinds`, whose names need a funding head).
_OPENING_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|our|this|his|her)|(?:^|(?<=[.!?:*#\n])[ \t]*|(?<=\n))"
    r"(?:The|A|An|Its|Their|Our|This))[ \t]+(?:[\w\u2010\u2011\u2013-]+[ \t]+){0,3}$"
)


def named_after_kind(
    text: str, kinds: Sequence[str] = _NAMED_AFTER_KINDS, opening: bool = False
) -> list[tuple[str, str, tuple[int, int]]]:
    """Names given right after a lower-case programme or call word ("the joint call Delta
    Resilience and Food Systems"): (name, name with its kind word, span of the name) each. The
    caller tells names of organisations, people and places apart. `opening`: a capitalised
    determiner that opens a sentence counts too."""
    out = []
    determiner = _OPENING_DETERMINER_BEFORE if opening else _DETERMINER_BEFORE
    for word in kinds:
        for at in occurrences(text, word):
            end = at + len(word)
            if (at and (text[at - 1].isalnum() or text[at - 1] == "-")) or text[end : end + 1].isalnum():
                continue  # inside a longer word: "programme" holds "program"
            if not determiner.search(text, max(0, at - _DETERMINER_REACH), at):
                continue
            match = _NAME_AFTER_KIND.match(text, end)
            if match is None:
                continue
            words = list(re.finditer(r"\S+", match.group(1)))
            while words and words[-1].group() in _NAME_LINKS:
                words.pop()
            capitals = [w for w in words if w.group()[:1].isupper()]
            if len(capitals) < 2 or any(w.group().endswith(("'s", "’s")) for w in words):
                continue
            start = match.start(1)
            last = words[-1].group().rstrip("'’")  # "its programme 'Blue Horizons'": the closing quote
            name = " ".join([*(w.group() for w in words[:-1]), last])
            out.append((name, f"{name} {word}", (start, start + words[-1].start() + len(last))))
    return out


# "Under the new Coral Reef Student Exchange, twelve students ...", "Under Feeding Our Cities we want
# ...", "2.1 Under the Andes Young Researchers Exchange, ...": a capitalised name after a sentence's
# opening "Under" (maybe "the", "its", "new") and before the comma or the subject pronoun that closes
# the fronted phrase is a scheme the sentence acts within. Callers drop names of bodies, agreements,
# laws and posts (see bilat.extract.components.programmes `fronted_under_candidates`).
_FRONT_WORD = r"[A-Z][\w\u2010\u2011\u2013&+'’-]*"
_FRONT_LINK = r"(?:of|for|and|the|on|in|de|du|to)"
_FRONTED_UNDER = re.compile(
    r"Under[ \t]+(?:(?:the|its|their|our)[ \t]+)?"
    r"(?:(?:new|newly[ \t]+\w+|recently[ \t]+\w+|renewed|expanded|revamped|current)[ \t]+)?"
    rf"({_FRONT_WORD}(?:[ \t]+(?:{_FRONT_WORD}|{_FRONT_LINK}|\d{{1,4}})){{1,7}})"
    r"(?=,|[ \t]+(?:we|they|both|each|all|up[ \t]+to)\b)"
)
_CLAUSE_NUMBER = re.compile(r"(?:^|[\n>])[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+$")
_FRONT_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "to"})


def fronted_under(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Names after a sentence's opening "Under" that close a fronted phrase: (name, span) each."""
    out = []
    for at in occurrences(text, "Under "):
        if not (opens_sentence(text, at) or _CLAUSE_NUMBER.search(text, max(0, at - 12), at)):
            continue
        match = _FRONTED_UNDER.match(text, at)
        if match:
            name = match.group(1)
            while name.split()[-1] in _FRONT_LINKS:
                name = name.rsplit(None, 1)[0]
            out.append((name, (match.start(1), match.start(1) + len(name))))
    return out


# "under its National Grid Strategy (NGS)", "through the Alliance for Coastal Fisheries (ACF)": what
# a party acts under or through, defined with an acronym (the scheme's long form has no body's head).
_UNDER_BEFORE = re.compile(r"\b(?:[Uu]nder|[Tt]hrough)[ \t]+(?:the|its|their|our)[ \t]+$")
_UNDER_BEFORE_REACH = 20  # how far before a long form its "under the" may start


def under_before(text: str, start: int) -> bool:
    """Whether "under the" / "through its"... stands right before `start`."""
    return _UNDER_BEFORE.search(text, max(0, start - _UNDER_BEFORE_REACH), start) is not None
