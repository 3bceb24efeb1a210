"""Topic probes of session 16, round 2 (grammar probes, helper f). Texts of our own.

1. A field ruled out by "but not", "rather than", "instead of", "does not include" is no topic;
   "including, but not limited to," and "last but not least" rule nothing out.
2. "A.I." with dots is artificial intelligence.
3. A field defined with its acronym ("Artificial Intelligence (AI)", "Internet of Things (IoT)")
   is a field, not the name of a body.
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

RULED_OUT = [
    pytest.param(
        "CANBERRA, 8 August 2025 - Australia and Indonesia agreed on science cooperation in artificial "
        "intelligence and energy, but not in space research.",
        {"ai", "energy"},
        id="but not in",
    ),
    pytest.param(
        "SUVA, 2 June 2025 - Fiji and New Zealand signed a science cooperation arrangement focused on "
        "ocean research rather than space technology.",
        {"ocean_polar"},
        id="rather than",
    ),
    pytest.param(
        "DOHA, 5 May 2025 - Qatar and the United Kingdom will cooperate in research on machine learning "
        "and cybersecurity; the programme does not include nuclear energy.",
        {"ai", "cyber"},
        id="does not include",
    ),
    pytest.param(
        "DHAKA, 9 May 2025 - Bangladesh and Japan will fund joint research in areas including, but not "
        "limited to, artificial intelligence, agriculture and health.",
        {"ai", "agriculture_food", "health"},
        id="but not limited to",
    ),
    pytest.param(
        "MANILA, 3 March 2025 - The Philippines and Korea will support research on climate adaptation "
        "and, last but not least, quantum technology.",
        {"climate_environment", "quantum"},
        id="last but not least",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULED_OUT)
def test_ruled_out_fields(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected


NAMED = [
    pytest.param(
        "ABU DHABI, 2 October 2024 - The United Arab Emirates and India agreed to cooperate on research "
        "in A.I. and space technology.",
        {"ai", "space"},
        id="A.I.",
    ),
    pytest.param(
        "CAIRO, 1 June 2025 - Egypt and Italy agreed to cooperate in research on Artificial Intelligence "
        "(AI) and renewable energies.",
        {"ai", "energy"},
        id="field with acronym",
    ),
    pytest.param(
        "LIMA, 1 June 2025 - Peru and Korea agreed to cooperate in research on the Internet of Things "
        "(IoT) and agriculture.",
        {"digital", "agriculture_food"},
        id="IoT with acronym",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_fields_named(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected
