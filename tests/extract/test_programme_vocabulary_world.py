"""Programme vocabulary written from how funders outside the old list's countries name their schemes
(Latin America, Africa, South and Southeast Asia, Middle East, Central/Eastern Europe, the Nordics,
Oceania), a known name that starts in lower case ("e-ASIA"), more heads of a name after a pair of
places (Bridge, Hub, Exchange, Coalition), a first place of two words before the dash ("Viet Nam -
Korea ..."), and a funder's "X-funded" word that opens no programme's name. Negatives: the heads
stay no programme without a pair of places ("the Stock Exchange", "Tower Bridge"), and a phrase of
generic words after "X-funded" names none. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

# (text, a programme name that must be found)
FOUND = [
    (
        "Teams from Peru and Spain were selected under the Programa Iberoamericano de Ciencia y "
        "Tecnología para el Desarrollo last year.",
        "Programa Iberoamericano de Ciencia y Tecnología para el Desarrollo",
    ),
    ("The Chilean partners hold grants from FONDECYT and will visit Lyon.", "FONDECYT"),
    (
        "Early-career Kenyan researchers may apply to the Africa Research Excellence Fund for travel.",
        "Africa Research Excellence Fund",
    ),
    (
        "Two professors hold posts under the South African Research Chairs Initiative in Durban.",
        "South African Research Chairs Initiative",
    ),
    (
        "Thai doctoral students come through the Royal Golden Jubilee PhD Program every year.",
        "Royal Golden Jubilee Ph.D. Program",
    ),
    ("Filipino experts returned home under the Balik Scientist Program in 2023.", "Balik Scientist Program"),
    ("Polish hosts may invite Czech scholars through the Ulam Programme of NAWA.", "Ulam Programme"),
    ("The Marsden Fund supports the New Zealand half of the project.", "Marsden Fund"),
    ("Romanian and Norwegian labs are funded by the EEA Grants until 2028.", "EEA and Norway Grants"),
    ("The joint work is supported by the Newton-Bhabha Fund and by two universities.", "Newton-Bhabha Fund"),
    (
        "Japan funds multilateral calls through the e-ASIA Joint Research Program with ASEAN members.",
        "e-ASIA Joint Research Program",
    ),
    # heads after a pair of places
    (
        "The ministers will launch the Vietnam-Korea Semiconductor Talent Bridge next spring.",
        "Vietnam-Korea Semiconductor Talent Bridge",
    ),
    (
        "A university in Perth will lead a new Australia–Japan Critical Minerals Research Hub.",
        "Australia–Japan Critical Minerals Research Hub",
    ),
    (
        "Five students joined the cruise under the Morocco-Spain Young Marine Scientists Exchange.",
        "Morocco-Spain Young Marine Scientists Exchange",
    ),
    (
        "The two sides will launch a scholarship scheme, the Viet Nam - Korea Chip Design Bridge, soon.",
        "Viet Nam - Korea Chip Design Bridge",
    ),
    # a funder's "X-funded" word is no part of the name
    ("The lab is run with the Vinnova-funded Swelife programme in Lund.", "Swelife"),
]

# (text, a name that must not be found as a programme)
NOT_FOUND = [
    ("The firm listed its shares on the London Stock Exchange in May.", "London Stock Exchange"),
    ("The delegation walked across Tower Bridge after the meeting.", "Tower Bridge"),
    ("The Innovation Hub opened a new floor for start-ups.", "Innovation Hub"),
    ("The lab is run with the Vinnova-funded Swelife programme in Lund.", "Vinnova-funded Swelife"),
    ("Students apply to the JICA-backed Research Programme each year.", "Research Programme"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))
