"""Organisations named by one capitalised word that an apposition describes: "Deltares, the Dutch
institute for water research," or "Rijkswaterstaat, the Dutch public works agency". The name has
no head word of its own; the apposition's last word is one (in lower case). Also a company named
by one to three words after a lower-case noun that calls it one: "the state company INVAP will
build", "the Korean company Satrec Initiative acting as ...". And a company named by one to three
capitalised words before a title only a company's officer holds, before the holder's name
("Samsung Electronics Chairman Lee Jae-yong", "Embraer CEO Francisco Gomes Neto")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bilat.extract.doc import Doc, Mention
from bilat.extract.naming import states_in
from bilat.extract.phrases import name_words
from bilat.extract.resources import LiteralGate, load_lines, load_yaml, longest_first

_MAX_LOWER_WORDS = 4  # lower-case words between the nationality and the head ("food and biotech research")
# Link words that no describing word before the head is: "NAME, the chief scientist of the institute"
# describes a person's office, not a body ("and" may stand: "food and biotech research institute").
_LINKS = "(?:of|the|to|at|in|for|on|with|from|by|a|an|its|their)"


@dataclass
class Appositive:
    """A name found by its apposition, with the country that the apposition names."""

    start: int
    end: int
    country: str | None


@functools.cache
def _pattern() -> re.Pattern[str]:
    """NAME, the [Nationality] [lower words] head (, | for | of | in | that | which | .), or NAME,
    Country's [lower words] head ("Vinnova, Sweden's innovation agency", "Ceibal, Uruguay's centre
    for digital innovation"): the owner's possessive stands for the article."""
    heads, weak, _ = name_words()
    heads_alt = longest_first(h.lower() for h in heads - weak if " " not in h and h.isalpha())
    return re.compile(
        r"(?<![\w'’-])(?P<name>[A-ZÀ-Þ][^\W\d_]+),\s+(?:the\s+|(?P<owner>(?=[A-Z][a-z]+['’]s\s)))"
        rf"(?P<desc>(?:[A-Z][a-z]+(?:['’]s)?\s+)?(?:(?!{_LINKS}\s)[a-z-]+\s+){{0,{_MAX_LOWER_WORDS}}}(?:{heads_alt}))"
        r"(?=\s*[,.;]|\s+(?:for|of|in|on|that|which|based|responsible)\b)"
    )


# (a capitalised word or an acronym right before, on the same line: the name runs on before it)
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w&-])(?!(?:The|A|An|By|For|With|And|From|At|In|Of|On|To|As|Like|Including)\b)[A-Z][\w&-]*[ \t]$"
)
# (what every apposition holds right after its name: "the" or an owner's possessive)
_COMMA_THE = re.compile(r",\s+(?:the\s|[A-Z][a-z]+['’]s\s)")


def apposition_matches(text: str) -> list[re.Match[str]]:
    """The matches of the apposition pattern in `text`, as its `finditer` finds them: the pattern is
    tried only at the start of the word before each ", the " (a name is a whole word, so no other
    start can match), not at every character."""
    pattern = _pattern()
    out = []
    for comma in _COMMA_THE.finditer(text):
        start = comma.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # (the regex's \w)
            start -= 1
        match = pattern.match(text, start) if start < comma.start() else None
        if match is not None:
            out.append(match)
    return out


def appositive_names(doc: Doc) -> list[Appositive]:
    """Every one-word organisation name described by an apposition that ends in a head word."""
    out = []
    for match in apposition_matches(doc.text):
        start, end = match.span("name")
        if doc.in_span("country", start, end) or doc.in_span("city", start, end):
            continue  # "Bandung, the university city": a place
        if _NAME_WORD_BEFORE.search(doc.text, max(0, start - 40), start):
            continue  # ("MIMOS Berhad, Malaysia's ... agency": the last word of a longer name)
        if (
            not _inside_sentence(doc.text, start)
            and not _named_inside_a_sentence(doc.text, match["name"])
            and not _owned_name(doc.text, match)
        ):
            continue  # "Meanwhile, the agency ...": a capital that only starts a sentence
        desc_start, desc_end = match.span("desc")
        if match["owner"] is not None and "and" in match["desc"].split()[1:-1]:
            continue  # (a possessive apposition holds only a body's own describing words: `_LINKS`
            # keeps every other link out of them, "Japan's ambassador to the agency")
        countries = states_in(doc, desc_start, desc_end) or _state_after(doc, desc_end)
        country = str(countries[0].attrs["code"]) if countries else None
        out.append(Appositive(start, end, country))
    return out


_OF_STATE = re.compile(r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?")


def _state_after(doc: Doc, end: int) -> list[Mention]:
    """The state named right after an apposition's head ("the national power company of Iceland")."""
    link = _OF_STATE.match(doc.text, end)
    if link is None:
        return []
    return [m for m in states_in(doc, link.end(), link.end() + 40) if m.start == link.end()]


def _owned_name(text: str, match: re.Match[str]) -> bool:
    """True for a name that a possessive apposition describes ("Ceibal, Uruguay's centre for ...")
    at a sentence's start, when it is no sentence adverb ("Meanwhile, Japan's agency ...") and the
    text names it again (as no sentence adverb is)."""
    name = match["name"]
    if match["owner"] is None or name in load_lines("name_stopwords.txt"):
        return False
    return text.count(name) > 1


def _inside_sentence(text: str, start: int) -> bool:
    """True when a word, not a sentence end or a line start, comes before `start`."""
    end = start  # (the text before `start` without its trailing spaces, copying nothing)
    while end and text[end - 1] in " \t":
        end -= 1
    return bool(end) and (text[end - 1].isalnum() or text[end - 1] in ",;:)’'")


def _named_inside_a_sentence(text: str, name: str) -> bool:
    """True when `name` also occurs inside a sentence somewhere in the text."""
    return any(
        _inside_sentence(text, m.start()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


_NOUN_REACH = 40  # how far before the noun a country or city qualifies it ("the Bariloche-based ...")
_CLAUSE_MARKS = frozenset(",;.:()\n")


@functools.cache
def company_nouns() -> frozenset[str]:
    """The lower-case nouns that name a company or a body ("company", "firm", "institute")."""
    return frozenset(str(n) for n in load_yaml("org_heads.yaml").get("company_nouns", []))


# A determiner (or possessive) and up to three lower-case words before a body's noun ("the ", "the
# agency's international "): "the president of the institute", "at its international office".
BODY_DETERMINED = r"(?:the|its|this|our|their)[ \t\n]+(?:[a-z-]+(?:['’]s)?[ \t\n]+){0,3}"


@functools.cache
def _company_pattern() -> re.Pattern[str]:
    """A company noun in lower case, then one capitalised word (or two or three: `more`) that a
    lower-case word (`next`) or a mark follows ("company INVAP will", "firm Kvanttori,", "company
    Satrec Initiative acting"); the name may stand after a comma as an apposition that a comma
    closes ("a beef exporter, Frigorífico Del Sur, has")."""
    alternation = longest_first(company_nouns())
    return re.compile(
        rf"(?<![\w-])(?:{alternation})(?:[ \t]+|[ \t]*\n[ \t]*|,[ \t]+(?=[^,;.\n]{{2,60}},))"  # (may wrap)
        r"(?P<name>[A-ZÀ-Þ][\w&-]*+)"
        r"(?:(?=[ \t]+[a-z]|[,.;:)])"  # one word, or two or three:
        r"|(?P<more>(?:[ \t]+[A-ZÀ-Þ][\w&-]*+){1,2})(?=[ \t]+(?P<next>[a-z]+)|[,.;:)]))"
    )


@functools.cache
def _company_noun_gate() -> LiteralGate:
    """Whether a text holds a company noun (`_company_pattern` needs one)."""
    return LiteralGate(company_nouns())


def company_names(doc: Doc) -> list[Appositive]:
    """Every one-word company name after a company noun, with the country named just before the
    noun in the same clause ("the Italian firm X", "the Bariloche-based state company X")."""
    if not _company_noun_gate()(doc.text):
        return []
    heads = name_words()[0]
    out = []
    stopwords = load_lines("name_stopwords.txt")
    for match in _company_pattern().finditer(doc.text):
        start, end = match.span("name")
        name = match["name"]
        if name in heads or doc.in_span("country", start, end) or doc.in_span("city", start, end):
            continue
        if len(name) < 2 or (name.isupper() and len(name) < 3) or name in stopwords:
            continue  # ("the agency In turn ...": a function word starts the next clause)
        before = doc.text[max(0, start - 8) : start].rstrip(" \t")
        if before.endswith(",") and _office_of(doc.text, match.start()):
            continue  # "the president of the institute, Han Min-jae,": the office's holder, no company
        if match["more"] is not None:
            if not _company_words(doc, match, heads, stopwords):
                continue
            end = match.end("more")
            if _is_place(doc, start, end):
                continue  # ("an association New Zealand has joined": a state's name, no company)
        out.append(Appositive(start, end, _country_before(doc, match.start())))
    return out


def _is_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a country or city mention spans the whole of [start, end)."""
    places = doc.in_span("country", start, end) + doc.in_span("city", start, end)
    return any(m.start == start and m.end == end for m in places)


_OFFICE_REACH = 60  # how far before a company noun the office it belongs to is read


@functools.cache
def lower_offices() -> frozenset[str]:
    """Offices of one word in lower case (roles.yaml `titles` and `lower_case_titles`): "president"."""
    data = load_yaml("roles.yaml")
    words = {str(t).lower() for t in data.get("titles", []) if " " not in str(t)}
    words |= {str(t) for t in data.get("lower_case_titles", []) if " " not in str(t)}
    return frozenset(w for w in words if w[:1].islower())


@functools.cache
def _office_before() -> re.Pattern[str]:
    """An office in lower case, then "of"/"at" and "the" (or a possessive) and up to three lower-case
    words, at the end of a text: "the president of the", "the head of the agency's international"."""
    data = load_yaml("roles.yaml")
    words = {str(t).split()[0] for t in data.get("lower_titles", []) if str(t).endswith((" of", " at"))}
    words |= {str(t) for t in data.get("role_nouns", [])}
    alternation = longest_first({*lower_offices(), *(w for w in words if w[:1].islower())})
    return re.compile(rf"(?<![\w-])(?:{alternation})[ \t\n]+(?:of|at)[ \t\n]+{BODY_DETERMINED}$")


def _office_of(text: str, start: int) -> bool:
    """True when the company noun at `start` is the body of an office written just before it."""
    return _office_before().search(text[max(0, start - _OFFICE_REACH) : start]) is not None


def _company_words(doc: Doc, match: re.Match[str], heads: frozenset[str], stopwords: frozenset[str]) -> bool:
    """True for a company's name of two or three capitalised words ("the Korean company Satrec
    Initiative acts", "the analytics firm Kurogane Analytics will"): none a head word, a function
    word or a place, and no joining word after it (not "Korea Institute" of "Korea Institute of ...")."""
    words = match["more"].split()
    if match["next"] in name_words()[2] or any(w in heads or w in stopwords for w in words):
        return False
    start, end = match.span("more")
    return not (doc.in_span("country", start, end) or doc.in_span("city", start, end))


def _country_before(doc: Doc, start: int) -> str | None:
    """The country of the last state or city named in the clause right before `start` (a single
    line break of a hard-wrapped text does not end the clause: "the Israeli⏎water utility X")."""
    low = max(0, start - _NOUN_REACH)
    text = doc.text
    for n in range(start - 1, low - 1, -1):
        if text[n] == "\n" and n > 0 and text[n - 1] not in _CLAUSE_MARKS and text[n + 1 : n + 2] != "\n":
            continue
        if text[n] in _CLAUSE_MARKS:
            low = n + 1
            break
    places = [*states_in(doc, low, start), *doc.in_span("city", low, start)]
    if not places:
        return None
    return str(max(places, key=lambda m: m.start).attrs["code"])


_TITLED_MAX_WORDS = 3  # capitalised words of a company's name before an officer's title


@functools.cache
def _titled_pattern() -> re.Pattern[str]:
    """One to three capitalised words, an officer's title (org_heads.yaml `company_titles`) and the
    start of a capitalised name (after an honorific, if any)."""
    titles = longest_first(load_yaml("org_heads.yaml").get("company_titles", [])).replace(r"\ ", r"[ \t]+")
    more = _TITLED_MAX_WORDS - 1
    return re.compile(
        rf"(?<![\w&'’.-])(?P<name>[A-ZÀ-Þ][\w&-]*+(?:[ \t]+[A-ZÀ-Þ][\w&-]*+){{0,{more}}})"
        rf"[ \t]+(?:{titles})[ \t]+"
        r"(?=(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ \t]+)?[A-ZÀ-Þ](?:[a-zà-ÿ]|\.[ \t]))"
    )


@functools.cache
def _titled_gate() -> LiteralGate:
    """Whether a text holds an officer's title (`_titled_pattern` needs one)."""
    return LiteralGate(f" {t} " for t in load_yaml("org_heads.yaml").get("company_titles", []))


_WORD_BEFORE = re.compile(r"[A-ZÀ-Þ][\w&'’.-]*[ \t]+$")


@functools.cache
def _title_qualifiers() -> frozenset[str]:
    """Words that qualify an officer's title and are no company's ("Board Chairman", "Former CEO")."""
    return frozenset(load_yaml("org_heads.yaml").get("company_title_qualifiers", []))


def titled_companies(doc: Doc) -> list[Appositive]:
    """Every company named right before an officer's title and the holder's name, with no country
    (the organisations step places it as any name read from the text)."""
    text = doc.text
    if not _titled_gate()(text):
        return []
    qualifiers = _title_qualifiers()
    stopwords = load_lines("name_stopwords.txt")
    out = []
    for match in _titled_pattern().finditer(text):
        start, end = match.span("name")
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and before.group().rstrip() not in qualifiers:
            continue  # (a longer capitalised run: the company's name may start before the match)
        words = list(re.finditer(r"\S+", text[start:end]))
        while words and words[0].group() in qualifiers:
            words.pop(0)
        while words and words[-1].group() in qualifiers:
            words.pop()
        if not words or words[0].group() in stopwords:
            continue  # (a function word or a field first: no company's name)
        start, end = start + words[0].start(), start + words[-1].end()
        if len(words) == 1 and words[0].group().isupper():
            continue  # (an acronym: the reference and the definitions read those)
        first_end = start + len(words[0].group())
        if states_in(doc, start, first_end) or doc.in_span("city", start, first_end):
            continue  # ("Korea CEO", "Korean Air Chairman"): a place first, or a body named by one
        out.append(Appositive(start, end, None))
    return out


# "companies, including Samsung Electronics, LG and SK hynix", "firms such as Embraer and Natura":
# a plural company noun, a word that opens examples, then a list of names of one to three words.
_LISTING = (
    r"(?:,?[ \t\n]+(?:including|include|includes|included|such[ \t\n]+as|like|notably|namely"
    r"|among[ \t\n]+them)|:)[ \t\n]+"
)
# (a list item's word: capitalised, or in lower case after capitals, as a brand's "SK hynix" is)
_NOT_BRAND = r"(?:and|or|with|to|in|of|at|for|from|on|by|as|will|are|is|have|has)(?![\w-])"
_ITEM = rf"(?:[A-ZÀ-Þ][\w&.'’+-]*+|(?<=[A-Z][ \t\n])(?!{_NOT_BRAND})[a-z][\w-]*+)"
_LIST_ITEM = re.compile(rf"{_ITEM}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_ITEM}){{0,3}}")  # (may wrap)
_CUT_ITEM = re.compile(r"[ \t]+[A-ZÀ-Þ]")  # (more capitalised words: a longer name, not read here)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # ("SMEs": a kind of company, none by name)
_LIST_JOINT = re.compile(r"(?:,[ \t\n]*(?:and[ \t\n]+|&[ \t\n]+)?|[ \t\n]+(?:and|&)[ \t\n]+)")
_LIST_MAX_ITEMS = 12


# "the laser manufacturers Light Conversion and Ekspla", "the Vietnamese groups Viettel and FPT":
# "the", up to three lower-case or national words, a plural company noun, then the names right after
# it with no word that opens examples; read only as a list of two names or more joined by "and".
_DETERMINED_PLURAL = r"(?<![\w-])[Tt]he[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?"


# "Polish power companies ZE PAK and PGE": a nation's adjective (no article) and up to two lower-case
# words before the plural noun; read only when the adjective is a state's and the list has an "and".
_NATIONAL_PLURAL = r"(?<![\w-])(?P<nation>[A-ZÀ-Þ][\w-]+)[ \t\n]+(?:[a-z-]+[ \t\n]+){0,2}?"


@functools.cache
def _listing_pattern() -> re.Pattern[str]:
    nouns = longest_first(load_yaml("org_heads.yaml").get("company_plurals", []))
    return re.compile(
        rf"(?<![\w-])(?:{nouns}){_LISTING}(?=[A-ZÀ-Þ])"
        rf"|{_DETERMINED_PLURAL}(?:{nouns})(?P<direct>[ \t]+)(?=[A-ZÀ-Þ])"
        rf"|{_NATIONAL_PLURAL}(?:{nouns})(?P<national>[ \t]+)(?=[A-ZÀ-Þ])"
    )


@functools.cache
def _listing_gate() -> LiteralGate:
    return LiteralGate(str(n) for n in load_yaml("org_heads.yaml").get("company_plurals", []))


def listed_companies(doc: Doc) -> list[Appositive]:
    """The companies listed after a plural company noun and "including", "such as", "like" or a
    colon, each of one to three capitalised words; an item with a head word, a place or a field's
    word is left to the other readings (and ends the list when it is no name at all)."""
    text = doc.text
    if not _listing_gate()(text):
        return []
    heads = name_words()[0]
    stopwords = load_lines("name_stopwords.txt")
    out: list[Appositive] = []
    for match in _listing_pattern().finditer(text):
        country = _country_before(doc, match.start())
        if match["national"] is not None:
            nation = states_in(doc, *match.span("nation"))
            if not nation:
                continue  # ("Major companies X and Y": no state's adjective)
            country = str(nation[0].attrs["code"])
        items = _list_items(doc, match.end(), country, heads, stopwords)
        direct = match["direct"] is not None or match["national"] is not None
        if direct and not (len(items) > 1 and items[-1][1] == "and"):
            continue  # (one name, or names with no "and" before the last: no list)
        out.extend(item for item, _ in items if item is not None)
    return out


def _list_items(
    doc: Doc, position: int, country: str | None, heads: frozenset[str], stopwords: frozenset[str]
) -> list[tuple[Appositive | None, str]]:
    """The items of a list of companies from `position` on, each with the joint word before it
    ("and", or "" for a comma or none); an item left to the other readings is None."""
    text = doc.text
    out: list[tuple[Appositive | None, str]] = []
    joint_word = ""
    for _ in range(_LIST_MAX_ITEMS):
        item = _LIST_ITEM.match(text, position)
        if item is None:
            break
        start, end = item.span()
        words = item.group().split()
        stop = next((n for n, w in enumerate(words[:-1]) if _sentence_end(w)), None)
        if stop is not None:  # ("... and Fujifilm.\nOn the other side": the next sentence)
            words = words[: stop + 1]
            end = start + item.group().index(words[-1]) + len(words[-1])
        if _sentence_end(words[-1]):
            end -= 1  # (the sentence's period)
        if stop is None and words[-1].islower() and not _LIST_AFTER.match(text, end):
            break  # ("companies: IIA grants of 30%": an acronym and a noun in running text)
        plain = not any(w.rstrip(".") in heads for w in words) and words[0] not in stopwords
        plain = plain and not _PLURAL_ACRONYM.fullmatch(words[0])
        if stop is None and _CUT_ITEM.match(text, item.end()):
            break  # (but the next sentence's capitals do not make the last item longer)
        placed = doc.in_span("country", start, end) or doc.in_span("city", start, end)
        kept = plain and not placed and not _opens_clause(words)
        out.append((Appositive(start, end, country) if kept else None, joint_word))
        if stop is not None:
            break
        joint = _LIST_JOINT.match(text, item.end())
        if joint is None:
            break
        joint_word = "and" if re.search(r"(?:and|&)[ \t\n]*$", joint.group()) else ""
        position = joint.end()
    return out


# (what may follow a list's item: the next item's joint, or the end of the list or sentence)
_LIST_AFTER = re.compile(r"[ \t]*(?:[,;:.)]|\n|$|(?:and|&|or)[ \t\n])")


def _sentence_end(word: str) -> bool:
    """True for a word that ends with the sentence's period, not with an abbreviation's ("Fujifilm.",
    not "Co." nor "S.A.")."""
    return word.endswith(".") and not word.endswith(("Co.", "Inc.", "Corp.", "Ltd.")) and "." not in word[:-1]


def _opens_clause(words: list[str]) -> bool:
    """True for words that open a clause, not a name ("The", "It")."""
    return words[0] in {"The", "A", "An", "It", "They", "Its", "Their", "This", "These"}
