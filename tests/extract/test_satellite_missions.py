"""A satellite mission is a programme: a coined name with a digit before a satellite word ("the
Kestrel-2 microsatellite", "the **NovaSat3** spacecraft"), or an acronym whose long form's head is a
satellite ("Peruvian-Korean Satellite System for Flood Monitoring (PEKSAT)"). A plain word, a year
or a technique's acronym before "satellite" is none (texts of our own).
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

MISSIONS = [
    (
        "The best-known result is the Kestrel-2 microsatellite, built by Peruvian engineers at a "
        "Korean university, which was launched in 2019.",
        "Kestrel-2",
    ),
    ("Both agencies will operate the **NovaSat3** spacecraft from a shared ground station.", "NovaSat3"),
    (
        "Data from the Andes-1B satellite will be shared with Brazilian and Chilean hydrologists.",
        "Andes-1B",
    ),
    (
        "Vietnamese students helped test the LOTUS-4 nanosatellite before its launch from Japan.",
        "LOTUS-4",
    ),
    (
        "The mission follows the Peruvian-Korean Satellite System for Flood Monitoring (PEKSAT), under "
        "which radar data were shared for a decade.",
        "PEKSAT",
    ),
]


@pytest.mark.parametrize(("text", "name"), MISSIONS)
def test_a_satellite_mission_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_MISSIONS = [
    "Researchers used InSAR satellite data to map subsidence in the delta.",
    "In 2019 satellite images showed the lake shrinking by a third.",
    "The Weather satellite service of the ministry will host the visitors.",
]


@pytest.mark.parametrize("text", NOT_MISSIONS)
def test_no_mission_without_a_coined_name(extract: Extract, text: str) -> None:
    assert not programme_names(extract(text))
