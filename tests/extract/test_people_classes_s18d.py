"""People classes of session 18, round 1 (helper d). Texts of our own.

1. A contact entry that names the body a person answers for before a colon, after a bullet or
   not ("ASRT: Eng. NAME, Grants Office – x@y", "- FAPESP: NAME, International Office"), under a
   label alone on its line (a Markdown heading too, a blank line after it or not): the person's
   role is the unit after the comma, without the e-mail address set off by a dash, and their
   country the body's (people `contact_entries`, `_entry_person`).
2. Capitalised words read as a name only inside a programme's name ("scientists in NRF's Brain
   Pool programme") are the programme's, no person (people `_inside_programme`); a person named
   outside the programme stays.
"""

from __future__ import annotations

import pytest

from .records import Extract, roles_by_name

CONTACT_BODY = [  # (text, {name: (role, country)})
    pytest.param(
        "Egypt and Italy open a joint call on water research.\n\nContacts\n\n"
        "ASRT: Eng. Karim Nabil Hassan, Research Grants Office – grants@asrt.sci.eg\n"
        "CNR: Dr Giulia Fabbri, Office for International Affairs – estero@cnr.it\n",
        {
            "Karim Nabil Hassan": ("Research Grants Office", "EG"),
            "Giulia Fabbri": ("Office for International Affairs", "IT"),
        },
        id="body and colon, a blank line after the label",
    ),
    pytest.param(
        "Norway and Brazil open a joint call on ocean research.\n\n## Contacts\n\n"
        "- FAPESP: Lucia Andrade Prado, Office of International Relations\n"
        "- Research Council of Norway: Senior Adviser Eirik Holm Sande\n",
        {
            "Lucia Andrade Prado": ("Office of International Relations", "BR"),
            "Eirik Holm Sande": ("Senior Adviser", "NO"),
        },
        id="a Markdown heading and bullets",
    ),
    pytest.param(
        "Japan and Chile open a joint call on astronomy.\nContact\n"
        "JST: Dr. Haruka Mori, Department of International Affairs — intl@jst.go.jp\n",
        {"Haruka Mori": ("Department of International Affairs", "JP")},
        id="no blank line and an em dash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTACT_BODY)
def test_a_contact_entry_led_by_its_body(
    extract: Extract, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    record = extract(text, published="2025-10-16")
    roles = roles_by_name(record)
    countries = {p["name"]: p.get("country") for p in record["people"]}
    for name, (role, country) in expected.items():
        assert (roles.get(name), countries.get(name)) == (role, country), name


INSIDE_PROGRAMME = [  # (text, the names of the record's people)
    pytest.param(
        "Korea will reserve places for Vietnamese researchers in NRF's Brain Pool programme.",
        [],
        id="researchers in a funder's programme",
    ),
    pytest.param(
        "France will host young scientists from Chile in CNRS's Silver Lining programme.",
        [],
        id="another programme after a role noun",
    ),
    pytest.param(
        "Minister Ana Ruiz of Spain opened the Ana Ruiz Fellowship programme in Madrid with Chile.",
        ["Ana Ruiz"],
        id="a person named outside the programme too",
    ),
]


@pytest.mark.parametrize(("text", "names"), INSIDE_PROGRAMME)
def test_no_person_inside_a_programme_name(extract: Extract, text: str, names: list[str]) -> None:
    record = extract(text, published="2025-10-16")
    assert sorted(p["name"] for p in record["people"]) == names
