"""Agreement probes of session 17, round 5 (helper r): sentences of our own, in the shapes of
wire items and embassy digests from Latin America, Africa, the Gulf and South-East Asia.

1. A bare act cue ("a protocol on ...") that goes on a series of instruments (", a" / "and a"
   after another instrument's word) is made by the verb of signing that opens the series ("signed
   three documents: a memorandum on A, a letter of intent on B and a protocol on C").
2. "An agreement in principle" is agreed terms, a step of talks: no instrument made.
3. A date right after a verb of reporting ("officials said on Friday", "announced on Monday") dates
   the report, not the instrument, when the sentence tells another date ("will sign ... next month").
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
        "SANTIAGO, 12 March 2026 — Chile and Finland signed three documents on Thursday: a memorandum of "
        "understanding on mining research, a letter of intent on green hydrogen and a protocol on "
        "phytosanitary requirements for cherries.",
        "2026-03-12",
        [("agreement", "2026-03-12"), ("letter_of_intent", "2026-03-12"), ("memorandum", "2026-03-12")],
        id="protocol ending a signed series",
    ),
    pytest.param(
        "Lusaka, 3 June 2026 — Zambia and Tanzania signed a memorandum of understanding on rail transport "
        "and a protocol on the joint management of the border posts.",
        "2026-06-03",
        [("agreement", "2026-06-03"), ("memorandum", "2026-06-03")],
        id="and a protocol after an MoU",
    ),
    pytest.param(
        "Windhoek, 3 June 2026 — Namibia and Botswana signed a memorandum of understanding on veterinary "
        "services; laboratories on both sides follow the same testing protocol.",
        "2026-06-03",
        [("memorandum", "2026-06-03")],
        id="a procedure's protocol: no series",
    ),
    pytest.param(
        "Brasília, 9 October 2026 — Brazil and Angola reached an agreement in principle on air services.",
        "2026-10-09",
        [],
        id="agreement in principle",
    ),
    pytest.param(
        "Canberra, 9 October 2026 — Australia and Fiji have concluded an agreement-in-principle on "
        "labour mobility, officials said.",
        "2026-10-09",
        [],
        id="agreement-in-principle, hyphenated",
    ),
    pytest.param(
        "Manila, 15 May 2026 — The Philippines and Singapore will sign a memorandum of understanding on "
        "carbon credits next month, officials said on Friday.",
        "2026-05-15",
        [("memorandum", "2026-06")],
        id="said on Friday: the report's day",
    ),
    pytest.param(
        "Kuala Lumpur, 10 March 2026 — Malaysia and Brunei will sign an agreement on maritime boundaries "
        "in April, the foreign ministry announced on Monday.",
        "2026-03-10",
        [("agreement", "2026-04")],
        id="announced on Monday: the report's day",
    ),
    pytest.param(
        "Muscat, 10 March 2026 — Oman and Kenya signed a memorandum of understanding on fisheries on "
        "Monday, the foreign ministry said.",
        "2026-03-10",
        [("memorandum", "2026-03-09")],
        id="said, no day of its own: the signing day stays",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_agreement_probes(extract: Extract, text: str, published: str | None, expected: list[Any]) -> None:
    assert _instruments(extract, text, published) == sorted(expected)


TITLES = [  # (text, expected titles) — 4. a bare instrument word after "The" is no title
    pytest.param(
        "Reykjavik, 2 February 2026 — Iceland and Denmark signed a memorandum of understanding on geothermal "
        "research. The MoU was signed by the two ministers.",
        [None],
        id="The MoU: no title",
    ),
    pytest.param(
        "Port Moresby, 2 February 2026 — Papua New Guinea and Indonesia signed the Agreement on Border "
        "Crossings. The Agreement was signed by the two foreign ministers.",
        ["Agreement on Border Crossings"],
        id="a real title stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_bare_word_is_no_title(extract: Extract, text: str, expected: list[str | None]) -> None:
    agreements = extract(text, published="2026-02-02")["agreements"]
    assert [a.get("title") for a in agreements] == expected
