"""Session 23 (a): organisation and people error classes, with sentences written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record


def _record(text: str, published: str = "2025-06-02") -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _orgs(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((o.name, o.country, o.ror) for o in _record(text).organizations)


# A fund that the text defines by an acronym is not the registry's body of the same letters
# ("Medical Research Fund (MRF)" is no "Marine Research Foundation").
FUND_ACRONYMS = [
    (
        "The ministry will set aside RM150 million over five years under its Strategic Research Fund "
        "(SRF) for projects with Japanese partners.",
        "SRF",
    ),
    (
        "Malaysia's Ministry of Health will pay for the trials through its Medical Research Fund (MRF), "
        "and the MRF will also cover travel to Japan.",
        "MRF",
    ),
    (
        "Japan's Precision Research Fund (PRF) supports joint work with Thai universities. The PRF "
        "closes on 3 March.",
        "PRF",
    ),
]


@pytest.mark.parametrize(("text", "short"), FUND_ACRONYMS)
def test_defined_fund_acronym_is_no_registry_body(text: str, short: str) -> None:
    record = _record(text)
    assert not [o for o in record.organizations if short in o.aliases or o.name == short]


def test_registry_body_named_by_its_own_long_form_stays() -> None:
    names = _orgs(
        "Canada's Arctic Research Foundation (ARF) will send a vessel north with German scientists."
    )
    assert ("Arctic Research Foundation", "CA", "01baz5f40") in names


def _names(text: str) -> list[str]:
    return sorted(o.name for o in _record(text).organizations)


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((p.name, p.role, p.country) for p in _record(text).people)


# "A, B and C's units": the owner's possessive after "and" is no part of the name before it.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Berths go to students from Institut Teknologi Bandung, Universitas Hasanuddin and LIPI's "
            "research stations.",
            "Universitas Hasanuddin",
        ),
        (
            "Samples will be shared by Makerere University and UNCST's regional laboratories in Uganda.",
            "Makerere University",
        ),
    ],
)
def test_owner_possessive_after_and_is_cut(text: str, body: str) -> None:
    names = _names(text)
    assert body in names
    assert not [n for n in names if n.endswith(("'s", "’s")) or n.startswith(body + " and")]


# An acronym of a name in another language: the English long form keeps the words before the
# acronym's first letter whose initials it also holds ("Research Organization ... (ORK)").
@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Dr Sari Lestari, head of BRIN's Research Organization for Health (ORK), welcomed the "
            "Japanese team.",
            "Research Organization for Health",
            "ORK",
        ),
        (
            "The Technological Institute of the Sea (ITM) in Chile will host the German researchers.",
            "Technological Institute of the Sea",
            "ITM",
        ),
    ],
)
def test_translated_long_form_keeps_leading_words(text: str, name: str, short: str) -> None:
    found = {o.name: o.aliases for o in _record(text).organizations}
    assert short in found[name]


# Two registry bodies, one name ending the other's, stay two ("IT University of Copenhagen").
def test_two_registry_bodies_are_not_merged() -> None:
    names = _names(
        "Students from the University of Vienna and the Medical University of Vienna will spend a term "
        "in Seoul."
    )
    assert names == ["Medical University of Vienna", "University of Vienna"]


# A national association named by a plural head and its country.
def test_national_association_of_universities() -> None:
    names = _names(
        "The rectors confirmed the plan through Universities Norway last week, and Universities UK "
        "welcomed it."
    )
    assert {"Universities Norway", "Universities UK"} <= set(names)
    assert _names("Most Danish universities take part in the Korean programme.") == []


# A building named after a body is no body.
@pytest.mark.parametrize(
    "text",
    [
        "The talks were held at the Science Council Tower in Nairobi with Korean delegates.",
        "Ministry of Mines\nMinistry of Mines Building, 4 Independence Avenue, Lusaka\n\n"
        "Zambia and China agreed.",
    ],
)
def test_building_is_no_body(text: str) -> None:
    assert not [n for n in _names(text) if n.endswith(("Tower", "Building"))]


# A curated body's acronym before a unit's name gives the unit its country, unless the text is
# about other states.
def test_owner_acronym_before_unit_gives_its_country() -> None:
    orgs = _orgs(
        "Researchers from the University of Auckland in New Zealand will join the A*STAR Institute of "
        "Materials Research and Engineering (IMRE)."
    )
    assert ("A*STAR Institute of Materials Research and Engineering", "SG", None) in orgs
    orgs = _orgs(
        "The University of Auckland in New Zealand will fund a post at the A*STAR Institute for Infocomm "
        "Research (I2R)."
    )
    assert ("Institute for Infocomm Research", "SG", None) in orgs


# A company's short form with a legal form after its acronym.
def test_acronym_with_legal_form_names_the_company() -> None:
    found = {
        o.name: o.aliases
        for o in _record(
            "Its replacement is operated by Nigerian Communications Satellite Limited (NIGCOMSAT Ltd). "
            "NIGCOMSAT will also run the ground station."
        ).organizations
    }
    assert found == {"Nigerian Communications Satellite Limited": ["NIGCOMSAT Ltd"]}
    found = {
        o.name: o.aliases
        for o in _record(
            "The satellite was built by Andes Orbital Technologies Inc. (AOT Inc.) of Chile."
        ).organizations
    }
    assert list(found) == ["Andes Orbital Technologies Inc."]


# A name with no head word that an apposition after its acronym calls a body.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He will visit the plant of Japan Advanced Semiconductor Manufacturing (JASM), a majority-owned "
            "unit of Taiwan Semiconductor Manufacturing Co (TSMC), in Kumamoto.",
            "Japan Advanced Semiconductor Manufacturing",
        ),
        (
            "The contract went to Kenya Orbital Systems (KOS), a Nairobi-based start-up, and to Japan's "
            "Mitsubishi Electric.",
            "Kenya Orbital Systems",
        ),
    ],
)
def test_apposition_after_acronym_names_a_body(text: str, name: str) -> None:
    assert name in _names(text)


def test_apposition_naming_a_plan_is_no_body() -> None:
    text = (
        "The grants follow the Strategic Research Agenda (SRA), a plan that the two ministries adopted "
        "in 2023."
    )
    assert _names(text) == []


# The sender's country on a letterhead's top lines places a national body nothing else places.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ministry of Disaster Management\nDisaster House, 12 Liberation Road, Accra\n\nGhana and Japan "
            "signed a memorandum on early warning. The National Disaster Management Organisation (NADMO) "
            "will run the pilot.",
            "National Disaster Management Organisation",
            "GH",
        ),
        (
            "Republic of Kenya\nSTATE DEPARTMENT FOR SCIENCE\n\nKenya and Korea will share drought data. "
            "The National Drought Management Authority (NDMA) will host the first workshop.",
            "National Drought Management Authority",
            "KE",
        ),
    ],
)
def test_letterhead_home_places_national_body(text: str, name: str, country: str) -> None:
    assert {o.name: o.country for o in _record(text).organizations}[name] == country


# A table's column headed by a side's role noun ("Kenya lead") gives its people that role and side.
def test_side_role_column() -> None:
    people = _people(
        "| Project | Kenya lead | Japan lead |\n|---|---|---|\n"
        "| Drought maps | Dr Wanjiru Kamau, University of Nairobi | Prof Kenji Sato, Kyoto University |\n"
        "| Soil sensors | Dr Otieno Odhiambo, Egerton University | Dr Yuki Tanaka, Hokkaido University |\n"
    )
    assert ("Wanjiru Kamau", "Kenya lead", "KE") in people
    assert ("Yuki Tanaka", "Japan lead", "JP") in people
    people = _people(
        "| Topic | German PI | Brazilian PI |\n|---|---|---|\n"
        "| Biofuels | Dr Anna Becker, TU Munich | Dr Paulo Souza, Unicamp |\n"
    )
    assert people == [("Anna Becker", "German PI", "DE"), ("Paulo Souza", "Brazilian PI", "BR")]


# Māori "Te" inside a name, even where the text writes "te" in lower case.
def test_te_inside_a_name() -> None:
    people = _people(
        "| Project | New Zealand lead |\n|---|---|\n"
        "| Speech models for te reo Māori | Dr Aroha Te Whata, Massey University |\n"
    )
    assert [p[0] for p in people] == ["Aroha Te Whata"]
    assert [p[0] for p in _people("Ms Mere Te Rangi of the University of Waikato will lead the team.")] == [
        "Mere Te Rangi"
    ]


# "Deputy for <portfolio>", the title of a deputy head of an agency.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The document was signed in Jakarta by BRIN's Deputy for Research and Innovation Infrastructure, "
            "Yudi Setiawan, and by Dr. Kenji Morishita of JAMSTEC.",
            "Yudi Setiawan",
            "BRIN's Deputy for Research and Innovation Infrastructure",
        ),
        (
            "Bappenas Deputy for Maritime Affairs and Natural Resources Vivi Yulaswati opened the forum "
            "in Jakarta.",
            "Vivi Yulaswati",
            "Bappenas Deputy for Maritime Affairs and Natural Resources",
        ),
    ],
)
def test_deputy_for_portfolio(text: str, name: str, role: str) -> None:
    assert {p[0]: p[1] for p in _people(text)}[name] == role


def test_deputy_before_another_title_is_no_name() -> None:
    people = _people("a delegation led by the Deputy\nExecutive Director of MEFT, Ms Hilma Nghipandulwa.")
    assert [p[0] for p in people] == ["Hilma Nghipandulwa"]


# A ship's (or a series') Roman number ends no person's name; a monarch's title keeps one.
def test_numbered_ship_is_no_person() -> None:
    people = _people("Captain Ana Ruiz, master of Hespérides IX, said the crew was ready.")
    assert [p[0] for p in people] == ["Ana Ruiz"]
    people = _people("King Mohammed VI received the Japanese delegation in Rabat.")
    assert [p[0] for p in people] == ["Mohammed Vi"] or [p[0] for p in people] == ["Mohammed VI"]


# A contact entry opened by a body and its unit before a colon: the unit is the role, the body the side.
def test_contact_entry_with_body_and_unit() -> None:
    people = _people(
        "Call for joint projects between Morocco and Germany.\n\n## Contacts\n\n"
        "- CNRST, International Cooperation Unit: Mr. Youssef Amrani\n"
        "- DLR Projektträger, Africa division: Dr. Katrin Vogelsang\n"
    )
    assert ("Youssef Amrani", "CNRST, International Cooperation Unit", "MA") in people
    assert ("Katrin Vogelsang", "DLR Projektträger, Africa division", "DE") in people


def test_contact_entry_with_phone_after_name_keeps_the_name() -> None:
    people = _people(
        "Press contacts\nLotte Verhaegen, Phone: +32 2 295 41 87\nArnaud Delvaux, Phone: +32 2 298 63 10\n"
    )
    assert [p[0] for p in people] == ["Arnaud Delvaux", "Lotte Verhaegen"]


# "NAME (of BODY) will serve as ROLE".
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dr. Ratnasari Widjaja of BRIN's Research Center for Oceanography will serve as Indonesian "
            "chief scientist.",
            "Ratnasari Widjaja",
            "Indonesian chief scientist",
        ),
        (
            "Prof. Ana Ruiz of the University of Chile will serve as co-chair of the committee.",
            "Ana Ruiz",
            "co-chair of the committee",
        ),
    ],
)
def test_role_served(text: str, name: str, role: str) -> None:
    assert {p[0]: p[1] for p in _people(text)}[name] == role


def test_serving_as_no_role_gives_none() -> None:
    assert _people("Dr Jan Berg will serve as a bridge between the two teams.") == [("Jan Berg", None, None)]


# "NAME (Body, SHORT) and NAME (Body, Place)": a bracket that a body fills, with its short form or
# its place after a comma, tells a person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lake project is led by Anna Berg (Lund University, Sweden) and Jan Novak (Charles "
            "University, Czechia).",
            [("Anna Berg", None, "SE"), ("Jan Novak", None, "CZ")],
        ),
        (
            "- **ICEMAP** – loss of lake ice. Claire Dubé (Université de Montréal, UdeM) and Luc Peeters "
            "(Ghent University, UGent).",
            [("Claire Dubé", None, "CA"), ("Luc Peeters", None, "BE")],
        ),
    ],
)
def test_name_before_body_bracket_with_tail(text: str, expected: list[tuple[str, None, str]]) -> None:
    assert _people(text) == expected


# "ACRONYM – Name": a body's acronym and, after a dash, the body described in words with one of its
# own head words is one body; a unit named so keeps its own name.
def test_dashed_description_folds_into_the_body() -> None:
    found = {
        o.name: o.aliases
        for o in _record(
            "Austria's OeAD – Agency for Education and Internationalisation will host Japanese fellows in "
            "Vienna in May."
        ).organizations
    }
    assert [aliases for aliases in found.values() if "OeAD" in aliases] == [
        ["Agency for Education and Internationalisation", "OeAD"]
    ]
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In India, the CSIR – National Chemical Laboratory in Pune and the CSIR will host German fellows.",
        "The Japanese fellows will visit the OeAD – Centre for International Cooperation & Mobility (ICM) "
        "in Vienna; the OeAD manages the Austrian programme.",
    ],
)
def test_dashed_unit_stays_its_own_body(text: str) -> None:
    assert len(_record(text).organizations) == 2
