"""Countries: names, short forms, adjectives, demonyms, prefixes, pairs and cities in running text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.reference import Countries, config
from bilat.extract.reference.countries import ISO_TABLE, iso_rows
from bilat.extract.reference.iso_table import iso_table_text, pycountry_rows


def codes(table: Countries, text: str) -> list[str]:
    return [m.code for m in table.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and Japan agreed.", ["US", "JP"]),
        ("talks between the United States and the UK", ["US", "GB"]),
        ("the United Kingdom of Great Britain and Northern Ireland", ["GB"]),
        ("Korea, the Republic of Korea and South Korea", ["KR", "KR", "KR"]),
        ("North Korea is not South Korea", ["KP", "KR"]),
        ("Swedish and Japanese researchers", ["SE", "JP"]),
        ("Swedes, Americans and Israelis", ["SE", "US", "IL"]),
        ("the Japan-U.S. committee", ["JP", "US"]),
        ("the UK–Japan partnership", ["GB", "JP"]),
        ("EU—Japan relations", ["EU", "JP"]),
        ("Franco-Japanese and Sino-Indian ties", ["FR", "JP", "CN", "IN"]),
        ("Türkiye and Czechia", ["TR", "CZ"]),
        ("JAPAN AND INDIA SIGN", ["JP", "IN"]),
        ("Japan's cooperation with India's agencies", ["JP", "IN"]),
    ],
)
def test_finds_countries_in_every_form(table: Countries, text: str, expected: list[str]) -> None:
    assert codes(table, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a free and open Indo-Pacific",
        "across Latin America and North America",
        "the universities of New Mexico and New South Wales",
        "Michael Jordan and Chad Smith met in Georgia",
        "we use the indian ink and japan lacquer",  # lower case is not a name
        "Indiana and the Indies are not India or Oman",
    ],
)
def test_ignores_look_alikes(table: Countries, text: str) -> None:
    found = [(m.surface, m.code) for m in table.find(text)]
    assert all(surface in ("India", "Oman") for surface, _ in found), found


def test_prefix_needs_a_country_after_it(table: Countries) -> None:
    assert codes(table, "the Anglo-Japanese alliance") == ["GB", "JP"]
    assert codes(table, "an Anglo-Saxon tradition") == []


def test_europe_is_a_region_not_a_partner(table: Countries) -> None:
    [europe] = table.find("research in Europe")
    assert (europe.code, europe.kind) == ("EU", "region")
    assert [m.kind for m in table.find("the European Union and the EU")] == ["name", "short"]


def test_mentions_are_grounded(table: Countries) -> None:
    text = "Ministers of Japan and the U.S. met in Tokyo; Swedish and Franco-German delegations joined."
    for mention in table.find(text):
        assert text[mention.start : mention.end] == mention.surface
    kinds = {m.surface: m.kind for m in table.find(text)}
    assert kinds == {
        "Japan": "name",
        "U.S.": "short",
        "Tokyo": "capital",
        "Swedish": "adjective",
        "Franco": "adjective",
        "German": "adjective",
    }


def test_cities_give_their_country(table: Countries) -> None:
    mentions = table.find("meetings in Kyoto, Daejeon, Geneva and Washington, D.C.")
    assert [(m.surface, m.code) for m in mentions][:3] == [
        ("Kyoto", "JP"),
        ("Daejeon", "KR"),
        ("Geneva", "CH"),
    ]
    assert mentions[-1].code == "US"


def test_city_lookup_covers_capitals_and_research_cities(table: Countries) -> None:
    assert table.city("Tokyo") == table.city("tokyo")
    for name, code in [
        ("Canberra", "AU"),
        ("Tsukuba", "JP"),
        ("Göttingen", "DE"),
        ("Bengaluru", "IN"),
        ("Nairobi", "KE"),
        ("Brasília", "BR"),
        ("Reading", "GB"),
    ]:
        info = table.city(name)
        assert info is not None and info.country == code, name
    assert table.city("Atlantis") is None


def test_person_like_city_names_are_not_mentions(table: Countries) -> None:
    assert table.find("Victoria and Florence spoke") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("uk", "GB"),
        ("U.K.", "GB"),
        ("japan", "JP"),
        ("Swedish", "SE"),
        ("Japanese", "JP"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("JPN", "JP"),
        ("kr", "KR"),
        ("Korea", "KR"),
        ("European Union", "EU"),
        ("eu", "EU"),
        ("Britain", "GB"),
        ("Swedes", "SE"),
        ("Türkiye", "TR"),
        ("Holland", "NL"),
        ("Norway", "NO"),
    ],
)
def test_code_accepts_names_codes_and_adjectives(table: Countries, name: str, code: str) -> None:
    assert table.code(name) == code


def test_code_and_name_of_unknowns(table: Countries) -> None:
    assert table.code("Narnia") is None
    assert table.name("KR") == "South Korea"
    assert table.name("EU") == "European Union"
    assert table.name("gb") == "United Kingdom"
    assert table.name("ZZ") is None
    assert {"EU", "JP", "NO", "GB"} <= set(table.codes())


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_grounded_mentions(table: Countries, text: str) -> None:
    for mention in table.find(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface


def test_japanese_names_match_inside_unspaced_text(table: Countries) -> None:
    text = "日本とスウェーデンは米国とインドネシアの専門家を招いた"
    assert [(m.surface, m.code) for m in table.find(text)] == [
        ("日本", "JP"),
        ("スウェーデン", "SE"),
        ("米国", "US"),
        ("インドネシア", "ID"),
    ]
    assert table.code("韓国") == "KR"


def test_the_shipped_iso_table_is_current() -> None:
    """The shipped table is pycountry's (rebuild: python -m bilat.extract.reference.iso_table)."""
    assert config.data_path(ISO_TABLE).read_text(encoding="utf-8") == iso_table_text()
    assert iso_rows() == pycountry_rows()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ministers will tour a laboratory in New\nDelhi next week", [("New\nDelhi", "IN")]),
        ("a grant from the government of South\nKorea and Japan", [("South\nKorea", "KR"), ("Japan", "JP")]),
        ("Contact\nKorea desk", [("Korea", "KR")]),  # two lines, one name
    ],
)
def test_a_line_break_inside_a_name_reads_as_a_space(
    table: Countries, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.code) for m in table.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and Jordan signed a memorandum on water research.", ["EG", "JO"]),
        ("Jordan and Egypt signed a memorandum.", ["JO", "EG"]),
        ("Researchers from Chad, Niger and Mali met in Niamey.", ["TD", "NE", "ML", "NE"]),
        ("the Japan–Georgia science talks", ["JP", "GE"]),
        ("a programme between Guinea and Sierra Leone", ["GN", "SL"]),
        ("the Government of Chad and the university", ["TD"]),
        ("The Jordanian delegation toured labs across Jordan.", ["JO", "JO"]),
    ],
)
def test_names_that_are_also_peoples_count_where_used_as_countries(
    table: Countries, text: str, expected: list[str]
) -> None:
    assert codes(table, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Michael Jordan spoke in Tokyo, Japan.",
        "Atlanta, Georgia hosted a Japanese delegation.",
        "Georgia Tech and Japan's RIKEN",
        "Chad Smith met Korean officials.",
        "Georgia-Pacific and Japan",
        "Papua New Guinea and Australia",
    ],
)
def test_names_that_are_also_peoples_stay_out_elsewhere(table: Countries, text: str) -> None:
    assert not {"JO", "GE", "TD", "GN"} & set(codes(table, text))
