"""Programme probes of session 15, round 5 (grammar probes, helper e). Texts of our own.

A name and the same name with a lower-case programme word after it ("the Nordic Eurostars
programme", "Nordic Eurostars") are one programme, as they are with "Programme".
"""

from __future__ import annotations

import pytest

from .records import Extract

ONE = [
    pytest.param(
        "VIENNA, 2 May 2024 — Austria and Israel signed up to the Nordic Eurostars programme.\n",
        "Nordic Eurostars",
        id="a registry name's alias after a word",
    ),
    pytest.param(
        "VIENNA, 2 May 2024 — Austria and Israel signed up to the Eureka Eurostars programme.\n",
        "Eureka Eurostars",
        id="owner word before a known name",
    ),
    pytest.param(
        "BERLIN, 4 March 2025 — Germany and Japan fund the project under the Quantum Futures programme.\n",
        "Quantum Futures",
        id="plain lower-case programme word",
    ),
]


@pytest.mark.parametrize(("text", "name"), ONE)
def test_a_name_with_its_programme_word_is_one(extract: Extract, text: str, name: str) -> None:
    programs = extract(text, published=None)["programs"]
    assert len(programs) == 1, programs
    names = {programs[0]["name"], *(programs[0].get("aliases") or [])}
    assert name in names, programs
