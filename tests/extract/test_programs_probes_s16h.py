"""Programme probes of session 16, round 2 (helper h): a programme named by Programme, Program or
Initiative runs on through a capitalised field after "in" ("... Joint Research Programme in Space
Science"), as it does after "on"; not through a place ("... Programme in Kenya", "in Tokyo")."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

CASES = [  # (text, a programme name expected, names not expected)
    pytest.param(
        "Abu Dhabi, 13 January 2025 — The UAE and India launched the India–UAE Joint Research Programme in "
        "Space Science, which will fund 10 projects.",
        "India–UAE Joint Research Programme in Space Science",
        {"India–UAE Joint Research Programme"},
        id="in Space Science",
    ),
    pytest.param(
        "Accra, 4 March 2025 — Ghana and Canada announced the Graduate Fellowship Programme in Public "
        "Health and Nutrition.",
        "Graduate Fellowship Programme in Public Health and Nutrition",
        set(),
        id="in Public Health and Nutrition",
    ),
    pytest.param(
        "Riyadh, 7 July 2025 — Saudi Arabia and Korea agreed to fund joint projects under the Saudi-Korean "
        "Joint Research Program on Desalination.",
        "Saudi-Korean Joint Research Program on Desalination",
        set(),
        id="on Desalination",
    ),
]


@pytest.mark.parametrize(("text", "name", "absent"), CASES)
def test_programme_runs_on_through_its_field(
    extract: Extract, text: str, name: str, absent: set[str]
) -> None:
    names = programme_names(extract(text, published=None))
    assert name in names, names
    assert not names & absent, names


PLACES = [
    "Nairobi, 2 March 2025 — Kenya and Japan launched the Soil Health Programme in Kenya with JICA support.",
    "Lima, 3 March 2025 — Peru and Chile started the Mobility Programme in Lima and Santiago this year.",
]


@pytest.mark.parametrize("text", PLACES)
def test_programme_stops_before_a_place(extract: Extract, text: str) -> None:
    names = programme_names(extract(text, published=None))
    assert not any(" in " in n for n in names), names
