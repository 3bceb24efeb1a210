"""Session 24 probes on events and agreements (helper c): documents of our own in the shapes of
ministry releases on steering committees, academy news on executive programmes, calls with
information seminars, embassy news on official visits and holiday notices.

1. "X and Y on Tuesday agreed ... The decision was taken at the annual meeting of the Steering
   Board, held in Oslo. At the end of the session the two sides signed a memorandum": a recurring
   session ("annual", "regular") told as the setting of the news takes the lead's day, and the
   signing held at its end takes it too.
2. "At the close of the meeting the two institutions signed a new executive programme for
   2026-2028": a span of years that an instrument covers dates no event; the signing takes the
   meeting's day.
3. "The following day, ..." counts from the meeting told sections before past a call's closing day
   still ahead ("will close on **30 April 2026**", emphasis and all).
4. "registration closes two days before": a deadline for taking part, no second event.
5. "The Department wishes all citizens a meaningful Heritage Day on 24 September": a holiday kept,
   no event; "we wish to invite you to the Innovation Day on 3 May" is still an event.
6. "The visit began in Accra on 3 March with a seminar at the embassy": the visit and its first
   part are two events.
7. "Its fifth meeting was held online in 2021": a numbered session held online is dated by its year.
8. Agreements: "the previous executive programme, signed in Rome in November 2022" is an
   instrument made; an instrument in a "Related:" line of links to other pages is none.
"""

from __future__ import annotations

from typing import Any

from .records import Extract


def _events(extract: Extract, text: str, published: str) -> list[tuple[str, str, str | None]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return sorted((e["type"], e["date"], e.get("location")) for e in events)


def _instruments(extract: Extract, text: str, published: str) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted(((a["type"], a["date"]) for a in agreements), key=lambda x: (x[0], x[1] or ""))


ANNUAL = (
    "Oslo, 6 March 2025\n\nNorway and Kenya widen their research cooperation\n\n"
    "The Research Council of Norway and the Kenya National Research Fund on Tuesday agreed to extend "
    "their joint programme on climate adaptation until 2028. The decision was taken at the annual "
    "meeting of the programme's Joint Steering Board, held at the Research Council in Oslo. At the end "
    "of the session the two sides signed a memorandum of understanding on the next phase.\n\n"
    "Kenya will contribute KES 200 million.\n"
)

REGULAR = (
    "Lima, 20 June 2024\n\nPeru and Finland renew science ties\n\n"
    "Peru's CONCYTEC and the Academy of Finland on Wednesday agreed on a new programme of researcher "
    "exchanges. The agreement was reached at the regular meeting of the Joint Working Group, held at "
    "CONCYTEC in Lima.\n"
)


def test_recurring_session_as_setting_takes_the_lead_day(extract: Extract) -> None:
    assert _events(extract, ANNUAL, "2025-03-06") == [
        ("meeting", "2025-03-04", "Oslo"),
        ("signing", "2025-03-04", "Oslo"),
    ]
    assert ("meeting", "2024-06-19", "Lima") in _events(extract, REGULAR, "2024-06-20")


PROGRAMME = (
    "---\ntitle: Poland and Morocco sign a new executive programme\ndate: 2025-06-12\n---\n\n"
    "# Poland and Morocco sign a new executive programme\n\n"
    "*Rabat, 12 June 2025*\n\n"
    "Morocco's CNRST and the Polish Academy of Sciences reviewed their joint projects on Tuesday at a "
    "meeting of the Joint Commission at the CNRST headquarters in Rabat. At the close of the meeting "
    "the two institutions signed a new Executive Programme of scientific cooperation for 2026–2028.\n\n"
    "Under the previous Executive Programme, signed in Warsaw in March 2022, the two sides funded "
    "eight projects.\n\n"
    "## Calls\n\n"
    "The first joint call under the programme is expected to open in September and will close on "
    "**15 December 2025**.\n\n"
    "## Field trip\n\n"
    "The following day, the Polish delegation visited the solar research platform of Cadi Ayyad "
    "University in Marrakesh.\n\n"
    "**Related:** [CNRST and the Spanish CSIC sign cooperation protocol](/news/2025-05-02)\n"
)


def test_signing_at_a_meeting_takes_its_day_not_the_programme_years(extract: Extract) -> None:
    events = _events(extract, PROGRAMME, "2025-06-12")
    assert ("meeting", "2025-06-10", "Rabat") in events
    assert ("signing", "2025-06-10", "Rabat") in events
    assert not [e for e in events if e[1].startswith("2026")]


def test_following_day_counts_past_a_call_closing_ahead(extract: Extract) -> None:
    assert ("visit", "2025-06-11", "Marrakesh") in _events(extract, PROGRAMME, "2025-06-12")


def test_previous_programme_signed_and_related_links(extract: Extract) -> None:
    assert _instruments(extract, PROGRAMME, "2025-06-12") == [
        ("implementing_arrangement", "2022-03"),
        ("implementing_arrangement", "2025-06-10"),
    ]


SEMINAR = (
    "Vienna, 10 November 2025\n\nAustria and Slovenia open a joint call\n\n"
    "The Austrian Science Fund and the Slovenian Research Agency today opened a joint call on "
    "hydrogen research.\n\n"
    "An information seminar for applicants will be held on Tuesday, 25 November, from 10:00 to "
    "12:00 in Ljubljana, at the agency's headquarters. The seminar will also be streamed online; "
    "registration closes three days before.\n"
)


def test_relative_registration_deadline_is_no_event(extract: Extract) -> None:
    events = _events(extract, SEMINAR, "2025-11-10")
    assert ("conference", "2025-11-25", "Ljubljana") in events
    assert not [e for e in events if e[1] == "2025-11-22"]


HOLIDAY = (
    "Ministry of Science, Accra\n\n2 September 2025\n\n"
    "Ghana and Hungary held the second session of their Joint Committee on 1 September 2025 in Accra.\n\n"
    "NOTICE: HERITAGE DAY\n\n"
    "The Ministry wishes all citizens a meaningful Heritage Day on Wednesday, 24 September 2025. Its "
    "offices will be closed that day.\n"
)

INVITATION = (
    "Embassy of Finland, Nairobi\n\n2 April 2025\n\n"
    "We wish to invite you to the Finnish Innovation Day on 3 May 2025 in Nairobi, where start-ups "
    "from both countries will present their work.\n"
)


def test_wished_holiday_is_no_event(extract: Extract) -> None:
    assert _events(extract, HOLIDAY, "2025-09-02") == [("meeting", "2025-09-01", "Accra")]
    assert [e[1] for e in _events(extract, INVITATION, "2025-04-02")] == ["2025-05-03"]


VISIT = (
    "Oslo, 10 March 2025\n\nNorway and Ghana sign research letter of intent\n\n"
    "A letter of intent was signed last Thursday in Kumasi, during State Secretary Kari Dahl's visit "
    "to Ghana.\n\n"
    "## A week in Ghana\n\n"
    "The visit began in Accra on Monday 3 March with a seminar on fisheries research at the Royal "
    "Norwegian Embassy.\n"
)


def test_visit_that_began_with_a_seminar_is_two_events(extract: Extract) -> None:
    events = _events(extract, VISIT, "2025-03-10")
    assert ("visit", "2025-03-03", "Accra") in events
    assert ("conference", "2025-03-03", "Accra") in events


ONLINE = (
    "Manila, 12 May 2025\n\nPhilippines and Korea hold science talks\n\n"
    "The Philippines and Korea held the sixth meeting of their Joint Committee on Science and "
    "Technology in Manila on 10 May 2025. Its fifth meeting was held online in 2022 during the "
    "pandemic.\n"
)


def test_numbered_session_held_online_in_a_year(extract: Extract) -> None:
    events = _events(extract, ONLINE, "2025-05-12")
    assert ("meeting", "2022", None) in events
    assert ("meeting", "2025-05-10", "Manila") in events


WHICH = (
    "Ministry of Higher Education, Tunis\n\n18 May 2025\n\n"
    "The Tunisian-Portuguese Joint Committee for Scientific Cooperation held its fifth session on 16 May "
    "2025 in Tunis. At the end of the session the two heads of delegation signed the Executive "
    "Programme of Scientific Cooperation for 2025–2027, which implements the intergovernmental "
    "Agreement on Scientific Cooperation concluded between the two countries in 2012.\n"
)


def test_signing_date_not_taken_from_a_relative_clause(extract: Extract) -> None:
    events = _events(extract, WHICH, "2025-05-18")
    assert ("signing", "2025-05-16", "Tunis") in events
    assert not [e for e in events if e[1] == "2012"]


CEREMONY = (
    "PRESS RELEASE\nFor immediate release | 12 March 2025\n\n"
    "NAIROBI - The Kenyan Ministry of Education and the Government of Korea on Monday formally launched "
    "a four-year joint project to improve drought early warning.\n\n"
    "The project will be carried out by the Kenya Meteorological Department and Seoul National "
    "University.\n\n"
    "Principal Secretary Jane Mwangi and Kim Soo-jin, Country Director of KOICA Kenya, signed the "
    "Record of Discussions during a ceremony at the ministry in Nairobi.\n"
)


def test_signing_told_with_its_ceremony_takes_the_lead_day(extract: Extract) -> None:
    assert ("signing", "2025-03-10", "Nairobi") in _events(extract, CEREMONY, "2025-03-12")


BEFORE = (
    "Sendai, 20 August 2025\n\n"
    "Tohoku University and the University of Malaya opened a joint centre for earthquake engineering "
    "on Monday, 18 August, at the university's campus in Kuala Lumpur. Before the opening ceremony, "
    "the two presidents signed a memorandum of agreement establishing the centre for five years.\n"
)


def test_signing_before_the_opening_ceremony_takes_its_day(extract: Extract) -> None:
    events = _events(extract, BEFORE, "2025-08-20")
    assert ("signing", "2025-08-18", "Kuala Lumpur") in events


FIGURE = (
    '<html><head><meta property="article:published_time" content="2025-09-10T09:00:00+02:00"></head>'
    "<body><h1>Ghana and the Netherlands sign research MoU</h1>\n"
    "<p>The Government of Ghana and the Kingdom of the Netherlands yesterday signed a Memorandum of "
    "Understanding on Cooperation in Research, opening a new chapter in a partnership that has so far "
    "focused on water management.</p>\n"
    "<p>The MoU was signed in Accra by the Minister of Education and by the Dutch Minister for Foreign "
    "Trade, who is in Ghana this week for a two-day working visit.</p></body></html>\n"
)


def test_figure_of_speech_opens_nothing_and_a_week_dates_no_signing(extract: Extract) -> None:
    events = _events(extract, FIGURE, "2025-09-10")
    assert ("signing", "2025-09-09", "Accra") in events
    assert not [e for e in events if e[0] == "launch"]


CLOSE = (
    "---\ntitle: Thailand and Chile sign MoU on astronomy\ndate: 2025-06-13\n---\n\n"
    "# Thailand and Chile sign MoU on astronomy\n\n"
    "*By a staff writer, Bangkok · Friday, 13 June 2025*\n\n"
    "![Delegates at the joint committee](/img/jc.jpg)\n\n"
    "**BANGKOK** – Thailand and Chile have agreed to share telescope time and train young "
    "astronomers, under a memorandum of understanding (MoU) signed on Wednesday between the two "
    "science ministries.\n\n"
    "The MoU was signed by the two vice ministers at the close of the 4th meeting of the "
    "Thailand–Chile Joint Commission on Science and Technology, held at a hotel near the river.\n"
)


def test_passive_signing_at_the_close_of_a_numbered_session(extract: Extract) -> None:
    events = _events(extract, CLOSE, "2025-06-13")
    assert ("meeting", "2025-06-11", "Bangkok") in events
    assert ("signing", "2025-06-11", "Bangkok") in events


HELD_THIRD = (
    "(LEAD) Chile, Finland sign deals on lithium and forests at science talks\n\n"
    "SANTIAGO, May 14 (Agency) -- Chile and Finland agreed Wednesday to expand joint research on "
    "lithium and forestry, as the two countries' science ministers met in Santiago and signed a "
    "memorandum of understanding, the science ministry said.\n\n"
    "Science Minister Ana Rojas and Finnish Minister of Education Mika Salo held the third "
    "Chile-Finland science and technology ministers' meeting at the ministry, according to the "
    "government.\n"
)


def test_numbered_session_held_right_after_the_lead_takes_its_day(extract: Extract) -> None:
    events = _events(extract, HELD_THIRD, "2025-05-14")
    assert ("meeting", "2025-05-14", "Santiago") in events
    assert ("signing", "2025-05-14", "Santiago") in events


PARTNERS = (
    "Lisbon, 3 March 2026\n\nNew awards of the Atlantic Research Partnership\n\n"
    "The Atlantic Research Partnership of Portugal, Brazil and Cape Verde today announced six joint "
    "awards on ocean science.\n\n"
    "The governments of Portugal, Brazil and Cape Verde launched the partnership in 2015. Its partner "
    "agencies last renewed their memorandum of understanding in 2022, when the Portuguese foundation "
    "led the programme.\n"
)


def test_instrument_of_the_partner_agencies_of_three(extract: Extract) -> None:
    agreements = extract(PARTNERS, published="2026-03-03")["agreements"]
    assert [(a["type"], a["parties"], a["date"]) for a in agreements] == [
        ("memorandum", ["BR", "CV", "PT"], "2022")
    ]


TOMORROW = (
    "Press release, Ministry of Science, 18 March 2026\n\n"
    "The Swedish delegation visited KTH partners at KAIST in Daejeon today (18th) and will tour the "
    "Electronics Research Institute in Pangyo tomorrow.\n"
)


def test_visit_joined_by_and_takes_the_date_after_it(extract: Extract) -> None:
    events = _events(extract, TOMORROW, "2026-03-18")
    assert ("visit", "2026-03-18", "Daejeon") in events
    assert ("visit", "2026-03-19", "Pangyo") in events
