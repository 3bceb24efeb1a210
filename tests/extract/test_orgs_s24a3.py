"""Session 24, round 3 (a): organisation and people error classes, with texts written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record


def _record(text: str, published: str = "2026-05-04") -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _names(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in _record(text).organizations}


# "A for X and Y at the PARENT": the words after "and" are the unit's last field; the head word
# after "at the" belongs to the parent body, so it does not make the right side a body of its own.
UNIT_AT_PARENT = [
    (
        "The Italian side was led by Ms Carla Fontana, Head of the Office for Scientific and Technological "
        "Cooperation at the Italian Ministry of Foreign Affairs.",
        "Office for Scientific",
    ),
    (
        "Mr Jonas Berg, Director of the Unit for Research and Innovation Policy at the Swedish Ministry of "
        "Education, opened the meeting.",
        "Unit for Research",
    ),
    (
        "The report was prepared by the Section for Marine and Polar Affairs at the Norwegian Ministry of "
        "Climate.",
        "Section for Marine",
    ),
]


@pytest.mark.parametrize(("text", "cut"), UNIT_AT_PARENT)
def test_unit_name_not_cut_before_its_last_field(text: str, cut: str) -> None:
    names = _names(text)
    assert cut not in names
    assert not any(n.startswith(("Technological", "Innovation Policy", "Polar Affairs")) for n in names)


# A name of generic words only that stands only after "a" or "an" names a kind of body, not one.
KIND_AFTER_ARTICLE = [
    "The two countries already run an International Research Network in mathematics.",
    "The government plans a National Research Foundation to fund basic science.",
    "Both academies hope to open an International Research Network on climate next year.",
]


@pytest.mark.parametrize("text", KIND_AFTER_ARTICLE)
def test_kind_of_body_after_indefinite_article_is_no_organisation(text: str) -> None:
    assert _names(text) == {}


def test_named_body_after_indefinite_article_stays() -> None:
    text = "The agreement sets up a Kenya-Japan Joint Research Centre for Geothermal Energy in Nairobi."
    assert any("Joint Research Centre" in n for n in _names(text))


def test_kind_named_later_with_article_the_stays() -> None:
    text = "The National Research Foundation (NRF) opened a call. It is a National Research Foundation."
    assert "National Research Foundation" in _names(text)


# A plainly named ministry whose sentence gives "its headquarters in CITY" is seated there, whatever
# state's ministry of that name the registry knows.
OWN_PREMISES = [
    (
        "Senegal and France renew a laboratory\nThe Ministry of Higher Education, Research and Innovation "
        "(MESRI) welcomed on Monday, at its headquarters in Dakar, the signing ceremony with the French "
        "partners. The MESRI will host the next meeting.",
        "Ministry of Higher Education, Research and Innovation",
        "SN",
    ),
    (
        "Kenya and Germany sign a research pact\nThe Ministry of Education hosted the talks at its premises "
        "in Nairobi on 3 May with the German delegation.",
        "Ministry of Education",
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OWN_PREMISES)
def test_ministry_seated_by_its_own_premises(text: str, name: str, country: str) -> None:
    names = _names(text)
    assert names.get(name) == country
    assert not any(c == "FR" and "Ministry" in n for n, c in names.items())


# "attache" (without the accent) and Nigerian professional titles before a name.
PEOPLE = [
    (
        "On 22 April, science attache Marieke van Dongen travelled to Pune.",
        "Marieke van Dongen",
        "science attache",
    ),
    (
        "Pieter de Vries, science attache at the embassy, opened the fair.",
        "Pieter de Vries",
        "science attache",
    ),
    (
        "Speaking at the launch, the Executive Secretary of the Fund, Arc. Bala Usman Garba, said the "
        "money was ready.",
        "Bala Usman Garba",
        "Executive Secretary of the Fund",
    ),
    (
        "The Chairman of the Council, Barr. Ada Obi, welcomed the guests.",
        "Ada Obi",
        "Chairman of the Council",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), PEOPLE)
def test_person_with_plain_attache_or_professional_title(text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in _record(text).people}
    assert name in people
    assert role in (people[name] or "")


# Energy and food cues of the rural-development vocabulary; a surname is no crop.
TOPIC_CUES = [
    (
        "Kenya and Norway agreed to cooperate in research. The projects cover solar mini-grids for "
        "rural clinics and the breeding of yams and other root crops.",
        {"energy", "agriculture_food"},
    ),
    (
        "Ghana and Denmark will fund joint research on tuber crops and on rural electrification.",
        {"energy", "agriculture_food"},
    ),
]


@pytest.mark.parametrize(("text", "topics"), TOPIC_CUES)
def test_rural_energy_and_crop_cues(text: str, topics: set[str]) -> None:
    assert topics <= {t.id for t in _record(text).topics}


def test_surname_is_no_crop() -> None:
    text = (
        "Hong Kong and Japan agreed to cooperate in research. Mr Peter Yam of the university welcomed them."
    )
    assert "agriculture_food" not in {t.id for t in _record(text).topics}


def test_headless_registry_unit_named_with_its_parents_acronym() -> None:
    text = (
        "Australia and Chile will cooperate on mining research. A team from CSIRO Mineral Resources "
        "visited Santiago on 3 May."
    )
    names = _names(text)
    assert names.get("CSIRO Mineral Resources") == "AU"
    assert "Mineral Resources" not in names
