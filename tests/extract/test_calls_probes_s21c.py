"""Call probes of session 21, round c (probes of our own, short whole documents).

1. A span of days with a closing hour after it ("2 February to 12 March 2026, 14:00 CET"): the hour
   is the last day's, so the call closes on the last day at that hour (temporal tagger: the range
   keeps its first day as value and takes the hour into its end value).
2. A deadline hour given in two zones before its day ("14:00 CET / 22:00 JST on 9 April 2026"):
   the first hour is dated by the second one's day, not by the page's date.
3. A joint call whose only stated cap is one side's money ("ANID funds up to CLP 60,000,000"): the
   other side's own deadline line gets no maximum.
"""

from __future__ import annotations

import pytest

from bilat.temporal import tag

from .records import Extract

RANGE_WITH_HOUR = [
    pytest.param(
        "# JST–CNPq Joint Call on Biodiversity\n\nThe Japan Science and Technology Agency (JST) and Brazil's "
        "National Council for Scientific and Technological Development (CNPq) invite proposals for joint "
        "projects.\n\nSubmission period: 2 February to 12 March 2026, 14:00 CET.\n",
        "2026-03-12T14:00+01:00",
        id="submission period, CET",
    ),
    pytest.param(
        "# NSFC–ISF joint call\n\nThe National Natural Science Foundation of China (NSFC) and the Israel "
        "Science Foundation (ISF) open the 2026 call for joint research proposals.\n\nProposals will be "
        "accepted from 2 February to 23 April 2026, 14:00 IST.\n",
        "2026-04-23T14:00+03:00",
        id="accepted from, Israeli time",
    ),
    pytest.param(
        "# ANID–DFG call 2026\n\nChile's National Research and Development Agency (ANID) and the German "
        "Research Foundation (DFG) invite applications.\n\nSubmission period: 5 January - 27 March 2026, "
        "16:00 CET\n",
        "2026-03-27T16:00+01:00",
        id="dash range",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), RANGE_WITH_HOUR)
def test_a_range_with_an_hour_closes_on_its_last_day(extract: Extract, text: str, deadline: str) -> None:
    calls = extract(text, published="2026-01-12")["calls"]
    assert [c["deadline"][:10] for c in calls] == [deadline[:10]], calls
    assert calls[0]["deadline"][10:16] == deadline[10:16], calls


def test_the_tagger_gives_the_hour_to_the_last_day() -> None:
    (timex,) = tag("Submission period: 2 February to 12 March 2026, 14:00 CET.", "2026-01-12")
    assert (timex.value, timex.end_value) == ("2026-02-02", "2026-03-12T14:00+01:00")


TWO_ZONES_FIRST = [
    pytest.param(
        "# JSPS–FWO Joint Research Projects: call for proposals 2026\n\nCall for proposals from the "
        "Research Foundation – Flanders (FWO) and the Japan Society for the Promotion of Science (JSPS).\n\n"
        "The deadline is 14:00 CET / 22:00 JST on 9 April 2026.\n",
        "2026-04-09",
        id="CET / JST on",
    ),
    pytest.param(
        "# SNSF–NRF Joint Research Projects\n\nThe Swiss National Science Foundation (SNSF) and South "
        "Africa's National Research Foundation (NRF) open a joint call for proposals.\n\nApplications must "
        "be submitted by 17:00 CEST / 00:00 JST on 2 June 2026.\n",
        "2026-06-02",
        id="CEST / JST on",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), TWO_ZONES_FIRST)
def test_an_hour_in_two_zones_takes_the_day_after_it(extract: Extract, text: str, deadline: str) -> None:
    calls = extract(text, published="2026-03-12")["calls"]
    assert [c["deadline"][:10] for c in calls] == [deadline], calls



OWN_CAPS = [
    pytest.param(
        "# ANID–DFG call 2026\n\nChile's National Research and Development Agency (ANID) and the German "
        "Research Foundation (DFG) launch a joint call.\n\nANID deadline: 10 May 2026, 16:00 Chile time "
        "(UTC-4).\nDFG deadline: 10 May 2026, 22:00 CEST.\n\nANID funds up to CLP 60,000,000 per project; "
        "DFG funds under its usual rules.\n",
        {"ANID": "CLP", "DFG": None},
        id="ANID-DFG",
    ),
]


@pytest.mark.parametrize(("text", "caps"), OWN_CAPS)
def test_each_side_keeps_its_own_cap(extract: Extract, text: str, caps: dict[str, str | None]) -> None:
    calls = extract(text, published="2026-03-12")["calls"]
    got = {c["funder"]: (c.get("max_amount") or {}).get("currency") for c in calls}
    assert got == caps, calls
