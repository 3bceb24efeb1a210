"""The acronym scan of `programme_uses` finds exactly the words its plain definition names."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bilat.extract import programme_uses


def plain_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Every [\\w-]+ word with two capital letters or more, where it stands."""
    out: dict[str, list[tuple[int, int]]] = {}
    for token in re.finditer(r"[\w-]+", text):
        if sum(c.isupper() for c in token.group()) >= 2:
            out.setdefault(token.group(), []).append(token.span())
    return out


def test_acronyms_of_a_press_release_sentence():
    text = "Under JEUP-ISTE and ArCS II, the NORPAN partnership (Ünal-ÉTS) met; it-IS."
    assert programme_uses._acronym_positions(text) == plain_positions(text)
    assert set(plain_positions(text)) == {"JEUP-ISTE", "ArCS", "II", "NORPAN", "Ünal-ÉTS", "it-IS"}


@given(st.text(alphabet="aAbBzZ-_ 1.é\u00c9\u0130\u03a3x", max_size=60))
def test_acronym_scan_equals_its_definition(text: str) -> None:
    programme_uses._acronym_positions.cache_clear()
    assert programme_uses._acronym_positions(text) == plain_positions(text)
