"""A body's seat given after a comma at the end of a table cell or a line ("Institute of X (ACR),
Turin |") gives its country, even when the row names places of other countries."""

from __future__ import annotations

import pytest

from .records import Extract

TABLE = (
    "Approved projects of the Italy–Argentina call:\n"
    "| No. | Title | Italian lead | Argentine lead |\n"
    "|---|---|---|---|\n"
    "| 1 | Soil carbon | ROSSI Anna, Institute of Agricultural Biology (IBAF), Turin"
    " | PAZ Carlos, Institute of Andean Water Research (IAWR), Mendoza |\n"
)
LINES = (
    "Contacts\n"
    "Dr Jane Roe, Centre for Coastal Hydrology (CCH), Porto\n"
    "Dr Ivo Sá, Laboratory of Soil Mechanics (LSM), Barcelona\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (TABLE, "Institute of Agricultural Biology", "IT"),
        (TABLE, "Institute of Andean Water Research", "AR"),
        (LINES, "Centre for Coastal Hydrology", "PT"),
        (LINES, "Laboratory of Soil Mechanics", "ES"),
    ],
)
def test_the_seat_ending_a_cell_or_line_gives_the_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = {org["name"]: org for org in extract(text)["organizations"]}
    assert name in orgs, orgs
    assert orgs[name]["country"] == country


def test_a_place_that_runs_on_into_prose_is_no_seat(extract: Extract) -> None:
    text = "Funding goes to the Bureau of Water Studies (BWS), Lisbon office staff and partners in Chile."
    orgs = {org["name"]: org for org in extract(text)["organizations"]}
    assert orgs["Bureau of Water Studies"]["country"] != "PT"


@pytest.mark.parametrize(
    "text",
    [
        "## Ministry Contacts\n\nWrite to the desk officer.\n",
        "Overview\n\n**University Partners**\n\nTwelve universities take part.\n",
    ],
)
def test_a_heading_of_a_head_word_and_a_plural_is_no_organisation(extract: Extract, text: str) -> None:
    assert extract(text)["organizations"] == []


def test_the_same_words_in_a_sentence_are_not_a_heading(extract: Extract) -> None:
    record = extract("Funding comes from the Danube Research Agency Partners.")
    assert [org["name"] for org in record["organizations"]] == ["Danube Research Agency Partners"]
