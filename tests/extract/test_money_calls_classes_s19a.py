"""Amounts and calls, round 19a. Classes, all sentences our own:

1. A bare "$" in a text that names no dollar currency is the dollar of the one dollar country the
   text names most (at least twice, three times as often as any other, the US included):
   "Canada will contribute $4.2 million" in a Canada–Germany text is CAD; a passing mention of
   Australia in a Korea–Indonesia story leaves "$3.1 million" in US dollars.
2. A currency named in brackets right after a dollar sum decides it: "$310.000.000 (Chilean
   pesos)", "$2 million (Australian dollars)".
3. The naira as the Nigerian press writes it: "N290.5 billion", in a text that names Nigeria.
4. A hard-wrapped line with an indent between a figure and its scale: "Rs. 60⏎    lakh".
5. A time of day with its zone that stands before its own day ("submitted by 2:00 p.m. Eastern
   Time (ET) on Wednesday, September 30, 2026") is that day's, not that of an opening day named
   earlier in the paragraph; "ET", "PT", "Eastern/Pacific Time" keep summer time.
6. "on or before <date>" states a deadline ("submit through the portal on or before 30.04.2026").
7. "is due in <Place>" / "is due back" tells of a journey, not a deadline."""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

from .records import Extract


def _places(text: str, codes: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, code) of every occurrence of each country word of `codes` in `text`."""
    found = []
    for word, code in codes.items():
        at = text.find(word)
        while at >= 0:
            found.append((at, code))
            at = text.find(word, at + 1)
    return sorted(found)


DOLLAR_COUNTRY = [  # (text, country words, expected currencies)
    (
        "Canada and Germany open a hydrogen call. Canada will contribute up to $4.2 million, and "
        "Canadian teams may receive $250,000 each.",
        {"Canada": "CA", "Germany": "DE"},
        ["CAD", "CAD"],
    ),
    (
        "Australia and India renew their fund. Australia commits $12 million over four years to "
        "the Australia–India partnership.",
        {"Australia": "AU", "India": "IN"},
        ["AUD"],
    ),
    (
        "New Zealand will put $3 million into the New Zealand–Viet Nam science partnership.",
        {"New Zealand": "NZ", "Viet Nam": "VN"},
        ["NZD"],
    ),
    (  # a country named once in passing decides nothing
        "Korea will give 4.2 billion won (about $3.1 million) to the reactor, whose isotopes "
        "Indonesia bought from Australia.",
        {"Korea": "KR", "Indonesia": "ID", "Australia": "AU"},
        ["KRW", "USD"],
    ),
    (  # Canada and the United States both named: the US dollar
        "Canada and the United States fund the lab. Canada gives $5 million and the United "
        "States $7 million; Canada hosts it.",
        {"Canada": "CA", "United States": "US"},
        ["USD", "USD"],
    ),
]


@pytest.mark.parametrize(("text", "countries", "currencies"), DOLLAR_COUNTRY)
def test_a_bare_dollar_is_the_named_dollar_country_s(
    text: str, countries: dict[str, str], currencies: list[str]
) -> None:
    found = find_amounts(text, places=_places(text, countries))
    assert [m.currency for m in found] == currencies, found


GLOSSED = [  # (text, value, currency)
    ("INACH will pay $310.000.000 (Chilean pesos) for ship time.", 310_000_000, "CLP"),
    ("Each consortium gets $2 million (Australian dollars) over three years.", 2_000_000, "AUD"),
    ("Travel is covered up to $5,000 (CAD) per trip.", 5_000, "CAD"),
    ("The grant is $1,000,000 (excluding GST).", 1_000_000, "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), GLOSSED)
def test_a_bracketed_currency_decides_a_dollar_sum(text: str, value: float, currency: str) -> None:
    found = find_amounts(text)
    assert [(m.value, m.currency) for m in found] == [(value, currency)], found


NAIRA = [  # (text, names Nigeria, values)
    ("Abuja, Nigeria: the plant will cost about N290.5 billion.", True, [290_500_000_000]),
    ("Nigeria's agency got N 12 billion and (N2.35bn) for the ground station.", True, [12e9, 2.35e9]),
    ("Room N2 holds 40 people; Nigeria sent a delegation.", True, []),
    ("The clinic in block N4 cost N3 million to build.", False, []),
]


@pytest.mark.parametrize(("text", "nigeria", "values"), NAIRA)
def test_the_naira_written_n(text: str, nigeria: bool, values: list[float]) -> None:
    places = [(text.find("Nigeria"), "NG")] if nigeria else []
    found = find_amounts(text, places=places)
    assert [(m.value, m.currency) for m in found] == [(v, "NGN") for v in values], found


WRAPPED = [  # (text, value, currency)
    ("DST will support the Indian team with up to Rs. 60\n    lakh per project.", 6_000_000, "INR"),
    ("The Dutch side commits EUR 1.5\n   million to the consortium.", 1_500_000, "EUR"),
    ("Tanzania adds TZS 18\nbillion in co-funding.", 18_000_000_000, "TZS"),
]


@pytest.mark.parametrize(("text", "value", "currency"), WRAPPED)
def test_a_scale_on_the_next_indented_line(text: str, value: float, currency: str) -> None:
    found = find_amounts(text, places=[(0, "IN")])
    assert [(m.value, m.currency) for m in found] == [(value, currency)], found


CLOCK_BEFORE_DAY = [  # (text, deadline)
    (
        "Joint call for projects\n\nThe first joint call will open on April 15, 2026. Each team "
        "may receive up to €500,000. Complete applications must be submitted by 2:00 p.m. Eastern "
        "Time (ET) on Wednesday, September 30, 2026. Decisions follow in 2027.\n",
        "2026-09-30T14:00-04:00",
    ),
    (
        "Call for proposals\n\nThe call opens on 2 March 2026 and full proposals must be received "
        "by 5:00 pm Pacific Time on Friday, June 12, 2026 through the portal.\n",
        "2026-06-12T17:00-07:00",
    ),
    (
        "Call for proposals\n\nThe call opens on 5 October 2026. Applications are due by 11:59 "
        "p.m. ET on Monday, January 18, 2027.\n",
        "2027-01-18T23:59-05:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), CLOCK_BEFORE_DAY)
def test_a_clock_with_its_zone_before_its_own_day(extract: Extract, text: str, deadline: str) -> None:
    deadlines = [c["deadline"] for c in extract(text, published="2026-02-01")["calls"]]
    assert deadlines == [deadline], deadlines


ON_OR_BEFORE = [  # (text, day)
    (
        "JOINT CALL FOR PROPOSALS\n\nIndian applicants: submit through the DST portal\n"
        "(example.gov.in) on or before 30.04.2026, 17:30 hrs (IST).\n",
        "2026-04-30",
    ),
    (
        "Call for applications\n\nProposals for the research grants must reach the secretariat on "
        "or before 15 July 2026.\n",
        "2026-07-15",
    ),
]


@pytest.mark.parametrize(("text", "day"), ON_OR_BEFORE)
def test_on_or_before_states_a_deadline(extract: Extract, text: str, day: str) -> None:
    days = [str(c["deadline"])[:10] for c in extract(text, published="2026-02-01")["calls"]]
    assert days == [day], days


DUE_AWAY = [
    "The minister opened the funding round in Riyadh. He is due in Shanghai on Wednesday, 5 "
    "November 2025 to tour the institute.",
    "The grant programme paid for the cruise. The ship is due back in Punta Arenas on 18 February 2026.",
    "Applications for the new grants were discussed. A mission of the agency is due at Accra on "
    "3 March 2026.",
]


@pytest.mark.parametrize("text", DUE_AWAY)
def test_due_somewhere_is_no_deadline(extract: Extract, text: str) -> None:
    assert extract(text, published="2025-10-01")["calls"] == []


def test_due_in_a_month_stays_a_deadline(extract: Extract) -> None:
    text = (
        "Call for proposals\n\nFull proposals for the joint grants are due in March 2027, by 5 March 2027.\n"
    )
    days = [str(c["deadline"])[:10] for c in extract(text, published="2026-10-01")["calls"]]
    assert days == ["2027-03-05"], days
