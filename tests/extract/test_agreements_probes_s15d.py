"""Agreement probes of session 15, round 4 (grammar probes, helper d). Texts of our own.

1. A dateline dates the report, not the signing its sentence tells ("SEOUL, April 20, 2024 -- A
   Letter of Intent ... was signed on 19 April", "... signed by the ministers on Friday").
2. A title does not run on over a date after "on" ("signed an MoU on May 2, 2024" names no
   "MoU on May").
3. An instrument named with its year ("under the 1988 Agreement on ...") is a framework: the date
   told after it dates the instrument signed under it, and the framework keeps its year.
"""

from __future__ import annotations

import pytest

from .records import Extract

DATELINE = [
    pytest.param(
        "SEOUL, April 20, 2024 -- A Letter of Intent between the Korean Ministry of Science and ICT "
        "and Canada's National Research Council was signed on 19 April.\n",
        "letter_of_intent",
        "2024-04-19",
        id="long title then day",
    ),
    pytest.param(
        "OTTAWA, 9 June 2024 — The Implementing Arrangement between Canada and the United Kingdom "
        "on AI research was signed by the ministers on Friday.\n",
        "implementing_arrangement",
        "2024-06-07",
        id="weekday after a long title",
    ),
    pytest.param(
        "TOKYO, 12 March 2025 – Japan and Germany signed a Memorandum of Understanding on quantum "
        "technology on 11 March 2025.\n",
        "memorandum",
        "2025-03-11",
        id="full day",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), DATELINE)
def test_the_dateline_does_not_date_the_signing(extract: Extract, text: str, kind: str, date: str) -> None:
    found = [a for a in extract(text, published=None)["agreements"] if a["type"] == kind]
    assert found and found[0]["date"] == date, found


TITLES = [
    pytest.param(
        "WASHINGTON, May 3, 2024 — The National Science Foundation of the United States and the "
        "Department of Science and Technology of India signed an MoU on May 2, 2024.\n",
        None,
        id="bare short form",
    ),
    pytest.param(
        "NEW DELHI, 22 January 2025 — India and Australia signed the India-Australia Critical "
        "Minerals Investment Partnership MoU on January 21, 2025.\n",
        "India-Australia Critical Minerals Investment Partnership MoU",
        id="named short form",
    ),
    pytest.param(
        "BERLIN, 4 March 2024 — Germany and Japan signed a Memorandum on Hydrogen Research on "
        "Monday, 4 March 2024.\n",
        "Memorandum on Hydrogen Research",
        id="subject then weekday",
    ),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_a_title_stops_before_a_date(extract: Extract, text: str, title: str | None) -> None:
    found = extract(text, published=None)["agreements"]
    assert found and found[0].get("title") == title, found


FRAMEWORK = [
    pytest.param(
        "WASHINGTON, 8 July 2024 — The US and Japan signed an Implementing Arrangement under the 1988 "
        "Agreement on Science and Technology Cooperation on 5 July 2024.\n",
        {"implementing_arrangement": "2024-07-05", "agreement": "1988"},
        id="arrangement under a dated agreement",
    ),
    pytest.param(
        "ROME, 6 May 2024 - Italy and Japan signed a Memorandum of Cooperation under their 2002 "
        "Agreement on Science and Technology on 3 May 2024 in Rome.\n",
        {"memorandum": "2024-05-03", "agreement": "2002"},
        id="memorandum under their agreement",
    ),
]


@pytest.mark.parametrize(("text", "dates"), FRAMEWORK)
def test_a_framework_named_with_its_year_keeps_it(extract: Extract, text: str, dates: dict[str, str]) -> None:
    found = {a["type"]: a["date"] for a in extract(text, published=None)["agreements"]}
    assert found == dates, found
