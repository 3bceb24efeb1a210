"""Programmes and calls, session 18 round 2 (helper g). Sentences our own.

1. A call's own name that opens with three partners joined by dashes or slashes ("X-Y-Z Trilateral
   Call on ...", "X/Y/Z Research Call on ..."): the whole name is the call's, as for two partners.
2. A call's programme whose name has more than one word keeps its name alone when the text always
   writes it with "programme" after it ("the ALFA 3 programme" gives "ALFA 3"); a one-word name
   keeps the word ("the Kestrel programme": "Kestrel programme").
"""

from __future__ import annotations

import pytest

from .records import Extract

CALLS = [  # (text, the first call's programme)
    pytest.param(
        "The agencies opened the third AEI-FAPESP-NRF Trilateral Call on Ocean Observation in March.\n\n"
        "The call closed on 12 May 2025 at 14:00 CEST and drew 30 proposals.",
        "AEI-FAPESP-NRF Trilateral Call on Ocean Observation",
        id="three partners, trilateral call, deadline in the next paragraph",
    ),
    pytest.param(
        "The third CNPq-FWF-SNSF Trilateral Call on Soil Health opened in May. "
        "Full proposals were due on 30 September 2025.",
        "CNPq-FWF-SNSF Trilateral Call on Soil Health",
        id="three partners, past deadline",
    ),
    pytest.param(
        "Applications to the KTH/NUS/ETH Research Call on Urban Water close on 9 June 2026.",
        "KTH/NUS/ETH Research Call on Urban Water",
        id="three partners joined by slashes",
    ),
    pytest.param(
        "Proposals to the NWO–JST–DFG Research Call on Robotics are due by 4 March 2026, 14:00 CET.",
        "NWO–JST–DFG Research Call on Robotics",
        id="three partners joined by en dashes",
    ),
    pytest.param(
        "Czech teams submit proposals under the ALFA 3 programme; the call closes on "
        "20 March 2026, 12:00 CET.",
        "ALFA 3",
        id="two-word programme name without its kind word",
    ),
    pytest.param(
        "Researchers apply through the Nordic Ocean Bridges programme. Proposals under the Nordic Ocean "
        "Bridges programme are due by 2 April 2026.",
        "Nordic Ocean Bridges",
        id="three-word programme name without its kind word",
    ),
    pytest.param(
        "Funding comes from the Kestrel programme. Applications to the Kestrel programme "
        "close on 5 May 2026.",
        "Kestrel programme",
        id="one-word programme name keeps its kind word",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALLS)
def test_call_programme(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text, published="2026-01-10")["calls"]
    assert calls
    assert calls[0].get("program") == programme
