"""Session 23 round 3 probes of organisations and people, on short documents written for the round:
an acronym after two listed bodies, a body's name in the possessive, an apposition that names a
body's state, a renamed body that keeps its acronym, and a government's officials named by a
portfolio only in a text datelined in their country."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _record(text: str) -> dict:
    return get_extractor().extract(text, name="probe.md", published="2026-11-01").to_dict()


def _orgs(text: str) -> dict[str, tuple[str | None, list[str]]]:
    organizations = _record(text).get("organizations", [])
    return {o["name"]: (o.get("country"), o.get("aliases") or []) for o in organizations}


def _people(text: str) -> dict[str, str | None]:
    return {p["name"]: p.get("country") for p in _record(text).get("people", [])}


ACRONYM_AFTER_TWO_BODIES = [
    (
        "Vienna, 8 September 2026 — Austria and Morocco sign a research pact\n\n"
        "The University of Vienna and Mohammed V University in Rabat (UM5R) signed a framework agreement.\n",
        {"University of Vienna": "AT", "Mohammed V University in Rabat": "MA"},
        ("Mohammed V University in Rabat", "UM5R"),
    ),
    (
        "Vienna, 8 September 2026 — Austria and Morocco sign a research pact\n\n"
        "The University of Vienna and Mohammed V University (UM5R) signed a framework agreement.\n",
        {"University of Vienna": "AT", "Mohammed V University": "MA"},
        ("Mohammed V University", "UM5R"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "alias"), ACRONYM_AFTER_TWO_BODIES)
def test_acronym_after_two_bodies_is_the_last_ones(
    text: str, wanted: dict[str, str], alias: tuple[str, str]
) -> None:
    found = _orgs(text)
    for name, country in wanted.items():
        assert name in found, (name, found)
        assert found[name][0] == country, (name, found)
    assert alias[1] in found[alias[0]][1], found
    assert alias[1] not in found["University of Vienna"][1], found


POSSESSIVES = [
    (
        "Dublin, 3 February 2026 — Ireland and Brazil sign a research agreement\n\n"
        "Science Foundation Ireland's successor, Research Ireland, will also join the scheme.\n",
        {"Science Foundation Ireland": "IE", "Research Ireland": "IE"},
        "Science Foundation Ireland's",
    ),
    (
        "Dublin, 3 February 2026 — Ireland and Brazil sign a research agreement\n\n"
        "Trinity College Dublin's researchers will work with the University of São Paulo.\n",
        {"Trinity College Dublin": "IE", "University of São Paulo": "BR"},
        "Trinity College Dublin's",
    ),
    (
        "Budapest, 15 May 2026 — Hungary and China deepen cooperation in battery research\n\n"
        "The Wigner Research Centre for Physics and Huawei's Budapest centre will host researchers.\n",
        {"Wigner Research Centre for Physics": "HU"},
        "Wigner Research Centre for Physics and Huawei's Budapest",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "wrong"), POSSESSIVES)
def test_possessive_ends_a_name(text: str, wanted: dict[str, str], wrong: str) -> None:
    found = _orgs(text)
    for name, country in wanted.items():
        assert name in found, (name, found)
        assert found[name][0] == country, (name, found)
    assert wrong not in found


DESCRIBED = [
    (
        "Manila, 30 July 2026 — The Philippines and New Zealand agree on agritech collaboration\n\n"
        "AgResearch Ltd, a New Zealand Crown research institute, will work with the Department of"
        " Science and Technology.\n",
        {"AgResearch Ltd": "NZ", "Department of Science and Technology": "PH"},
    ),
    (
        "Manila, 30 July 2026 — The Philippines and New Zealand agree on agritech collaboration\n\n"
        "Scion Research Institute, a New Zealand research institute, will work with Manila Water"
        " Company, the Philippine water utility.\n",
        {"Scion Research Institute": "NZ", "Manila Water Company": "PH"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), DESCRIBED)
def test_apposition_names_the_state(text: str, wanted: dict[str, str]) -> None:
    found = _orgs(text)
    for name, country in wanted.items():
        assert name in found, (name, found)
        assert found[name][0] == country, (name, found)


def test_renamed_body_keeps_its_acronym() -> None:
    found = _orgs(
        "Vienna, 8 September 2026 — Austria and Morocco sign a research pact\n\n"
        "The Austrian Agency for Education and Internationalisation (OeAD) will support mobility."
        " OeAD's managing director said the first students would arrive in 2027.\n"
    )
    assert "OeAD" in found["Austrian Agency for Education and Internationalisation"][1], found
    assert len(found) == 1, found


def test_parent_acronym_after_unit_is_no_definition() -> None:
    found = _orgs(
        "Hanoi, 4 March 2026 — Viet Nam and France open a mathematics laboratory\n\n"
        "The laboratory will be based at the Institute of Mathematics (VAST) in Hanoi.\n"
    )
    assert "VAST" not in found.get("Institute of Mathematics", (None, []))[1], found


HOME_OFFICIALS = [
    (
        "Budapest, 15 May 2026 — Hungary and China deepen cooperation in battery research\n\n"
        'Minister for Culture and Innovation János Csák said: "This is a new chapter." Dr. Zoltán'
        " Cséfalvay, Deputy State Secretary for Innovation, also spoke.\n",
        {"János Csák": "HU", "Zoltán Cséfalvay": "HU"},
    ),
    (
        "Manila, 30 July 2026 — The Philippines and New Zealand agree on agritech collaboration\n\n"
        "Undersecretary for Research and Development Leah J. Buendia also attended.\n",
        {"Leah J. Buendia": "PH"},
    ),
    (
        "Prague, 9 June 2026 — Czechia and Israel sign an AI research memorandum\n\n"
        "The memorandum was signed in the presence of the Deputy Prime Minister for Digitalisation,"
        " Marian Jurečka, and Israeli Ambassador to the Czech Republic Mr. Jacob Finci.\n",
        {"Marian Jurečka": "CZ", "Jacob Finci": "IL"},
    ),
]


def test_portfolio_official_of_unnamed_dateline_stays_unplaced() -> None:
    found = _people(
        "PRESS RELEASE\n\nCzechia and Israel sign an AI research memorandum\n\n"
        "Minister for Digitalisation Marian Jurečka spoke at the signing.\n"
    )
    assert found.get("Marian Jurečka") is None, found


@pytest.mark.parametrize(("text", "wanted"), HOME_OFFICIALS)
def test_portfolio_official_is_the_datelines(text: str, wanted: dict[str, str]) -> None:
    found = _people(text)
    for name, country in wanted.items():
        assert found.get(name) == country, (name, found)


ALREADY_RIGHT = [
    (
        "Embassy of Japan in Ghana — Newsletter, March 2026\n\n"
        "On 9 March 2026, Ambassador MOCHIZUKI Hisanobu attended the launch of the Japan-Ghana Research"
        " Fellowship at the University of Ghana in Accra. Dr. SATO Kenji, Chief Representative of the"
        " JICA Ghana Office, spoke.\n",
        {"Hisanobu Mochizuki": "JP", "Kenji Sato": "JP"},
    ),
    (
        "Bangkok, 10 June 2026 — Thailand and China expand space cooperation\n\n"
        "Pakorn Apaphant, executive director of GISTDA, and CNSA deputy administrator Bian Zhigang signed"
        " the memorandum. Chinese Ambassador Han Zhiqiang attended.\n",
        {"Pakorn Apaphant": "TH", "Bian Zhigang": "CN", "Han Zhiqiang": "CN"},
    ),
    (
        "Zagreb, 14 April 2026 — Croatia and Kazakhstan agree to deepen research ties\n\n"
        "A delegation led by Kazakhstan's Minister of Science and Higher Education, Sayasat Nurbek,"
        " was received by Radovan Fuchs, Minister of Science and Education of the Republic of Croatia.\n",
        {"Sayasat Nurbek": "KZ", "Radovan Fuchs": "HR"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ALREADY_RIGHT)
def test_people_already_right(text: str, wanted: dict[str, str]) -> None:
    found = _people(text)
    for name, country in wanted.items():
        assert found.get(name) == country, (name, found)


QUOTED_NAMES = [
    (
        "Athens, 2 October 2026 — Greece and Egypt strengthen science ties\n\n"
        'The National Centre for Scientific Research "Demokritos" and Cairo University agreed to'
        " exchange doctoral students.\n",
        {'National Centre for Scientific Research "Demokritos"': "GR", "Cairo University": "EG"},
    ),
    (
        "Almaty, 2 October 2026 — Kazakhstan and Hungary open a joint laboratory\n\n"
        "The Institute of Nuclear Physics “Alatau” and the Wigner Research Centre for Physics will"
        " share a beamline.\n",
        {"Institute of Nuclear Physics “Alatau”": "KZ"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), QUOTED_NAMES)
def test_quoted_own_name_ends_the_body(text: str, wanted: dict[str, str]) -> None:
    found = _orgs(text)
    for name, country in wanted.items():
        assert name in found, (name, found)
        assert found[name][0] == country, (name, found)


def test_quoted_project_is_no_part_of_the_body() -> None:
    found = _orgs(
        "Lima, 2 October 2026 — Peru and Spain launch a school programme\n\n"
        'The Ministry of Education "Smart School" project will start in 2027.\n'
    )
    assert "Ministry of Education" in found, found


def test_acronym_not_spelt_over_two_listed_bodies() -> None:
    found = _orgs(
        "Embassy of Denmark in Colombia — News\n\n"
        "Bogotá, 22 April 2026 — Aarhus University and the National University of Colombia (UNAL) signed"
        " a memorandum of understanding on biodiversity research.\n"
    )
    assert "UNAL" in found["National University of Colombia"][1], found
    assert "Aarhus University" not in found["National University of Colombia"][1], found
    assert found["Aarhus University"][0] == "DK", found


def test_acronym_spelt_by_initials_over_a_field_and() -> None:
    found = _orgs(
        "Lisbon, 17 March 2026 — Portugal and Uruguay strengthen ocean science cooperation\n\n"
        "The Institute for Marine and Coastal Monitoring Services (IMCMS) will lead the first projects.\n"
    )
    assert "Institute for Marine and Coastal Monitoring Services" in found, found
