"""Indented entry lists in hard-wrapped plain text: each line at the list's indentation opens a new
entry (a person with an honorific, an agenda item, a field, a dated line) and is handed on as its own
sentence, while hanging continuation lines indented deeper stay with their entry, and wrapped prose
(indented block quotes, e-mail text) stays joined."""

from __future__ import annotations

import re

import pytest

from bilat.extract.components.sentences import entry_starts, split_sentences, wrap_width

# A plain-text report hard-wrapped at about 70 columns: full lines around the block under test, so
# that the wrap width is plain and the lines of the block count as full.
BEFORE = [
    "The second year of the partnership between the two universities saw",
    "the first cohort of doctoral students complete their field seasons,",
    "and the steering group met twice to review the budget and the plan.",
]
AFTER = [
    "The steering group thanks all partners for their work during the year",
    "and looks forward to the third year of the programme, which will see",
    "the first joint degrees awarded to students from both institutions.",
]


def sentences(block: list[str]) -> list[str]:
    text = "\n".join([*BEFORE, "", *block, "", *AFTER]) + "\n"
    assert wrap_width([m.span() for m in re.finditer(r"[^\n]+", text)]) is not None
    return [" ".join(text[s:e].split()) for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # people with honorifics, names, roles and institutions; the last one wraps with a hanging indent
        (
            [
                "Contacts",
                "  Prof. Maria Gonzalez Ruiz, Scientific Lead, University of Salamanca",
                "  Dr Kwame Boateng Mensah, Deputy Lead, University of Cape Coast",
                "  Ms Ingrid Solberg Haugen, Grants Officer, Western Norway University of",
                "                           Applied Sciences",
            ],
            [
                "Contacts",
                "Prof. Maria Gonzalez Ruiz, Scientific Lead, University of Salamanca",
                "Dr Kwame Boateng Mensah, Deputy Lead, University of Cape Coast",
                "Ms Ingrid Solberg Haugen, Grants Officer, Western Norway University of Applied Sciences",
            ],
        ),
        # names without honorifics, deeper indentation, tab-free
        (
            [
                "    Hiroshi Tanaka, Director, Japan Agency for Marine-Earth Science",
                "    Camila Rojas Fuentes, Head of Unit, National Research Agency Chile",
                "    Oluwaseun Adeyemi, Project Manager, University of Ibadan Nigeria",
            ],
            [
                "Hiroshi Tanaka, Director, Japan Agency for Marine-Earth Science",
                "Camila Rojas Fuentes, Head of Unit, National Research Agency Chile",
                "Oluwaseun Adeyemi, Project Manager, University of Ibadan Nigeria",
            ],
        ),
        # agenda items
        (
            [
                " Point 1  Welcome by the co-chairs and adoption of the draft agenda",
                " Point 2  Progress of the joint laboratory on battery recycling Lyon",
                " Point 3  Mobility of young researchers and the new exchange scheme",
            ],
            [
                "Point 1 Welcome by the co-chairs and adoption of the draft agenda",
                "Point 2 Progress of the joint laboratory on battery recycling Lyon",
                "Point 3 Mobility of young researchers and the new exchange scheme",
            ],
        ),
        # a timetable of fields with capitalised keys and aligned values
        (
            [
                "  Opening of the call:          3 March 2026, on the portals of both",
                "  Online information session:   17 March 2026, 09:00-10:30 UTC (video)",
                "  Closing date for proposals:   29 May 2026, 17:00 Central Africa Time",
            ],
            [
                "Opening of the call: 3 March 2026, on the portals of both",
                "Online information session: 17 March 2026, 09:00-10:30 UTC (video)",
                "Closing date for proposals: 29 May 2026, 17:00 Central Africa Time",
            ],
        ),
        # dated lines of a news index
        (
            [
                "  2025-11-04  Joint committee on fisheries science meets in Reykjavik",
                "  2025-06-19  Ten postdoctoral fellowships awarded for the second year",
            ],
            [
                "2025-11-04 Joint committee on fisheries science meets in Reykjavik",
                "2025-06-19 Ten postdoctoral fellowships awarded for the second year",
            ],
        ),
    ],
)
def test_each_entry_of_an_indented_list_is_its_own_sentence(block: list[str], expected: list[str]) -> None:
    got = sentences(block)
    for entry in expected:
        assert entry in got


@pytest.mark.parametrize(
    ("block", "joined"),
    [
        # an indented block quote of wrapped prose: some lines start in lower case
        (
            [
                "  The Parties shall encourage cooperation between their universities",
                "  and research institutes, in particular through the exchange of their",
                "  European and African doctoral students in the fields of the programme.",
            ],
            "The Parties shall encourage cooperation between their universities and research "
            "institutes, in particular through the exchange of their European and African "
            "doctoral students in the fields of the programme.",
        ),
        # indented prose whose lines all start in upper case but are cut after "and", "of", a comma
        (
            [
                "    The agreement was signed by the Minister of Higher Education and",
                "    Technology, Dr Amara Diallo, and by the Vice-Rector of the University of",
                "    Lisbon, Professor Rui Matos Silva, at a ceremony held on the campus.",
            ],
            "The agreement was signed by the Minister of Higher Education and Technology, Dr Amara "
            "Diallo, and by the Vice-Rector of the University of Lisbon, Professor Rui Matos Silva, "
            "at a ceremony held on the campus.",
        ),
        # e-mail text indented by the client, cut after a comma before a name
        (
            [
                " We are pleased to confirm that the delegation will be led by the Rector,",
                " Professor Leena Virtanen, who will be joined by two deans of faculty.",
            ],
            "We are pleased to confirm that the delegation will be led by the Rector, Professor "
            "Leena Virtanen, who will be joined by two deans of faculty.",
        ),
        # the text of a list item carried on at the item's column
        (
            [
                "- The joint call for proposals on coastal resilience opened in April",
                "  Twenty-two consortia applied, of which seven were funded by the two",
                "  Nordic and Baltic councils together with the two ministries concerned.",
            ],
            "- The joint call for proposals on coastal resilience opened in April Twenty-two "
            "consortia applied, of which seven were funded by the two Nordic and Baltic "
            "councils together with the two ministries concerned.",
        ),
    ],
)
def test_wrapped_prose_stays_joined(block: list[str], joined: str) -> None:
    assert joined in " ".join(sentences(block))
    assert not any(
        s.startswith(("Professor", "Technology", "Lisbon", "European", "Twenty", "Nordic"))
        for s in sentences(block)
    )


def test_unindented_lines_are_left_to_the_reflow_test() -> None:
    text = "Alpha Beta Gamma\nDelta Epsilon\n"
    assert entry_starts(text, [m.span() for m in re.finditer(r"[^\n]+", text)]) == set()


def test_a_single_indented_line_is_no_list() -> None:
    text = "Heading\n  Only One Entry Here\nBack at the margin\n"
    assert entry_starts(text, [m.span() for m in re.finditer(r"[^\n]+", text)]) == set()
