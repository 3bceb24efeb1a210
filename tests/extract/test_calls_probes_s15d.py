"""Call probes of session 15, round 4 (grammar probes, helper d). Texts of our own.

1. "open for applications until DATE", "is accepting proposals until DATE": the call's closing
   date, said as the time it stays open.
"""

from __future__ import annotations

import pytest

from .records import Extract

OPEN_UNTIL = [
    pytest.param(
        "PARIS, 1 July 2025 - The PHC SAKURA programme between France and Japan is open for applications "
        "until 15 September 2025 (midnight, Paris time).\n",
        "2025-09-15",
        id="open for applications until",
    ),
    pytest.param(
        "OSLO, 2 February 2025 - The Research Council of Norway and JSPS are accepting proposals until "
        "14 April 2025 for joint projects between Norway and Japan.\n",
        "2025-04-14",
        id="accepting proposals until",
    ),
    pytest.param(
        "VIENNA, 5 May 2025 - The Austrian-Korean call for joint research projects is open until "
        "30 June 2025, 14:00 CEST.\n",
        "2025-06-30",
        id="open until",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), OPEN_UNTIL)
def test_open_until_gives_the_deadline(extract: Extract, text: str, deadline: str) -> None:
    calls = extract(text, published=None)["calls"]
    assert [c["deadline"][:10] for c in calls] == [deadline], calls
