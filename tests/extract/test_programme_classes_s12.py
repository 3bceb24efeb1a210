"""Programmes, cross-set round 12: a known facility (a telescope, a collider, a detector) is a
programme only where the text treats it as a project of its own. It is an instrument to use when a
lower-case instrument noun stands near it in its sentence ("the X and the Y radio telescope"), and
it is not named at all when its name runs on into the name of another facility or body ("the X
Pathfinder", "the X Project Office"). All sentences are our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

AS_INSTRUMENT = [  # a known facility among other instruments a lower-case noun names: no programme
    (
        "Students from Kenya will analyse data from the Square Kilometre Array and the new radio "
        "telescopes of the region.",
        "Square Kilometre Array",
    ),
    (
        "Survey images from two observatories in Chile and the Giant Magellan Telescope will be shared "
        "with Australian teams.",
        "Giant Magellan Telescope",
    ),
    (
        "The exhibition shows models of the Thirty Meter Telescope and the Subaru telescope side by side.",
        "Thirty Meter Telescope",
    ),
]


@pytest.mark.parametrize(("text", "name"), AS_INSTRUMENT)
def test_facility_beside_an_instrument_noun_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


INSIDE_LONGER_NAME = [  # the known name runs on into another name, also across a line break
    (
        "The survey combined optical images with radio maps from the Australian Square Kilometre Array\n"
        "Pathfinder, run by the national science agency.",
        "Square Kilometre Array",
    ),
    (
        "Officials of the Einstein Telescope Project Office visited Naples and Nagoya in May.",
        "Einstein Telescope",
    ),
    (
        "A grant from the Thirty Meter Telescope Foundation paid for two Indian student places.",
        "Thirty Meter Telescope",
    ),
]


@pytest.mark.parametrize(("text", "name"), INSIDE_LONGER_NAME)
def test_facility_inside_a_longer_name_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


AS_PROJECT = [  # negative cases: the facility is the subject of cooperation, not an instrument nearby
    (
        "Italy and Japan agreed to develop mirror technologies for the Einstein Telescope and for KAGRA.",
        "KAGRA",
    ),
    (
        "The United Kingdom committed new funding to the Hyper-Kamiokande project, a neutrino "
        "experiment in Japan.",
        "Hyper-Kamiokande",
    ),
    (
        "South Africa and Germany will share the costs of the Square Kilometre Array as partners.",
        "Square Kilometre Array",
    ),
    (  # the noun describes the facility itself
        "Engineers from both countries build receivers for the Square Kilometre Array, the largest "
        "radio telescope ever planned.",
        "Square Kilometre Array",
    ),
    (
        "Teams in Italy develop detectors for the Einstein Telescope and for KAGRA with Japan.",
        "KAGRA",
    ),
]


@pytest.mark.parametrize(("text", "name"), AS_PROJECT)
def test_facility_as_a_project_is_kept(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


MARKED_AS_BODY = [  # a name with a programme word as head that the text marks as a body
    (
        "On the Kenyan side the call is run by the Coastal Innovation Alliance (CIA), a not-for-profit "
        "company founded by the ministry and the chamber of commerce.",
        "Coastal Innovation Alliance",
    ),
    (
        "Funding is handled by the Pacific Research Initiative, an intergovernmental organisation based "
        "in Suva.",
        "Pacific Research Initiative",
    ),
    (
        "Norway was invited to take part in the Global Geothermal Alliance programmes on drilling and "
        "training.",
        "Global Geothermal Alliance",
    ),
    (
        "Estonian start-ups may now apply to the Baltic Digital Alliance programs for cloud security.",
        "Baltic Digital Alliance",
    ),
]


@pytest.mark.parametrize(("text", "name"), MARKED_AS_BODY)
def test_name_marked_as_a_body_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


ALLIANCE_AS_PROGRAMME = [  # negative cases: an alliance the partners run as a programme
    (
        "Canada and Germany launched the Atlantic Hydrogen Alliance, a joint initiative to trade green "
        "hydrogen.",
        "Atlantic Hydrogen Alliance",
    ),
    (
        "Researchers from Brazil and South Africa joined the Southern Ocean Research Alliance in 2024 "
        "to share ship time.",
        "Southern Ocean Research Alliance",
    ),
]


@pytest.mark.parametrize(("text", "name"), ALLIANCE_AS_PROGRAMME)
def test_alliance_run_as_a_programme_is_kept(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


GRANT_TYPES = [  # a type of grant made of generic words alone ("and" aside): no programme
    ("<p>Application type: Collaborative Project, with partners abroad</p>", "Collaborative Project"),
    (
        "Collaborative and Knowledge-building Project · Joint call with India\n\nThe call opens in May.",
        "Collaborative and Knowledge-building Project",
    ),
    ("Grant type: Competence-building Project for industry and academia.", "Competence-building Project"),
    (
        "Funding instrument: Capacity-building and Training Programme (two years).",
        "Capacity-building and Training Programme",
    ),
]


@pytest.mark.parametrize(("text", "name"), GRANT_TYPES)
def test_grant_type_of_generic_words_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


NAMED_GRANTS = [  # negative cases: a distinctive word makes it a name
    (
        "Norway and Kenya opened the Collaborative Savanna Fire Project to teams from both countries.",
        "Collaborative Savanna Fire Project",
    ),
    (
        "The Mekong Knowledge and Innovation Programme funds joint work by Thai and Lao universities.",
        "Mekong Knowledge and Innovation Programme",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_GRANTS)
def test_named_grant_is_kept(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))
