"""People: a role written once before a name, or before a list of names, belongs to each person of
the list that has no role of its own. The role is a participle with "by" ("co-chaired by",
"moderated by") or a lower-case role noun, singular or plural, maybe after a possessive and before a
comma ("run by co-leads A and B", "the agency's director general, Dr A"). Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.people import role_before_list

from .records import Extract, people_by_name


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("The session was co-chaired by ", "co-chair"),
        ("The panel was moderated by Dr. ", "moderator"),
        ("The network is coordinated by Prof. ", "coordinator"),
        ("The project is run by co-principal investigators ", "co-principal investigator"),
        ("The centre is led by co-directors ", "co-director"),
        ("They are joined by co-investigators **Dr ", "co-investigator"),
        ("According to the institute's director general, Dr ", "director general"),
        ("The team also includes researchers: ", "researcher"),
        ("said the university's vice-chancellor, Professor ", "vice-chancellor"),
        # negatives: no role noun, a capitalised word, a verb, a blank line between
        ("The agreement was signed by ", None),
        ("The delegation met ", None),
        ("Speakers included ", None),
        ("the co-directors.\n\nDr ", None),
    ],
)
def test_role_before_list(before: str, role: str | None) -> None:
    assert role_before_list(before) == role


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The workshop is co-chaired by Prof. Marta Ferreira (University of Porto) and "
            "Dr. Tomasz Nowak (Warsaw University of Technology).",
            {"Marta Ferreira": "co-chair", "Tomasz Nowak": "co-chair"},
        ),
        (
            "The network is led by co-directors Dr Amara Okeke of the University of Ibadan, who "
            "works on soil carbon, and Dr Lars Henriksen of Aarhus University.",
            {"Amara Okeke": "co-director", "Lars Henriksen": "co-director"},
        ),
        (
            "According to the agency's chief executive, Dr Naledi Dlamini, the satellite will be "
            "launched next year.",
            {"Naledi Dlamini": "agency's chief executive"},
        ),
        (
            "The round table was moderated by Dr Hiroshi Tanaka, Dr Li Wei and Dr Sofia Rossi.",
            {"Hiroshi Tanaka": "moderator", "Li Wei": "moderator", "Sofia Rossi": "moderator"},
        ),
    ],
)
def test_role_shared_by_list(extract: Extract, text: str, roles: dict[str, str]) -> None:
    people = people_by_name(extract(text))
    for name, role in roles.items():
        assert people[name]["role"] == role


def test_own_role_kept_and_list_broken_by_sentence(extract: Extract) -> None:
    text = (
        "The panel was co-chaired by Dr Ingrid Berg, Director of the Polar Institute, and Dr Paulo Mendes. "
        "Dr Carla Souza spoke afterwards."
    )
    people = people_by_name(extract(text))
    assert people["Paulo Mendes"]["role"] == "co-chair"
    assert "Director" in (people["Ingrid Berg"]["role"] or "")
    assert people["Carla Souza"]["role"] != "co-chair"
