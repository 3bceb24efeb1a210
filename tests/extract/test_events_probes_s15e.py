"""Event probes of session 15, round 5 (grammar probes, helper e). Texts of our own.

A body's session told by holding it: a capitalised name ending in a body head (Council,
Commission, Committee, Board ...) as the object of "held"/"hosted"/"convened"/"co-chaired" or the
subject of "was held"/"took place" names a meeting; a body named as the one hosted or acting
("hosted the Research Council of Norway", "chaired the Research Council from 2015 to 2020") does
not.
"""

from __future__ import annotations

import pytest

from .records import Extract

HELD = [
    pytest.param(
        "BRUSSELS, 9 April 2025 — The EU and India held the Digital Partnership Council in Brussels "
        "on 8 April.\n",
        [("meeting", "2025-04-08", "Brussels")],
        id="held the council",
    ),
    pytest.param(
        "VIENNA, 4 November 2024 — Austria and Israel held their Joint Economic Commission in Vienna on "
        "1 November 2024.\n",
        [("meeting", "2024-11-01", "Vienna")],
        id="held their commission",
    ),
    pytest.param(
        "SEOUL, 5 May 2024 — The fourth Korea–Sweden Joint Science Committee was held in Seoul on "
        "3 May 2024.\n",
        [("meeting", "2024-05-03", "Seoul")],
        id="committee was held",
    ),
    pytest.param(
        "TOKYO, 10 June 2024 — Japan and Canada convened the 5th Japan-Canada Joint Committee on Science "
        "and Technology Cooperation in Ottawa on 7 June 2024.\n",
        [("meeting", "2024-06-07", "Ottawa")],
        id="convened the numbered committee on",
    ),
    pytest.param(
        "TOKYO, 10 June 2024 — Ministers from Japan and Canada co-chaired the Japan-Canada Energy Policy "
        "Board on 7 June 2024 in Tokyo.\n",
        [("meeting", "2024-06-07", "Tokyo")],
        id="co-chaired the board",
    ),
    pytest.param(
        "CANBERRA, 2 March 2025 — Australia and Indonesia will hold the 2025 Australia-Indonesia "
        "Ministerial Council on 20 March in Jakarta.\n",
        [("meeting", "2025-03-20", "Jakarta")],
        id="will hold the year's council",
    ),
    pytest.param(
        "OSLO, 5 May 2024 — Norway and Japan hosted the Research Council of Norway in Oslo on 3 May 2024.\n",
        [],
        id="a body's name runs on: no session",
    ),
    pytest.param(
        "BERLIN, 2 March 2025 — She chaired the German Research Council from 2015 to 2020 and worked "
        "with Japan.\n",
        [],
        id="chaired a body over years",
    ),
]


@pytest.mark.parametrize(("text", "events"), HELD)
def test_a_body_held_is_a_meeting(extract: Extract, text: str, events: list[tuple[str, str, str]]) -> None:
    got = [(e["type"], e["date"], e.get("location")) for e in extract(text, published=None)["events"]]
    assert got == events
