"""Programmes, round 10: an acronym defined without a telling head word ("Long Form (ACR)") names a
programme when the text opens a sentence with it and a scheme's doings ("ACR funds ...", "ACR is
co-funded by ..."). Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.naming import key
from bilat.extract.programme_uses import _SUBJECT_VERB, opens_sentence

from .records import Extract


def _programme_names(record: dict[str, Any]) -> set[str]:
    return {key(n) for p in record["programs"] for n in [p["name"], *p.get("aliases", [])]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active verb, plain prose
        (
            "Canada and Peru announced Resilient Andean Water Futures (RAWF). RAWF funds teams of "
            "hydrologists from both countries for three years.",
            "RAWF",
        ),
        # passive, with the amount after it
        (
            "Ghana and Denmark presented Coastal Livelihoods and Sea Level Rise (COLISER) in Accra.\n\n"
            "COLISER is co-funded by both ministries with EUR 2 million.",
            "COLISER",
        ),
        # future tense, in a markdown paragraph opening with emphasis
        (
            "The partners described Nordic-Baltic Microgrid Learning (NOBAMIL) at the forum.\n"
            "**NOBAMIL** will support exchanges of young engineers from 2026.",
            "NOBAMIL",
        ),
        # an HTML paragraph opening with the acronym
        (
            "<p>Japan and Kenya set up Smart Irrigation for Smallholder Farms (SISF).</p>"
            "<p>SISF supports pilot farms in three counties.</p>",
            "SISF",
        ),
        # British spelling, "finances"
        (
            "Under the memorandum, Vietnam and Australia established Mekong Soil Carbon Monitoring "
            "(MESOCAM). MESOCAM finances field stations and doctoral stays.",
            "MESOCAM",
        ),
    ],
)
def test_an_acronym_opening_a_sentence_with_a_schemes_doings_is_a_programme(
    extract: Extract, text: str, expected: str
) -> None:
    assert key(expected) in _programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # an agency (a body's head word) that funds things is no programme
        "The Research Foundation of Flanders (FWO) met Brazil's agencies. FWO funds basic research.",
        # the acronym inside a sentence, not opening it: no cue
        "Chile presented Southern Ice Monitoring (SIMON), and the ministry funds SIMON supports nothing.",
    ],
)
def test_no_programme_without_the_cue(extract: Extract, text: str) -> None:
    names = _programme_names(extract(text))
    assert key("FWO") not in names
    assert key("Research Foundation of Flanders") not in names
    assert key("SIMON") not in names


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("ACR funds", 0, True),
        ("Done. ACR funds", 6, True),
        ("Done.\n  ACR funds", 8, True),
        ("<p>ACR funds", 3, True),
        ("Done. **ACR** funds", 8, True),
        ("the new ACR funds", 8, False),
        ("Dr. Smith and ACR", 14, False),
    ],
)
def test_what_opens_a_sentence(text: str, start: int, expected: bool) -> None:
    assert opens_sentence(text, start) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" funds stays", True),
        (" is jointly funded by", True),
        (" will award grants", True),
        (" fundsx", False),
        (" funded", False),
        (" met in Oslo", False),
        ("** supports teams", True),
    ],
)
def test_the_verbs_after_the_acronym(after: str, expected: bool) -> None:
    assert (_SUBJECT_VERB.match(after, 0) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coined name in capitals, never defined, opening a sentence with what it funds
        (
            "Chile and Germany renewed their exchange scheme. AQUAMARE funds research stays of "
            "three to twelve months for doctoral candidates.",
            "AQUAMARE",
        ),
        # hyphenated, passive, with an amount
        (
            "The Polish-Norwegian cruise left Gdynia on Monday.\n\nSEA-GLACE is funded with NOK 18 "
            "million by both research councils.",
            "SEA-GLACE",
        ),
        # with a digit, in emphasis at a paragraph's start
        ("**GEOLINK2** will support twenty joint theses between Kenya and Finland.", "GEOLINK2"),
        # "co-financed", after a question
        (
            "What comes next for Morocco and Spain? HELIOMED is co-financed by the two ministries.",
            "HELIOMED",
        ),
    ],
)
def test_a_coined_name_opening_a_sentence_with_a_schemes_doings_is_a_programme(
    extract: Extract, text: str, expected: str
) -> None:
    assert key(expected) in _programme_names(extract(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an agency defined as one funds things too
        ("The Research Council of Norway (RCN) met its partners. RCN funds the cruise.", "RCN"),
        # inside a sentence, not opening it
        ("The ministry said that AQUAMARE funds nothing yet.", "AQUAMARE"),
        # a capitalised word that is no coined name (a heading word in capitals)
        ("NOTE: the ministry supports the plan.", "NOTE"),
    ],
)
def test_no_coined_programme_without_its_cue(extract: Extract, text: str, absent: str) -> None:
    assert key(absent) not in _programme_names(extract(text))
