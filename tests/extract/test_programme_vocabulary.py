"""The programme vocabulary reviewed from how funders, ministries and universities write about their
schemes: more known programmes (reference list), more head words of a programme's name
(Scholarship, Flagship, Initiatives, Schemes), more verbs that say an acronym was funded through
a programme, more diplomatic-status words and more words that open no programme's name.
Negatives: the words left out on purpose ("Plan", "Strategy", "Award(s)", "Grant(s)", foreign
"Programa", lower-case plurals after a name) and the status and generic names that stay no
programme (texts of our own).
"""

from __future__ import annotations

import pytest

from bilat.extract.naming import kind_of
from bilat.extract.resources import load_yaml

from .records import Extract, org_names, programme_names

# (text, a programme name that must be found)
FOUND = [
    # known programmes (programmes.yaml)
    (
        "Two start-ups from Lisbon were selected for Eurostars funding together with Korean partners.",
        "Eurostars",
    ),
    ("Graduates of the Erasmus Mundus Joint Masters will spend a semester in Osaka.", "Erasmus Mundus"),
    (
        "The universities hope to host more fellows under the Emmy Noether Programme.",
        "Emmy Noether Programme",
    ),
    (
        "Students from Ghana may apply for Commonwealth Scholarships to study in Leeds.",
        "Commonwealth Scholarships",
    ),
    (
        "The exchange is co-funded by the UK-India Education and Research Initiative.",
        "UK-India Education and Research Initiative",
    ),
    (
        "Indonesian researchers joined the partners through Australia Awards Scholarships last year.",
        "Australia Awards",
    ),
    (
        "The Canadian side will rely on the Strategic Innovation Fund for the pilot plant.",
        "Strategic Innovation Fund",
    ),
    ("Chilean postgraduates funded by Becas Chile will work in Uppsala.", "Becas Chile"),
    (
        "The two sides discussed the International Lunar Research Station with Thai engineers.",
        "International Lunar Research Station",
    ),
    (
        "The course is run with funds from the Scheme for Promotion of Academic and Research "
        "Collaboration (SPARC).",
        "SPARC",
    ),
    (
        "Both ministries welcomed progress under the Make Our Planet Great Again initiative.",
        "Make Our Planet Great Again",
    ),
    # new head words
    ("Each year the Jacaranda Scholarship brings two Zambian engineers to Munich.", "Jacaranda Scholarship"),
    ("The Lumen Photonics Flagship will host the visiting team in Tampere.", "Lumen Photonics Flagship"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    names = programme_names(extract(text))
    assert any(name in n or n in name for n in names if len(n) > 3), names


# (text, a name that must not come out as a programme)
NOT_FOUND = [
    # "Plan" and "Strategy" left out of the heads: action plans and national strategies are no programmes
    ("The ministers adopted the Joint Action Plan for the next three years.", "Action Plan"),
    ("The delegation presented the Polish Hydrogen Strategy to its hosts.", "Polish Hydrogen Strategy"),
    # a lower-case plural after a name lists programmes, it names none ("two DELTA projects")
    ("Two Czech–Taiwanese DELTA 2 projects started in May.", "Two Czech–Taiwanese DELTA 2"),
    # an observation qualifier names a field ("European Earth observation mission")
    ("Data will validate the European Earth observation mission EarthCARE.", "European Earth"),
    # a diplomatic status with the new adjectives
    (
        "Both leaders hailed the Innovative Strategic Partnership between the two countries.",
        "Innovative Strategic Partnership",
    ),
    (
        "The visit marked the Indonesia–Japan Deeper Relationship agreed last year.",
        "Indonesia–Japan Deeper Relationship",
    ),
    # a name of generic words only, now with "Development" and "Exchange" among them
    ("The Development Programme will be discussed again in June.", "Development Programme"),
    ("A new Student Exchange Programme starts in 2026.", "Student Exchange Programme"),
    # an organisation whose head is an organisation word stays an organisation
    ("The University Grants Commission signed the memorandum in Delhi.", "University Grants Commission"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


def test_a_grants_body_stays_an_organisation(extract: Extract) -> None:
    record = extract("The Research Grants Council of Hong Kong and the agency will fund joint projects.")
    assert "Research Grants Council" not in programme_names(record)
    assert any("Research Grants Council" in n for n in org_names(record))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Jacaranda Scholarship", "programme"),
        ("Graphene Flagship", "programme"),
        # "Grants" left out of the heads (only after a pair of places, paired_heads): as a head it
        # takes "Research Grants Council of Hong Kong" apart
        ("Kestrel Seed Grants", None),
        ("Grants Office", "org"),
        ("Scholarship Council", "org"),
        ("Joint Action Plan", None),
    ],
)
def test_kind_of_new_heads(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind


def test_foreign_programme_words_left_out() -> None:
    # "Programa", "Programm", "Projeto"... would make a glossed foreign name a second programme
    # and take organisations' Spanish names apart: deliberately not heads
    words = set(load_yaml("name_kinds.yaml")["programme_words"])
    assert not words & {"Programa", "Programm", "Projeto", "Proyecto", "Plan", "Strategy", "Grants", "Awards"}
    after = set(load_yaml("name_kinds.yaml")["programme_after"])
    assert not after & {"programmes", "projects", "scholarships", "fellowships"}


def test_opening_words_are_no_part_of_the_name(extract: Extract) -> None:
    names = programme_names(extract("Including the Kestrel Mobility Programme, five schemes are open.\n"))
    assert not any(n.startswith("Including") for n in names)
    assert any("Kestrel" in n for n in names)
