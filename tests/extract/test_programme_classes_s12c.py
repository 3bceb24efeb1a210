"""Programme of a call, cross-set round 12c: a programme named only as where the money comes from
("the UK share is funded through the X Fund (XF)", "projects supported via the Y") is not the
programme a call belongs to when another programme is named; the bracketed short name right after
such a mention counts as the same mention. All sentences are our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.calls import _from_before

from .records import Extract

MONEY_SOURCE = [  # (text, the call's own programme, the programme only paying for it)
    (
        "Ministers meet in Nairobi\n\nKenya and Norway have launched the Lake Basin Water Fellowships "
        "for early-career hydrologists.\n\nThe Norwegian share is funded through the Nordic Development "
        "Research Fund (NDRF). Applications close on 14 May 2027.\n",
        "Lake Basin Water Fellowships",
        "NDRF",
    ),
    (
        "News from the embassy\n\nChile and Finland opened the Andean Forest Carbon Programme to joint "
        "teams.\n\nEarlier work was supported via the Baltic Green Transition Fund. Proposals are due "
        "on 3 March 2027.\n",
        "Andean Forest Carbon Programme",
        "Baltic Green Transition Fund",
    ),
    (
        "Quarterly bulletin\n\nVietnam and Canada announced the Mekong Coastal Resilience Programme.\n\n"
        "Part of the budget is co-financed through the Pacific Rim Climate Fund (PRCF). The call closes "
        "on 30 September 2027.\n",
        "Mekong Coastal Resilience Programme",
        "PRCF",
    ),
    (
        "Partnership update\n\nGhana and Ireland set up the Volta Agri-Data Scholarships this year.\n\n"
        "The Irish contribution is paid through the Atlantic Partnership Fund. Applications close on "
        "12 January 2027.\n",
        "Volta Agri-Data Scholarships",
        "Atlantic Partnership Fund",
    ),
]


@pytest.mark.parametrize(("text", "own", "source"), MONEY_SOURCE)
def test_a_money_source_yields_to_the_calls_own_programme(
    extract: Extract, text: str, own: str, source: str
) -> None:
    calls = extract(text)["calls"]
    assert calls, text
    assert calls[0].get("program") != source
    assert calls[0].get("program") == own


ONLY_PROGRAMME = [  # the only programme named: still the call's, whatever pays for it
    (
        "The work is funded through the Danube Materials Innovation Fund. Each team may ask for up to "
        "EUR 200,000.\n\nThe funding call closes on 8 April 2027.\n",
        "Danube Materials Innovation Fund",
    ),
]


@pytest.mark.parametrize(("text", "programme"), ONLY_PROGRAMME)
def test_the_only_programme_named_stays_the_calls(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text)["calls"]
    assert calls and calls[0].get("program") == programme


WORDINGS = [
    ("The share is funded through the ", True),
    ("projects supported via its ", True),
    ("grants co-funded through the\n", True),
    ("money would come from the ", True),
    ("The call is run through the ", False),
    ("Apply through the ", False),
    ("It is funded under the ", False),
]


@pytest.mark.parametrize(("before", "money"), WORDINGS)
def test_words_before_a_money_source(before: str, money: bool) -> None:
    assert bool(_from_before().search(before)) is money
