"""Topics: a crisis that an act happened in ("during the COVID-19 pandemic") and the portfolio of a
body written in lower case ("the health ministry") are no fields; a brine is no waste recovered;
fibre networks are telecommunications and nutrient run-off is an environmental field."""

from __future__ import annotations

import pytest

from .records import Extract


def _topics(record: dict) -> set[str]:
    return {t["id"] if isinstance(t, dict) else t for t in record["topics"]}


@pytest.mark.parametrize(
    "text",
    [
        "Finland and Chile agreed to cooperate in research on quantum computing. Their first joint "
        "committee meeting was held online in 2020 during the COVID-19 pandemic.",
        "Austria and Vietnam signed a memorandum on joint research in semiconductors. The signing had "
        "been postponed twice because of the pandemic.",
    ],
)
def test_a_pandemic_as_the_time_of_an_act_is_no_field(extract: Extract, text: str) -> None:
    assert "health" not in _topics(extract(text))


def test_a_pandemic_as_a_field_still_counts(extract: Extract) -> None:
    text = "Norway and India launched a joint research call on pandemic preparedness and vaccines."
    assert "health" in _topics(extract(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Japan and Peru agreed to expand joint research on earthquakes, the Peruvian foreign "
            "ministry said. Earlier, a coast guard ship stopped a Peruvian fisheries\nbureau vessel.",
            "agriculture_food",
        ),
        (
            "Ghana and Korea signed a memorandum on joint research in artificial intelligence, the "
            "health ministry said in a statement.",
            "health",
        ),
    ],
)
def test_a_lower_case_portfolio_of_a_body_is_no_field(extract: Extract, text: str, absent: str) -> None:
    assert absent not in _topics(extract(text))


def test_a_mineral_from_a_brine_is_no_circular_economy(extract: Extract) -> None:
    text = (
        "Argentina and Germany launched joint research projects on the extraction of lithium from "
        "salt-flat brines and on the recovery of lithium from geothermal brines."
    )
    assert "circular_economy" not in _topics(extract(text))


def test_fibre_networks_and_nutrient_run_off_are_fields(extract: Extract) -> None:
    text = (
        "Denmark and Canada funded joint research projects on quantum key distribution over fibre "
        "networks and on sensors that track nutrient run-off from farms into lakes."
    )
    assert {"telecom", "climate_environment"} <= _topics(extract(text))
