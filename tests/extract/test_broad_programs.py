"""Variant tables for the programme, call and agreement mechanisms, each written to cover the
whole class of wording a rule claims (other verbs and continuations, modifiers, word order,
emphasis, hard-wrapped lines), with sentences that must not fire. All sentences are our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

DESCRIBED_AFTER = [  # a coined name, then an apposition that calls it a programme
    ("Norway and Chile launched OceanLink, a joint programme on ridge systems.", "OceanLink"),
    ("The money goes to OceanLink, a joint project that compares ridges in two oceans.", "OceanLink"),
    ("Scientists from both countries lead TIDERA, a three-year project which maps tidal sites.", "TIDERA"),
    ("Researchers presented KelpNet, an EU-funded initiative aimed at restoring kelp forests.", "KelpNet"),
    ("The ministers welcomed SolGrid-2, the new flagship programme to connect solar farms.", "SolGrid-2"),
    ("The cruise is the main activity of AquaPlan, a five-year research project on aquifers.", "AquaPlan"),
    ("Finland will fund *BorealSense*, a joint mission to monitor peatlands from space.", "BorealSense"),
    (
        "Under the deal, CORALIS, a bilateral program focusing on reef resilience, gets two more years.",
        "CORALIS",
    ),
    ("The universities coordinate GEOFLUX, a\nfour-year project that measures heat flow.", "GEOFLUX"),
    ("They signed up to **NANOBRIDGE**, a new scheme for sharing clean rooms.", "NANOBRIDGE"),
    ("Korea backs QuantNet-3 – a new research programme on quantum links.", "QuantNet-3"),
    ('Spain and Chile fund "AGRIVOLT", an initiative to pair solar panels with crops.', "AGRIVOLT"),
]


@pytest.mark.parametrize(("text", "name"), DESCRIBED_AFTER)
def test_coined_name_described_after_it(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


APPOSED_BEFORE = [  # a programme word, then the name between commas or dashes
    ("The first flagship project, HYDROSOL, will test electrolysis at a site in Morocco.", "HYDROSOL"),
    ("The new programme, TERRAMAR, will run until 2028.", "TERRAMAR"),
    ("A joint initiative, PolarBridge, was announced on Monday by Canada and Norway.", "PolarBridge"),
    ("Their latest research project — SAHELWATER — will drill test wells in Niger.", "SAHELWATER"),
    ("The three-year project, *ArcticSense*, is funded by both agencies.", "ArcticSense"),
    (
        "The pilot programme, Smart Harbour Logistics, starts in Rotterdam and Busan next spring.",
        "Smart Harbour Logistics",
    ),
    ("The EU-funded project, MEDSOIL, brings together ten partners.", "MEDSOIL"),
    ("The programme — SeaWatch — trains coastguards in both countries.", "SeaWatch"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED_BEFORE)
def test_name_in_apposition_after_a_programme_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The project, Coastal Flood Risk Assessment for Greater Accra (CoFRAG), was selected for funding.",
        "The project, *Coastal Flood Risk Assessment for Greater Accra*\n(CoFRAG), was selected for funding.",
    ],
)
def test_long_name_and_acronym_in_apposition(extract: Extract, text: str) -> None:
    names = programme_names(extract(text))
    assert {"CoFRAG", "Coastal Flood Risk Assessment for Greater Accra"} <= names


NOT_PROGRAMMES = [  # (text, a name that must not be a programme)
    ("The data came from NASA, a partner of the programme since 2010.", "NASA"),
    ("Funding was provided by CSIC, the lead partner in the project.", "CSIC"),
    ("The meeting took place in Paris, a city with a long research programme.", "Paris"),
    ("The project coordinator, Dr Maria Lopez, will present the results.", "Dr Maria Lopez"),
    ("The project lead, Professor Kim, said the results were encouraging.", "Professor Kim"),
    ("The project, Lund University said, will run for three years.", "Lund University"),
    ("The project, Maria Lopez Garcia explained, will start in May.", "Maria Lopez Garcia"),
    ("The EU-funded project brings together ten partners.", "EU-funded"),
    ("A Japan-led programme will map the seabed.", "Japan-led"),
    ("Our UK-based project team grew to twelve people.", "UK-based"),
    ("Forms are available from the Grants Office at the university.", "Grants Office"),
    ("Queries go to Mr John Mensah, Grants Officer.", "Grants Officer"),
    ("Visa applications will be processed on a Fast Track basis.", "Fast Track"),
    (
        "Proposals for the Baltic Blue Growth Fund are due on 14 March 2025.",
        "Proposals for the Baltic Blue Growth Fund",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_PROGRAMMES)
def test_not_a_programme(extract: Extract, text: str, wrong: str) -> None:
    assert wrong not in programme_names(extract(text))


PAIRED_HEADS = [  # a pair of places joined by a dash, then a head that names programmes only there
    (
        "The two universities will launch the Brno–Hsinchu Doctoral Track in the next academic year.",
        "Brno–Hsinchu Doctoral Track",
    ),
    ("Students may apply to the Lisbon-Goa Research Track until March.", "Lisbon-Goa Research Track"),
    (
        "Both join the Tartu–Kyoto Joint Doctoral Track in Marine Biology and Ecology this year.",
        "Tartu–Kyoto Joint Doctoral Track in Marine Biology and Ecology",
    ),
    (
        "The office is offering UG-UK Partnership Development Grants of up to GHS 40,000 each.",
        "UG-UK Partnership Development Grants",
    ),
    ("The Kyoto-Leiden Fellowship supports two postdocs each year.", "Kyoto-Leiden Fellowship"),
]


@pytest.mark.parametrize(("text", "name"), PAIRED_HEADS)
def test_place_pair_before_a_programme_head(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Proposals for the Baltic Blue Growth Fund are due on 14 March 2025.", "Baltic Blue Growth Fund"),
        ("Applications to the Nordic Seed Programme close on 14 March 2025.", "Nordic Seed Programme"),
        ("Expressions of interest for the Sahel Water Initiative are welcome.", "Sahel Water Initiative"),
    ],
)
def test_what_is_sent_to_a_programme_is_no_part_of_its_name(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NAMED_STATEMENTS = [  # (text, parties): a statement titled by a proper name, other openings and links
    (
        "The Halifax Statement on North Atlantic Research Cooperation was signed in May 2024 by Ireland, "
        "Canada and the United States.",
        ["CA", "IE", "US"],
    ),
    (
        "Canada, Ireland and the United States adopted the Recife Statement for Atlantic Research "
        "in June 2023.",
        ["CA", "IE", "US"],
    ),
    ("In 2022 Norway and Japan issued the Bodø Statement on Arctic Science Cooperation.", ["JP", "NO"]),
]


@pytest.mark.parametrize(("text", "parties"), NAMED_STATEMENTS)
def test_named_statement_variants(extract: Extract, text: str, parties: list[str]) -> None:
    found = [a for a in extract(text)["agreements"] if a["type"] == "joint_statement"]
    assert found and found[0]["parties"] == parties
