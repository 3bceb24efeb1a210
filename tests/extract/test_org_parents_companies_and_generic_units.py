"""Organisations: an acronym's long form in the text against a registry namesake, "Name and the ORG",
heads of other languages written first, a company named after a company noun, generic units with no
owner, units placed in their parent's country, and international research centres with no country.
Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The UK's Financial Conduct Authority (FCA) signed it. The FCA said so.",
            "Financial Conduct Authority",
            "FCA",
        ),
        (
            "Norway's Havforskningsinstituttet Ocean Lab (HOL) joined. HOL will lead.",
            "Havforskningsinstituttet Ocean Lab",
            "HOL",
        ),
    ],
)
def test_a_long_form_in_the_text_wins_over_a_registry_entry_of_other_words(
    extract: Extract, text: str, name: str, acronym: str
) -> None:
    orgs = orgs_by_name(extract(text))
    named = [o for o in orgs.values() if acronym in (o.get("aliases") or []) or o["name"] == acronym]
    assert all(o["name"] == name for o in named), orgs


def test_a_registry_entry_named_by_its_long_form_is_still_linked(extract: Extract) -> None:
    orgs = orgs_by_name(extract("Germany's Deutsche Forschungsgemeinschaft (DFG) funds it. The DFG said so."))
    assert any("DFG" in (o.get("aliases") or []) and o.get("country") == "DE" for o in orgs.values()), orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The embassy hosted members of Deltares and the Dutch Water Research Institute.",
            {"Dutch Water Research Institute"},
        ),
        ("Rijkswaterstaat and the Netherlands Space Office signed.", {"Netherlands Space Office"}),
    ],
)
def test_a_name_and_the_organisation_are_two(extract: Extract, text: str, expected: set[str]) -> None:
    names = org_names(extract(text))
    assert expected <= names
    assert not any(" and the " in n for n in names)


def test_and_the_inside_a_ministry_name_is_kept(extract: Extract) -> None:
    assert "Ministry of Science and the Arts" in org_names(
        extract("The Ministry of Science and the Arts funds it.")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Rector of Universitas Gadjah Mada (UGM) in Yogyakarta signed.", "Universitas Gadjah Mada"),
        ("Students of Universiti Malaya in Kuala Lumpur took part.", "Universiti Malaya"),
        ("A team from Universidade de Lisboa in Portugal joined.", "Universidade de Lisboa"),
        (
            "The Faculty of Veterinary Medicine of the University of Liège hosts it.",
            "Faculty of Veterinary Medicine",
        ),
    ],
)
def test_heads_that_stand_first(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Bariloche-based state company INVAP will build the platforms.", "INVAP", "AR"),
        ("The Finnish start-up Kvanttori has raised money.", "Kvanttori", "FI"),
        ("The contract went to the Korean shipyard Hanjin, which will deliver in 2027.", "Hanjin", "KR"),
    ],
)
def test_a_company_named_after_a_company_noun(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_company_noun_before_a_title_names_no_company(extract: Extract) -> None:
    names = org_names(extract("The company President Anna Lee and the firm Board met on Monday."))
    assert "President" not in names
    assert "Board" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Office of International Affairs - Press Service\n\nThe two ministries met in Bonn.",
        "Questions go to the International Office or the Office of Public Affairs.",
    ],
)
def test_generic_units_with_no_owner_are_not_organisations(extract: Extract, text: str) -> None:
    names = org_names(extract(text))
    assert not names & {
        "Press Service",
        "Office of International Affairs",
        "International Office",
        "Office of Public Affairs",
    }


def test_a_generic_unit_with_its_owner_in_the_name_is_kept(extract: Extract) -> None:
    names = org_names(extract("The Central Bank of Kenya and the Undip International Office met."))
    assert {"Central Bank of Kenya", "Undip International Office"} <= names


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        (
            "The Faculty of Medicine of the University of Zagreb signed the agreement.",
            "Faculty of Medicine",
            "HR",
        ),
        (
            "For further information contact: Department of International Cooperation, Ministry of "
            "Science and Technology of Viet Nam",
            "Department of International Cooperation",
            "VN",
        ),
        (
            "Universitas Gadjah Mada (UGM) in Yogyakarta, Indonesia, signed. The head of UGM's Center "
            "for Disaster Studies spoke.",
            "Center for Disaster Studies",
            "ID",
        ),
    ],
)
def test_a_unit_takes_the_country_of_its_named_parent(
    extract: Extract, text: str, unit: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert unit in orgs, orgs
    assert orgs[unit]["country"] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The International Livestock Research Institute (ILRI) in Nairobi leads the work with "
            "Kenyan teams.",
            "International Livestock Research Institute",
        ),
        (
            "The International Rice Research Institute (IRRI), based in Los Baños, Philippines, hosts it.",
            "International Rice Research Institute",
        ),
    ],
)
def test_an_international_research_centre_has_no_country(extract: Extract, text: str, name: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] is None


def test_hm_treasury_is_a_uk_body(extract: Extract) -> None:
    orgs = orgs_by_name(extract("From: HM Treasury and the Department for Business and Trade."))
    assert orgs["HM Treasury"]["country"] == "GB"
