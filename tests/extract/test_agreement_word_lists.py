"""The agreement patterns built from instruments.yaml word lists: plural instrument words (less the
phrases that name one instrument), renewal wordings and the words that point at an instrument."""

from __future__ import annotations

import pytest

from bilat.extract.components.agreements import _plural_patterns, _pointed, _renewal_patterns


@pytest.mark.parametrize(
    ("cue", "plural"),
    [
        ("memoranda of understanding", True),
        ("MoUs", True),
        ("cooperation agreements", True),
        ("exchange of letters", False),
        ("exchanged letters", False),
        ("letters of intent", True),
        ("memorandum of understanding", False),
    ],
)
def test_a_plural_word_tells_several_instruments(cue: str, plural: bool) -> None:
    anywhere, _ = _plural_patterns()
    assert bool(anywhere.search(cue)) is plural


@pytest.mark.parametrize(
    ("cue", "plural"), [("Research Agreements", True), ("an Exchange of Letters", False)]
)
def test_a_cue_ending_with_a_plural_word_in_any_case(cue: str, plural: bool) -> None:
    _, at_end = _plural_patterns()
    assert bool(at_end.search(cue)) is plural


def test_renewal_wordings() -> None:
    renews, renewal = _renewal_patterns()
    assert renews.search("the two sides Extended their agreement")
    assert not renews.search("an extensive programme")
    opening = renewal.match(" The renewed memorandum was signed")
    assert opening is not None and opening.group().endswith("memorandum")
    assert renewal.match("The extension was signed")
    assert not renewal.match("The agreement was signed")


@pytest.mark.parametrize(
    ("before", "pointed"),
    [
        ("signed the ", True),
        ("their five-year ", True),
        ("This new ", True),
        ("signed a ", False),
        ("the big ", False),
    ],
)
def test_words_that_point_at_an_instrument(before: str, pointed: bool) -> None:
    assert bool(_pointed().search(before)) is pointed
