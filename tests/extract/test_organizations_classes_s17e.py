"""Session 17 round 2 (e) classes on organisations.

- an inner unit written beside its parent across a comma ("Dean of the School of Engineering,
  KMITL", "Japan External Trade Organization (JETRO), Tel Aviv Office", "Press Information Bureau,
  National Media Centre", "Director-General of the ... Science Department, Ministry of Foreign
  Affairs"): a name headed only by a unit word (`comma_unit_heads`), with no acronym or registry
  entry of its own, names a unit of the body beside it, not an organisation; a unit-headed body in
  a list ("the Ministry of Agriculture, the Department of Science and Technology, and ...") or one
  with its own acronym stays."""

from __future__ import annotations

import pytest

from .records import Extract, org_names


@pytest.mark.parametrize(
    ("text", "kept", "unit"),
    [
        (
            "SEOUL, 2 June 2025 - Korea and Chile signed a memorandum on astronomy research. Enquiries: "
            "Korea Trade-Investment Promotion Agency (KOTRA), Santiago Office.",
            "Korea Trade-Investment Promotion Agency",
            "Santiago Office",
        ),
        (
            "CANBERRA, 2 June 2025 - Australia and Japan launched a critical minerals research fund. Media "
            "enquiries: Department of Industry, Science and Resources, Media Unit.",
            "Department of Industry, Science and Resources",
            "Media Unit",
        ),
        (
            "HANOI, 2 June 2025 - Viet Nam and France agreed on joint research in mathematics. Prof. Nguyen "
            "Van An, Head of the Faculty of Physics, Hanoi University of Science, presented the plan.",
            "Hanoi University of Science",
            "Faculty of Physics",
        ),
        (
            "BANGKOK, 4 May 2025 - Thailand and France opened a semiconductor research workshop. Speakers "
            "included Dr. Somchai Dee, Dean of the School of Engineering, KMITL, and Prof. Anne Roux.",
            "KMITL",
            "School of Engineering",
        ),
        (
            "TOKYO, 4 May 2025 - Japan and the Philippines held a joint committee on science. Japan was "
            "represented by Mr. Sato Ken, Director of the Energy and Science Department, Ministry of "
            "Foreign Affairs.",
            "Ministry of Foreign Affairs",
            "Energy and Science Department",
        ),
    ],
)
def test_unit_beside_its_parent_is_no_body(extract: Extract, text: str, kept: str, unit: str) -> None:
    names = org_names(extract(text))
    assert kept in names
    assert not any(unit in n for n in names), names


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "NAIROBI, 2 June 2025 - Kenya and Japan opened a drought research project. The talks brought "
            "together the Ministry of Agriculture, the Department of Science and Technology, and Kenyatta "
            "University.",
            {"Ministry of Agriculture", "Department of Science and Technology", "Kenyatta University"},
        ),
        (
            "MANILA, 2 June 2025 - The Philippines and Korea signed a science agreement. Participants came "
            "from the Department of Science and Technology, Korea Institute of Science and Technology and "
            "the University of the Philippines.",
            {"Department of Science and Technology", "Korea Institute of Science and Technology"},
        ),
    ],
)
def test_bodies_in_a_list_stay(extract: Extract, text: str, bodies: set[str]) -> None:
    assert bodies <= org_names(extract(text))
