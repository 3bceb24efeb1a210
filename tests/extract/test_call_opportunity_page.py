"""A call's programme on a funding opportunity's own page (its title, when a facts box of labels
follows it) and the programme the text names as the call's funder's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.components.calls import opportunity_title

OPPORTUNITY_PAGES = [
    (
        "Canada–Norway ocean observation research 2028\n- Opportunity status\n- Open\n- Funders\n"
        "- Natural Sciences and Engineering Research Council (NSERC)\n- Closing date\n- 3 March 2028\n",
        "Canada–Norway ocean observation research 2028",
    ),
    (
        "# Joint seed grants for Polish and Korean battery researchers\n\n**Call status:** open\n"
        "**Deadline:** 14 May 2027, 17:00 CET\n**Maximum award:** EUR 80,000\n",
        "Joint seed grants for Polish and Korean battery researchers",
    ),
    (
        "Irish–Chilean marine data fellowships | Research Ireland\nFunding type: Fellowship\n"
        "Opening date: 1 February 2027\nClosing date: 30 April 2027\n",
        "Irish–Chilean marine data fellowships",
    ),
]

NOT_OPPORTUNITY_PAGES = [
    # a news page: a dateline under the title, no facts box
    "Estonia and Japan open a new call on cybersecurity\n\n"
    "Tallinn, 2 May 2027. The call closes on 1 July 2027.\n",
    # one label only: a paragraph that mentions a deadline
    "Minister visits Lisbon\nDeadline for comments on the roadmap is 3 June 2027.\nThe visit went well.\n",
    # the title is a paragraph, not a title
    "The two agencies announced " + "a long list of words " * 10
    + "\nFunders: A, B\nClosing date: 1 May 2027\n",
]


@pytest.mark.parametrize(("text", "name"), OPPORTUNITY_PAGES)
def test_an_opportunity_page_title_is_the_calls_name(text: str, name: str) -> None:
    assert opportunity_title(text) == name


@pytest.mark.parametrize("text", NOT_OPPORTUNITY_PAGES)
def test_other_pages_give_no_call_name(text: str) -> None:
    assert opportunity_title(text) is None


def test_the_call_on_an_opportunity_page_takes_the_title(extract: Callable[..., dict[str, Any]]) -> None:
    text = OPPORTUNITY_PAGES[0][0] + "\nApply for funding for a joint project with a team in Norway.\n"
    calls = extract(text)["calls"]
    assert [c.get("program") for c in calls] == ["Canada–Norway ocean observation research 2028"]


FUNDER_OWN = [
    # "FUNDER under its X": the call with that funder belongs to X, not to a programme named later
    (
        "The Korean team applies to NRF under its Global Research Network Program (GRNP). Work may "
        "build on the Horizon Europe programme. Korean applicants submit to NRF by 5 June 2027.",
        "GRNP",
    ),
    # "FUNDER's X"
    (
        "Applicants submit proposals to the DFG's Priority Programme on Catalysis (SPP-CAT). Results of "
        "the Horizon Europe programme may be used. Proposals must be submitted to DFG by 1 March 2027.",
        "SPP-CAT",
    ),
]


@pytest.mark.parametrize(("text", "programme"), FUNDER_OWN)
def test_a_call_takes_its_funders_own_programme(
    extract: Callable[..., dict[str, Any]], text: str, programme: str
) -> None:
    record = extract("Funding news\n\n" + text)
    names = {p["name"]: {p["name"], *p.get("aliases", [])} for p in record["programs"]}
    owned = [n for n, all_names in names.items() if programme in all_names]
    assert owned, record["programs"]
    assert [c.get("program") in names[owned[0]] for c in record["calls"]] == [True], record["calls"]


LIST_ITEMS = [
    # the programme named in a later list item is not the call's
    ("Outcomes\n\n1. **Batteries.** The two ministries will open a joint call. Proposals are due by "
     "30 June 2027.\n2. **Mobility.** DAAD will expand its Programme for Student Exchange (PSE).\n", None),
    ("Outcomes\n\n- A joint call on sensors opens in May; applications close on 1 July 2027.\n"
     "- The agencies will renew the Nordic Sensor Programme.\n", None),
    # the same paragraph still names the call's programme after its deadline
    ("News\n\nApplications close on 1 July 2027. The call is part of the Nordic Sensor Programme.\n",
     "Nordic Sensor Programme"),
]


@pytest.mark.parametrize(("text", "programme"), LIST_ITEMS)
def test_a_later_list_item_names_no_programme_of_the_call(
    extract: Callable[..., dict[str, Any]], text: str, programme: str | None
) -> None:
    calls = extract(text)["calls"]
    assert [c.get("program") for c in calls] == [programme]
