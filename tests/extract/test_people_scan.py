"""People: the sentence scan visits only the tokens where a pattern may start (a title, an
honorific, two capitalised tokens in a row) and finds the same people as a visit of every token."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.components.people import (
    _MAY_PAIR,
    _MAY_PAIR_FAST,
    NameTexts,
    SentenceScan,
    _caps,
    blocked_spans,
    contact_blocks,
    is_name_text,
    lower_words,
    may_find,
    may_name,
    name_particles,
    org_starts,
    role_matcher,
    written_lower,
)
from bilat.extract.doc import Doc, SpanIndex

from .records import prepared


class EveryToken(SentenceScan):
    """The plain scan: every token is a candidate."""

    def _candidates(self, title_at: dict[int, Any]) -> list[int]:
        return list(range(len(self.toks)))


def people(scan: SentenceScan) -> list[tuple[str, tuple[int, int], str | None, str | None]]:
    return [(p.name, p.span, p.role, p.country) for p in scan.scan()]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_the_scan_finds_what_a_visit_of_every_token_finds(
    extractor: Extractor, repo_dir: Path, name: str
) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked, acronyms = blocked_spans(doc), set(doc.data.get("acronyms", {}))
    found = 0
    for start, end in doc.sentences:
        fast = people(SentenceScan(doc, start, end, blocked, acronyms))
        assert fast == people(EveryToken(doc, start, end, blocked, acronyms))
        found += len(fast)
    assert found, "each example names people"


def plain_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@given(st.text(alphabet="AbZzÉé1-.'の", max_size=6))
def test_all_capitals_means_two_letters_or_more_all_upper_case(word: str) -> None:
    assert _caps(word) == plain_caps(word)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_the_candidates_are_titles_honorifics_and_capitalised_pairs(extractor: Extractor, name: str) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked = blocked_spans(doc)
    for start, end in doc.sentences:
        scan = SentenceScan(doc, start, end, blocked, set())
        toks = scan.toks
        pairs = {i for i in range(len(toks) - 1) if toks[i].capitalised and toks[i + 1].capitalised}
        particles = name_particles()  # ("Joost van der Meulen")
        pairs |= {i for i in range(len(toks) - 2) if toks[i].capitalised and toks[i + 1].text in particles}
        honorifics = {i for i, tok in enumerate(toks) if tok.text in scan.honorifics}
        assert scan._candidates({}) == sorted(pairs | honorifics)


def candidates(doc: Doc, start: int, end: int, blocked: SpanIndex) -> list[int]:
    scan = SentenceScan(doc, start, end, blocked, set())
    title_at = {h.start: (h.end, h) for h in role_matcher().find_span(doc, start, end)}
    return scan._candidates(title_at)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_a_sentence_skipped_by_the_pre_test_has_no_candidates(extractor: Extractor, name: str) -> None:
    doc = prepared(extractor, (EXAMPLES / name).read_text(encoding="utf-8"))
    blocked = blocked_spans(doc)
    skipped = [(s, e) for s, e in doc.sentences if not may_name(doc, s, e)]
    assert all(candidates(doc, s, e, blocked) == [] for s, e in skipped)
    assert len(skipped) < len(doc.sentences)


PIECES = [
    "Japan",
    "and",
    "met.",
    "U.S.",
    "O'Brien",
    "X'AbÉc",
    "’s",
    "2024",
    "3D",
    "21st",
    "-",
    "Ⓐb",
    "Éva",
    "é",
    "Dr",
    "Mr.",
    "Minister",
    "Prime",
    "(",
    ",",
    "*",
    "#",
    "“",
    "ǅa",
    "Ⅻ",
    "²a",
    "\n",
    "2'a",
    "2’s",
    "3",
    "4G",
    "1-A",
    "Z'x",
    "a'bÉc'dÉf",
    "Ab1",
]


@given(
    st.lists(st.sampled_from(PIECES), max_size=10),
    st.lists(st.sampled_from([" ", "", "  ", "*"]), min_size=10),
)
def test_the_pre_test_never_skips_a_sentence_with_candidates(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip() or "x"
    doc = Doc(text=text, name="t.txt", sentences=[(0, len(text))])
    if candidates(doc, 0, len(text), SpanIndex([])):
        assert may_name(doc, 0, len(text))


@given(
    st.lists(st.sampled_from(PIECES), max_size=10),
    st.lists(st.sampled_from([" ", "", "  ", "*", ","]), min_size=10),
    st.integers(0, 12),
)
def test_the_fast_pair_pattern_finds_what_the_plain_one_finds(
    words: list[str], gaps: list[str], start: int
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    start = min(start, len(text))
    plain, fast = _MAY_PAIR.search(text, start), _MAY_PAIR_FAST.search(text, start)
    assert (plain and plain.span()) == (fast and fast.span())


LOWER_PIECES = ["quantum", "Quantum", "co-chair", "o'neil", "l’état", "x", "É", "_", "-", "'", " ", "\n", "9"]


@given(st.lists(st.sampled_from(LOWER_PIECES), max_size=12), st.sampled_from([*LOWER_PIECES, "Co-Chair"]))
def test_a_word_is_written_lower_when_it_is_one_of_the_lower_words(pieces: list[str], word: str) -> None:
    text = "".join(pieces)
    expected = word.lower() in lower_words(Doc(text=text, name="t.txt"))
    assert written_lower(text, word.lower()) == expected
    for budget in (0, 10**6):  # the set of lower-case words, or a look-up per word
        texts = NameTexts(text)
        texts.LOOKUP_CHARS = budget
        assert texts.written_lower(word.lower()) == expected
        assert texts.ok(word) == (is_name_text(word) and not expected)


def plain_contact_blocks(doc: Doc, blocked: SpanIndex, acronyms: set[str]) -> list[tuple[Any, ...]]:
    """Contact blocks by the plain order of tests: the name line first, then the title line."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]
    for n, (start, end) in enumerate(lines[:-1]):
        line = doc.text[start:end]
        body = re.sub(r"^\s*(Contact|Contacts|Author|By|Written by)\s*:\s*", "", line)
        offset = start + len(line) - len(body)
        if re.search(r"[\d,;:()\[\]\"“”‘]", body):
            continue
        scan = SentenceScan(doc, offset, end, blocked, acronyms)
        k = scan.skip_honorifics(0) if scan.toks else 0  # ("Dr. Li Wei" alone on its line)
        j = scan.name_at(k, min_words=2) if scan.toks else 0
        if j == k or j != len(scan.toks):
            continue
        next_start, next_end = lines[n + 1]
        next_line = doc.text[next_start:next_end].strip()
        titles = role_matcher().find(next_line[:60])
        if titles and titles[0].start == 0:
            out.append(scan.found(k, j, next_line, (next_start, next_end)))
    return [(p.name, p.span, p.role, p.country) for p in out]


def corpus_texts(repo_dir: Path, shared_dir: Path) -> list[str]:
    folders = [
        repo_dir / "examples" / "corpus",
        shared_dir / "corpus" / "dev",
        shared_dir / "corpus" / "seeds",
    ]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


CONTACT_LINES = [
    "Contact: Ana Ruiz",
    "Ana María Ruiz Soto",
    "**Ana Ruiz**",
    "Director-General",
    "Minister of Science",
    "By: Ken Sato",
    "Dr. Li Wei",
    "the office",
    "Ana Ruiz Soto Lopez Diaz",
    "Embassy of Japan",
    "",
]


@given(st.lists(st.sampled_from(CONTACT_LINES), min_size=2, max_size=6))
def test_contact_blocks_test_the_cheap_conditions_first(extractor: Extractor, lines: list[str]) -> None:
    doc = prepared(extractor, "\n".join(lines) + "\nEnd.")
    blocked, acronyms = blocked_spans(doc), set(doc.data.get("acronyms", {}))
    found = [(p.name, p.span, p.role, p.country) for p in contact_blocks(doc, blocked, acronyms)]
    assert found == plain_contact_blocks(doc, blocked, acronyms)


def test_contact_blocks_of_the_corpus_are_those_of_the_plain_order(
    extractor: Extractor, repo_dir: Path, shared_dir: Path
) -> None:
    for text in corpus_texts(repo_dir, shared_dir):
        doc = prepared(extractor, text)
        blocked, acronyms = blocked_spans(doc), set(doc.data.get("acronyms", {}))
        found = [(p.name, p.span, p.role, p.country) for p in contact_blocks(doc, blocked, acronyms)]
        assert found == plain_contact_blocks(doc, blocked, acronyms)


def skipped_sentences_find_no_one(doc: Doc) -> int:
    """Check that a visit of every token finds no one in a sentence that `may_find` skips; the
    number of sentences skipped."""
    blocked, acronyms = blocked_spans(doc), set(doc.data.get("acronyms", {}))
    starts = org_starts(doc)
    skipped = [(s, e) for s, e in doc.sentences if not may_find(doc, s, e, starts)]
    for start, end in skipped:
        assert people(EveryToken(doc, start, end, blocked, acronyms)) == []
    return len(skipped)


def test_sentences_skipped_by_may_find_name_no_one(
    extractor: Extractor, repo_dir: Path, shared_dir: Path
) -> None:
    skipped = sum(
        skipped_sentences_find_no_one(prepared(extractor, t)) for t in corpus_texts(repo_dir, shared_dir)
    )
    assert skipped > 0


LINKED = [
    "Yuko Harayama from the Japan Science and Technology Agency visited Berlin.",
    "Yuko Harayama from Japan's Council for Science and Technology Policy visited Berlin.",
    "Ken Sato of the National Institute of Informatics visited Berlin.",
]


@pytest.mark.parametrize("text", LINKED)
def test_a_name_followed_by_an_organisation_is_scanned(extractor: Extractor, text: str) -> None:
    """No title, honorific or speech word: "from"/"of" and an organisation make the person."""
    doc = prepared(extractor, text)
    (start, end), *_ = doc.sentences
    assert may_find(doc, start, end, org_starts(doc))
    assert extractor.extract(text, name="x.txt").to_dict()["people"]


CUE_PIECES = [
    *PIECES,
    *LINKED,
    "said",
    "Said",
    "who",
    "of",
    "from the",
    "at",
    "Japan's",
    "laureate",
    "2019",
    "specialist",
    "Ministry of Education",
    "Ana Ruiz",
    "Ken Sato",
    ",",
    ".",
    "JST",
    "Japan Science and Technology Agency (JST)",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=14))
def test_may_find_never_skips_a_sentence_that_names_someone(extractor: Extractor, words: list[str]) -> None:
    doc = prepared(extractor, " ".join(words) or "x")
    skipped_sentences_find_no_one(doc)
