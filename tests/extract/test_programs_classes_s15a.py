"""Programmes, round 15a. Classes, all sentences our own:

1. A name of several capitalised words quoted right after a programme word, lower-case or after
   "the" and a capitalised one ("the second call of the Programme "Rios Claros"", "the joint
   project "Andes Verdes"") is the programme's name.
2. A world region or other area that is no country or city, alone before a lower-case programme
   word ("the Kansai programme of the festival", "its national Arctic project"), says where the
   programme runs and names none."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

QUOTED = [  # (text, programme's name)
    (
        "The University of Chile and the University of Bergen make public the third call of the "
        'Programme "Rios Claros". It funds short research stays in freshwater ecology.\n',
        "Rios Claros",
    ),
    (
        "Kenya and Japan agree on dryland research. Researchers of both countries started the joint "
        'project "Mvua Safi" in Nairobi, which studies rainwater harvesting.\n',
        "Mvua Safi",
    ),
]

PLACE_ONLY = [  # (text, the place that names no programme)
    (
        "Ireland and Japan agreed on more exchange. The Kansai programme of the festival opens in "
        "Osaka with a concert and a trade fair.\n",
        "Kansai",
    ),
    (
        "Norway and Japan signed a memorandum on polar research. The institute led Japan's national "
        "Arctic project and shares its sea-ice data with Norwegian partners.\n",
        "Arctic",
    ),
    (
        "Chile and Germany agreed on research cooperation. The Patagonia project of the university "
        "measures glacier retreat.\n",
        "Patagonia",
    ),
]


@pytest.mark.parametrize(("text", "name"), QUOTED)
def test_a_quoted_name_after_a_programme_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "place"), PLACE_ONLY)
def test_a_place_alone_names_no_programme(extract: Extract, text: str, place: str) -> None:
    assert place not in programme_names(extract(text))

