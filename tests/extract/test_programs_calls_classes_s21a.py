"""Programmes and calls, session 21 round 1 (helper a). Sentences our own.

1. A facility named "... Testbed" and defined with its acronym ("the X Testbed (XT)") is a programme
   of the partners, as a "... Campus" or "... Beamline" is.
2. A scheme named right after "call for" or "round for" ("The first call for X Seed Grants ..."),
   its round word maybe opening the sentence: a programme when its name ends with a funding head.
3. A scheme named right before its call's word ("A first X Seed Grant call will open ...", "the
   next X Mobility Grants round closes ..."): a programme when its name ends with a funding head.
4. A call said to be a numbered edition or round of a programme ("This is the fourth edition of the
   X Programme", "The call is the second round of X") belongs to that programme, not to another
   programme named nearer its deadline; a past round ("selected in the second round of X") says
   nothing of the call.
5. An acronym defined inside a programme's name, its head word right after the bracket ("the X Y
   (XY) Fund"): a programme (not a body named by the words before the bracket), with the head word.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FOUND = [  # (text, a programme name that must be found)
    pytest.param(
        "Under the agreement, the partners will set up the Gdansk Offshore Wind Testbed (GOWT), where "
        "floating turbines will be trialled from 2027.",
        "Gdansk Offshore Wind Testbed",
        id="testbed defined with its acronym",
    ),
    pytest.param(
        "Results will be shared with the Atacama Lithium Brine Testbed (ALBT) run by the Chilean partner.",
        "ALBT",
        id="testbed acronym, run by",
    ),
    pytest.param(
        "The Osaka-Lyon Photonics Testbed (OLPT) will open to start-ups next year.",
        "Osaka-Lyon Photonics Testbed",
        id="testbed opening the sentence",
    ),
    pytest.param(
        "The first call for KU-UoN Seed Grants closes on 30 April 2026 at 17:00 EAT.",
        "KU-UoN Seed Grants",
        id="call for coined seed grants, sentence opening",
    ),
    pytest.param(
        "The university announced the first call for TU-UN Seed Grants. It closes on 30 April 2026.",
        "TU-UN Seed Grants",
        id="call for coined seed grants, inside a sentence",
    ),
    pytest.param(
        "Its second round for Baltic–Nordic Travel Grants closes on 2 October 2026 at 15:00 CEST.",
        "Baltic–Nordic Travel Grants",
        id="round for travel grants",
    ),
    pytest.param(
        "A first KAUST-ETH Seed Grant call will open on 5 January 2026 and close on 31 March 2026.",
        "KAUST-ETH Seed Grant",
        id="seed grant before call",
    ),
    pytest.param(
        "The next Lisbon Mobility Grants round closes on 12 May 2026 at 17:00 WEST.",
        "Lisbon Mobility Grants",
        id="mobility grants before round",
    ),
    pytest.param(
        "Through the Baltic Ocean Monitoring (BOMON) Fund, the ministry will provide EUR 2 million to the "
        "partnership.",
        "Baltic Ocean Monitoring Fund",
        id="fund head after the acronym's bracket",
    ),
    pytest.param(
        "Ghana will draw on the Sahel Water Resilience (SAWAR) Fund created by the 2024 accord.",
        "SAWAR Fund",
        id="fund head after the bracket, created by",
    ),
    pytest.param(
        "Start-ups may apply to the Mekong Digital Innovation (MEDIN) Fund, which Vietnam and Korea set up "
        "in 2025.",
        "MEDIN",
        id="fund head after the bracket, which clause",
    ),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_FOUND = [  # (text, a name that must not be a programme)
    pytest.param(
        "The third call for Joint Research Projects closes on 14 May 2026. Each project can receive up "
        "to EUR 300,000.",
        "Joint Research Projects",
        id="call for a generic kind of grant",
    ),
    pytest.param(
        "This year the Joint Research Projects call closes on 12 May 2026.",
        "Joint Research Projects",
        id="generic kind of grant before call",
    ),
    pytest.param(
        "A call for Expressions of Interest will close on 10 June 2026.",
        "Expressions of Interest",
        id="call for expressions of interest",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


CALL_PROGRAMME = [  # (text, the programme of its one call)
    pytest.param(
        "The Kenya Bureau and the Finnish Academy open a call for joint projects on forestry data. This is "
        "the fourth edition of the Kenya–Finland Forest Futures Programme, after the calls of 2019 and "
        "2022. Eligible teams may also draw on the Horizon Europe programme. The deadline is 14 May 2026, "
        "16:00 EAT. Each project can receive up to EUR 300,000.",
        "Kenya–Finland Forest Futures Programme",
        id="this is the fourth edition of",
    ),
    pytest.param(
        "The call is the second round of the Andes–Alps Research Partnership (AARP) and opens on 3 "
        "February 2026. Teams may also use the infrastructure of the European Southern Observatory "
        "Programme. Proposals must be submitted by 30 April 2026. Each project can receive up to "
        "CHF 200,000.",
        "Andes–Alps Research Partnership",
        id="the call is the second round of",
    ),
    pytest.param(
        "Today the two agencies opened a joint call. The new call will be the 2027 cycle of the Baltic "
        "Blue Growth Initiative. Projects may link to the Interreg Baltic Sea Region programme. The "
        "deadline for proposals is 1 March 2027. Grants of up to EUR 250,000 are available.",
        "Baltic Blue Growth Initiative",
        id="the new call will be the 2027 cycle of",
    ),
    pytest.param(
        "The project was selected in the second round of the Nordic Ocean Partnership. A separate call "
        "under the Sea Grants Programme closes on 12 June 2026; each grant is up to EUR 40,000.",
        "Sea Grants Programme",
        id="a past round says nothing of the call",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALL_PROGRAMME)
def test_call_programme(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text)["calls"]
    assert [c.get("program") for c in calls] == [programme]
