"""Classes of call wording (texts of our own):

- a deadline sentence hard-wrapped over several lines, its date two or three lines after the
  deadline word (plain-text newsletters and e-mails);
- a time zone named in words before the date, maybe with its abbreviation in brackets ("5 pm
  Australian Central Daylight Time (ACDT) on", "17:00 Japan Standard Time on");
- a digest of several calls, each with its own sums and then its deadline: each call's ceiling
  is one stated in its own item.
"""

from __future__ import annotations

import pytest

from .records import Extract

WRAPPED = [
    (
        "2. CALL FOR PROPOSALS\n\nProposals from the Chilean side must be submitted by the lead\n"
        "university through the council's online portal no later than\n"
        "16:00 Chile time on 12 August 2027. Late proposals are refused.\n",
        "2027-08-12",
    ),
    (
        "Joint call\n\nFull applications are to be submitted by the coordinating\n"
        "institution via the agency's electronic submission\n"
        "system by 3 September 2027.\n",
        "2027-09-03",
    ),
    (
        "Call for proposals\n\nThe partners said that applications will be received by\n"
        "the secretariat of the programme\n"
        "until 30 October 2027\n",
        "2027-10-30",
    ),
]


@pytest.mark.parametrize(("text", "day"), WRAPPED)
def test_a_deadline_sentence_wrapped_over_several_lines(extract: Extract, text: str, day: str) -> None:
    assert [str(c["deadline"])[:10] for c in extract(text, published="2027-01-10")["calls"]] == [day]


def test_a_new_list_item_ends_a_wrapped_deadline_sentence(extract: Extract) -> None:
    text = (
        "Call for proposals\n\nApplications must be submitted by the host\n"
        "- Contact: the council office\n"
        "- Workshop held on 5 May 2027 in Lima\n"
    )
    assert extract(text, published="2027-01-10")["calls"] == []


ZONES = [
    (
        "Funding call\n\nApplications close at 5:00 pm Australian Central Daylight Time (ACDT) on "
        "Friday 12 March 2027.\n",
        "2027-03-12T17:00+10:30",
    ),
    (
        "Funding call\n\nProposals are due by 17:00 Japan Standard Time on 4 November 2027.\n",
        "2027-11-04T17:00+09:00",
    ),
    (
        "Funding call\n\nThe call closes at 14:00 Central European Summer Time on 9 June 2027.\n",
        "2027-06-09T14:00+02:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), ZONES)
def test_a_zone_named_in_words_before_the_date(extract: Extract, text: str, deadline: str) -> None:
    assert [c["deadline"] for c in extract(text, published="2027-01-10")["calls"]] == [deadline]


def test_each_call_of_a_digest_has_its_own_ceiling(extract: Extract) -> None:
    text = (
        "# Research digest\n\n"
        "## 1. Ghana and Denmark: water research\n\n"
        "The Danish fund and the Ghanaian council opened a joint call.\n\n"
        "- **How much:** up to **DKK 4,000,000** per project\n"
        "- **Deadline:** **3 March 2027**\n\n"
        "## 2. Peru and Finland: forest research\n\n"
        "The Finnish academy and the Peruvian council opened a joint call for forest research.\n\n"
        "- **How much:** up to **EUR 300,000** per Finnish partner\n"
        "- **Deadline:** **8 April 2027**\n"
    )
    calls = {c["deadline"]: c.get("max_amount") for c in extract(text, published="2027-01-10")["calls"]}
    assert calls["2027-03-03"] == {"value": 4000000, "currency": "DKK"}
    assert calls["2027-04-08"] == {"value": 300000, "currency": "EUR"}
