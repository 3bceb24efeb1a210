"""A role read across a list of people is cut to the person's own part; a final ", Professor"
belongs to the next name; roles are on one line."""

from __future__ import annotations

import pytest

from bilat.extract.components.people import own_role

from .records import Extract, people_by_name

OTHERS = ["Grace Phiri", "Ola Berg", "Berg"]


@pytest.mark.parametrize(
    ("role", "before", "own"),
    [
        # the role was said before the name: what follows the last listed name is the person's
        (
            "Malawi's Minister of Education, Grace Phiri, and Norway's State Secretary",
            True,
            "Norway's State Secretary",
        ),
        (
            "Minister Grace Phiri and the Rector of the University of Bergen",
            True,
            "Rector of the University of Bergen",
        ),
        # said after the name, the list cannot be told apart: no role rather than someone else's
        ("Rector, Grace Phiri and the Ambassador of Norway", False, None),
        # a final comma and honorific introduce the next name
        ("President of the Research Council, Professor", True, "President of the Research Council"),
        ("Director of the institute, Dr.", False, "Director of the institute"),
        # line breaks of a wrapped text
        ("Head of International\nCooperation", True, "Head of International Cooperation"),
        # a name inside the role that no list follows stays ("... of the Grace Phiri Foundation")
        ("Chair of the Grace Phiri Foundation", False, "Chair of the Grace Phiri Foundation"),
        # a one-word name is never cut at
        ("Deputy to Berg, and Head of Unit", True, "Deputy to Berg, and Head of Unit"),
        (None, True, None),
    ],
)
def test_own_role(role: str | None, before: bool, own: str | None) -> None:
    assert own_role(role, OTHERS, before=before) == own


def test_a_list_of_titled_speakers_gives_each_their_own_role(extract: Extract) -> None:
    text = (
        "Speakers included the Rector of the University of Ghana, Professor Ama Mensah, and the "
        "Director of the Finnish Institute, Professor Juha Laine, on 2 May 2025 in Accra."
    )
    people = people_by_name(extract(text))
    assert people["Ama Mensah"]["role"] == "Rector of the University of Ghana"
    assert people["Juha Laine"]["role"] == "Director of the Finnish Institute"


@pytest.mark.parametrize("title", ["Co-chair", "Co-Chair", "Vice-chair"])
def test_a_chair_title_in_either_case_is_no_part_of_the_name(extract: Extract, title: str) -> None:
    text = f"In Oslo on 5 May 2025, {title} Ingrid Dahl of the Research Council of Norway opened the session."
    assert "Ingrid Dahl" in people_by_name(extract(text))
