"""Protocols to an agreement and exchanges of notes or letters are formal instruments (type
``agreement``); a technical or clinical protocol is not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

INSTRUMENTS = [
    "Chile and Finland signed a supplementary protocol on polar research in Helsinki on 4 May 2027.",
    "On 4 May 2027 Chile and Finland signed an additional protocol to their 1994 science agreement.",
    "The ambassadors of Chile and Finland exchanged notes on 4 May 2027 extending the researcher exchange.",
    "An Exchange of Notes between Chile and Finland, dated 4 May 2027, renews the fellowship scheme.",
    "Chile and Finland concluded an exchange of letters on 4 May 2027 on access to the telescope.",
    "A cooperation protocol between Chile and Finland on seismology was signed on 4 May 2027.",
]

NOT_INSTRUMENTS = [
    "Chile and Finland researchers tested a new communication protocol for quantum networks in May 2027.",
    "The clinical protocol of the Chile–Finland vaccine study was published on 4 May 2027.",
    "Chile and Finland students exchanged ideas at a workshop on 4 May 2027.",
]


@pytest.mark.parametrize("text", INSTRUMENTS)
def test_protocols_and_notes_are_agreements(extract: Callable[..., dict[str, Any]], text: str) -> None:
    agreements = extract(text)["agreements"]
    expected = [("agreement", ["CL", "FI"], "2027-05-04")]
    if "1994" in text:  # ("a protocol to their 1994 science agreement": that one too, of its year)
        expected.append(("agreement", ["CL", "FI"], "1994"))
    assert [(a["type"], a["parties"], a.get("date")) for a in agreements] == expected


@pytest.mark.parametrize("text", NOT_INSTRUMENTS)
def test_technical_protocols_are_not_agreements(extract: Callable[..., dict[str, Any]], text: str) -> None:
    assert extract(text)["agreements"] == []
