"""Cross-set classes of programme and organisation wording: coined programme names after a kind
word, online systems and binational bodies. Each table covers several wordings of one class and has
cases that must not fire. All sentences are our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.organizations import binational_body

from .records import Extract, org_names, orgs_by_name, programme_names

COINED_AFTER_KIND = [  # a one-word coined name right after its kind word
    (
        "Chile and Finland invite proposals under the bilateral programme ANDES-Boreal. Apply now.",
        "ANDES-Boreal",
    ),
    ("The two agencies will fund the new partnership, called NORA-Sea, with two million euros.", "NORA-Sea"),
    ("Proposals are welcome under the joint scheme **PolarHub-2** until June.", "PolarHub-2"),
    ("Peru and Japan will run the\nthree-year project QuakeNet together.", "QuakeNet"),
    ("Our flagship initiative, named SolarBRIDGE, was presented in Lima.", "SolarBRIDGE"),
    ("A new research consortium dubbed AGRI-Volt starts work in Kenya.", "AGRI-Volt"),
]


@pytest.mark.parametrize(("text", "name"), COINED_AFTER_KIND)
def test_coined_name_right_after_kind_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_COINED_AFTER_KIND = [  # a plain word, or the start of a longer capitalised name
    ("The project Leader will travel to Oslo next week.", "Leader"),
    ("The programme Manager sent the report on Monday.", "Manager"),
]


@pytest.mark.parametrize(("text", "word"), NOT_COINED_AFTER_KIND)
def test_plain_word_after_kind_word_is_no_programme(extract: Extract, text: str, word: str) -> None:
    assert word not in programme_names(extract(text))


SYSTEMS_NOT_BODIES = [  # an online system of a funder is a tool, not an organisation
    ("Applicants must submit through the UKRI Funding Service before the deadline.", "UKRI Funding Service"),
    (
        "Proposals are entered in the Latvian Research Information System (LRIS) by 5 May.",
        "Latvian Research Information System",
    ),
    (
        "Reports are filed in the Investment Management System of the Ministry of Business.",
        "Investment Management System",
    ),
    ("Use the NRF Grants Management System to upload the budget.", "NRF Grants Management System"),
    ("Full proposals go through the Agency Submission Portal.", "Agency Submission Portal"),
]


@pytest.mark.parametrize(("text", "name"), SYSTEMS_NOT_BODIES)
def test_online_system_is_no_organisation(extract: Extract, text: str, name: str) -> None:
    assert name not in org_names(extract(text))


def test_service_that_is_a_body_stays(extract: Extract) -> None:
    record = extract("The Finnish Meteorological Service and the National Weather Service signed a note.")
    assert {"National Weather Service"} <= org_names(record)


BINATIONAL = [  # a body of two countries together: no country of its own
    ("Canada-Israel Industrial Research and Development Foundation", True),
    ("Thai-French University Consortium for Sustainable Innovation", True),
    ("Sino-German Joint Laboratory for Catalysis", True),
    ("the Norwegian–Chilean Commission for Marine Science", True),
    ("Franco-Thai Joint Laboratory on Batteries", True),
    ("Peru/Japan Foundation for Disaster Research", True),
    ("Indo-German Science and Technology Centre", False),  # a centre stands in one of them
    ("Israel Science Foundation", False),
    ("European Commission", False),
    ("Canadian Foundation for Innovation", False),
    ("Korea–Viet Nam Institute of Science and Technology", False),
]


@pytest.mark.parametrize(("name", "expected"), BINATIONAL)
def test_binational_body(name: str, expected: bool) -> None:
    assert binational_body(name) is expected


def test_binational_body_has_no_country(extract: Extract) -> None:
    record = extract(
        "The Norwegian-Chilean Commission for Marine Science (NCCMS) met in Santiago, Chile, on Monday."
    )
    org = orgs_by_name(record)["Norwegian-Chilean Commission for Marine Science"]
    assert org["country"] is None
