"""The gazetteer's cut of a text: the capitalised tokens where the scan looks names up, their
lower-cased pairs with the next token (the first look-up of a several-word name), and the
character spans of token spans."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.reference.gazetteer import TOKEN_PATTERN, _Cut
from bilat.extract.reference.text import Hit

TOKEN = re.compile(TOKEN_PATTERN)


def test_a_sentence_with_names() -> None:
    cut = _Cut("The National Institute of Informatics and the University of Tokyo")
    capitalised = [cut.toks[i] for i in cut.capitals()]
    assert capitalised == ["The", "National", "Institute", "Informatics", "University", "Tokyo"]
    firsts, pairs = cut.capital_pairs()
    assert "national institute" in pairs and "university of" in pairs
    assert cut.capitals()[-1] not in firsts  # the last token has no next token


def test_marks_and_lower_case_words_are_not_capitals() -> None:
    cut = _Cut("“Smart” cities (eHealth) 21st ÉCOLE")
    assert [cut.toks[i] for i in cut.capitals()] == ["Smart", "21st", "ÉCOLE"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*"aZ9 .,-(\n", "\u00a0", "東", "é", "\u2013"]), max_size=40),
    st.data(),
)
def test_token_spans_map_to_the_characters_of_their_tokens(text: str, data: st.DataObject) -> None:
    cut = _Cut(text)
    found = list(TOKEN.finditer(cut.folded))
    starts = sorted(data.draw(st.lists(st.integers(0, max(len(found) - 1, 0)), max_size=6)))
    spans = [(first, data.draw(st.integers(1, len(found) - first))) for first in starts if found]
    expected = [Hit(n, found[i].start(), found[i + size - 1].end()) for n, (i, size) in enumerate(spans)]
    assert cut.hits(spans) == expected
