"""Classes of topic cues and programme names (texts of our own):

- the ageing of equipment ("a safety and ageing assessment of the research reactor", "ageing
  management of the plant") is no ageing society;
- farm leftovers used as a feedstock ("carbon made from agricultural residues") are no agriculture;
- "mobility" of a people's level or of a scheme ("postdoctoral mobility", "the Franco-Thai mobility
  programme") is talent mobility, not transport;
- a call's stated areas of circular materials, recyclable products and e-waste are the circular
  economy; materials design and electrode materials are advanced materials;
- an activity's abbreviation or an embassy's office ("the industrial R&D programme", "the Economic
  Mission") names no programme;
- an acronym of a unit whose long form holds a programme word ("Programme Management Unit for
  ... (PMU-X)") names a body, no programme;
- a programme's name in another language in brackets right after it, and its name with or without
  its programme word, in the singular or plural, are one programme.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names, topics

LEAD = "Scientists of Norway and Chile signed a research cooperation agreement on {}. "

AGEING_OF_THINGS = [
    "The institute will carry out a safety and ageing assessment of the 20-megawatt research reactor.",
    "Engineers will share methods for ageing management at the two nuclear plants.",
    "The project studies ageing mechanisms of concrete in offshore platforms.",
]


@pytest.mark.parametrize("sentence", AGEING_OF_THINGS)
def test_ageing_of_equipment_is_no_ageing_society(extract: Extract, sentence: str) -> None:
    assert "ageing_society" not in topics(extract(LEAD.format("nuclear safety") + sentence))


def test_ageing_of_people_still_counts(extract: Extract) -> None:
    text = LEAD.format("welfare") + "Both sides face rapid ageing of their populations and want care robots."
    assert "ageing_society" in topics(extract(text))


FEEDSTOCK = [
    "Anodes will be made from agricultural residues such as rice husk.",
    "The team turns agricultural waste into activated carbon for supercapacitors.",
    "Bio-based binders come from agriculture by-products collected in the region.",
]


@pytest.mark.parametrize("sentence", FEEDSTOCK)
def test_farm_leftovers_as_feedstock_are_no_agriculture(extract: Extract, sentence: str) -> None:
    assert "agriculture_food" not in topics(extract(LEAD.format("battery materials") + sentence))


def test_agricultural_research_still_counts(extract: Extract) -> None:
    text = LEAD.format("agricultural research") + "The partners will breed drought-tolerant crops."
    assert "agriculture_food" in topics(extract(text))


PEOPLE_MOBILITY = [
    "Fellowships 2026: postdoctoral mobility between Spain and Korea.",
    "The first projects came out of the Franco-Thai mobility programme run by the two ministries.",
    "Funding covers faculty mobility between the two universities.",
    "A bilateral mobility program pays the travel of the teams.",
]


@pytest.mark.parametrize("sentence", PEOPLE_MOBILITY)
def test_mobility_of_people_is_talent_mobility(extract: Extract, sentence: str) -> None:
    found = topics(extract(LEAD.format("chemistry") + sentence))
    assert "mobility" not in found
    assert "talent_mobility" in found


def test_urban_mobility_is_still_transport(extract: Extract) -> None:
    text = LEAD.format("urban mobility") + "A sustainable mobility programme will test electric buses."
    assert "mobility" in topics(extract(text))


FIELD_WORDINGS = [
    ("Eligible areas: circular materials and hydrogen technologies.", "circular_economy"),
    ("Proposals should lead to recyclable or substitute materials.", "circular_economy"),
    ("Projects recover metals from electronic waste.", "circular_economy"),
    ("Work package 3 covers e-waste and urban mining.", "circular_economy"),
    ("Eligible areas include data-driven materials design.", "advanced_materials"),
    ("The laboratory develops cathode materials for sodium cells.", "advanced_materials"),
    ("Teams will work on functional materials for sensors.", "advanced_materials"),
]


@pytest.mark.parametrize(("sentence", "topic"), FIELD_WORDINGS)
def test_circular_and_materials_wordings(extract: Extract, sentence: str, topic: str) -> None:
    assert topic in topics(extract(LEAD.format("chemistry") + sentence))


GENERIC_NAMES = [
    ("Officials reviewed the industrial R&D programme that the two countries run.", "R&D"),
    ("Requests from companies will be passed on to the Economic Mission.", "Economic Mission"),
    ("The Trade Mission of Peru in Seoul hosted the reception.", "Trade Mission"),
    ("The joint S&T programme of the two ministries funds six projects.", "S&T"),
]


@pytest.mark.parametrize(("text", "name"), GENERIC_NAMES)
def test_generic_names_are_no_programmes(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


UNITS = [
    (
        "The ceremony was attended by the Director of the Programme Management Unit for Competitiveness "
        "and Innovation (PMU-C).",
        "PMU-C",
    ),
    ("Applications go to the Program Support Office of the ministry (PSO) by May.", "PSO"),
]


@pytest.mark.parametrize(("text", "short"), UNITS)
def test_an_acronym_of_a_unit_is_no_programme(extract: Extract, text: str, short: str) -> None:
    assert short not in programme_names(extract(text))


def test_an_acronym_of_a_programme_still_counts(extract: Extract) -> None:
    text = "Teams apply under the Blue Horizons Exchange Programme (BHEP) of the two councils."
    names = programme_names(extract(text))
    assert "BHEP" in names or "Blue Horizons Exchange Programme" in names


VARIANTS = [
    (
        "The Aurora Fellowship Programme (Programme Aurora Norvège–Japon) funds stays. Aurora Fellowships "
        "last one year.",
        {"Aurora Fellowship Programme", "Programme Aurora Norvège–Japon", "Aurora Fellowships"},
    ),
    (
        "The Kestrel Scholarships are open. The Kestrel Scholarship Program pays tuition.",
        {"Kestrel Scholarships", "Kestrel Scholarship Program"},
    ),
]


@pytest.mark.parametrize(("text", "names"), VARIANTS)
def test_forms_of_one_name_make_one_programme(extract: Extract, text: str, names: set[str]) -> None:
    record = extract(text)
    groups = [{p["name"], *p.get("aliases", [])} for p in record["programs"]]
    found = [g for g in groups if g & names]
    assert len(found) == 1, groups


def test_two_programmes_stay_two(extract: Extract) -> None:
    record = extract("The Aurora Fellowship Programme and the Kestrel Scholarship Program fund stays.")
    assert len(record["programs"]) == 2
