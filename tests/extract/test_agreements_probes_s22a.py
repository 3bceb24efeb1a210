"""Agreement probes of session 22, round 2 (helper a): short documents of our own, in the shapes of
ministry news items, wire copy, university releases and call pages, for pairs no set has.

1. A bare plural made with its topics ("Sweden and Chile signed agreements on astronomy and on
   lithium research") tells that many instruments (at least two); an umbrella plural ("agreements")
   only with its topics, not when it sums up instruments told one by one ("one of three agreements
   sealed in Penang"). "The two sides also signed an agreement on ..." is one more instrument.
2. A project's funding contract ("The consortium signed a grant agreement with ANR", "Funded teams
   will sign a grant agreement") and a site's or user's contract ("our cookie agreement", "the data
   processing agreement") are no instruments of two countries.
3. The year before a few words of an instrument's name dates it ("their 2016 research cooperation
   agreement"), even beside another instrument made in its sentence.
4. "extended their agreement ... on Tuesday" dates the extension, as "renewed" does.
5. An instrument named as the framework of a making ("signed an exchange of notes ... under the
   Science and Technology Cooperation Agreement") is another instrument, undated by that day.
"""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _instruments(extract: Extract, text: str, published: str | None) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted(((a["type"], a["date"]) for a in agreements), key=lambda x: (x[0], x[1] or ""))


CASES = [  # (text, published, expected (type, date) of every instrument)
    pytest.param(
        "Santiago, 10 March 2026 – Sweden and Chile signed agreements on astronomy and on lithium research.",
        "2026-03-12",
        [("agreement", "2026-03-10"), ("agreement", "2026-03-10")],
        id="bare plural with topics",
    ),
    pytest.param(
        "Santiago, 10 March 2026 – Sweden and Chile signed a framework agreement on research on Tuesday. "
        "The two sides also signed agreements on astronomy and on lithium research.",
        "2026-03-12",
        [("agreement", "2026-03-10")] * 3,
        id="also signed agreements",
    ),
    pytest.param(
        "Tokyo, 10 March 2026 – Japan and Mexico signed a framework agreement on science on Tuesday. "
        "The two sides also signed an agreement on seismology.",
        "2026-03-12",
        [("agreement", "2026-03-10")] * 2,
        id="also signed an agreement",
    ),
    pytest.param(
        "Cairo, 10 March 2026 – Italy and Egypt signed a cooperation agreement on water research on Tuesday. "
        "The ministers also signed two agreements on solar energy and on archaeology.",
        "2026-03-12",
        [("agreement", "2026-03-10")] * 3,
        id="also signed two agreements",
    ),
    pytest.param(
        "Penang, 18 November 2025 – A Chinese firm signed a memorandum of understanding with Malaysia's "
        "investment agency on Tuesday, one of three agreements sealed in Penang between Malaysian and "
        "Chinese parties.",
        "2025-11-19",
        [("memorandum", "2025-11-18")],
        id="umbrella plural sums up",
    ),
    pytest.param(
        "Nairobi, 10 March 2026 – The French National Research Agency (ANR) and Kenya's National Research "
        "Fund opened a joint call on climate adaptation. The AGRI-KE consortium, led by the University of "
        "Nairobi, signed a grant agreement with the French National Research Agency last month.",
        "2026-03-12",
        [],
        id="a consortium's grant agreement",
    ),
    pytest.param(
        "The Swedish Research Council and Chile's ANID open a joint call on Antarctic research. Funded "
        "teams will sign a grant agreement with their national funder. Cookie notice: by using this site "
        "you agree to our cookie agreement and the data processing agreement.",
        "2026-03-12",
        [],
        id="funded teams, cookie and data processing agreements",
    ),
    pytest.param(
        "Jakarta, 10 March 2026 – Norway and Indonesia exchanged notes on 9 March extending their 2016 "
        "research cooperation agreement until 2031.",
        "2026-03-12",
        [("agreement", "2016"), ("agreement", "2026-03-09")],
        id="their 2016 research cooperation agreement",
    ),
    pytest.param(
        "Jakarta, 10 March 2026 – Norway and Indonesia signed a memorandum on 9 March under their 2016 "
        "research cooperation agreement.",
        "2026-03-12",
        [("agreement", "2016"), ("memorandum", "2026-03-09")],
        id="under their 2016 agreement",
    ),
    pytest.param(
        "Nairobi, 10 March 2026 – Kenya and France extended the Agreement on Scientific Cooperation until "
        "2030 on Tuesday.",
        "2026-03-12",
        [("agreement", "2026-03-10")],
        id="extended on Tuesday",
    ),
    pytest.param(
        "Canberra, 10 March 2026 – Australia and Vietnam signed an exchange of notes on Tuesday establishing "
        "a joint research fund under the Science and Technology Cooperation Agreement.",
        "2026-03-12",
        [("agreement", None), ("agreement", "2026-03-10")],
        id="framework named under",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_agreement_probes(extract: Extract, text: str, published: str | None, expected: list[Any]) -> None:
    assert _instruments(extract, text, published) == sorted(expected, key=lambda x: (x[0], x[1] or ""))
