"""Session 16 grammar probes (round d) on organisations: a company named by capitalised words with
no head word, right before a title only a company's officer holds and the holder's name
("Samsung Electronics Chairman Lee Jae-yong", "Tata Steel Managing Director T. V. Narendran").
The words before the title name the company; a place or nationality first ("Korean Air", "German
Chancellor"), a qualifier of the title ("Board Chairman", "Former CEO") or an acronym alone (the
reference reads those) names none here."""

from __future__ import annotations

import pytest

from .records import Extract, org_names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "SEOUL, 12 March 2025 - Korea and Germany agreed to expand research cooperation. Samsung "
            "Electronics Chairman Lee Jae-yong met German Chancellor Olaf Scholz in Berlin.",
            "Samsung Electronics",
        ),
        (
            "SÃO JOSÉ DOS CAMPOS, 12 March 2025 - Brazil and Korea agreed to expand aerospace "
            "cooperation. Embraer CEO Francisco Gomes Neto met the Korean delegation.",
            "Embraer",
        ),
        (
            "MUMBAI, 4 June 2024 - India and Japan signed a research partnership. Tata Steel Managing "
            "Director T. V. Narendran attended.",
            "Tata Steel",
        ),
        (
            "MUMBAI, 4 June 2024 - India and Japan signed a research partnership. The Toyota Kirloskar "
            "Motor Vice Chairman Vikram Kirloskar attended.",
            "Toyota Kirloskar Motor",
        ),
        (
            "WELLINGTON, 2 April 2025 - New Zealand and Italy signed an Antarctic agreement. Antarctica "
            "New Zealand Chief Executive Sarah Williamson welcomed the Italian delegation.",
            "Antarctica New Zealand",
        ),
    ],
)
def test_a_company_before_an_officers_title_and_name(extract: Extract, text: str, company: str) -> None:
    assert company in org_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        (
            "SEOUL, 12 March 2025 - Korea and Brazil agreed to expand aerospace cooperation. Officials "
            "met Korean Air Chairman Cho Won-tae in Seoul.",
            "Air",
        ),
        (
            "WELLINGTON, 2 April 2025 - New Zealand and Italy signed an Antarctic agreement. The Board "
            "Chairman John Key also spoke.",
            "Board",
        ),
        (
            "MUMBAI, 4 June 2024 - India and Japan signed a research partnership. Former CEO Jane "
            "Smith spoke.",
            "Former",
        ),
        (
            "BERLIN, 12 March 2025 - Germany and Korea agreed to expand research cooperation. German "
            "Chancellor Olaf Scholz spoke.",
            "German",
        ),
    ],
)
def test_no_company_from_a_place_or_a_qualifier(extract: Extract, text: str, not_a_body: str) -> None:
    names = org_names(extract(text, published=None))
    assert not any(not_a_body in n.split() for n in names), names
