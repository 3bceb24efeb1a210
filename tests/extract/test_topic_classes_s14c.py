"""Topics, cross-set round 14c. Class, all sentences our own:

1. Data about patients and digital tools on farms name the digital field as well as their own:
   "health data" is health and digital, "digital farming" agriculture and digital."""

from __future__ import annotations

import pytest

from .records import Extract, topics

DIGITAL_CUES = [  # (text, the field the phrase's own cue gives)
    (
        "Ghana and Denmark signed a memorandum on research cooperation in Accra. Teams will build "
        "shared standards for the analysis of health data across hospitals in both countries.\n",
        "health",
    ),
    (
        "Israel and Kenya opened a joint research call on water technologies. Topics include "
        "drip irrigation, digital farming and soil sensing for smallholders.\n",
        "agriculture_food",
    ),
]


@pytest.mark.parametrize(("text", "own"), DIGITAL_CUES)
def test_health_data_and_digital_farming_name_the_digital_field(
    extract: Extract, text: str, own: str
) -> None:
    assert {"digital", own} <= topics(extract(text))
