"""A call that no programme owns takes the name the text gives the call itself (`named_call`)."""

from __future__ import annotations

import pytest

from bilat.extract.components.calls import named_call

CASES = [
    # a pair of partners, "Joint Call" and its topic (the name ends where the topic's words end)
    (
        "News\nCzech–Israeli Joint Call on Artificial Intelligence (CZ-IL AI 2026)\n"
        "Proposals are due by 2 March 2026.",
        "Czech–Israeli Joint Call on Artificial Intelligence",
    ),
    (
        "The Danish-Chilean Joint Call in Marine Biotechnology opens in May. Submit by 9 June 2026.",
        "Danish-Chilean Joint Call in Marine Biotechnology",
    ),
    (
        "Applicants to the DFG/FAPESP Joint Call for Tropical Soils and Water must apply by 1 May 2026.",
        "DFG/FAPESP Joint Call for Tropical Soils and Water",
    ),
    ("The UK-Japan Joint Call 2026 closes on 3 May 2026.", "UK-Japan Joint Call 2026"),
    # a heading that opens with "Open call:" (its closing year goes)
    (
        "## Open call: Norwegian–Indian ocean health projects 2027\n\nApply by 15 January 2027.",
        "Norwegian–Indian ocean health projects",
    ),
    ("**New call: Baltic Digital Twins**\n\nThe deadline is 4 April 2026.", "Baltic Digital Twins"),
    # a coined name set off after a described joint call
    (
        "The agencies will open the first Dutch-Chilean joint call on ocean energy, NL-CL Wave, "
        "next spring. Applications are accepted until 30 May 2026.",
        "NL-CL Wave",
    ),
    (
        "Both councils launch a joint call for quantum sensing, *QSense Bridge*, this year; it "
        "closes on 1 October 2026.",
        "QSense Bridge",
    ),
    # the nearest name before the deadline wins
    (
        "## Open call: Alpine glacier monitoring 2026\n\nApply by 1 May 2026.\n\n"
        "## Open call: Andean water security 2026\n\nApply by 1 June 2026.",
        "Andean water security",
    ),
]

NEGATIVE = [
    "The Joint Call for Proposals opens soon; submit by 3 May 2026.",  # no partners' names
    "A joint call on hydrogen will open; the deadline is 3 May 2026.",  # described, never named
    "Open call for applications: submit by 4 April 2026.",  # no name after the colon
    "The call closes on 3 May 2026.",
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_named_call(text: str, name: str) -> None:
    position = text.rfind("2026") if "2027" not in text else text.rfind("2027")
    assert named_call(text, position) == name


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_named_call(text: str) -> None:
    assert named_call(text, text.rfind("2026")) is None


def test_name_after_the_deadline_is_not_taken() -> None:
    text = "Apply by 2 May 2026. The Irish-Kenyan Joint Call on Soil Health follows later."
    assert named_call(text, text.find("2026")) is None
