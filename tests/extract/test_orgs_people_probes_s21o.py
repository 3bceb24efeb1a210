"""Organisations and people, session 21 round 3: probes of whole short documents of our own.

1. Reference data: an alias with a comma in a YAML flow list is quoted, or it splits into a
   fragment that names a building ("the Palace of Culture and Science" read as the Dutch ministry
   of Education, Culture and Science); no alias of organizations.yaml is a comma-tail of a name.
2. Organisations: an office abroad opened by a body's acronym ("the DAAD Regional Office in
   Nairobi", "KOICA Kenya" in a list) is the body's, not the host country's (`_office_owner`).
3. Organisations: a person's name after an honorific and before "of"/"from"/"at" is no part of a
   body's name ("Prof. Kofi Boateng of Kwame Nkrumah University", "Dr Anna Berg of Lund
   University") (`_after_styled_name`).
4. People: a contact's role ends before the street and the postcode of an address line
   ("Communications Adviser, Ministry of X, Munga 18, 50088 Tartu") (`_address_follows`).
5. People: a name whose family name carries an Arabic article ("Saud al-Faisal", "Ahmed
   al-Mansouri") is read with a lower-case role and no honorific (`_ARTICLE_AFTER`).
"""

from __future__ import annotations

import pytest
import yaml

from .records import Extract, org_countries_and_aliases, roles_by_name


def test_no_alias_is_a_comma_tail_of_a_name() -> None:
    from pathlib import Path

    import bilat.extract

    path = Path(bilat.extract.__file__).parent / "data" / "organizations.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = data if isinstance(data, list) else [e for v in data.values() if isinstance(v, list) for e in v]
    tails = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        names = [entry.get("name", ""), *(entry.get("aliases") or [])]
        pieces = {p.strip() for n in names if isinstance(n, str) for p in n.split(",")[1:]}
        tails += [(entry.get("name"), a) for a in entry.get("aliases") or [] if a in pieces]
    assert not tails


NOT_BODIES = [  # (text, a name that must not be an organisation's)
    pytest.param(
        "Warsaw, 20 January 2026. Poland and Japan launched a joint programme. The signing took "
        "place at the Palace of Culture and Science.",
        "Ministry of Education, Culture and Science",
        id="building, Poland-Japan",
    ),
    pytest.param(
        "Hanoi, 4 May 2026. Vietnam and France met at the Hanoi Museum of Culture and Science to "
        "open a joint laboratory.",
        "Ministry of Education, Culture and Science",
        id="museum, Vietnam-France",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_no_body_from_an_alias_fragment(extract: Extract, text: str, name: str) -> None:
    assert name not in org_countries_and_aliases(extract(text))


OFFICES = [  # (text, office's name, its country)
    pytest.param(
        "NAIROBI, March 5 (Xinhua) -- Kenya and China launched a joint laboratory. The DAAD Regional "
        "Office in Nairobi and KOICA Kenya were also represented.",
        "DAAD Regional Office in Nairobi",
        "DE",
        id="regional office in a city, DAAD",
    ),
    pytest.param(
        "NAIROBI, March 5 (Xinhua) -- Kenya and China launched a joint laboratory. The DAAD Regional "
        "Office in Nairobi and KOICA Kenya were also represented.",
        "KOICA Kenya",
        "KR",
        id="acronym and country in a list, KOICA",
    ),
    pytest.param(
        "Lima, 3 June 2026. Peru and Japan opened a training centre. The JICA Representative Office "
        "in Lima will manage the grants.",
        "JICA Representative Office in Lima",
        "JP",
        id="representative office, JICA",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICES)
def test_office_abroad_is_the_bodys(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = org_countries_and_aliases(extract(text))
    assert name in orgs, sorted(orgs)
    assert [c for n, (c, _) in orgs.items() if n == name] == [country]


STYLED = [  # (text, body's name, an alias that must not be)
    pytest.param(
        "Accra, 12 January 2026. Ghana and the Netherlands renewed their agreement. Prof. Kofi "
        "Boateng of Kwame Nkrumah University of Science and Technology (KNUST) spoke.",
        "Kwame Nkrumah University of Science and Technology",
        "Kofi Boateng of Kwame Nkrumah University of Science and Technology",
        id="Prof., Ghana-Netherlands",
    ),
    pytest.param(
        "Santiago, 2 March 2026. Chile and Sweden opened a call. Dr Anna Berg of Lund University spoke.",
        "Lund University",
        "Dr Anna Berg of Lund University",
        id="Dr without period, Chile-Sweden",
    ),
    pytest.param(
        "Tokyo, 2 March 2026. Switzerland and Japan held a workshop. Prof. Takeshi Mori from Kyushu "
        "University presented the results.",
        "Kyushu University",
        "Takeshi Mori from Kyushu University",
        id="from, Switzerland-Japan",
    ),
]


@pytest.mark.parametrize(("text", "name", "alias"), STYLED)
def test_styled_person_is_no_part_of_a_body(extract: Extract, text: str, name: str, alias: str) -> None:
    orgs = org_countries_and_aliases(extract(text))
    assert name in orgs, sorted(orgs)
    assert alias not in orgs[name][1]
    assert not any(alias in n for n in orgs)


ROLES = [  # (text, person, role expected)
    pytest.param(
        "Tallinn, 10 March 2026 – Estonia and Korea signed a memorandum.\n\nContact: Mari Tamm, "
        "Communications Adviser, Ministry of Education and Research, Munga 18, 50088 Tartu, "
        "mari.tamm@hm.ee\n",
        "Mari Tamm",
        "Communications Adviser, Ministry of Education and Research",
        id="street and postcode, Estonia-Korea",
    ),
    pytest.param(
        "Warsaw, 20 January 2026. Poland and Japan launched a programme.\n\nContact: Anna Nowak, "
        "Press Officer, NAWA, ul. Polna 40, 00-635 Warszawa\n",
        "Anna Nowak",
        "Press Officer, NAWA",
        id="ul. street, Poland-Japan",
    ),
    pytest.param(
        "Budapest, 12 January 2026. Egypt and Hungary renewed their agreement. Ahmed al-Mansouri, "
        "cultural counsellor at the embassy, said that 200 students would benefit.",
        "Ahmed al-Mansouri",
        "cultural counsellor at the embassy",
        id="al- family name, Egypt-Hungary",
    ),
    pytest.param(
        "Muscat, 12 January 2026. Oman and Germany opened a call. Saud al-Faisal, chairman of the "
        "research council, welcomed the partners.",
        "Saud al-Faisal",
        "chairman of the research council",
        id="al- family name, Oman-Germany",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_people_roles(extract: Extract, text: str, name: str, role: str) -> None:
    roles = roles_by_name(extract(text))
    assert name in roles, sorted(roles)
    assert roles[name] == role


MORE_ROLES = [  # (text, person, role expected)
    pytest.param(
        "Stockholm, 2 March 2026. Chile and Sweden opened a call. Vinnova's head of international "
        "cooperation, Erik van der Berg, said Swedish companies may join.",
        "Erik van der Berg",
        "Vinnova's head of international cooperation",
        id="possessive head of a field, particles, Chile-Sweden",
    ),
    pytest.param(
        "Accra, 3 March 2026. Ghana and the Netherlands will launch a call. NWO's director of research "
        "and innovation, Jan de Vries, opened the seminar.",
        "Jan de Vries",
        "NWO's director of research and innovation",
        id="possessive director of fields, Ghana-Netherlands",
    ),
    pytest.param(
        "Cairo, 12 January 2026. Egypt and Hungary renewed their agreement. Mohamed El-Sayed, head of "
        "the Science, Technology and Innovation Funding Authority (STDF), also spoke.",
        "Mohamed El-Sayed",
        "head of the Science, Technology and Innovation Funding Authority (STDF)",
        id="comma series inside a body's name, Egypt-Hungary",
    ),
    pytest.param(
        "Jakarta, 8 March 2026. Indonesia and Australia signed an arrangement. Siti Rahma, director at "
        "the Ministry of Education, Culture, Research and Technology, welcomed it.",
        "Siti Rahma",
        "director at the Ministry of Education, Culture, Research and Technology",
        id="long comma series, Indonesia-Australia",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), MORE_ROLES)
def test_more_people_roles(extract: Extract, text: str, name: str, role: str) -> None:
    roles = roles_by_name(extract(text))
    assert name in roles, sorted(roles)
    assert roles[name] == role


def test_spains_science_ministry_under_its_2023_name_is_curated(extract: Extract) -> None:
    """MICIU, Spain's science ministry since 2023, is known by its acronym and its country."""
    text = (
        "MADRID, 3 March 2026 - Spain's Ministry of Science, Innovation and Universities (MICIU) and "
        "Chile's ANID signed a memorandum on astronomy. MICIU will fund researcher exchanges."
    )
    found = {o["name"]: o.get("country") for o in extract(text, published="2026-03-03")["organizations"]}
    assert found.get("Ministry of Science, Innovation and Universities") == "ES"
