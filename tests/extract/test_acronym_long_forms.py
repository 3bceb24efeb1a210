"""Long forms of acronyms: the one whose word initials spell the acronym wins over the shortest
spelling, a short form may keep the long form's last word ("KIST Europe"), and a unit named by a
known body's acronym and a word of its own ("DLR Projektträger (DLR-PT)") is an organisation of
that body's country, not the body itself."""

from __future__ import annotations

import pytest

from bilat.extract.components.acronyms import find_definitions, schwartz_hearst
from bilat.extract.doc import Doc

from .records import Extract, orgs_by_name

INITIALS = [
    # (text, acronym, expected long form)
    (
        "Scientists at Oslo's Centre for Ocean and Arctic Research (COA) in Norway",
        "COA",
        "Centre for Ocean and Arctic Research",
    ),
    (
        "a grant from the Bureau for Energy and Climate Studies (BEC) in Kenya",
        "BEC",
        "Bureau for Energy and Climate Studies",
    ),
    (
        "the National Aeronautics and Space Administration (NASA) said",
        "NASA",
        "National Aeronautics and Space Administration",
    ),
]


@pytest.mark.parametrize(("text", "short", "long"), INITIALS)
def test_the_long_form_spelt_by_word_initials_is_chosen(
    extract: Extract, text: str, short: str, long: str
) -> None:
    orgs = orgs_by_name(extract(text + "."))
    assert long in orgs, orgs
    assert short in orgs[long]["aliases"]


def test_the_shortest_spelling_is_still_the_plain_rule() -> None:
    assert schwartz_hearst("CEC", "the Centre for Environmental and Climate Science") == "Climate Science"
    assert schwartz_hearst("CEC", "the Centre for Environmental and Climate Science", initials=True) == (
        "Centre for Environmental and Climate Science"
    )


KEPT_WORD = [
    (
        "Officials of the Fraunhofer Institute of Marine Research Asia (FIMR Asia) met in Singapore.",
        "Fraunhofer Institute of Marine Research Asia",
        "FIMR Asia",
    ),
    (
        "Staff from the Ministry of Science and the Korea Institute of Science and Technology Europe "
        "(KIST Europe) visited Berlin.",
        "Korea Institute of Science and Technology Europe",
        "KIST Europe",
    ),
]


@pytest.mark.parametrize(("text", "long", "short"), KEPT_WORD)
def test_a_short_form_may_keep_the_last_word(extract: Extract, text: str, long: str, short: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert long in orgs, orgs
    assert short in orgs[long]["aliases"]
    assert not any(name != long and name.endswith(long) for name in orgs), orgs


def test_the_parent_body_is_not_found_inside_the_kept_word_form(extract: Extract) -> None:
    orgs = orgs_by_name(extract(KEPT_WORD[1][0]))
    assert "Korea Institute of Science and Technology" not in orgs, orgs


def test_a_later_use_of_the_kept_word_form_is_not_the_parent(extract: Extract) -> None:
    text = KEPT_WORD[1][0] + "\n\nThe talk was given by Dr Ana Lim, Director of KIST Europe, in Berlin."
    orgs = orgs_by_name(extract(text))
    assert "Korea Institute of Science and Technology" not in orgs, orgs


UNITS = [
    ("Applications are handled by DLR Projektträger (DLR-PT) for the ministry.", "DLR Projektträger", "DE"),
    ("Proposals go to CNRS Innovation (CNRS-I), which screens them.", "CNRS Innovation", "FR"),
]


@pytest.mark.parametrize(("text", "name", "country"), UNITS)
def test_a_unit_named_by_its_parents_acronym_is_its_own_body(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert orgs[name]["country"] == country
    assert len(orgs) == 1, orgs  # not the parent as well


def test_a_units_acronym_after_its_parents_prefix_is_defined(extract: Extract) -> None:
    text = "Samples were analysed by the Institute of Marine Geology (CNR-IMG) last year."
    orgs = orgs_by_name(extract(text))
    assert "Institute of Marine Geology" in orgs, orgs
    assert "CNR-IMG" in orgs["Institute of Marine Geology"]["aliases"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Dr Kim, director of KAIST's Institute for Quantum Devices (IQD), spoke.",
            "Institute for Quantum Devices",
            "KR",
        ),
        ("CSIRO's Centre for Coastal Futures (CCF) leads the work.", "Centre for Coastal Futures", "AU"),
    ],
)
def test_a_unit_after_its_parents_acronym_in_the_possessive_takes_its_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert orgs[name]["country"] == country, orgs


QUOTED = [
    ('the conditions of the "Programa de Cooperación Científica" (PCC) scheme', "PCC"),
    ("funding from the “Nordic Ocean Futures Fund” (NOFF) in 2026", "NOFF"),
    ("members of the «Rede de Ciência Atlântica» (RCA) network", "RCA"),
]


@pytest.mark.parametrize(("text", "short"), QUOTED)
def test_a_quoted_long_form_keeps_no_closing_quotation_mark(text: str, short: str) -> None:
    """A closing quotation mark before the bracket ends a quoted name; it is no part of the name."""
    definitions = find_definitions(Doc(text=f"Teams must meet {text}.", name="q.txt"))
    found = {d.short: d.long for d in definitions}
    assert short in found, found
    assert not found[short].endswith(('"', "”", "»")), found[short]
    assert found[short][:1].isupper()
