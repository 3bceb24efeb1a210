"""People: a role that only tells a person by another one ("her Swedish counterpart", "his opposite
number") gives way to an academic rank written before the name, else to the office of the person
named just before (its country word replaced by the counterpart's own), when that office is a title.
Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

CASES = [
    (
        "Chile and Norway signed a research agreement. Norwegian Minister of Research Kari Solberg met "
        "her Chilean counterpart Aisén Etcheverry in Santiago.",
        "Aisén Etcheverry",
        "Minister of Research",
    ),
    (
        "Canadian Prime Minister Marc Tremblay and his Irish counterpart Sean O'Rourke agreed on a marine "
        "research partnership.",
        "Sean O'Rourke",
        "Prime Minister",
    ),
    (
        "The Greek-Israeli laboratory opened in Athens. Its Greek director is Dr Nikos Pappas. His Israeli "
        "counterpart, Professor Yael Mizrahi of Tel Aviv University, will lead the photonics work.",
        "Yael Mizrahi",
        "Professor",
    ),
]


@pytest.mark.parametrize(("text", "name", "office"), CASES)
def test_counterpart_takes_an_office(extract: Extract, text: str, name: str, office: str) -> None:
    role = people_by_name(extract(text))[name]["role"] or ""
    assert office in role
    assert "counterpart" not in role.lower()


def test_counterpart_takes_the_country_of_its_own_words(extract: Extract) -> None:
    text = (
        "Japan and Sweden agreed to deepen research cooperation. Japanese Prime Minister Aiko Tanaka "
        "and her Swedish counterpart Lars Berg issued a joint statement on quantum research."
    )
    assert people_by_name(extract(text))["Lars Berg"]["role"] == "Swedish Prime Minister"


def test_counterpart_keeps_its_words_before_a_description(extract: Extract) -> None:
    # the person before is described ("chief scientist of ..."), no title to share
    text = (
        "Portugal and India began a joint ocean cruise. Dr Ana Costa, chief scientist of the cruise, "
        "leads the Portuguese team. Her Indian counterpart, Dr Meera Iyer, leads the geochemistry group."
    )
    role = people_by_name(extract(text))["Meera Iyer"]["role"] or ""
    assert "chief scientist" not in role
