"""Programme probes of session 17, round 4 (helper p), from probe sentences written for the round:
a name that runs into a sum ("the Baltic Research Programme of EUR 12 million"); a post on a
contact line that runs straight into its portfolio ("Ms A, Manager International Science
Partnerships"); a programme named in another language with its English form in brackets (either
form found, or a gloss without quotes before a programme word); satellites named after their
satellite word or in apposition ("the joint satellite KAS-1", "Light-1, a joint nanosatellite"),
and no "CubeSat" mission; a "... Scheme" form of a known programme's alias; an owner's possessive
inside a fronted "Under ..." name; a name headed by a programme word of a language that puts it first
("the Proyecto Agua Andina", "the Programa ... de Pesquisa em Bioeconomia"), joined to the English
name it follows "(in Portuguese, ...)"."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FOUND = [  # (text, a programme name expected, names not expected)
    pytest.param(
        "Riga, 3 May 2026 — Latvia and Norway launched a new Baltic Research Programme of EUR 12 million.",
        "Baltic Research Programme",
        {"Baltic Research Programme of EUR"},
        id="name before a sum in euros",
    ),
    pytest.param(
        "Dakar, 3 May 2026 — Senegal and Canada opened the Sahel Water Fund of CAD 4 million to NGOs.",
        "Sahel Water Fund",
        {"Sahel Water Fund of CAD"},
        id="name before a sum in dollars",
    ),
    pytest.param(
        "Abu Dhabi, 22 January 2026 — The UAE and Korea agreed to build the joint satellite KAS-1 by 2028.",
        "KAS-1",
        set(),
        id="satellite word before the name",
    ),
    pytest.param(
        "Santiago, 4 April 2026 — Chile and Brazil will launch the joint satellite constellation SSOT-2 "
        "in 2028.",
        "SSOT-2",
        set(),
        id="satellite constellation before the name",
    ),
    pytest.param(
        "Dubai, 8 December 2026. The UAE and Bahrain unveiled Light-1, a joint nanosatellite built by "
        "students.",
        "Light-1",
        set(),
        id="satellite in apposition",
    ),
    pytest.param(
        "Lagos, 4 March 2026 — Nigeria and India agreed that ISRO will launch NigeriaSat-X, a joint Earth "
        "observation satellite, in 2027.",
        "NigeriaSat-X",
        set(),
        id="satellite with a letter in apposition",
    ),
    pytest.param(
        "Nairobi, 3 April 2026 — Finland and Kenya launched the Miti Mingi Maisha Bora (More Trees, "
        "Better Life) forestry programme.",
        "Miti Mingi Maisha Bora",
        set(),
        id="gloss without quotes before a programme word",
    ),
    pytest.param(
        "Nairobi, 3 April 2026 — Finland and Kenya signed an MoU. Under Team Finland's Business Finland "
        "Developing Markets Platform, six Kenyan start-ups will receive support.",
        "Business Finland Developing Markets Platform",
        {"Team Finland's Business Finland Developing Markets Platform"},
        id="owner inside a fronted under name",
    ),
]


@pytest.mark.parametrize(("text", "name", "not_names"), FOUND)
def test_programme_probe(extract: Extract, text: str, name: str, not_names: set[str]) -> None:
    names = programme_names(extract(text))
    assert name in names
    assert not (names & not_names)


NOT_PROGRAMMES = [  # (text, names not expected)
    pytest.param(
        "Pretoria, 3 March 2026 — South Africa and Argentina opened a joint call. Contact Ms Thandi "
        "Nkosi, Manager International Science Partnerships, Department of Science and Innovation.",
        {"Manager International Science Partnerships"},
        id="manager post",
    ),
    pytest.param(
        "Canberra, 3 March 2026 — Australia and Fiji signed an MoU. Mr John Smith, Director Global "
        "Programmes at CSIRO, attended.",
        {"Director Global Programmes"},
        id="director post",
    ),
    pytest.param(
        "Canberra, 3 March 2026 — Australia and Fiji signed an MoU. Ms Jane Roe, Senior Manager Pacific "
        "Research Programs, spoke.",
        {"Senior Manager Pacific Research Programs"},
        id="senior manager post",
    ),
    pytest.param(
        "Dubai, 8 December 2026. The UAE and Bahrain launched a satellite. The CubeSat mission will study "
        "gamma-ray flashes.",
        {"CubeSat"},
        id="cubesat mission",
    ),
]


@pytest.mark.parametrize(("text", "not_names"), NOT_PROGRAMMES)
def test_no_programme(extract: Extract, text: str, not_names: set[str]) -> None:
    assert not (programme_names(extract(text)) & not_names)


def test_post_head_in_a_name_after_the(extract: Extract) -> None:
    """A programme whose name opens with a post's word, after "the", stays a programme."""
    text = (
        "Canberra, 3 March 2026 — Australia and Fiji expanded the Head Start Programmes and the Lead "
        "Scholars Fellowships."
    )
    assert {"Head Start Programmes", "Lead Scholars Fellowships"} <= programme_names(extract(text))


ONE_PROGRAMME = [  # (text, the names one programme should carry)
    pytest.param(
        "Brasília, 10 July 2026 — Brazil and Mozambique extended the Programa Mais Alimentos (More Food "
        "Programme) to Nampula.",
        {"More Food Programme", "Programa Mais Alimentos"},
        id="foreign name before english",
    ),
    pytest.param(
        "Mexico City, 9 June 2026 — Mexico and Colombia agreed that the Programa Nacional de Becas "
        "(National Scholarship Programme) will fund 200 students.",
        {"National Scholarship Programme", "Programa Nacional de Becas"},
        id="foreign name with links",
    ),
    pytest.param(
        "Jakarta, 2 May 2026 — Indonesia and Japan expanded the Beasiswa Unggulan (Excellence Scholarship).",
        {"Excellence Scholarship", "Beasiswa Unggulan"},
        id="foreign name without a programme word",
    ),
    pytest.param(
        "Jakarta, 2 May 2026 — Indonesia and Japan expanded the Tani Maju programme (Advanced Farmer "
        "Programme) in Java.",
        {"Tani Maju", "Advanced Farmer Programme"},
        id="name, programme word, english form",
    ),
    pytest.param(
        "Canberra, 4 May 2026 — Australia and Indonesia announced that the Australia Awards Scholarships "
        "Scheme will grow to 500 places.",
        {"Australia Awards", "Australia Awards Scholarships Scheme"},
        id="scheme form of a known alias",
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_PROGRAMME)
def test_one_programme(extract: Extract, text: str, names: set[str]) -> None:
    programs = extract(text)["programs"]
    carried = [{p["name"], *p.get("aliases", [])} for p in programs]
    assert any(names <= c for c in carried), carried
    assert sum(bool(names & c) for c in carried) == 1, carried


def test_person_before_a_bracketed_programme(extract: Extract) -> None:
    """A person's name before a programme in brackets is no alias of it."""
    text = (
        "London, 3 May 2026 — Kenya and the UK honoured Professor Jane Wanjiru (Newton International "
        "Fellowship) at the Royal Society."
    )
    names = programme_names(extract(text))
    assert not any("Wanjiru" in n for n in names)


FOREIGN_HEADED = [  # (text, the name expected)
    pytest.param(
        "Quito, 3 March 2026 — Ecuador and Spain opened the Proyecto Agua Andina in Loja.",
        "Proyecto Agua Andina",
        id="proyecto",
    ),
    pytest.param(
        "Montevideo, 3 March 2026 — Uruguay and Spain renewed the Programa de Formación de Recursos "
        "Humanos for researchers.",
        "Programa de Formación de Recursos Humanos",
        id="programa de",
    ),
    pytest.param(
        "Lisbon, 3 March 2026 — Portugal and Angola launched the Programa Angola-Portugal de Estudos em "
        "Ciências do Mar for students.",
        "Programa Angola-Portugal de Estudos em Ciências do Mar",
        id="name runs on after em",
    ),
]


@pytest.mark.parametrize(("text", "name"), FOREIGN_HEADED)
def test_foreign_headed_name(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_name_in_another_language_after_its_english_name(extract: Extract) -> None:
    """ "X (in Portuguese, Y - ACR)": one programme, Y an alias of X."""
    text = (
        "Luanda, 3 March 2026 — Angola and Portugal fund the Angola-Portugal Programme for Marine Studies "
        "(in Portuguese, Programa Angola-Portugal de Estudos em Ciências do Mar - PAPEM), for four years."
    )
    programs = extract(text)["programs"]
    carried = [{p["name"], *p.get("aliases", [])} for p in programs]
    english, portuguese = (
        "Angola-Portugal Programme for Marine Studies",
        "Programa Angola-Portugal de Estudos em Ciências do Mar",
    )
    assert any({english, portuguese} <= c for c in carried), carried
    assert sum(bool({english, portuguese} & c) for c in carried) == 1, carried
