"""Classes of programme names (texts of our own):

- a name that starts with a digit-and-capitals technology word ("the 5G Testbed programme");
- an apposed acronym spelled out in brackets, its letters taken from the starts of the words
  ("The project, HYDROLINK (Hydrology Linkages: ...), was chosen");
- a name given right after a lower-case call or programme word ("the joint call Clean Rivers for
  Cities");
- a coined name described as a satellite or spacecraft ("KESTREL-2, a small radar satellite");
- the funders' acronyms before a known name ("DFG-NSFC Bilateral Joint Research Projects") make
  no second programme;
- a name right after a noun that calls it a firm ("the Dutch company Orbis Initiative") is no
  programme.
"""

from __future__ import annotations

import pytest

from bilat.extract.components.programmes import _spells_by_parts
from bilat.extract.programme_uses import named_after_kind

from .records import Extract, programme_names

DIGIT_LED = [
    ("Estonia and Japan will link their work to Estonia's 5G Testbed programme at Tartu.", "5G Testbed"),
    (
        "The partners join the 3D Bioprinting Initiative of the two academies next year.",
        "3D Bioprinting Initiative",
    ),
    ("Researchers from Ghana take part in the 4IR Skills programme run by the ministry.", "4IR Skills"),
]


@pytest.mark.parametrize(("text", "name"), DIGIT_LED)
def test_a_name_may_start_with_a_digit_and_capitals_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_a_count_before_a_name_is_no_part_of_it(extract: Extract) -> None:
    names = programme_names(extract("Some 12 Horizon Europe projects were presented in Riga."))
    assert not any(n.startswith("12") for n in names)


SPELLED = [
    (
        "The project, HYDROLINK (Hydrology Linkages: shared river models for the Sava basin), was "
        "chosen in the spring round.",
        "HYDROLINK",
        "Hydrology Linkages",
    ),
    (
        "Our new initiative – AGRISAT (Agricultural Satellite Monitoring for smallholders) – starts "
        "in Kenya in May.",
        "AGRISAT",
        "Agricultural Satellite Monitoring for smallholders",
    ),
    (
        "The second project, COPANDES (Coastal Partnership for the Andes – glacier and water "
        "studies), was funded by both councils.",
        "COPANDES",
        "Coastal Partnership for the Andes",
    ),
]


@pytest.mark.parametrize(("text", "name", "long"), SPELLED)
def test_an_apposed_acronym_spelled_out_in_brackets(
    extract: Extract, text: str, name: str, long: str
) -> None:
    programmes = {p["name"]: p.get("aliases", []) for p in extract(text)["programs"]}
    assert name in programmes
    assert long in programmes[name]


def test_a_bracket_that_does_not_spell_the_name_gives_nothing(extract: Extract) -> None:
    text = "The project, TERRA (an effort by several universities in Chile and Peru), was chosen."
    assert "an effort by several universities in Chile and Peru" not in programme_names(extract(text))
    assert not _spells_by_parts("TERRA", "an effort by several universities")


@pytest.mark.parametrize(
    ("short", "long", "spelled"),
    [
        ("HYDROLINK", "Hydrology Linkages", True),
        ("NORSAF", "Norway–South Africa", True),
        ("EUROMED", "European Mediterranean partnership", True),
        ("QWERTY", "Quantum Water Research", False),
        ("ZEBRA", "Arctic Zone Exchange", False),  # the first word gives the first letters
    ],
)
def test_an_acronym_from_the_starts_of_words(short: str, long: str, spelled: bool) -> None:
    assert _spells_by_parts(short, long) is spelled


NAMED_AFTER = [
    (
        "were selected in the joint Polish-Turkish call Smart Water for Cities last year.",
        "Smart Water for Cities",
    ),
    ("The ministry opened its new programme 'Blue Horizons' for young researchers.", "Blue Horizons"),
    (
        "Funding comes from the bilateral scheme Science Bridges Africa, run by both councils.",
        "Science Bridges Africa",
    ),
    (
        "The teams applied to the call Quantum Sensing and Imaging of the two agencies.",
        "Quantum Sensing and Imaging",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_AFTER)
def test_a_name_given_after_a_call_or_programme_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The project Steering Committee met in Accra on Monday.",
        "Under the programme Minister Okafor announced new grants.",
        "the call Monday March 3 was short",
        "a project in Kenya and Uganda was begun",
    ],
)
def test_no_name_after_a_kind_word_for_committees_people_days(extract: Extract, text: str) -> None:
    names = programme_names(extract(text))
    assert not {"Steering Committee", "Minister Okafor", "Monday March"} & names


def test_named_after_kind_needs_a_determiner() -> None:
    assert named_after_kind("Call Smart Water for Cities") == []
    assert [n for n, _, _ in named_after_kind("in the call Smart Water for Cities.")] == [
        "Smart Water for Cities"
    ]


SATELLITES = [
    ("Engineers will build KESTREL-2, a small radar satellite for flood mapping.", "KESTREL-2"),
    ("The agencies agreed to fly AndesSat, an optical Earth observation satellite, by 2029.", "AndesSat"),
    ("They will test NILE-3, the first student spacecraft of the university, in orbit.", "NILE-3"),
]


@pytest.mark.parametrize(("text", "name"), SATELLITES)
def test_a_coined_name_described_as_a_satellite(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_a_plain_word_before_satellite_is_no_name(extract: Extract) -> None:
    assert programme_names(extract("Data from Landsat, a satellite series, were used.")) <= {"Landsat"}


def test_funders_acronyms_before_a_name_make_no_second_programme(extract: Extract) -> None:
    text = (
        "The DFG and the NSFC opened the 2027 call of their Joint Sino-German Research Projects "
        "programme.\n\nDFG-NSFC Joint Sino-German Research Projects support teams of both countries."
    )
    names = [p["name"] for p in extract(text)["programs"]]
    assert len([n for n in names if "Joint Sino-German Research Projects" in n]) == 1


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The Korean company Satcom Initiative will act as prime contractor.", "Satcom Initiative"),
        ("Parts come from the Dutch start-up Helio Project, founded in 2019.", "Helio Project"),
        ("The prime contractor Orbital Programme Systems signed as well.", "Orbital Programme Systems"),
    ],
)
def test_a_name_after_a_firm_noun_is_no_programme(extract: Extract, text: str, firm: str) -> None:
    assert firm not in programme_names(extract(text))


def test_a_programme_without_a_firm_noun_is_kept(extract: Extract) -> None:
    record = extract("The two ministries launched the Lumen Initiative in Rabat.")
    assert "Lumen Initiative" in programme_names(record)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The council has opened its 2026 round of **Pioneer Seed Grants** for joint teams.",
            "Pioneer Seed Grants",
        ),
        (
            "Applicants from Chile may join the third call of Andes Mobility Fellowships this spring.",
            "Andes Mobility Fellowships",
        ),
        (
            "This is the second intake of Coral Reef Scholarships, open to Fijian students.",
            "Coral Reef Scholarships",
        ),
    ],
)
def test_a_round_of_a_funding_scheme_names_it(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_a_round_of_talks_is_no_programme(extract: Extract) -> None:
    names = programme_names(extract("The next round of Political Consultations will take place in Lima."))
    assert "Political Consultations" not in names
