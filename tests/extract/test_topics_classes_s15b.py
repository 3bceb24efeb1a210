"""Topics, round 15b. Classes, all sentences our own:

1. Missing forms of fields: "fusion device" (as "fusion devices"), "flood monitoring" (as "flood
   forecasting"), "heavy transport" (as "freight transport"), "small and medium-sized companies"
   (as "... enterprises").
2. The items of a list of links to other pages ("Related articles" / "- X opens AI school") are
   no fields of the document."""

from __future__ import annotations

import pytest

from .records import Extract, topics

CUES = [  # (text, topic)
    (
        "Korea and Spain signed a research arrangement on plasma physics. Spanish physicists will run "
        "experiments at the KSTAR fusion device in Daejeon from next year.\n",
        "fusion",
    ),
    (
        "Brazil and India agreed on space research cooperation. The agencies will share radar images "
        "for crop mapping and flood monitoring in river basins.\n",
        "disaster_resilience",
    ),
    (
        "Norway and Korea signed a memorandum on hydrogen research. Projects will test fuel cells for "
        "heavy transport, including trucks and ferries.\n",
        "mobility",
    ),
    (
        "Peru and Germany launched a joint research programme on solar energy. Part of the budget "
        "is reserved for small and medium-sized companies that test the results.\n",
        "innovation_startups",
    ),
]


@pytest.mark.parametrize(("text", "topic"), CUES)
def test_missing_forms_of_fields(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract(text))


def test_related_articles_list_names_no_field(extract: Extract) -> None:
    text = (
        "Chile and Finland signed a memorandum of understanding on quantum science and technology.\n"
        "Researchers will share cryogenic laboratories in Santiago and Espoo.\n\n"
        "Related articles\n"
        " - Vineyards adopt drones for harvest planning\n"
        " - University opens robotics graduate school\n\n"
        "Copyright (c) The Andes Science Daily.\n"
    )
    found = topics(extract(text))
    assert "quantum" in found
    assert "robotics" not in found
