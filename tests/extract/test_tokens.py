"""Sentence tokens: the fast tokeniser gives the same tokens and offsets as a plain regex scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.sentences import split_sentences
from bilat.extract.doc import Doc
from bilat.extract.phrases import (
    _ABBREVIATION,
    _TOKEN,
    Token,
    doc_tokens,
    name_phrases,
    name_phrases_at,
    token_cut,
    tokens,
)


def scanned(text: str, start: int, end: int) -> list[Token]:
    """The tokens by the obvious method: one match object per token."""
    out = []
    for match in _TOKEN.finditer(text, start, end):
        word, (s, e) = match.group(), match.span()
        if word[-1] == "." and len(word) > 1 and not _ABBREVIATION.fullmatch(word):
            out += [Token(s, e - 1, word[:-1], name_like(word[:-1])), Token(e - 1, e, ".", False)]
        else:
            out.append(Token(s, e, word, name_like(word)))
    return out


def name_like(word: str) -> bool:
    """An upper-case initial, or a number-like word such as "21st"."""
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def test_offsets_point_at_the_words() -> None:
    text = "  **The Embassy of Japan** # signed (MoU) with U.S. partners on 21st May."
    for tok in tokens(text, 0, len(text)):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokens(text, 0, len(text))][-2:] == ["May", "."]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("aZ9. ,;:'’\"“()*#\n\té日U.S-")), max_size=60),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 60)),
)
def test_same_tokens_as_a_plain_scan(text: str, cut: tuple[int, int]) -> None:
    start, end = sorted(min(c, len(text)) for c in cut)
    assert tokens(text, start, end) == scanned(text, start, end)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("aZ9. ,;:'’\"“()*#\n\té日U.S-")), max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4),
)
def test_doc_tokens_are_the_tokens_of_the_span(text: str, cuts: list[tuple[int, int]]) -> None:
    """Spans are cut from the tokens of their sentence, and give what tokenising them gives."""
    doc = Doc(text=text, name="example.txt")
    doc.set_sentences(split_sentences(text))
    spans = list(doc.sentences) + [tuple(sorted(min(c, len(text)) for c in cut)) for cut in cuts]
    for start, end in spans:
        assert doc_tokens(doc, start, end) == tokens(text, start, end)


def test_name_phrases_join_capitalised_words_and_connectors() -> None:
    text = (
        "The Embassy of Japan in Germany welcomed the Ministry of Education, Culture, Sports, "
        "Science and Technology, said Dr. Ana Ruiz."
    )
    doc = Doc(text=text, name="example.txt")
    doc.set_sentences(split_sentences(text))
    phrases = [text[p.start : p.end] for p in name_phrases(doc, *doc.sentences[0])]
    assert phrases == [
        "The Embassy of Japan in Germany",
        "Ministry of Education, Culture, Sports, Science and Technology",
        "Dr. Ana Ruiz",
    ]


WORDS = [
    "Ministry",
    "of",
    "the",
    "Science",
    ",",
    "and",
    "&",
    "in",
    "Japan",
    "Embassy",
    "said",
    "U.S.",
    "(",
    "3D",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=24),
    offsets=st.lists(st.integers(0, 200), max_size=6),
)
def test_name_phrases_at_are_the_phrases_that_hold_an_offset(words: list[str], offsets: list[int]) -> None:
    """Phrases made only around the offsets are those of the whole sentence that hold one."""
    text = " ".join(words)
    offsets = sorted(o for o in offsets if o <= len(text))
    whole = Doc(text=text, name="whole.txt", sentences=[(0, len(text))])
    around = Doc(text=text, name="around.txt", sentences=[(0, len(text))])
    expected = [p for p in name_phrases(whole, 0, len(text)) if any(p.start <= o < p.end for o in offsets)]
    assert name_phrases_at(around, 0, len(text), offsets) == expected
    assert name_phrases_at(whole, 0, len(text), offsets) == expected  # (from the cached phrases)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("aZ9. ,;:'’\"“()*#\n\té日U.S-")), max_size=60),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 60)),
)
def test_a_cut_lists_the_capitalised_tokens(text: str, cut: tuple[int, int]) -> None:
    doc = Doc(text=text, name="example.txt")
    doc.set_sentences(split_sentences(text))
    start, end = sorted(min(c, len(text)) for c in cut)
    for span in [*doc.sentences, (start, end)]:
        toks = token_cut(doc, *span)
        assert toks.tokens == doc_tokens(doc, *span)
        assert toks.capitals == [i for i, tok in enumerate(toks.tokens) if tok.capitalised]
        assert toks.starts == [tok.start for tok in toks.tokens]
