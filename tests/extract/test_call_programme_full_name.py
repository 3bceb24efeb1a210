"""A call's programme: the full name the text defines an acronym by, unless the text names calls by
the acronym; and a programme named after the deadline in the same paragraph. Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.programme_uses import acronym_names_calls

from .records import Extract

FULL_NAME = [
    (
        "Ghana and Sweden launched a joint call under the Nordic–African Energy Research Fund (NAERF).\n\n"
        "Researchers can request up to SEK 2 million through NAERF. The call closes on 12 March 2027.\n",
        "Nordic–African Energy Research Fund",
    ),
    (
        "The work is funded from the Baltic Marine\nInnovation Programme (BMIP). Each proposal may ask "
        "for EUR 300,000.\n\nThe funding call closes at 14:00 CET on 2 April 2027.\n",
        "Baltic Marine Innovation Programme",
    ),
]

ACRONYM = [
    (
        "The Coastal Observation Research Programme (COREP) funds joint projects.\n\n"
        "The COREP Chile–Norway joint call closed on 5 May 2027.\n",
        "COREP",
    ),
    (
        "KIWIMAR: joint call for proposals\n\nThe Kiwi Marine Alliance (KIWIMAR) supports teams. "
        "The call closes on 9 June 2027.\n",
        "KIWIMAR",
    ),
]


@pytest.mark.parametrize(("text", "programme"), FULL_NAME)
def test_a_call_carries_the_full_name_an_acronym_is_defined_by(
    extract: Extract, text: str, programme: str
) -> None:
    assert [c["program"] for c in extract(text, published="2026-12-01")["calls"]] == [programme]


@pytest.mark.parametrize(("text", "programme"), ACRONYM)
def test_a_call_named_by_its_acronym_keeps_the_acronym(extract: Extract, text: str, programme: str) -> None:
    assert [c["program"] for c in extract(text, published="2026-12-01")["calls"]] == [programme]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The ACR call opens soon.", True),
        ("ACR: Joint call for proposals", True),
        ("The ACR Korea–Chile joint call closes in May.", True),
        ("Funds flow through ACR, and the partners pay half.", False),
        ("Write to the ACR team about the calls.", False),
    ],
)
def test_when_a_text_names_calls_by_an_acronym(text: str, names: bool) -> None:
    assert acronym_names_calls(text, "ACR") is names


def test_a_programme_named_after_the_deadline_in_the_same_paragraph(extract: Extract) -> None:
    text = (
        "Funding call\n\nApplications close on 20 October 2027. The call is part of the "
        "Andes Glacier Research Programme run by the two ministries.\n"
    )
    calls = extract(text, published="2026-12-01")["calls"]
    assert [c["program"] for c in calls] == ["Andes Glacier Research Programme"]


def test_a_programme_in_a_later_paragraph_is_not_the_call_s(extract: Extract) -> None:
    text = (
        "Funding call\n\nApplications close on 20 October 2027.\n\n"
        "Separately, the Andes Glacier Research Programme held a workshop.\n"
    )
    calls = extract(text, published="2026-12-01")["calls"]
    assert [c.get("program") for c in calls] == [None]
