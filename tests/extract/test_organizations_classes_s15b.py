"""Round 15b organisation classes: a body read twice, once bare and once with its place after it
("… for Tonga", "… in Chile"), folded into one; and a body's name that only opens the name of a
meeting ("the Second United Nations Water Conference") is no mention of the body."""

from __future__ import annotations

import pytest

from bilat.extract.components.organizations import _place_tail

from .records import Extract, org_countries_and_aliases


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministry of Lands and Survey for Tonga", ("Ministry of Lands and Survey", "for", "TO")),
        ("Korean Chamber of Commerce in Chile", ("Korean Chamber of Commerce", "in", "CL")),
        ("Ministry of Foreign Affairs of the Republic of Korea", ("Ministry of Foreign Affairs", "of", "KR")),
        ("University of Tokyo", None),  # (a single head word is no name of its own)
        ("Ministry of Energy, Mines and Water", None),
    ],
)
def test_place_tail(name: str, expected: tuple[str, str, str] | None) -> None:
    assert _place_tail(name) == expected


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "The Tonga Meteorological Service and the Ministry of Lands and Survey for Tonga will map the "
            "reefs. The Ministry of Lands and Survey will also host the data portal.",
            "Ministry of Lands and Survey",
        ),
        (
            "The forum was hosted by the Taipei Economic and Cultural Office in Chile. The Taipei Economic "
            "and Cultural Office also funded the dinner.",
            "Taipei Economic and Cultural Office",
        ),
    ],
)
def test_bare_name_folds_into_the_placed_one(extract: Extract, text: str, bare: str) -> None:
    orgs = org_countries_and_aliases(extract(text, published=None))
    assert bare not in orgs
    assert any(bare in aliases for _, aliases in orgs.values())


def test_body_abroad_keeps_the_country_of_its_bare_name(extract: Extract) -> None:
    text = (
        "The forum was hosted by the Taipei Economic and Cultural Office in Chile. The Taipei Economic "
        "and Cultural Office also funded the dinner."
    )
    orgs = org_countries_and_aliases(extract(text, published=None))
    assert orgs["Taipei Economic and Cultural Office in Chile"][0] == "TW"


def test_two_ministries_of_one_name_stay_apart(extract: Extract) -> None:
    text = (
        "Japan's Ministry of Foreign Affairs and the Ministry of Foreign Affairs of the Republic of Korea "
        "held talks in Tokyo."
    )
    orgs = org_countries_and_aliases(extract(text, published=None))
    assert len([n for n in orgs if n.startswith("Ministry of Foreign Affairs")]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Both delegations met on the sidelines of the Second United Nations Water Conference in Dushanbe.",
        "The ministers recalled the pledges made at the third UN Ocean Conference in Nice.",
    ],
)
def test_body_opening_a_meeting_name_is_no_mention(extract: Extract, text: str) -> None:
    assert "United Nations" not in org_countries_and_aliases(extract(text, published=None))


def test_group_named_by_its_own_summit_stays(extract: Extract) -> None:
    orgs = org_countries_and_aliases(
        extract("The leaders spoke at the G20 Summit in Rio de Janeiro.", published=None)
    )
    assert "G20" in set(orgs) | {a for _, aliases in orgs.values() for a in aliases}
