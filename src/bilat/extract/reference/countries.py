"""Countries and the EU: ISO codes, names, short forms, adjectives, demonyms, capitals and cities.

The ISO 3166-1 table comes from pycountry, shipped as `data/iso_countries.tsv` (so that start-up
need not import pycountry; see `bilat.extract.reference.iso_table`); `data/countries.yaml` adds what pycountry
lacks and `data/cities.tsv` (derived from ROR) adds the cities where research organisations are.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from bilat.extract.reference import config
from bilat.extract.reference.text import Hit, build_automaton, fold_marks, longest_first, normalize_key, scan
from bilat.extract.resources import longest_first as longest_words

ISO_TABLE = "iso_countries.tsv"
ISO_FIELDS = ("alpha_2", "alpha_3", "name", "common_name", "official_name")
KINDS = ("name", "short", "adjective", "demonym", "capital", "city", "region")
# Cities derived from ROR are matched in running text only when this many organisations are there;
# the others count only where the text uses the name as a place (see `Countries.place_context`).
MIN_ORGS_FOR_MENTION = 25
GATED = "gated"  # the kind of a pattern that is a city only in a place context
GATED_COUNTRY = "gated_country"  # a country's name that is also a person's or a US state's

# What may follow a name at the start of a line for the line to be a dateline ("LEUVEN, 3 May",
# "**Geel** —", "Ushuaia (Reuters) -").
_DATELINE_AFTER = re.compile(r"[*_]{0,2}[ \t]*(?:,|\u2014|\u2013|--|-[ \t]|\(|:)")
_LINE_OPENING = re.compile(r"[ \t>*_#]*$")
_BASED_AFTER = re.compile(r"-based\b")
# The last item of a comma list that closes a line or a table cell: an affiliation or address
# ("Institute of Polar Research (IPR), Ushuaia"), a facts-box entry ("Workshop: 3 May, Solna").
_LIST_CLOSE_BEFORE = re.compile(r"\S,[ \t]+$")
_LIST_CLOSE_AFTER = re.compile(r"[ \t]*(?:\r?\n|$|<|\|)")
# A district told "in"/"at" before its city ("at the office in Bicutan, Taguig City", "in Pangyo,
# Seongnam"): the city after the comma is a place as much as one right after the locative.
_DISTRICT_BEFORE = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,[ \t]+$")
DISTRICT_REACH = 48
# How far before a dateline's city its line may start (only spaces and markup may come first).
DATELINE_OPENING_REACH = 12
# What makes a name that is also a person's or a US state's ("Jordan", "Georgia") a country: a
# state's title before it ("the Hashemite Kingdom of Jordan", "the Government of Chad")...
_STATE_OF_BEFORE = re.compile(
    r"\b(?:Republic|Kingdom|Government|Embassy|Ambassador|President|King|Prime Minister|"
    r"Parliament|Ministry of Foreign Affairs|Minister of Foreign Affairs|people) of (?:the )?$"
)
# ... or another country's name joined to it in a list ("Egypt and Jordan", "Chad, Niger and Mali").
_JOINT_BEFORE = re.compile(
    r"(?:(?:,|\band|&|\bor|\bwith|\bbetween)[ \t]+(?:the[ \t]+)?|(?<=\w)[-\u2013\u2014/])$"
)
_JOINT_AFTER = re.compile(r"[ \t]*(?:,|and\b|&|or\b)[ \t]*(?:the[ \t]+)?|[-\u2013\u2014/](?=\w)")


def _joined_to_country(text: str, start: int, end: int, ends: set[int], starts: set[int]) -> bool:
    """Whether the name at [start, end) is joined in a list to a country's name that ends at one
    of `ends` before it or starts at one of `starts` after it ("Egypt and Jordan", "Jordan, Iraq")."""
    before = _JOINT_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not ends.isdisjoint((before.start(), before.start() - 1)):
        return True
    after = _JOINT_AFTER.match(text, end)
    return after is not None and after.end() in starts


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text: span, code ('GB', 'US', 'EU', ...), kind and surface form.

    `kind` is one of name, short, adjective, demonym, capital, city, or region ("Europe", which
    may or may not mean the European Union).
    """

    start: int
    end: int
    code: str
    kind: str
    surface: str


@dataclass(frozen=True, slots=True)
class CityInfo:
    """A city and the country it is in."""

    country: str
    name: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    code: str
    kind: str  # one of KINDS, or "blocker" (matched to shadow shorter names, never reported)
    prefix: bool = False


def _read_data(name: str) -> str:
    return config.data_path(name).read_text(encoding="utf-8")


def _plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return word
    return word + "s"


def _place_before(data: dict[str, Any]) -> tuple[re.Pattern[str], int]:
    """The words before a name that make it a place, from countries.yaml's `place_*` lists ("held
    in", "at the campus of", "a visit to", "the city of"): a pattern that ends where the name starts
    (bounded, linear), and how far back it may start (twice its longest phrase, as a gap between
    words may be a line break with indentation)."""

    def words(key: str) -> tuple[str, ...]:
        return config.texts(data.get(key), f"countries.yaml: {key}")

    def either(found: tuple[str, ...]) -> str:
        return longest_words(found) or "(?!)"

    def longest(found: tuple[str, ...]) -> int:
        return max(map(len, found), default=0)

    locatives, areas = words("place_locatives"), words("place_area_nouns")
    travel, kinds = words("place_travel_words"), words("place_kind_nouns")
    pattern = re.compile(
        rf"(?:\b(?i:{either(locatives)})\s+(?:the\s+(?:{either(areas)})\s+of\s+)?"
        rf"|\b(?i:{either(travel)})\s+to\s+"
        rf"|\b(?i:{either(kinds)})\s+of\s+)$"
    )
    phrase = max(
        longest(locatives) + len(" the ") + longest(areas) + len(" of "),
        longest(travel) + len(" to "),
        longest(kinds) + len(" of "),
    )
    return pattern, 2 * phrase


class Countries:
    """Look-ups and a fast scanner for countries, their names, adjectives, demonyms and cities."""

    def __init__(
        self,
        data: dict[str, Any],
        cities: list[tuple[str, str, int]],
        iso: list[dict[str, str]] | None = None,
    ) -> None:
        """Build the table from countries.yaml's data, the cities and the ISO rows (`iso_rows()`)."""
        self._code_of: dict[str, str] = {}
        self._name_of: dict[str, str] = {}
        self._city_of: dict[str, CityInfo] = {}
        self._capital_of: dict[str, str] = {}
        self._surface: dict[str, _Pattern] = {}
        self._not_mentions = set(config.texts(data.get("not_mentions"), "countries.yaml: not_mentions"))
        self._city_stop = set(config.texts(data.get("city_stoplist"), "countries.yaml: city_stoplist"))
        self._place_before, self._place_reach = _place_before(data)
        entries: dict[str, dict[str, Any]] = data.get("countries") or {}
        for code, entry in entries.items():
            config.country(code, f"countries.yaml: {code!r}")
            self._add_curated(str(code), entry or {})
        for country in iso_rows() if iso is None else iso:
            self._add_iso(country)
        self._add_region("Europe", "EU")
        for blocker in config.texts(data.get("blockers"), "countries.yaml: blockers"):
            self._surface.setdefault(blocker, _Pattern("", "blocker"))
        for code, entry in entries.items():
            self._add_cities(str(code), entry or {})
        keys = {name: normalize_key(name) for name, _, _ in cities}  # (thousands of rows: key each once)
        for name, code, count in cities:
            self._add_city(name, code, "city", mention=count >= MIN_ORGS_FOR_MENTION, key=keys[name])
        # Look-up-only cities, each name with its countries (the one with most organisations first).
        self._gated_codes: dict[str, tuple[str, ...]] = {}
        for name, code, count in cities:
            if count < MIN_ORGS_FOR_MENTION:
                self._add_gated(name, code, keys[name])
        self._patterns = list(self._surface)
        self._pattern_of = [self._surface[p] for p in self._patterns]  # by pattern number
        gated_kinds = (GATED, GATED_COUNTRY)
        self._gated_ids = frozenset(i for i, p in enumerate(self._pattern_of) if p.kind in gated_kinds)
        self._automaton = build_automaton(self._patterns)

    # building -----------------------------------------------------------------------------
    def _key(self, text: str, code: str) -> None:
        key = normalize_key(text)
        if key:
            self._code_of.setdefault(key, code)

    def _mention(self, surface: str, code: str, kind: str) -> None:
        if surface in self._not_mentions:
            self._surface.setdefault(surface, _Pattern(code, GATED_COUNTRY))
            return
        prefix = surface.endswith("-")
        self._surface.setdefault(surface, _Pattern(code, kind, prefix))
        if not prefix and surface.upper() != surface:
            self._surface.setdefault(surface.upper(), _Pattern(code, kind))

    def _add_curated(self, code: str, entry: dict[str, Any]) -> None:
        names = [str(n) for n in entry.get("names") or []]
        if names:
            self._name_of.setdefault(code, names[0])
        fields = (
            ("name", "names"),
            ("name", "ja"),
            ("short", "short"),
            ("adjective", "adj"),
            ("demonym", "dem"),
        )
        for kind, field in fields:
            for surface in config.texts(entry.get(field), f"countries.yaml: {code}: {field}"):
                self._key(surface.rstrip("-"), code)
                self._mention(surface, code, kind)
        for word in [str(w) for w in entry.get("dem") or []]:
            self._mention(_plural(word), code, "demonym")
        for word in [str(w) for w in entry.get("adj") or []]:
            if word.endswith(("an", "i")) and " " not in word:
                self._mention(_plural(word), code, "demonym")

    def _add_iso(self, country: dict[str, str]) -> None:
        code = country["alpha_2"]
        common = country.get("common_name")
        self._name_of.setdefault(code, common or country["name"])
        self._key(code, code)
        self._key(country["alpha_3"], code)
        for name in (common, country["name"], country.get("official_name")):
            if not name:
                continue
            self._key(name, code)
            if "," not in name and "(" not in name:
                self._mention(name, code, "name")

    def _add_region(self, surface: str, code: str) -> None:
        self._surface.setdefault(surface, _Pattern(code, "region"))
        self._surface.setdefault(surface.upper(), _Pattern(code, "region"))

    def _add_cities(self, code: str, entry: dict[str, Any]) -> None:
        if entry.get("capital"):
            capital = config.text(entry["capital"], f"countries.yaml: {code}: capital")
            self._capital_of[code] = capital
            self._add_city(capital, code, "capital", mention=True)
        for city in config.texts(entry.get("cities"), f"countries.yaml: {code}: cities"):
            self._add_city(city, code, "city", mention=True)

    def _add_city(self, name: str, code: str, kind: str, *, mention: bool, key: str | None = None) -> None:
        self._city_of.setdefault(normalize_key(name) if key is None else key, CityInfo(code, name))
        if mention and name not in self._city_stop and name not in self._surface:
            self._surface[name] = _Pattern(code, kind)

    def _add_gated(self, name: str, code: str, key: str) -> None:
        """A known city that is a mention only where the text uses it as a place (`place_context`);
        never one of the stoplist (a common word or a person's name: "Reading", "Florence")."""
        if name in self._city_stop:
            return
        main = self._city_of.get(key)
        if main is None:
            return
        # (a spelling of the same city without its accents, "Salalah" for Şalālah, is gated too)
        if main.country != code:  # the same name in another country (a later row of the table)
            for surface in (name, name.upper()):
                if surface in self._gated_codes:
                    self._gated_codes[surface] += (code,)
            return
        for surface in (name, name.upper()):
            if self._surface.setdefault(surface, _Pattern(code, GATED)).kind == GATED:
                self._gated_codes[surface] = (code,)

    # public API ---------------------------------------------------------------------------
    def find(self, text: str) -> list[CountryMention]:
        """Every country named in `text` (names, short forms, adjectives, demonyms, cities), in order."""
        return [CountryMention(s, e, code, kind, text[s:e]) for s, e, code, kind in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, str, str]]:
        """What `find` gives, as plain (start, end, code, kind) tuples (cheaper to make). A line
        break counts as a space, so a hard wrap does not hide a name ("New⏎Delhi")."""
        folded = fold_marks(text).replace("\n", " ")
        pattern_of = self._pattern_of
        hits = scan(self._automaton, folded, folded)
        gated_ids = self._gated_ids
        gated = [hit for hit in hits if hit.pattern in gated_ids]
        if gated:
            hits = [hit for hit in hits if hit.pattern not in gated_ids]
        hits = longest_first(hits, len(folded))
        starts: dict[int, Hit] | None = None
        found = []
        for hit in hits:
            pattern = pattern_of[hit.pattern]
            if pattern.kind == "blocker":
                continue
            end = hit.end
            if pattern.prefix:
                if starts is None:
                    starts = {hit.start: hit for hit in hits}
                if not self._prefix_applies(hit, starts):
                    continue
                end -= 1
            found.append((hit.start, end, pattern.code, pattern.kind))
        if gated:
            countries = [hit for hit in gated if pattern_of[hit.pattern].kind == GATED_COUNTRY]
            if countries:
                gated = [hit for hit in gated if pattern_of[hit.pattern].kind == GATED]
                found = self._with_countries(text, countries, found)
            if gated:
                found = self._with_places(text, gated, found)
        return found

    def _with_countries(
        self, text: str, hits: list[Hit], found: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """`found` with the names that are also a person's or a US state's ("Jordan", "Georgia",
        "Chad") where the text uses them as countries: after a state's title ("the Kingdom of
        Jordan"), joined in a list to another country's name ("Egypt and Jordan"), or in a text
        that names the same country otherwise too ("Jordanian", "Amman")."""
        named = {code for _, _, code, kind in found if kind != "region"}
        ends = {end for _, end, _, kind in found if kind in ("name", "short")}
        starts = {start for start, _, _, kind in found if kind in ("name", "short")}
        added = []
        for hit in hits:
            start, end = hit.start, hit.end
            if text[start:end] != self._patterns[hit.pattern] or (end < len(text) and text[end].isalnum()):
                continue  # (only the name as written, as a whole word)
            if start > 0 and text[start - 1].isalnum():
                continue
            code = self._pattern_of[hit.pattern].code
            if any(s < end and start < e for s, e, _, _ in found):
                continue  # (inside a longer name: "Papua New Guinea", "Georgia Tech")
            if (
                code in named
                or _STATE_OF_BEFORE.search(text, max(0, start - 40), start) is not None
                or _joined_to_country(text, start, end, ends, starts)
            ):
                added.append((start, end, code, "name"))
        return sorted(found + added) if added else found

    def _with_places(
        self, text: str, gated: list[Hit], found: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """`found` with the gated city hits that `place_context` accepts, as cities. A small town
        shares its name with others elsewhere ("Saint-Louis" in Senegal and in France), so one
        counts only when the text names its country too. One replaces the shorter mentions inside
        it ("Nova Lima" over "Lima") and yields to any that overlaps it otherwise."""
        country_at = {start: code for start, _, code, kind in found if kind in ("name", "short")}
        named = {code for _, _, code, _ in found}
        starts = [m[0] for m in found]  # `found` is in text order and without overlaps
        added: list[tuple[int, int, str, str]] = []
        replaced: set[int] = set()
        for hit in longest_first(gated, len(text)):
            surface = self._patterns[hit.pattern]
            codes = self._gated_codes.get(surface, ())
            code = country_at.get(hit.end + 2, "")  # the country written after it ("Santa Fe, Argentina")
            if code not in codes:
                code = next((c for c in codes if c in named), "")
            if not code:
                continue
            # A name in capitals is often an acronym ("NARA", "WA"): a place only in a dateline.
            capitals = text[hit.start : hit.end].isupper()
            if not self.place_context(text, hit.start, hit.end, code, country_at, dateline_only=capitals):
                continue
            inside = []  # the mentions overlapping the hit, which must all lie inside it
            index = bisect_left(starts, hit.end) - 1
            while index >= 0 and found[index][1] > hit.start:
                inside.append(index)
                index -= 1
            if any(found[i][0] < hit.start or found[i][1] > hit.end for i in inside):
                continue
            replaced.update(inside)
            added.append((hit.start, hit.end, code, "city"))
        if not added:
            return found
        return sorted([m for i, m in enumerate(found) if i not in replaced] + added)

    def place_context(
        self,
        text: str,
        start: int,
        end: int,
        code: str,
        country_at: dict[int, str],
        *,
        dateline_only: bool = False,
    ) -> bool:
        """Whether the name at [start, end) is used as a place: after a locative or a word of travel
        ("held in Leuven", "a visit to Geel"), before its own country ("Ushuaia, Argentina",
        "Solna (Sweden)"), before "-based", closing a comma list at the end of a line or table cell
        ("Polar Institute, Ushuaia"), or opening a dateline ("LEUVEN, 3 May", "**Geel** —";
        the only context `dateline_only` accepts). `country_at` maps the start of each country name
        in the text to its code."""
        if not dateline_only:
            if self._place_before.search(text, max(0, start - self._place_reach), start):
                return True
            after = text[end : end + 3]
            if after[:2] in (", ", " (") and country_at.get(end + 2) == code:
                return True
            if after.startswith("-") and _BASED_AFTER.match(text, end):
                return True
            if _DISTRICT_BEFORE.search(text, max(0, start - DISTRICT_REACH), start):
                return True
            if _LIST_CLOSE_BEFORE.search(text, max(0, start - 8), start) and _LIST_CLOSE_AFTER.match(
                text, end
            ):
                return True
        # only markup may open a dateline's line: look back a little, not to the previous line break
        low = max(0, start - DATELINE_OPENING_REACH)
        line_start = text.rfind("\n", low, start) + 1
        if line_start == 0 and low > 0:
            return False
        return bool(_LINE_OPENING.match(text, line_start, start)) and bool(_DATELINE_AFTER.match(text, end))

    def _prefix_applies(self, hit: Hit, starts: dict[int, Hit]) -> bool:
        """A combining prefix ("Franco-") counts only before another country ("Franco-Japanese")."""
        following = starts.get(hit.end)
        if following is None:
            return False
        return self._pattern_of[following.pattern].kind in ("name", "short", "adjective")

    def code(self, name: str) -> str | None:
        """The code for a country name, code, short form, adjective or demonym ("uk" → "GB")."""
        key = normalize_key(name)
        found = self._code_of.get(key)
        if found is None and key.endswith("s"):
            found = self._code_of.get(key[:-1])
        return found

    def name(self, code: str) -> str | None:
        """The usual English name of a country code ("KR" → "South Korea", "EU" → "European Union")."""
        return self._name_of.get(code.upper())

    def city(self, name: str) -> CityInfo | None:
        """The country of a capital or main city ("Kyoto" → JP), or None for an unknown place."""
        return self._city_of.get(normalize_key(name))

    def capital(self, code: str) -> str | None:
        """The capital of a country code ("AT" → "Vienna"), or None when the data gives none."""
        return self._capital_of.get(code.upper())

    def codes(self) -> list[str]:
        """All known codes (ISO 3166-1 alpha-2 plus EU and the additions of the data file)."""
        return sorted(self._name_of)


def load_countries() -> Countries:
    """Load the country table from the package data files."""
    return Countries(config.read_yaml(config.data_path("countries.yaml")), _load_cities())


def iso_rows() -> list[dict[str, str]]:
    """The ISO 3166-1 countries in pycountry's order, each with the `ISO_FIELDS` it has: from the
    shipped table, or from pycountry itself when the table is missing."""
    try:
        text = _read_data(ISO_TABLE)
    except FileNotFoundError:
        from bilat.extract.reference.iso_table import pycountry_rows  # slower: imports pycountry

        return pycountry_rows()
    return [
        {field: value for field, value in zip(ISO_FIELDS, line.split("\t"), strict=True) if value}
        for line in text.splitlines()
        if line and not line.startswith("#")
    ]


def _load_cities() -> list[tuple[str, str, int]]:
    try:
        text = _read_data("cities.tsv")
    except FileNotFoundError:
        return []
    rows = csv.reader(
        (line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t"
    )
    return [(row[0], row[1], int(row[2])) for row in rows if len(row) >= 3]
