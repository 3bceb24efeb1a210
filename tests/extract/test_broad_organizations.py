"""Organisations: the country of a unit or institute, from its parent named with it in any of the
ways a writer links them (a comma, "of", "at", "in", "within", brackets, "part of") and from a
seat written after it (", in COUNTRY", "based in", a distance from a city). Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        (
            "The Department of Marine Biology, University of Tartu, hosts the lab.",
            "Department of Marine Biology",
            "EE",
        ),
        (
            "The Faculty of Agriculture of the University of Nairobi joined the consortium.",
            "Faculty of Agriculture",
            "KE",
        ),
        (
            "The Centre for Coastal Studies at the University of Cape Town signed on.",
            "Centre for Coastal Studies",
            "ZA",
        ),
        (
            "The Laboratory of Plant Genetics, part of Wageningen University, will host two fellows.",
            "Laboratory of Plant Genetics",
            "NL",
        ),
        (
            "The School of Engineering (University of Auckland) will host the workshop.",
            "School of Engineering",
            "NZ",
        ),
        (
            "The Department of Physics in the University of Ghana offers the course.",
            "Department of Physics",
            "GH",
        ),
        (
            "The Institute for Sustainable Energy within the University of Malta runs the pilot.",
            "Institute for Sustainable Energy",
            "MT",
        ),
    ],
)
def test_a_unit_takes_the_country_of_its_parent(extract: Extract, text: str, unit: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert unit in orgs, f"{unit!r} not in {sorted(orgs)}"
    assert orgs[unit]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Alemaya Soil Research Centre, in Ethiopia, tests the seeds.",
            "Alemaya Soil Research Centre",
            "ET",
        ),
        (
            "The team drove to the Dubti Agricultural Research Centre, some 20 kilometres from Addis Ababa.",
            "Dubti Agricultural Research Centre",
            "ET",
        ),
        (
            "Samples go to the Coast Limnology Institute, based in Mombasa, for analysis.",
            "Coast Limnology Institute",
            "KE",
        ),
    ],
)
def test_a_seat_written_after_the_name_places_it(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, f"{name!r} not in {sorted(orgs)}"
    assert orgs[name]["country"] == country


def test_a_unit_with_no_parent_named_stays_unplaced(extract: Extract) -> None:
    orgs = orgs_by_name(extract("The Centre for Coastal Studies opened a new wing this spring."))
    assert orgs.get("Centre for Coastal Studies", {}).get("country") is None
