"""Session 24 (a): organisation and people error classes, with texts written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.record import Record


def _record(text: str, published: str = "2026-03-02") -> Record:
    return get_extractor().extract(text, name="probe.txt", published=published)


def _country(text: str, name: str) -> str | None:
    found = [o for o in _record(text).organizations if o.name == name]
    assert found, [o.name for o in _record(text).organizations]
    return found[0].country


# A dateline of a city alone joined by a dash to the lead ("Ha Noi – The Ministry ..."): the host's
# own bodies, which the text does not qualify, are the dateline's country's.
DASH_DATELINES = [
    (
        "New partnership phase agreed\n"
        "Jakarta – The Ministry of Research and Technology and the Government of New Zealand on Monday "
        "agreed to extend their geothermal research partnership for three more years.\n"
        "Officials of the Ministry of Energy and Mineral Resources and the National Innovation Board "
        "also attended the meeting with New Zealand's ambassador.\n",
        ["Ministry of Energy and Mineral Resources"],
        "ID",
    ),
    (
        "Cooperation renewed\n"
        "Nairobi – The State Department for Research and the Government of Finland agreed on Tuesday "
        "to open a second phase of their forestry data programme with new funding.\n"
        "Representatives of the Ministry of Agriculture and Livestock Development and the National "
        "Research Fund joined the Finnish delegation at the signing.\n",
        ["Ministry of Agriculture and Livestock Development"],
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "names", "home"), DASH_DATELINES)
def test_dash_dateline_places_host_bodies(text: str, names: list[str], home: str) -> None:
    for name in names:
        assert _country(text, name) == home


def test_title_pairing_two_places_is_no_dateline() -> None:
    from bilat.extract.owners import _DASH_DATELINE

    assert _DASH_DATELINE.match(" – Cusco rail link study\n") is None
    assert _DASH_DATELINE.match(" – The ministry agreed on Monday to open a second phase of the programme.\n")


# A firm named with an English legal form that a few states' firms use ("Co.", "Corp."): in a text
# about two partners, the one partner among those states.
FORM_FIRMS = [
    (
        "Korea and Poland agreed to widen cooperation in space. Daehan Orbital Co. signed a contract to "
        "supply two small satellites to Poland, and Poland's space agency will run them.",
        "Daehan Orbital Co.",
        "KR",
    ),
    (
        "Japan and Brazil will work together on biofuels. Nakamura Biotech Corp. will build a pilot plant "
        "with Brazilian partners in the state of Goiás under the agreement.",
        "Nakamura Biotech Corp.",
        "JP",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), FORM_FIRMS)
def test_east_asian_legal_form_gives_partner(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


# A portfolio office joined by "at" to a ministry ("Deputy Minister at the Ministry of ..."): the
# ministry alone is the body, with its own country.
MINISTER_AT = [
    (
        "Denmark and Chile will fund joint projects on green hydrogen. \"We need partners,\" said Jens "
        "Holm, State Secretary at the Ministry of Higher Education and Science, in Copenhagen.",
        "Ministry of Higher Education and Science",
    ),
    (
        "\"The call is open to firms of all sizes,\" said Petra Novotná, Deputy Minister at the Ministry "
        "of Regional Development (MMR) of the Czech Republic, at the launch in Taipei.",
        "Ministry of Regional Development",
    ),
]


@pytest.mark.parametrize(("text", "name"), MINISTER_AT)
def test_minister_at_ministry_names_the_ministry(text: str, name: str) -> None:
    names = [o.name for o in _record(text).organizations]
    assert name in names
    assert not [n for n in names if n.startswith(("Minister", "Secretary"))]


# A place named earlier in the sentence that belongs to something else: a city opening another
# listed body's name ("Brno University of Technology and X"), or a side that closes the list before
# it ("... on the Norwegian side, and from X"). Neither is the country of the body after it.
NOT_THE_BODYS_PLACE = [
    (
        "Denmark and Indonesia fund four projects. In one of them, Aalborg University and Bandung Nusantara "
        "Polytechnic are developing wave sensors.",
        "Bandung Nusantara Polytechnic",
        "DK",
    ),
    (
        "Spain and Japan opened a joint call. Among the winners, Granada University and Hokuriku Valley "
        "Institute of Science will study soil microbes.",
        "Hokuriku Valley Institute of Science",
        "ES",
    ),
    (
        "Speakers came from the Marine Institute and Ocean Foods on the Irish side, and from the Coastal "
        "Development Institute (CDI) and two universities.",
        "Coastal Development Institute",
        "IE",
    ),
]


@pytest.mark.parametrize(("text", "name", "wrong"), NOT_THE_BODYS_PLACE)
def test_place_of_another_name_is_not_the_bodys(text: str, name: str, wrong: str) -> None:
    assert _country(text, name) != wrong


def test_side_opening_a_sentence_still_places_what_follows() -> None:
    text = (
        "Japan and Israel met in Tel Aviv. On the Israeli side, Netaya and the Galil Medical Center "
        "presented their work."
    )
    assert _country(text, "Galil Medical Center") == "IL"


def _names(text: str) -> list[str]:
    return sorted(o.name for o in _record(text).organizations)


# A name that runs on into a postal box on the next line (a release's closing "Issued by" block in
# a text wrapped at a fixed width) ends before it.
_WRAPPED_RELEASE = (
    "GABORONE, 3 March 2026 - Botswana and Finland agreed on Monday to open a\n"
    "joint call for research on water and energy, the ministry said in a\n"
    "statement issued after the meeting of the joint committee in Gaborone.\n\n"
    "The call will open in May and close at the end of August this year,\n"
    "and each side will fund its own researchers, the statement said.\n\n"
    "ENDS\n\n"
)
POSTAL_BOXES = [
    (
        "Issued by the Ministry of Higher Education, Research and Innovation\n"
        "Private Bag X17, Gaborone, 0001\n",
        "Private",
    ),
    (
        "Issued by the Botswana Institute for Technology Research and Innovation\nP.O. Box 4007, Gaborone\n",
        "P.O.",
    ),
    (
        "Issued by the National Commission for Research, Science and Technology\nPostfach 1234, Gaborone\n",
        "Postfach",
    ),
]


@pytest.mark.parametrize(("closing", "box"), POSTAL_BOXES)
def test_name_ends_before_postal_box(closing: str, box: str) -> None:
    names = _names(_WRAPPED_RELEASE + closing)
    assert names
    assert not [n for n in names if box in n]


# "<acronym> <city> and the <body>": two bodies, the first a known acronym at its seat.
ACRONYM_AT_PLACE_AND_BODY = [
    (
        "The project brings together IIT Madras and the Norwegian Institute for Water, Soil and Air Research "
        "to map flood risk.",
        "IIT Madras",
    ),
    (
        "The consortium joins INSA Lyon and the Quebec Centre for Forest, Wood and Fibre Research in a "
        "three-year study.",
        "INSA Lyon",
    ),
]


@pytest.mark.parametrize(("text", "first"), ACRONYM_AT_PLACE_AND_BODY)
def test_acronym_at_place_and_the_body_split(text: str, first: str) -> None:
    names = _names(text)
    assert first in names
    assert not [n for n in names if n.startswith(first) and n != first]


def test_name_closed_by_acronym_used_alone_later_is_one_body() -> None:
    text = (
        "Researchers of the Helvetic Institute for Alpine Soil Research HIASR joined the team. A HIASR "
        "geologist presented the first results."
    )
    found = [o for o in _record(text).organizations if "HIASR" in o.name or "HIASR" in o.aliases]
    assert len(found) == 1


# Companies listed right after a nation's adjective and a plural company noun, with no article
# ("with Swedish battery makers X and Y"): each is a company of that nation.
NATIONAL_PLURAL_LISTS = [
    (
        "Toyota signed a deal with Swedish battery makers Northvolt and Freyr Battery on Monday.",
        {"Northvolt": "SE", "Freyr Battery": "SE"},
    ),
    (
        "Samsung will work with Dutch chip firms Nexperia and Prodrive Technologies on sensors.",
        {"Nexperia": "NL", "Prodrive Technologies": "NL"},
    ),
    (
        "The Korean utility signed a letter of intent with Hungarian power companies MVMX and EGT to study "
        "a new reactor.",
        {"MVMX": "HU", "EGT": "HU"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_PLURAL_LISTS)
def test_companies_after_national_plural(text: str, expected: dict[str, str]) -> None:
    found = {o.name: o.country for o in _record(text).organizations}
    for name, country in expected.items():
        assert found.get(name) == country


def test_plural_without_nation_or_and_is_no_list() -> None:
    names = _names("Local power companies Alpha Grid will bid for the contract next year.")
    assert "Alpha Grid" not in names


# A lower-case label in a bracket before a rank and a name is the person's role, not the rank.
BRACKET_LABELS = [
    (
        "Lund University (project coordinator: Prof. Anna Berg) leads the work.",
        "Anna Berg",
        "project coordinator",
    ),
    (
        "- Kyoto University (principal investigator in Japan: Prof. Kenji Sato)\n"
        "- Seoul National University\n",
        "Kenji Sato",
        "principal investigator in Japan",
    ),
    (
        "The grant goes to Ghent University (lead applicant: Prof. Lies Maes) and two partners in Chile.",
        "Lies Maes",
        "lead applicant",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), BRACKET_LABELS)
def test_bracket_label_is_the_role(text: str, name: str, role: str) -> None:
    roles = {p.name: p.role for p in _record(text).people}
    assert roles.get(name) == role


# Two bodies joined by "y" and an article of the text's language ("X y la Fundación ..."), or a
# body opened by a contracted article ("y del Instituto ..."): the joint and the article belong to
# neither name.
ROMANCE_JOINTS = [
    (
        "Senacyt y la Fundación Nacional de Ciencia de Chile abren una convocatoria conjunta.",
        "Fundación Nacional de Ciencia de Chile",
    ),
    (
        "Senacyt y la Universidad Tecnológica de Panamá abren una convocatoria.",
        "Universidad Tecnológica de Panamá",
    ),
    (
        "Investigadores de la Universidad de Cuenca y del Instituto Nacional de Biodiversidad estudian los "
        "bosques andinos.",
        "Instituto Nacional de Biodiversidad",
    ),
]


@pytest.mark.parametrize(("text", "name"), ROMANCE_JOINTS)
def test_romance_joint_and_article_split_names(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not [n for n in names if n.endswith(name) and n != name]


# Two bodies joined by "and", then the seat of the two ("X (ACR) and the University of Y in Chile"):
# the first, placed by nothing else in its sentence, shares the seat.
PAIR_SEATS = [
    (
        "Speakers came from the Marine Institute on the Irish side, and from the Coastal Development "
        "Institute (CDI) and the University of the South in Chile.",
        "Coastal Development Institute",
        "CL",
    ),
    (
        "Researchers of the Andean Soil Institute and the Northern Technical College in Peru will share "
        "data.",
        "Andean Soil Institute",
        "PE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), PAIR_SEATS)
def test_pair_shares_its_seat(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country
