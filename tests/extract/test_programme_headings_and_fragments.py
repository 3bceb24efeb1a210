"""Programme names are not headings, table labels or fragments of a longer defined name: "Synopsis
of Program", "Earliest project start", "Program Solicitation <agency>", "X Initiative" cut from
"X Initiative on ... (ACR)". Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

NOT_PROGRAMMES = [
    (
        "Heading about a generic word",
        "## Overview of Programme\n\nThe Danube Water Quality Network (DWQN) project links twelve labs.\n",
        "Overview of Programme",
    ),
    (
        "Table row label",
        "| Step | Date |\n| --- | --- |\n| Earliest project start | 1 July 2027 |\n"
        "| Latest project start | 1 October 2027 |\n",
        "Earliest",
    ),
    (
        "Issuer acronym after a document word",
        "**Program Solicitation NASA 27-101**\n\nThe National Aeronautics and Space Administration (NASA) "
        "invites proposals.\n",
        "Program Solicitation NASA",
    ),
    (
        "Fragment of a defined name",
        "The work serves the goals of the Brazil–Germany Initiative on Marine Robotics (BGIMR), agreed "
        "in 2025.\n",
        "Brazil–Germany Initiative",
    ),
]


@pytest.mark.parametrize(("case", "text", "name"), NOT_PROGRAMMES)
def test_headings_labels_and_fragments_are_no_programmes(
    extract: Extract, case: str, text: str, name: str
) -> None:
    names = {p["name"] for p in extract(text)["programs"]}
    assert name not in names, case


def test_a_real_programme_beside_such_a_heading_is_kept(extract: Extract) -> None:
    text = "## Overview of Programme\n\nThe Danube Water Quality Network (DWQN) project links twelve labs.\n"
    programmes = extract(text)["programs"]
    assert any(p["name"] == "DWQN" or "DWQN" in p.get("aliases", []) for p in programmes)


def test_an_acronym_described_by_its_solicitation_names_a_programme(extract: Extract) -> None:
    text = (
        "# Mexico–Canada Collaborative Research in Water Security (MCWATER)\n\n"
        "This is the second MCWATER solicitation. Proposals are due on 9 April 2027.\n"
    )
    names = {
        n
        for p in extract(text, published="2026-11-01")["programs"]
        for n in [p["name"], *p.get("aliases", [])]
    }
    assert "MCWATER" in names
