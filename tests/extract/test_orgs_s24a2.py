"""Session 24, round 2 (a): organisation error classes, with texts written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record


def _record(text: str, published: str = "2026-05-04") -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _names(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in _record(text).organizations}


# A comma and a state's possessive before a known body end the name read before them: the
# possessive owns the body that follows.
OWNER_AFTER_COMMA = [
    (
        "The seminar was organised by the Embassy of Chile in Helsinki, Finland's Technical Research "
        "Centre of Finland (VTT) and the University of Oulu.",
        "Embassy of Chile in Helsinki",
        "CL",
    ),
    (
        "Support came from the Embassy of Portugal in Nairobi, Kenya's National Research Fund (NRF) and "
        "several universities.",
        "Embassy of Portugal in Nairobi",
        "PT",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OWNER_AFTER_COMMA)
def test_possessive_after_comma_is_not_part_of_the_name(text: str, name: str, country: str) -> None:
    found = _names(text)
    assert found.get(name) == country, found
    assert not any(n.endswith("'s") for n in found), found


# A body named by a pair of states ("X–Y ... Centre") that stands in one of them: the dateline's.
PAIRED_BODIES = [
    (
        "BAKU — The Japan–Azerbaijan Robotics Training Centre (JARTC) opened on Monday in a former "
        "factory hall. Engineers from both countries will teach courses there.\n",
        "Japan–Azerbaijan Robotics Training Centre",
        "AZ",
    ),
    (
        "LIMA, 3 May 2026 — The Korea-Peru Mining Innovation Centre (KPMIC) welcomed its first cohort "
        "of thirty students this week.\n",
        "Korea-Peru Mining Innovation Centre",
        "PE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), PAIRED_BODIES)
def test_paired_body_stands_in_the_dateline_state(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country, _names(text)


def test_binational_body_is_of_neither_state() -> None:
    text = (
        "Two universities will open the Chile–Argentina Binational Glacier Laboratory (CABGL), with "
        "sites on both sides of the Andes.\n"
    )
    found = _names(text)
    assert "Chile–Argentina Binational Glacier Laboratory" in found, found
    assert found["Chile–Argentina Binational Glacier Laboratory"] is None


def test_country_after_a_company_noun_is_no_company() -> None:
    text = "Our partners formed an association\nNorway joined it in March. The firm Kvantix builds sensors.\n"
    found = _names(text)
    assert "Norway" not in found, found
    assert "Kvantix" in found, found


# A mission named by its kind and seat alone is the mission the page names in full.
SEAT_ONLY_MISSIONS = [
    (
        "News from the Embassy of Finland in Santiago\n\nThe Embassy of Finland in Santiago hosted a "
        "seminar on forestry research. Later the Embassy in Santiago opened an exhibition.\n",
        "Embassy of Finland in Santiago",
        "FI",
    ),
    (
        "Press team of the Delegation to Canada\n\nThe Delegation of the European Union to Canada held "
        "a Horizon Europe day in Ottawa on 4 May 2026.\n",
        "Delegation of the European Union to Canada",
        "EU",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), SEAT_ONLY_MISSIONS)
def test_seat_only_mission_folds_into_the_full_one(text: str, name: str, country: str) -> None:
    orgs = _record(text).organizations
    full = [o for o in orgs if o.name == name]
    assert full and full[0].country == country, [(o.name, o.aliases, o.country) for o in orgs]
    assert len([o for o in orgs if "Embassy" in o.name or "Delegation" in o.name]) == 1


# A headline in title case: its verb ends the subject's name; a body's delegation is no body.
HEADLINES = [
    "NRF Delegation Concludes Study Tour to the Republic of Korea\n"
    "A delegation of the National Research Foundation (NRF) of South Africa visited Seoul.\n",
    "KEMRI Delegation Completes Visit to Japan\n"
    "A team of the Kenya Medical Research Institute (KEMRI) spent a week in Nagasaki.\n",
]


@pytest.mark.parametrize("text", HEADLINES)
def test_headline_verb_and_sent_delegation(text: str) -> None:
    found = _names(text)
    assert not any("Delegation" in n for n in found), found


def test_full_name_after_a_known_acronym_is_its_present_name() -> None:
    text = (
        "Vienna, 4 May 2026\n\nThe summer school is run by OeAD, the Austrian Agency for Education and "
        "Internationalisation. Applications to OeAD close in June.\n"
    )
    orgs = _record(text).organizations
    named = [o for o in orgs if "OeAD" in o.aliases]
    assert len(named) == 1, [(o.name, o.aliases) for o in orgs]
    assert named[0].name == "Austrian Agency for Education and Internationalisation"
    assert named[0].country == "AT"
    assert not [o for o in orgs if o is not named[0] and "Austrian Agency" in o.name]


# A state's name right after a body's acronym in brackets tells the body's country.
STATE_AFTER_ACRONYM = [
    (
        "Officials of the Higher Education Council (HEC) Ghana, the Ministry of Energy and two firms met "
        "the visitors from Denmark.",
        "Higher Education Council",
        "GH",
    ),
    (
        "Delegates from the National Science Board (NSB) Kenya; the University of Bergen and the "
        "University of Oslo signed the plan.",
        "National Science Board",
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), STATE_AFTER_ACRONYM)
def test_state_after_acronym_places_the_body(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country, _names(text)


# A school's campus abroad, named "<school> in <city>", is a body of its own in the city's country.
BRANCH_CAMPUSES = [
    (
        "Much of the talent comes from Westbridge University in Almaty (WUA), opened in 2012 as a branch "
        "of Britain's Westbridge University. WUA now teaches 3,000 students.\n",
        "Westbridge University in Almaty",
        "KZ",
    ),
    (
        "Engineers trained at Northgate University in Kigali (NUK), a campus of Canada's Northgate "
        "University, joined the project in 2025.\n",
        "Northgate University in Kigali",
        "RW",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), BRANCH_CAMPUSES)
def test_branch_campus_abroad_is_its_own_body(text: str, name: str, country: str) -> None:
    found = _names(text)
    assert found.get(name) == country, found


# "the then <name>": the body under the name it bore at the time, not a second body.
THEN_NAMED = [
    (
        "The Slovak Academy of Sciences (SAS) opens a call with Korea. Ties go back to 1994, when the then "
        "Academy of Sciences of the Slovak Republic signed an accord with the Korean side.\n",
        "Slovak Academy of Sciences",
    ),
    (
        "The Polish Geological Institute (PGI) will host the meeting. In 1999 the then Geological "
        "Institute of Poland sent its first experts to Mongolia.\n",
        "Polish Geological Institute",
    ),
]


@pytest.mark.parametrize(("text", "name"), THEN_NAMED)
def test_then_named_body_is_the_same_body(text: str, name: str) -> None:
    orgs = _record(text).organizations
    assert [o.name for o in orgs if name.split()[1] in o.name] == [name], [(o.name, o.aliases) for o in orgs]


# A body named in the possessive before what it owns ("the Korean Foreign Ministry's envoy"): the
# head word in the possessive still names the body; a hall "of the University's" building does not.
POSSESSIVE_HEADS = [
    (
        "The talks were led by Park Ji-ho, the Korean Foreign Ministry's envoy for science, and a "
        "Chilean official.",
        "Korean Foreign Ministry",
        "KR",
    ),
    (
        "Students of Kyoto University's graduate school joined the visiting Danish team.",
        "Kyoto University",
        "JP",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), POSSESSIVE_HEADS)
def test_possessive_head_names_the_body(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country, _names(text)


def test_hall_of_a_possessive_body_is_no_body() -> None:
    text = "The launch took place in the Great Hall of the Academy's old Library building in Oslo."
    assert not any("Hall" in n for n in _names(text)), _names(text)


def test_short_form_placed_only_by_its_sentence_folds_into_the_full_name() -> None:
    text = (
        "SEOUL, 4 May (Yonhap) - Korea and Chile agreed to widen research ties. The talks were led by "
        "Park Ji-ho, the Korean Foreign Ministry's envoy for science.\n\n"
        "The next round will be held in Santiago in 2027, the Foreign Ministry said.\n"
    )
    orgs = _record(text).organizations
    ministries = [o for o in orgs if "Foreign Ministry" in o.name]
    assert [(o.name, o.country) for o in ministries] == [("Korean Foreign Ministry", "KR")], [
        (o.name, o.aliases, o.country) for o in orgs
    ]


# A mission named by its seat alone in a text on two states is the other state's.
SEAT_ONLY_BILATERAL = [
    (
        "Norway and Peru deepen ocean research ties\n\nThe Embassy in Lima hosted a seminar on "
        "aquaculture research with Norwegian and Peruvian scientists. Norway and Peru signed a research "
        "agreement in 2019.\n",
        "Embassy in Lima",
        "NO",
    ),
    (
        "Finland and Japan: quantum week\n\nThe Embassy in Helsinki organised a quantum week with Japanese "
        "and Finnish universities. Japan and Finland have cooperated in science since 2013.\n",
        "Embassy in Helsinki",
        "JP",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), SEAT_ONLY_BILATERAL)
def test_seat_only_mission_is_the_other_partners(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country, _names(text)
