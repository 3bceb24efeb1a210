"""Session 23 round 3 probes on events and agreements (helper b): documents of our own in the shapes of
ministry releases on joint committees, wire copy on state visits with several instruments signed and
embassy news on delegations, for pairs no set has; plus short variants of each class fixed.

1. A date a later clause gives a thing still to come ("..., and agreed to convene the next round in
   Cairo in the first quarter of 2026", "..., which sets out plans for a meeting next year", "a call,
   which will open on 1 April" told before) does not date the instrument made.
2. "met them on 18 May and signed a memorandum the following day": the date before "and signed"
   is the first predicate's; the instrument and its signing take the day after the cue.
3. A counted umbrella plural ("signed five agreements on Wednesday") whose next sentence tells the
   instruments one by one ("The instruments included a memorandum ..., an agreement ...") gives
   those instruments, dated by the making told before; two items of the same type in such a list
   are two.
"""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _instruments(extract: Extract, text: str, published: str) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted(((a["type"], a["date"]) for a in agreements), key=lambda x: (x[0], x[1] or ""))


def _events(extract: Extract, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["date"], e.get("location")) for e in extract(text, published=published)["events"]]


D1 = (
    "Ministry of Foreign and European Affairs of the Republic of Croatia\n"
    "\n"
    "Zagreb, 14 October 2025\n"
    "\n"
    "Fourth session of the Croatia-Kazakhstan Joint Intergovernmental Commission held in Zagreb\n"
    "\n"
    "The fourth session of the Joint Intergovernmental Commission for Economic, Scientific and "
    "Technical Cooperation between Croatia and Kazakhstan was held in Zagreb on 13 and 14 "
    "October. The Croatian delegation was led by State Secretary Frano Matušić, and the Kazakh "
    "delegation by Vice Minister of Science and Higher Education Dinara Shcheglova.\n"
    "\n"
    "The two sides reviewed the implementation of the conclusions of the previous session, held "
    "in Astana in June 2023, and agreed to strengthen cooperation in research, digitalisation and"
    " renewable energy. At the close of the session, the co-chairs signed the Protocol of the "
    "fourth session. The University of Zagreb and Al-Farabi Kazakh National University also "
    "signed a memorandum of understanding on academic exchange.\n"
    "\n"
    "On the margins of the session, the delegations attended a business forum at the Croatian "
    "Chamber of Economy on Monday. The next session of the Commission will be held in Astana in "
    "2027.\n"
)

D2 = (
    "MANILA, Feb. 19 (Reuters) - Philippine President and Chilean President Gabriel Boric "
    "witnessed the signing of five agreements on Wednesday during Boric's state visit to Manila, "
    "the first by a Chilean head of state in over a decade.\n"
    "\n"
    "The instruments included a memorandum of understanding on cooperation in science, technology"
    " and innovation, an agreement on visa waiver for official passport holders, a letter of "
    "intent on mining research, and a memorandum of understanding on Antarctic research between "
    "the two countries' polar institutes. The fifth was an action plan for 2026-2028.\n"
    "\n"
    "Boric arrived in Manila on Tuesday and will travel to Cebu on Thursday, where he is due to "
    "visit a marine science station. Officials said a joint commission on trade would meet in "
    "Santiago later this year.\n"
)

D3 = (
    "Embassy of Ireland, Tokyo\n"
    "\n"
    "News — 28 May 2026\n"
    "\n"
    "Minister visits Tokyo and Osaka to deepen research ties\n"
    "\n"
    "Minister for Further and Higher Education, Research, Innovation and Science James Lawless "
    "led a delegation of Irish universities to Japan from 18 to 22 May. In Tokyo, the Minister "
    "met the Japan Society for the Promotion of Science (JSPS) on 18 May and signed a Memorandum "
    "of Cooperation on research with Japan's Ministry of Education, Culture, Sports, Science and "
    "Technology the following day.\n"
    "\n"
    "The delegation then travelled to Osaka, where on 21 May the Minister opened an Ireland-Japan"
    " symposium on semiconductors at Osaka University. The visit concluded with a reception at "
    "the Ireland Pavilion legacy site on 22 May.\n"
    "\n"
    "The Minister said the visit marked a new chapter in Ireland–Japan research cooperation, "
    "following the Joint Statement issued by the two Prime Ministers in 2024.\n"
)

D4 = (
    "Ministry of Higher Education, Research and Innovation, Morocco\n"
    "Rabat, Thursday 12 March 2026\n"
    "\n"
    "Morocco and Portugal hold first joint committee on scientific cooperation\n"
    "\n"
    "The first meeting of the Morocco-Portugal Joint Committee on Scientific and Technological "
    "Cooperation took place on Tuesday in Rabat, co-chaired by Secretary General of the Ministry "
    "Mohamed Bennani and Portugal's Secretary of State for Science Ana Paiva.\n"
    "\n"
    "The Committee adopted a work programme for 2026-2028 and launched a joint call for research "
    "projects, which will open on 1 April. The two parties also signed an implementing "
    "arrangement on marine sciences.\n"
    "\n"
    "Earlier this month, the Portuguese delegation visited the Mohammed VI Polytechnic University"
    " in Ben Guerir. The second meeting of the Committee will take place in Lisbon in the first "
    "half of 2027.\n"
)

D6 = (
    "Wellington, 6 August 2026 (AP) — New Zealand and Thailand on Thursday signed an arrangement "
    "on cooperation in science, research and innovation and a memorandum of understanding on "
    "agricultural research, as Thai Prime Minister paid an official visit to Wellington.\n"
    "\n"
    "The signings followed talks between the two prime ministers at Parliament. The leaders also "
    "adopted a joint statement on an enhanced partnership, which sets out plans for a joint "
    "science committee meeting in Bangkok next year.\n"
    "\n"
    "The Thai delegation visited the Callaghan Innovation campus the next day and will leave for "
    "Auckland on Saturday.\n"
    "\n"
    "Earlier this month, the two countries' research agencies held a workshop on climate "
    "modelling in Christchurch.\n"
)

D7 = (
    "Ministry of Foreign Affairs of Uruguay\n"
    "Montevideo, 24 September 2025\n"
    "\n"
    "Uruguay and Egypt sign cooperation instruments in science and technology\n"
    "\n"
    "Foreign Minister Mario Lubetkin received his Egyptian counterpart Badr Abdelatty at the "
    "Palacio Santos on Tuesday, 23 September. During the meeting, the ministers signed a "
    "Memorandum of Understanding on Scientific and Technological Cooperation and an Executive "
    "Programme for cultural exchange for 2025-2028, and agreed to convene the first round of "
    "political consultations in Cairo in the first quarter of 2026.\n"
    "\n"
    "The previous day, Minister Abdelatty visited the Pasteur Institute of Montevideo. The two "
    "countries established diplomatic relations in 1936; their last Agreement on Economic and "
    "Technical Cooperation dates from 1990.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            D7,
            "2025-09-24",
            [("agreement", "1990"), ("implementing_arrangement", "2025-09-23"), ("memorandum", "2025-09-23")],
            id="agreed to convene in the first quarter",
        ),
        pytest.param(
            D6,
            "2026-08-06",
            [("joint_statement", "2026-08-06"), ("memorandum", "2026-08-06")],
            id="which sets out plans for next year",
        ),
        pytest.param(
            D4,
            "2026-03-12",
            [("implementing_arrangement", "2026-03-10")],
            id="a call which will open on 1 April, told before",
        ),
        pytest.param(
            "Athens, 5 May 2026 – Greece and Israel signed a memorandum of understanding on water research "
            "on Tuesday, and decided to hold the next joint committee in Jerusalem in the second half of "
            "2027.",
            "2026-05-06",
            [("memorandum", "2026-05-05")],
            id="decided to hold",
        ),
        pytest.param(
            "Lima, 9 April 2026 – The ministers of Peru and Colombia adopted a joint declaration on Amazon "
            "science, which will guide a joint call to be launched in 2027.",
            "2026-04-09",
            [("declaration", "2026-04-09")],
            id="which will guide",
        ),
        pytest.param(
            "Copenhagen, Thursday 4 June 2026 – The second Denmark–Chile science committee met on Tuesday "
            "in Copenhagen. The committee launched a mobility scheme, which will open on 1 September. The "
            "two sides also signed a memorandum on green hydrogen.",
            "2026-06-04",
            [("memorandum", "2026-06-02")],
            id="future relative clause in context",
        ),
    ],
)
def test_plan_after_does_not_date(extract: Extract, text: str, published: str, expected: list[Any]) -> None:
    assert _instruments(extract, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            D3,
            "2026-05-28",
            [("joint_statement", "2024"), ("memorandum", "2026-05-19")],
            id="the following day",
        ),
        pytest.param(
            "The Hungarian delegation visited the Czech Academy of Sciences on 2 March and signed a letter "
            "of intent with the Czech ministry the next day.",
            "2026-03-10",
            [("letter_of_intent", "2026-03-03")],
            id="the next day",
        ),
        pytest.param(  # (a date opening its sentence dates the whole of it)
            "On 2 March the ministers of Hungary and Czechia met and signed a letter of intent in Prague.",
            "2026-03-10",
            [("letter_of_intent", "2026-03-02")],
            id="opening date",
        ),
    ],
)
def test_date_of_prior_verb(extract: Extract, text: str, published: str, expected: list[Any]) -> None:
    assert _instruments(extract, text, published) == expected


def test_signing_event_takes_following_day(extract: Extract) -> None:
    events = _events(extract, D3, "2026-05-28")
    assert ("signing", "2026-05-19", "Tokyo") in events
    assert ("signing", "2026-05-18", "Tokyo") not in events


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            D2,
            "2026-02-19",
            [("agreement", "2026-02-18"), ("letter_of_intent", "2026-02-18")]
            + [("memorandum", "2026-02-18")] * 2,
            id="instruments included",
        ),
        pytest.param(
            "BRASILIA, May 7 (Reuters) - Brazil and Nigeria signed four agreements on Tuesday. The documents "
            "included a memorandum of understanding on agricultural research, an agreement on air services "
            "and a memorandum of understanding on space cooperation.",
            "2026-05-07",
            [("agreement", "2026-05-05")] + [("memorandum", "2026-05-05")] * 2,
            id="documents included",
        ),
        pytest.param(
            "Austria and Malaysia signed a memorandum on education, an agreement on taxation and a "
            "memorandum on semiconductor research in Vienna on 3 June 2026.",
            "2026-06-05",
            [("agreement", "2026-06-03")] + [("memorandum", "2026-06-03")] * 2,
            id="same type twice in a list",
        ),
        pytest.param(  # (already so: a bare plural with a day, no list after it)
            "Austria and Malaysia signed agreements on 3 June 2026 in Vienna.",
            "2026-06-05",
            [("agreement", "2026-06-03")] * 2,
            id="bare plural with a day",
        ),
    ],
)
def test_counted_instruments_retold(extract: Extract, text: str, published: str, expected: list[Any]) -> None:
    assert _instruments(extract, text, published) == expected


def test_committee_release_events(extract: Extract) -> None:
    """Already so: a joint commission's session over two days, the previous and next sessions, a
    forum on the Monday of the session's week."""
    events = _events(extract, D1, "2025-10-14")
    assert ("meeting", "2025-10-13", "Zagreb") in events
    assert ("meeting", "2023-06", "Astana") in events
    assert ("meeting", "2027", "Astana") in events
    assert ("conference", "2025-10-13", None) in events


def test_joint_committee_events(extract: Extract) -> None:
    """Already so: "took place on Tuesday in Rabat", "earlier this month", the next meeting's year."""
    events = _events(extract, D4, "2026-03-12")
    assert ("meeting", "2026-03-10", "Rabat") in events
    assert ("meeting", "2027", "Lisbon") in events
    assert any(e[0] == "visit" and e[1] == "2026-03" for e in events)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            D7,
            "2025-09-24",
            [("meeting", "2025-09-23", None), ("visit", "2025-09-22", "Montevideo")],
            id="received his counterpart, the previous day",
        ),
        pytest.param(
            "Nairobi, 12 May 2026 – Kenya's Cabinet Secretary welcomed her Danish counterparts in Nairobi "
            "on 11 May to discuss research on drought.",
            "2026-05-12",
            [("meeting", "2026-05-11", "Nairobi")],
            id="welcomed her counterparts",
        ),
    ],
)
def test_hosted_counterpart_is_a_meeting(
    extract: Extract, text: str, published: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = _events(extract, text, published)
    for event in expected:
        assert event in events
