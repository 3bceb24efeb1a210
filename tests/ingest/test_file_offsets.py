"""Evidence offsets mapped from a document's text to its file's own text (records.md's offsets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.ingest.file_offsets import FileOffsets, file_text, offsets_for_file
from bilat.ingest.readers import read_path
from bilat.ingest.readers.html import extract_page


def _mapped(text: str, source: str, phrase: str, *, markup: bool = True) -> str | None:
    """The file text shown for the first `phrase` of the document text (None when unmapped)."""
    start = text.index(phrase)
    span = FileOffsets.build(text, source, markup=markup).span(start, start + len(phrase))
    return source[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("page", "phrase", "shown"),
    [
        # inline markup inside a phrase stays in the span; the span starts and ends on the words
        (
            "<p>Japan and <b>Sweden</b> signed a memorandum.</p>",
            "and Sweden signed",
            "and <b>Sweden</b> signed",
        ),
        # an entity is shown by the whole of it
        (
            "<p>Research &amp; Innovation Agency opened a call.</p>",
            "Research & Innovation",
            "Research &amp; Innovation",
        ),
        ("<p>On 3&nbsp;May 2024 the ministers met.</p>", "3 May 2024", "3&nbsp;May 2024"),
        ("<p>The caf&#233; meeting of the council.</p>", "café meeting", "caf&#233; meeting"),
        # navigation, scripts and comments before the text are skipped
        (
            "<nav><a>Japan news</a> | <a>Sweden</a></nav><script>var Sweden = 1;</script>"
            "<!-- Sweden --><article><p>Sweden and Japan agreed to fund joint research projects.</p>"
            "</article>",
            "Sweden and Japan",
            "Sweden and Japan",
        ),
    ],
)
def test_a_phrase_maps_to_the_markup_that_shows_it(page: str, phrase: str, shown: str) -> None:
    text = extract_page(
        f"<html><body>{page}<p>{'Filler sentence for the page body. ' * 8}</p></body></html>"
    ).text
    assert _mapped(text, page, phrase) == shown


def test_list_dashes_and_table_pipes_added_by_the_reader_are_aligned_word_by_word() -> None:
    page = (
        "<html><body><article><p>The partners named their priorities for the coming five years.</p>"
        "<ul><li>Quantum technology</li><li>Marine science</li></ul>"
        "<table><tr><td>Budget</td><td>EUR 2 million</td></tr></table></article></body></html>"
    )
    text = extract_page(page).text
    assert "- Quantum technology" in text and "|" in text
    assert _mapped(text, page, "Quantum technology") == "Quantum technology"
    assert _mapped(text, page, "EUR 2 million") == "EUR 2 million"
    assert _mapped(text, page, "- ") is None  # the reader's dash is in no file text


def test_a_text_file_with_a_byte_order_mark_and_windows_line_ends() -> None:
    data = "\ufeffTokyo, 3 May 2024\r\nJapan and Korea met in Seoul.\r\n".encode()
    source = file_text(data)
    assert source.startswith("\ufeffTokyo") and "\r" not in source
    text = "Tokyo, 3 May 2024\nJapan and Korea met in Seoul.\n"
    assert _mapped(text, source, "Korea met in Seoul", markup=False) == "Korea met in Seoul"


def test_a_title_the_reader_moved_to_the_top_is_found_where_the_file_has_it() -> None:
    source = "<p>Body text of the release comes first here.</p><h1>Joint Committee on Science</h1>"
    text = "Joint Committee on Science\nBody text of the release comes first here."
    assert _mapped(text, source, "Joint Committee") == "Joint Committee"
    assert _mapped(text, source, "release comes") == "release comes"


def test_offsets_for_file_is_none_where_the_texts_agree(tmp_path: Path) -> None:
    plain = tmp_path / "note.txt"
    plain.write_text("Japan and Korea signed an agreement in Seoul.\n", encoding="utf-8")
    doc = next(read_path(plain))
    assert offsets_for_file(plain.read_bytes(), doc) is None
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>T</title></head><body><article><h1>Japan and Korea sign a science agreement</h1>"
        f"<p>{'The two ministries agreed to fund joint research on batteries. ' * 4}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = next(read_path(page))
    offsets = offsets_for_file(page.read_bytes(), doc)
    assert offsets is not None and offsets.source == page.read_text(encoding="utf-8")
    start = doc.text.index("batteries")
    span = offsets.span(start, start + len("batteries"))
    assert span is not None and offsets.source[span[0] : span[1]] == "batteries"


_WORDS = st.lists(
    st.sampled_from(["Japan", "Korea", "signed", "an", "MoU", "on", "3", "May", "2024", "&"]),
    min_size=1,
    max_size=30,
)
_TAGS = st.sampled_from(["", "<b>", "</b>", "<span class='x'>", "</span>", "<br>", "<!-- c -->", " "])


@settings(max_examples=200, deadline=None)
@given(words=_WORDS, tags=st.lists(_TAGS, min_size=31, max_size=31))
def test_every_word_of_a_page_maps_back_to_itself(words: list[str], tags: list[str]) -> None:
    """A page built of words and inline tags: each word of its text shows as the same word."""
    escaped = ["&amp;" if w == "&" else w for w in words]
    source = "<p>" + "".join(f"{tag}{word} " for tag, word in zip(tags, escaped, strict=False)) + "</p>"
    text = " ".join(words)
    offsets = FileOffsets.build(text, source, markup=True)
    position = 0
    for word, shown in zip(words, escaped, strict=True):
        start = text.index(word, position)
        position = start + len(word)
        span = offsets.span(start, position)
        assert span is not None and source[span[0] : span[1]] == shown


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(max_size=300),
    source=st.text(max_size=300),
    start=st.integers(-5, 320),
    length=st.integers(0, 50),
)
def test_any_texts_give_a_span_inside_the_file_or_none(
    text: str, source: str, start: int, length: int
) -> None:
    for markup in (True, False):
        span = FileOffsets.build(text, source, markup=markup).span(start, start + length)
        assert span is None or 0 <= span[0] < span[1] <= len(source)


@pytest.mark.parametrize(
    "source",
    [
        "<!--" * 20_000,  # comments that never close
        "<script>" * 20_000,
        "<b>" * 50_000 + "text",
        "&amp;" * 50_000,
        "word " * 50_000,
    ],
)
def test_hostile_markup_is_aligned_without_error(source: str) -> None:
    text = "word text & more words\n" * 2_000
    offsets = FileOffsets.build(text, source, markup=True)
    span = offsets.span(0, 4)
    assert span is None or 0 <= span[0] < span[1] <= len(source)
