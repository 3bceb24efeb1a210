"""Event places of session 17, round 5 (helper q, grammar probes). Texts of our own.

1. A dateline in capitals ("ABU DHABI, 18 November 2025 (WAM) --"), which the city layer leaves
   untagged, is the report's city even when a later line of the top tells another city with a date
   ("held in Dubai yesterday"); a place as written opening a line right before its date
   ("Santiago, 30 November 2025") is one too (events `_capitals_dateline_at`).
2. A city told "in"/"at" after a date in the running text of a line ("runs from 30 November ... a
   session in Antofagasta") is no dateline (events `dateline_city`).
3. A dateline sentence that tells, after the event word, a town the gazetteer does not know
   ("will convene a dialogue in Nadi next week") does not put the event in the dateline's city
   (events `_told_elsewhere`); nor does a signing told back ("The signing followed a meeting held
   in Mirbat yesterday") take the report's city; nor does an event the dateline's sentence tells
   as held online ("held an online meeting of their Joint Commission").
4. ", followed by" and ", preceded by" open another clause: the city of the event told there is
   not the city of an online event told before it (events `_CLAUSE_LINKS`).
5. A date before the event word past a clause break (", and", ";") belongs to the earlier clause:
   a date in the event's own clause wins ("raised to a partnership in 2019, and a state visit ...
   in June 2024 produced ...", events `_clause_before`).
"""

from __future__ import annotations

import pytest

from .records import Extract


def _places(record: dict[str, object]) -> dict[str, str | None]:
    events = record["events"]
    assert isinstance(events, list)
    return {e["date"]: (e.get("location") or "").title() or None for e in events}


CASES = [  # (published, text, {day: city or None})
    pytest.param(
        "2025-11-18",
        "ABU DHABI, 18 November 2025 (WAM) -- The United Arab Emirates and India today launched a joint "
        "research centre on food security at a ceremony held at the Emirates Palace.\n"
        "The launch came a day after the 12th meeting of the UAE-India Joint Task Force, which was held "
        "in Dubai yesterday.\n",
        {"2025-11-18": "Abu Dhabi", "2025-11-17": "Dubai"},
        id="capitals dateline before a city told later",
    ),
    pytest.param(
        "2025-07-09",
        "KUALA LUMPUR, 9 July 2025 (Bernama) -- Malaysia and Brunei today launched a joint programme on "
        "peatland research.\nThe launch came after a workshop in Kuching on Tuesday.\n",
        {"2025-07-09": "Kuala Lumpur", "2025-07-08": "Kuching"},
        id="capitals dateline of two words",
    ),
    pytest.param(
        "2025-11-30",
        "Santiago, 30 November 2025\n\nChile and Sweden open Innovation Week\n\n"
        "The Chile–Sweden Innovation Week will run from 30 November – 2 December 2025 at the Centro "
        "Cultural Gabriela Mistral. It opens with a seminar on lithium, followed on 1 December by a "
        "matchmaking session in Antofagasta.\n",
        {"2025-11-30": "Santiago", "2025-12-01": "Antofagasta"},
        id="untagged place opening the dateline",
    ),
    pytest.param(
        "2025-08-06",
        "Suva, 6 August 2025 – Fiji and Australia will convene the second Fiji–Australia Climate Science "
        "Dialogue in Nadi next week, on 12 and 13 August.\n",
        {"2025-08-12": None},
        id="unknown town after the cue in the dateline sentence",
    ),
    pytest.param(
        "2025-03-03",
        "MUSCAT, 3 March 2025 (ONA) -- Oman and Japan today signed a memorandum of cooperation on "
        "desalination research at the Ministry of Higher Education.\n"
        "The signing followed a meeting of the Oman-Japan Joint Committee held in Mirbat yesterday.\n",
        {"2025-03-03": "Muscat", "2025-03-02": None},
        id="signing told back before an unknown town",
    ),
    pytest.param(
        "2025-07-03",
        "Bogotá, 3 July 2025 — Colombia and Spain held a webinar on bioeconomy on 1 July 2025 via Zoom, "
        "followed by an in-person workshop in Medellín on 2 July.\n",
        {"2025-07-01": None, "2025-07-02": "Medellín"},
        id="online event before a followed-by clause",
    ),
    pytest.param(
        "2025-12-02",
        "Montevideo, 2 December 2025 — Uruguay and Finland held an online meeting of their Joint "
        "Commission on education on 1 December 2025. The sides also agreed to organize a seminar in "
        "Helsinki in March 2026.\n",
        {"2025-12-01": None, "2026-03": "Helsinki"},
        id="online meeting in the dateline sentence",
    ),
    pytest.param(
        "2026-05-14",
        "Nairobi, 14 May 2026 – Kenya and Norway held a virtual workshop on fisheries data on 12 May.\n",
        {"2026-05-12": None},
        id="virtual workshop in the dateline sentence",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_event_cities_of_probes(
    extract: Extract, published: str, text: str, expected: dict[str, str | None]
) -> None:
    places = _places(extract(text, published=published))
    for day, city in expected.items():
        assert day in places, places
        assert places[day] == city, places


EARLIER_CLAUSE_DATES = [  # (published, text, the background event's date)
    pytest.param(
        "2025-11-12",
        "LIMA, Nov 12, 2025 (Wire) -- Peru and Chile on Wednesday signed a memorandum on "
        "seismic research.\n\n"
        "Relations were raised to a strategic partnership in 2019, and a state visit by the Chilean "
        "president to Lima in June 2024 produced agreements on lithium and ports.\n",
        "2024-06",
        id="visit after a clause dated 2019",
    ),
    pytest.param(
        "2026-03-05",
        "Accra, 5 March 2026 — Ghana and Norway signed a fisheries research agreement today.\n\n"
        "The two countries opened embassies in 1961, and a joint commission held in Oslo in May 2023 "
        "set the current priorities.\n",
        "2023-05",
        id="commission after a clause dated 1961",
    ),
]


@pytest.mark.parametrize(("published", "text", "day"), EARLIER_CLAUSE_DATES)
def test_a_date_of_an_earlier_clause_is_not_the_events(
    extract: Extract, published: str, text: str, day: str
) -> None:
    dates = [e["date"] for e in extract(text, published=published)["events"]]
    assert day in dates, dates


UNCHANGED = [  # (published, text, {day: city}): places the fixes must keep
    pytest.param(
        "2027-03-04",
        "NOUAKCHOTT, March 4 (Wire) - Mauritania and Senegal on Wednesday renewed the memorandum that "
        "allows Senegalese fishermen to work in Mauritanian waters.\n",
        {"2027-03-03": "Nouakchott"},
        id="a country's adjective is no town",
    ),
    pytest.param(
        "2025-06-12",
        "Report\n\nThe partners signed a memorandum in Cork on 11 June. A first joint symposium is planned "
        "for Galway in October 2025, and the partners intend to apply for funding.\n",
        {"2025-10": "Galway"},
        id="a place told before a date is no dateline",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), UNCHANGED)
def test_event_cities_kept(
    extract: Extract, published: str, text: str, expected: dict[str, str | None]
) -> None:
    places = _places(extract(text, published=published))
    for day, city in expected.items():
        assert places.get(day) == city, places
