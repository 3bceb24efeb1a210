"""The curated gazetteer's national science bodies of Latin America, Africa, Asia, the Middle East,
Central and Eastern Europe and Oceania, and regional bodies without a country: a body found by its
name, one found by its acronym next to its country, and acronyms that several bodies share left to
the document's countries (never decided by the acronym alone)."""

from __future__ import annotations

import pytest

from bilat.extract.components.gazetteer import reference

from .records import Extract


def _found(orgs: list[dict], label: str) -> list[dict]:
    return [org for org in orgs if org["name"] == label or label in org.get("aliases", [])]


@pytest.mark.parametrize(
    ("text", "label", "country"),
    [
        # by name
        (
            "Montevideo and Madrid: the National Agency for Research and Innovation will fund six joint "
            "projects with Spanish partners.",
            "National Agency for Research and Innovation",
            "UY",
        ),
        (
            "The Tanzania Commission for Science and Technology hosted a delegation from Finland last week.",
            "Tanzania Commission for Science and Technology",
            "TZ",
        ),
        (
            "Officials of the Kuwait Foundation for the Advancement of Sciences met Korean researchers.",
            "Kuwait Foundation for the Advancement of Sciences",
            "KW",
        ),
        (
            "The Executive Agency for Higher Education, Research, Development and Innovation Funding opened "
            "a bilateral call with France.",
            "Executive Agency for Higher Education, Research, Development and Innovation Funding",
            "RO",
        ),
        (
            "Scientists of GNS Science will join a Japanese survey of the Hikurangi margin.",
            "GNS Science",
            "NZ",
        ),
        # by acronym, next to the country
        (
            "In Peru, CONCYTEC and the German research ministry agreed a programme of joint calls.",
            "CONCYTEC",
            "PE",
        ),
        (
            "Nigeria's NITDA signed a memorandum on digital skills with an Estonian agency.",
            "NITDA",
            "NG",
        ),
        (
            "The Philippines and Japan: PhilSA will share satellite data with the Japanese space agency.",
            "PhilSA",
            "PH",
        ),
        (
            "Saudi Arabia's RDIA and the United Kingdom announced a research partnership.",
            "RDIA",
            "SA",
        ),
        (
            "Czech funder TAČR launched a joint call with Taiwan.",
            "TAČR",
            "CZ",
        ),
        (
            "Kenya's NACOSTI issues research permits to foreign teams.",
            "NACOSTI",
            "KE",
        ),
    ],
)
def test_a_national_body_is_found_with_its_country(
    extract: Extract, text: str, label: str, country: str
) -> None:
    orgs = _found(extract(text)["organizations"], label)
    assert [org["country"] for org in orgs] == [country], extract(text)["organizations"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The African Union Development Agency (AUDA-NEPAD) and Germany launched a skills fund.",
            "AUDA-NEPAD",
        ),
        (
            "Ministers of Japan met the Southern African Development Community in Gaborone.",
            "Southern African Development Community",
        ),
        (
            "The Abdus Salam International Centre for Theoretical Physics trains Ghanaian scientists.",
            "Abdus Salam International Centre for Theoretical Physics",
        ),
        (
            "The ASEAN Committee on Science, Technology and Innovation met officials of India.",
            "ASEAN Committee on Science, Technology and Innovation",
        ),
    ],
)
def test_a_regional_body_has_no_country(extract: Extract, text: str, label: str) -> None:
    orgs = _found(extract(text)["organizations"], label)
    assert orgs and all(org["country"] is None for org in orgs), extract(text)["organizations"]


@pytest.mark.parametrize(
    ("acronym", "countries"),
    [
        ("MHESI", {"TH", "UZ"}),  # Thailand's and Uzbekistan's higher-education ministries
        ("CONACYT", {"MX", "PY"}),
        ("ARC", {"AU", "ZA"}),  # Australian Research Council, Agricultural Research Council
        ("NIA", {"TH", "US"}),
    ],
)
def test_a_shared_acronym_names_bodies_of_several_countries(acronym: str, countries: set[str]) -> None:
    index = reference("organizations")
    assert index is not None
    assert countries <= {entry.country for entry in index.lookup(acronym)}


@pytest.mark.parametrize(
    ("text", "acronym", "country"),
    [
        ("Thailand and Sweden: MHESI will co-fund the exchange.", "MHESI", "TH"),
        ("Uzbekistan and Korea: MHESI will co-fund the exchange.", "MHESI", "UZ"),
        ("South Africa and Japan: the ARC will host the joint workshop on crop science.", "ARC", "ZA"),
    ],
)
def test_a_shared_acronym_follows_the_documents_country(
    extract: Extract, text: str, acronym: str, country: str
) -> None:
    orgs = _found(extract(text)["organizations"], acronym)
    assert [org["country"] for org in orgs] == [country], extract(text)["organizations"]


@pytest.mark.parametrize("acronym", ["MHESI", "CONACYT", "NCST"])
def test_a_shared_acronym_alone_is_left_open(acronym: str) -> None:
    index = reference("organizations")
    assert index is not None
    matches = [m for m in index.find(f"The {acronym} will co-fund the exchange.") if m.surface == acronym]
    assert matches and index.resolve(matches[0]) is None


@pytest.mark.parametrize(
    ("acronym", "not_this"),
    [
        ("AUC", "African Union Commission"),  # also the American University in Cairo
        ("AAS", "African Academy of Sciences"),  # also astronomy and other societies
        ("SPC", "Pacific Community"),  # also colleges and a storm centre
        ("KSA", "Kenya Space Agency"),  # "KSA" is the Kingdom of Saudi Arabia
        ("RSA", "Rwanda Space Agency"),  # "RSA" is the Republic of South Africa
        ("MIGHT", "Malaysian Industry-Government Group for High Technology"),  # an English word
    ],
)
def test_an_acronym_left_out_never_names_the_curated_body(acronym: str, not_this: str) -> None:
    """(The registry may still hold a national record of that name: it needs its country named.)"""
    index = reference("organizations")
    assert index is not None
    assert not_this not in {entry.name for entry in index.lookup(acronym) if entry.curated}
