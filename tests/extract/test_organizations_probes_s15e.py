"""Round 15e organisation probes: a one-word body that an apposition describes with four lower-case
words before its head ("Matis, the Icelandic food and biotech research institute"), and the country
of such a body named after its head ("Landsvirkjun, the national power company of Iceland")."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name

HEAD = "Seoul, 12 March 2025 - Korea and Iceland signed a research cooperation agreement.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The project is led by Matis, the Icelandic food and biotech research institute, with "
            "partners in Korea.",
            "Matis",
            "IS",
        ),
        (
            "Samples go to Kelpa, the Korean marine and polar data centre, for analysis.",
            "Kelpa",
            "KR",
        ),
        (
            "A letter of intent was signed with Landsvirkjun, the national power company of Iceland.",
            "Landsvirkjun",
            "IS",
        ),
        (
            "The data come from Hafro, the marine research institute of Iceland, and from Korean buoys.",
            "Hafro",
            "IS",
        ),
        (
            "Funding comes from Vinnova, Sweden's innovation agency, and from Korea.",
            "Vinnova",
            "SE",
        ),
    ],
)
def test_body_described_by_an_apposition(extract: Extract, text: str, name: str, country: str) -> None:
    organizations = orgs_by_name(extract(HEAD + text, published=None))
    assert name in organizations
    assert organizations[name]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Halla Bjornsdottir, the chief scientist of the institute, opened the Korean workshop.",
        "Yoon Ji-ho, the head of the polar research centre, welcomed the Icelandic team.",
    ],
)
def test_an_office_of_a_body_is_no_apposition_of_a_body(extract: Extract, text: str) -> None:
    organizations = orgs_by_name(extract(HEAD + text, published=None))
    assert not any(word in name for name in organizations for word in ("Bjornsdottir", "Ji-ho"))
