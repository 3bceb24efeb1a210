"""Session 16 grammar probes (round n) on organisations: companies listed after a plural company
noun ("companies, including A, B and C", "firms such as A and B", "companies include A"); a
company of headless words before "and" and a company with a head ("Tata Steel and Hyundai Motor
Group" names two); legal forms only one state uses ("Berhad", "Pte Ltd", "A.Ş.") placing the
company before any guess from the sentence; a company name read back from its legal form stopping
at the sentence before ("an MoU. Kinta Optics Sdn Bhd"); an acronym given after the name by "or",
"known as" or "(hereinafter ...)"."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        (
            "SEOUL, 12 March 2025 - Korea and Germany agreed to expand chip cooperation. The forum "
            "brought together companies, including Hanbit Electronics, LG and SK hynix, with German "
            "partners.",
            {"Hanbit Electronics", "LG", "SK hynix"},
        ),
        (
            "SÃO PAULO, 3 May 2025 - Brazil and Portugal agreed on cooperation. Brazilian firms such "
            "as Embraer and Natura will join.",
            {"Embraer", "Natura"},
        ),
        (
            "NAIROBI, 3 May 2025 - Kenya and India agreed on cooperation. Indian companies like "
            "Tata Consultancy Services and Wipro are already present.",
            {"Tata Consultancy Services", "Wipro"},
        ),
        (
            "ABU DHABI, 3 May 2025 - UAE and Korea signed deals. Participating companies include "
            "Samsung C&T, Doosan Enerbility and Masdar.",
            {"Samsung C&T", "Doosan Enerbility", "Masdar"},
        ),
        (
            "NAIROBI, 3 May 2025 - Kenya and Finland agreed on mobile cooperation. Telecom operators: "
            "Safaricom and Airtel Africa.",
            {"Safaricom", "Airtel Africa"},
        ),
    ],
)
def test_companies_listed_after_a_plural_company_noun(
    extract: Extract, text: str, companies: set[str]
) -> None:
    names = org_names(extract(text, published=None))
    assert companies <= names, names
    assert not any(" and " in n for n in names), names


def test_a_listed_company_takes_the_nationality_before_the_noun(extract: Extract) -> None:
    record = extract(
        "LISBON, 3 May 2025 - Portugal and Brazil agreed on cooperation. Brazilian firms such as "
        "Embraer and Natura will join.",
        published=None,
    )
    assert orgs_by_name(record)["Embraer"].get("country") == "BR"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "MUMBAI, 4 June 2024 - India and Korea signed a steel memorandum. Tata Steel and Hyundai "
            "Motor Group will set up a joint research lab.",
            "Tata Steel",
            "Hyundai Motor Group",
        ),
        (
            "MANILA, 4 June 2024 - The Philippines and Japan signed a memorandum. Aboitiz Equity and "
            "Sumitomo Mitsui Corporation will cooperate.",
            "Aboitiz Equity",
            "Sumitomo Mitsui Corporation",
        ),
    ],
)
def test_a_headless_company_and_a_company_with_a_head(
    extract: Extract, text: str, first: str, second: str
) -> None:
    names = org_names(extract(text, published=None))
    assert {first, second} <= names, names


@pytest.mark.parametrize(
    ("text", "one_name"),
    [
        (
            "TOKYO, 4 June 2024 - Japan and Vietnam signed a memorandum with the Marine Science and "
            "Technology Corporation.",
            "Marine Science and Technology Corporation",
        ),
        (
            "SEOUL, 4 June 2024 - Korea and Vietnam signed a memorandum with the Korea Gas and Oil "
            "Corporation.",
            "Korea Gas and Oil Corporation",
        ),
        (
            "MUSCAT, 4 June 2024 - Oman and Korea signed a memorandum. Dhofar Power and Water Supply "
            "Company will buy the output.",
            "Dhofar Power and Water Supply Company",
        ),
    ],
)
def test_fields_before_a_head_stay_one_name(extract: Extract, text: str, one_name: str) -> None:
    assert one_name in org_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "company", "country"),
    [
        (
            "KUALA LUMPUR, 2 Feb 2025 - Malaysia and Japan signed an MoU between Permata Chemicals "
            "Group Berhad and Mitsubishi Corporation.",
            "Permata Chemicals Group Berhad",
            "MY",
        ),
        (
            "TOKYO, 2 Feb 2025 - Singapore and Japan signed an MoU with Lion City Robotics Pte Ltd "
            "and a Japanese partner.",
            "Lion City Robotics Pte Ltd",
            "SG",
        ),
        (
            "BERLIN, 2 Feb 2025 - Turkey and Germany signed an MoU with Anadolu Makine A.Ş. and a "
            "German partner.",
            "Anadolu Makine A.Ş.",
            "TR",
        ),
    ],
)
def test_a_legal_form_of_one_state_places_the_company(
    extract: Extract, text: str, company: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text, published=None))
    assert orgs[company].get("country") == country, orgs


def test_no_split_of_a_body_that_ends_with_its_seat(extract: Extract) -> None:
    names = org_names(
        extract(
            "HANOI, 4 June 2024 - Vietnam and the Netherlands launched a project led by Unesco Delft "
            "and Hue Medical University.",
            published=None,
        )
    )
    assert "Unesco Delft" not in names, names


def test_a_company_name_stops_at_the_sentence_before(extract: Extract) -> None:
    names = org_names(
        extract(
            "TOKYO, 2 Feb 2025 - Japan and Malaysia signed an MoU. Kinta Optics Sdn Bhd will invest.",
            published=None,
        )
    )
    assert "Kinta Optics Sdn Bhd" in names, names


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "SANTIAGO, 10 October 2024 - Chile and Korea signed a polar agreement with the Korea "
            "Polar Research Institute, or KOPRI, in Incheon.",
            "Korea Polar Research Institute",
            "KOPRI",
        ),
        (
            "HANOI, 10 October 2024 - Vietnam and Japan signed an agreement with the Vietnam Academy "
            "of Ocean Science, known as VAOS. VAOS will lead.",
            "Vietnam Academy of Ocean Science",
            "VAOS",
        ),
        (
            "LIMA, 3 May 2025 - Peru and Spain signed an agreement with the Instituto Andino de "
            "Glaciares (hereinafter IAG). IAG will lead.",
            "Instituto Andino de Glaciares",
            "IAG",
        ),
    ],
)
def test_an_acronym_given_after_or_or_known_as(extract: Extract, text: str, name: str, acronym: str) -> None:
    orgs = orgs_by_name(extract(text, published=None))
    assert acronym in (orgs[name].get("aliases") or []), orgs


def test_or_between_names_that_do_not_spell_it_defines_nothing(extract: Extract) -> None:
    names = org_names(
        extract(
            "DOHA, 3 May 2025 - Qatar and Japan signed an agreement with the Qatar Foundation, or "
            "JETRO, whichever leads.",
            published=None,
        )
    )
    assert not any("JETRO" in n and "Qatar" in n for n in names), names
