"""Organisation class of the third cross-set round of session 12: a well-known national body whose
country the text never states (an agency, a state company, a national hospital or institute named
without its country, often in a text about a partner state) takes its country from the curated
vocabulary, not from the partner named nearby. Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, org_names

# (text, a name the record gives the body, its country)
NATIONAL_BODIES = [
    # a remote-sensing authority named in full, in a text about its Chinese partner
    (
        "China and Egypt. Engineers from Beijing trained staff of the National Authority for Remote Sensing"
        " and Space Sciences on the new ground station.",
        "National Authority for Remote Sensing and Space Sciences",
        "EG",
    ),
    # the same body named by its acronym after the partner's city
    (
        "Egypt and Korea. Data from the satellite will be processed in Daejeon and shared with NARSS"
        " under the new arrangement.",
        "National Authority for Remote Sensing and Space Sciences",
        "EG",
    ),
    # a health-technology agency known by a one-word brand, in a text about Rwanda
    (
        "Rwanda and Singapore. Kigali hospitals will pilot a records platform designed with Synapxe.",
        "Synapxe",
        "SG",
    ),
    # a state uranium producer in a text about a Korean laboratory
    (
        "Kazakhstan and Korea. The laboratory in Daejeon will test fuel samples supplied by Kazatomprom.",
        "Kazatomprom",
        "KZ",
    ),
    # a science secretariat named by its acronym, with the partner named first
    (
        "Germany and Mexico. The German ministry and SECIHTI will fund up to ten projects.",
        "Secretariat of Science, Humanities, Technology and Innovation",
        "MX",
    ),
    # a university named after a person, in a text that names only the French partner
    (
        "France and the United Arab Emirates. Researchers from Toulouse will spend a term at the"
        " Mohamed bin Zayed University of Artificial Intelligence.",
        "Mohamed bin Zayed University of Artificial Intelligence",
        "AE",
    ),
    # a hospital named by its ampersand acronym in a British text
    (
        "United Kingdom and Saudi Arabia. The London forum heard clinicians from KFSH&RC describe"
        " their imaging models.",
        "King Faisal Specialist Hospital & Research Centre",
        "SA",
    ),
    # an agricultural research centre named by its locality, in a text about the Israeli partner
    (
        "Israel and Ethiopia. Israeli drip systems were installed at the Melkassa Agricultural Research"
        " Center last spring.",
        "Melkassa Agricultural Research Centre",
        "ET",
    ),
    # a national irrigation authority and a port authority, named without their states
    (
        "Japan and Kenya. The rice scheme is run by the National Irrigation Authority"
        " with Japanese advisers.",
        "National Irrigation Authority",
        "KE",
    ),
    (
        "Norway and India. A Norwegian firm will electrify cranes at the Deendayal Port Authority.",
        "Deendayal Port Authority",
        "IN",
    ),
    # a national water company and a power utility, named by brand
    (
        "Vietnam and Israel. Desalination engineers from Mekorot visited Ho Chi Minh City in May.",
        "Mekorot",
        "IL",
    ),
    (
        "Korea and the Czech Republic. KHNP and ČEZ signed the reactor contract in Seoul.",
        "ČEZ",
        "CZ",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), NATIONAL_BODIES)
def test_a_well_known_national_body_takes_its_own_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    record = extract(text)
    found = [org for org in record["organizations"] if name in [org["name"], *(org.get("aliases") or [])]]
    assert found, org_names(record)
    assert found[0].get("country") == country


# Negative cases: a generic unit named like a curated body but qualified by another state keeps
# that state; a body that merely shares a word with a curated one is not renamed.
OTHER_BODIES = [
    (
        "Uganda and Norway. Uganda's National Water and Sewerage Corporation will host the trainees.",
        "National Authority for Remote Sensing and Space Sciences",
    ),
    (
        "Ghana and Brazil. The delegation met the Cocoa Research Institute of Ghana in Tafo.",
        "Executive Commission for the Cocoa Crop Plan",
    ),
]


@pytest.mark.parametrize(("text", "absent"), OTHER_BODIES)
def test_no_curated_body_without_its_name(extract: Extract, text: str, absent: str) -> None:
    record = extract(text)
    names = org_names(record)
    assert absent not in names, org_names(record)
