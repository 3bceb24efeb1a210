"""Organisations: a name that a hard-wrapped text breaks across lines is one line in the record, and
a registry acronym inside a slash-joined code (a sign-off's initials, a file number) is no body."""

from __future__ import annotations

import textwrap

import pytest

from .records import Extract, org_names


def _wrapped(paragraph: str, name: str) -> str:
    """`paragraph` hard-wrapped as a wire text is (lines of 60 to 80 characters), at a width that
    breaks `name` across two lines."""
    for width in range(60, 81):
        text = "\n".join(textwrap.wrap(paragraph, width))
        if name not in text and name.replace(" ", "\n", 1) not in paragraph:
            return text
    raise AssertionError("no width breaks the name")


_FILLER = (
    "The two governments also issued a joint statement naming space, clean energy, artificial "
    "intelligence and the bioeconomy as the priorities of a bilateral science agenda to 2030. "
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "It asks the Indonesia-Australia High-Level Coordination and Cooperation Commission to review "
            "progress every year.",
            "Indonesia-Australia High-Level Coordination and Cooperation Commission",
        ),
        (
            "Funding comes from the Danish National Research Foundation, which backs the two centres.",
            "Danish National Research Foundation",
        ),
    ],
)
def test_a_name_broken_across_lines_is_one_line(extract: Extract, sentence: str, name: str) -> None:
    names = org_names(extract(_wrapped(_FILLER * 3 + sentence, name)))
    assert name in names
    assert not any("\n" in n for n in names)


@pytest.mark.parametrize(
    "code",
    ["SNC/PK", "SNC/PK/RT", "Ref. SNC/2026/114"],
)
def test_a_registry_acronym_in_a_slashed_code_is_no_organisation(extract: Extract, code: str) -> None:
    text = f"India and Japan agreed to extend the exchange programme for young scientists.\n\n{code}\n"
    assert "SNC" not in org_names(extract(text))


def test_two_bodies_joined_by_a_slash_in_a_sentence_stay(extract: Extract) -> None:
    text = (
        "The Dutch Research Council (NWO) and NAFOSTED run a joint call; the NWO/NAFOSTED call closes in May."
    )
    assert "NWO" in org_names(extract(text))
