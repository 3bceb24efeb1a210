"""An organisation name stops where a person's name or a headline verb begins, and a breadcrumb
trail names no organisation."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _names(record: dict[str, Any]) -> list[str]:
    return [" ".join(org["name"].split()) for org in record["organizations"]]


@pytest.mark.parametrize(
    ("sentence", "expected", "person"),
    [
        (
            "The network is led by Professor Ana Silva of the Marine Institute at the University of "
            "Lisbon and Prof. Karl Weber of the Coastal Institute at Kiel University.",
            "University of Lisbon",
            "Karl",
        ),
        (
            "LI Ming, Director-General of the Bureau of International Cooperation of CAS, Dr. Ulrike "
            "Berg, Counsellor at the German Embassy, and 80 researchers attended.",
            "Bureau of International Cooperation of CAS",
            "Ulrike",
        ),
        (
            "The award went to the National Institute of Oceanography and Dr Maria Costa for their work.",
            "National Institute of Oceanography",
            "Maria",
        ),
        (
            "Talks were held at the Ministry of Science, Mr. Jan Novak said on Tuesday.",
            "Ministry of Science",
            "Jan",
        ),
    ],
)
def test_a_name_stops_before_an_honorific(
    extract: Extract, sentence: str, expected: str, person: str
) -> None:
    names = _names(extract(sentence))
    assert expected in names
    assert not any(person in name for name in names)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Sino-Italian Joint Laboratory for Photonics Opens in Xi'an",
            "Sino-Italian Joint Laboratory for Photonics",
        ),
        ("Nordic Centre for Ocean Research Launches Arctic Programme", "Nordic Centre for Ocean Research"),
        ("Andean Institute of Technology Signs Pact with Tokyo Partner", "Andean Institute of Technology"),
        ("Pacific Marine Research Centre Welcomes New Director", "Pacific Marine Research Centre"),
    ],
)
def test_a_headline_verb_is_not_part_of_the_name(extract: Extract, headline: str, expected: str) -> None:
    text = headline + "\n\nThe new centre will host researchers from both countries for joint studies."
    names = _names(extract(text))
    assert expected in names
    verb = headline[len(expected) :].split()[0]
    assert not any(name.endswith(verb) or f" {verb} " in name for name in names)


@pytest.mark.parametrize(
    "crumb",
    [
        "News & Events > Institute News",
        "Home » Research Office » Partner Universities",
        "About › University Centres",
    ],
)
def test_a_breadcrumb_trail_names_no_organisation(extract: Extract, crumb: str) -> None:
    text = (
        "Marine Science Institute\n"
        + crumb
        + "\n\nScientists from both countries met in Bergen to plan joint work."
    )
    names = _names(extract(text))
    assert not any(name in crumb for name in names if name not in ("Marine Science Institute",))
