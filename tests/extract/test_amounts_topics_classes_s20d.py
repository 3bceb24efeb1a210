"""Amounts and topics, session 20 round 1 (helper d). Sentences our own.

1. A currency's national abbreviation, before or after the figure, where the text names its
   country: the Egyptian pound's "LE" / "L.E.", the Turkish lira's "TL" ("LE 4.5 million",
   "3.000.000 TL"); never before a bare small number nor where the country is not named.
2. Currency names in their plural forms, English and Spanish ("460 million forints", "150 billion
   soums", "2.500 millones de wones", "millones de dólares", "12 million lira").
3. A spelled-out figure of several number words ("one hundred and fifty million naira",
   "twenty-five million euros", "two billion, three hundred and fifty million"): the whole number,
   not its last words; "between five and ten million" stays the upper end alone.
4. Topics: "quantum materials" names materials research besides quantum.
5. Topics: resources recovered from waste ("to recover lithium from mine tailings", "the recovery of
   phosphorus from sewage sludge") is the circular economy; "recovery from the floods" is not.
"""

from __future__ import annotations

import pytest

from bilat.extract.money import find_amounts

from .records import Extract, topics


def _places(text: str, codes: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, code) of every occurrence of each country word of `codes` in `text`."""
    found = []
    for word, code in codes.items():
        at = text.find(word)
        while at >= 0:
            found.append((at, code))
            at = text.find(word, at + 1)
    return sorted(found)


def _sums(text: str, countries: dict[str, str]) -> list[tuple[float, str]]:
    return [(m.value, m.currency) for m in find_amounts(text, places=_places(text, countries))]


EG = {"Egypt": "EG", "Cairo": "EG"}
TR = {"Türkiye": "TR", "Turkey": "TR", "Ankara": "TR"}

ABBREVIATIONS = [
    pytest.param(
        "Egypt's academy has put LE 12.5 million into the desalination pilot.",
        EG,
        [(12_500_000, "EGP")],
        id="LE before a scaled figure",
    ),
    pytest.param(
        "Cairo University will cover travel of up to L.E. 250,000 per team.",
        EG,
        [(250_000, "EGP")],
        id="L.E. before a grouped figure",
    ),
    pytest.param(
        "Each Egyptian partner in Egypt may claim 900,000 LE for consumables.",
        EG,
        [(900_000, "EGP")],
        id="LE after a grouped figure",
    ),
    pytest.param(
        "Ankara has committed TL 48 million to the second phase.",
        TR,
        [(48_000_000, "TRY")],
        id="TL before a scaled figure",
    ),
    pytest.param(
        "Applicants in Türkiye can request up to 2.500.000 TL per project.",
        TR,
        [(2_500_000, "TRY")],
        id="TL after a figure with dots between thousands",
    ),
    pytest.param(
        "The TL 2 working group of Turkey met on Monday.", TR, [], id="TL before a bare small number"
    ),
    pytest.param("LE 5 million was spent on the new wing.", {}, [], id="LE where no Egypt is named"),
]


@pytest.mark.parametrize(("text", "countries", "sums"), ABBREVIATIONS)
def test_national_abbreviations_of_currencies(
    text: str, countries: dict[str, str], sums: list[tuple[float, str]]
) -> None:
    assert _sums(text, countries) == sums


PLURALS = [
    pytest.param(
        "Hungary's office will add 1.2 billion forints to the fund.", {}, [(1.2e9, "HUF")], id="forints"
    ),
    pytest.param(
        "Tashkent will invest 80 billion soums in the new laboratories.", {}, [(8e10, "UZS")], id="soums"
    ),
    pytest.param(
        "El instituto coreano aportará 3.100 millones de wones para becas.",
        {},
        [(3.1e9, "KRW")],
        id="Spanish wones",
    ),
    pytest.param(
        "La cooperación con Japón suma 450 millones de yenes y 2,5 millones de dólares.",
        {},
        [(4.5e8, "JPY"), (2.5e6, "USD")],
        id="Spanish yenes and dólares",
    ),
    pytest.param(
        "Turkey's agency set aside 12 million lira for the joint call.",
        TR,
        [(1.2e7, "TRY")],
        id="bare lira in a text naming Turkey",
    ),
]


@pytest.mark.parametrize(("text", "countries", "sums"), PLURALS)
def test_plural_currency_names(text: str, countries: dict[str, str], sums: list[tuple[float, str]]) -> None:
    assert _sums(text, countries) == sums


SPELLED = [
    pytest.param(
        "The minister said one hundred and fifty million naira would fund scholarships in Nigeria.",
        {"Nigeria": "NG"},
        [(1.5e8, "NGN")],
        id="hundred and fifty million",
    ),
    pytest.param(
        "The ground station will cost four billion, two hundred and ten million naira in Nigeria.",
        {"Nigeria": "NG"},
        [(4.21e9, "NGN")],
        id="billion, hundred and ten million",
    ),
    pytest.param(
        "The council pledged twenty-five million euros to the centre.", {}, [(2.5e7, "EUR")], id="twenty-five"
    ),
    pytest.param(
        "Donors raised some forty-two thousand pounds.", {}, [(42_000, "GBP")], id="forty-two thousand"
    ),
    pytest.param(
        "Grants will be between five and ten million yen each.", {}, [(1e7, "JPY")], id="between five and ten"
    ),
    pytest.param("They offered three hundred million yen.", {}, [(3e8, "JPY")], id="three hundred million"),
]


@pytest.mark.parametrize(("text", "countries", "sums"), SPELLED)
def test_spelled_out_compound_figures(
    text: str, countries: dict[str, str], sums: list[tuple[float, str]]
) -> None:
    assert _sums(text, countries) == sums


TOPICS = [  # (text, topic that must be found, topic that must not be found or None)
    pytest.param(
        "Finland and Korea will fund joint doctoral projects on quantum materials and photonic devices "
        "at universities in Helsinki and Daejeon.",
        "advanced_materials",
        None,
        id="quantum materials: materials research",
    ),
    pytest.param(
        "Finland and Korea will fund joint doctoral projects on quantum materials and photonic devices "
        "at universities in Helsinki and Daejeon.",
        "quantum",
        None,
        id="quantum materials: quantum still",
    ),
    pytest.param(
        "Peru and Australia will fund joint research projects on new methods to recover copper and "
        "cobalt from mine tailings, led by universities in Lima and Perth.",
        "circular_economy",
        None,
        id="recover from mine tailings",
    ),
    pytest.param(
        "Denmark and Viet Nam launched a joint research call on the recovery of phosphorus and other "
        "nutrients from municipal sewage sludge, with universities in Aarhus and Hanoi.",
        "circular_economy",
        None,
        id="recovery of nutrients from sewage sludge",
    ),
    pytest.param(
        "Poland and Japan fund joint research projects on recovering rare earths from spent magnets, "
        "led by universities in Krakow and Sendai.",
        "circular_economy",
        None,
        id="recovering from spent magnets",
    ),
    pytest.param(
        "Pakistan and China will fund joint research on earthquake engineering to speed the recovery "
        "from the floods of 2022, led by universities in Lahore and Wuhan.",
        "disaster_resilience",
        "circular_economy",
        id="recovery from floods: no circular economy",
    ),
]


@pytest.mark.parametrize(("text", "topic", "absent"), TOPICS)
def test_topic_classes(extract: Extract, text: str, topic: str, absent: str | None) -> None:
    found = topics(extract(text, published="2026-02-01"))
    assert topic in found
    if absent is not None:
        assert absent not in found
