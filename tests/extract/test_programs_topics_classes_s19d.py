"""Programmes and topics, session 19 round 1 (helper d). Sentences our own.

1. Satellites named after their satellite word in the plural, after a comma and "(to be) known as",
   "named" or "called", maybe two names joined by "and": each coined name is a mission.
2. An acronym whose long form opens with one word for a body of members and "of" ("Council of ...",
   "Alliance of ...") names a body, though a programme word ends it: no programme.
3. A fund or project named first by its head word in French or Spanish ("Fondo X", "Projets de ...
   (PRCE)"): a programme, as "Programa ..." and "Proyecto ..." already are.
4. Topics: "digital health" and "e-health" name the digital field too; "the polar cold" or "an Arctic
   route" is no polar research; the "health" of a satellite or a battery is no field of health.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names, topics

FOUND = [  # (text, a programme name that must be found)
    pytest.param(
        "Ghana said the two satellites, to be known as GhanaSat-2A and GhanaSat-2B, will carry radar imagers "
        "built with Chinese support.",
        "GhanaSat-2A",
        id="plural satellite word, to be known as, first of two",
    ),
    pytest.param(
        "Ghana said the two satellites, to be known as GhanaSat-2A and GhanaSat-2B, will carry radar imagers "
        "built with Chinese support.",
        "GhanaSat-2B",
        id="plural satellite word, to be known as, second of two",
    ),
    pytest.param(
        "The agencies agreed that the microsatellites, named KestrelSat-2 and KestrelSat-3, will be launched "
        "from Kourou in 2027.",
        "KestrelSat-3",
        id="plural microsatellites named, two names",
    ),
    pytest.param(
        "Kenya and Japan will build a nanosatellite called TaitaSat-1 at the university in Nairobi.",
        "TaitaSat-1",
        id="nanosatellite called",
    ),
    pytest.param(
        "The spacecraft, now known as Helios-4, was assembled in Bangalore by the two agencies.",
        "Helios-4",
        id="spacecraft now known as",
    ),
    pytest.param(
        "Peru and France agreed that the ministry will fund the work through the Fondo QUIMAL in 2026.",
        "Fondo QUIMAL",
        id="Spanish fund head before a name",
    ),
    pytest.param(
        "Chile and France agreed that the ministry will fund the work through the "
        "Fondo Andino de Ciencia.",
        "Fondo Andino de Ciencia",
        id="Spanish fund head before a name of words",
    ),
    pytest.param(
        "The agency runs the Fondo de Investigación Científica (FIC) for young researchers from both "
        "countries.",
        "FIC",
        id="Spanish fund head in an acronym's long form",
    ),
    pytest.param(
        "Researchers may apply to the Projets de recherche collaborative - Entreprise (PRCE) of the agency.",
        "PRCE",
        id="French project head in an acronym's long form",
    ),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text, published="2026-01-10"))


NOT_PROGRAMMES = [  # (text, a name that must not be a programme)
    pytest.param(
        "The idea was first raised at the meeting of the Council of Managers of National Antarctic Programs "
        "(COMNAP) in July.",
        "COMNAP",
        id="Council of ... Programs",
    ),
    pytest.param(
        "Pakistan and China will fund scholarships through the Alliance of International Science "
        "Organizations (ANSO).",
        "ANSO",
        id="Alliance of ... Organizations",
    ),
    pytest.param(
        "Delegates from the Association of Southeast Asian Research Programmes (ASARP) met in Hanoi.",
        "ASARP",
        id="Association of ... Programmes",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PROGRAMMES)
def test_body_of_members_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text, published="2026-01-10"))


TOPICS = [  # (text, topic, whether it is found)
    pytest.param(
        "Korea and Chile will cooperate on digital health, including telemedicine for remote clinics.",
        "digital",
        True,
        id="digital health names digital",
    ),
    pytest.param(
        "Korea and Chile will cooperate on digital health, including telemedicine for remote clinics.",
        "health",
        True,
        id="digital health names health too",
    ),
    pytest.param(
        "India and Sweden agreed to cooperate on e-health for rural hospitals.",
        "digital",
        True,
        id="e-health names digital",
    ),
    pytest.param(
        "Canada and Germany will cooperate on hydrogen research. The fuel cells will be tested from Arctic "
        "cold to desert heat by the two institutes.",
        "ocean_polar",
        False,
        id="Arctic cold is no polar research",
    ),
    pytest.param(
        "Japan and the EU agreed to cooperate on 6G research and reviewed a planned Arctic route for the "
        "submarine cable linking Europe and Japan.",
        "ocean_polar",
        False,
        id="an Arctic route is no polar research",
    ),
    pytest.param(
        "Norway and Japan will cooperate on Arctic research and polar science.",
        "ocean_polar",
        True,
        id="Arctic research stays polar research",
    ),
    pytest.param(
        "Brazil and China agreed to cooperate on Earth observation. Operations of the old satellite are "
        "extended, subject to a satellite health review.",
        "health",
        False,
        id="satellite health is no field of health",
    ),
    pytest.param(
        "Finland and Korea agreed to cooperate on battery recycling; battery health monitoring is part of "
        "the work.",
        "health",
        False,
        id="battery health is no field of health",
    ),
]


@pytest.mark.parametrize(("text", "topic", "found"), TOPICS)
def test_topic(extract: Extract, text: str, topic: str, found: bool) -> None:
    assert (topic in topics(extract(text, published="2026-01-10"))) is found
