"""Programmes and calls, session 18 round 1 (helper b). Sentences our own.

1. A programme named after two countries joined by a dash with spaces around it ("the Viet Nam -
   Korea Joint Research Programme"): the pair is part of the name, not cut at the dash.
2. Instruments between governments are no programmes: a name ending in "Accord(s)", or opening
   with "Plan of Action", "Action Plan", "Framework for" ...; and a diplomatic status defined with
   an acronym ("the Comprehensive Strategic Partnership (CSP)").
3. A coined name in apposition with an owner's possessive ("ArCS II, Japan's national Arctic
   research programme") or with a pair of partners among its modifiers ("SUPERHEAT, a joint
   ÍSOR–AIST project"): a programme; the pair itself ("a joint X–Y project") is none.
4. A call named before "call" by a scheme of its own that ends with a funding head ("A first SAFIR
   Seed Grant call will ... close on ..."): the call's programme.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FOUND = [  # (text, names that must be programmes)
    pytest.param(
        "The agencies extended the Viet Nam - Korea Joint Research Programme until 2028.",
        {"Viet Nam - Korea Joint Research Programme"},
        id="two-word country before a spaced hyphen",
    ),
    pytest.param(
        "The United Kingdom – Japan Fusion Fellowship Programme opens in May.",
        {"United Kingdom – Japan Fusion Fellowship Programme"},
        id="spaced en dash",
    ),
    pytest.param(
        "Both ministers welcomed the France - Chile Ocean Data Initiative launched last year.",
        {"France - Chile Ocean Data Initiative"},
        id="one-word countries, initiative",
    ),
    pytest.param(
        "The data will feed into ArCS II, Japan's national Arctic research programme.",
        {"ArCS II"},
        id="owner's possessive in apposition",
    ),
    pytest.param(
        "Funding comes from HAVBRUK, the Research Council's programme on aquaculture.",
        {"HAVBRUK"},
        id="the body's possessive in apposition",
    ),
    pytest.param(
        "The rover builds on KOALA-3, Korea's flagship lunar mission, launched in 2024.",
        {"KOALA-3"},
        id="possessive before a mission",
    ),
    pytest.param(
        "She presented first results from DEEPWELL, a joint ÍSOR–AIST project on drilling.",
        {"DEEPWELL"},
        id="pair of partners among the modifiers",
    ),
]

NOT_FOUND = [  # (text, names that must not be programmes)
    pytest.param(
        "India became the 27th signatory of the Artemis Accords in 2023.",
        {"Artemis Accords", "Artemis program"},
        id="accords",
    ),
    pytest.param(
        "Both sides recalled the Hanoi Accord on Science Cooperation signed in 2019.",
        {"Hanoi Accord on Science Cooperation", "Hanoi Accord"},
        id="accord with a topic",
    ),
    pytest.param(
        "The Leaders reaffirmed the Comprehensive Strategic Partnership (CSP) between the two countries.",
        {"CSP", "Comprehensive Strategic Partnership"},
        id="status defined with an acronym",
    ),
    pytest.param(
        "They adopted a new Plan of Action for the Comprehensive Strategic Partnership 2026-2030.",
        {"Plan of Action for the Comprehensive Strategic Partnership"},
        id="plan of action",
    ),
    pytest.param(
        "The ministers welcomed progress under the 10-year Framework for the Major Defense Partnership.",
        {
            "Framework for the Major Defense Partnership",
            "10-year Framework for the Major Defense Partnership",
        },
        id="framework for",
    ),
    pytest.param(
        "The two countries agreed an Action Plan for Cooperation in Science and Technology 2025-2028.",
        {"Action Plan for Cooperation in Science and Technology"},
        id="action plan",
    ),
    pytest.param(
        "She presented first results from DEEPWELL, a joint ÍSOR–AIST project on drilling.",
        {"ÍSOR–AIST"},
        id="the partners' pair is no name",
    ),
    pytest.param(
        "Teams will join BlueNet, a joint NTNU/UFRJ project on ocean data.",
        {"NTNU/UFRJ"},
        id="slashed pair is no name",
    ),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_programmes_found(extract: Extract, text: str, names: set[str]) -> None:
    assert names <= programme_names(extract(text))


@pytest.mark.parametrize(("text", "names"), NOT_FOUND)
def test_not_programmes(extract: Extract, text: str, names: set[str]) -> None:
    assert not names & programme_names(extract(text))


def test_kept_plans_and_frameworks(extract: Extract) -> None:
    """A plan or framework with a name of its own before its head stays a programme."""
    found = programme_names(extract("The EU Framework Programme for Research and Innovation funds the work."))
    assert any(name.startswith("EU Framework Programme") for name in found)


CALLS = [  # (text, the call's programme)
    pytest.param(
        "A first SAFIR Seed Grant call will open on 5 January 2026 and close on\n"
        "31 March 2026 at 5.00 pm Singapore time. Projects may receive up to S$250,000.",
        "SAFIR Seed Grant",
        id="scheme before call, date on the next line",
    ),
    pytest.param(
        "The 2026 Blue Ocean Fellowships call closes on 3 March 2026. Each fellow receives up to EUR 40,000.",
        "Blue Ocean Fellowships",
        id="year, scheme, call closes",
    ),
    pytest.param(
        "Applications to the Nordic Mobility Grants call are due by 5 May 2026.",
        "Nordic Mobility Grants",
        id="applications to the X call are due",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALLS)
def test_call_programme(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text, published="2026-01-10")["calls"]
    assert calls
    assert calls[0].get("program") == programme


def test_funder_funds_through_its_programme(extract: Extract) -> None:
    """5. "<funder> funds/supports <whom> through its <programme>": each side's deadline belongs to
    the programme its funder is said to fund through, also when the text drops the owner's word
    from the programme's name ("its Research Programme on X" for "ANID Research Programme on X")."""
    text = (
        "The Korea–Chile Joint Call is open. ANID funds Chilean partners through its Global Science "
        "Partnership Programme. On the Korean side, NRF supports Korean teams through its Global "
        "Research Network Programme.\n\n## Deadlines\n\n- Chilean applicants: 3 March 2026 (ANID portal).\n"
        "- Korean applicants: 10 March 2026 (NRF portal).\n"
    )
    calls = {c["deadline"][:10]: c.get("program") for c in extract(text, published="2026-01-10")["calls"]}
    assert calls == {
        "2026-03-03": "Global Science Partnership Programme",
        "2026-03-10": "Global Research Network Programme",
    }
    text = (
        "| Funder | CONICYT Research Programme on Coastal Change (RPCC) |\n\n"
        "The joint call is open. The Blue Fund pays for travel. CONICYT finances the Chilean teams "
        "through its Research Programme on Coastal Change.\n\n## Deadline\n\n"
        "- Chilean applicants: proposals are due on 18 February 2026, via CONICYT's portal.\n"
    )
    calls = extract(text, published="2026-01-10")["calls"]
    assert [c.get("program") for c in calls] == ["CONICYT Research Programme on Coastal Change"]
