"""Programme and call classes of session 20, round 1 (helper a). Texts of our own.

1. A coined name followed by its long form in brackets that spells it ("launched ACR (Long Form
   Spelling It)", "**ACR** (*Long Form*)", an initialism or a mixed-case name whose capitals are the
   initials) names a programme or project: the coined name, the long form its alias
   (programmes `spelled_after_candidates`). An organisation's acronym before its name, a
   lower-case term and a long form that does not spell the name give none.
2. A call goes by its programme's acronym when the text, having defined it ("Long Name (ACR)"),
   goes on to use the acronym by itself ("ACR funds teams ...", "projects under ACR"): the call's
   programme is then the acronym, not the spelled-out name (calls `_acronym_used_alone`). An
   acronym that only stands in its definition, or a page whose title spells the name out (the
   programme's own page), leaves the call its full name.
"""

from __future__ import annotations

import pytest

from .records import Extract

SPELLED_AFTER = [  # (text, the programme's name, an alias it must carry)
    pytest.param(
        "Ghana and Denmark have started COSTA (Coastal Observation and Sediment Tracking in Africa), "
        "a four-year research effort led by the University of Ghana.",
        "COSTA",
        "Coastal Observation and Sediment Tracking in Africa",
        id="initialism then its long form",
    ),
    pytest.param(
        "Le CNRS et l'Université de Dakar lancent **SHEL** (*Surveillance Hydrologique et Eaux du "
        "Lac*), un projet conjoint de quatre ans.",
        "SHEL",
        "Surveillance Hydrologique et Eaux du Lac",
        id="in emphasis, French long form",
    ),
    pytest.param(
        "The Indian and Finnish teams presented results from QuantNet (Quantum Networks for "
        "Education and Teaching) at the workshop in Espoo.",
        "QuantNet",
        "Quantum Networks for Education and Teaching",
        id="mixed-case name spelled by its capitals",
    ),
    pytest.param(
        "Researchers from Chile and Spain presented **HELIOS-2** (*High-Efficiency Lightweight "
        "Instruments for Orbital Science*) at the ceremony in Santiago.",
        "HELIOS-2",
        "High-Efficiency Lightweight Instruments for Orbital Science",
        id="numbered coined name",
    ),
]


@pytest.mark.parametrize(("text", "name", "alias"), SPELLED_AFTER)
def test_a_coined_name_spelled_out_in_brackets_is_a_programme(
    extract: Extract, text: str, name: str, alias: str
) -> None:
    programmes = {p["name"]: p for p in extract(text, published="2026-03-01")["programs"]}
    assert name in programmes
    assert alias in (programmes[name].get("aliases") or [])


NOT_SPELLED_AFTER = [  # (text, a name that must not be a programme)
    pytest.param(
        "Funding comes from CONICET (Consejo Nacional de Investigaciones Científicas y Técnicas) and "
        "the Italian ministry.",
        "CONICET",
        id="an organisation's acronym before its name",
    ),
    pytest.param(
        "Funding is provided by DAAD (Deutscher Akademischer Austauschdienst) for exchanges with "
        "Brazil.",
        "DAAD",
        id="an organisation whose head word is foreign",
    ),
    pytest.param(
        "The study used SAR (synthetic aperture radar) images from both satellites of Italy and the "
        "UAE.",
        "SAR",
        id="a lower-case term",
    ),
    pytest.param(
        "Kenya and Japan agreed that GreenGrid (Solar Villages for East Africa) will be extended to "
        "2028.",
        "GreenGrid",
        id="a long form that does not spell the name",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_SPELLED_AFTER)
def test_no_programme_from_a_name_its_brackets_do_not_spell(extract: Extract, text: str, name: str) -> None:
    programmes = extract(text, published="2026-03-01")["programs"]
    assert name not in {p["name"] for p in programmes}


CALL_BY_ACRONYM = [  # (text, the call's programme)
    pytest.param(
        "# Call for proposals\n\nThe Swedish Research Council and the Tanzanian commission invite "
        "proposals under the Tanzania–Sweden Marine Research Programme (TASMAR). TASMAR funds joint "
        "teams of marine scientists from both countries. Each project may receive up to SEK 2 "
        "million.\n\nDeadline: 15 May 2026, 14:00 CEST.\n",
        "TASMAR",
        id="acronym used as the subject after its definition",
    ),
    pytest.param(
        "# Joint call 2026\n\nThe Chilean agency ANID and Germany's DFG open the third call of the "
        "Andes–Rhine Climate Partnership (ARCLIP) for joint research projects. Projects under ARCLIP "
        "run for three years and may receive up to EUR 400,000.\n\nApplications close on 3 June "
        "2026.\n",
        "ARCLIP",
        id="acronym used after under",
    ),
    pytest.param(
        "# Joint call 2026\n\nThe Chilean agency ANID and Germany's DFG open the third call of the "
        "Andes–Rhine Climate Fund (ARCF) for joint research projects. Projects run for three years "
        "and may receive up to EUR 400,000.\n\nApplications close on 3 June 2026.\n",
        "Andes–Rhine Climate Fund",
        id="acronym only in its definition: the full name",
    ),
    pytest.param(
        "Ireland–Kenya Soil Health Initiative (IKSHI)\n\nIKSHI supports joint teams of soil "
        "scientists. The 2026 call offers up to EUR 250,000 per project.\n\nDeadline: 9 April "
        "2026, 17:00 IST.\n",
        "Ireland–Kenya Soil Health Initiative",
        id="the page's title spells the name out: its own page keeps the full name",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALL_BY_ACRONYM)
def test_a_call_goes_by_the_acronym_the_text_uses(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text, published="2026-03-01")["calls"]
    assert [c.get("program") for c in calls] == [programme]
