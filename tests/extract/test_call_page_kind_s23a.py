"""A funding opportunity's own page whose title stands under a line naming the page's kind ("Call
for proposals · Reference number ..."), with a facts box of labels such as "Closes" or "Total
budget": its title is the call's name, for the funder's deadline in the box and the partner's
deadline further down."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.components.calls import opportunity_title

KIND_LINE_PAGES = [
    (
        "Call for proposals · Reference number 2027-00417\n"
        "Denmark–Vietnam: joint water technology projects 2027\n"
        "- Open for applications\n- 3 March 2027\n- Closes\n- 9 June 2027, 14:00 CEST\n"
        "- Total budget\n- DKK 20 million\n",
        "Denmark–Vietnam: joint water technology projects 2027",
    ),
    (
        "Funding opportunity | Ref. AX-2028-12\n"
        "Finnish–Kenyan forestry data partnerships\n"
        "Who can apply: universities and research institutes\n"
        "Closes: 14 February 2028\nFunding per project: up to EUR 250,000\n",
        "Finnish–Kenyan forestry data partnerships",
    ),
    (
        "Open call\nPortugal–Morocco solar materials seed grants 2027\n"
        "Opens: 1 April 2027\nCloses: 30 June 2027\n",
        "Portugal–Morocco solar materials seed grants 2027",
    ),
]

NOT_KIND_LINES = [
    # a first line with a call's name after a dash is the title itself, not a line naming a kind
    "Call for proposals – Austrian–Chilean glacier monitoring 2027\n"
    "Closes: 1 May 2027\nTotal budget: EUR 400,000\n",
]


@pytest.mark.parametrize(("text", "name"), KIND_LINE_PAGES)
def test_the_title_under_a_kind_line_is_the_calls_name(text: str, name: str) -> None:
    assert opportunity_title(text) == name


def test_a_call_name_on_the_first_line_stays_the_title() -> None:
    assert (
        opportunity_title(NOT_KIND_LINES[0])
        == "Call for proposals – Austrian–Chilean glacier monitoring 2027"
    )


def test_both_deadlines_take_the_pages_title(extract: Callable[..., dict[str, Any]]) -> None:
    text = (
        KIND_LINE_PAGES[0][0]
        + "\nThe Innovation Fund Denmark and the Vietnamese National Foundation for Science and Technology "
        "Development (NAFOSTED) open a joint call. The call is linked to the national Green Growth "
        "Strategy of Vietnam.\n\nHow to apply\n"
        "- Danish applicants: through the e-service by 9 June 2027 at 14:00 CEST.\n"
        "- Vietnamese applicants: to NAFOSTED by 16 June 2027 at 17:00 Hanoi time.\n"
    )
    calls = extract(text)["calls"]
    assert [c["deadline"][:10] for c in calls] == ["2027-06-09", "2027-06-16"]
    assert {c.get("program") for c in calls} == {KIND_LINE_PAGES[0][1]}
