"""Agreement titles: the pre-test that spares cutting a sentence into name phrases never rejects a
cue that a name phrase of its sentence contains."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components.agreements import title_around
from bilat.extract.doc import Doc
from bilat.extract.phrases import may_be_in_name, name_phrases

PIECES = ["Agreement", "agreement", "memorandum", "of", "the", "and", "for", "Japan", "EU-agreement"]
PIECES += ["O'agreement", "x’agreement", "3rd", "2024", "&", "(", ")", ",", ".", "'", "#", "*", "“"]
PIECES += ["on", "between", "Science", "U.S.", "of.", "İstanbul", "é", "-", "x" * 70]


def covered(doc: Doc, at: int) -> bool:
    """Whether a name phrase of the (single) sentence contains the offset."""
    return any(p.start <= at < p.end for p in name_phrases(doc, 0, len(doc.text)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16), st.sampled_from([" ", "", "  ", "\t"]))
def test_the_pre_test_keeps_every_offset_inside_a_name(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    doc = Doc(text=text, name="t.txt", sentences=[(0, len(text))])
    for at, char in enumerate(text):
        if char.isalpha() and not may_be_in_name(text, at, 0, len(text)):
            assert not covered(doc, at)


def test_lower_case_cues_outside_names_have_no_title() -> None:
    text = "Both sides signed an agreement on the Joint Research Agreement of 2024."
    doc = Doc(text=text, name="t.txt", sentences=[(0, len(text))])
    bare = text.index("agreement")
    assert not may_be_in_name(text, bare, 0, len(text))
    assert title_around(doc, bare, bare + len("agreement")) == (None, (bare, bare + len("agreement")))
    named = text.index("Agreement")
    assert may_be_in_name(text, named, 0, len(text))
    assert title_around(doc, named, named + len("Agreement"))[0] == "Joint Research Agreement"


def test_a_cue_inside_a_long_token_is_let_through() -> None:
    text = "X" + "-agreement" * 40
    assert may_be_in_name(text, text.index("agreement"), 0, len(text))
    assert may_be_in_name(text, text.rindex("agreement"), 0, len(text))
