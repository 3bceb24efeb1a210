"""The programme finder's pre-test: the offsets where a programme word starts as written, or a word
that may follow a programme's name starts in any case. It must keep every offset that
`programmes.phrase_candidates` can use (so no candidate is lost) and may keep more."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components import programmes
from bilat.extract.matching import lower_same_length
from bilat.extract.naming import PROGRAMME_AFTER, PROGRAMME_WORDS, substring_starts

PIECES = ["Fund", "fund", "FUND", "Funding", "Project", "PROJECT", "projects", "Mission", "Commission"]
PIECES += ["Programme", "programmes", "PROGRAM", "Scheme", "ſcheme", "Alliance", "alliance", "İnitiative"]
PIECES += ["Telescope", "KAGRA", "\u212aonsortium", "Partnership", "partnership", " ", ".", "x", "-", "é"]


def occurrences(text: str, word: str) -> set[int]:
    """Every offset where `word` starts in `text` (overlapping)."""
    return {at for at in range(len(text)) if text.startswith(word, at)}


def needed(text: str) -> set[int]:
    """The plain definition: programme words as written, following words in any case (the text's
    same-length lower case, as `str.lower` reads one word)."""
    lowered = lower_same_length(text)
    out: set[int] = set()
    for word in PROGRAMME_WORDS:
        out |= occurrences(text, word)
    for word in PROGRAMME_AFTER:
        out |= occurrences(lowered, word.lower())
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_the_finder_keeps_every_offset_the_candidates_need(text: str) -> None:
    found = programmes._word_finder()(text)
    assert needed(text) <= set(found)
    every_case = substring_starts(w.lower() for w in PROGRAMME_WORDS | PROGRAMME_AFTER)
    assert set(found) <= set(every_case(lower_same_length(text)))  # never more than before


def test_lower_case_programme_words_do_not_count_unless_a_name_may_precede_them() -> None:
    find = programmes._word_finder()
    text = "funding for the Fund, a partnership, the Partnership and a project"
    found = set(find(text))
    assert text.index("Fund,") in found and text.index("Partnership") in found
    assert text.index("project") in found  # "X project": any case
    assert text.index("funding") not in found and text.index("partnership") not in found
