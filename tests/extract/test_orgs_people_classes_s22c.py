"""Organisations, people and amounts, session 22 round 1 (helper c). Sentences our own.

1. Amounts: a currency word that several countries share ("shillings") follows the country named
   close before it, else the country the page names most, not one named once further back in a
   list ("researchers from Kenya, Uganda and Tanzania ..."); the country's own name before the
   word ("Uganda shillings", also broken across a line) names the currency.
2. Organisations: a body named "X of <another body>" ("University of Chinese Academy of Sciences",
   "Institute of Physics of the Czech Academy of Sciences") is not the same organisation as the body
   it is of, when both are named (`_suffix_name`, `_nested_in`).
3. Organisations: a city that alone fills a bracket right after a body's name is its seat and gives
   its country ("Galilee Water Systems Ltd. (Haifa)" on a Canadian page; `_bracketed_seat`).
4. People: a "name" holding the head of a city, port or garden ("King Abdullah City for ...",
   "Wuhan Botanical Garden") or of a military unit ("Kagnew Battalion") is no person (roles.yaml
   `place_heads`, `body_words`).
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names, person_names

FILLER = "The partners also discussed training, data sharing and the next steps of the work. " * 4

AMOUNT_CASES = [  # (text, (value, currency) expected)
    pytest.param(
        "Kenya and China opened a research centre in Nairobi. About 60 researchers from Kenya, China, "
        "Ethiopia and Uganda joined a workshop.\n\n" + FILLER + "\n\nKenya's transport ministry said the "
        "Kenyan highway will cost about 90 billion shillings, Kenya's largest road project.",
        (90_000_000_000, "KES"),
        id="Kenyan page, Uganda named once far back",
    ),
    pytest.param(
        "Tanzania and India signed a health agreement in Dodoma. Experts from Tanzania, India, Kenya and "
        "Rwanda attended.\n\n" + FILLER + "\n\nTanzania will spend 40 billion shillings on the new "
        "hospital in Dodoma, Tanzania's health minister said.",
        (40_000_000_000, "TZS"),
        id="Tanzanian page, Kenya named once far back",
    ),
    pytest.param(
        "Kenya and Uganda met in Nairobi. Kenya hosted the talks; Kenya and Japan also spoke.\n\n"
        "Uganda will contribute 5 billion shillings to the joint fund.",
        (5_000_000_000, "UGX"),
        id="country named in the same sentence decides",
    ),
    pytest.param(
        "Makerere University and NTNU renewed their partnership. Each fellowship is worth about 300 "
        "million Uganda\nshillings over four years.",
        (300_000_000, "UGX"),
        id="Uganda shillings across a line",
    ),
    pytest.param(
        "Zanzibar's government and Oman agreed on marine research. The project costs 3 billion "
        "Tanzania shillings.",
        (3_000_000_000, "TZS"),
        id="Tanzania shillings",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_CASES)
def test_shared_currency_word(extract: Extract, text: str, expected: tuple[int, str]) -> None:
    amounts = {(a["value"], a["currency"]) for a in extract(text)["amounts"]}
    assert expected in amounts, amounts


BODY_OF_BODY_CASES = [  # (text, names expected to be two organisations)
    pytest.param(
        "Students will study on scholarships from the University of Chinese Academy of Sciences (UCAS). "
        "The Chinese Academy of Sciences (CAS) runs more than 100 institutes.",
        ("University of Chinese Academy of Sciences", "Chinese Academy of Sciences"),
        id="university of an academy",
    ),
    pytest.param(
        "The Czech Academy of Sciences signed the agreement in Prague. Researchers of the Institute of "
        "Physics of the Czech Academy of Sciences will lead the laser work.",
        ("Institute of Physics of the Czech Academy of Sciences", "Czech Academy of Sciences"),
        id="institute of an academy",
    ),
    pytest.param(
        "The Polish Academy of Sciences and Japan's JSPS renewed their exchange. The Institute of "
        "Geophysics of the Polish Academy of Sciences hosts two Japanese fellows.",
        ("Institute of Geophysics", "Polish Academy of Sciences"),  # (the registry's names for it)
        id="Polish institute of an academy",
    ),
]


@pytest.mark.parametrize(("text", "names"), BODY_OF_BODY_CASES)
def test_body_of_another_body_kept_apart(extract: Extract, text: str, names: tuple[str, str]) -> None:
    record = extract(text)
    groups = [{o["name"], *(o.get("aliases") or [])} for o in record["organizations"]]
    outer, inner = names
    assert outer in org_names(record) and inner in org_names(record), groups
    assert not any(outer in g and inner in g for g in groups), groups


NOT_PEOPLE_CASES = [  # (text, word that must be in no person's name)
    pytest.param(
        "Saudi Arabia's King Abdullah City for Atomic and Renewable Energy and Korea's KAERI signed an "
        "agreement on Monday.",
        "City",
        id="King X City for",
    ),
    pytest.param(
        "Kenya and China opened a joint laboratory. Its Chinese side is run by the Wuhan Botanical "
        "Garden of CAS.",
        "Garden",
        id="botanical garden",
    ),
    pytest.param(
        "Pakistan and China agreed to expand Gwadar Port and to train engineers in Karachi.",
        "Port",
        id="port",
    ),
    pytest.param(
        "Veterans of the Kagnew Battalion met the Korean ambassador in Addis Ababa on Monday.",
        "Battalion",
        id="battalion",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE_CASES)
def test_place_or_unit_is_no_person(extract: Extract, text: str, word: str) -> None:
    names = person_names(extract(text))
    assert not any(word in name.split() for name in names), names


SEAT_CASES = [  # (text, organisation, country expected)
    pytest.param(
        "Canada and Israel fund joint industrial projects.\n\n- AquaNet: Lakeshore Filtration Inc. "
        "(Winnipeg) and Negev Membranes Ltd. (Haifa) build a water recycling unit.\n",
        "Negev Membranes Ltd.",
        "IL",
        id="Israeli firm on a Canadian page",
    ),
    pytest.param(
        "Canada and Israel fund joint industrial projects.\n\n- AquaNet: Lakeshore Filtration Inc. "
        "(Winnipeg) and Negev Membranes Ltd. (Haifa) build a water recycling unit.\n",
        "Lakeshore Filtration Inc.",
        "CA",
        id="Canadian firm",
    ),
    pytest.param(
        "Thailand and Sweden agreed on joint research. The partners are Siam Sensor Materials Co., Ltd. "
        "(Chiang Mai) and Nordic Optics AB (Lund).",
        "Nordic Optics AB",
        "SE",
        id="Swedish firm in a sentence",
    ),
    pytest.param(
        "Lithuania and Taiwan signed five deals.\n\n| Date | Partners |\n|---|---|\n| 29 Oct | Baltic "
        "Lasers UAB – Formosa Photonics Co., Ltd. (Hsinchu) |\n",
        "Formosa Photonics Co., Ltd.",
        "TW",
        id="Taiwanese firm in a table",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), SEAT_CASES)
def test_bracketed_seat_country(extract: Extract, text: str, name: str, country: str) -> None:
    found = {o["name"]: o.get("country") for o in extract(text)["organizations"]}
    assert found.get(name) == country, found
