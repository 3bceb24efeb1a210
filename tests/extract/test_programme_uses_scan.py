"""The fast scans of `programme_uses` find exactly what their plain regex definitions find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bilat.extract import programme_uses

# The plain definitions the scans replace (one regex over the whole text each).
PLAIN_LOWER_BEFORE_WORD = re.compile(r"\b((?:[a-z][\w-]*\s+){1,4})(?:programme|program|initiative)\b")
PLAIN_UNDER = re.compile(
    r"\b(?:under|through|via|from)\s+(?:the|its|their|our)\s+"
    r"((?:[A-Z0-9][^\s,;:()]*\s+){0,2}[A-Z0-9][^\s,;:()]*)\s+(programme|program|scheme|initiative)\b"
)

WORDISH = st.text(alphabet="aAbBzZ-_ 1.é\u00c9\u0130\u03a3x(", max_size=60)
PROSE = st.lists(
    st.sampled_from(
        [
            "the",
            "its",
            "a",
            "cancer",
            "moonshot",
            "program",
            "programme",
            "initiative",
            "programs",
            "under",
            "through",
            "via",
            "from",
            "INDNOR",
            "2+2",
            "Ab",
            "x-ray",
            "scheme",
            "initiatives",
        ]
    )
    | st.sampled_from([" ", "  ", "\n", ", ", ". ", "(", ")", "-", "é", "_"]),
    max_size=30,
).map("".join)


def plain_uses(text: str, name: str) -> list[tuple[int, int]]:
    """The spans of `name` with no letter, digit, "_" or "-" touching it."""
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


def spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_acronym_uses_of_a_press_release_sentence():
    text = "Under JEUP-ISTE and ArCS II, the NORPAN partnership (Ünal-ÉTS) met; it-IS, NORPANs, X-ArCS."
    assert programme_uses.acronym_uses(text, "ArCS") == [(20, 24)]
    assert programme_uses.acronym_uses(text, "NORPAN") == plain_uses(text, "NORPAN") == [(33, 39)]
    assert programme_uses.acronym_uses(text, "Ünal-ÉTS") == plain_uses(text, "Ünal-ÉTS")


@given(WORDISH, st.sampled_from(["AB", "aB", "A-B", "Éz", "x", "AA", "1A", "ab c"]))
def test_acronym_uses_equal_their_definition(text: str, name: str) -> None:
    assert programme_uses.acronym_uses(text, name) == plain_uses(text, name)


def test_lower_case_programme_words_of_a_sentence():
    text = "Projects such as the cancer moonshot program, and an x-ray initiative (2024)."
    found = programme_uses._lower_before_word(text)
    assert spans(found) == spans(list(PLAIN_LOWER_BEFORE_WORD.finditer(text)))
    assert [m.group(1).split() for m in found] == [
        ["as", "the", "cancer", "moonshot"],  # four words at most
        ["and", "an", "x-ray"],
    ]


@given(PROSE)
def test_lower_case_scan_equals_its_definition(text: str) -> None:
    found = programme_uses._lower_before_word(text)
    assert spans(found) == spans(list(PLAIN_LOWER_BEFORE_WORD.finditer(text)))


@given(PROSE)
def test_under_scan_equals_its_definition(text: str) -> None:
    assert spans(programme_uses._under_matches(text)) == spans(list(PLAIN_UNDER.finditer(text)))


def test_under_a_numbered_programme():
    text = "Funded under its 2+2 programme and through the INDNOR programme."
    assert programme_uses.under_programmes(text) == [("2+2", "2+2 programme", (17, 20))]
