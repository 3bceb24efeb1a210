"""Calls, round 16a. Classes, all sentences our own:

1. Deadlines given as the rows of a table under a "Deadlines" heading, each row labelled by its
   first cell ("| Pre-proposal | Monday 2 March 2026, 14:00 CLST | 18:00 CET |"), count like the
   labelled lines and bullets listed under such a heading; rows labelled with results, starts or
   decisions do not.
2. A deadline's offset is that of the zone written first after its time, not of a zone a later
   cell gives for the other side's clock ("14:00 CLST | 18:00 CET" is Chilean time).
"""

from __future__ import annotations

import pytest

from .records import Extract

TABLE_ROWS = [  # (text, deadlines expected, a date that is no deadline)
    pytest.param(
        "Joint call of the Chilean and German research agencies on glacier science.\n\nDeadlines\n"
        "The call has two stages.\n| Stage | Chile | Germany |\n|---|---|---|\n"
        "| Outline proposal | Tuesday 3 March 2026, 15:00 CLST | 19:00 CET |\n"
        "| Full proposal (invited only) | Friday 26 June 2026, 12:00 CLT | 18:00 CEST |\n"
        "| Funding decision | November 2026 | November 2026 |\n",
        ["2026-03-03T15:00-03:00", "2026-06-26T12:00-04:00"],
        None,
        id="stages in a table, each side's clock",
    ),
    pytest.param(
        "Call for joint projects on river restoration between Austria and Vietnam.\n\nApplication "
        "deadlines\n| Round | Date |\n|---|---|\n| First round | 14 April 2027, 12:00 CEST |\n"
        "| Second round | 20 October 2027, 12:00 CEST |\n| Start of projects | 1 March 2028 |\n",
        ["2027-04-14T12:00+02:00", "2027-10-20T12:00+02:00"],
        "2028-03-01",
        id="rounds in a table, start row left out",
    ),
]


@pytest.mark.parametrize(("text", "deadlines", "not_deadline"), TABLE_ROWS)
def test_table_rows_under_a_deadlines_heading(
    extract: Extract, text: str, deadlines: list[str], not_deadline: str | None
) -> None:
    found = [str(call.get("deadline") or "") for call in extract(text)["calls"]]
    for deadline in deadlines:
        assert deadline in found, found
    if not_deadline:
        assert not any(value.startswith(not_deadline) for value in found), found


FIRST_ZONE = [  # (text, deadline)
    (
        "Joint call on marine robotics between Chile and Spain.\n\nProposals must be submitted by "
        "9 April 2027, 14:00 CLT (20:00 CEST in Madrid).\n",
        "2027-04-09T14:00-04:00",
    ),
    (
        "Joint call on hydrogen between Japan and Germany.\n\nThe deadline is 5 February 2027, "
        "10:00 CET / 18:00 JST.\n",
        "2027-02-05T10:00+01:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), FIRST_ZONE)
def test_the_zone_written_first_after_the_time(extract: Extract, text: str, deadline: str) -> None:
    found = [str(call.get("deadline") or "") for call in extract(text)["calls"]]
    assert deadline in found, found
