"""The date of a wire story that states only a yearless dateline ("SEOUL, Oct. 23 (Agency) --"): a
decade or a planned year is no year of writing, and a bare weekday in the lead ("agreed Thursday")
fixes the dateline's year from the latest year the story tells of."""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date, infer_reference

XINHUA = (
    "China, Kenya sign research pact\n\n"
    "BEIJING, March 4 (Xinhua) -- China and Kenya signed Tuesday an agreement on joint research in "
    "agriculture and water, the science ministry said.\n\n"
    "The two countries signed their first science agreement in 2019 and renewed it in 2023. Kenya "
    "plans to double its research spending in the 2030s.\n"
)
PTI = (
    "NEW DELHI, Aug. 12 (PTI) -- India and Japan on Monday agreed to set up a joint laboratory for "
    "semiconductor research, officials said.\n\n"
    "The two sides held their last dialogue in Tokyo in March 2022. India aims to become a chip hub by "
    "the 2040s, and the laboratory is expected to open in 2031.\n"
)
NTB = (
    "OSLO, June 8 (NTB) - Norway and Chile on Saturday signed a letter of intent on Antarctic research.\n\n"
    "The agreement was prepared at a meeting of the two research councils in February 2025.\n"
)
WITHOUT_WEEKDAY = (
    "TOKYO, Jan 16 (Kyodo) - Japan and Sweden signed a memorandum on quantum research, the "
    "ministry said.\n\n"
    "Sweden opened its embassy science office in 2023. Both countries plan to build quantum "
    "computers in the 2030s.\n"
)
LOOKING_AHEAD = (
    "ABUJA, Nov. 27 (NAN) -- Nigeria and Ghana will sign Friday an agreement on vaccine research, "
    "the ministry said.\n\n"
    "The two countries held talks on the agreement in 2024.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (XINHUA, "2025-03-04"),  # the first 4 March from 2023 on that is a Tuesday or a Wednesday
        (NTB, "2025-06-08"),  # Saturday's news under Sunday's dateline
        (PTI, "2024-08-12"),  # the first 12 August from 2022 on after a Monday (not 2031, a plan, nor 2040)
        (WITHOUT_WEEKDAY, "2023-01-16"),  # no weekday: the latest year told, not the decade
        (LOOKING_AHEAD, "2024-11-27"),  # a weekday looked ahead to fixes nothing
    ],
)
def test_a_yearless_wire_dateline_takes_its_year(text: str, expected: str) -> None:
    assert document_date(text) == expected


def test_a_planned_year_later_in_its_clause_is_no_year_of_writing() -> None:
    text = (
        "Thailand and Chile discussed research on fisheries in 2024. Thailand plans to open its first "
        "polar research station in Antarctica in 2029."
    )
    point = infer_reference(text)
    assert point is not None and point.value() == "2024"


def test_a_year_told_after_a_planned_clause_counts() -> None:
    text = "The programme, which will end in 2027, was launched in Lima by Peru and Spain in 2022."
    point = infer_reference(text)
    assert point is not None and point.value() == "2022"


def test_a_far_plan_gives_no_year_to_a_yearless_dateline() -> None:
    text = (
        "HANOI, May 6 (VNA) - Vietnam and Japan signed a memorandum on nuclear research, the ministry "
        "said.\n\nThe two sides opened talks in March 2024. Vietnam plans to put its first research "
        "reactor into operation in 2031.\n"
    )
    assert document_date(text) == "2024-05-06"
