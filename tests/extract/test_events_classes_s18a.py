"""Event and document-date classes of session 18, round 1 (helper a). Texts of our own.

1. A year inside a name ("Saudi Vision 2030", "Agenda 2063") is not a date: a yearless dateline
   takes its year from the years the text reports, and first from a full date a few days before it
   ("BEIJING, Nov 11 - ... signed on 10 November 2025") (temporal/reference.py).
2. A text with no date of its own is read from its latest day the text does not look ahead to ("will
   run until 31 December 2030", "due by 30 June 2031" do not date the report).
3. A signing "at the close of" / "at the end of" / "at the conclusion of" a meeting is an event of
   its own besides the meeting (event_types.yaml `aside_phrases`).
4. A lead that announces a signing ("signed an agreement last month", "have signed ..., officials
   said on Tuesday") and a next sentence that retells it with a day ("The agreement was signed on
   24 June in ...") tell one signing, of the retold day (components/event_retold.py).
5. A lead's event without a place takes the venue a next sentence of the same kind gives before
   the dateline's city, also a town the gazetteer does not know set off by its region ("in Muguga,
   Kiambu County") (event_places.place_told_after).
6. A full date that opens a line only because the text is hard-wrapped ("... closes on\\n30 June
   2026 at noon.") is no listing item: "tomorrow" after it counts from the document's date
   (temporal/tagger.py `_starts_an_item`).
"""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date

from .records import Extract

YEARS_IN_NAMES = [  # (text, the document's date)
    pytest.param(
        "GULF WIRE\n\nBEIJING, Nov 11 (GW) - The two academies have signed three agreements, officials "
        "said. The documents were signed in Beijing on 10 November 2025. The director said they serve "
        "the targets of Saudi Vision 2030. A programme for 2026-2028 will follow.",
        "2025-11-11",
        id="vision year and a range end; a full date the day before",
    ),
    pytest.param(
        "DOHA, Mar 4 (Wire) - Qatar and Japan signed a research accord on Monday, 3 March 2025, in line "
        "with Qatar National Vision 2030.",
        "2025-03-04",
        id="national vision",
    ),
    pytest.param(
        "NAIROBI, Jun 12 (Wire) - The agencies said their work serves Agenda 2063 of the African Union. "
        "The memorandum was signed on 10 June 2026.",
        "2026-06-12",
        id="agenda year",
    ),
    pytest.param(
        "RIYADH, Feb 3 (Wire) - Officials said the deal supports Saudi Vision 2030. The centre opened "
        "in 2024 and hosted talks in January 2025.",
        "2025-02-03",
        id="no full date: the years the text reports",
    ),
    pytest.param(
        "OSAKA, Apr 14 (Wire) - Japan and Italy met at Expo 2025 in Osaka, a year after talks in 2024.",
        "2025-04-14",
        id="an edition year near the others still counts",
    ),
]


@pytest.mark.parametrize(("text", "date"), YEARS_IN_NAMES)
def test_a_year_inside_a_name_is_no_date(text: str, date: str) -> None:
    assert document_date(text) == date


UNDATED_REPORTS = [  # (text, the day of the event told last)
    pytest.param(
        "# Annual Report 2025\n\nThe new agreement, signed in Lisbon on 2 July 2025, extends the programme "
        "for a phase that will run until 31 December 2030.\n\nForty students met in Ponta Delgada from "
        "14 to 18 July 2025 for the summer school. A one-day workshop with the national agency followed "
        "on 19 July.\n",
        "2025-07-19",
        id="runs until",
    ),
    pytest.param(
        "# Activity report\n\nThe partnership, renewed on 3 March 2025, now runs until 31 December 2029. "
        "A hackathon took place in Porto on 12 September 2025, and a workshop on quantum sensing "
        "followed on 20 September.\n",
        "2025-09-20",
        id="now runs until",
    ),
    pytest.param(
        "## Year in review\n\nApplications are due by 30 June 2031 for the last round. Researchers from "
        "both countries gathered in Turku on 5 May 2025 for a seminar, and a field trip to the "
        "archipelago followed on 7 May.\n",
        "2025-05-07",
        id="due by",
    ),
]


@pytest.mark.parametrize(("text", "day"), UNDATED_REPORTS)
def test_a_looked_ahead_day_does_not_date_a_report(extract: Extract, text: str, day: str) -> None:
    events = extract(text, published=None)["events"]
    assert events and events[-1]["date"] == day


SIGNINGS_AT_A_CLOSE = [  # (text, the day, the city)
    pytest.param(
        "BANGKOK, 11 February 2026 - The ministry and the agency signed a declaration yesterday, "
        "Tuesday 10 February 2026, at the close of the third meeting of the Joint Working Group, held at "
        "the ministry's headquarters.",
        "2026-02-10",
        "Bangkok",
        id="at the close of",
    ),
    pytest.param(
        "OSLO, 3 March 2026 - The two councils signed a memorandum on 2 March at the end of the annual "
        "Nordic-Japan Research Forum.",
        "2026-03-02",
        "Oslo",
        id="at the end of",
    ),
    pytest.param(
        "ROME, 3 March 2026 - A letter of intent was signed on Monday at the conclusion of the fifth "
        "session of the Joint Commission.",
        "2026-03-02",
        "Rome",
        id="at the conclusion of",
    ),
]


@pytest.mark.parametrize(("text", "day", "city"), SIGNINGS_AT_A_CLOSE)
def test_a_signing_at_the_close_of_a_meeting_is_its_own_event(
    extract: Extract, text: str, day: str, city: str
) -> None:
    events = extract(text, published=None)["events"]
    signings = [(e["date"], e.get("location")) for e in events if e["type"] == "signing"]
    others = [(e["date"], e.get("location")) for e in events if e["type"] != "signing"]
    assert signings == [(day, city)]
    assert others == [(day, city)]


RETOLD_SIGNINGS = [  # (text, the signing's day, its city)
    pytest.param(
        "CAMPINAS, 15 July 2025 - The two universities signed a cooperation agreement last month that "
        "creates a joint doctorate. The agreement was signed on Tuesday, 24 June, in the rectorate "
        "building in Campinas by the two rectors.",
        "2025-06-24",
        "Campinas",
        id="last month, then the day",
    ),
    pytest.param(
        "BEIJING, Nov 11 2025 (GAN) - The science agency and the academy have signed three agreements on "
        "space science, officials said on Tuesday. The documents were signed at the academy's "
        "headquarters in Beijing on 10 November 2025.",
        "2025-11-10",
        "Beijing",
        id="the day of the report, then the day",
    ),
    pytest.param(
        "OSLO, 20 May 2026 - Norway and Chile signed a research memorandum in April. The memorandum was "
        "formally signed on 14 April in Santiago by the two ministers.",
        "2026-04-14",
        "Santiago",
        id="a month, then a formal signing",
    ),
]


@pytest.mark.parametrize(("text", "day", "city"), RETOLD_SIGNINGS)
def test_a_retold_signing_is_one_signing(extract: Extract, text: str, day: str, city: str) -> None:
    events = extract(text, published=None)["events"]
    assert [(e["date"], e.get("location")) for e in events if e["type"] == "signing"] == [(day, city)]


def test_signings_of_other_months_stay_apart(extract: Extract) -> None:
    text = (
        "OSLO, 20 May 2026 - Norway and Chile signed a research memorandum in Oslo on 19 May. The "
        "roadmap was signed on 14 April in Santiago by the two ministers."
    )
    dates = sorted(e["date"] for e in extract(text, published=None)["events"] if e["type"] == "signing")
    assert dates == ["2026-04-14", "2026-05-19"]


VENUES_TOLD_NEXT = [  # (text, the event's city)
    pytest.param(
        "NAIROBI, October 16, 2025 (KNA) - The two institutes on Wednesday launched a partnership. The "
        "programme was unveiled at the headquarters of the forestry institute in Muguga, Kiambu County.",
        "Muguga",
        id="a town set off by its county",
    ),
    pytest.param(
        "LIMA, 5 May 2026 - Peru and Japan on Monday signed an accord on seismology. The memorandum was "
        "signed at the observatory in Camacho, Arequipa Region.",
        "Camacho",
        id="a town set off by its region",
    ),
    pytest.param(
        "PERTH, 12 June 2026 - Australia and Japan on Thursday opened a hydrogen research hub. The "
        "centre was opened at the port in Kwinana, Western Australia.",
        "Kwinana",
        id="a town set off by its state",
    ),
    pytest.param(
        "ACCRA, 12 June 2026 - Ghana and Germany on Thursday launched a solar research hub. The centre "
        "was opened at the university in Kumasi by the two ministers.",
        "Kumasi",
        id="a known city",
    ),
]


@pytest.mark.parametrize(("text", "city"), VENUES_TOLD_NEXT)
def test_the_next_sentence_places_a_lead_event(extract: Extract, text: str, city: str) -> None:
    assert [e.get("location") for e in extract(text, published=None)["events"]] == [city]


WRAPPED_DATES = [  # (text, the event's day)
    pytest.param(
        "Wellington, 12 March 2026\n\nThe fund opens on 1 April 2026 and closes on\n30 June 2026 at noon. "
        "The minister flies to Tokyo\ntomorrow for talks with Japanese officials.\n",
        "2026-03-13",
        id="closes on / date",
    ),
    pytest.param(
        "Ottawa, 4 May 2026\n\nApplications are accepted until\n15 September 2026. The delegation will "
        "visit Montreal tomorrow for meetings with\nthe Quebec research funds.\n",
        "2026-05-05",
        id="until / date",
    ),
]


@pytest.mark.parametrize(("text", "day"), WRAPPED_DATES)
def test_a_wrapped_date_is_no_listing_item(extract: Extract, text: str, day: str) -> None:
    assert [e["date"] for e in extract(text, published=None)["events"]] == [day]


def test_a_listing_item_still_dates_what_follows() -> None:
    from bilat.temporal import tag

    text = "News\n\n3 May 2025\nThe ministers met yesterday.\n\n5 June 2025\nA forum opens tomorrow."
    values = [t.value for t in tag(text, "2025-07-01")]
    assert values == ["2025-05-03", "2025-05-02", "2025-06-05", "2025-06-06"]
