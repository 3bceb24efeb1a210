"""Round 16l layout probes for the extractor: signature blocks set side by side in plain text
(two names on one line, two titles under them), capitalised field labels set off by wide spaces
("Co-chair:     Dr ..."), and an event page whose date and place stand in a Markdown table under
its title, after a front matter."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.components.sentences import column_gaps, split_sentences

_MINUTES = """MINUTES OF THE THIRD MEETING OF THE SOUTH AFRICA – INDIA JOINT COMMITTEE

Date:         18-19 November 2025
Venue:        Pretoria, South Africa
Chair:        Mr Imraan Patel, Deputy Director-General, Department of Science and Innovation (DSI)
Co-chair:     Dr Praveen Somasundaram, Head, International Cooperation, DST, India

The parties signed a Programme of Cooperation in science and technology for 2026-2028.

{left:<46}{right}
{left_role:<46}{right_role}
"""

# (the two names side by side, the two titles under them)
SIGNATURES = [
    (
        "Imraan Patel",
        "Praveen Somasundaram",
        "Deputy Director-General, DSI",
        "Head, International Cooperation, DST",
    ),
    (
        "Eng. Hilal Al-Kharusi",
        "Park Jun-ho",
        "Director General of Energy, MEM",
        "Director-General for Hydrogen, MOTIE",
    ),
    ("Ms Ana Quispe", "Dr Jonas Weber", "Director, CONCYTEC", "Head of Division, DFG"),
]


@pytest.mark.parametrize(("left", "right", "left_role", "right_role"), SIGNATURES)
def test_signature_blocks_side_by_side_are_two_people(
    left: str, right: str, left_role: str, right_role: str
) -> None:
    text = _MINUTES.format(left=left, right=right, left_role=left_role, right_role=right_role)
    people = get_extractor().extract(text, name="x.txt").to_dict()["people"]
    names = [person["name"] for person in people]
    assert not any(len(name.split()) > 4 for name in names), names
    roles = {person["name"]: person.get("role") or "" for person in people}
    assert next(
        role for name, role in roles.items() if name.endswith("Patel") or "Patel" in name
    )  # the chair keeps a role
    assert all("Co-chair" not in role for role in roles.values())


# (lines, whether their gaps are column gaps)
GAPS = [
    (
        "For the Spanish side      For the Moroccan side\nCarmen Ruiz               Hicham Ouazzani\n",
        True,
    ),
    ("(signed)                      (signed)\nAna Quispe                    Jonas Weber\n", True),
    ("Date:         18-19 November 2025\nVenue:        Pretoria\n", False),
    ("   2023/2/3   24th meeting held in Bonn\n   2024/5/6   25th meeting held in Tokyo\n", False),
    (
        "A1   Draft terms       KIER / SQU    31/10/2025\nA2   Confirm budget    KETEP         30/11/2025\n",
        False,
    ),
    ("Carmen Ruiz                   Hicham Ouazzani\nThe meeting closed at noon.\n", False),
]


@pytest.mark.parametrize(("text", "columns"), GAPS)
def test_column_gaps(text: str, columns: bool) -> None:
    assert bool(column_gaps(text)) is columns


def test_capitalised_label_with_wide_spaces_opens_a_line() -> None:
    text = "Chair:        Mr Imraan Patel, Director (DSI)\nCo-chair:     Dr Ana Quispe, Head, CONCYTEC\n"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Chair:        Mr Imraan Patel, Director (DSI)",
        "Co-chair:     Dr Ana Quispe, Head, CONCYTEC",
    ]


_EVENT_PAGE = """---
title: "{title}"
date: 2026-09-02
---

# {title}

| | |
|---|---|
| **When** | {when} |
| **Where** | {where} |
| **Organisers** | CONCYTEC and the German Research Foundation (DFG) |

The {kind} is funded by CONCYTEC of Peru and the DFG under the Germany–Peru research programme.
"""

# (title, when, where, the event's date, end, city)
EVENT_PAGES = [
    (
        "Peru–Germany Workshop on Andean Glaciers",
        "14–16 October 2026",
        "Huaraz, Peru",
        "2026-10-14",
        "2026-10-16",
        "Huaraz",
    ),
    ("Ghana–Germany Forum on Green Hydrogen", "3 November 2026", "Accra, Ghana", "2026-11-03", None, "Accra"),
]


@pytest.mark.parametrize(("title", "when", "where", "date", "end", "city"), EVENT_PAGES)
def test_event_fields_in_a_markdown_table_after_front_matter(
    title: str, when: str, where: str, date: str, end: str | None, city: str
) -> None:
    kind = title.split()[1].lower()
    text = _EVENT_PAGE.format(title=title, when=when, where=where, kind=kind)
    events = get_extractor().extract(text, name="x.md").to_dict()["events"]
    found = [e for e in events if e.get("date") == date]
    assert found, events
    assert found[0].get("location") == city
    assert found[0].get("end") == end
