"""Whose organisation is it? Evidence of an organisation's owner country beyond its own name.

Two countries' ministries often share a name ("the Ministry of Foreign Affairs" of Japan and of
Korea). A name placed only by a guess from its sentence is merged with any same-name organisation;
for such shared names (``shared_names`` in ``data/org_heads.yaml``), when the text also names the
body of another country, a country that is the only one its sentence names counts as the owner,
which keeps the two ministries apart.

People are found after organisations, so a person's country cannot help while organisations are
placed. ``settle_by_roles`` runs after people: an organisation that nothing placed for sure and
that a person's role names ("Director of the Department of Polar Research at the Swedish Polar
Research Secretariat", "Sweden's State Secretary at the Ministry of Education") takes that
person's country, when the role itself states it (a country, or another organisation placed for
sure) and every such role agrees.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import Any

from bilat.extract.components.gazetteer import reference
from bilat.extract.doc import Doc
from bilat.extract.naming import country_before, states_in
from bilat.extract.reference import countries as country_table
from bilat.extract.resources import load_yaml, longest_first, yaml_alternation, yaml_words


@functools.lru_cache(maxsize=4096)
def is_shared_name(name: str) -> bool:
    """True for names that many countries' bodies bear ("Ministry of Foreign Affairs"), unless the
    reference knows the name for one country only (MEXT's full name)."""
    if yaml_alternation("org_heads.yaml", "shared_names").search(name.strip()) is None:
        return False
    return len(_known_countries(name)) != 1


_MINISTRY = re.compile(r"(?i)^(?:the )?ministry (?:of|for)\b")


def _generic_name(name: str) -> bool:
    """A ministry's plain name, of the kind that many countries' bodies bear, known or not (a
    "Department of ..." is as often a unit of another body)."""
    return _MINISTRY.match(name.strip()) is not None


def reference_entries(name: str) -> list[Any]:
    """The reference organisations known by `name` (a name or an acronym); none without an index."""
    index = reference("organizations")
    if index is None:
        return []
    return list(_entries_named(index, name))


@functools.lru_cache(maxsize=8192)
def _entries_named(index: Any, name: str) -> tuple[Any, ...]:
    """`index.lookup(name)`, remembered (the same names are looked up for every candidate)."""
    return tuple(index.lookup(name))


def _known_countries(name: str) -> set[str | None]:
    return {entry.country for entry in reference_entries(name)}


def sentence_countries(doc: Doc, start: int) -> set[str]:
    """The codes of the countries (and cities' countries) named in the sentence of `start`."""
    sent_start, sent_end = doc.sentence_of(start)
    places = states_in(doc, sent_start, sent_end)
    places += doc.in_span("city", sent_start, sent_end)
    return {str(m.attrs["code"]) for m in places}


def sole_owner(doc: Doc, start: int, end: int, guess: str | None) -> bool:
    """True when the shared name at [start, end) sits in a sentence that names only `guess`, and the
    document gives the same name to a body of another country ("Korea's Ministry of Foreign Affairs",
    or in a sentence that names only Korea)."""
    name = doc.text[start:end]
    return (
        guess is not None
        and is_shared_name(name)
        and sentence_countries(doc, start) == {guess}
        and bool(named_owners(doc, name) - {guess})
    )


def named_owners(doc: Doc, name: str) -> set[str]:
    """The countries the text gives as owners of `name`: "Korea's X", "the Korean X", "X of Korea",
    or the only country of a sentence that names X."""
    cache: dict[str, set[str]] = doc.data.setdefault("_named_owners", {})
    if name not in cache:
        owners = set()
        for use in re.finditer(re.escape(name), doc.text):
            before = country_before(doc, use.start(), max_gap=1)
            after = _OF_COUNTRY.match(doc.text, use.end())
            if before:
                owners.add(before)
            if after:
                owners |= {str(m.attrs["code"]) for m in doc.in_span("country", use.end(), after.end())}
            if not before and not after and len(countries := sentence_countries(doc, use.start())) == 1:
                owners |= countries
        cache[name] = owners
    return cache[name]


_OF_COUNTRY = re.compile(r" of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}")


DATELINE_REACH = 400  # characters at the top of a text that may hold its dateline


_LINE_OPENING = re.compile(r"[ \t*_#>]*(?:[A-Z][A-Z .'-]*[A-Z]\s*[,(:]\s*)?")  # ("WASHINGTON (")
_DATELINE_GAP = re.compile(r"[^.!?\n]{0,60}")


def dateline_country(doc: Doc) -> str | None:
    """The country of the city of a press release's dateline ("Riyadh, 13 October 2026"): a city
    near the top that opens its line, with a date a few words after it in the same sentence."""
    top = min(len(doc.text), DATELINE_REACH)
    dates = doc.in_span("date", 0, top)
    for city in doc.in_span("city", 0, top):
        line_start = doc.text.rfind("\n", 0, city.start) + 1
        if not _LINE_OPENING.fullmatch(doc.text, line_start, city.start):
            continue
        if any(d.start >= city.end and _DATELINE_GAP.fullmatch(doc.text, city.end, d.start) for d in dates):
            return str(city.attrs["code"])
        if _DASH_DATELINE.match(doc.text, city.end):
            return str(city.attrs["code"])
    return _caps_dateline_country(doc, top)


# A dateline of a city alone that a dash joins to the lead's first sentence ("Ha Noi – The Ministry
# of ... agreed ..."): a sentence of some length follows in the same line, which tells it from a
# title that pairs two places ("Lima – Cusco").
_DASH_DATELINE = re.compile(r"[ \t]+[—–-][ \t]+(?:The|A|An|[A-Z][a-z]+)\b[^\n]{60,}?[.!?](?:[ \t\n]|$)")


def _caps_dateline_country(doc: Doc, top: int) -> str | None:
    """The country of a wire dateline's city in capitals opening one of the top lines ("TALLINN,
    14 Nov 2024 — ...", "NAIROBI — ..."), which the gazetteer, matching names as written, misses."""
    from bilat.extract.components.event_places import caps_dateline_city  # (no import cycle)

    line_start = 0
    while line_start < top:
        line_end = doc.text.find("\n", line_start)
        line_end = len(doc.text) if line_end < 0 else line_end
        if line_start < line_end:
            city = caps_dateline_city(doc, line_start, line_end)
            if city is not None:
                return str(city.attrs["code"])
            hyphened = _hyphen_dateline_country(doc, line_start, line_end)
            if hyphened is not None:
                return hyphened
        line_start = line_end + 1
    return None


# A wire dateline in capitals whose date (and agency) a single hyphen ends ("DHAKA, May 12, 2026
# (BSS) - ", "HA NOI, November 14 (VNA) - "): the comma and what follows it tell it from a title.
_HYPHEN_DATELINE = re.compile(r"[^\w\n]*([A-ZÀ-Þ][A-ZÀ-Þ'’. ]{1,30}[A-ZÀ-Þ]),[^\n—–-]{1,40}?[ \t]-[ \t]")


def _hyphen_dateline_country(doc: Doc, start: int, end: int) -> str | None:
    """The country of the city of a capitals dateline that a single hyphen closes (`_HYPHEN_DATELINE`),
    when the city's name is all the name the country table finds there."""
    found = _HYPHEN_DATELINE.match(doc.text, start, end)
    if found is None:
        return None
    name = found.group(1).title()
    spans = country_table().spans(name)
    if len(spans) != 1 or spans[0][:2] != (0, len(name)) or spans[0][3] not in ("city", "capital"):
        return None
    return str(spans[0][2])


def settle_by_home(doc: Doc, groups: Sequence[Any]) -> None:
    """Place a shared name ("the Ministry of Energy") that nothing placed for sure in the country of
    the dateline, when its sentence names that country or none: a release names its own country's
    bodies plainly and qualifies the others' ("the Korean Ministry of ...")."""
    home = None
    for group in groups:
        if group.ror and group.spans and _generic_name(group.name):
            home = home or dateline_country(doc)
            if home is not None and _registry_guess_abroad(doc, group, home):
                group.country, group.ror = home, None  # (the registry knew only the other's ministry)
                group.aliases = {a for a in group.aliases if a in doc.text}
            continue
        if group.country_sure or group.ror or not group.spans or not _generic_name(group.name):
            continue
        home = home or dateline_country(doc)
        if home is None:
            return
        known = _known_countries(group.name) - {None}
        partners = set(doc.data.get("context_countries") or ()) or known
        if len(known) == 1 and home not in known and known & partners:
            continue  # the name of one known body abroad ("Ministry of Earth Sciences"), of a partner
        if group.country is None or home in sentence_countries(doc, group.spans[0][0]):
            group.country = home


def _registry_guess_abroad(doc: Doc, group: Any, home: str) -> bool:
    """Whether a plain ministry's name ("the Ministry of Education") that the registry gave to the
    other partner (it knows that one's ministry only) belongs to the dateline's country instead:
    the dateline names a partner, and no mention ties the name to another country (its own words,
    an owner just before it, "of <country>" after it, or a country earlier in its sentence; a
    country after it in the sentence is where the ministry acts: "will send teachers to Indian
    universities")."""
    partners = set(doc.data.get("context_countries") or ())
    if group.country == home or home not in partners or group.country not in partners:
        return False
    if len(_known_countries(group.name) - {None}) < 2:
        return False  # (the name of one state's body: "Ministry of External Affairs" is India's)
    for start, end in group.spans:
        if states_in(doc, start, end) or country_before(doc, start, max_gap=1):
            return False
        if _OF_COUNTRY.match(doc.text, end) and doc.in_span("country", end, end + 40):
            return False
        sent_start, _ = doc.sentence_of(start)
        earlier = states_in(doc, sent_start, start) + doc.in_span("city", sent_start, start)
        if any(str(m.attrs["code"]) != home for m in earlier):
            return False
    return True


_ROLES_BACK = 8  # roles looked at before an organisation's mention (roles rarely nest deeper)


def settle_by_roles(doc: Doc, roles: Sequence[tuple[tuple[int, int], str | None]]) -> None:
    """Place the organisations of ``doc.data["organizations"]`` that nothing placed for sure in the
    country of the people whose role (span, person's country) names them and states that country;
    the record's organisations (made from the same groups, in order) follow."""
    groups: list[Any] = doc.data.get("organizations", [])
    unsure = [i for i, group in enumerate(groups) if not group.country_sure]
    stated = [(span, str(country)) for span, country in roles if country]
    if not unsure or not stated:
        return
    stated.sort()
    starts = [span[0] for span, _ in stated]
    placed = _placed_spans(groups)
    for i in unsure:
        owners = {
            country
            for start, end in groups[i].spans
            for country in _role_countries(doc, stated, starts, placed, start, end)
        }
        if len(owners) == 1:
            _set_country(doc, i, owners.pop())


def _placed_spans(groups: list[Any]) -> list[tuple[int, int, str]]:
    """The mentions of the organisations placed for sure, with their country, sorted."""
    return sorted((s, e, str(g.country)) for g in groups if g.country_sure and g.country for s, e in g.spans)


def _role_countries(
    doc: Doc,
    stated: list[tuple[tuple[int, int], str]],
    starts: list[int],
    placed: list[tuple[int, int, str]],
    start: int,
    end: int,
) -> set[str]:
    """The countries of the people whose role contains [start, end) and states their country."""
    found = set()
    last = bisect.bisect_right(starts, start)
    for (role_start, role_end), country in stated[max(0, last - _ROLES_BACK) : last]:
        if (
            role_start <= start
            and end <= role_end
            and country in _stated_in(doc, placed, role_start, role_end)
        ):
            found.add(country)
    return found


def _stated_in(doc: Doc, placed: list[tuple[int, int, str]], start: int, end: int) -> set[str]:
    """The countries a role states: those it names, and those of the organisations placed for sure
    that it names."""
    codes = {str(m.attrs["code"]) for m in states_in(doc, start, end)}
    lo = bisect.bisect_left(placed, (start,))
    hi = bisect.bisect_left(placed, (end,), lo)
    return codes | {country for s, e, country in placed[lo:hi] if e <= end}


def _set_country(doc: Doc, index: int, country: str) -> None:
    """Give the organisation group at `index` (and its record item) the country `country`."""
    group = doc.data["organizations"][index]
    group.country, group.country_sure = country, True
    items = doc.record.organizations
    if len(items) == len(doc.data["organizations"]):
        items[index].country = country


_PORTFOLIO_REST = re.compile(r"\s+(?:of|for|de|do|da|des|du|del)\s+([^;()\n]{3,160})")
_PORTFOLIO_WORD = re.compile(r"[^\W_][\w'’-]*|,")


@functools.cache
def _portfolio_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A pattern of the heads of bodies named by a portfolio (org_heads.yaml `portfolio_heads`), one
    of the office-holders' titles, and each title's body head."""
    heads: dict[str, list[str]] = load_yaml("org_heads.yaml").get("portfolio_heads") or {}
    titles = {str(title): str(head) for head, found in heads.items() for title in found}
    body = longest_first(map(str, heads)) or "(?!)"
    role = longest_first(titles) or "(?!)"
    return re.compile(rf"(?:the\s+)?({body})(?=\s)"), re.compile(rf"(?<!\w)({role})(?=\s)"), titles


def _portfolio_words(text: str) -> tuple[str, ...]:
    """A portfolio's words for comparison: lower case, commas kept, "and", "&" and articles left out
    ("Science, Technology & Innovation" -> ("science", ",", "technology", "innovation"))."""
    skipped = yaml_words("org_heads.yaml", "portfolio_skipped_words")
    return tuple(w for w in _PORTFOLIO_WORD.findall(text.lower()) if w not in skipped)


def body_portfolio(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The head and the portfolio of a body named by its portfolio ("Ministry of Tourism and
    Sport" -> ("Ministry", ("tourism", "sport"))), None for other names."""
    bodies, _, _ = _portfolio_pattern()
    head = bodies.match(name.strip())
    rest = _PORTFOLIO_REST.fullmatch(name.strip(), head.end()) if head else None
    words = _portfolio_words(rest.group(1)) if head and rest else ()
    return (head.group(1), words) if head and words and words[-1] != "," else None


def holds_portfolio(role_words: tuple[str, ...], portfolio: tuple[str, ...]) -> bool:
    """True when a title's words start with the whole portfolio and end there, or go on with a
    comma or "of", "in", "to", "at" ("Minister of Public Works, Budi ...", "... of Croatia")."""
    size = len(portfolio)
    if role_words[:size] != portfolio:
        return False
    return len(role_words) == size or role_words[size] in yaml_words("org_heads.yaml", "portfolio_ends")


def role_titles(role: str) -> list[tuple[str, tuple[str, ...]]]:
    """The body heads of the office-holders' titles in a role and the words after each title
    ("Croatian Minister of Tourism and Sport" -> [("Ministry", ("tourism", "sport"))])."""
    _, roles, titles = _portfolio_pattern()
    out = []
    for title in roles.finditer(role):
        rest = _PORTFOLIO_REST.match(role, title.end())
        if rest is not None:
            out.append((titles[title.group(1)], _portfolio_words(rest.group(1))))
    return out


def _told_abroad(doc: Doc, start: int, country: str) -> bool:
    """True when the sentence of a role names a city of a country other than `country` (the
    office-holder is abroad: "Sweden's Minister for Education visited Tokyo")."""
    sent_start, sent_end = doc.sentence_of(start)
    return any(str(m.attrs["code"]) != country for m in doc.in_span("city", sent_start, sent_end))


def settle_by_portfolio(doc: Doc, roles: Sequence[tuple[tuple[int, int], str | None]]) -> None:
    """Place the bodies named by a portfolio ("Ministry of Public Works") that nothing placed for
    sure in the country of the people whose title holds the same portfolio ("Indonesia's Minister
    of Public Works", "the Croatian Minister of Tourism and Sport") and whose role names that
    country, when every such person agrees; the record's organisations follow. A holder whose
    sentence names a city abroad is left out: the body of that name may be the host's."""
    groups: list[Any] = doc.data.get("organizations", [])
    unsure = {}
    for i, group in enumerate(groups):
        if not group.country_sure and not group.international:
            named = body_portfolio(group.name)
            if named is not None:
                unsure[i] = named
    if not unsure:
        return
    titles: list[tuple[str, tuple[str, ...], str]] = []
    for (start, end), country in roles:
        if country and str(country) in {str(m.attrs["code"]) for m in states_in(doc, start, end)}:
            if _told_abroad(doc, start, str(country)):
                continue  # (a minister visiting "Tokyo": the ministry there may be the host's)
            titles += [(head, words, str(country)) for head, words in role_titles(doc.text[start:end])]
    for i, (head, portfolio) in unsure.items():
        owners = {
            country
            for role_head, words, country in titles
            if role_head == head and holds_portfolio(words, portfolio)
        }
        if len(owners) == 1:
            _set_country(doc, i, owners.pop())
