"""A call's programme named by its own surroundings (its sentence, an apposition in its paragraph,
its section's heading in capitals) rather than a programme mentioned earlier in the background; a
deadline's numeric UTC offset ("UTC-6", with a minus sign too); "by" a date with its hour as a
deadline in a list of applicant sides. Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.calls import _written_offset

from .records import Extract

CALL_BY_LAST_WORDS = [
    (
        "Newsletter\n\nResearchers apply to the Chile-Norway Ocean Research Partnership Fund, which "
        "pays up to NOK 900,000 per project. Chilean teams may also join Horizon Europe consortia.\n\n"
        "The next Partnership Fund call closes on 12 March 2027.\n",
        "Chile-Norway Ocean Research Partnership Fund",
    ),
]

APPOSITION = [
    (
        "Ministers' statement\n\nBoth sides welcome the Moonshot Research and Development Program.\n\n"
        "The two agencies will fund Korea-Canada Photonics Bridges, a new joint programme. Its first "
        "call will open in May 2027 and close on 9 September 2027.\n",
        "Korea-Canada Photonics Bridges",
    ),
    (
        "Statement\n\nWe note the Horizon Europe programme.\n\n"
        "The councils launch Nordic Arctic Seed Grants, a bilateral scheme for early projects. "
        "Proposals are due by 4 October 2027.\n",
        "Nordic Arctic Seed Grants",
    ),
]

HEADING = [
    (
        "Embassy digest\n\n1. FIELD VISIT\n\nThe visit covered the Science and Technology Research "
        "Partnership for Sustainable Development (SATREPS) programme sites.\n\n"
        "2. CALL OPEN: PERU-SPAIN DOCTORAL EXCHANGE AWARDS 2027\n\n"
        "The councils opened the Peru-Spain Doctoral Exchange Awards in the contents list.\n"
        "Applicants may apply now.\n\n  - Deadline: 6 May 2027, 18:00\n",
        "Peru-Spain Doctoral Exchange Awards",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALL_BY_LAST_WORDS + APPOSITION + HEADING)
def test_the_call_takes_the_name_its_surroundings_give(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text, published="2026-12-01")["calls"]
    assert calls and calls[0]["program"] == programme


def test_a_background_programme_alone_is_still_taken(extract: Extract) -> None:
    text = "Funding news\n\nThe Arctic Bridges Programme funds joint work. The call closes on 3 March 2027.\n"
    calls = extract(text, published="2026-12-01")["calls"]
    assert calls and calls[0]["program"] == "Arctic Bridges Programme"


OFFSETS = [
    ("18:00 (Mexico City time, UTC-6)", "-06:00"),
    ("17:00 (Bogotá, UTC\u22125)", "-05:00"),
    ("noon GMT +1", "+01:00"),
    ("23:59 UTC+5:30", "+05:30"),
    ("09:00 UTC+08:00", "+08:00"),
    ("17:00 CET", None),  # no number: the zone table gives it
    ("call PT2030-1 closes", None),
]


@pytest.mark.parametrize(("text", "offset"), OFFSETS)
def test_a_written_utc_offset(text: str, offset: str | None) -> None:
    assert _written_offset(text) == offset


def test_the_written_offset_reaches_the_deadline(extract: Extract) -> None:
    text = "Call for applications\n\nDeadline: 6 May 2027, 18:00 (Lima time, UTC\u22125)\n"
    deadlines = [c["deadline"] for c in extract(text, published="2026-12-01")["calls"]]
    assert deadlines == ["2027-05-06T18:00-05:00"]


def test_by_a_date_with_its_hour_is_a_deadline_for_each_side(extract: Extract) -> None:
    text = (
        "Exchange Fellowship Programme: call for applications\n\n"
        "Each applicant applies to the agency of their home side:\n\n"
        "- Applicants from Chile: through the ANID system, by Friday 14 May 2027, 17:00 (UTC-4).\n"
        "- Applicants from Germany: through the DAAD portal, by May 21, 2027 at 5 pm CET.\n"
    )
    deadlines = sorted(c["deadline"] for c in extract(text, published="2026-12-01")["calls"])
    assert deadlines == ["2027-05-14T17:00-04:00", "2027-05-21T17:00+01:00"]


def test_by_a_date_without_an_hour_is_no_new_deadline(extract: Extract) -> None:
    text = "Project news\n\nThe funding partners will report by 14 May 2027 on the results.\n"
    assert extract(text, published="2026-12-01")["calls"] == []
