"""Round 15b organisation classes: a body read twice, once bare and once with its place after it
("… for Tonga", "… in Chile"), folded into one; and a body's name that only opens the name of a
meeting ("the Second United Nations Water Conference") is no mention of the body."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.components.organizations import _place_tail


def _orgs(text: str) -> dict[str, tuple[str | None, list[str]]]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {o["name"]: (o.get("country"), o.get("aliases") or []) for o in record["organizations"]}


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
def test_bare_name_folds_into_the_placed_one(text: str, bare: str) -> None:
    orgs = _orgs(text)
    assert bare not in orgs
    assert any(bare in aliases for _, aliases in orgs.values())


def test_body_abroad_keeps_the_country_of_its_bare_name() -> None:
    text = (
        "The forum was hosted by the Taipei Economic and Cultural Office in Chile. The Taipei Economic "
        "and Cultural Office also funded the dinner."
    )
    assert _orgs(text)["Taipei Economic and Cultural Office in Chile"][0] == "TW"


def test_two_ministries_of_one_name_stay_apart() -> None:
    text = (
        "Japan's Ministry of Foreign Affairs and the Ministry of Foreign Affairs of the Republic of Korea "
        "held talks in Tokyo."
    )
    assert len([n for n in _orgs(text) if n.startswith("Ministry of Foreign Affairs")]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Both delegations met on the sidelines of the Second United Nations Water Conference in Dushanbe.",
        "The ministers recalled the pledges made at the third UN Ocean Conference in Nice.",
    ],
)
def test_body_opening_a_meeting_name_is_no_mention(text: str) -> None:
    assert "United Nations" not in _orgs(text)


def test_group_named_by_its_own_summit_stays() -> None:
    orgs = _orgs("The leaders spoke at the G20 Summit in Rio de Janeiro.")
    assert "G20" in set(orgs) | {a for _, aliases in orgs.values() for a in aliases}
