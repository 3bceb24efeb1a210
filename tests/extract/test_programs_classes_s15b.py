"""Programmes, round 15b. Classes, all sentences our own:

1. After a pair of places joined by a dash, "Accelerator" and "Marketplace" head a programme's
   name ("the Chile-Korea Startup Accelerator", "the Africa-India Agricultural Innovation
   Marketplace"), as Track, Grants or Hub do there; alone they name firms and markets.
2. Such a name may go on past a line break of hard-wrapped text ("the Peru - Japan Ocean
   Talent\\nBridge"); the name is read with a space there."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

PAIRED_HEADS = [  # (text, programme's name)
    (
        "Chile and Korea signed a memorandum on innovation. Young firms of both countries may apply to "
        "the Chile-Korea Startup Accelerator, which offers mentoring in Seoul and Santiago.\n",
        "Chile-Korea Startup Accelerator",
    ),
    (
        "Kenya and India agreed to deepen agricultural research. Joint seed projects were funded in the "
        "past by the Africa–India Agricultural Innovation Marketplace, the minister recalled.\n",
        "Africa–India Agricultural Innovation Marketplace",
    ),
]

WRAPPED = [  # (hard-wrapped text, programme's name)
    (
        "Peru and Japan agreed on ocean research cooperation. The two sides will launch a scholarship\n"
        "scheme, named the Peru - Japan Ocean Talent\n"
        "Bridge, that sends 40 Peruvian doctoral students to Japanese universities.\n",
        "Peru - Japan Ocean Talent Bridge",
    ),
    (
        "Ghana and Sweden signed an agreement on research cooperation. Postdoctoral researchers may\n"
        "apply to the Ghana-Sweden Climate\n"
        "Fellowships until the end of the year.\n",
        "Ghana-Sweden Climate Fellowships",
    ),
]


@pytest.mark.parametrize(("text", "name"), PAIRED_HEADS)
def test_accelerator_and_marketplace_after_a_place_pair(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), WRAPPED)
def test_a_place_pair_name_across_a_line_break(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_accelerator_alone_names_no_programme(extract: Extract) -> None:
    text = (
        "Chile and Korea signed a memorandum on innovation. The Seoul Accelerator, a private firm, "
        "hosted the signing ceremony.\n"
    )
    assert "Seoul Accelerator" not in programme_names(extract(text))
