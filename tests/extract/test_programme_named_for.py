"""Projects and programmes named by what they are for ("the Project for Strengthening Science
Education in Ghana"), as aid agencies often name them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.programme_uses import named_for

NAMED_FOR = [
    ('The centre was built under the "Project for Establishing the Kenya-Korea ICT Innovation\n'
     'Centre (2023-2027)", financed by a grant.',
     "Project for Establishing the Kenya-Korea ICT Innovation Centre"),
    ("The lab was built under the Project for Strengthening Science Education in Ghana.",
     "Project for Strengthening Science Education in Ghana"),
    ("Peru joined the Programme for the Improvement of Water Supply in Lima last year.",
     "Programme for the Improvement of Water Supply in Lima"),
    ("Funding comes from the Programme for Project-Related Personal Exchange of DAAD.",
     "Programme for Project-Related Personal Exchange"),
]
NOT_NAMED_FOR = [
    "Applications for the project for two years are welcome.",  # lower case: no name
    "We thank the Project for Japan for its support.",  # one word after "for": too little to name
    "The call is part of the INDNOR programme (Programme for Research Cooperation with India).",
]


@pytest.mark.parametrize(("text", "name"), NAMED_FOR)
def test_a_name_that_says_what_the_project_is_for(text: str, name: str) -> None:
    assert [n for n, _ in named_for(text)] == [name]


@pytest.mark.parametrize("text", NOT_NAMED_FOR)
def test_no_name_or_another_names_expansion(text: str) -> None:
    assert named_for(text) == []


@pytest.mark.parametrize(("text", "name"), NAMED_FOR[:2])
def test_such_a_name_is_a_programme_of_the_record(
    extract: Callable[..., dict[str, Any]], text: str, name: str
) -> None:
    assert name in {p["name"] for p in extract(text)["programs"]}
