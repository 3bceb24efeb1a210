"""Forms of a person's name and of their role that the sentence patterns read: a middle initial,
a particle ("bin", "ibn"), post-nominal letters, more honorifics, a title of two words that is no
name, a title "to PLACE" before an honorific, a relative clause as a role, and a second mention
by the given names alone. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, person_named, person_names

# (text, the only person, words their role holds)
ONE_PERSON = [
    # a middle initial inside the name
    (
        "Questions go to Laura J. Fenwick, Program Director, Office of Polar Programs, at the agency.",
        "Laura J. Fenwick",
        "Program Director",
    ),
    (
        "The panel is chaired by Dr. Omar K. Haddad, Senior Scientist at the Water Institute.",
        "Omar K. Haddad",
        "Senior Scientist",
    ),
    # particles between the name words, and an honorific with a period ("Eng.")
    (
        "His Excellency Eng. Khalid bin Saud Al-Qahtani, Deputy Minister of Water, opened the forum.",
        "Khalid bin Saud Al-Qahtani",
        "Deputy Minister of Water",
    ),
    (
        "The grant was announced by Dr. Yusuf ibn Tariq Al-Mansour, Director of the Desert Research Centre.",
        "Yusuf ibn Tariq Al-Mansour",
        "Director of the Desert Research Centre",
    ),
    (
        "Write to Daniel R. J. Okoro, Program Officer, Division of Earth Sciences.",
        "Daniel R. J. Okoro",
        "Program Officer",
    ),
    (
        "European Commission President Ursula von der Leyen said the pact was overdue.",
        "Ursula von der Leyen",
        "President",
    ),
    (
        "Dr. Ana Lucía de la Torre, Rector of the university, said the network would grow.",
        "Ana Lucía de la Torre",
        "Rector",
    ),
    (
        "The fund was opened by Sheikh Hamdan bin Zayed Al Nahyan, Ruler of Abu Dhabi.",
        "Hamdan bin Zayed Al Nahyan",
        "Ruler of Abu Dhabi",
    ),
    (
        "Prince Faisal al-Saud, Chairman of the Research Council, welcomed them.",
        "Faisal al-Saud",
        "Chairman of the Research Council",
    ),
    # Malay honorifics and a patronymic
    (
        "The host was YB Tuan Hafiz Rahman bin Yusof, Minister of Digital Affairs of Malaysia.",
        "Hafiz Rahman bin Yusof",
        "Minister of Digital Affairs",
    ),
    (
        "Datuk Siti Hajar binti Osman, Chairperson of the Space Agency, welcomed the delegates.",
        "Siti Hajar binti Osman",
        "Chairperson of the Space Agency",
    ),
    # post-nominal letters are no part of the name, and the role after them is read
    (
        "The Hon. Megan Clarke MP, Minister for Resources of Canada, spoke first.",
        "Megan Clarke",
        "Minister for Resources",
    ),
    (
        "Sir Alan Whitby FRS, President of the Society, chaired the session.",
        "Alan Whitby",
        "President of the Society",
    ),
    # a title of two words right after the name is a role, not a second person
    (
        "Professor Ingrid Solberg, Pro Vice-Chancellor for Research at Bergen University, signed it.",
        "Ingrid Solberg",
        "Pro Vice-Chancellor",
    ),
    # more role titles
    (
        "Dr. Marco Weber, Scientific Officer, Project Management Agency, answers questions.",
        "Marco Weber",
        "Scientific Officer",
    ),
    (
        "Press contact: Hanna Lindqvist, Communications Officer, School of Engineering.",
        "Hanna Lindqvist",
        "Communications Officer",
    ),
    (
        "The letter was signed by Dr. PARK Ji-hoon, Deputy Administrator of the space agency.",
        "Ji-hoon Park",
        "Deputy Administrator",
    ),
    # a lower-case role and a relative clause after it
    (
        "Dr. Amara Diallo, a postdoctoral researcher in soil science at Leeds who grew up in Dakar, "
        "will lead it.",
        "Amara Diallo",
        "postdoctoral researcher",
    ),
    (
        "Not all were pleased. Ibrahima Ndoye, who heads a growers' cooperative near Thiès, "
        "said the quota was low.",
        "Ibrahima Ndoye",
        "heads a growers' cooperative",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ONE_PERSON)
def test_one_person_with_the_name_and_role_as_written(
    extract: Extract, text: str, name: str, role: str
) -> None:
    record = extract(text)
    person = person_named(record, name)
    assert len(record["people"]) == 1, person_names(record)
    assert role in (person["role"] or "")


# "TITLE to PLACE Dr NAME": the title, its place and the name (the honorific in neither)
TITLE_TO_PLACE = [
    (
        "The minister was joined by Australian High Commissioner to India Dr Helen Marsh.",
        "Helen Marsh",
        "High Commissioner to India",
    ),
    (
        "Also present was French Ambassador to Kenya Mr Laurent Dubois.",
        "Laurent Dubois",
        "Ambassador to Kenya",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), TITLE_TO_PLACE)
def test_title_to_a_place_then_an_honorific_and_the_name(
    extract: Extract, text: str, name: str, role: str
) -> None:
    person = person_named(extract(text), name)
    assert role in (person["role"] or "")
    assert not (person["role"] or "").endswith(("Dr", "Mr"))


def test_an_honorific_after_a_long_portfolio_starts_the_name(extract: Extract) -> None:
    record = extract(
        "The visit was led by State Secretary for Energy, Industry and Mining Dr. Petra Keller, "
        "who met the rector."
    )
    role = person_named(record, "Petra Keller")["role"] or ""
    assert role.startswith("State Secretary for Energy, Industry and Mining")
    assert "Dr" not in role


@pytest.mark.parametrize(
    ("text", "name", "role_start"),
    [
        (
            "Hosted by Ms. Ana Ruiz, Minister of Science and Innovation, and His Excellency "
            "Omar Haddad, Minister of Higher Education of Jordan.",
            "Omar Haddad",
            "Minister of Higher Education",
        ),
        (
            "Hosted by Ms. Ana Ruiz, Minister of Science and Innovation, and The Hon. Dr. Tom Reid, "
            "Chief Scientist of Australia.",
            "Tom Reid",
            "Chief Scientist",
        ),
    ],
)
def test_an_honorific_after_and_starts_a_new_person_not_a_portfolio(
    extract: Extract, text: str, name: str, role_start: str
) -> None:
    assert (person_named(extract(text), name)["role"] or "").startswith(role_start)


def test_a_new_list_item_after_a_portfolio_is_a_person_of_its_own(extract: Extract) -> None:
    record = extract(
        "It was signed by Dr. Lena Vogt, Chief Executive Officer of the Marine Agency, "
        "and Dr. KIM Soo-jin, Deputy Administrator of the agency."
    )
    kim = person_named(record, "Soo-jin Kim")
    assert (kim["role"] or "").startswith("Deputy Administrator")


# a later mention by the given names alone is the same person
GIVEN_NAMES_AGAIN = [
    (
        "Dr Siti Aminah Yusof, director of the institute, welcomed the deal. "
        '"It is overdue," Dr Siti Aminah said.',
        "Siti Aminah Yusof",
    ),
    (
        "Nurul Huda Kamal, Head of Research at the Institute, spoke. "
        "Nurul Huda later said the plan was sound.",
        "Nurul Huda Kamal",
    ),
]


@pytest.mark.parametrize(("text", "name"), GIVEN_NAMES_AGAIN)
def test_a_second_mention_by_the_given_names_is_the_same_person(
    extract: Extract, text: str, name: str
) -> None:
    record = extract(text)
    assert person_names(record) == [name]


# honorifics that begin ordinary words are not read inside them
@pytest.mark.parametrize(
    "text",
    [
        "Engineering students from Tunisia joined the English course on tuna fisheries.",
        "The Datos portal lists open data from the ministry.",
        "Tourists visited Prince Edward Island last summer, the minister said.",
    ],
)
def test_honorific_letters_inside_words_find_no_one(extract: Extract, text: str) -> None:
    assert extract(text)["people"] == []


# A family name that is also a pronoun ("He") is a name word mid-sentence, where the pronoun
# would be written in lower case: after a given name, or first, right after a role title.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Geneva, Vice Premier Liu He met the trade delegation on 10 May 2025.", "Liu He"),
        ("The talks were led by Vice Premier He Lifeng and two ministers.", "He Lifeng"),
        ("Professor He Jiankui was not invited to the summit in Hong Kong.", "He Jiankui"),
    ],
)
def test_a_family_name_that_is_also_a_pronoun(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text))


def test_the_pronoun_opening_a_sentence_stays_out_of_a_name(extract: Extract) -> None:
    record = extract("Minister Anna Berg met the delegation on Monday. He Said the talks went well.")
    assert person_names(record) == ["Anna Berg"]
