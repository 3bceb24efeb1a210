"""Probe round s16u: short forms clipped from a name's syllables ("Kyushu Institute of Technology
(Kyutech)", "Tallinn University of Technology (TalTech)"), their later uses, a registry alias that
holds the bracketed short form ("Name (ShortForm)") not taken as the name, Spanish articles inside
names ("Universidad de los Andes"), and a wire dateline in capitals ("TALLINN, 14 Nov 2024 —")
placing a plain ministry's name."""

from __future__ import annotations

import pytest

from bilat.extract.components.acronyms import find_definitions
from bilat.extract.doc import Doc

from .records import Extract, orgs_by_name, people_by_name

CLIPPED = [
    # (text, short form, long form)
    ("the Kyushu Institute of Technology (Kyutech) will host", "Kyutech", "Kyushu Institute of Technology"),
    ("with Tallinn University of Technology (TalTech) in", "TalTech", "Tallinn University of Technology"),
    ("The University of Melbourne (UniMelb) and", "UniMelb", "University of Melbourne"),
    ("the Universidad de los Andes (Uniandes) said", "Uniandes", "Universidad de los Andes"),
    ("The Baltic Maritime Technology Centre (BalTech) and", "BalTech", "Baltic Maritime Technology Centre"),
    ("the Politecnico di Torino (PoliTo) will", "PoliTo", "Politecnico di Torino"),
]


@pytest.mark.parametrize(("text", "short", "long"), CLIPPED)
def test_a_short_form_clipped_from_syllables_is_defined(text: str, short: str, long: str) -> None:
    doc = Doc(text=f"In 2025 {text} others.", name="c.txt")
    definitions = {d.short: d.long for d in find_definitions(doc)}
    assert definitions.get(short) == long


NOT_CLIPPED = [
    # a place, a country or a word in brackets after a name: no clipped short form
    ("the Tokyo Institute of Technology (Tokyo) will", "Tokyo"),
    ("the Korea University (Korea) team", "Korea"),
    ("the Asian Institute of Technology (Asia) said", "Asia"),
    ("the Nairobi Innovation Centre (Kenya) said", "Kenya"),
    ("the Pacific Islands Forum (Suva) said", "Suva"),
    ("the National Research Council (Canada) said", "Canada"),
]


@pytest.mark.parametrize(("text", "inner"), NOT_CLIPPED)
def test_a_word_in_brackets_that_clips_nothing_is_no_short_form(text: str, inner: str) -> None:
    definitions = {d.short for d in find_definitions(Doc(text=f"In 2025 {text} others.", name="c.txt"))}
    assert inner not in definitions


LATER_USES = [
    # (text, body, short form, person, person's country)
    (
        "BOGOTÁ, 15 Mar 2025 — Colombia and Germany agreed to cooperate. The Universidad de los Andes "
        "(Uniandes) and the Technical University of Munich (TUM) will open a lab. Professor Laura Gómez "
        "of Uniandes visited TUM.",
        "Uniandes",
        "Laura Gómez",
        "CO",
    ),
    (
        "TOKYO, 3 March 2025 — Japan and Estonia signed a memorandum. The Kyushu Institute of Technology "
        "(Kyutech) and Tallinn University of Technology (TalTech) will exchange students. Professor Aiko "
        "Tanaka at Kyutech and Dr. Mart Saar of TalTech lead the project.",
        "Kyutech",
        "Aiko Tanaka",
        "JP",
    ),
]


@pytest.mark.parametrize(("text", "short", "person", "country"), LATER_USES)
def test_a_later_use_of_a_clipped_short_form_names_the_body(
    extract: Extract, text: str, short: str, person: str, country: str
) -> None:
    record = extract(text)
    bodies = [o for o in record["organizations"] if short in (o.get("aliases") or [])]
    assert len(bodies) == 1
    uses = [text[e["start"] : e["end"]] for e in bodies[0]["evidence"]]
    assert uses.count(short) == 2
    assert people_by_name(record)[person]["country"] == country


def test_a_registry_alias_holding_the_bracketed_short_form_is_not_the_name(extract: Extract) -> None:
    text = LATER_USES[1][0]
    names = set(orgs_by_name(extract(text)))
    assert "Tallinn University of Technology" in names
    assert not any("(" in name for name in names)


def test_a_clipped_short_form_keeps_a_comma_name_whole(extract: Extract) -> None:
    text = (
        "MEXICO CITY, 22 Feb 2025 — Mexico and Spain signed a cooperation letter. The Consejo Nacional de "
        "Humanidades, Ciencias y Tecnologías (Conahcyt) and the Consejo Superior de Investigaciones "
        "Científicas (CSIC) will fund mobility."
    )
    names = set(orgs_by_name(extract(text)))
    assert "Consejo Nacional de Humanidades" not in names
    assert len(names) == 2


CAPS_DATELINES = [
    # (text, ministry, country)
    (
        "TALLINN, 14 Nov 2024 — Estonia and Korea signed a cybersecurity agreement. The Ministry of "
        "Justice and Digital Affairs will work with the Korea Internet & Security Agency (KISA).",
        "Ministry of Justice and Digital Affairs",
        "EE",
    ),
    (
        "NAIROBI — Kenya and Finland signed a forestry agreement on 4 September 2024. The Ministry of "
        "Environment, Climate Change and Forestry will work with the Finnish Forest Research Institute.",
        "Ministry of Environment, Climate Change and Forestry",
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "ministry", "country"), CAPS_DATELINES)
def test_a_plain_ministry_takes_the_country_of_a_dateline_in_capitals(
    extract: Extract, text: str, ministry: str, country: str
) -> None:
    assert orgs_by_name(extract(text))[ministry]["country"] == country
