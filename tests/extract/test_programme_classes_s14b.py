"""Programmes, cross-set round 14b. Classes, all sentences our own:

1. An emphasised name before its acronym's bracket ("*Programa de Apoyo a la Ciencia* (PAC)",
   "**Lima–Leeds Doctoral Programme in Soil Science** (LLDP)") is defined by it: the marks are no
   part of the long form, and a programme's long form keeps its kind.
2. An acronym's long form that opens with the word for programme or project in a language that
   puts the noun first ("Programma ...", "Proyecto ...") names a programme.
3. An owner's acronym before a name ("IBSA Tri-Nation Research Programme") and the same name
   alone later ("the Tri-Nation Research Programme") are one programme.
4. A facts box's row labelled "Programme" / "Funding programme" names the programme ("| Programme |
   NORDSKOG – Northern Forests and Climate |"); a table's header row does not.
5. What a call is said to be part of is a programme, whatever its last word ("The call is part of
   the German-Chilean Solar Technology Cooperation").
6. An acronym defined in a heading in capitals by a programme's long form ("... PARTNERSHIP
   (KSDFTP)") is a programme, its long form in ordinary capitalisation among its names."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

EMPHASISED_DEFINITIONS = [  # (text, acronym, long form)
    (
        "- Peruvian partners apply through CONCYTEC's *Programa de Apoyo a la Ciencia* (PAC) for up "
        "to PEN 400,000 per project.\n",
        "PAC",
        "Programa de Apoyo a la Ciencia",
    ),
    (
        "The **Lima–Leeds Doctoral Programme in Soil Science** (LLDP) is aimed at researchers who "
        "want to study soil carbon in the Andes.\n",
        "LLDP",
        "Lima–Leeds Doctoral Programme in Soil Science",
    ),
    (
        "Officials visited the *Project for Drought-Tolerant Maize Seed Systems in Zambia* (DTMZ) "
        "near Lusaka.\n",
        "DTMZ",
        "Project for Drought-Tolerant Maize Seed Systems in Zambia",
    ),
]


@pytest.mark.parametrize(("text", "short", "long"), EMPHASISED_DEFINITIONS)
def test_an_emphasised_long_form_before_its_acronym(
    extract: Extract, text: str, short: str, long: str
) -> None:
    names = programme_names(extract(text))
    assert {short, long} <= names, names
    assert not any("*" in n for n in names), names


FOREIGN_HEADS = [  # (text, acronym, long form)
    (
        "Italian teams are funded through the Programma di Ricerca Polare Artica (PRPA) of the ministry.\n",
        "PRPA",
        "Programma di Ricerca Polare Artica",
    ),
    (
        "The two institutes run the Proyecto Andino de Glaciares Tropicales (PAGT) together.\n",
        "PAGT",
        "Proyecto Andino de Glaciares Tropicales",
    ),
]


@pytest.mark.parametrize(("text", "short", "long"), FOREIGN_HEADS)
def test_a_programme_word_of_another_language(extract: Extract, text: str, short: str, long: str) -> None:
    names = programme_names(extract(text))
    assert {short, long} <= names, names


def test_an_owners_acronym_before_a_name_given_alone_later(extract: Extract) -> None:
    text = (
        "The three governments used the meeting to launch the BRAZ Tri-Nation Ocean\n"
        "Programme (TOP), the first jointly financed programme of the grouping.\n\n"
        "## 2. The Tri-Nation Ocean Programme\n\n"
        "The programme will fund joint cruises from 2027.\n"
    )
    programs = extract(text)["programs"]
    assert len(programs) == 1, programs


LABELLED_ROWS = [  # (text, a name, an alias or None)
    (
        "Joint Norway–Peru research projects on mountain forests 2026\n"
        "| Application type | Collaborative Project |\n|---|---|\n"
        "| Programme | NORDSKOG – Northern Forests and Climate |\n"
        "| Application deadline | 4 March 2027, 13:00 CET |\n",
        "NORDSKOG",
        "NORDSKOG – Northern Forests and Climate",
    ),
    (
        "# UK–Peru Joint Research Call: Landslide Resilience\n\n"
        "**Funding programme:** Andean Resilience Partnerships Fund (ARPF)\n"
        "**Closing date:** 7 October 2026, 16:00 UK time\n",
        "Andean Resilience Partnerships Fund",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "alias"), LABELLED_ROWS)
def test_a_labelled_row_names_the_programme(
    extract: Extract, text: str, name: str, alias: str | None
) -> None:
    names = programme_names(extract(text, published="2026-09-01"))
    assert name in names, names
    if alias:
        assert alias in names, names


def test_a_header_row_names_no_programme(extract: Extract) -> None:
    text = (
        "| Programme | Lead agency | Role in the region |\n|---|---|---|\n"
        "| Polar Bridges Initiative | NIPR | joint cruises |\n"
    )
    names = programme_names(extract(text))
    assert "Lead agency" not in names, names


def test_what_a_call_is_part_of_is_a_programme(extract: Extract) -> None:
    text = (
        "The Federal Ministry of Research and the Chilean agency ANID invite consortia from both "
        "countries to submit joint projects on solar heat. The call is part of the German-Chilean "
        "Solar Technology Cooperation, which the two sides have run since 1998. Pre-proposals must "
        "be submitted by 16 April 2027.\n"
    )
    record = extract(text, published="2027-01-10")
    assert "German-Chilean Solar Technology Cooperation" in programme_names(record), record["programs"]
    assert [c.get("program") for c in record["calls"]] == ["German-Chilean Solar Technology Cooperation"]


def test_a_programme_defined_in_a_capitals_heading(extract: Extract) -> None:
    text = (
        "KENYA-SWEDEN DRYLAND FORESTRY AND TEACHING PARTNERSHIP (KSDFTP)\n"
        "Annual Report 2026\n\n"
        "2026 was the first full year of KSDFTP, the partnership that links two universities in\n"
        "Nairobi and Umea.\n"
    )
    names = programme_names(extract(text))
    assert {"KSDFTP", "Kenya-Sweden Dryland Forestry and Teaching Partnership"} <= names, names
