"""The example at the top of docs/reference-data.md, checked line by line."""

from __future__ import annotations

from bilat.extract.money import find_amounts
from bilat.extract.reference import countries, organizations


def test_the_documented_example_holds() -> None:
    found = countries().find("the Japan–U.S. committee met in Kyoto")
    assert [(m.code, m.kind) for m in found] == [("JP", "name"), ("US", "short"), ("JP", "city")]
    assert countries().code("uk") == "GB"
    city = countries().city("Daejeon")
    assert city is not None and city.country == "KR"
    index = organizations()
    [match] = index.find("NRF opened a call")
    assert len(match.candidates) > 1
    entry = index.resolve(match, {"KR", "JP"})
    assert entry is not None and entry.name == "National Research Foundation of Korea"
    assert index.resolve(match, set()) is None
    [money] = find_amounts("up to ¥2.5 million per year")
    assert (money.value, money.currency, money.qualifier) == (2_500_000, "JPY", "up_to")
