"""Session 24 round 3 probes on agreements (helper c): documents of our own in the shapes of a
wire report, a university's news page and an academy's anniversary release.

1. "A and B signed a renewed agreement on ... on Monday. The memorandum of understanding was
   signed by ...": the "agreement" told first is the memorandum the next sentence names with
   "the" (nothing before introduced a memorandum), even when the text also recalls an older,
   titled agreement of the same two countries ("the 1994 ... Agreement"); that one keeps its year.
2. "... a letter of intent to prepare a renewed agreement, to be concluded in 2026": an instrument
   still to be made is not dated by the year it is planned for (and so is no instrument made).
3. "held on 7-8 October ... The conference closed with the signing of a letter of intent": the
   signing falls on the last day of the occasion told before, not on its first.
"""

from __future__ import annotations

from typing import Any

from .records import Extract


def _instruments(extract: Extract, text: str, published: str) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted(((a["type"], a["date"]) for a in agreements), key=lambda x: (x[0], x[1] or ""))


RENEWED_WIRE = """\
Norway, Chile renew fisheries research pact

OSLO, March 4, 2026 -- Norway and Chile signed a renewed agreement on fisheries research
cooperation on Tuesday, adding money for joint cruises.

The memorandum of understanding was signed in Oslo by the two research ministers.

The partnership goes back to the 1998 Norway-Chile Fisheries Research Agreement, which set up the
first joint cruises off Patagonia.
"""

RENEWED_PAGE = """\
Poland and Korea extend their battery research cooperation

Poland and Korea signed an extended agreement on battery research in Warsaw on 12 May 2025.

The memorandum was signed by the heads of the two national research councils.

Cooperation started under the 2009 Poland-Korea Science and Technology Agreement.
"""


def test_agreement_then_the_memorandum_is_one(extract: Extract) -> None:
    assert _instruments(extract, RENEWED_WIRE, "2026-03-04") == [
        ("agreement", "1998"),
        ("memorandum", "2026-03-03"),
    ]


def test_agreement_then_the_memorandum_beside_older_titled(extract: Extract) -> None:
    assert _instruments(extract, RENEWED_PAGE, "2025-05-13") == [
        ("agreement", "2009"),
        ("memorandum", "2025-05-12"),
    ]


MEMORANDUM_RECALLED = """\
Estonia and Peru open a seismology exchange

The University of Tartu and the Pontifical Catholic University of Peru signed on Wednesday a
cooperation agreement on seismology.

The agreement sets up an exchange of doctoral students.

The ambassador recalled the memorandum of understanding on education that Estonia and Peru signed in
2018.
"""


def test_agreement_not_folded_into_a_far_recalled_memorandum(extract: Extract) -> None:
    found = _instruments(extract, MEMORANDUM_RECALLED, "2025-09-18")
    assert ("agreement", "2025-09-17") in found


ANNIVERSARY = """\
Georgia and Portugal mark twenty years of research cooperation

TBILISI, 16 October 2025 - Researchers from Georgia and Portugal met in Tbilisi this week for a
conference on twenty years of scientific cooperation.

The conference was held on 14-15 October at the Georgian Academy of Sciences.

The two countries signed an agreement on scientific cooperation in Lisbon in 2005.

Speakers recalled the first joint projects in geology.

The conference closed with the signing of a letter of intent between the Academy and the
Portuguese science foundation to prepare a new cooperation agreement, to be concluded in 2026.
"""

ANNIVERSARY_ENDED = """\
Vietnam and Hungary celebrate a decade of joint physics

Physicists from Vietnam and Hungary gathered in Hanoi from 3 to 5 June 2025 for a jubilee
symposium.

Hungary and Vietnam signed their science agreement in 2015.

The symposium ended with the signing of a memorandum between the two academies, to be followed by
a new agreement to be signed by 2027.
"""


def test_closing_signing_on_last_day_and_no_planned_agreement(extract: Extract) -> None:
    assert _instruments(extract, ANNIVERSARY, "2025-10-16") == [
        ("agreement", "2005"),
        ("letter_of_intent", "2025-10-15"),
    ]


def test_ended_with_signing_on_last_day(extract: Extract) -> None:
    found = _instruments(extract, ANNIVERSARY_ENDED, "2025-06-06")
    assert ("memorandum", "2025-06-05") in found
    assert ("agreement", "2027") not in found
