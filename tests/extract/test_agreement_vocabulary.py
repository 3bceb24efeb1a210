"""The names of formal instruments in instruments.yaml, reviewed from how governments, funders,
universities and news write about them in English (and the foreign names that English texts keep):
each form below gives one instrument of its type; the ambiguous words left out of the lists give none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract.components.agreements import _inside_other

DAY = "on 4 May 2027"

# (sentence, type, parties): one instrument, dated to the day its sentence states
FORMS = [
    (
        f"Chile and Finland signed an implementing agreement on polar research {DAY}.",
        "implementing_arrangement",
        ["CL", "FI"],
    ),
    (
        f"Chile and Finland signed an administrative arrangement on seismology {DAY}.",
        "implementing_arrangement",
        ["CL", "FI"],
    ),
    (
        f"Chile and Finland signed a project arrangement on space weather {DAY}.",
        "implementing_arrangement",
        ["CL", "FI"],
    ),
    (
        f"Chile and Spain signed a Memorando de Entendimiento on biodiversity research {DAY}.",
        "memorandum",
        ["CL", "ES"],
    ),
    (f"France and Chile signed a protocole d'accord on ocean research {DAY}.", "memorandum", ["CL", "FR"]),
    (f"Indonesia and Japan signed a nota kesepahaman on volcano research {DAY}.", "memorandum", ["ID", "JP"]),
    (
        f"The ministers of Chile and Finland issued a joint ministerial statement on polar research {DAY}.",
        "joint_statement",
        ["CL", "FI"],
    ),
    (
        f"Chile and Finland adopted a joint leaders’ statement on science cooperation {DAY}.",
        "joint_statement",
        ["CL", "FI"],
    ),
    (
        f"Chile and Spain issued a Comunicado Conjunto on science cooperation {DAY}.",
        "joint_statement",
        ["CL", "ES"],
    ),
    (
        f"Chile and Finland signed a statement of intent on polar research {DAY}.",
        "letter_of_intent",
        ["CL", "FI"],
    ),
    (f"Chile and Spain signed a carta de intención on astronomy {DAY}.", "letter_of_intent", ["CL", "ES"]),
    (
        f"France and Chile signed a lettre d’intention on ocean research {DAY}.",
        "letter_of_intent",
        ["CL", "FR"],
    ),
    (
        f"Germany and Chile signed an Absichtserklärung on hydrogen research {DAY}.",
        "declaration",
        ["CL", "DE"],
    ),
    (f"Chile and Spain signed a Declaración Conjunta on science {DAY}.", "declaration", ["CL", "ES"]),
    (f"Chile and Spain adopted a Hoja de Ruta for science cooperation {DAY}.", "roadmap", ["CL", "ES"]),
    (f"Chile and Finland adopted a road-map for polar research {DAY}.", "roadmap", ["CL", "FI"]),
    (f"Chile and Finland adopted a plan of action on polar research {DAY}.", "action_plan", ["CL", "FI"]),
    (f"Chile and Finland adopted a joint work plan on polar research {DAY}.", "action_plan", ["CL", "FI"]),
    (f"The Chile–Finland Work Plan on polar research was adopted {DAY}.", "action_plan", ["CL", "FI"]),
    (
        f"Chile and Finland exchanged diplomatic notes {DAY} on the researcher exchange.",
        "agreement",
        ["CL", "FI"],
    ),
    (f"Chile and Finland signed a Letter of Agreement on telescope access {DAY}.", "agreement", ["CL", "FI"]),
    (f"Chile and Spain signed a Convenio Marco de Cooperación {DAY}.", "agreement", ["CL", "ES"]),
    (f"Chile and Spain signed an Acuerdo de Cooperación Científica {DAY}.", "agreement", ["CL", "ES"]),
    (f"Germany and Chile signed a Rahmenabkommen on research {DAY}.", "agreement", ["CL", "DE"]),
    (
        f"Indonesia and Japan signed a Perjanjian Kerja Sama on volcano research {DAY}.",
        "agreement",
        ["ID", "JP"],
    ),
    # verbs of making that date the instrument of their sentence
    (
        f"The memorandum of understanding between Chile and Finland, inked {DAY}, covers polar research.",
        "memorandum",
        ["CL", "FI"],
    ),
    (
        f"The memorandum of understanding between Chile and Finland, co-signed {DAY}, covers polar research.",
        "memorandum",
        ["CL", "FI"],
    ),
    (f"The agreement between Chile and Finland entered into effect {DAY}.", "agreement", ["CL", "FI"]),
]

# Words left out on purpose: not instruments (or not of one type) as they are most often written
NOT_INSTRUMENTS = [
    "De acuerdo con el ministerio, Chile y España ampliaron la colaboración en 2027.",  # "according to"
    "The Chile–Finland project must follow a work plan agreed with the funders in May 2027.",  # a project's
    "Proposals to the Chile–Finland call must include a Work Plan with milestones; deadline 4 May 2027.",
    "Applicants to the Chile–Finland call must submit a statement of intent by 4 May 2027.",
    "The Ministry of Agriculture (MOA) of Chile met Finnish researchers on 4 May 2027.",  # MoA: a ministry
    "The MoA of Chile and Finland's ministry met on 4 May 2027.",
    "Chile and Finland discussed the arrangements for the visit on 4 May 2027.",  # a bare "arrangement"
    "Chile and Finland researchers agreed a programme of cooperation between universities on 4 May 2027.",
]


@pytest.mark.parametrize(("text", "kind", "parties"), FORMS)
def test_instrument_forms(
    extract: Callable[..., dict[str, Any]], text: str, kind: str, parties: list[str]
) -> None:
    agreements = extract(text)["agreements"]
    assert [(a["type"], a["parties"], a.get("date")) for a in agreements] == [(kind, parties, "2027-05-04")]


@pytest.mark.parametrize("text", NOT_INSTRUMENTS)
def test_ambiguous_words_left_out(extract: Callable[..., dict[str, Any]], text: str) -> None:
    assert extract(text)["agreements"] == []


@pytest.mark.parametrize(
    ("title", "surface", "inside"),
    [
        ("Memorandum of Agreement on Polar Research", "Agreement", True),  # found as a memorandum
        ("Letter of Intent and Agreement", "Agreement", True),
        ("Letter of Agreement on Telescope Access", "Letter of Agreement", False),  # its own instrument
        ("Agreement on Polar Research", "Agreement", False),
    ],
)
def test_an_agreement_word_inside_another_title(title: str, surface: str, inside: bool) -> None:
    assert _inside_other(title, surface) is inside
