"""Lower-case descriptions of programmes are not programme names.

The record spec lists programmes by name (Horizon Europe, Moonshot, ASPIRE, Polar Connect), and
the gold records never require a lower-case description: "a trilateral research programme on
quantum technologies", "the international joint research program" or "a researcher exchange
programme" are left out of them, and the two lower-case titles they hold are optional. So the
programme step keeps to names (capitalised, acronyms, or a known name written in lower case), and
a description next to a name yields only the name. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

# (text, the programmes expected: each one's name and aliases, in lower case)
CASES = [
    ("Chile and Peru will set up a joint research programme on quantum materials in 2026.", []),
    ("The UK–Korea collaborative research programme on quantum sensing will fund ten projects.", []),
    (
        "Both agencies contribute to the international joint research program and to a researcher "
        "exchange programme.",
        [],
    ),
    (
        "Canada and Japan will fund the Canada–Japan collaborative research programme on ocean observation.",
        [],
    ),
    # a description followed by the name it describes: the name only
    (
        "The ministers will launch a trilateral research programme on batteries, the Nordic Battery "
        "Initiative (NBI), next year.",
        [{"nbi", "nordic battery initiative"}],
    ),
    # a known programme written in lower case is still a programme
    (
        "Partners of the cancer moonshot program met researchers from Canada and Japan in Ottawa.",
        [{"cancer moonshot"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_descriptions_are_not_programme_names(
    extract: Extract, text: str, expected: list[set[str]]
) -> None:
    programmes = extract(text)["programs"]
    found = [{n.lower() for n in (p["name"], *p.get("aliases", []))} for p in programmes]
    assert found == expected
