"""A country's diplomatic mission to a country or an international body ("Permanent Mission of X
to the United Nations") is an organisation of the sending country; a trade mission is a visit."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Newsletter of the Mission of the Republic of Chile to the European Union\n\nNews.",
            "Mission of the Republic of Chile to the European Union",
            "CL",
        ),
        (
            "The Permanent Mission of Ghana to the United Nations in Geneva hosted the talk.",
            "Permanent Mission of Ghana to the United Nations",
            "GH",
        ),
        ("Contact: Science Office, Mission of Norway to the EU.", "Mission of Norway to the EU", "NO"),
    ],
)
def test_a_mission_of_a_country_is_an_organisation_of_that_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = {org["name"]: org for org in extract(text)["organizations"]}
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_trade_mission_is_no_organisation(extract: Extract) -> None:
    record = extract("A trade Mission of Canada to Japan arrived in Osaka on 3 May 2024.")
    assert not any("Mission" in org["name"] for org in record["organizations"]), record["organizations"]
