"""The gazetteer scanner's fast paths find exactly what the plain definition finds: the longest
key at each token (several-word names from a capitalised token, ending on a capitalised word or a
lower-case tail; one-word names and acronyms as written), longest first, never overlapping."""

from __future__ import annotations

import marshal
import re
import sys
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.reference import OrgIndex
from bilat.extract.reference.gazetteer import (
    _CJK,
    MAX_TOKENS,
    TOKEN_PATTERN,
    ListGazetteer,
    Match,
    _fold,
    _Table,
    _token_list,
)
from bilat.extract.reference.text import Hit, longest_first

TOKEN = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class Entry:
    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None
    curated: bool = True
    preferred: bool = False


ENTRIES = [
    Entry("National Institute of Informatics", acronyms=("NII",)),
    Entry("National Institute of Advanced Industrial Science and Technology", acronyms=("AIST",)),
    Entry("Centre national de la recherche scientifique", acronyms=("CNRS",)),
    Entry("Max-Planck-Gesellschaft", aliases=("Max Planck Society",), acronyms=("MPG",)),
    Entry("eHealth Network"),
    Entry("eHealth"),
    Entry("iGEM Foundation", acronyms=("iGEM",)),
    Entry("The Royal Society"),
    Entry("Πανεπιστήμιο Αθηνών ΣΧΟΛΗ"),
    Entry("ΟΔΟΣ.Α Institute"),  # lower-cased as a whole: "οδοσ.α" (no final sigma before ".α")
    Entry("東京大学", acronyms=("UTokyo",)),
    Entry("Dr. Hadwen Trust"),
    Entry("Science and Technology Facilities Council", acronyms=("STFC",)),
    Entry("“Smart” Cities Institute", acronyms=("#SCI",)),  # names that start with a mark
    # Pairs that start keys of many sizes ("science and ...", "research council ..."): the scanner
    # tries those sizes after a look-up of the first three tokens (`_Table.triples`).
    Entry("Science and Technology Agency"),
    Entry("Science and Engineering Research Board"),
    Entry("Science and Innovation Council of Chile"),
    Entry("Science and Technology Policy Research Institute"),
    Entry("Research Council", acronyms=("AB", "AB-C")),
    Entry("Research Council of Norway"),
    Entry("Research Council for Natural Sciences"),
    Entry("Research Council for Arts and Humanities"),
    # Acronyms of several tokens, and one-token keys that also start longer ones.
    Entry("Agency for Science, Technology and Research", acronyms=("A*STAR",)),
    Entry("STAR Lab", acronyms=("STAR",)),
]

NAMES = [n for e in ENTRIES for n in (e.name, *e.aliases, *e.acronyms)]
# Text pieces: the words of the names, as written, in lower case and in capitals, and others.
WORDS = sorted(
    {w for n in NAMES for w in re.findall(r"\S+", n)}
    | {w.lower() for n in NAMES for w in re.findall(r"\S+", n)}
    | {w.upper() for n in NAMES for w in re.findall(r"\S+", n)}
    | set(re.findall(r"\S+", "Max Planck Dr - – . , ( ) ' ’ said met Σ 東京 大学 İ Finland A * of"))
)


@pytest.fixture(scope="module")
def gazetteer() -> ListGazetteer[Entry]:
    return ListGazetteer(ENTRIES)


def plain_find(g: ListGazetteer[Entry], text: str) -> list[tuple[int, int, str, list[str], bool]]:
    """The definition, token by token: no candidate filters, no shared caches."""
    folded = _fold(text)
    found = list(TOKEN.finditer(folded))
    toks = [m.group() for m in found]
    lower = folded.lower()
    lowered = TOKEN.findall(lower) if len(lower) == len(folded) else []
    if len(lowered) != len(toks):
        lowered = [t.lower() for t in toks]
    spans = []
    for i in range(len(toks)):
        for seq, table, loose in ((lowered, g._loose, True), (toks, g._exact, False)):
            if loose and toks[i][0].islower():
                continue
            sizes = range(min(MAX_TOKENS, len(toks) - i), 1 if loose else 0, -1)
            size = next((n for n in sizes if " ".join(seq[i : i + n]) in table.keys), 0)
            if not size:
                continue
            key = " ".join(seq[i : i + size])
            if loose and toks[i + size - 1][0].islower() and key not in g._lower_tail:
                continue
            spans.append((i, size, table.keys[key], not loose))
    spans.sort(key=lambda span: span[0])
    hits = [Hit(n, found[i].start(), found[i + size - 1].end()) for n, (i, size, _, _) in enumerate(spans)]
    out = []
    for hit in longest_first(hits, len(text)):
        numbers, exact = spans[hit.pattern][2:]
        numbers = [numbers] if isinstance(numbers, int) else numbers
        surface = text[hit.start : hit.end]
        names = [g.entry(n).name for n in numbers]
        out.append((hit.start, hit.end, surface, names, exact and surface in g._acronyms))
    return out


def shown(matches: list[Match[Entry]]) -> list[tuple[int, int, str, list[str], bool]]:
    return [(m.start, m.end, m.surface, [c.name for c in m.candidates], m.by_acronym) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "The National Institute of Advanced Industrial Science and Technology (AIST) met NII.",
        "the national institute of informatics said; the Centre national de la recherche scientifique",
        "Max-Planck-Gesellschaft, the Max Planck Society and MPG; eHealth Network and eHealth; iGEM",
        "NATIONAL INSTITUTE OF INFORMATICS and The Royal Society, Πανεπιστήμιο Αθηνών ΣΧΟΛΗ, 東京大学",
        "The ΟΔΟΣ.Α Institute and the Οδοσ.α Institute",
        "Dr. Hadwen Trust; Science and Technology Facilities Council; Science and Technology",
        'The “Smart” Cities Institute (#SCI), “smart” cities institute and "Smart" Cities Institute',
        "Science and Technology Agency, Science and Technology Policy Research, Science and Art",
        "Research Council of Finland, the Research Council of Norway and the Research Council for Arts",
        "A*STAR, A * STAR, A*STAR Lab, STAR Lab, AB, AB-C and AB - C",
    ],
)
def test_the_scanner_matches_the_plain_definition(gazetteer: ListGazetteer[Entry], text: str) -> None:
    assert shown(gazetteer.find(text)) == plain_find(gazetteer, text)
    assert gazetteer.find(text), "each example names something"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "\n", "  ", "\u00a0"])), max_size=40)
)
def test_the_scanner_matches_the_plain_definition_on_any_text(
    gazetteer: ListGazetteer[Entry], parts: list[tuple[str, str]]
) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert shown(gazetteer.find(text)) == plain_find(gazetteer, text)


def test_a_restored_gazetteer_scans_like_the_built_one(gazetteer: ListGazetteer[Entry]) -> None:
    restored: ListGazetteer[Entry] = ListGazetteer([])
    restored.restore(marshal.loads(marshal.dumps(gazetteer.state())))
    restored.entries = gazetteer.entries
    text = " ".join(WORDS) + " eHealth Network, iGEM and the Centre national de la recherche scientifique"
    assert shown(restored.find(text)) == shown(gazetteer.find(text))
    assert restored.state() == gazetteer.state()


def test_the_triples_follow_the_keys() -> None:
    table = _Table(cased=False)
    for n, key in enumerate(["a b", "a b c", "a b c d", "a b c x"]):
        table.add(key.split(), n)
    assert table.triples() == {}  # "a b" starts keys of two sizes of three tokens or more: too few
    table.add(["a", "b", "x", "y", "z"], 4)
    assert table.triples() == {"a b c": 0b11000, "a b x": 0b100000}  # bit n: a key of n tokens


def test_the_organisation_index_matches_the_plain_definition(orgs: OrgIndex) -> None:
    text = (
        "Kyoto University and the Japan Society for the Promotion of Science (JSPS) met the "
        "Deutsche Forschungsgemeinschaft, the national research foundation of Korea and Dr. Smith."
    )
    assert shown(orgs.find(text)) == plain_find(orgs, text)  # type: ignore[arg-type]


def test_lower_casing_keeps_every_character_in_its_token_class() -> None:
    """Why lower-casing each token equals cutting the lower-cased text (without a capital sigma)."""
    classes = [
        re.compile(rf"[^\W{_CJK}]"),
        re.compile(rf"[{_CJK}]"),
        re.compile(r"[^\w\s]"),
        re.compile(r"\s"),
    ]

    def kind(char: str) -> list[bool]:
        return [bool(c.match(char)) for c in classes]

    moved = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and len(lower := chr(code).lower()) == 1
        and lower != chr(code)
        and kind(lower) != kind(chr(code))
    ]
    assert moved == []


@given(
    st.text(
        alphabet=st.sampled_from([*"aZ9_ .,-(\n\t", "\u00a0", "東", "の", "é", "Σ", "İ", "\u3000"]),
        max_size=30,
    )
)
def test_the_gapped_scan_gives_the_plain_tokens(text: str) -> None:
    assert _token_list(text) == TOKEN.findall(text)
