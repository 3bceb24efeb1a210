"""Topic probes of session 17, round 3 (grammar probes, helper l). Texts of our own.

1. A sentence that tells of another pair's cooperation, with a country named only in passing, names
   no topic of the document ("Australia has also cooperated with Japan on hydrogen").
2. Exclusions that reach over a list the cue begins ("nuclear energy, space research or quantum
   computing will not be funded"), "neither ... nor", "is not part of", "is not within the scope".
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

CASES = [
    pytest.param(
        "CANBERRA, 3 March 2025 - Australia and Indonesia signed an arrangement on marine science research."
        " The two countries will fund joint projects on coral reef monitoring.\nAustralia has also"
        " cooperated with Japan on hydrogen technology since 2018.",
        {"ocean_polar"},
        id="background pair",
    ),
    pytest.param(
        "SANTIAGO, 3 March 2025 - Chile and Finland signed a memorandum on research cooperation in AI."
        " Chilean and Finnish teams will also study hydrogen storage in the Atacama.",
        {"ai", "hydrogen"},
        id="own pair kept",
    ),
    pytest.param(
        "OSLO, 3 March 2025 - Norway and Chile signed a research cooperation agreement on chemistry."
        " Fellowships 2026 fund postdoctoral mobility between Spain and Korea.",
        {"talent_mobility"},
        id="other pair without cooperation kept",
    ),
    pytest.param(
        "CALL - Finland-India Joint Call 2025, published 2 May 2025\nThe Academy of Finland and India's"
        " Department of Biotechnology invite joint research proposals on health technologies.\nProjects"
        " in the area of nuclear energy, space research or quantum computing will not be funded.",
        {"health"},
        id="list excluded",
    ),
    pytest.param(
        "KUALA LUMPUR, 9 Sept 2025 - Malaysia and Japan opened a joint research call on robotics. Neither"
        " fundamental physics nor space science is within the scope of this call.",
        {"robotics"},
        id="neither nor",
    ),
    pytest.param(
        "HELSINKI, 2 Oct 2025 - Finland and Vietnam signed a memorandum on research cooperation in AI;"
        " cooperation in defence and in nuclear technology is not part of the memorandum.",
        {"ai"},
        id="not part of",
    ),
    pytest.param(
        "BANGKOK, 4 April 2025 - Thailand and Sweden fund joint research on AI, robotics and quantum"
        " computing. Projects on nuclear energy are not eligible.",
        {"ai", "robotics", "quantum"},
        id="list before exclusion kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe_topics(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected
