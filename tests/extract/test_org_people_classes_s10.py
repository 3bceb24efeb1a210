"""Organisations and people: classes of misses seen in several sets, with sentences of our own.

- a role given in a pipe table beside or under a name: the cell to the right of a cell that holds a
  name alone ("| Ms. OTA Rie | Chief Representative, ... |"), or the cell under it in the next row
  (a signature table: a row of names over a row of titles);
- a body named by its portfolio ("Ministry of Public Works") that nothing else places takes the
  country of the people whose title holds the same portfolio and whose role names their country
  ("Indonesia's Minister of Public Works", "the Croatian Minister of Tourism and Sport");
- an acronym's long form never runs over a table's cell border.
"""

from __future__ import annotations

import pytest

from bilat.extract.owners import body_portfolio, holds_portfolio, role_titles

from .records import Extract, org_names, orgs_by_name, people_by_name

NAME_THEN_ROLE_TABLES = [
    (
        "A delegation from Japan visited the maize research station in Zambia on 4 March 2026.\n\n"
        "| Name | Position |\n|---|---|\n"
        "| Ms. OTA Rie | Chief Representative, JICA Zambia Office |\n"
        "| Mr. MORI Kaito | First Secretary (Development), Embassy of Japan |\n\n"
        "The visit ended with a field day.\n",
        {"Rie Ota": "Chief Representative", "Kaito Mori": "First Secretary"},
    ),
    (
        "Delegates of the Norway-Chile polar workshop, Punta Arenas, 2 May 2026:\n\n"
        "| Participant | Function |\n| --- | --- |\n"
        "| Dr. Ingrid Solberg | Senior Adviser, Polar Section |\n"
        "| Prof. Tomás Fuentes | Director of the Antarctic Programme |\n\n"
        "The workshop closed with a joint statement.\n",
        {"Ingrid Solberg": "Senior Adviser", "Tomás Fuentes": "Director"},
    ),
    (
        "The Joint Declaration was signed in Ottawa on 5 June 2026.\n\n"
        "| For the Government of Canada | For the Government of the Republic of Chile |\n"
        "| --- | --- |\n"
        "| **Hélène Tremblay** | **Rodrigo Saavedra Núñez** |\n"
        "| Minister of Natural Resources | Minister of Mining |\n",
        {"Hélène Tremblay": "Minister of Natural Resources", "Rodrigo Saavedra Núñez": "Minister of Mining"},
    ),
    (
        "Signed at Accra on 9 October 2026.\n\n"
        "| For Ghana | For Denmark |\n|---|---|\n"
        "| Hon. Kwame Asante Boateng | Mette Kjærgaard Holm |\n"
        "| Deputy Minister of Education | State Secretary for Development Policy |\n",
        {"Kwame Asante Boateng": "Deputy Minister", "Mette Kjærgaard Holm": "State Secretary"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), NAME_THEN_ROLE_TABLES)
def test_role_beside_or_under_a_name_in_a_table(extract: Extract, text: str, roles: dict[str, str]) -> None:
    people = people_by_name(extract(text))
    for name, title in roles.items():
        assert name in people, f"{name!r} not in {sorted(people)}"
        assert title in (people[name]["role"] or ""), people[name]


def test_table_cell_that_is_no_title_gives_no_role(extract: Extract) -> None:
    text = (
        "Finalists of the 2026 student challenge held in Lisbon on 3 May 2026:\n\n"
        "| Team member | Country |\n|---|---|\n"
        "| Marta Ribeiro Costa | Portugal |\n"
        "| Joana Vieira Lopes | Brazil |\n"
    )
    for person in extract(text)["people"]:
        assert person["role"] in (None, "Team member"), person


def test_long_form_does_not_run_over_table_cells(extract: Extract) -> None:
    text = (
        "| Name | Position |\n|---|---|\n"
        "| Ms. OTA Rie | Representative, JICA Zambia Office |\n"
        "| Dr. ABE Sota | Chief Advisor, Maize Project (JIRCAS) |\n"
    )
    names = org_names(extract(text))
    assert not any("|" in name for name in names), names
    assert "Sota Abe" in people_by_name(extract(text))


PORTFOLIO_TEXTS = [
    (
        "The forum opened in Jakarta on 3 March 2026 with speeches by\n"
        "Indonesia's Minister of Public Works, Ratna Dewi Sulastri, and the Dutch Minister for Foreign "
        "Trade, Pieter van Dam.\n\n"
        "Under the deal, the Ministry of Public Works and Dutch and Indonesian universities will share "
        "flood models.\n",
        "Ministry of Public Works",
        "ID",
    ),
    (
        "Croatia and Canada sign a tourism memorandum\n\n"
        "The memorandum was signed in Zagreb on 4 March 2026 by the Croatian Minister of Tourism and Sport,\n"
        "Ivana Horvat, and Canada's Minister of Tourism, Paul Leblanc.\n\n"
        "Both the Ministry of Tourism and Sport and the Canadian tourism board will fund joint campaigns.\n",
        "Ministry of Tourism and Sport",
        "HR",
    ),
    (
        "Kenya and Japan review their rice project\n\n"
        "Kenya's Principal Secretary for Irrigation, Jane Wanjiku Mwangi, met the Japanese team in Mwea\n"
        "on 7 May 2026.\n\n"
        "Japanese and Kenyan experts said the State Department for Irrigation will expand the canals.\n",
        "State Department for Irrigation",
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "body", "country"), PORTFOLIO_TEXTS)
def test_body_placed_by_its_office_holder(extract: Extract, text: str, body: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert body in orgs, sorted(orgs)
    assert orgs[body]["country"] == country


@pytest.mark.parametrize(
    ("role", "body", "holds"),
    [
        ("Minister of Public Works, Ana Ruiz", "Ministry of Public Works", True),
        ("Minister of Foreign Affairs of Japan", "Ministry of Foreign Affairs", True),
        (
            "Minister of Science, Technology and Innovation",
            "Ministry of Science, Technology & Innovation",
            True,
        ),
        ("Minister of Tourism", "Ministry of Tourism and Sport", False),
        ("Minister of Tourism and Sport", "Ministry of Tourism", False),
        ("Secretary of Energy", "Ministry of Energy", False),
    ],
)
def test_title_holds_portfolio(role: str, body: str, holds: bool) -> None:
    head, portfolio = body_portfolio(body) or ("", ())
    assert any(h == head and holds_portfolio(words, portfolio) for h, words in role_titles(role)) is holds


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministry of Tourism and Sport", ("Ministry", ("tourism", "sport"))),
        (
            "the Ministry of Science, Technology & Innovation",
            ("Ministry", ("science", ",", "technology", "innovation")),
        ),
        ("Department of Energy", ("Department", ("energy",))),
        ("Federal Ministry for Digital Affairs", ("Federal Ministry", ("digital", "affairs"))),
        ("University of Ghana", None),
        ("Ministry", None),
    ],
)
def test_body_portfolio(name: str, expected: object) -> None:
    assert body_portfolio(name) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Croatian Minister of Tourism and Sport", [("Ministry", ("tourism", "sport"))]),
        ("U.S. Secretary of Energy", [("Department", ("energy",))]),
        ("Head of Division", []),
    ],
)
def test_role_titles(role: str, expected: object) -> None:
    assert role_titles(role) == expected


def test_office_holder_abroad_does_not_place_the_hosts_body(extract: Extract) -> None:
    text = (
        "Norway's Minister of Fisheries Kari Dahl visited Lima on 3 May 2026 with a delegation.\n\n"
        "Later, the Ministry of Fisheries held a seminar on anchovy stocks.\n"
    )
    orgs = orgs_by_name(extract(text))
    if "Ministry of Fisheries" in orgs:
        assert orgs["Ministry of Fisheries"]["country"] != "NO"
