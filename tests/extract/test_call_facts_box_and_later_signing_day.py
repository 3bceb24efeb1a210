"""Two classes seen across sets: (1) on a funding opportunity's own page, the closing date of its facts
box belongs to the page's own call, even when the text names a partner funder's programme ("the
partner team applies to X under its Y Programme"); (2) an instrument dated by the first day of an
occasion takes the later day that the signing near it is told on ("On its second day ...", "The
following day ..."). Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.event_refine import refine_agreements
from bilat.extract.record import Agreement, Event

from .records import Extract

FACTS_BOX_PAGES = [  # (text, the page's call name)
    (
        "Canada–Finland Arctic sensing research 2028\n- Opportunity status\n- Open\n- Funders\n"
        "- Natural Sciences and Engineering Research Council (NSERC), Research Council of Finland\n"
        "- Closing date\n- 3 March 2028 4:00pm Eastern time\n\nSummary\n"
        "Canadian teams apply to NSERC; the Finnish team applies to the Research Council of Finland "
        "under its Arctic Frontiers Programme. The joint call funds three-year projects.\n",
        "Canada–Finland Arctic sensing research 2028",
    ),
    (
        "Joint Irish–Korean photonics projects | Research Ireland\nFunding type: Grant\n"
        "Opening date: 1 February 2027\nClosing date: 30 April 2027, 17:00 Irish time\n\n"
        "The Korean partner applies to KIAT under its International Joint Technology Development "
        "Programme. Irish teams apply to Research Ireland in this call.\n",
        "Joint Irish–Korean photonics projects",
    ),
    (
        "# UK–Brazil soil carbon collaborations\n\n**Call status:** open\n**Funders:** NERC, FAPESP\n"
        "**Closing date:** 12 May 2027, 16:00 UK time\n\nThe Brazilian team applies to FAPESP through "
        "its Research Partnership for Technological Innovation Programme. The call is open to all fields.\n",
        "UK–Brazil soil carbon collaborations",
    ),
]


@pytest.mark.parametrize(("text", "name"), FACTS_BOX_PAGES)
def test_the_facts_box_deadline_is_the_pages_own_call(extract: Extract, text: str, name: str) -> None:
    calls = extract(text, published="2027-01-10")["calls"]
    assert calls, text
    assert calls[0].get("program") == name


def test_a_partner_deadline_in_the_body_keeps_the_partners_programme(
    extract: Extract,
) -> None:
    # outside the facts box, a deadline of the partner funder keeps the programme named as its own
    text = (
        FACTS_BOX_PAGES[1][0]
        + "\n"
        + "Eligibility rules of both agencies apply to all applicants and partners. " * 12
        + "\nKorean proposals must be submitted to KIAT by 3 May 2027, 18:00 KST.\n"
    )
    calls = {c["deadline"][:10]: c.get("program") for c in extract(text, published="2027-01-10")["calls"]}
    assert calls.get("2027-04-30") == FACTS_BOX_PAGES[1][1]
    assert calls.get("2027-05-03") == "International Joint Technology Development Programme"


def _event(kind: str, date: str, span: tuple[int, int], end: str | None = None) -> Event:
    return Event(kind, date, end, None, None, [span])


SIGNING_LATER = [  # (occasion, signing, instrument's date, expected)
    # "The committee met on 8 and 9 March. On its second day the two sides signed ..."
    (
        _event("meeting", "2027-03-08", (0, 60), "2027-03-09"),
        _event("signing", "2027-03-09", (62, 140)),
        "2027-03-08",
        "2027-03-09",
    ),
    # "The ministers met in Lima on 3 June. The following day, the agencies signed ..."
    (
        _event("meeting", "2027-06-03", (0, 50)),
        _event("signing", "2027-06-04", (52, 150)),
        "2027-06-03",
        "2027-06-04",
    ),
    # a three-day visit, the memorandum signed on its last day
    (
        _event("visit", "2026-11-16", (0, 70), "2026-11-18"),
        _event("signing", "2026-11-18", (75, 160)),
        "2026-11-16",
        "2026-11-18",
    ),
]

SIGNING_NOT_LATER = [  # (occasion, signing, instrument's date): the date stays
    # a signing a week later is another occasion
    (_event("meeting", "2027-03-08", (0, 60)), _event("signing", "2027-03-15", (62, 140)), "2027-03-08"),
    # a signing told far away in the text is not this instrument's
    (
        _event("meeting", "2027-03-08", (0, 60), "2027-03-09"),
        _event("signing", "2027-03-09", (3000, 3100)),
        "2027-03-08",
    ),
    # the instrument is not dated by an occasion's first day
    (
        _event("meeting", "2027-03-08", (0, 60), "2027-03-09"),
        _event("signing", "2027-03-09", (62, 140)),
        "2027-03-07",
    ),
]


@pytest.mark.parametrize(
    ("occasion", "signing", "date", "expected"),
    SIGNING_LATER + [(occasion, signing, date, date) for occasion, signing, date in SIGNING_NOT_LATER],
)
def test_an_instrument_takes_the_later_day_of_its_signing_only(
    occasion: Event, signing: Event, date: str, expected: str
) -> None:
    # a later day of the occasion (or the day after) near the instrument; other signings leave its date
    agreement = Agreement("memorandum", ["CL", "KR"], date, None, [(90, 110)])
    refine_agreements([agreement], [occasion, signing])
    assert agreement.date == expected


def test_the_following_day_signing_in_a_text(extract: Extract) -> None:
    text = (
        "The ministers of science of Chile and Korea met in Santiago on 3 June 2027 and reviewed "
        "their joint research programmes.\n\n"
        "The following day, the national research agencies of the two countries signed an "
        "implementing arrangement on joint research projects.\n"
    )
    found = extract(text, published="2027-06-05")["agreements"]
    assert [a.get("date") for a in found if a["type"] == "implementing_arrangement"] == ["2027-06-04"]
