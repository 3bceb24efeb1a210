"""Programmes, cross-set round 14a. Four classes, all sentences our own:

1. Two owned names joined by "and" or "or" ("Germany's Solar Pioneer Projects and Canada's Clean
   Growth Program") are two programmes, not the second one alone.
2. A name in emphasis before its programme word ("ANID's *Fondecyt Regular* programme") is a
   programme: the closing marks stand between it and the word.
3. A name made of a city's or country's name alone before a programme word ("the Osaka programme of
   the festival", "the Jülich project management agency") names where a programme runs or who runs
   it, no programme.
4. A known programme goes by its singular and plural forms ("JSPS Postdoctoral Fellowship(s)")."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

OWNED_PAIRS = [  # (text, the names the record must hold)
    (
        "The partners will exchange information on national programmes, including Germany's Solar "
        "Pioneer Projects and Canada's Clean Growth Program.\n",
        {"Solar Pioneer Projects", "Clean Growth Program"},
    ),
    (
        "Applicants may draw on Norway's Arctic Seed Fund or Japan's Polar Frontier Initiative for "
        "travel costs of the joint research teams.\n",
        {"Arctic Seed Fund", "Polar Frontier Initiative"},
    ),
]


@pytest.mark.parametrize(("text", "names"), OWNED_PAIRS)
def test_two_owned_names_joined_are_two_programmes(extract: Extract, text: str, names: set[str]) -> None:
    found = programme_names(extract(text))
    assert names <= found, found


EMPHASIS = [  # (text, name)
    (
        "Joint call on green hydrogen\n\n- Chilean partners apply through ANID's *Fondecyt Regular* "
        "programme for up to CLP 90,000,000 per project.\n",
        "Fondecyt Regular",
    ),
    (
        "Joint call on offshore wind\n\nDanish teams apply through the **Blue Horizons** scheme of the "
        "innovation fund and may receive up to DKK 4 million.\n",
        "Blue Horizons",
    ),
]


@pytest.mark.parametrize(("text", "name"), EMPHASIS)
def test_an_emphasised_name_before_its_programme_word(extract: Extract, text: str, name: str) -> None:
    found = programme_names(extract(text))
    assert name in found, found
    assert not any("*" in n for n in found), found


PLACES = [  # (text, a name that is no programme)
    (
        "The Jülich project management agency will administer the German funding for the joint "
        "hydrogen research projects with Mexico.\n",
        "Jülich",
    ),
    (
        "The match was the centrepiece of the Osaka programme of the Ireland–Japan cultural year, "
        "which also includes a science festival.\n",
        "Osaka",
    ),
]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_a_place_alone_names_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


def test_a_known_programmes_singular_and_plural(extract: Extract) -> None:
    text = (
        "Reminder: Dutch postdocs may apply for the JSPS Postdoctoral Fellowship for Research in Japan "
        "through the nomination round run by NWO before 5 December 2026.\n"
    )
    found = programme_names(extract(text))
    assert {"JSPS Postdoctoral Fellowship for Research in Japan", "JSPS Postdoctoral Fellowships"} <= found, (
        found
    )


def test_an_acronym_after_a_glossed_name_joins_the_programme(extract: Extract) -> None:
    text = (
        "The work will be coordinated through the Swiss Polar Institute and Peru's National Andean "
        "Glacier Programme (Programa Nacional de Glaciares Andinos, PRONAGA). Both sides will exchange "
        "researchers.\n"
    )
    groups = [{p["name"], *p.get("aliases", [])} for p in extract(text)["programs"]]
    pronaga = [g for g in groups if "PRONAGA" in g]
    assert len(pronaga) == 1 and any(
        " ".join(n.split()) == "National Andean Glacier Programme" for n in pronaga[0]
    ), groups
