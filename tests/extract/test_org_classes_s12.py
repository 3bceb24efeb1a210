"""Organisation classes of the cross-set round (session 12): diplomatic missions named by kind,
sending state and seat (bilat.extract.org_missions), and a letterhead whose state follows the body's
name on the same line. Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract import Extractor
from bilat.extract.org_missions import mission_names

from .records import Extract, orgs_by_name, prepared

# (text, mission's name, sending state)
MISSIONS = [
    # a seat of several words, one of them in lower case, and a hard-wrapped line
    (
        "Norway and Tanzania. The report is issued by the Embassy of Norway in Dar es\nSalaam twice a year.",
        "Embassy of Norway in Dar es Salaam",
        "NO",
    ),
    # a role that ends with "Mission" just before the mission's name
    (
        "Chile and Peru. Rosa Vidal, Deputy Head of Mission at the Embassy of the Republic of Chile in Lima,"
        " opened the fisheries workshop.",
        "Embassy of the Republic of Chile in Lima",
        "CL",
    ),
    (
        "Finland and Vietnam. Mikko Salo, Deputy Chief of Mission at the Embassy of Finland in Hanoi, spoke.",
        "Embassy of Finland in Hanoi",
        "FI",
    ),
    # other kinds of mission
    (
        "Peru and Japan. The agreement was prepared with help from the Consulate-General of Peru in Osaka.",
        "Consulate-General of Peru in Osaka",
        "PE",
    ),
    (
        "Mexico and Canada. The Consulate General of Mexico in Vancouver hosted the researchers.",
        "Consulate General of Mexico in Vancouver",
        "MX",
    ),
    (
        "Ghana and Canada. The High Commission of Canada in Accra funded two fellowships.",
        "High Commission of Canada in Accra",
        "CA",
    ),
    # a mission named in its own language
    (
        "Chile and Korea. La reunión fue organizada por la Embajada de Chile en Corea y la universidad.",
        "Embajada de Chile en Corea",
        "CL",
    ),
    # a letterhead in capitals, the seat after a comma
    (
        "EMBASSY OF DENMARK, HANOI\n\nDenmark and Vietnam agreed on wind research.",
        "Embassy of Denmark, Hanoi",
        "DK",
    ),
    # a letterhead's part before a separator
    (
        "**Embassy of Sweden, Nairobi | Newsletter 2/2025**\n\nSweden and Kenya renewed their research deal.",
        "Embassy of Sweden, Nairobi",
        "SE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), MISSIONS)
def test_a_mission_is_named_to_the_end_of_its_seat(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_month_after_in_is_no_seat(extract: Extract) -> None:
    orgs = orgs_by_name(extract("Japan and Kenya. The Embassy of Japan in March hosted the event."))
    assert "Embassy of Japan in March" not in orgs, orgs


@pytest.mark.parametrize(
    "text",
    [
        # a comma that goes on with prose is no letterhead's seat
        "Japan and Kenya. The Embassy of Japan, Nairobi and the city council signed.",
        # no seat: the name is left to the word-by-word reading
        "Japan and Kenya. The Embassy of Japan hosted the event.",
        # a kind in capitals before a sender in prose case
        "Japan and Kenya. EMBASSY of Japan in Nairobi.",
    ],
)
def test_no_seated_mission_where_no_seat_is_named(extractor: Extractor, text: str) -> None:
    assert mission_names(prepared(extractor, text)) == []


def test_a_lower_case_embassy_is_no_name(extract: Extract) -> None:
    record = extract("Japan and Kenya. Staff of the embassy of Japan in Nairobi visited the farm.")
    assert "embassy of Japan in Nairobi" not in orgs_by_name(record)


# (text, body's name, its state): the state follows the body's name on the letterhead's line
SAME_LINE_LETTERHEADS = [
    (
        "**Ministry of Mines and Minerals Development — Republic of Zambia**\n\n"
        "Zambia and Finland agreed to cooperate on battery minerals.",
        "Ministry of Mines and Minerals Development",
        "ZM",
    ),
    (
        "National Research Agency | Republic of Kenya\nKenya and Japan signed a memorandum on geothermal"
        " research.",
        "National Research Agency",
        "KE",
    ),
    (
        "State Department for Water – Republic of Uganda\n\nUganda and Israel met on irrigation research.",
        "State Department for Water",
        "UG",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), SAME_LINE_LETTERHEADS)
def test_a_letterhead_names_its_state_on_the_same_line(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_state_that_opens_prose_after_a_dash_is_no_letterhead(extract: Extract) -> None:
    orgs = orgs_by_name(
        extract("Ministry of Water - Morocco and Spain signed a deal\n\nMorocco and Spain met.")
    )
    assert orgs.get("Ministry of Water", {}).get("country") is None, orgs


# (text, body's name, its state): a name form that only one state's administration uses
STATE_FORMS = [
    (
        "Kenya and Germany. Dr. Jane Wambui, Principal Secretary of the State Department for Science,"
        " Research and Innovation, spoke at the German embassy.",
        "State Department for Science, Research and Innovation",
        "KE",
    ),
    (
        "Japan and Kenya. The visit was joined by the State Department for Irrigation and the Japanese team.",
        "State Department for Irrigation",
        "KE",
    ),
    (
        "India and Sweden. Officials of the Union Ministry of Saltworks visited the Swedish mines last week.",
        "Union Ministry of Saltworks",
        "IN",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), STATE_FORMS)
def test_a_form_of_one_states_administration_places_the_body(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = extract(text)["organizations"]
    found = [org for org in orgs if name in [org["name"], *(org.get("aliases") or [])]]
    assert found, orgs
    assert found[0]["country"] == country


def test_a_form_names_its_own_state_before_the_sentence(extract: Extract) -> None:
    orgs = orgs_by_name(extract("Germany and Japan. The State Department welcomed the news from Germany."))
    assert all(org["country"] != "KE" for org in orgs.values()), orgs


def test_a_joint_council_takes_its_short_name_and_no_country(extract: Extract) -> None:
    record = extract(
        "Chile and Japan hold the second Digital Partnership Council.\n\n"
        "The ministers met in Santiago at the Chile-Japan Digital Partnership Council on Monday."
    )
    orgs = orgs_by_name(record)
    assert "Chile-Japan Digital Partnership Council" in orgs, orgs
    joint = orgs["Chile-Japan Digital Partnership Council"]
    assert joint["country"] is None
    assert "Digital Partnership Council" not in orgs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ambassade de France à Lima - Embassy of France in Lima\n\nFrance and Peru launched a call.",
            {"Ambassade de France à Lima", "Embassy of France in Lima"},
        ),
        (
            "Embajada de Chile en Japón / Embassy of Chile in Japan\n\nChile and Japan agreed on astronomy.",
            {"Embajada de Chile en Japón", "Embassy of Chile in Japan"},
        ),
    ],
)
def test_a_mission_named_in_two_languages_is_one_body(extract: Extract, text: str, names: set[str]) -> None:
    orgs = extract(text)["organizations"]
    holding = [org for org in orgs if names & {org["name"], *(org.get("aliases") or [])}]
    assert len(holding) == 1, orgs
    assert names <= {holding[0]["name"], *(holding[0].get("aliases") or [])}
