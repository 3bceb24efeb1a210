"""Organisations named in lists, units named after their parent's acronym, and acronyms from
another language defined by an English long form, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _names(record: dict[str, Any]) -> dict[str, list[str]]:
    """Each organisation's name with its aliases."""
    return {o["name"]: list(o.get("aliases") or []) for o in record.get("organizations", [])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The members include Kasetsart University,\nSilpakorn University, Khon Kaen University "
            "and Prince of Songkla University.",
            {"Kasetsart University", "Silpakorn University", "Khon Kaen University"},
        ),
        (
            "Earlier partners include the University of Lagos, Obafemi Awolowo University and the "
            "Liverpool School of Tropical Medicine (LSTM), which began work in 2019.",
            {"University of Lagos", "Obafemi Awolowo University", "Liverpool School of Tropical Medicine"},
        ),
        (
            "The partners are Ghent University, KU Leuven,\nthe University of Liège and INSA Toulouse.",
            {"Ghent University", "University of Liège", "INSA Toulouse"},
        ),
    ],
)
def test_a_list_of_names_each_with_its_head_is_several_organisations(
    extract: Extract, text: str, expected: set[str]
) -> None:
    names = _names(extract(text))
    assert expected <= set(names)
    for aliases in names.values():
        assert not any("," in alias or " and " in alias for alias in aliases)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Education, Culture, Sports, Science and Technology met the delegation.",
        "The Department of Industry, Science and Resources (DISR) signed the letter.",
    ],
)
def test_fields_after_a_comma_stay_in_the_name(extract: Extract, text: str) -> None:
    assert any("," in name for name in _names(extract(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Venue: Ministry of Science, Technology and Innovation, Avenida dos Andes, Brasília\n"
         "Record circulated: 2 July 2024", "Ministry of Science, Technology and Innovation"),
        ("The Department of Industry, Science and Resources, Canberra, hosted the talks with India.",
         "Department of Industry, Science and Resources"),
    ],
)
def test_a_comma_after_the_closing_and_ends_the_name(extract: Extract, text: str, name: str) -> None:
    """ "and" closed the list of fields: what follows another comma is an address or a place."""
    assert name in _names(extract(text))


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Data will be shared with the CSIR–Institute of Minerals and Materials\nTechnology "
            "(CSIR-IMMT) in Bhubaneswar.",
            "CSIR–Institute of Minerals and Materials Technology",
            "CSIR-IMMT",
        ),
        (
            "Samples go to the CSIR - Institute of Himalayan Bioresource Technology (CSIR-IHBT).",
            "Institute of Himalayan Bioresource Technology",
            "CSIR-IHBT",
        ),
    ],
)
def test_a_unit_named_after_its_parent_acronym_is_the_unit(
    extract: Extract, text: str, name: str, acronym: str
) -> None:
    names = _names(extract(text))
    unit = [n for n, aliases in names.items() if acronym in aliases]
    assert len(unit) == 1
    assert name in " ".join(unit[0].split()) or name in names[unit[0]]
    assert "Council of Scientific and Industrial Research" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Chile's National Research and Development Agency (ANID) will open a call in 2027.",
        "The National Research and Development Agency (ANID) of Chile will open a call in 2027.",
    ],
)
def test_an_english_long_form_of_a_known_acronym_is_one_organisation(extract: Extract, text: str) -> None:
    names = _names(extract(text))
    holders = [n for n, aliases in names.items() if "ANID" in aliases or n == "ANID"]
    assert len(holders) == 1
    english = "National Research and Development Agency"
    assert english == holders[0] or english in names[holders[0]]
    assert english not in names or holders[0] == english


@pytest.mark.parametrize(
    ("text", "acronym", "country"),
    [
        (
            "Australia will share survey data with the CSIR–Institute of Minerals and Materials "
            "Technology (CSIR-IMMT) in Bhubaneswar.",
            "CSIR-IMMT",
            "IN",
        ),
        (
            "Japan will fund a new laboratory at the ICAR-Central Institute for Cotton Research "
            "(ICAR-CICR) in Nagpur.",
            "ICAR-CICR",
            "IN",
        ),
    ],
)
def test_the_seat_named_after_a_body_gives_its_country(
    extract: Extract, text: str, acronym: str, country: str
) -> None:
    bodies = [o for o in extract(text)["organizations"] if acronym in (o.get("aliases") or [])]
    assert [o.get("country") for o in bodies] == [country]


def test_an_acronym_with_its_city_listed_after_a_name_is_an_organisation(extract: Extract) -> None:
    record = extract("On the French side the members are the University of Lille and INSA Rennes.")
    countries = {o["name"]: o.get("country") for o in record["organizations"]}
    assert countries.get("INSA Rennes") == "FR"
    assert "University of Lille and INSA Rennes" not in countries


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Japan and Sweden agreed on 3 May 2026 that Kobe University and Toyota will build a test bed.",
         "Kobe University"),
        ("Seoul National University and Samsung Electronics signed a memorandum with Sweden.",
         "Seoul National University"),
        ("The University of California, Berkeley and Japan signed a letter.",
         "University of California, Berkeley"),
        ("The Korea Institute of Science and Technology and Sweden met in Seoul.",
         "Korea Institute of Science and Technology"),
    ],
)
def test_a_partner_after_and_is_no_part_of_the_name(extract: Extract, text: str, name: str) -> None:
    """A body with its head, then "and" and a company with no head or a place: two parties."""
    assert name in _names(extract(text))


@pytest.mark.parametrize(
    "name", ["Wageningen University and Research", "Ministry of Economy, Trade and Industry"]
)
def test_a_field_after_and_stays_in_the_name(extract: Extract, name: str) -> None:
    assert name in _names(extract(f"The {name} and Japan met in Tokyo on 3 May 2026."))
