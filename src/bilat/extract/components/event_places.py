"""Where an event took place, beyond a city in its own sentence.

- A city that acts ("as Seoul seeks partners", "Tokyo said") stands for a government, not a venue
  (the verbs: ``city_acts_verbs`` in ``data/event_types.yaml``).
- A city after a purpose clause that follows the event word ("signed a memorandum to set up a
  laboratory in Saarbrücken") is where the thing set up will be, not the venue (the verbs:
  ``purpose_verbs`` in ``data/event_types.yaml``).
- A country's name is a place only for a city state ("in Singapore", "in Monaco"): the city of
  that name is its country's main city (the one with the most organisations in ``data/cities.tsv``),
  not a small town that shares the name of a large country.
- A report often dates an event in one sentence and places it in the next one that tells the same
  kind of event without a date ("... signed a memorandum on Thursday. The ministers signed the
  agreement in London.").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from bilat.extract.doc import Doc, Mention
from bilat.extract.reference import config, countries
from bilat.extract.resources import alternatives, alternatives_longest_first, load_yaml, yaml_words

_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|to|from|of|outside)\s+(?:the\s+)?$", re.IGNORECASE)


_PLACED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# A district the gazetteer does not know set "in" before its city ("in Bicutan, Taguig City")
_DISTRICT_PLACED = re.compile(r"\bin\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")
DISTRICT_REACH = 40
NEXT_SENTENCES = 2


@functools.cache
def _acts_after() -> re.Pattern[str]:
    verbs = load_yaml("event_types.yaml").get("city_acts_verbs", [])
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, verbs)) + r")\b" if verbs else r"(?!)")


@functools.cache
def _name_head_after() -> re.Pattern[str]:
    heads = load_yaml("event_types.yaml").get("city_name_heads", [])
    if not heads:
        return re.compile(r"(?!)")
    venues = load_yaml("event_types.yaml").get("city_name_head_venues") or []
    # (not a head a building word follows: "the Kigali Convention Centre" is a venue)
    building = rf"(?![ \t]+(?:{alternatives(venues)})\b)" if venues else ""
    return re.compile(rf"(?:[ \t]+[A-Z][\w'’-]*){{0,4}}?[ \t]+(?:{alternatives(heads)})\b{building}")


@functools.cache
def _origin_before() -> re.Pattern[str]:
    """A people noun (``city_origin_nouns``) or a word of taking part from afar (``city_remote_words``:
    "attending from Mexico City") and "from" ending the text before a city."""
    data = load_yaml("event_types.yaml")
    nouns = [*data.get("city_origin_nouns", []), *data.get("city_remote_words", [])]
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{alternatives(nouns)})[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?$", re.IGNORECASE)


@functools.cache
def _origin_after() -> re.Pattern[str]:
    nouns = load_yaml("event_types.yaml").get("city_origin_nouns", [])
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:-based|-born)?[ \t]+(?:{alternatives(nouns)})\b", re.IGNORECASE)


def origin(doc: Doc, city: Mention) -> bool:
    """True when a city only says where people come from ("a Lyon delegation", "the Busan team",
    "Nairobi-based researchers", "a delegation from Valencia", "researchers from Kyoto"), not where
    an event is held: no "in"/"at" before it and a people noun (``city_origin_nouns``) right after
    it, or that noun and "from" right before it."""
    if _origin_before().search(doc.text, max(0, city.start - 40), city.start) is not None:
        return True
    if _PLACED.search(doc.text, max(0, city.start - 10), city.start):
        return False
    return _origin_after().match(doc.text, city.end, min(len(doc.text), city.end + 30)) is not None


# How far after a city the head of a name it opens may end.
NAME_HEAD_REACH = 80


def opens_name(doc: Doc, city: Mention) -> bool:
    """True when a city opens the name of an instrument ("the Berne Financial Services Agreement",
    "the Paris Agreement"): it names the instrument, not a place where something happened."""
    end = min(len(doc.text), city.end + NAME_HEAD_REACH)
    return _name_head_after().match(doc.text, city.end, end) is not None


@functools.cache
def _facility_head_after() -> re.Pattern[str]:
    heads = load_yaml("event_types.yaml").get("facility_heads", [])
    if not heads:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:[ \t]+[A-Z][\w'’-]*){{0,2}}?[ \t]+(?:{alternatives_longest_first(heads)})\b")


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\n])[ \t][A-Z][\w'’-]+[ \t]+$")


def inside_facility(doc: Doc, city: Mention) -> bool:
    """True when a city stands inside a facility's name, after another capitalised word and before
    a facility head (``facility_heads``: "the King Sejong Station", "the Great Wall Station"): the
    facility's name, not the place of an event ("at Tokyo Station" keeps Tokyo)."""
    if _CAPITALISED_BEFORE.search(doc.text, max(0, city.start - 30), city.start) is None:
        return False
    return _facility_head_after().match(doc.text, city.end, min(len(doc.text), city.end + 40)) is not None


@functools.cache
def _region_names() -> frozenset[str]:
    """The first-level regions of regions.yaml ("Bavaria", "Jalisco"): places, but no towns."""
    regions = load_yaml("regions.yaml").get("regions", {})
    return frozenset(str(name) for names in regions.values() for name in names)


def region_name(name: str) -> bool:
    """Whether a name is a first-level region ("in Bavaria, Germany" names no town)."""
    return name in _region_names()


# A capitalised name of up to four words set as a place ("in Bavaria", "at the Atacama Desert").
_SET_PLACE = re.compile(r"\b(?:in|at)[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")


def region_told(doc: Doc, start: int, end: int) -> bool:
    """Whether the span sets a first-level region as a place ("held in Tuscany, Italy", "in
    Hokkaido"): the place is told, though it is no town, so no other city stands for it."""
    for match in _SET_PLACE.finditer(doc.text, start, end):
        words = match.group(1).split()
        if any(region_name(" ".join(words[:size])) for size in range(len(words), 0, -1)):
            return True
    return False


def acts(doc: Doc, city: Mention) -> bool:
    """True when a city name is the subject of a verb (a government), not a place."""
    if _LOCATIVE_BEFORE.search(doc.text, max(0, city.start - 15), city.start):
        return False
    return _acts_after().match(doc.text, city.end, min(len(doc.text), city.end + 30)) is not None


def place_told_after(
    doc: Doc,
    sentence: tuple[int, int],
    kind: str,
    kinds_in: list[set[str]],
    inside_name: Callable[[int, int], bool] | None = None,
) -> str | None:
    """The city "in"/"at" which one of the next sentences, telling an event of the same `kind`
    without a date of its own (a week or a span is none), places it. `kinds_in[i]` are the event
    kinds cued in sentence i; a city inside an organisation's name (`inside_name`: "the German
    Embassy in Beijing") is its seat, not the event's place."""
    index = doc.sentence_index(sentence[0])
    for later in range(index + 1, min(len(doc.sentences), index + 1 + NEXT_SENTENCES)):
        start, end = doc.sentences[later]
        if kind not in kinds_in[later] or _calendar_dated(doc, start, end):
            continue
        district: str | None = None
        for city in doc.in_span("city", start, end):
            if inside_name is not None and _seat(doc, city, inside_name):
                continue
            if _PLACED.search(doc.text, max(start, city.start - 12), city.start):
                return city.text
            before = max(start, city.start - DISTRICT_REACH)
            if district is None and _DISTRICT_PLACED.search(doc.text, before, city.start):
                district = city.text  # "at the office in Bicutan, Taguig City": a district, then its city
        # (a town the gazetteer does not know, set off by its region: "at the institute's
        # headquarters in Muguga, Kiambu County")
        town = apposed_town(doc, start, end, inside_name) if inside_name is not None else None
        if town is not None and _PLACED.search(doc.text, max(start, town[1] - 12), town[1]):
            return town[0]
        if district is not None:
            return district
    return None


# The value of a date that states no time of an event: a week ("who is in Rwanda this week": the
# stay's, no day of the signing told) or a length ("a three-day visit").
_NO_TIME_VALUE = re.compile(r"\d{4}-W\d\d$|P")


def _calendar_dated(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) states a date other than a week or a length."""
    dates = doc.in_span("date", start, end)
    return any(not _NO_TIME_VALUE.match(str(m.attrs.get("value") or "")) for m in dates)


_SEAT_BEFORE = re.compile(r"\S(\s+(?:in|at)\s+(?:the\s+)?)$", re.IGNORECASE)


def _seat(doc: Doc, city: Mention, inside_name: Callable[[int, int], bool]) -> bool:
    """Whether a city is an organisation's seat: inside its name ("the German Embassy in Beijing")
    or right after it ("the British Council in Nairobi")."""
    if inside_name(city.start, city.end):
        return True
    before = _SEAT_BEFORE.search(doc.text, max(0, city.start - 16), city.start)
    return before is not None and inside_name(before.start(1) - 1, before.start(1))


_AFTER_IN = re.compile(r"\b(?:in|at)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# A clause break: a place before it and an event word after it belong to different clauses
# (", and would open", "; the ministers", ", then met"), unlike a list of names (", and Ambassador X signed").
CLAUSE_BREAK = re.compile(
    r";|,\s+(?:while|whereas|then)\b|,\s+(?:and|but)\s+(?:would|will|should|could|can|may|must|shall|is|are|was|"
    r"were|has|have|had|also|then|plans?|aims?|intends?)\b"
)


def other_clause(doc: Doc, place_end: int, cue: int) -> bool:
    """Whether a place ending at `place_end`, before an event word at `cue`, lies in another clause
    ("tasting events in Istanbul and Izmir, and would open a desk at the fair")."""
    return place_end < cue and CLAUSE_BREAK.search(doc.text, place_end, cue) is not None


def context_city(
    doc: Doc,
    sentence: tuple[int, int],
    countries: Any,
    inside_name: Callable[[int, int], bool],
    cue: int | None = None,
    untagged: bool = False,
) -> str | None:
    """A place "in"/"at" which the sentence sets its event, when the name is a city of one of the
    document's partner countries but too ambiguous to be tagged everywhere ("signed in Santiago"
    in a text about Chile; "Santiago" alone may be a person or another country's city). Places
    inside a name (`inside_name`: "the Embassy of Italy in Cairo") do not count, nor those in
    another clause before the event word at `cue` (`other_clause`). With `untagged`, only names not
    tagged as cities count (a tagged city was already judged as a place, or as none)."""
    context = set(doc.data.get("context_countries") or ())
    if not context or countries is None:
        return None
    for match in _AFTER_IN.finditer(doc.text, sentence[0], sentence[1]):
        if inside_name(match.start(1), match.end(1)) or purposed(doc, sentence[0], match.start(1)):
            continue
        if cue is not None and other_clause(doc, match.end(1), cue):
            continue
        if untagged and doc.in_span("city", match.start(1), match.end(1)):
            continue
        for name in (match.group(1), match.group(1).split()[0]):
            info = countries.city(name)
            if info is None or info.country not in context or info.name != name:
                continue
            if countries.code(name) is None or city_state(countries, name):
                return name
    return None


# How far before a city a purpose clause may begin.
PURPOSE_REACH = 160


@functools.cache
def _purpose() -> re.Pattern[str]:
    verbs = load_yaml("event_types.yaml").get("purpose_verbs", [])
    if not verbs:
        return re.compile(r"(?!)")
    joined = alternatives(verbs)
    return re.compile(rf"(?i)\bto\s+(?:jointly\s+)?(?:{joined})\b")


def purposed(doc: Doc, cue: int, city: int) -> bool:
    """Whether a purpose clause ("to set up", "to establish") stands between an event word at `cue`
    and a city after it at `city`: the city is then the place of what is set up."""
    if city <= cue:
        return False
    return _purpose().search(doc.text, max(cue, city - PURPOSE_REACH), city) is not None


@functools.cache
def _main_cities() -> dict[str, str]:
    """Each country code's city with the most organisations in ``data/cities.tsv``."""
    try:
        text = config.data_path("cities.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    best: dict[str, tuple[int, str]] = {}
    for line in text.splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 3 or not row[2].isdigit():
            continue
        count = int(row[2])
        if count > best.get(row[1], (-1, ""))[0]:
            best[row[1]] = (count, row[0])
    return {code: name for code, (_, name) in best.items()}


def city_state(countries: Any, name: str) -> bool:
    """Whether a country's name is also the city where its events take place ("Singapore",
    "Monaco", "Luxembourg"): the city of that name lies in that country and is its main city."""
    if countries is None:
        return False
    info = countries.city(name)
    if info is None:
        return False
    code = countries.code(name)
    return code is None or (info.country == code and _main_cities().get(code, info.name) == info.name)


# "Singapore's Government Technology Agency", "Monaco's Prince": a city state's name in the
# possessive before a capitalised name; "at"/"in" before it keeps it a place ("at Singapore's
# Marina Bay Sands")
_POSSESSIVE_NAME_AFTER = re.compile(r"['’]s[ \t]+[A-Z]")


def possessive_state(doc: Doc, state: Mention, inside_name: Callable[[int, int], bool]) -> bool:
    """Whether a city state's name is a possessive before a body's or a person's title
    ("Singapore's Government Technology Agency", "Singapore's Senior Minister of State"): it
    names the country whose body or officer it is, not where an event is held. After "at"/"in" it
    is a place unless a body's name follows (`inside_name`: "a minister at Singapore's Ministry of
    Trade" is where the minister works)."""
    after = _POSSESSIVE_NAME_AFTER.match(doc.text, state.end, min(len(doc.text), state.end + 4))
    if after is None:
        return False
    if inside_name(after.end() - 1, after.end()):
        return True
    return _PLACED.search(doc.text, max(0, state.start - 10), state.start) is None


# "the Austrian capital", "the Kenyan capital's", "the Thai capital": a country's adjective between
# "the" and "capital" names its capital city (unless a word of money follows: "capital markets")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@functools.cache
def _capital_after() -> re.Pattern[str]:
    words = load_yaml("event_types.yaml").get("capital_money_words") or []
    money = alternatives_longest_first(words) or "(?!)"
    return re.compile(rf"\s+capital\b(?!\s+(?:{money})\b)", re.IGNORECASE)


def capital_phrases(doc: Doc, start: int, end: int) -> list[Mention]:
    """The capitals a sentence names by "the <country adjective> capital", as city mentions."""
    found = []
    table = countries()
    for m in doc.in_span("country", start, end):
        if m.attrs.get("kind") not in ("adjective", "demonym"):
            continue
        city = table.capital(str(m.attrs.get("code")))
        if (
            city
            and _capital_after().match(doc.text, m.end, end)
            and _THE_BEFORE.search(doc.text, max(start, m.start - 5), m.start)
        ):
            found.append(
                Mention(m.start, m.end, "city", city, {"code": m.attrs.get("code"), "kind": "capital"})
            )
    return found


# "McGill University in Montreal", "the Centre for Geosciences of Potsdam": a city joined to the name
# of a body right before it by "in"/"of", or set off after it by a comma ("the National University,
# Ho Chi Minh City": the body's seat wherever the body stands in the sentence).
_SEAT_LINK = re.compile(r"\S(\s+(?:in|of)\s+|,[ \t]+)$")
SEAT_LINK_REACH = 8
# Words right before a body's name that make the body (and so its seat) the event's venue: "held at
# the X in Y", "a visit to the X in Y", "toured the X in Y" (``venue_body_lead`` in
# ``data/event_types.yaml``).
VENUE_LEAD_REACH = 30
# "researchers from the X Centre in Potsdam": the body is where the people come from.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


@functools.cache
def _venue_lead() -> re.Pattern[str]:
    words = load_yaml("event_types.yaml").get("venue_body_lead", [])
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{alternatives_longest_first(words)})\s+(?:the\s+)?$", re.IGNORECASE)


# a body that hosts the event told after it: its seat is the venue ("the Italian Embassy in Ankara
# will host a symposium", "the Embassy of Denmark in Tel Aviv hosted a workshop")
_HOSTS_AFTER = re.compile(
    r"[ \t]+(?:will[ \t]+|is[ \t]+|was[ \t]+|has[ \t]+)?(?:co-)?host(?:s|ed|ing)?\b", re.IGNORECASE
)


def hosts_event(text: str, body_end: int) -> bool:
    """Whether the body whose name ends at `body_end` is told right after as hosting ("... will host")."""
    return _HOSTS_AFTER.match(text, body_end, body_end + 40) is not None


def body_seat(doc: Doc, city: Mention, bodies: list[tuple[int, int]], cue: int) -> bool:
    """Whether a city is only the seat of a body named right before it ("researchers from the X
    Centre in Potsdam", "X and Y University in Montreal have opened ..."), not where the event
    told by the word at `cue` happens. The seat is the venue when the body is: after a locative
    word or a verb of visiting ("at the X in Y", "toured the X in Y"). `bodies` are the spans of
    the document's organisation names."""
    link = _SEAT_LINK.search(doc.text, max(0, city.start - SEAT_LINK_REACH), city.start)
    if link is None:
        return False
    body_end = link.start(1)
    body = next((s for s in bodies if s[0] < body_end <= s[1]), None)
    if body is None:
        return False
    if _venue_lead().search(doc.text, max(0, body[0] - VENUE_LEAD_REACH), body[0]):
        return False
    if body[0] < cue and hosts_event(doc.text, body[1]):
        return False
    if link.group(1).startswith(","):
        return True  # a city set off after a body's name by a comma is the body's own: "X University, Hanoi"
    return body[0] < cue or _FROM_BEFORE.search(doc.text, max(0, body[0] - 20), body[0]) is not None


# "the Forum Leaders Meeting in Honiara ... and the Ocean Conference in Nice", "a roadshow in Mumbai
# and Sao Paulo in May, and a Tourism Forum in Alexandria": a city told right after another event word
# of the sentence ("in"/"at", maybe after other places of a list) is that event's place.
_OWN_PLACE_GAP = re.compile(
    r"[\s*_]*(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*|\s+and\s+))*$"
)
# The same after the other event word's object ("visited KRISS in Daejeon today and will tour the
# institute in Pangyo"): taken only when the event word at hand has a place of its own after it.
_OBJECT_PLACE_GAP = re.compile(
    r"[\s*_]*(?:(?!and\b)[\w'’.&-]+\s+){0,6}?"
    r"(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s*|\s+and\s+))*$"
)
OWN_PLACE_REACH = 60  # characters between another event word and a city of its own


# Words that join two events told one after the other ("... in Honiara in March and the conference
# in Nice"), unlike one told as the setting of the other ("signed in Tbilisi during the visit").
_COORDINATION = re.compile(r"\band\b|;|\bas\s+well\s+as\b|\bwhile\b")


def other_events_place(
    doc: Doc, city: Mention, cue: int, cue_ends: list[int], own_after: bool = False
) -> bool:
    """Whether a city before the event word at `cue` is told right after another event word of the
    sentence (whose ends are `cue_ends`), or after its object when this one's own place follows it
    (`own_after`), the two events joined as two (`_COORDINATION`): the place of that other event,
    not of this one."""
    if city.start >= cue or _COORDINATION.search(doc.text, city.end, cue) is None:
        return False
    gap = _OBJECT_PLACE_GAP if own_after else _OWN_PLACE_GAP
    return any(
        end <= city.start
        and city.start - end <= OWN_PLACE_REACH
        and gap.fullmatch(doc.text, end, city.start) is not None
        for end in cue_ends
        if end <= cue
    )


def placed(doc: Doc, city: Mention) -> bool:
    """Whether "in"/"at" sets the city as a place ("in Tsukuba", "at the Hanoi")."""
    return _PLACED.search(doc.text, max(0, city.start - 10), city.start) is not None


# "in Kwinana, Western Australia", "near Njabini, Nyandarua County", "in Lulea, northern Sweden", "in
# Kwinana, south of Perth", "in Lulea (Sweden)": a capitalised name after "in"/"near"/"at" set off by
# a comma or a bracket from its country, region or a city it lies near.
_APPOSED = re.compile(
    r"\b(?:in|near|at)[ \t]+([A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+)?)(?:,[ \t]+|[ \t]*\([ \t]*)"
    r"(?:((?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?[ \t]+)(of[ \t]+)?)?"
)
APPOSED_REACH = 40  # characters after the name that may hold its region or country
_ONE_WORD = re.compile(r"[A-Z][\w'’-]+[ \t]+")  # "Western" of "Western Australia"


@functools.cache
def _region_head() -> re.Pattern[str]:
    heads = load_yaml("event_types.yaml").get("town_region_heads", [])
    if not heads:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{alternatives(heads)})\b")


def apposed_town(
    doc: Doc, start: int, end: int, known: Callable[[int, int], bool]
) -> tuple[str, int, int] | None:
    """A town the gazetteer does not know, placed by the sentence spanning `start`..`end` with its
    country, region or a nearby city set off after it (`_APPOSED`), with where it starts and where
    the appositive ends.
    A name `known` as something else (a date, a body, a country, a tagged city) is no such town."""
    if "," not in doc.text[start:end] and "(" not in doc.text[start:end]:
        return None
    for match in _APPOSED.finditer(doc.text, start, end):
        at, to = match.start(1), match.end(1)
        if (
            known(at, to)
            or region_name(match.group(1))
            or any(doc.in_span(kind, at, to) for kind in ("date", "city", "country"))
        ):
            continue
        rest = match.end()
        if match.group(3):  # "south of Perth": a city it lies near
            near = [c for c in doc.in_span("city", rest, min(end, rest + APPOSED_REACH)) if c.start == rest]
            if near:
                return match.group(1), at, near[0].end
            continue
        after = min(end, rest + APPOSED_REACH)
        countries = [
            c for c in doc.in_span("country", rest, after) if c.attrs.get("kind") in ("name", "short")
        ]
        head = countries[0] if countries else None
        if head is not None and (head.start == rest or _ONE_WORD.fullmatch(doc.text, rest, head.start)):
            return match.group(1), at, head.end  # "Kiruna, Sweden", "Kwinana, Western Australia"
        region = _region_head().match(doc.text, rest, after)
        if region is not None and not match.group(2):
            return match.group(1), at, region.end()
    return None


# A news dateline in capitals opening a sentence ("HANOI — ...", "BUENOS AIRES, 3 May -- ..."): the
# gazetteer matches city names as written, so the city is looked up in ordinary capitalisation.
_CAPS_DATELINE = re.compile(
    r"[^\w\n]*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,30}[A-ZÀ-Þ])[*_]{0,3}(?:,[^\n—–]{1,30})?[ \t]*(?:—|–|--)[ \t]"
)


def caps_dateline_city(doc: Doc, start: int, end: int) -> Mention | None:
    """The city of a dateline in capitals at `start` (a sentence's start), as a city mention
    whose text is the name in ordinary capitalisation (None without one): where the report's lead
    event happened."""
    m = _CAPS_DATELINE.match(doc.text, start, end)
    if m is None:
        return None
    name = m.group(1).title()
    spans = countries().spans(name)
    if len(spans) != 1 or spans[0][:2] != (0, len(name)) or spans[0][3] not in ("city", "capital"):
        return None
    _, _, code, kind = spans[0]
    return Mention(m.start(1), m.end(1), "city", name, {"code": code, "kind": kind})


@functools.cache
def _arrival_before() -> re.Pattern[str]:
    """An arrival verb (``arrival_place_verbs`` of ``data/event_types.yaml``) with "to"/"in" ending
    the text before a city ("came to", "arrived in", "travelled to", "visited")."""
    verbs = load_yaml("event_types.yaml").get("arrival_place_verbs", [])
    if not verbs:
        return re.compile(r"(?!)")
    return re.compile(
        rf"\b(?:{alternatives(verbs)})[ \t\n]+(?:the[ \t\n]+city[ \t\n]+of[ \t\n]+)?$", re.IGNORECASE
    )


ARRIVAL_VERB_REACH = 30  # characters before a city that may hold its arrival verb


def arrival_place(doc: Doc, sentence: tuple[int, int]) -> str | None:
    """The one city the sentence right before `sentence` tells a party coming to ("A delegation
    came to Ljubljana for talks. On 21 March the two sides signed a memorandum"), when that sentence
    gives no date of its own: where a signing told without a place next happened."""
    index = doc.sentence_index(sentence[0])
    if index <= 0:
        return None
    start, end = doc.sentences[index - 1]
    if any(date.attrs.get("type") != "DURATION" for date in doc.in_span("date", start, end)):
        return None  # (a length, "for two days of talks", is no date of its own)
    pattern = _arrival_before()
    places = {
        city.text
        for city in doc.in_span("city", start, end)
        if pattern.search(doc.text, max(start, city.start - ARRIVAL_VERB_REACH), city.start)
    }
    return places.pop() if len(places) == 1 else None


@functools.cache
def _districts() -> dict[str, str]:
    mapping = load_yaml("event_types.yaml").get("city_districts") or {}
    return {str(district): str(city) for district, city in mapping.items()}


def district_city(doc: Doc, place: str | None) -> str | None:
    """The city of which an event's place is a district (``city_districts``: "Palermo" in a Buenos
    Aires report), when the document names that city too; else the place itself."""
    if place is None:
        return None
    city = _districts().get(place)
    if city is None:
        return place
    told = doc.data.get("_cities_told")
    if told is None:
        told = doc.data["_cities_told"] = frozenset(m.text for m in doc.in_span("city", 0, len(doc.text)))
    return city if city in told or re.search(rf"\b{re.escape(city)}\b", doc.text) else place


# How far after an event word its own "held at the Dead Sea" clause may end.
NATURAL_REACH = 120


@functools.cache
def _natural_place() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the clause "held at the Dead Sea" after an event word, a visit's object "Kakamega Forest")."""
    heads = load_yaml("event_types.yaml").get("natural_place_heads") or []
    if not heads:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    place = rf"(?:the[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){{1,3}}(?:{alternatives_longest_first(heads)})\b"
    held = re.compile(
        rf"\b(?:held|hosted|convened|organi[sz]ed|took[ \t]+place|staged)[ \t]+(?:in|at|on|by)[ \t]+{place}"
    )
    return held, re.compile(rf"[ \t]+{place}")


def natural_place_after(doc: Doc, cue: tuple[int, int], end: int, visit: bool) -> bool:
    """Whether the event word at `cue` is set in a natural place the gazetteer knows no town for,
    by a clause of its own ("a workshop on water held at the Dead Sea in May") or, for a visit, as
    the visit's object ("will visit Kakamega Forest"): no other city of the text is its place."""
    held, visited = _natural_place()
    if visit and visited.match(doc.text, cue[1], end) is not None:
        return True
    stop = doc.text.find(". ", cue[1], end)
    limit = min(end if stop < 0 else stop, cue[1] + NATURAL_REACH)
    found = held.search(doc.text, cue[1], limit)
    return found is not None and not doc.in_span("city", cue[1], found.start())


@functools.cache
def _site_town() -> re.Pattern[str]:
    """A site visited, then "in" and a capitalised name ending the clause: "visited the Soreq Nuclear
    Research Center in Yavne on Monday", "toured the laboratory of X in Hualpén."."""
    nouns = alternatives_longest_first(load_yaml("event_types.yaml").get("site_nouns") or []) or "(?!)"
    return re.compile(
        rf"[^.;:\n]{{0,80}}?\b(?i:{nouns})\b[^.;:,\n]{{0,50}}?\bin[ \t]+"
        # (a hard-wrapped line may split the name: "in Rishon\nLeZion")
        r"([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:(?:[ \t]+|\n(?![ \t]*\n))[A-ZÀ-Þ][\w'’-]+)?)"
        r"(?![\w'’-])(?=[ \t]*(?:[.;,\n]|(?:on|and|where|last|this)\b|$))"
    )


SITE_REACH = 160  # characters after a visit word that may name the site and its town


def site_town(doc: Doc, cue: int, end: int, known: Callable[[int, int], bool]) -> str | None:
    """A town the gazetteer does not know where the site a visit word goes to lies (`_site_town`),
    unless the name is `known` as something else (a body) or is a date, a city, a country or a
    region."""
    match = _site_town().match(doc.text, cue, min(end, cue + SITE_REACH))
    if match is None:
        return None
    at, to = match.start(1), match.end(1)
    if known(at, to) or region_name(match.group(1)):
        return None
    before = doc.text[max(cue, at - 30) : at].split()
    if len(before) >= 2 and before[-2].lower() in yaml_words("event_types.yaml", "site_field_heads"):
        return None  # "the Centre of Excellence in Robotics": a field, no town
    if any(doc.in_span(kind, at, to) for kind in ("date", "city", "country")):
        return None
    return " ".join(match.group(1).split())
