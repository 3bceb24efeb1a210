"""A programme named with its owner ("the UAE Space Agency's National Space Fund"), with a country
adjective before its own name ("the European Copernicus programme") or as an action of a programme
known by its acronym ("MSCA Postdoctoral Fellowships"): one programme under its own name, the longer
form an alias. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

OWNED = [  # (text, name, alias)
    ("The work is paid through the UAE Space Agency's National Space Fund, launched in 2022.",
     "National Space Fund", "UAE Space Agency's National Space Fund"),
    ("Grants come from the Swiss National Science Foundation's Alpine Exchange Fund.",
     "Alpine Exchange Fund", "Swiss National Science Foundation's Alpine Exchange Fund"),
    ("Korean partners are funded from KIAT's International Joint Technology Development Program.",
     "International Joint Technology Development Program",
     "KIAT's International Joint Technology Development Program"),
]


@pytest.mark.parametrize(("text", "name", "alias"), OWNED)
def test_the_owner_before_a_possessive_is_no_part_of_the_name(
    extract: Extract, text: str, name: str, alias: str
) -> None:
    programmes = {p["name"]: p.get("aliases", []) for p in extract(text)["programs"]}
    assert name in programmes and alias in programmes[name]


QUALIFIED = [  # (text, the one programme's name)
    ("Data are combined with observations from the European Copernicus programme. Copernicus is "
     "the EU's Earth observation programme.", "Copernicus"),
    ("Japanese researchers may apply to the Marie Skłodowska-Curie Actions (MSCA). The MSCA "
     "Postdoctoral Fellowships close in September.", "Marie Skłodowska-Curie Actions"),
]


@pytest.mark.parametrize(("text", "name"), QUALIFIED)
def test_a_qualified_mention_is_the_same_programme(extract: Extract, text: str, name: str) -> None:
    assert [p["name"] for p in extract(text)["programs"]] == [name]


OWNER_ONLY = [  # an owner's name before "programme": no programme's name
    "Teams were selected under the Netherlands Organisation for Scientific Research's programme Ocean Link.",
    "Both groups are funded under the Japan Science and Technology Agency's programme for young researchers.",
]


@pytest.mark.parametrize("text", OWNER_ONLY)
def test_a_name_ending_in_a_possessive_is_its_owner(extract: Extract, text: str) -> None:
    assert not [p for p in extract(text)["programs"] if p["name"].endswith(("'s", "’s"))]
