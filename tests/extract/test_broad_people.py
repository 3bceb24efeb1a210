"""People: a role written after a name, as the whole class of wordings a writer may choose: a
lower-case apposition with any modifiers ("a materials researcher at X", "senior scientist at X"),
set off by a comma, a dash or brackets, after post-nominal letters, "who is a ..." and "who
co-leads ...", and a capitalised role no title list holds ("Grants Officer"). Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names


@pytest.mark.parametrize(
    ("text", "name", "role_words"),
    [
        (
            "Ingrid Solberg, senior scientist at the Norwegian Polar Institute, said the data are new.",
            "Ingrid Solberg",
            ["senior", "scientist", "Polar"],
        ),
        (
            "Sven Olsen, a marine geologist with the Danish Meteorological Institute, led the survey.",
            "Sven Olsen",
            ["marine", "geologist"],
        ),
        (
            "Aiko Tanaka — a postdoctoral fellow at Kyoto University — joined the expedition.",
            "Aiko Tanaka",
            ["postdoctoral", "fellow", "Kyoto"],
        ),
        (
            "Jean Dupont – a glaciologist at the University of Grenoble – returned from Svalbard.",
            "Jean Dupont",
            ["glaciologist", "Grenoble"],
        ),
        (
            "Rafael Mendes (professor of physics, University of São Paulo) gave the keynote.",
            "Rafael Mendes",
            ["professor", "physics"],
        ),
        (
            "Sven Olsen (a marine geologist with the Danish Meteorological Institute) led the survey.",
            "Sven Olsen",
            ["marine", "geologist"],
        ),
        (
            "Mark Jones, who is a lecturer at Cardiff University, will lead the UK side.",
            "Mark Jones",
            ["lecturer", "Cardiff"],
        ),
        (
            "Carlos Ruiz, who also serves as the project's coordinator, welcomed the partners.",
            "Carlos Ruiz",
            ["coordinator"],
        ),
        (
            "Jan Vermeer, who co-leads the consortium, spoke first.",
            "Jan Vermeer",
            ["co-leads", "consortium"],
        ),
        (
            "Ing. Petra Horakova, Ph.D., a polymer chemist at Brno University of Technology, joined.",
            "Petra Horakova",
            ["polymer", "chemist"],
        ),
        (
            '"We need this," said Professor Ama Boateng, PhD, FGA, Pro-Vice-Chancellor (Academic Affairs).',
            "Ama Boateng",
            ["Pro-Vice-Chancellor"],
        ),
        (
            "**Hanna Virtanen**, an EU-funded postdoctoral researcher at Aalto University, built the sensor.",
            "Hanna Virtanen",
            ["postdoctoral", "researcher"],
        ),
        (
            "Aroha Ngata, group leader at the Cawthron Institute, said the samples were ready.",
            "Aroha Ngata",
            ["group", "leader"],
        ),
        (
            "The team includes Rui Costa, a PhD student, and Ines Lopes, a hydrologist at the\n"
            "University of Lisbon.",
            "Ines Lopes",
            ["hydrologist"],
        ),
    ],
)
def test_a_role_after_a_name_in_any_wording(
    extract: Extract, text: str, name: str, role_words: list[str]
) -> None:
    people = people_by_name(extract(text))
    assert name in people, f"{name!r} not in {sorted(people)}"
    role = people[name]["role"] or ""
    for word in role_words:
        assert word in role, f"{word!r} not in {role!r}"


def test_a_capitalised_role_no_list_holds_stops_before_contact_details(extract: Extract) -> None:
    text = "Enquiries: Mr Kwame Mensah, Grants Officer, Research Office (grants@example.org)."
    role = people_by_name(extract(text))["Kwame Mensah"]["role"]
    assert role is not None and role.startswith("Grants Officer")
    assert "@" not in role


@pytest.mark.parametrize(
    "text",
    [
        "Marine Scotland, the government's lead on fisheries, published the data.",
        "Green Park, a former student hostel, reopened in May.",
        "Silicon Valley, a magnet for engineers, attracts many graduates.",
        "South Korea, a world leader in memory chips, will host the forum.",
        "Blue Carbon, a research focus for both sides, gets new funding.",
        "The grant went to the coastal team, and a researcher from Oslo joined later.",
    ],
)
def test_an_apposition_that_names_no_person_makes_none(extract: Extract, text: str) -> None:
    assert person_names(extract(text)) == []


def test_a_clause_after_a_name_is_no_role(extract: Extract) -> None:
    text = "The delegation, led by ITC Dean Prof. dr. Jan Smit, joined Utrecht researchers on a field visit."
    role = people_by_name(extract(text))["Jan Smit"]["role"] or ""
    assert "joined" not in role and "researchers" not in role
