"""Topic classes of session 18, round 1 (helper d). Texts of our own.

1. "space" as room to work in, or as room taken, rented or leased ("training and incubation space
   for start-ups", "textile groups have taken space in the zone", "firms rented space in the park")
   is no space research (topic_cues.yaml `other_senses`); space research still counts.
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

ROOM = [  # (text, whether the record has the topic "space")
    pytest.param(
        "Kenya and Finland agreed on forestry research. The university will offer training and "
        "incubation space to student start-ups.",
        False,
        id="incubation space",
    ),
    pytest.param(
        "Egypt and China opened a vocational training centre. Turkish textile firms have taken space "
        "in the economic zone.",
        False,
        id="have taken space",
    ),
    pytest.param(
        "Egypt and China opened a vocational training centre. Chinese firms leased factory space in "
        "the new industrial park.",
        False,
        id="leased factory space",
    ),
    pytest.param(
        "Egypt and China agreed to cooperate in space science and satellite research.",
        True,
        id="space research still counts",
    ),
]


@pytest.mark.parametrize(("text", "space"), ROOM)
def test_space_as_room_is_no_space_research(extract: Extract, text: str, space: bool) -> None:
    assert ("space" in topics(extract(text, published="2025-10-16"))) is space
