"""Whom a person represents, when nothing of their own (a role, a body, a side heading) says it.

A person whose role, body and side name no country took the nearest country of their sentence
(before the name, else after it). That is often the place they visit ("Prime Minister A and three
ministers visited Japan"), their counterpart's ("Minister A and Japan's Minister B", "her British
counterpart"), or the side that calls on them ("the Japanese delegation called on Dr. A").
`settle_countries` reads each mention of a country in the sentence for what it is:

- a side of the person's own: "The Polish delegation was led by A", "on the EU side by A",
  "Representing Japan was A" (without a meeting cue between: "the Korean delegation held talks
  with A" makes A its host);
- another person's: inside another person's role, right before their role or name ("Czech
  Minister B", "Japan's Minister of ..., B"), before "counterpart", or a side that meets the
  person; the country another person's role or affiliation gave them counts as theirs too;
- a destination: after a word of travel and "to" ("a state visit of A to the Republic of Korea",
  "led a delegation ... to Japan"), after "visited", or a state after "with" ("talks with Japan");
- else a plain mention, read as before.

The person takes, in order: their own side; the partner of the document (`doc.data["partners"]`)
that pairs with every country of the others (the other side of a two-sided event); the nearest
plain mention before the name; the partner that pairs with every destination; the first plain
mention of a state after the name. Two people named in a row whose only country is a pair named
after them ("A and B agreed to step up EU-Japan cooperation") take its countries in order.

Besides: a role read across a list of people ("Rwanda's Minister X, Yvonne M., and Singapore's
Senior Minister") names the country of the person it ends with (the part after the last other
name); a posting in a role ("Ambassador to Saudi Arabia", "Relations with Japan") is no country of
the person's (`role_places`; alone, it makes them the other partner's); a person with no country
takes the one of their contact entry (the label, body, place or e-mail domain of the lines under
the name); a diplomat ("Science Counsellor", "Ambassador") with at most a plain mention serves the
one country whose embassy the document names; a role may name a body by a distinctive word of its
full name ("Memorial's vice-president", `short_form_country`). A known head of state or government
(`leaders`) named with a leader's role, whom nothing of their own placed, represents their country
(`known_leaders`). A person listed as a member of a body's delegation ("the CNR delegation,
including Dr A", "a delegation of the Mexican Space Agency led by its Director General, B") is that
body's, unless their role names a body placed for sure or a place (`_body_sides`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bilat.extract.doc import Doc, Mention
from bilat.extract.naming import key, states_in
from bilat.extract.owners import dateline_country
from bilat.extract.phrases import name_words
from bilat.extract.reference import countries as country_table
from bilat.extract.resources import load_yaml, longest_first, yaml_words

_DATA = "person_countries.yaml"
_BEFORE_REACH = 100  # characters before a mention read for a word of travel
_OWNER_GAP = re.compile(r"(?:['’]s)?[\s*_]*")  # between a country and another person's role or name
_ROLE_GAP = re.compile(r"[\s*_,]*(?:and\b[\s*_,]*)?")  # after another person's name inside a role
_PAIR_JOIN = re.compile(r"\s*(?:[-–—‐/]|and(?:\s+the)?)\s*")


class Person(Protocol):
    """What settle_countries reads and sets of a person found once (people.Found)."""

    name: str
    span: tuple[int, int]
    role: str | None
    role_span: tuple[int, int] | None
    country: str | None
    country_from: str | None


RoleCountry = Callable[[Doc, tuple[int, int]], "str | None"]


@functools.cache
def _words(name: str) -> str:
    return longest_first(yaml_words(_DATA, name))


@functools.cache
def _travel_to() -> re.Pattern[str]:
    """A word of travel, up to 80 characters of the same clause, then "to" at the end."""
    return re.compile(
        rf"\b(?:{_words('travel_words')})\b[^.;:!?\n]{{0,80}}?\bto\s+(?:the\s+)?$", re.IGNORECASE
    )


@functools.cache
def _travel_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('travel_verbs')})\s+(?:the\s+)?$", re.IGNORECASE)


_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_TO_OR_WITH = re.compile(r"\b(?:to|with)\s+(?:the\s+)?$", re.IGNORECASE)


@functools.cache
def _counterpart_after() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]s)?\s+(?:{_words('counterpart_words')})\b", re.IGNORECASE)


@functools.cache
def _other_title_after() -> re.Pattern[str]:
    words = _words("other_titles").replace(r"\ ", r"\s+")
    return re.compile(rf"(?:['’]s)?\s+(?:{words})\b", re.IGNORECASE)


@functools.cache
def _side_after() -> re.Pattern[str]:
    return re.compile(rf"(?:['’]s)?\s+(?:{_words('side_nouns')})\b", re.IGNORECASE)


@functools.cache
def _meeting_cue() -> re.Pattern[str]:
    words = _words("meeting_cues").replace(r"\ ", r"\s+")
    return re.compile(rf"(?<!together\s)(?<!along\s)\b(?:{words})\b", re.IGNORECASE)


@functools.cache
def _host_verb() -> re.Pattern[str]:
    words = _words("host_verbs").replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_HOST_REACH = 60  # characters between a verb of hosting and the country of the other side


@functools.cache
def _own_lead() -> re.Pattern[str]:
    words = _words("own_side_leads").replace(r"\ ", r"\s+")
    return re.compile(rf"(?:\b(?:{words})|(?:^|[,;(]\s*)for)\s+(?:the\s+)?$", re.IGNORECASE)


def complement(doc: Doc, excluded: set[str]) -> str | None:
    """The one partner of the document that pairs with every country of `excluded` and is none of
    them ("the other side"), or None."""
    pairs = {frozenset(pair) for pair in doc.data.get("partners", [])}
    if not excluded or not pairs:
        return None
    countries = {c for pair in pairs for c in pair} - excluded
    found = [c for c in countries if all(frozenset((c, e)) in pairs for e in excluded)]
    return found[0] if len(found) == 1 else None


def posting(doc: Doc, mention: Mention, start: int) -> bool:
    """True for a country that a role names after "to" or "with" (read from `start`, the role's
    start): the place of a posting or a relation ("Ambassador to Saudi Arabia"), not a word of
    what follows ("Assistant to the U.S. President")."""
    if _TO_OR_WITH.search(doc.text, max(start, mention.start - 12), mention.start) is None:
        return False
    return _CAPITAL_AFTER.match(doc.text, mention.end) is None


_CAPITAL_AFTER = re.compile(r"(?:['’]s)?[ \t]+[A-Z]")


def role_places(doc: Doc, start: int, end: int) -> tuple[list[Mention], list[Mention], set[str]]:
    """The states and the cities a role names, without its postings; and the postings'
    countries."""
    states = states_in(doc, start, end)
    cities = doc.in_span("city", start, end)
    postings = {str(m.attrs["code"]) for m in states + cities if posting(doc, m, start)}
    if not postings:
        return states, cities, postings
    return (
        [m for m in states if not posting(doc, m, start)],
        [m for m in cities if not posting(doc, m, start)],
        postings,
    )


def settle_countries(doc: Doc, people: Sequence[Person], role_country: RoleCountry) -> None:
    """Mend the countries of `people` (all the people found, in any order) as the module says."""
    known_leaders(people)
    roles = _own_roles(doc, people, role_country)
    _body_sides(doc, people)
    _contact_entries(doc, people)
    by_sentence: dict[tuple[int, int], list[Person]] = {}
    for person in people:
        by_sentence.setdefault(doc.sentence_of(person.span[0]), []).append(person)
    weak: list[Person] = []  # the people whose country is at most a plain mention of their sentence
    for sentence, members in by_sentence.items():
        steps: list[tuple[Person, int]] = []
        for person in members:
            if person.country_from not in ("sentence", None):
                continue
            if len(members) == 1 and person.country_from is None:
                weak.append(person)
                continue  # (alone, with no country: nothing to read)
            country, step = _read_sentence(doc, sentence, person, members, roles)
            if person.country_from is None and step > 1:
                weak.append(person)
                continue  # (a person the sentence gave nothing takes only a side: own or the other)
            person.country = country
            steps.append((person, step))
            if step > 1:
                weak.append(person)
        _pair_in_order(doc, sentence, steps)
    _diplomats(doc, weak)
    _counterparts_of(doc, people)
    _national_advisers(doc, people)


def _national_advisers(doc: Doc, people: Sequence[Person]) -> None:
    """A person whose whole role is a government's adviser with no body named ("Principal Scientific
    Adviser NAME", "the Chief Science Advisor, NAME"), or whose role opens with a government's
    office over a portfolio ("Minister for Culture and Innovation NAME"), and whom nothing placed
    is the partner's the text is datelined in."""
    titles = _adviser_titles()
    unplaced = [p for p in people if p.country is None and p.role and _home_title(key(p.role), titles)]
    if not unplaced:
        return
    home = dateline_country(doc)
    partners = doc.partner_countries()
    if home is None or home not in partners:
        return
    for person in unplaced:
        person.country, person.country_from = home, "dateline"


@functools.cache
def _adviser_titles() -> frozenset[str]:
    return frozenset(key(str(t)) for t in load_yaml(_DATA).get("national_adviser_titles") or [])


@functools.cache
def _home_office() -> re.Pattern[str]:
    """A government's office over a portfolio in a role's key ("minister for culture and
    innovation"), opening the role (person_countries.yaml `home_office_titles`)."""
    titles = longest_first(key(str(t)) for t in load_yaml(_DATA).get("home_office_titles") or [])
    return re.compile(rf"(?:{titles}) (?:for|of) [a-z]")


def _home_title(role: str, adviser_titles: frozenset[str]) -> bool:
    """Whether a role's key is a government adviser's whole title or opens with a government's
    office over a portfolio."""
    return role in adviser_titles or _home_office().match(role) is not None


_COUNTERPART_ROLE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+)(?:\S+\s+){0,2}?counterparts?\b")
_COUNTERPART_REACH = 400  # characters between the person and "her counterpart, NAME" after them


def _counterparts_of(doc: Doc, people: Sequence[Person]) -> None:
    """A person with no country whom a later "his/her/their counterpart" refers to ("Hon. A,
    Minister of X, said ... Her Kenyan counterpart, Prof. B, welcomed ...") is of the partner that
    pairs with the counterpart's country: the nearest person named before the counterpart."""
    if "counterpart" not in doc.text:
        return
    ordered = sorted(people, key=lambda p: p.span[0])
    for n, other in enumerate(ordered):
        if not other.country or other.country_from != "role" or other.role_span is None:
            continue
        lo = other.role_span[0] - 12
        if not _COUNTERPART_ROLE.search(doc.text, max(0, lo), other.role_span[1]):
            continue
        before = [p for p in ordered[:n] if p.span[1] <= other.role_span[0] and p.span != other.span]
        if not before or other.role_span[0] - before[-1].span[1] > _COUNTERPART_REACH:
            continue
        person = before[-1]
        if person.country is None and key(person.name) != key(other.name):
            country = complement(doc, {str(other.country)})
            if country:
                person.country, person.country_from = country, "sentence"


_NAME_SUFFIXES = frozenset({"jr", "sr"})  # words of a name that tell no leader apart ("Marcos Jr.")


def _name_words(name: str) -> list[str]:
    """The words of a name as `key` writes them, without a suffix such as "Jr."."""
    return [w for w in key(name).split() if w not in _NAME_SUFFIXES]


@functools.cache
def _leaders() -> tuple[dict[frozenset[str], str], dict[str, str]]:
    """The leaders of `leaders` by the words of their full names, and by their last words (a
    surname mentioned alone; dropped when two countries' leaders share it)."""
    full: dict[frozenset[str], str] = {}
    last: dict[str, str | None] = {}
    for country, names in (load_yaml(_DATA).get("leaders") or {}).items():
        for name in names or []:
            words = _name_words(str(name))
            full[frozenset(words)] = str(country)
            last[words[-1]] = str(country) if last.get(words[-1], str(country)) == str(country) else None
    return full, {word: country for word, country in last.items() if country and len(word) > 3}


@functools.cache
def _leader_role() -> re.Pattern[str]:
    words = _words("leader_roles").replace(r"\ ", r"[\s-]+")
    return re.compile(rf"(?<!vice[\s-])(?<!deputy\s)\b(?:{words})(?:s\b|\b)", re.IGNORECASE)


def known_leaders(people: Sequence[Person]) -> None:
    """A person whose role is a leader's ("Prime Minister", "President") and whose name is a known
    leader's (`leaders`) represents that leader's country, when nothing of their own (a role's
    country, a side, a body) placed them: a summit's two leaders named side by side, or a leader
    named in a sentence about another country ("then prime minister A said the goal for visitors
    to Japan ...")."""
    full, last = _leaders()
    for person in people:
        if person.country_from not in ("sentence", None) or not person.role:
            continue
        words = _name_words(person.name)
        country = full.get(frozenset(words)) or (last.get(words[0]) if len(words) == 1 else None)
        if country and _leader_role().search(person.role):
            person.country, person.country_from = country, "leader"


def _own_roles(doc: Doc, people: Sequence[Person], role_country: RoleCountry) -> dict[int, tuple[int, int]]:
    """The part of each person's role that is their own: a role read across other people's names
    is cut after the last of them; the country of a cut role is read again. Keyed by id()."""
    spans = sorted({p.span for p in people})
    roles: dict[int, tuple[int, int]] = {}
    for person in people:
        if person.role_span is None:
            continue
        start, end = person.role_span
        roles[id(person)] = person.role_span
        inside = [s for s in spans if start <= s[0] and s[1] <= end and s != person.span]
        if not inside:
            continue
        cut = _ROLE_GAP.match(doc.text, max(s[1] for s in inside), end)
        new_start = cut.end() if cut else end
        if new_start >= end:
            del roles[id(person)]
            continue
        roles[id(person)] = (new_start, end)
        if person.country_from == "role":
            country = role_country(doc, (new_start, end))
            person.country, person.country_from = (country, "role") if country else (None, None)
    return roles


@functools.cache
def _body_side() -> re.Pattern[str]:
    """A noun of a body's side, what may name the body after it, and a word that lists members."""
    nouns, leads = _words("body_side_nouns"), _words("body_side_leads").replace(r"\ ", r"\s+")
    return re.compile(
        rf"\b(?:{nouns})(?P<of>\s+of\s+(?:the\s+)?)?[^.;:!?\n]{{0,80}}?\b(?:{leads})\b", re.IGNORECASE
    )


@functools.cache
def _visit_next() -> re.Pattern[str]:
    return re.compile(rf"[\s,]*(?:{_words('travel_verbs')})\b", re.IGNORECASE)


_BODY_SIDE_REACH = 160  # characters before a name read for "BODY delegation ... led by"
_BODY_SIDE_GAP = 60  # characters between the word that lists the members and the name
_BODY_BEFORE = re.compile(r"(?:['’]s)?\s+$")


def _body_sides(doc: Doc, people: Sequence[Person]) -> None:
    """A person listed as a member of a body's side ("the CNR delegation, including Dr A", "a UG
    delegation led by Rector B", "a delegation of the Mexican Space Agency (AEM) led by its Director
    General, C") is that body's, when the body was placed for sure and nothing of the person's own
    was (no side, no body placed for sure or place in their role, no body after the name but one
    they visit)."""
    if "delegation" not in doc.text and "contingent" not in doc.text and "team" not in doc.text:
        return
    starts = sorted(p.span[0] for p in people)
    for person in people:
        if person.country_from not in ("sentence", None, "role", "after"):
            continue
        if person.country_from == "after" and not _visit_next().match(doc.text, person.span[1]):
            continue  # (the body after the name is theirs, unless they visit it)
        if person.country_from == "role" and person.role_span and _placed_for_sure(doc, *person.role_span):
            continue
        sentence_start = doc.sentence_of(person.span[0])[0]
        lo = max(sentence_start, person.span[0] - _BODY_SIDE_REACH)
        found = None
        for found in _body_side().finditer(doc.text, lo, person.span[0]):  # noqa: B007 (the last one)
            pass
        if found is None or person.span[0] - found.end() > _BODY_SIDE_GAP:
            continue
        between = doc.text[found.start() : person.span[0]]
        if _meeting_cue().search(between) or any(found.start() < s < person.span[0] for s in starts):
            continue
        country = _body_of_side(doc, found, lo)
        if country:
            person.country, person.country_from = country, "side"


def _body_of_side(doc: Doc, found: re.Match[str], lo: int) -> str | None:
    """The country of the body placed for sure right before the noun of `found` ("the CNR
    delegation") or right after its "of" ("a delegation of the Mexican Space Agency")."""
    for org in doc.data.get("organizations", []):
        if not (org.country and getattr(org, "country_sure", False)):
            continue
        for s, e in org.spans:
            if found.group("of") is not None and s == found.end("of"):
                return str(org.country)
            if lo <= s and e <= found.start() and _BODY_BEFORE.fullmatch(doc.text, e, found.start()):
                return str(org.country)
    return None


def _placed_for_sure(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) names a body placed for sure, a state or a city."""
    return bool(states_in(doc, start, end) or doc.in_span("city", start, end)) or sure_org_in(doc, start, end)


def sure_org_in(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) names a body whose country was placed for sure."""
    return any(
        start <= s < end
        for org in doc.data.get("organizations", [])
        if org.country and getattr(org, "country_sure", False)
        for s, _ in org.spans
    )


@dataclass
class _Places:
    """The countries of a sentence by what they are to one person of it (see the module)."""

    own: list[Mention] = field(default_factory=list)  # sides of the person's own, before the name
    theirs: set[str] = field(default_factory=set)  # other people's countries
    destinations: set[str] = field(default_factory=set)  # places the person goes to or deals with
    plain: list[Mention] = field(default_factory=list)  # the other mentions, in text order
    cities: list[Mention] = field(default_factory=list)  # the sentence's cities


def _read_sentence(
    doc: Doc,
    sentence: tuple[int, int],
    person: Person,
    members: list[Person],
    own_roles: dict[int, tuple[int, int]],
) -> tuple[str | None, int]:
    """The person's country from the countries of the sentence, and the step that gave it (0: own
    side, 1: the others' other side, or their side in a list of one side (`_two_sided`), 2: before,
    3: other side of a destination, 4: after; 5: none)."""
    places = _classify_places(doc, sentence, person, members, own_roles)
    first, last = person.span
    one_side = (
        len(members) > 2
        and len(places.theirs) == 1
        and not _two_sided(doc, sentence)
        and not _names_a_state(doc, sentence, members)
    )
    candidates = (
        _code([m for m in places.own if m.end <= first], -1),
        next(iter(places.theirs)) if one_side else complement(doc, places.theirs),
        _code([m for m in places.plain if m.end <= first], -1),
        complement(doc, places.destinations),
        _code([m for m in places.plain if m.start >= last and m not in places.cities], 0),
    )
    return next(((c, step) for step, c in enumerate(candidates) if c), (None, len(candidates)))


@functools.cache
def _two_sided_cue() -> re.Pattern[str]:
    words = "|".join(_words(n) for n in ("two_sided_cues", "meeting_cues", "host_verbs"))
    words = words.replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _two_sided(doc: Doc, sentence: tuple[int, int]) -> bool:
    """True when a sentence reads as a meeting of two sides (a word of meeting, hosting, signing or a
    counterpart): a list of three people or more without one, that names no state but in bodies'
    names (`_names_a_state`), lists one side, whose people are of the one country the list's bodies
    give some of them, not its other side ("Present were A, B, Director-General of MPOB, and C")."""
    cache: dict[tuple[int, int], bool] = doc.data.setdefault("_two_sided", {})
    if sentence not in cache:
        cache[sentence] = _two_sided_cue().search(doc.text, *sentence) is not None
    return cache[sentence]


def _names_a_state(doc: Doc, sentence: tuple[int, int], members: list[Person]) -> bool:
    """True when the sentence names a state outside its bodies' names: a list that says whose its
    people are ("A, Minister of X; B; and C, Secretary, Ministry of Y, Bangladesh") sets sides
    apart, and its people with no country are the other side's."""
    cities, mentions, bodies = _sentence_places(doc, sentence, members)
    return any(
        m not in cities and not any(s <= m.start and m.end <= e for s, e in bodies) for m in mentions
    )


def _code(mentions: list[Mention], at: int) -> str | None:
    """The country code of `mentions[at]`, or None when there are no mentions."""
    return str(mentions[at].attrs["code"]) if mentions else None


def _classify_places(
    doc: Doc,
    sentence: tuple[int, int],
    person: Person,
    members: list[Person],
    own_roles: dict[int, tuple[int, int]],
) -> _Places:
    """The states and cities of the sentence (none inside a person's name), each read as the
    person's own side, another person's country, a destination or a plain mention."""
    start = sentence[0]
    me = key(person.name)
    others = [p for p in members if p is not person and key(p.name) != me]
    roles = [r for p in others if (r := own_roles.get(id(p))) and not _covers(r, person.span)]
    starts = [p.span[0] for p in others] + [r[0] for r in roles]
    cities, mentions, bodies = _sentence_places(doc, sentence, members)
    found = _Places(cities=list(cities))
    text = doc.text
    found.theirs = {
        str(p.country) for p in others if p.country and p.country_from in ("role", "after") and p.role_span
    }
    for m in mentions:
        code = str(m.attrs["code"])
        before = text[max(start, m.start - _BEFORE_REACH) : m.start]
        role = next((r for r in roles if r[0] <= m.start and m.end <= r[1]), None)
        if role is not None:
            if not posting(doc, m, role[0]):
                found.theirs.add(code)
            continue
        if _side_after().match(text, m.end) or _own_lead().search(before):
            if m.end <= person.span[0]:
                if _meeting_cue().search(text, m.end, person.span[0]):
                    found.theirs.add(code)
                else:
                    found.own.append(m)
            continue
        if (
            _counterpart_after().match(text, m.end)
            or _owner_before(text, m, starts)
            or (m not in found.cities and _hosted_after(text, person.span[1], m.start))
            or (m.start > person.span[1] and _other_title_after().match(text, m.end))
        ):
            found.theirs.add(code)
        elif _destination(text, m, before, person, m in found.cities, bodies):
            found.destinations.add(code)
        else:
            found.plain.append(m)
    return found


def _hosted_after(text: str, end: int, start: int) -> bool:
    """True for a country (starting at `start`) that a verb of hosting or meeting after the person
    (ending at `end`) brings in: the guest's or the host's ("NAME received a delegation from the
    Chinese Academy of Sciences")."""
    if start <= end:
        return False
    verb = _host_verb().search(text, max(end, start - _HOST_REACH), start)
    if verb is None or _NOT_GUEST.search(text, verb.end(), start) is not None:
        return False
    # (guests from a place; not "welcomed Sweden-Korea cooperation")
    return _FROM.search(text, verb.end(), start) is not None


_FROM = re.compile(r"\bfrom\b")


# Between a verb of hosting and a country: a quote or a clause that makes the country no guest's
# ("welcomed "a dialogue ... that Switzerland is glad to facilitate"").
_NOT_GUEST = re.compile(r"[\"“”‘]|\b(?:that|which|who)\b")


def _sentence_places(
    doc: Doc, sentence: tuple[int, int], members: list[Person]
) -> tuple[list[Mention], list[Mention], list[tuple[int, int]]]:
    """The cities of a sentence, its states and cities in text order outside its people's names,
    and the spans of the bodies named in it: the same for each of its people (once per sentence)."""
    names = [p.span for p in members]
    cache: dict[tuple[object, ...], tuple[list[Mention], list[Mention], list[tuple[int, int]]]]
    cache = doc.data.setdefault("_sentence_places", {})
    cached = cache.get((sentence, *names))
    if cached is None:
        start, end = sentence
        cities = doc.in_span("city", start, end)
        mentions = [
            m
            for m in sorted(states_in(doc, start, end) + cities, key=lambda m: m.start)
            if not any(s[0] < m.end and m.start < s[1] for s in names)
        ]
        bodies = [
            span for org in doc.data.get("organizations", []) for span in org.spans if start <= span[0] < end
        ]
        cached = cache[(sentence, *names)] = (cities, mentions, bodies)
    return cached


def _destination(
    text: str, mention: Mention, before: str, person: Person, city: bool, bodies: list[tuple[int, int]]
) -> bool:
    """True for a place the person goes to (or deals "with"): after a word of travel and "to",
    after "visited", or a state after "with"; not a country in a body's name ("visited the Japan
    External Trade Organization"); and the person named before it or as the one who leads the trip
    ("a trade mission to Osaka led by NAME")."""
    if any(s <= mention.start and mention.end <= e for s, e in bodies):
        return False
    if not (
        _travel_to().search(before) or _travel_verb().search(before) or (not city and _WITH.search(before))
    ):
        return False
    return (
        person.span[0] < mention.start
        or _trip_leader().search(text, mention.end, person.span[0]) is not None
        or _QUOTE_SPEAKER.match(text, mention.end, person.span[0]) is not None
    )


# The rest of a quotation after a place in it, then a speech verb and the speaker (the words in the
# quote are the speaker's: "'Our exports to Korea have doubled,' said NAME").
_QUOTE_SPEAKER = re.compile(
    r"[^\"“”‘’'\n]{0,120}[,.!?]?[\"”’']\s*,?\s*(?:said|says|added|adds|noted|notes|stated|explained)\s+"
    r"(?:[^\"“”.;\n]{0,40}?)$",
    re.IGNORECASE,
)


@functools.cache
def _trip_leader() -> re.Pattern[str]:
    words = _words("trip_leader_words").replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _owner_before(text: str, mention: Mention, starts: list[int]) -> bool:
    """True when the country stands right before another person's role or name (`starts`):
    "Japan's Minister of ..., B", "Czech Minister B"."""
    return any(
        mention.end <= at <= mention.end + 6 and _OWNER_GAP.fullmatch(text, mention.end, at) for at in starts
    )


def _pair_in_order(doc: Doc, sentence: tuple[int, int], steps: list[tuple[Person, int]]) -> None:
    """Two people who took the first country after them (step 4), followed by a pair of partner
    countries named together ("EU-Japan", "Japan and the United States"), take its countries in
    the order of the names."""
    late = sorted((p for p, step in steps if step == 4), key=lambda p: p.span)
    if len(late) != 2:
        return
    after = states_in(doc, late[1].span[1], sentence[1])
    if len(after) < 2:
        return
    first, second = after[0], after[1]
    codes = (str(first.attrs["code"]), str(second.attrs["code"]))
    pairs = {frozenset(pair) for pair in doc.data.get("partners", [])}
    if codes[0] == codes[1] or frozenset(codes) not in pairs:
        return
    if not _PAIR_JOIN.fullmatch(doc.text, first.end, second.start):
        return
    late[0].country, late[1].country = codes


_ENTRY_REACH = 300  # characters after a name read as its contact entry
_ENTRY_LINES = 4  # lines after the name's line
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ADDRESS = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+([A-Za-z]{2,})\b|\bhttps?://(?:[\w-]+\.)+([A-Za-z]{2,})\b")
_LINE_OPENING = re.compile(r"[ \t>*_#|•·–-]*(?:[^\n:]{1,60}:[ \t]*)?")


@functools.cache
def _domain_codes() -> dict[str, str]:
    data = load_yaml(_DATA)
    generic = {str(d) for d in data.get("generic_domains") or []}
    codes = {code.lower(): code for code in country_table().codes() if code.lower() not in generic}
    codes.update({str(k): str(v) for k, v in (data.get("domain_countries") or {}).items()})
    return codes


def _contact_entries(doc: Doc, people: Sequence[Person]) -> None:
    """A person with no country whose name opens a line (after a bullet or a label: "SNSF: Dr A")
    takes it from their contact entry: the label, the bodies, places and addresses on the lines
    after the name up to the next person or a blank line, or the short heading line right above
    ("In Germany – DAAD", "JST"). Any person with no country takes the country of an e-mail or web
    address right after them ("Write to A, Counsellor, at a@ministry.nl")."""
    text = doc.text
    starts = sorted(p.span[0] for p in people)
    for person in people:
        if person.country:
            continue
        start, end = person.span
        limit = _entry_end(text, end, starts)
        line_start = text.rfind("\n", 0, start) + 1
        if _opens_line(text, line_start, start) and _entry_line(text, end):
            lines_end = _lines_end(text, end, limit)
            country = (
                _place_in(doc, line_start, start)
                or _address_country(text, end, lines_end)
                or org_country_in(doc, end, lines_end)
                or _place_in(doc, end, lines_end)
                or _heading_country(doc, line_start, starts)
            )
        else:
            country = _address_country(text, end, min(limit, end + 200))
        if country:
            person.country, person.country_from = country, "entry"


def _entry_end(text: str, end: int, starts: list[int]) -> int:
    """Where the contact entry of a name ending at `end` ends at the latest: `_ENTRY_REACH`
    characters on, the next person named (`starts`, sorted) or a blank line, whichever comes
    first."""
    limit = min([end + _ENTRY_REACH, *[s for s in starts if s >= end][:1]])
    blank = _BLANK_LINE.search(text, end, limit)
    return blank.start() if blank else limit


def _opens_line(text: str, line_start: int, start: int) -> bool:
    """True when a name starting at `start` opens its line: after markup, a short label ("SNSF:")
    or honorifics only."""
    return _LINE_OPENING.fullmatch(text, line_start, start) is not None or _honorifics_only(
        text[line_start:start]
    )


def _lines_end(text: str, end: int, limit: int) -> int:
    """The end of the name's line and of the `_ENTRY_LINES` lines after it, at most `limit`."""
    lines_end = end
    for _ in range(_ENTRY_LINES + 1):
        nl = text.find("\n", lines_end + 1)
        lines_end = nl if 0 <= nl < limit else limit
    return lines_end


_ENTRY_WORDS = 15  # words after a name on its line in a contact entry (a role, a body), not a sentence


def _entry_line(text: str, end: int) -> bool:
    """True when the rest of the name's line is what a contact entry holds: an address, or a few
    words (a role and a body), not a sentence ("A, chief executive of X, said the company ...")."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if "@" in rest:
        return True
    return len(rest.split()) <= _ENTRY_WORDS and _SENTENCE_VERB.search(rest) is None


# A verb that makes the rest of a line a sentence, not a contact entry ("Hon. A, Minister of X,
# said the programme will ...": the next line names no body of A's).
_SENTENCE_VERB = re.compile(
    r"\b(?:said|says|added|adds|noted|notes|stated|explained|announced|welcomed|will|would)\b"
)


_HONORIFICS = re.compile(r"[ \t>*_#|•·–-]*(?:[A-Z][a-z]{0,4}\.[ \t]*)+")


def _honorifics_only(words: str) -> bool:
    """True for the start of a line that holds only markup and short capitalised words ending in a
    period ("Dr. ", "- Prof. Dr. ", "Mtra. ")."""
    return _HONORIFICS.fullmatch(words) is not None


def org_country_in(doc: Doc, start: int, end: int) -> str | None:
    """The country of the first organisation named in [start, end) that was placed for sure, else
    of the first one placed at all: a unit placed by a guess yields to the body it belongs to ("head
    of the Department of X at the Faculty of Y (FEKT BUT)", "Head of the Directorate-General for Z
    at the Federal Ministry of W")."""
    best: tuple[bool, int, str] | None = None
    for org in doc.data.get("organizations", []):
        if not org.country:
            continue
        unsure = not getattr(org, "country_sure", False)
        for s, _ in org.spans:
            if start <= s < end and (best is None or (unsure, s) < best[:2]):
                best = (unsure, s, str(org.country))
    return best[2] if best else None


def _place_in(doc: Doc, start: int, end: int) -> str | None:
    """The first body's country or else state or city named in [start, end)."""
    if end <= start:
        return None
    found = org_country_in(doc, start, end)
    if found:
        return found
    places = sorted(states_in(doc, start, end) + doc.in_span("city", start, end), key=lambda m: m.start)
    return str(places[0].attrs["code"]) if places else None


def _address_country(text: str, start: int, end: int) -> str | None:
    """The country of the first e-mail or web address in [start, end) by its country-code domain."""
    found = _ADDRESS.search(text, start, end)
    if not found:
        return None
    return _domain_codes().get((found.group(1) or found.group(2)).lower())


def _heading_country(doc: Doc, line_start: int, starts: list[int]) -> str | None:
    """The country of a short heading line right above a contact entry that names a body or a
    place and no person ("DFG (scientific questions)", "In Chile – ANID")."""
    if line_start < 2:
        return None
    above = doc.text.rfind("\n", 0, line_start - 1) + 1
    line = doc.text[above : line_start - 1]
    if not line.strip() or len(line) > 60 or any(above <= s < line_start for s in starts):
        return None
    return _place_in(doc, above, line_start - 1)


@functools.cache
def _diplomatic_title() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('diplomatic_titles')})(?!\w)", re.IGNORECASE)


@functools.cache
def _mission_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('mission_heads')})(?!\w)")


def _diplomats(doc: Doc, people: Sequence[Person]) -> None:
    """People whose role is a diplomat's or an embassy's ("Ambassador", "Science Counsellor", "head
    of the Embassy's science section") and whose country is at most a plain mention of their
    sentence serve the one country whose missions the document names ("Embassy of Israel, Tokyo")."""
    wanted = [p for p in people if p.role and _diplomatic_title().search(p.role)]
    if not wanted:
        return
    countries = {
        str(org.country)
        for org in doc.data.get("organizations", [])
        if org.country and any(_mission_head().search(name) for name in (org.name, *org.aliases))
    }
    if len(countries) != 1:
        return
    country = countries.pop()
    for person in wanted:
        person.country, person.country_from = country, "mission"


_WORD = re.compile(r"[^\W\d_][\w&.’'-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=65536)
def _clean(word: str) -> str:
    """A word without its trailing marks and possessive ending (remembered: names recur)."""
    return _POSSESSIVE_END.sub("", word.rstrip(".,;:"))


def _short_forms(doc: Doc) -> dict[str, str]:
    """The distinctive words of the names of the document's bodies placed in a country (a word of
    one body's name or an alias, no head, portfolio or generic word, no place): each with the
    country of the bodies that have it, when they agree (computed once per document)."""
    cached: dict[str, str] | None = doc.data.get("_body_short_forms")
    if cached is not None:
        return cached
    generic = _generic_words()
    found: dict[str, set[str]] = {}
    for org in doc.data.get("organizations", []):
        words = {_clean(w) for name in (org.name, *org.aliases) for w in _WORD.findall(name)}
        for word in words:
            if (
                len(word) >= 3
                and word[0].isupper()
                and word not in generic
                and word.removesuffix("s") not in generic
                and country_table().code(word) is None
            ):
                found.setdefault(word, set()).add(str(org.country) if org.country else "")
    forms = {word: codes.pop() for word, codes in found.items() if len(codes) == 1 and "" not in codes}
    doc.data["_body_short_forms"] = forms
    return forms


@functools.cache
def _generic_words() -> frozenset[str]:
    heads, weak, _ = name_words()
    return (
        heads | weak | yaml_words(_DATA, "generic_name_words") | yaml_words("roles.yaml", "portfolio_words")
    )


def short_form_country(doc: Doc, start: int, end: int) -> str | None:
    """The country of a body that [start, end) names by a distinctive word of its full name
    ("Memorial's vice-president", "Karolinska President", "of McGill's Department")."""
    forms = _short_forms(doc)
    if not forms:
        return None
    for word in _WORD.findall(doc.text[start:end]):
        code = forms.get(_clean(word))
        if code and not _common_word(doc, _clean(word)):
            return code
    return None


# A word as `_common_word` reads it: not inside an address ("x@y.org", "a/b", "www.x") or a longer word
_FREE_BEFORE, _FREE_AFTER = r"(?<![\w.@/-])", r"(?![\w@/-]|\.\w)"
_FREE_WORD = re.compile(rf"{_FREE_BEFORE}\w+{_FREE_AFTER}")
_WORD_CHARS = re.compile(r"\w+")


def _common_word(doc: Doc, word: str) -> bool:
    """True when the text also writes the word in lower case, outside addresses: a common word
    ("partnerships"), no body's name alone."""
    lower = word.lower()
    if _WORD_CHARS.fullmatch(lower) is None:  # ("R&D", "U.K"): searched for as written
        escaped = re.escape(lower)
        return re.search(rf"{_FREE_BEFORE}{escaped}{_FREE_AFTER}", doc.text) is not None
    free: set[str] | None = doc.data.get("_free_words")
    if free is None:  # (once per document: the same test as the search above for a word of letters)
        free = doc.data["_free_words"] = set(_FREE_WORD.findall(doc.text))
    return lower in free
