"""Event probes of session 15, round 4 (grammar probes, helper d). Texts of our own.

1. An event word that names what a call funds ("invite proposals for joint workshops", "funding
   for networking events, workshops and exchange visits") is no event that takes place; one named
   with "the" ("applications for the workshop on ..., held on 4 June") still is.
2. A venue named with "in" its city ("at the EU Delegation in Tokyo", "at the Embassy of Japan in
   Berlin") places the event in that city.
"""

from __future__ import annotations

import pytest

from .records import Extract

FUNDED = [
    pytest.param(
        "TOKYO, 12 March 2025 – Japan and Germany invite proposals for joint workshops on quantum "
        "science. The deadline is 30 May 2025.\n",
        [],
        id="proposals for joint workshops",
    ),
    pytest.param(
        "HELSINKI, 3 September 2024 — The Research Council of Finland and JSPS invite proposals for "
        "bilateral seminars between Finland and Japan.\n",
        [],
        id="proposals for bilateral seminars",
    ),
    pytest.param(
        "LONDON, 1 March 2024 — The UK and Korea provide funding for networking events, workshops and "
        "exchange visits.\n",
        [],
        id="funding for a list of kinds",
    ),
    pytest.param(
        "LONDON, 1 March 2024 — The UK and Korea invite applications for the workshop on quantum "
        "sensing, held on 4 June 2024 in London.\n",
        ["2024-06-04"],
        id="applications for the workshop",
    ),
]


@pytest.mark.parametrize(("text", "dates"), FUNDED)
def test_a_funded_kind_is_no_event(extract: Extract, text: str, dates: list[str]) -> None:
    events = extract(text, published=None)["events"]
    assert [e["date"] for e in events] == dates, events


SEATED = [
    pytest.param(
        "BRUSSELS, 2 October 2023 - The EU–Japan Research Forum will take place on 14 November 2023 at "
        "the EU Delegation in Tokyo.\n",
        "Tokyo",
        id="delegation in",
    ),
    pytest.param(
        "BRUSSELS, 2 October 2023 - The EU and Japan will hold a research forum on 14 November 2023 at "
        "the Embassy of Japan in Berlin.\n",
        "Berlin",
        id="embassy of X in",
    ),
    pytest.param(
        "BRUSSELS, 2 October 2023 - The EU–Japan Research Forum will take place on 14 November 2023 at "
        "Kyoto University, Kyoto.\n",
        "Kyoto",
        id="venue then city",
    ),
]


@pytest.mark.parametrize(("text", "city"), SEATED)
def test_a_venue_in_a_city_places_the_event(extract: Extract, text: str, city: str) -> None:
    events = extract(text, published=None)["events"]
    assert [e.get("location") for e in events] == [city], events
