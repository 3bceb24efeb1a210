"""Whose body is it? The country evidence that governs an organisation named without a country:
the body it is named with (its parent, in its own name or right after it), the paragraph that set
the scene when its own sentence names no country before it, and no country at all for a body named
after a world region. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.components.organizations import _trailing_owner, regional_body

from .records import Extract


def _country(record: dict[str, Any], name: str) -> Any:
    for org in record["organizations"]:
        if org["name"] == name or name in (org.get("aliases") or []):
            return org.get("country")
    raise AssertionError(f"{name!r} not found in {[o['name'] for o in record['organizations']]}")


# A unit placed only by the nearest country of its sentence takes the country of the body it belongs
# to, when the text names that body with it ("of the ...", ", <body>", or inside its own name).
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Korean delegation then visited the Tashkent Seismology Institute of the Academy of "
            "Sciences of the Republic of Uzbekistan.",
            "Tashkent Seismology Institute",
            "UZ",
        ),
        (
            "A delegation from Japan met staff of the Lindqvist Laboratory for Soil Physics of the Swedish "
            "University of Agricultural Sciences last week.",
            "Lindqvist Laboratory for Soil Physics",
            "SE",
        ),
        (
            "The workshop in Paris was co-chaired by Dr Ama Owusu, Senior Lecturer at the Centre for "
            "Coastal Livelihoods (CCL), Addis Ababa University.",
            "Centre for Coastal Livelihoods",
            "ET",
        ),
        (
            "The Chinese Academy of Sciences (CAS) and the Otto Kessler Institute of the Max Planck "
            "Society (OKI) opened the laboratory in Dalian.",
            "Otto Kessler Institute of the Max Planck Society",
            "DE",
        ),
    ],
)
def test_the_parent_named_with_a_unit_governs_it(
    extract: Extract, text: str, name: str, country: str
) -> None:
    assert _country(extract(text), name) == country


# A sentence that names no country before a body: the one country of its paragraph governs it.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Cooperation with Peru grew after the 2017 floods. The National Service of Hydrology and "
            "Meteorology Studies and Canadian universities built a joint forecast system.",
            "National Service of Hydrology and Meteorology Studies",
            "PE",
        ),
        (
            "The project office sits at the Ghana Atomic Energy Commission in Accra. The counterpart "
            "ministry is the Ministry of Fisheries and Aquaculture Development.",
            "Ministry of Fisheries and Aquaculture Development",
            "GH",
        ),
        (
            "<p>On Monday the team met officials in Hanoi.</p>\n<p>On Tuesday they travelled to Vinh, "
            "where the Institute of Coastal Agronomy showed its trial fields.</p>",
            "Institute of Coastal Agronomy",
            "VN",
        ),
    ],
)
def test_the_paragraph_sets_the_scene(extract: Extract, text: str, name: str, country: str) -> None:
    assert _country(extract(text), name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the paragraph names two countries: no guess
        (
            "Norway and Chile signed the plan in May. The Institute of Coastal Agronomy will run the trials.",
            "Institute of Coastal Agronomy",
        ),
        # a new paragraph: the scene of the one before does not carry over
        (
            "Cooperation with Peru grew after the 2017 floods.\n\nThe Institute of Coastal Agronomy "
            "will run the trials.",
            "Institute of Coastal Agronomy",
        ),
    ],
)
def test_no_single_country_no_guess(extract: Extract, text: str, name: str) -> None:
    assert _country(extract(text), name) is None


@pytest.mark.parametrize(
    ("name", "regional"),
    [
        ("East African Community", True),
        ("Islamic Development Bank", True),
        ("the Asian Development Bank", True),
        ("Southern African Development Community", True),
        ("Caribbean Community", True),
        ("Andean Development Corporation", True),
        # a country's adjective, or a name that also names a country, is not a region's
        ("South African National Space Agency", False),
        ("Arab Republic of Egypt Academy of Scientific Research", False),
        ("Islamic Republic of Iran Broadcasting", False),
        ("Kenya Agricultural and Livestock Research Organization", False),
        ("Africanist Society of Lisbon", False),
        ("Pacific Northwest Marine Laboratory", False),
        ("Asian Institute of Coastal Engineering", False),
    ],
)
def test_a_body_named_after_a_region(name: str, regional: bool) -> None:
    assert regional_body(name) is regional


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda and Uganda will admit trainees through the East African Community (EAC).",
        "Türkiye and Azerbaijan won a loan from the Islamic Development Bank (IsDB) for the pipeline.",
    ],
)
def test_a_regional_body_gets_no_country(extract: Extract, text: str) -> None:
    record = extract(text)
    regional = [o for o in record["organizations"] if regional_body(o["name"])]
    assert regional and all(o.get("country") is None for o in regional)


# A letterhead: the body's name alone on its line, the line above or below opening with a state.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "REPUBLIC OF KENYA\nState Department for Science, Research and Innovation\n\n"
            "Nairobi, 3 May 2026 -- The team met the visitors.",
            "State Department for Science, Research and Innovation",
            "KE",
        ),
        (
            '<div class="brand"><img alt="logo"> Republic of Chile<br><strong>Ministry of Science, '
            "Technology, Knowledge and Innovation</strong></div>\n<p>The visitors came from Spain.</p>",
            "Ministry of Science, Technology, Knowledge and Innovation",
            "CL",
        ),
        (
            "National Commission for Research Development\nKingdom of Morocco -- Press Office\n\n"
            "Rabat, 2 June 2026 -- The commission signed a plan with France.",
            "National Commission for Research Development",
            "MA",
        ),
    ],
)
def test_a_letterhead_line_names_the_country(extract: Extract, text: str, name: str, country: str) -> None:
    assert _country(extract(text), name) == country


@pytest.mark.parametrize(
    "text",
    [
        # the country's line runs on into prose: not a letterhead
        "Contacts:\nMinistry of Mines\nGermany and Peru agreed to meet again.",
        # the name does not stand alone on its line
        "The Ministry of Mines will meet.\nGermany -- delegation list follows.",
    ],
)
def test_not_a_letterhead(extract: Extract, text: str) -> None:
    assert _country(extract(text), "Ministry of Mines") is None


@pytest.mark.parametrize(
    ("name", "owner"),
    [
        ("Space Policy Bureau of KARI", "KR"),
        ("Laboratory of Soil Physics of the Lund Institute of Botany", "SE"),
        ("Faculty of Engineering of Lund Institute of Botany", "SE"),
        # a single ordinary word after "of" is not an owner's name
        ("Office of Science", None),
        # an owner known in two countries settles nothing
        ("Data Office of NARC", None),
    ],
)
def test_an_owner_named_at_the_end_of_a_units_name(name: str, owner: str | None) -> None:
    placed = {"KARI": {"KR"}, "Lund Institute of Botany": {"SE"}, "Science": {"GB"}, "NARC": {"NP", "PK"}}
    assert _trailing_owner(name, placed) == owner
