"""Round 14a person classes: names of units and ensembles in other languages are no people; members
of parliaments' post-nominal letters and junior ministers' titles; roles of sport and the arts and
plural role heads before two names; a name joined by "and" to a name that a cue follows; a cue
read past the markup that closes a name; royal titles after honorifics; a venue or body named after
a person; two places in a row and brands' capitals are no name; a role after a native-script name in
brackets and a dash; a first family name used alone; a name cut from its honorific by a line wrap;
names in bold at the start of a wrapped line carry on the sentence before them."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _people(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="case.md").to_dict()
    return {p["name"]: p.get("role") for p in record["people"]}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Press office:\nOficina de Prensa, Universidad de Talca\nprensa@example.cl", "Oficina de Prensa"),
        (
            "The evening closes with the Coro Universitario of the Universidad de Cuyo in the cathedral.",
            "Coro",
        ),
        ("Media contact:\nDirección de Comunicación, Universidad de Murcia\n+34 000 000 000", "Dirección"),
        (
            "Journalists should write to the Ufficio Stampa of the Politecnico di Torino, said Paola Neri.",
            "Ufficio",
        ),
    ],
)
def test_unit_and_ensemble_names_are_no_people(text: str, not_a_person: str) -> None:
    assert not [n for n in _people(text) if not_a_person in n]


@pytest.mark.parametrize(
    ("text", "name", "role", "absent"),
    [
        (
            "The delegation was led by Minister of State for Trade Promotion Ciarán Doyle TD last week.",
            "Ciarán Doyle",
            "Minister of State for Trade Promotion",
            "Ciarán Doyle Td",
        ),
        (
            "The grant was opened by Minister for Culture Fiona Lennox MSP in Glasgow on Friday.",
            "Fiona Lennox",
            "Minister for Culture",
            "Fiona Lennox Msp",
        ),
        (
            "The scheme was launched by Energy Minister Tom Barker MP, Parliamentary Under-Secretary of "
            "State for Energy, and the Chief Executive of the agency.",
            "Tom Barker",
            "Energy Minister, Parliamentary Under-Secretary of State for Energy",
            "Parliamentary Under-Secretary",
        ),
    ],
)
def test_parliament_members_and_junior_ministers(text: str, name: str, role: str, absent: str) -> None:
    people = _people(text)
    assert people.get(name) == role
    assert absent not in people


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The gala ended with a show by salsa champions **Lucía Gómez** and **Pablo Ortiz**.",
            {"Lucía Gómez": "salsa champion", "Pablo Ortiz": "salsa champion"},
        ),
        (
            "The findings were presented by researchers Ana Ruiz and Carlos Pérez in Valencia.",
            {"Ana Ruiz": "researcher", "Carlos Pérez": "researcher"},
        ),
        (
            "The biggest cheer was for Cork-born full-back **Aoife Murphy**, who scored twice.",
            {"Aoife Murphy": "Cork-born full-back"},
        ),
        (
            "The club's envoy in Lima, former Leinster flanker Conor Walsh, said the tour went well.",
            {"Conor Walsh": "former Leinster flanker"},
        ),
        ("The director Ines Moreau said the lab would open in May.", {"Ines Moreau": "director"}),
        (
            "The accord was signed by the two ministers Eva Lind and Olav Berg in Tromsø.",
            {"Eva Lind": "minister", "Olav Berg": "minister"},
        ),
    ],
)
def test_roles_of_sport_and_the_arts_and_plural_heads(text: str, roles: dict[str, str]) -> None:
    people = _people(text)
    for name, role in roles.items():
        assert people.get(name) == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The bill includes the duo Marta Ibáñez and Jorge Leal, who won the title in Rosario last year.",
            {"Marta Ibáñez", "Jorge Leal"},
        ),
        (
            "After the match, Sean Kelly and Niall Byrne said the crowd was superb.",
            {"Sean Kelly", "Niall Byrne"},
        ),
    ],
)
def test_a_name_joined_to_a_name_with_a_cue(text: str, names: set[str]) -> None:
    assert names <= set(_people(text))


@pytest.mark.parametrize(
    ("text", "name", "role", "absent"),
    [
        (
            "The visit of HRH Crown Prince Khalid bin Faisal was the highlight of the week.",
            "Khalid bin Faisal",
            "Crown Prince",
            "Crown",
        ),
        (
            "His Royal Highness Crown Prince Haakon Magnus opened the ocean centre.",
            "Haakon Magnus",
            "His Royal Highness Crown Prince",
            "Crown",
        ),
    ],
)
def test_royal_titles_after_honorifics(text: str, name: str, role: str, absent: str) -> None:
    people = _people(text)
    assert people.get(name) == role
    assert absent not in people


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Jeddah, 3 May 2026 · King Fahd International Exhibition Center. Dr Lina Haddad opened it.", "Fahd"),
        (
            "- Mr. Paul Girard, Director of Campus France Vietnam, presented the scholarships.",
            "France Vietnam",
        ),
        ("The panel was chaired by Dr. Mia Roth, Director General, GeoLAB, NRCan, and a guest.", "GeoLAB"),
    ],
)
def test_bodies_places_and_brands_are_no_names(text: str, not_a_person: str) -> None:
    people = _people(text)
    assert not_a_person not in " ".join(people)
    assert len(people) == 1


def test_role_after_native_script_and_dash() -> None:
    text = (
        "## Speakers\n\n"
        "- **Dr. Omar Al-Sayed** (عمر السيد) — Vice President for Research, Qassim University\n"
        "- **Prof. Wang Lei** (王磊) — Dean, School of Computing, Nanjing University\n"
    )
    people = _people(text)
    assert people["Omar Al-Sayed"] == "Vice President for Research, Qassim University"
    assert people["Wang Lei"] == "Dean, School of Computing, Nanjing University"


def test_first_family_name_alone_is_the_person() -> None:
    text = (
        "Peru's Minister of Production, Julia Paredes Salinas, opened the fair on Monday. "
        '"We came to sell," said Minister Paredes.'
    )
    people = _people(text)
    assert "Paredes" not in people
    assert people["Julia Paredes Salinas"] == "Peru's Minister of Production"


def test_name_cut_from_its_honorific_by_a_wrap() -> None:
    text = (
        "Three agreements were exchanged on the second day of the meeting, the first signed by the UPM\n"
        "Vice-Chancellor, Datuk Prof. Dr.\n"
        "   Nor Azlina Ismail, and the rector of the partner university in Wuhan.\n"
    )
    assert "Nor Azlina Ismail" in _people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "- **Gala (3 May)** — an evening at the Teatro Colón with a show by salsa champions\n"
            "  **Sofía Lara** and **Iván Soto**.\n",
            {"Sofía Lara", "Iván Soto"},
        ),
        ("- **Published:** 14 May 2025, by the press office of the embassy\n**Contact:** Ana Rivas\n", set()),
    ],
)
def test_names_in_bold_at_a_wrapped_line_start(text: str, names: set[str]) -> None:
    assert set(_people(text)) == names
