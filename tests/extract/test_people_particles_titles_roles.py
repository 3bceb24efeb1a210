"""People classes: Irish (and Spanish) particles inside a name ("Ó", "Ua", "y"); words of a
multi-word title or of the unit a title heads ("Minister Delegate", "Head of Bilateral
Cooperation") never taken as a name; an East Asian family name written first that is also a common
word ("Park Sun-young" in a text about a park); roles written in lower case after the name
("provost of X", "vice-chancellor of Y"); a name alone on a contact line after an honorific with
its role on the next line; Latin American degree titles ("Mtra.", "Lic."); and a bare title read
first ("Minister NAME") that a later, fuller statement of the same title replaces."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_named, person_names

PARTICLES = [
    (
        "Prof. Ciarán Ó Fearghail, vice-president for research at the University of Galway, spoke.",
        "Ciarán Ó Fearghail",
    ),
    ("The Irish side was led by Dr Siobhán Ó Briain of University College Cork.", "Siobhán Ó Briain"),
    ("Tomás Ua Conchobhair, Ireland's Minister for Research, opened the session.", "Tomás Ua Conchobhair"),
    (
        "José Ortega y Gasset, Director of the Instituto Cervantes in Madrid, welcomed the guests.",
        "José Ortega y Gasset",
    ),
]


@pytest.mark.parametrize(("text", "name"), PARTICLES)
def test_a_particle_inside_a_name_keeps_it_whole(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text)), person_names(extract(text))


TITLE_WORDS = [
    # (text, a title word that must not be a person, the real person)
    (
        "The memorandum was signed by Omar Haddad, Under-Secretary of the Ministry of Economy of Jordan, "
        "and Claire Dubois, France's Minister Delegate for Digital Affairs.",
        "Delegate",
        "Claire Dubois",
    ),
    (
        "The delegation was led by Dr. Priya Nair, Head of\nInternational Bilateral Cooperation at the "
        "Department of Biotechnology of India.",
        "Bilateral Cooperation",
        "Priya Nair",
    ),
    (
        "Questions go to Ana Souza, Director of Multilateral Affairs at the Brazilian Ministry of Science.",
        "Multilateral Affairs",
        "Ana Souza",
    ),
]


@pytest.mark.parametrize(("text", "title_word", "person"), TITLE_WORDS)
def test_a_word_of_a_title_is_no_name(extract: Extract, text: str, title_word: str, person: str) -> None:
    names = person_names(extract(text))
    assert title_word not in names, names
    assert person in names, names


FAMILY_FIRST = [
    (
        "Visitors walked through the park. Park Sun-young, Country Director of KOICA in Laos, spoke.",
        "Sun-young Park",  # (the record writes names Given Family)
    ),
    (
        "A song opened the evening. "
        "Song Ji-hoon, Director of the National Research Foundation of Korea, spoke.",
        "Ji-hoon Song",
    ),
    ("The moon was full. Ambassador Moon Jae-sung met the Chilean minister.", "Jae-sung Moon"),
]


@pytest.mark.parametrize(("text", "name"), FAMILY_FIRST)
def test_a_family_name_first_that_is_also_a_word(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text)), person_names(extract(text))


def test_a_common_word_before_a_hyphenated_word_is_no_person(extract: Extract) -> None:
    text = "The park will open in May. Park Follow-up was discussed at length."
    assert person_names(extract(text)) == []


LOWER_ROLES = [
    (
        "Professor Noura Haddad, provost of the American University of Sharjah, said the plan was ready.",
        "Noura Haddad",
        "provost",
    ),
    (
        "Dr Kwame Mensah, vice-chancellor of the University of Ghana, welcomed the team.",
        "Kwame Mensah",
        "vice-chancellor",
    ),
    (
        "Ana Souza, program officer at the Brazilian agency, answered the questions.",
        "Ana Souza",
        "program officer",
    ),
    (
        "Lars Berg, president of the Norwegian University of Science and Technology, opened it.",
        "Lars Berg",
        "president",
    ),
]


@pytest.mark.parametrize(("text", "name", "role_start"), LOWER_ROLES)
def test_a_lower_case_role_after_the_name(extract: Extract, text: str, name: str, role_start: str) -> None:
    role = person_named(extract(text), name)["role"] or ""
    assert role.startswith(role_start), role


CONTACTS = [
    (
        "Contact\nDr. Katrin Vogel\nProgramme Officer, Section 42 – South America\n"
        "DAAD, Bonn\nvogel@example.org\n",
        "Katrin Vogel",
        "Programme Officer, Section 42 – South America",
    ),
    (
        "Contacts\nMtra. Lucía Ramos Ortega\n"
        "Head of Bilateral Cooperation, Directorate of International Affairs\n"
        "Ministry of Science, Mexico City\nramos@example.org\n",
        "Lucía Ramos Ortega",
        "Head of Bilateral Cooperation, Directorate of International Affairs",
    ),
    (
        "Enquiries\nLic. Juan Pérez Soto\nDirector of International Relations\nCONICET, Buenos Aires\n",
        "Juan Pérez Soto",
        "Director of International Relations",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), CONTACTS)
def test_a_contact_card_with_an_honorific(extract: Extract, text: str, name: str, role: str) -> None:
    assert person_named(extract(text), name)["role"] == role


FULLER = [
    (
        "# Address by Minister Ewa Nowicka\n\n"
        "Speaker: Ewa Nowicka, Minister of Science of the Republic of Poland\n",
        "Ewa Nowicka",
        "Minister of Science of the Republic of Poland",
    ),
    (
        "Ambassador Ana Silva arrived on Monday. "
        "Ana Silva, Ambassador of Brazil to Japan, said the talks went well.",
        "Ana Silva",
        "Ambassador of Brazil to Japan",
    ),
    (
        "Prof. Eva Lind spoke first. Eva Lind, Dean of Engineering at Lund University, agreed.",
        "Eva Lind",
        "Dean of Engineering at Lund University",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), FULLER)
def test_a_fuller_title_replaces_a_bare_one(extract: Extract, text: str, name: str, role: str) -> None:
    assert person_named(extract(text), name)["role"] == role


def test_a_different_later_role_does_not_replace_a_title(extract: Extract) -> None:
    text = "Minister Jan Kowal opened the forum. Jan Kowal, a chemist by training, spoke about hydrogen."
    assert person_named(extract(text), "Jan Kowal")["role"] == "Minister"


@pytest.mark.parametrize(
    ("written", "name"),
    [("Kang Min-jae", "Min-jae Kang"), ("Choi Hyun-woo", "Hyun-woo Choi"), ("Lim Seo-yeon", "Seo-yeon Lim")],
)
def test_a_family_first_name_is_written_given_family_with_its_form_as_alias(
    extract: Extract, written: str, name: str
) -> None:
    text = f"Korea's Vice Minister of Science and ICT {written} opened the forum in Seoul on 3 June 2025."
    people = people_by_name(extract(text))
    assert written in people[name]["aliases"]
