"""Zone abbreviations that several countries use ("CST", "IST") take the offset of the country the
text is about when it names that country and never the abbreviation's usual one."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

PAGES = [
    # Central Standard Time on a Mexican–Spanish call page
    (
        "CONAHCYT and Spain's AEI open a joint call\n\nMexico and Spain fund joint projects in water"
        " research. Mexican teams apply to CONAHCYT.\n\nDeadline: 15 May 2026, 17:00 CST.\n",
        "2026-05-15T17:00-06:00",
    ),
    # China Standard Time where China is named
    (
        "NSFC and the Research Council of Norway open a joint call\n\nChina and Norway fund joint"
        " projects in polar research.\n\nDeadline: 15 May 2026, 17:00 CST.\n",
        "2026-05-15T17:00+08:00",
    ),
    # Israel Standard Time on an Israeli–German page
    (
        "The Israel Innovation Authority and Germany's BMBF open a joint call\n\nIsrael and Germany fund"
        " joint projects in AI.\n\nDeadline: 15 May 2026, 12:00 IST.\n",
        "2026-05-15T12:00+02:00",
    ),
    # India Standard Time where India is named
    (
        "DST and Germany's DFG open a joint call\n\nIndia and Germany fund joint projects in AI.\n\n"
        "Deadline: 15 May 2026, 12:00 IST.\n",
        "2026-05-15T12:00+05:30",
    ),
    # both countries named: the usual reading stays
    (
        "NSFC and CONAHCYT open a joint call\n\nChina and Mexico fund joint projects.\n\n"
        "Deadline: 15 May 2026, 17:00 CST.\n",
        "2026-05-15T17:00+08:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), PAGES)
def test_a_shared_abbreviation_takes_the_zone_of_the_country_named(text: str, deadline: str) -> None:
    record = get_extractor().extract(text, name="call.md", published="2026-03-01").to_dict()
    assert [call["deadline"] for call in record["calls"]] == [deadline]
