"""Session 16 round 3 (k) classes on organisations: two bodies joined by "and" where no field of
one name can stand after the "and", so the phrase names two bodies, not one.

- a one-word name with no head word, then an acronym and a head ("Viettel and FPT Corporation"):
  a field of a name is a word, not an acronym that opens a company's name;
- a body that ends "of <place>", then a name that opens with a place ("University of Iceland and
  Iceland GeoSurvey"): no field of a name is a place followed by a noun.

A field after "and" ("Ministry of Science and ICT", "Marine and Freshwater Research Institute",
"Ministry of Foreign Affairs and Trade") keeps the name whole."""

from __future__ import annotations

import pytest

from .records import Extract, org_names


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "HANOI, 3 March 2025 - Vietnam and Korea opened a chip design centre. The Vietnamese "
            "groups Viettel and FPT Corporation joined as industry partners.",
            {"Viettel", "FPT Corporation"},
        ),
        (
            "OSLO, 5 May 2025 - Norway and Japan agreed to expand maritime research. The shipbuilders "
            "Ulstein and NYK Group will test the new hull designs.",
            {"Ulstein", "NYK Group"},
        ),
        (
            "REYKJAVIK, 6 June 2025 - Iceland and Japan signed a geothermal agreement. The University "
            "of Iceland and Iceland GeoSurvey signed for the Icelandic side.",
            {"University of Iceland", "Iceland GeoSurvey"},
        ),
        (
            "SANTIAGO, 2 April 2025 - Chile and Germany agreed to study volcanoes together. The "
            "University of Chile and Chile Volcanic Observatory will share their data.",
            {"University of Chile", "Chile Volcanic Observatory"},
        ),
        (
            "WELLINGTON, 9 May 2025 - New Zealand and Japan agreed to monitor faults. Researchers of "
            "the University of Auckland and Auckland Geohazards will install the sensors.",
            {"University of Auckland", "Auckland Geohazards"},
        ),
    ],
)
def test_two_bodies_joined_by_and(extract: Extract, text: str, bodies: set[str]) -> None:
    names = org_names(extract(text, published=None))
    assert bodies <= names, names
    assert not any(" and " in n and n.split(" and ")[0] in bodies for n in names), names


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "SEOUL, 12 March 2025 - Korea and Vietnam signed a digital agreement. The Ministry of "
            "Science and ICT hosted the meeting.",
            "Ministry of Science and ICT",
        ),
        (
            "WELLINGTON, 9 May 2025 - New Zealand and Ireland agreed to study rivers. The Ministry of "
            "Foreign Affairs and Trade welcomed the plan.",
            "Ministry of Foreign Affairs and Trade",
        ),
        (
            "DUBLIN, 4 May 2025 - Ireland and Iceland agreed to study salmon. The Marine and Freshwater "
            "Research Institute will lead the survey.",
            "Marine and Freshwater Research Institute",
        ),
        (
            "TOKYO, 1 July 2025 - Japan and the United States agreed to cooperate. Vice-President of "
            "the SPI Foundation Council Anna Meier also spoke.",
            None,  # (split at "of the": the title before it names no body)
        ),
    ],
)
def test_a_field_after_and_keeps_the_name(extract: Extract, text: str, whole: str | None) -> None:
    names = org_names(extract(text, published=None))
    if whole is None:
        assert "Vice-President" not in names, names
    else:
        assert whole in names, names
