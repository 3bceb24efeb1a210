"""Programmes, session 16 round 1 (helper b). Sentences our own.

1. A project named by a quoted title and its short form, after a programme word of its sentence:
   "a new research project under X, entitled "Title of the Project" (SHORT)", "The project, "Title
   of the Project", known by its short name SHORT": the short form names the project (whether or
   not its letters spell the title), the title is its alias.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

QUOTED_TITLES = [  # (text, short form, title)
    pytest.param(
        'Kenya and Japan started a new joint project, "Smart Water Networks for Coastal Cities" '
        "(SWANCO), in Mombasa last month.\n",
        "SWANCO",
        "Smart Water Networks for Coastal Cities",
        id="project then quoted title and bracketed short form",
    ),
    pytest.param(
        "The ministers of Vietnam and Japan welcomed a new research project under the Japanese aid "
        "programme, titled “Resilient Rice Systems for the Mekong Delta” (ReRIS-MD). It runs for five "
        "years.\n",
        "ReRIS-MD",
        "Resilient Rice Systems for the Mekong Delta",
        id="titled, curly quotes, short form that does not spell it",
    ),
    pytest.param(
        'Ghana and Korea agreed on teacher training. The programme, "Digital Skills for Rural\n'
        'Schools", known as DIGIRS, will train 500 teachers.\n',
        "DIGIRS",
        "Digital Skills for Rural Schools",
        id="known as, across a line break",
    ),
    pytest.param(
        'Finland and Estonia link their ports. The initiative "Green Ports of the Baltic Sea", known by '
        "its short name GREENPORT, starts in May.\n",
        "GREENPORT",
        "Green Ports of the Baltic Sea",
        id="known by its short name",
    ),
]


@pytest.mark.parametrize(("text", "short", "title"), QUOTED_TITLES)
def test_a_quoted_project_title_with_its_short_form(
    extract: Extract, text: str, short: str, title: str
) -> None:
    names = programme_names(extract(text, published="2025-06-01"))
    assert {short, title} <= names, names


def test_a_quoted_report_title_without_a_programme_word_names_none(extract: Extract) -> None:
    text = (
        'Ghana and Korea released a joint report, "Lessons from Ten Years of Cooperation" (LTYC), '
        "at the embassy.\n"
    )
    assert "LTYC" not in programme_names(extract(text, published="2025-06-01"))
