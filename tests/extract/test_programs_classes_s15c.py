"""Programmes, round 15c. One class, all sentences our own:

A named degree that two institutions award together (a qualifier such as "Dual", "Joint" or "Double
Degree", a degree word, maybe "Programme" or "Track", then "in" and a capitalised field) is a
programme: "the Dual PhD in Renewable Energy Engineering". Two places joined by a dash right before
it belong to its name. A lower-case field, or a degree without a qualifier (one person's degree),
names no programme."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

DEGREES = [  # (text, the programme found)
    (
        "The universities of Lyon and Recife signed an agreement that creates the Dual PhD in "
        "Coastal Systems Engineering, open to ten students a year.",
        "Dual PhD in Coastal Systems Engineering",
    ),
    (
        "Students of the Joint Master's Programme in Marine Ecology and Fisheries will spend a year "
        "in Bergen and a year in Valparaíso.",
        "Joint Master's Programme in Marine Ecology and Fisheries",
    ),
    (
        "Researchers from Korea and Chile will co-supervise the Double Degree Master's in Data\n"
        "Science, which starts in 2027.",
        "Double Degree Master's in Data Science",
    ),
    (
        "The first cohort of the Porto–Daejeon Joint Doctorate in Battery Materials arrives in "
        "September, the two universities said.",
        "Porto–Daejeon Joint Doctorate in Battery Materials",
    ),
]


@pytest.mark.parametrize(("text", "name"), DEGREES)
def test_a_named_joint_degree_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NO_DEGREE = [  # (text, what must not be a programme)
    (
        "Dr Ana Silva, who holds a PhD in Marine Chemistry from Kyoto, leads the Chilean team.",
        "PhD in Marine Chemistry",
    ),
    (
        "The two universities of Chile and Japan will offer a joint PhD in renewable energy from 2027.",
        "joint PhD in renewable energy",
    ),
]


@pytest.mark.parametrize(("text", "name"), NO_DEGREE)
def test_a_person_s_degree_or_a_lower_case_field_names_no_programme(
    extract: Extract, text: str, name: str
) -> None:
    names = {n.lower() for n in programme_names(extract(text))}
    assert not any(name.lower() in n for n in names)
