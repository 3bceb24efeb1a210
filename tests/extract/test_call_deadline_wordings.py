"""The ways a text states a call's deadline beyond the word "deadline": a key-dates label ending in
"close" ("Full proposals close | 5pm NZST, Thursday 6 May"), "submit/apply/reach ... by <date>",
two funders' deadlines in one paragraph, a restated deadline, a start date that is no deadline,
and which amount is the per-project cap. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

CLOSE_LABELS = [  # (text, deadline)
    ("Key dates\n| Stage | Date |\n|---|---|\n| Full proposals close | 5pm NZST, Thursday 6 May 2027 |\n"
     "The call funds joint projects.\n", "2027-05-06T17:00+12:00"),
    ("Key dates for the call\n- Applications close: 14 April 2027, 14:00 SAST\n", "2027-04-14T14:00+02:00"),
    ("Expressions of interest close 2 February 2027 for the joint funding call.\n", "2027-02-02"),
    ("Calendar of the joint call\nPre-proposals close – noon CET, Monday 8 March 2027\n",
     "2027-03-08T12:00+01:00"),
]

SUBMIT_BY = [  # (text, deadline)
    ("Chilean teams submit an identical project description to ANID by 6:00 p.m. Santiago time "
     "on March 11, 2027 for the joint call.", "2027-03-11"),
    ("Proposals must be submitted to both agencies in parallel by **26 February 2027, 14:00 CET**.",
     "2027-02-26T14:00+01:00"),
    ("Only weeks remain to join the coordinated call. "
     "European consortia apply to the European Commission, which has earmarked EUR 12 million for "
     "the topic, by 26 February 2027, 17:00 Brussels time.", "2027-02-26T17:00+01:00"),
    ("Full applications for the call must reach the secretariat by 30 June 2027.", "2027-06-30"),
]

NOT_DEADLINES = [
    "Funding call. Proposals are welcome. Successful projects should begin no later than 1 October 2027.",
    "Funding call. Projects must start no later than 1 September 2027.",
    "The two countries remain close partners in the call for cleaner energy, 3 March 2027.",
    "Applicants submit through the portal run by the agency; the call text was updated on 3 March 2027.",
]


@pytest.mark.parametrize(("text", "deadline"), CLOSE_LABELS)
def test_a_key_dates_label_ending_in_close_gives_the_deadline(
    extract: Extract, text: str, deadline: str
) -> None:
    assert [c["deadline"] for c in extract(text)["calls"]] == [deadline]


@pytest.mark.parametrize(("text", "deadline"), SUBMIT_BY)
def test_submitting_or_applying_by_a_date_gives_the_deadline(
    extract: Extract, text: str, deadline: str
) -> None:
    assert [c["deadline"][: len(deadline)] for c in extract(text)["calls"]] == [deadline]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_a_start_date_or_a_close_partner_is_no_deadline(extract: Extract, text: str) -> None:
    assert extract(text)["calls"] == []


def test_each_funder_of_a_paragraph_keeps_its_own_deadline(extract: Extract) -> None:
    text = (
        "The coordinated call was launched with the Korea Institute for Advancement of Technology (KIAT). "
        "French consortia apply to the French National Research Agency (ANR) by 2 March 2027, 17:00 CET. "
        "Korean teams apply in parallel to KIAT; the KIAT deadline is 9 March 2027, 18:00 KST.\n"
    )
    calls = {c["deadline"]: c["funder"] for c in extract(text)["calls"]}
    assert calls == {"2027-03-02T17:00+01:00": "ANR", "2027-03-09T18:00+09:00": "KIAT"}


def test_a_deadline_restated_at_the_same_hour_is_one_call(extract: Extract) -> None:
    text = (
        "Joint call for proposals\n\nClosing date: 3 February 2027 4:00pm GMT\n\n"
        "Submit your application through the online service by 3 February 2027 at 16:00 GMT.\n"
    )
    assert [c["deadline"] for c in extract(text)["calls"]] == ["2027-02-03T16:00+00:00"]


CAPS = [  # (text, cap): a total for the round, then what one team may get
    ("The agency expects to invest up to $7.2 million in this round, with up to $600,000 per U.S. team. "
     "Proposals are due by 10 March 2027.", 600000),
    ("A total of EUR 5 million is available for the call, with up to EUR 250,000 for each consortium. "
     "The deadline is 10 March 2027.", 250000),
    ("Spanish teams may receive up to €180,000 and Mexican teams up to €150,000 per project. "
     "Proposals are due on 30 November 2026.", 180000),
]


@pytest.mark.parametrize(("text", "cap"), CAPS)
def test_the_cap_is_what_one_team_may_get_not_the_rounds_total(extract: Extract, text: str, cap: int) -> None:
    calls = extract(text)["calls"]
    assert calls and calls[0]["max_amount"]["value"] == cap


STATED_PROGRAMME = [  # the call is said to belong to a programme; the title names a kind of project
    ("Collaborative Research Project · International call\n"
     "The call is announced under the AURORA programme, with co-funding from the Nordic Energy Programme.\n"
     "Application deadline: 3 March 2027, 13:00 CET\n", "AURORA"),
    ("Researcher Project for Young Talents - Call 2027\n"
     "This joint call is part of the Baltic Marine Cooperation Programme.\n"
     "Proposals must be submitted by 12 April 2027.\n", "Baltic Marine Cooperation Programme"),
]


@pytest.mark.parametrize(("text", "programme"), STATED_PROGRAMME)
def test_the_programme_a_call_is_said_to_belong_to_owns_it(
    extract: Extract, text: str, programme: str
) -> None:
    assert [c.get("program") for c in extract(text)["calls"]] == [programme]


def test_a_clock_named_after_a_country_does_not_pick_that_countrys_cap(extract: Extract) -> None:
    text = (
        "Funding available\nThe Chilean agency will provide up to CLP 90,000,000 per project for the Chilean "
        "team. The Japanese agency will fund the Japanese team with up to JPY 5,000,000 per project.\n"
        "Key dates\n| Full proposals close | 5pm CLT, Thursday 6 May 2027 (6am Japan time) |\n"
    )
    calls = extract(text)["calls"]
    assert calls and calls[0]["max_amount"] == {"value": 90000000, "currency": "CLP"}
