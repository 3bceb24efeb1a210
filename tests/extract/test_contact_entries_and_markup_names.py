"""People: classes of wording seen across several sets of documents by different writers.

- A labelled contact block, whatever its layout (entries on lines of their own, or inline and set
  apart by ";"; the unit after a comma or on the next line): each entry that starts with a name is a
  person, and the title or the unit or desk they answer for is their role. A title before a comma
  ("Special Adviser, Section ...") is no name.
- A name in markdown bold or italics whose honorific ends with a period ("**Dr. Anjali Rao**"): the
  sentence does not end after the honorific.
- Company suffixes and office heads ("Limited", "GmbH", "Hub") end an organisation's name, never a
  person's.
- A sentence-opening adverb ("Later the Council ...") is no part of an organisation's name.

Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract, org_names, people_by_name, person_names


def _role_has(role: str | None, words: list[str]) -> bool:
    return role is not None and all(w in role for w in words)


def _assert_person_role(record: dict[str, Any], name: str, role_words: list[str]) -> None:
    """The record has the person `name`, with a role holding one of `role_words`."""
    people = people_by_name(record)
    assert name in people, f"{name!r} not in {sorted(people)}"
    assert _role_has(people[name]["role"], role_words), people[name]["role"]


@pytest.mark.parametrize(
    ("text", "name", "role_words"),
    [
        (  # label line, then "name, unit, body, city" on one line
            "The new observatory opens in May.\n\nMedia contact:\n"
            "Greta Lindholm, Press Office, SMHI, Norrköping\n",
            "Greta Lindholm",
            ["Press Office"],
        ),
        (  # label line, a name alone, the unit on the next line, then no details
            "The call closes in June.\n\nPress contact:\nTomasz Zielinski\nCommunications Unit, "
            "National Science Centre\n",
            "Tomasz Zielinski",
            ["Communications Unit"],
        ),
        (  # a bare heading, per-country sub-labels, name / unit / e-mail lines
            "The call is open.\n\nContacts\nIn Peru\nLucia Quispe Rojas\nInternational Relations Office\n"
            "office@example.pe\nIn Austria\nDr. Florian Gruber\nDivision III/7 – Latin America\n"
            "fg@example.at\n",
            "Florian Gruber",
            ["Division", "Latin America"],
        ),
        (  # inline after the label, entries apart by ";", the second entry's role on the next line
            "Applications close on 3 March.\nContacts: Dr. SATO Hiroshi, Overseas Programs Division, "
            "JSPS, Tokyo; Prof. Ana Costa,\nScientific Officer, Europe Desk, FCT, Lisbon.\n",
            "Hiroshi Sato",
            ["Overseas Programs Division"],
        ),
        (
            "Applications close on 3 March.\nContacts: Dr. SATO Hiroshi, Overseas Programs Division, "
            "JSPS, Tokyo; Prof. Ana Costa,\nScientific Officer, Europe Desk, FCT, Lisbon.\n",
            "Ana Costa",
            ["Scientific Officer"],
        ),
        (  # "For further information, please contact:" and a name with its desk
            "The results follow in July.\n\nFor further information, please contact:\n"
            "Kwame Mensah, Africa Desk, Research Council of Norway\n",
            "Kwame Mensah",
            ["Africa Desk"],
        ),
    ],
)
def test_contact_entry_role_is_title_or_unit(
    extract: Extract, text: str, name: str, role_words: list[str]
) -> None:
    _assert_person_role(extract(text), name, role_words)


@pytest.mark.parametrize(
    "text",
    [
        # a title before the unit on the line after a name is not a second person
        "The call opens in March.\n\nContact\nIngrid Dahl\nSenior Adviser, Section for Marine Research\n"
        "id@example.no\n",
        "The call opens in March.\n\nContact\nPiet de Vries\nPolicy Officer, Unit for Space Research\n"
        "tel. +31 70 000 0000\n",
    ],
)
def test_title_before_a_unit_is_no_name(extract: Extract, text: str) -> None:
    names = person_names(extract(text))
    assert not any(n.startswith(("Senior", "Policy")) for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "Contact between the two agencies began in 2019.\nThe Ministry of Energy and the agency met.\n",
        "The call is open.\n\nContacts:\nMinistry of Higher Education, Rabat\nwww.example.ma\n",
        "The call is open.\n\nFurther information:\nNational Research Foundation; Pretoria\n",
    ],
)
def test_contact_block_without_a_name_finds_nobody(extract: Extract, text: str) -> None:
    assert person_names(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "role_words"),
    [
        (
            "The meeting was chaired by the Secretary of the Department of Biotechnology, "
            "**Dr. Kavya Iyer**, in New Delhi.",
            "Kavya Iyer",
            ["Secretary"],
        ),
        (
            "The lab was opened by Kenya's Cabinet Secretary for Education, **Prof. Otieno Wafula**, "
            "and the ambassador.",
            "Otieno Wafula",
            ["Cabinet Secretary"],
        ),
        (
            "Talks were held with the Minister of Fisheries, *Dr. Amadou Diallo*, on licences.",
            "Amadou Diallo",
            ["Minister of Fisheries"],
        ),
        (
            "The agreement was signed by the rector, **Mr. Jorge Salinas**, on Monday.",
            "Jorge Salinas",
            ["rector"],
        ),
    ],
)
def test_honorific_inside_markup_keeps_the_sentence(
    extract: Extract, text: str, name: str, role_words: list[str]
) -> None:
    _assert_person_role(extract(text), name, role_words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Professor Liam Byrne, Chief Executive Officer of Astronomy Australia Limited, spoke first.",
            "Liam Byrne",
        ),
        (
            "Osman Kaya, Head of the Ankara Regional Hub of the Islamic Development Bank, said it was large.",
            "Osman Kaya",
        ),
        ("Hans Weber, CEO of Rhein Photonics GmbH, said the line would open in 2027.", "Hans Weber"),
        ("Maria Lopez, Managing Director of Andes Solar Holdings, welcomed the deal.", "Maria Lopez"),
    ],
)
def test_company_suffix_is_no_name_word(extract: Extract, text: str, name: str) -> None:
    assert person_names(extract(text)) == [name]


@pytest.mark.parametrize(
    ("sentence", "bad"),
    [
        ("Later the Research Council announced a joint call.", "Later the Research Council"),
        ("Earlier the Korea Institute of Science and Technology had hosted a seminar.", "Earlier the Korea"),
        ("Afterwards the Swedish Research Council opened an office.", "Afterwards the Swedish"),
        ("Meanwhile the Swedish Institute published a report.", "Meanwhile the Swedish"),
        ("Subsequently the Ministry of Science and ICT confirmed the plan.", "Subsequently the Ministry"),
        ("Yesterday the Swedish Institute agreed.", "Yesterday the Swedish"),
    ],
)
def test_opening_adverb_is_no_part_of_an_organisation(extract: Extract, sentence: str, bad: str) -> None:
    text = (
        "The Korea Institute of Science and Technology met the Swedish Research Council and the "
        "Swedish Institute in Seoul. " + sentence
    )
    names = org_names(extract(text))
    assert not any(n.startswith(bad.split()[0]) for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The call is open.\n\nMedia contact:\n"
            "Eva Holm, Press Office, Uppsala University, tel. +46 18 000 000\n",
            "Eva Holm",
        ),
        ("Enquiries: Ms Nadia Haddad, Grants Unit (nadia.haddad@example.org)\n", "Nadia Haddad"),
        (
            "Contacts: Dr. Pablo Vidal, Chile Desk, www.example.cl; "
            "Dr. Ines Roth, Chile Desk, +49 228 0000\n",
            "Ines Roth",
        ),
    ],
)
def test_contact_entry_role_stops_before_details(extract: Extract, text: str, name: str) -> None:
    role = people_by_name(extract(text))[name]["role"]
    assert role is not None and role.split(",")[0].strip().endswith(("Office", "Unit", "Desk")), role
    assert not any(c in role for c in "@+") and "www" not in role, role
