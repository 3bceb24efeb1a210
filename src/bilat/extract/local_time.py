"""UTC offsets of local times named by a place: "13:00 (Irish time)", "5:00 PM Philippine Standard
Time", "17:00 Lisbon time", "noon Praia time".

A place is a city that names an IANA zone ("Lisbon", "Manila"), a city or a country of the country
table (names, short forms, adjectives: "Irish", "UK", "Israel"), or a curated place of the temporal
tagger's lexicon ("Brussels", "Pacific"). A country maps to its zones in the IANA zone table
(`tzdata`'s ``zone.tab``); when they disagree at that moment (Portugal's Azores, the US), the zone
of its capital, else the main zone that ``timezones.yaml`` names (`main_zones`), else none. The
offset is the zone's at the deadline's day and time, summer time included ("Irish time" in June is
+01:00, in January +00:00).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from importlib import resources

from bilat.extract.reference import countries as country_table
from bilat.extract.reference.text import normalize_key
from bilat.extract.resources import load_yaml, yaml_words
from bilat.temporal.lexicon import lexicon
from bilat.temporal.zones import offset_for

# Up to three capitalised words, maybe "Standard"/"Summer"/"Daylight", then "time": the words are
# tried from the longest tail that names a place ("PM Philippine" → "Philippine").
_PLACE_TIME = re.compile(
    r"((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*)[ \t]+(?:(?:Standard|Summer|Daylight)[ \t]+)?[Tt]ime\b"
)
_KINDS_OF_TIME = frozenset({"Standard", "Summer", "Daylight"})


def local_time_offset(text: str, day: str, clock: str) -> str | None:
    """The "+HH:MM" offset of the first place-named local time in `text` ("Irish time") at `day`
    (ISO date) and `clock` ("T13:00"), or None when no place of the text names a zone."""
    if "ime" not in text:
        return None
    for match in _PLACE_TIME.finditer(text):
        words = match.group(1).split()
        if words[-1] in _KINDS_OF_TIME:  # ("Philippine Standard Time": the regex's group took the kind)
            words.pop()
        for first in range(len(words)):
            zone = zone_of_place(" ".join(words[first:]), day, clock)
            if zone is not None:
                if first and words[first - 1] in yaml_words("timezones.yaml", "zone_regions"):
                    return None  # ("Central Indonesia Time": a region of the country's zones)
                return offset_for(zone, day, clock)
    return None


def zone_of_place(place: str, day: str, clock: str) -> str | None:
    """The IANA zone a place's local time means at that moment, or None (see the module's doc)."""
    key = normalize_key(place)
    curated = lexicon().places.get(key)
    if curated is not None:
        return curated
    city_zone = zones_by_city().get(key)
    if city_zone is not None:
        return city_zone
    countries = country_table()  # (the table loaded once)
    city = countries.city(place)
    code = city.country if city is not None else countries.code(place)
    if code is None:
        return None
    return country_zone(code, day, clock)


def country_zone(code: str, day: str, clock: str) -> str | None:
    """The zone of a country's local time at that moment: its only zone, or any of its zones when
    they all agree then, else its capital's zone or its main zone (`main_zones`), else None."""
    zones = zones_by_country().get(code, ())
    if not zones:
        return None
    if len({offset_for(zone, day, clock) for zone in zones}) == 1:
        return zones[0]
    capital = country_table().capital(code)
    capital_zone = zones_by_city().get(normalize_key(capital)) if capital else None
    if capital_zone in zones:
        return capital_zone
    main = load_yaml("timezones.yaml").get("main_zones") or {}
    return str(main[code]) if code in main else None


@functools.cache
def zones_by_country() -> dict[str, tuple[str, ...]]:
    """Country code → its IANA zones, from the zone table of the `tzdata` package."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in _zone_table():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            out[fields[0]].append(fields[2])
    return {code: tuple(zones) for code, zones in out.items()}


@functools.cache
def zones_by_city() -> dict[str, str]:
    """A zone's city, as written ("Lisbon", "Mexico City", "Sao Paulo") → the zone."""
    return {
        normalize_key(zone.rsplit("/", 1)[-1].replace("_", " ")): zone
        for zones in zones_by_country().values()
        for zone in zones
    }


def _zone_table() -> list[str]:
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab")
        return table.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):  # (no tzdata: only curated places are known)
        return []
