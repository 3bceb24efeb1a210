"""Round 15a organisation classes: company names with a weak company head after an acronym or a
word ("KORAIL Holdings", "DTU Ventures", "Amber Ventures"), Baltic legal forms ("UAB", "OÜ"), and a
ministry's plain name placed from the text when a line break falls inside it."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _orgs(record: dict[str, Any]) -> dict[str, str | None]:
    return {o["name"]: o.get("country") for o in record["organizations"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tender was won by a consortium led by KORAIL Holdings last spring.", "KORAIL Holdings"),
        ("Founders get mentoring from DTU Ventures, the university's start-up arm.", "DTU Ventures"),
        ("The seed round was led by Amber Ventures with two local angels.", "Amber Ventures"),
        ("Tallinn's Lumen Optics OÜ will supply the detectors.", "Lumen Optics OÜ"),
        ("- Petras Jonaitis, Chief Engineer, Vilnius Lasers UAB, on fibre lasers", "Vilnius Lasers UAB"),
    ],
)
def test_company_names(extract: Extract, text: str, name: str) -> None:
    assert name in _orgs(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "legal_form_country"),
    [
        ("Kaunas Photonics UAB opened a plant.", "LT"),
        ("Tartu Sensors OÜ opened a plant.", "EE"),
    ],
)
def test_baltic_legal_forms_place_the_company(extract: Extract, text: str, legal_form_country: str) -> None:
    assert legal_form_country in _orgs(extract(text, published=None)).values()


def test_acronym_before_a_weak_head_that_is_no_company_head_is_still_no_body(extract: Extract) -> None:
    assert "NRF Board" not in _orgs(extract("The proposal goes to the NRF Board in May.", published=None))


def test_plain_ministry_broken_by_a_line_is_placed_from_the_text(extract: Extract) -> None:
    text = (
        "The Jordanian side will provide JOD 200,000 through the Ministry of\n"
        "Higher Education and Research (MoHER) of Jordan and the university.\n"
    )
    orgs = _orgs(extract(text, published=None))
    assert "FR" not in orgs.values()
