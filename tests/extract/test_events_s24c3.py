"""Session 24 round 3 probes on events (helper c): documents of our own in the shapes of a
programme's fact sheet and an agency's news item.

1. "A joint research fund of EUR 4 million will be opened, with a first call in spring": a fund or
   budget told opened in the passive is money made available, no launch event; a facility or a
   centre "opened" in the same words still is one.
"""

from __future__ import annotations

from typing import Any

from .records import Extract


def _events(extract: Extract, text: str, published: str) -> list[tuple[str, str]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return sorted((e["type"], e["date"]) for e in events)


FUND_LIST = """\
Kazakhstan and Korea agree a three-year engineering programme

Kazakhstan and Korea agreed on 3 March 2026 a programme of engineering cooperation. Its main
points:

1. Twenty doctoral students a year will train in Korean laboratories.
2. A competitive joint research fund of KZT 2 billion (about KRW 5.5 billion) will be opened in
   2026, with the first call announced in the autumn.
"""

BUDGET_NEWS = """\
Ghana and the Netherlands expand water research

Ghana and the Netherlands will expand their cooperation on water research, the ministry said.

A new budget line of EUR 3 million was formally opened in May 2025 for joint projects of Ghanaian and
Dutch universities.
"""

CENTRE_NEWS = """\
Ghana and the Netherlands expand water research

Ghana and the Netherlands will expand their cooperation on water research, the ministry said.

A joint water research centre was opened in Accra on 14 May 2025 by the two ministers.
"""


def test_fund_opened_is_no_launch(extract: Extract) -> None:
    assert not [e for e in _events(extract, FUND_LIST, "2026-03-04") if e[0] == "launch"]


def test_budget_line_opened_is_no_launch(extract: Extract) -> None:
    assert not [e for e in _events(extract, BUDGET_NEWS, "2025-06-02") if e[0] == "launch"]


def test_centre_opened_is_a_launch(extract: Extract) -> None:
    assert ("launch", "2025-05-14") in _events(extract, CENTRE_NEWS, "2025-06-02")
