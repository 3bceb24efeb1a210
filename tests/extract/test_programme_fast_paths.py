"""Programmes, speed round 7: each pattern scanned only where a literal it needs stands gives the
matches of a scan of the whole text.

- `_DESCRIBED` over the paragraphs holding a lower-case programme word;
- `_APPOSED` over the paragraphs holding a programme word then a comma or dash;
- `_GLOSSED` over the lines holding a bracket opened by a quote;
- `_PAIRED` over the lines holding a place with a dash beside it (only matches with a place kept);
- `_ends_with_participle` with its cheap test against its definition.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.programmes import (
    _APPOSED,
    _DESCRIBED,
    _GLOSS_OPEN,
    _GLOSSED,
    _KIND_MARK,
    _PAIRED,
    _dashed_places,
    _ends_with_participle,
    _kind_words,
    _lines_at,
    _paragraphs_at,
    _scan,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"

FRAGMENTS = [
    "The",
    "the",
    "a",
    "an",
    "Our",
    "its",
    "This",
    "new",
    "joint",
    "three-year",
    "flagship",
    "of",
    "in",
    "for",
    "and",
    "on",
    "programme",
    "programmes",
    "program",
    "project",
    "projects",
    "initiative",
    "mission",
    "scheme",
    "schemes",
    "programmer",
    ",",
    ", ",
    " – ",
    "—",
    "--",
    "-",
    "/",
    "\u2010",
    "ArcTri",
    "HYDRO-Sol",
    "GeoNet2",
    "MARIND",
    "TERRAMAR",
    "Coastal",
    "Flood",
    "Risk",
    "Assessment",
    "Accra",
    "(CoFRAG)",
    "(ACR)",
    "*TIDERA*",
    '"Sahab"',
    "Puente",
    "Científico",
    "Ponte",
    "Scientifico",
    "(",
    ")",
    '("Science Bridge")',
    "(“Science Bridge”)",
    "( 'Bridge')",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "Brno",
    "Hsinchu",
    "UG",
    "UK",
    "Doctoral",
    "Track",
    "Grants",
    "Network",
    "Fellowship",
    "Partnership",
    "Development",
    "Quantum",
    "Materials",
    "Kenya",
    "Brazil",
    "Germany",
    "Dr",
    "Minister",
    "was",
    "will",
    "test",
    "selected",
    ".",
    "x_y",
    "É",
    "2",
]
SEPARATORS = [" ", " ", " ", "", "\t", "\n", "\n\n", " \n \n", "\n \n", "\n\n\n", "  "]


# sentences each pattern matches, cut and joined at random below
PHRASES = [
    "launching ArcTri, a joint programme on ice",
    "MARIND, a three-year project that",
    "*TIDERA*, a new flagship\nproject which",
    "GeoNet2 \u2014 the new national mission",
    "The first flagship project, HYDRO-Sol, will test",
    "The project, Coastal Flood Risk Assessment for Accra (CoFRAG), was selected",
    "Our programme --\nTERRAMAR -- will",
    "The new programme, Coastal Flood\nRisk Assessment, ran",
    'Puente Cient\u00edfico ("Science Bridge") supports',
    "Ponte Scientifico (\u201cScience Bridge\u201d) and",
    "the Brno\u2013Hsinchu Doctoral Track in Quantum Materials and Computation",
    "UG-UK Partnership Development Grants",
    "Brazil / Germany Network",
    "Kenya - UK Fellowship for Development",
]


def random_text(rng: random.Random, n: int) -> str:
    parts = []
    for _ in range(n):
        if rng.random() < 0.3:
            phrase = rng.choice(PHRASES)
            cut = rng.randint(0, len(phrase))
            phrase = rng.choice(
                [phrase, phrase[:cut], phrase[cut:], phrase.replace(" ", rng.choice(SEPARATORS), 1)]
            )
            parts.append(phrase)
        else:
            parts.append(rng.choice(FRAGMENTS))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]  # type: ignore[attr-defined]


def fast_described(text: str) -> list[re.Match[str]]:
    return list(_scan(_DESCRIBED, text, _paragraphs_at(text, _kind_words(text))))


def fast_apposed(text: str) -> list[re.Match[str]]:
    kinds = [at for at in _kind_words(text) if _KIND_MARK.match(text, at)]
    return list(_scan(_APPOSED, text, _paragraphs_at(text, kinds)))


def fast_glossed(text: str) -> list[re.Match[str]]:
    return list(_scan(_GLOSSED, text, _lines_at(text, [m.start() for m in _GLOSS_OPEN.finditer(text)])))


def places_of(text: str) -> set[tuple[int, int]]:
    """Every capitalised word as a place, and every second one: many and few places."""
    words = [m.span() for m in re.finditer(r"[A-Z][\w.]*", text)]
    return set(words[::2])


def paired(text: str, places: set[tuple[int, int]], fast: bool) -> list[tuple[tuple[int, int], ...]]:
    matches = (
        _scan(_PAIRED, text, _paragraphs_at(text, _dashed_places(text, places)))
        if fast
        else _PAIRED.finditer(text)
    )
    return spans(m for m in matches if {m.span(1), m.span(2)} & places)


def check(text: str) -> None:
    assert spans(fast_described(text)) == spans(_DESCRIBED.finditer(text))
    assert spans(fast_apposed(text)) == spans(_APPOSED.finditer(text))
    assert spans(fast_glossed(text)) == spans(_GLOSSED.finditer(text))
    places = places_of(text)
    assert paired(text, places, True) == paired(text, places, False)


def test_examples_scan_alike() -> None:
    for text in example_texts():
        check(text)


def test_random_texts_scan_alike() -> None:
    rng = random.Random(7)
    for _ in range(1500):
        check(random_text(rng, rng.randint(1, 40)))


def test_random_texts_find_matches() -> None:
    """The random texts do hold matches of every pattern (the comparison is not empty)."""
    rng = random.Random(7)
    texts = [random_text(rng, rng.randint(1, 40)) for _ in range(1500)]
    assert sum(len(fast_described(t)) for t in texts) > 20
    assert sum(len(fast_apposed(t)) for t in texts) > 20
    assert sum(len(fast_glossed(t)) for t in texts) > 20
    assert sum(len(paired(t, places_of(t), True)) for t in texts) > 20


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS + SEPARATORS + PHRASES), max_size=60))
def test_generated_texts_scan_alike(parts: list[str]) -> None:
    check("".join(parts))


def plain_ends_with_participle(name: str) -> bool:
    last = name.split()[-1] if name.split() else ""
    tail = re.split(r"[-\u2010\u2011]", last)[-1] if re.search(r"[-\u2010\u2011]", last) else ""
    return len(tail) > 2 and tail.isalpha() and tail.islower() and tail.endswith("ed")


def test_ends_with_participle_as_defined() -> None:
    names = [
        "",
        " ",
        "EU-funded",
        "the EU-funded",
        "Japan\u2010led",
        "UK-based x",
        "X-Ray",
        "a-bed",
        "Co-Funded",
        "UK\u2011based",
        "funded",
        "the -ed",
        "A-b-c-shared",
        "EU-fund3d",
    ]
    rng = random.Random(3)
    names += [random_text(rng, rng.randint(1, 6)) for _ in range(500)]
    for name in names:
        assert _ends_with_participle(name) == plain_ends_with_participle(name), name
