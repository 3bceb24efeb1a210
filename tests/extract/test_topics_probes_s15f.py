"""Topics, round 15f (grammar probes; sentences our own):

1. Bare cue words in another sense: a state of things ("the health of the bilateral
   relationship": one word may qualify what follows "of"), room ("there is space for more
   projects") and zeal ("great energy", "energy and enthusiasm") are no fields.
2. A cue inside a longer cue of the same field: "civil nuclear energy" is nuclear only, not
   nuclear and energy.
3. A spelling of a field with a hyphen ("semi-conductors")."""

from __future__ import annotations

import pytest

from .records import Extract, topics

LEAD = "Tokyo, 12 March 2025 - Japan and Germany agreed to cooperate on quantum research. "

OTHER_SENSES = [  # (text, topic the text does not name)
    (LEAD + "Both ministers praised the health of the bilateral relationship.\n", "health"),
    (LEAD + "They noted the good health of their ties.\n", "health"),
    (LEAD + "There is space for more joint projects in the coming years.\n", "space"),
    (LEAD + "The ministers devoted great energy to the talks.\n", "energy"),
    (LEAD + "Both teams showed energy and enthusiasm during the visit.\n", "energy"),
]


@pytest.mark.parametrize(("text", "topic"), OTHER_SENSES)
def test_bare_cue_in_another_sense(extract: Extract, text: str, topic: str) -> None:
    found = topics(extract(text))
    assert "quantum" in found
    assert topic not in found


FIELDS_KEPT = [  # (text, topic still named)
    (LEAD + "They will also study the health of older patients with dementia.\n", "health"),
    (LEAD + "They also agreed on joint space research for lunar missions.\n", "space"),
    (LEAD + "They also agreed to fund research on renewable energy.\n", "energy"),
]


@pytest.mark.parametrize(("text", "topic"), FIELDS_KEPT)
def test_fields_still_named(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract(text))


@pytest.mark.parametrize("phrase", ["civil nuclear energy", "civil nuclear power"])
def test_civil_nuclear_is_nuclear_only(extract: Extract, phrase: str) -> None:
    text = (
        "Washington, 12 March 2025 - The United States and the United Kingdom signed a deal on "
        f"research in AI, quantum and {phrase}.\n"
    )
    found = topics(extract(text))
    assert {"ai", "quantum", "nuclear"} <= set(found)
    assert "energy" not in found


def test_hyphenated_semiconductors(extract: Extract) -> None:
    text = (
        "Tokyo, 12 March 2025 - Japan and Germany agree to cooperate on quantum science and "
        "semi-conductors research.\n"
    )
    assert "semiconductors" in topics(extract(text))
