"""Agreement probes of session 16, round 2 (helper h): sentences of our own, in the shapes press
releases, wires and minutes use for instruments.

1. A "contract" that a verb of signing makes in its sentence, two countries named before it as its
   sides, is an instrument (a conditional cue, like "protocol"; not a firm's "contract with a
   supplier"); "a contract and a protocol" are two, and a cue joined by "and" to the thing
   signed before it takes that verb ("signed on Tuesday in Beijing a contract and a protocol");
   "the protocol, signed by the two ministers" is made too.
2. Two instruments of one type joined by "and" with an article each ("an MoU on X and an MoU on Y",
   "signed a contract ..., and the agencies signed a protocol") are two, not merged.
3. A capitalised "Arrangement on/for/between ..." after an article heads an implementing
   arrangement's title; "the Wassenaar Arrangement", "the seating arrangement" are none.
4. A date after an instrument that a verb or preposition ("builds on", "under", "replaces") gives to
   another noun with its own participle ("a programme signed in 2020") is that noun's; a date of a
   thing planned ("launch set for 2028") dates no instrument.
5. An instrument dated only by a week ("signed last week") takes the day of that week a nearby
   sentence gives with an act of making.
6. "letters of intent with several vendors": instruments with an unnamed many, no bilateral one.
7. Titled instruments in rows of a Markdown table of instruments: one per row, dated by the row's
   date when the header names a date column (not a timetable's untitled "Agreement review").
"""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _instruments(extract: Extract, text: str, published: str | None) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted((a["type"], a["date"]) for a in agreements)


CASES = [  # (text, published, expected (type, date) of every instrument)
    pytest.param(
        "SANTIAGO, 3 March 2025 — Chile and Brazil signed a contract for the joint development of an "
        "Earth observation satellite.",
        "2025-03-03",
        [("agreement", "2025-03-03")],
        id="contract signed",
    ),
    pytest.param(
        "Perth, 3 March 2025 — Australia and Singapore discussed space tracking. The station's operator "
        "signed a contract with a local supplier for new antennas.",
        "2025-03-03",
        [],
        id="a firm's contract",
    ),
    pytest.param(
        "NAIROBI, 12 May 2024 — Kenya and Ghana signed a contract and a protocol on agricultural "
        "research cooperation.",
        "2024-05-12",
        [("agreement", "2024-05-12"), ("agreement", "2024-05-12")],
        id="contract and protocol",
    ),
    pytest.param(
        "Lisbon, 17 September 2025 — Portugal and Angola signed on Tuesday (16) in Luanda a contract and a "
        "protocol that set out how the two countries will build a weather radar network.",
        "2025-09-17",
        [("agreement", "2025-09-16"), ("agreement", "2025-09-16")],
        id="protocol joined to a contract",
    ),
    pytest.param(
        "BRASÍLIA, 21 May 2025 — Brazil and India signed a contract on 20 May for the supply of satellite "
        "components, and the two space agencies signed a protocol on data sharing.",
        "2025-05-21",
        [("agreement", "2025-05-20"), ("agreement", "2025-05-20")],
        id="contract and a second verb's protocol",
    ),
    pytest.param(
        "Muscat, 7 July 2024. Oman and India signed an MoU on space cooperation and an MoU on "
        "oceanography, as well as a letter of intent on digital health.",
        "2024-07-07",
        [("letter_of_intent", "2024-07-07"), ("memorandum", "2024-07-07"), ("memorandum", "2024-07-07")],
        id="two MoUs and a letter",
    ),
    pytest.param(
        "Hanoi, 5 September 2024 — Vietnam and Thailand signed a Memorandum of Understanding on digital "
        "innovation and a Memorandum of Understanding on higher education.",
        "2024-09-05",
        [("memorandum", "2024-09-05"), ("memorandum", "2024-09-05")],
        id="two memoranda in one sentence",
    ),
    pytest.param(
        "Canberra, 4 April 2024. Australia and Indonesia signed an Arrangement on the establishment of a "
        "Joint Research Centre for Marine Science.",
        "2024-04-04",
        [("implementing_arrangement", "2024-04-04")],
        id="Arrangement on the establishment",
    ),
    pytest.param(
        "Seoul, 5 May 2025 — Korea and Germany discussed export controls under the Wassenaar Arrangement "
        "on 4 May.",
        "2025-05-05",
        [],
        id="Wassenaar Arrangement",
    ),
    pytest.param(
        "Tokyo, 6 June 2025 — Japan and Chile reviewed the seating arrangement for the joint committee "
        "held on 5 June.",
        "2025-06-06",
        [],
        id="seating arrangement",
    ),
    pytest.param(
        "Riyadh, 10 June 2025 — Saudi Arabia and India signed a Memorandum of Understanding on renewable "
        "energy research. The memorandum builds on a cooperation programme signed in 2020.",
        "2025-06-10",
        [("memorandum", "2025-06-10")],
        id="builds on a programme signed in 2020",
    ),
    pytest.param(
        "Abuja, 30 June 2025 — Nigeria and Morocco signed a memorandum of understanding under the "
        "programme launched in 2022 on 27 June 2025.",
        "2025-06-30",
        [("memorandum", "2025-06-27")],
        id="under a programme launched in 2022",
    ),
    pytest.param(
        "Beijing, 16 September 2025\n\nSouth Africa and China sign contract for new satellite, launch set "
        "for 2028\n\nSouth Africa and China signed a contract on 16 September 2025 for the satellite.",
        "2025-09-16",
        [("agreement", "2025-09-16")],
        id="launch set for 2028",
    ),
    pytest.param(
        "Santiago, 4 March 2025 — The Memorandum of Understanding on Astronomy between Chile and the "
        "United States was signed last week. It was signed on 26 February 2025 in Santiago.",
        "2025-03-04",
        [("memorandum", "2025-02-26")],
        id="last week, then the day",
    ),
    pytest.param(
        "Wellington, 1 July 2024 — New Zealand and Fiji launched a climate research partnership. The "
        "ministry has signed letters of intent with several vendors.",
        "2024-07-01",
        [],
        id="letters of intent with several vendors",
    ),
    pytest.param(
        "Jakarta, 2 February 2025 — Indonesia and Malaysia signed two memoranda.\n\n"
        "| Instrument | Signatories | Date |\n|---|---|---|\n"
        "| Memorandum of Understanding on Palm Oil Research | Indonesia, Malaysia | 2 February 2025 |\n"
        "| Memorandum of Understanding on Tourism | Indonesia, Malaysia | 2 February 2025 |\n",
        "2025-02-03",
        [("memorandum", "2025-02-02"), ("memorandum", "2025-02-02")],
        id="rows of a table of instruments",
    ),
    pytest.param(
        "Osaka, 4 June 2025 — Japan and Brazil signed a cooperation agreement on 3 June 2025.\n\n"
        "| Date | Milestone |\n| --- | --- |\n| August 2025 | First visit |\n"
        "| June 2028 | Agreement review |\n",
        "2025-06-04",
        [("agreement", "2025-06-03")],
        id="a timetable's Agreement review",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_instrument_probes(
    extract: Extract, text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _instruments(extract, text, published) == sorted(expected)
