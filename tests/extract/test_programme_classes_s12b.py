"""Programmes, cross-set round 12b: a coined name described as a micro- or nanosatellite or a CubeSat;
national long-term visions and regional space initiatives as vocabulary (not where the plan's name
runs on into a committee's); a joint survey, expedition or cruise defined with its acronym; a
programme named by the two bodies that run it and its kind in lower case. All sentences are our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

SMALL_SATELLITES = [  # a coined name, then an apposition calling it a small satellite
    ("The centrepiece is VN-SAT, a 50-kilogram microsatellite carrying an imager for rice fields.", "VN-SAT"),
    ("Kenya and Japan will jointly build PK-SAT, a small nanosatellite for flood monitoring.", "PK-SAT"),
    (
        "Students in Lima built ANDES-1, the first Peruvian CubeSat, with help from Korean engineers.",
        "ANDES-1",
    ),
    (
        "Engineers in Hanoi tested LOTUS-2 \u2013 a student cubesat \u2013 before its launch from Japan.",
        "LOTUS-2",
    ),
]


@pytest.mark.parametrize(("text", "name"), SMALL_SATELLITES)
def test_small_satellite_apposition_names_a_mission(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_an_agency_beside_a_satellite_word_is_no_mission(extract: Extract) -> None:
    record = extract("Officials of NASA, a large agency with its own microsatellite, met in Lima.")
    assert "NASA" not in programme_names(record)


VISIONS = [  # a national vision or plan by its horizon year, also split over a line and by its short form
    (
        "The forum in Riyadh supports Saudi\nVision 2030 and the work agreed with China last year.",
        "Saudi Vision 2030",
    ),
    (
        "The Egyptian minister said the desert laboratory serves Egypt's Vision 2030 and the partnership "
        "with China.",
        "Egypt Vision 2030",
    ),
    (
        "German and Kenyan researchers aligned the new observatory with the goals of Kenya Vision 2030.",
        "Kenya Vision 2030",
    ),
    (
        "Dutch water engineers advise Bangladesh on the Delta Plan 2100 under a new grant.",
        "Bangladesh Delta Plan 2100",
    ),
    (
        "Thailand is an active member of Sentinel Asia, an initiative that shares satellite images after "
        "disasters.",
        "Sentinel Asia",
    ),
]


@pytest.mark.parametrize(("text", "name"), VISIONS)
def test_national_visions_are_known(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Korea set up the Saudi-Korean Vision 2030 Committee in 2017 to steer the work.",
        "Delegates of Qatar and Japan met at the Vision 2030 Forum in Doha.",
    ],
)
def test_a_vision_inside_a_body_or_meeting_name_is_not_named(extract: Extract, text: str) -> None:
    names = programme_names(extract(text))
    assert not any("Vision 2030" in n for n in names)


JOINT_ACTIVITIES = [  # a survey, expedition or cruise of two countries (or "Joint ...") with its acronym
    (
        "The Korea\u2013Philippines Reef Fish Biodiversity Survey (KOPRF) was opened in Busan by the two "
        "ministries.",
        "KOPRF",
    ),
    (
        "Scientists from India and Mauritius will sail on the Joint Indian Ocean Research Cruise (JIORC) "
        "in March.",
        "JIORC",
    ),
    (
        "The Chile-Norway Antarctic Krill Expedition (CNAKE) leaves Punta Arenas in January with twenty "
        "researchers.",
        "CNAKE",
    ),
    (
        "Researchers launched the Brazil\u2013Portugal Atlantic Plankton Campaign (BPAPC) last spring.",
        "BPAPC",
    ),
]


@pytest.mark.parametrize(("text", "name"), JOINT_ACTIVITIES)
def test_joint_survey_with_acronym_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [  # one country's survey is a body
        ("Experts of the British Antarctic Survey (BAS) met Chilean researchers in Punta Arenas.", "BAS"),
        ("The Geological Survey of Finland (GTK) will train geologists from Namibia and Zambia.", "GTK"),
    ],
)
def test_a_national_survey_body_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


PAIRED_BODIES = [  # two bodies (one named in the text) joined by a dash or slash, kind words, programme
    (
        "Peru's Council for Science (Concytec) and the German Academic Exchange Service (DAAD) will "
        "continue the Concytec\u2013DAAD doctoral scholarship programme next year.",
        "Concytec\u2013DAAD doctoral scholarship programme",
    ),
    (
        "The Korea Advanced Institute of Science and Technology (KAIST) and the Technical University of "
        "Munich (TUM) extended the KAIST/TUM student exchange scheme to 2030.",
        "KAIST/TUM student exchange scheme",
    ),
    (
        "Since 2019 the Indian Institute of Science (IISc) and ETH Zurich have run the IISc-ETH joint "
        "doctoral program.",
        "IISc-ETH joint doctoral program",
    ),
]


@pytest.mark.parametrize(("text", "name"), PAIRED_BODIES)
def test_programme_of_two_bodies_with_its_kind(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [  # two countries only describe a kind of programme
        "The partners launched a France\u2013Thailand mobility programme for young researchers.",
        "The agreement widens the Chile-Germany exchange programme for doctoral students.",
    ],
)
def test_two_countries_with_a_kind_name_no_programme(extract: Extract, text: str) -> None:
    names = programme_names(extract(text))
    assert not any(("-" in n or "\u2013" in n) and n.endswith("programme") for n in names)


HEADED_FOR_NAMES = [  # capitalised words before "Programme for ..." and a period of years after it
    (
        "The two co-chairs adopted the Chile\u2013Spain Work Programme for Scientific and Technical "
        "Cooperation 2025\u20132027 at the end of the session.",
        "Chile\u2013Spain Work Programme for Scientific and Technical Cooperation 2025\u20132027",
    ),
    (
        "Argentina's National Programme for Space Activities (PNAEX) pays for the new ground station.",
        "National Programme for Space Activities",
    ),
    (
        "Uruguay and Portugal opened the Binational Programme for Coastal and Climate Research (PROCOAST).",
        "Binational Programme for Coastal and Climate Research",
    ),
]


@pytest.mark.parametrize(("text", "name"), HEADED_FOR_NAMES)
def test_words_before_a_programme_for_name_are_part_of_it(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [  # an article or a preposition before the head is no part of the name
        (
            "Under the Programme for Research in Soil Health and Water, Peru and Germany fund six projects.",
            "Programme for Research in Soil Health and Water",
        ),
        (
            "The Project for Strengthening Science Teaching in Malawi began in 2021 with Japanese support.",
            "Project for Strengthening Science Teaching in Malawi",
        ),
    ],
)
def test_articles_before_a_programme_for_name_stay_out(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))
