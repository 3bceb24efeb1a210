"""Organisations, people and topics, session 21 round 1 (helper c). Sentences our own.

1. Topics: glaciers, permafrost, drought, ice shelves and clean / green technology name the field
   of climate and the environment (topic_cues.yaml); "Green Technologies" capitalised inside a
   programme's name does not.
2. Topics: talent mobility from people who "train in/at" a place (maybe two kinds of people:
   "scientists and technicians can train at"), from "doctoral studies" abroad and from skills
   ("digital skills" are a field of training as well as digital; `second_fields`, `people_stays`).
3. Topics: nanoscale science and nanostructured materials are advanced materials.
4. Organisations: an office abroad named by a body's acronym, a country or city and a capitalised
   "Office" ("the JICA Kenya Office", "the JSPS Stockholm Office") is an organisation of the
   body's country (`office_abroad_candidates`).
5. Organisations: "Dr NAME of X's Department of Y" names the unit, not a body called after the
   person (`_after_org_possessive`).
6. Organisations: an undefined acronym that a registry knows is no registry body when it stands as
   post-nominal letters after a person's name ("Jane Doe MLA") or opens a longer capitalised name
   ("the HSC R&D Division"), unless the text names that body in full (`_undefined_registry_acronym`).
7. People: a lower-case role before "NAME," after "its"/"their" or "the ACRONYM", and a role "for"
   a field in lower-case words, maybe before its body ("the counsellor for science and technology
   of the Embassy of France in Chile, NAME") (`_lower_role_before`, `_FIELD_TAIL`).
"""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases, person_named, topics

TOPIC_CASES = [  # (text, topic expected, present or not)
    pytest.param(
        "Chile and Norway signed a research agreement on Monday. Joint projects will study glacier "
        "retreat in Patagonia and the stability of the ice shelves.",
        "climate_environment",
        True,
        id="glacier retreat",
    ),
    pytest.param(
        "Switzerland and Austria launched a joint research call. Projects may cover thawing "
        "permafrost in the Alps.",
        "climate_environment",
        True,
        id="permafrost",
    ),
    pytest.param(
        "Kenya and Israel agreed to cooperate in research on drought in the Rift Valley and on irrigation.",
        "climate_environment",
        True,
        id="drought",
    ),
    pytest.param(
        "Indonesia and Denmark signed a memorandum on research cooperation in clean technologies "
        "and offshore wind.",
        "climate_environment",
        True,
        id="clean technologies",
    ),
    pytest.param(
        "Vietnam and Korea signed a memorandum on research in semiconductors and green technology.",
        "climate_environment",
        True,
        id="green technology",
    ),
    pytest.param(
        "Italy and Japan agreed on research in battery technologies with teams of Japan's GteX "
        "(Green Technologies for Excellence) programme.",
        "climate_environment",
        False,
        id="a programme's capitalised name",
    ),
    pytest.param(
        "Rwanda and Singapore signed a memorandum on digital government, covering digital identity "
        "and digital skills for public servants.",
        "talent_mobility",
        True,
        id="digital skills",
    ),
    pytest.param(
        "Ghana and the Netherlands launched a research partnership on food systems. Twelve young "
        "Ghanaian scientists will train at Dutch universities.",
        "talent_mobility",
        True,
        id="scientists will train at",
    ),
    pytest.param(
        "Fiji and Australia launched a research partnership on ocean forecasting. Fellowships will "
        "help so that Pacific scientists and forecasters can train at Australian institutions.",
        "talent_mobility",
        True,
        id="two kinds of people train at",
    ),
    pytest.param(
        "Peru and Japan launched a research project on earthquakes. Eight Peruvian engineers have "
        "pursued doctoral studies in Japan since 2015.",
        "talent_mobility",
        True,
        id="doctoral studies",
    ),
    pytest.param(
        "Ireland and the United States opened a joint research call. Eligible fields include "
        "nanoscale science and engineering and sensor networks.",
        "advanced_materials",
        True,
        id="nanoscale science",
    ),
    pytest.param(
        "Mexico and Spain opened a joint research laboratory. Its work covers nanostructured "
        "membranes for water treatment.",
        "advanced_materials",
        True,
        id="nanostructured",
    ),
]


@pytest.mark.parametrize(("text", "topic", "present"), TOPIC_CASES)
def test_topic_cues(extract: Extract, text: str, topic: str, present: bool) -> None:
    assert (topic in topics(extract(text))) is present


OFFICES = [  # (text, office's name, its country)
    pytest.param(
        "Kenya and Japan launched a research project on rice. Aiko Tanaka, Chief Representative of "
        "the JICA Kenya Office, said the Japan International Cooperation Agency (JICA) would fund it.",
        "JICA Kenya Office",
        "JP",
        id="country, JICA",
    ),
    pytest.param(
        "Estonia and Japan opened a joint call. The JSPS Stockholm Office, which covers the Nordic "
        "countries, will hold a seminar with the Japan Society for the Promotion of Science (JSPS).",
        "JSPS Stockholm Office",
        "JP",
        id="city, JSPS",
    ),
    pytest.param(
        "Ethiopia and Korea agreed to build a training centre. Mr. Park Jun-ho, Country Director of "
        "the KOICA Ethiopia Office, signed for the Korea International Cooperation Agency (KOICA).",
        "KOICA Ethiopia Office",
        "KR",
        id="country, KOICA",
    ),
    pytest.param(
        "Brazil and Germany opened a call for doctoral projects. The DAAD Rio de Janeiro Office "
        "and the German Academic Exchange Service (DAAD) will advise applicants.",
        "DAAD Rio de Janeiro Office",
        "DE",
        id="city of two words, DAAD",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICES)
def test_offices_abroad(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = org_countries_and_aliases(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name][0] == country


UNITS_AFTER_PERSON = [  # (text, unit expected)
    pytest.param(
        "Thailand and Japan opened a centre on coastal hazards. It is co-directed by Assoc. Prof. "
        "Dr. Somchai Wongsa of Chula's Department of Water Resources Engineering.",
        "Department of Water Resources Engineering",
        id="Dr NAME of Chula's Department",
    ),
    pytest.param(
        "Brazil and Norway started a joint project. Dr Maria Souza of USP's Institute of Physics "
        "leads the Brazilian side.",
        "Institute of Physics",
        id="Dr NAME of USP's Institute",
    ),
    pytest.param(
        "Malaysia and Korea signed a memorandum on chips. Prof. Lee Min-ho of KAIST's School of "
        "Electrical Engineering will lead the Korean side.",
        "School of Electrical Engineering",
        id="Prof. NAME of KAIST's School",
    ),
]


@pytest.mark.parametrize(("text", "unit"), UNITS_AFTER_PERSON)
def test_unit_after_a_person_of_a_body(extract: Extract, text: str, unit: str) -> None:
    names = set(org_countries_and_aliases(extract(text)))
    assert unit in names, sorted(names)
    assert not any(" of " in n and "'s" in n for n in names), sorted(names)


NO_REGISTRY_NAMESAKE = [  # (text, a word of the namesake's name that must not come out)
    pytest.param(
        "The United States and the United Kingdom opened a joint research call. Northern Ireland's "
        "Economy Minister, Sean Gallagher MLA, welcomed it.",
        "Library",
        id="post-nominal MLA",
    ),
    pytest.param(
        "Australia and Japan opened a critical minerals hub in Perth, attended by the Western "
        "Australian Minister for Mines, the Hon. Ruth Collins MLA.",
        "Livestock",
        id="post-nominal MLA, Australia",
    ),
    pytest.param(
        "The United States and Ireland launched a research partnership. Health projects in Northern "
        "Ireland are funded by the HSC R&D Division of the Public Health Agency.",
        "Hemophilia",
        id="an acronym opening a unit's name",
    ),
]


@pytest.mark.parametrize(("text", "word"), NO_REGISTRY_NAMESAKE)
def test_no_registry_namesake(extract: Extract, text: str, word: str) -> None:
    names = set(org_countries_and_aliases(extract(text)))
    assert not any(word in n for n in names), sorted(names)


ROLES_BEFORE_NAMES = [  # (text, name, words the role must hold)
    pytest.param(
        "Slovenia and Switzerland signed a research agreement. It was signed for ARIS by its "
        "director, Matej Zupan.",
        "Matej Zupan",
        "director",
        id="its director",
    ),
    pytest.param(
        "Vietnam and France extended their university agreement. For his part, the CNRS director "
        "for Europe and international cooperation, Laurent Marchal, said the centre would help.",
        "Laurent Marchal",
        "director for Europe and international cooperation",
        id="the ACRONYM director for a field",
    ),
    pytest.param(
        "Argentina and France renewed their joint institute. The counsellor for science and "
        "technology of the Embassy of France in Argentina, Claire Dumont, also attended.",
        "Claire Dumont",
        "counsellor for science and technology",
        id="counsellor for a field of the Embassy",
    ),
    pytest.param(
        "Portugal and Brazil signed a research agreement. The minister for higher education and "
        "research, Ana Ribeiro, said it would help young researchers.",
        "Ana Ribeiro",
        "minister for higher education and research",
        id="minister for a field",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES_BEFORE_NAMES)
def test_roles_before_names(extract: Extract, text: str, name: str, role: str) -> None:
    person = person_named(extract(text), name)
    assert role in (person.get("role") or ""), person
