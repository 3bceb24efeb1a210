"""A call's programme when the text names the joint programme of its two funders ("ETAG–JSPS
Bilateral Programme") and, nearer the deadline, another programme only as background ("researchers
who hold an X grant may join"): the joint programme that pairs the call's funder with its partner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PAGES = [
    (
        "Latvia and Korea open a first joint call\n\n"
        "The Latvian Council of Science (LZP) and the National Research Foundation of Korea (NRF) have "
        "opened the first call of a new programme. The LZP–NRF Mobility Programme funds researcher "
        "exchanges in photonics and batteries.\n\n"
        "LZP pays up to EUR 12,000 per project per year. Holders of a Fundamental and Applied Research "
        "Projects grant may take part as team members.\n\n"
        "Deadline\n\nLatvian applicants submit to LZP by 12 March 2027, 16:00 EET.\n",
        "LZP–NRF Mobility Programme",
    ),
    (
        "Mexico and Finland: new researcher exchange scheme\n\n"
        "The National Council of Humanities, Sciences and Technologies (CONAHCYT) and the Research Council "
        "of Finland (RCF) launched the CONAHCYT/RCF Exchange Scheme on Monday. It supports joint work on "
        "forestry, water and Arctic science.\n\n"
        "Projects already funded under the Frontier Science Programme cannot be funded twice.\n\n"
        "The first call is open: Mexican teams apply to CONAHCYT by 30 September 2027.\n",
        "CONAHCYT/RCF Exchange Scheme",
    ),
]


@pytest.mark.parametrize(("text", "programme"), PAGES)
def test_the_joint_programme_of_the_funder_owns_the_call(
    extract: Callable[..., dict[str, Any]], text: str, programme: str
) -> None:
    calls = extract(text)["calls"]
    assert len(calls) == 1
    assert calls[0].get("program") == programme


def test_a_call_of_an_unpaired_funder_keeps_the_nearest_programme(
    extract: Callable[..., dict[str, Any]],
) -> None:
    text = (
        "Research funding news\n\n"
        "The Slovenian Research and Innovation Agency (ARIS) and the Czech Science Foundation (GACR) "
        "renewed the ARIS–GACR Lead Agency Scheme last spring.\n\n"
        "Separately, the Swiss National Science Foundation (SNSF) invites proposals to its Sinergia "
        "Programme for interdisciplinary teams. Applicants submit to SNSF by 1 December 2027.\n"
    )
    calls = extract(text)["calls"]
    assert [c.get("program") for c in calls] == ["Sinergia Programme"]
