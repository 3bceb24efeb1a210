"""Partnerships: the pairs of partners whose cooperation the document is about (from ``context``),
kept only when the document is about STI cooperation: it speaks of science, research, technology
or innovation in its own words (not only inside an organisation's name) or names a field of
technology (AI, quantum...), and names a topic, an agreement, a programme or a call."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from bilat.extract.components.context import (
    PLACE_KINDS,
    list_min_countries,
    mentions_cooperation,
    says_cooperation,
)
from bilat.extract.components.trilateral import (
    closed_group,
    closed_triangle,
    says_quadrilateral,
    says_trilateral,
    three_countries,
)
from bilat.extract.doc import Doc, SpanIndex
from bilat.extract.record import Partnership
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml, longest_first, yaml_words


@functools.cache
def sti_pattern() -> re.Pattern[str]:
    """The words that make a text about science, technology and innovation (topic_cues.yaml)."""
    alternation = longest_first(map(str, load_yaml("topic_cues.yaml").get("sti_words") or [])) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def speaks_of_sti(doc: Doc) -> bool:
    """True when the text is about science, research, technology or innovation in its own words,
    outside the names of organisations ("the Institute of Oceanographic Research" alone does not
    make a fishing deal a research partnership): its headline or lead says so, or more than one
    of its sentences does (a tax treaty's one clause on "visiting researchers" is a passing
    mention). Cached on the Doc."""
    known: bool | None = doc.data.get("_speaks_of_sti")
    if known is None:
        known = doc.data["_speaks_of_sti"] = _words_outside_names(doc) or _research_bodies_together(doc)
    return known


@functools.cache
def _sti_reach() -> tuple[int, int]:
    """(sentences of the lead, sentences elsewhere) that make a text about STI (topic_cues.yaml)."""
    data = load_yaml("topic_cues.yaml")
    return int(data.get("sti_lead_sentences", 3)), int(data.get("sti_min_sentences", 2))


@functools.cache
def _commerce() -> re.Pattern[str]:
    """A noun of commerce right after an STI word (partnership_cues.yaml `commerce_nouns`:
    "technology exports"), but not "export controls"."""
    nouns = longest_first(map(str, load_yaml("partnership_cues.yaml").get("commerce_nouns") or [])) or "(?!)"
    return re.compile(rf"[ \t-]+(?:{nouns})(?![\w-])(?![ \t]+controls?\b)", re.IGNORECASE)


@functools.cache
def _shows() -> re.Pattern[str]:
    """A noun of public shows right after an STI word (partnership_cues.yaml `show_nouns`)."""
    nouns = longest_first(map(str, load_yaml("partnership_cues.yaml").get("show_nouns") or [])) or "(?!)"
    return re.compile(rf"[ \t-]+(?:{nouns})(?![\w-])", re.IGNORECASE)


def shown(doc: Doc, end: int) -> bool:
    """True for an STI word ending at `end` that names a show for the public ("a science museum
    exhibition", "a technology fair"): no cooperation in science itself."""
    return _shows().match(doc.text, end, end + 24) is not None


def traded(doc: Doc, end: int) -> bool:
    """True for an STI word ending at `end` that names the goods of a trade ("technology exports")."""
    return _commerce().match(doc.text, end, end + 24) is not None


def _words_outside_names(doc: Doc) -> bool:
    """True once STI words that no organisation name contains, and that name no goods of a trade
    ("a trade agreement on technology exports"), stand in the lead or in enough sentences (the scan
    stops there)."""
    lead, enough = _sti_reach()
    names: SpanIndex | None = None
    sentences: set[int] = set()
    paired: set[int] | None = None
    for hit in sti_pattern().finditer(doc.text):
        if names is None:
            names = SpanIndex([s for group in doc.data.get("organizations", []) for s in group.spans])
        if names.covers(hit.start(), hit.end()) or traded(doc, hit.end()) or appeal(doc, hit):
            continue
        index = doc.sentence_index(hit.start()) if doc.sentences else 0
        sentences.add(index)
        if index < lead or len(sentences) >= enough:
            return True
        if _decisive(doc, hit):
            return True  # ("the research councils will open a joint call", one line of a statement)
        if paired is None:
            paired = _pair_sentences(doc)
        if index in paired and hit.group().lower() in _activity_words() and not shown(doc, hit.end()):
            return True  # ("2. Science: Chile and New Zealand launched a joint research project on krill")
    return False


def _research_bodies_together(doc: Doc) -> bool:
    """Whether a sentence of cooperation that gave a partner pair names, for each of its two
    countries, a body whose name has one of `sti_activity_words` ("the Kenya Agricultural and
    Livestock Research Organization and the Ethiopian Institute of Agricultural Research signed a
    memorandum"): research bodies cooperating, whose own names tell the work. (One side's
    institute in a fishing deal, "the Institute of Oceanographic Research will monitor the
    catch", does not.)"""
    bodies = [body for body in doc.data.get("organizations", []) if body.country]
    if len({body.country for body in bodies}) < 2:
        return False
    for pair, spans in doc.data.get("pair_evidence", {}).items():
        for start, end in spans:
            named = {
                str(body.country)
                for body in bodies
                if str(body.country) in pair
                and any(start <= s and e <= end for s, e in body.spans)
                and _names_activity(body.name)
            }
            if len(named) == 2 and says_cooperation(doc, start, end):
                return True
    return False


def _names_activity(name: str) -> bool:
    """Whether a body's name holds one of `sti_activity_words` ("Institute of Agricultural Research")."""
    return any(hit.group().lower() in _activity_words() for hit in sti_pattern().finditer(name))


# "a joint call for calm", "a joint call to end the fighting": an appeal, no call for research proposals
_APPEAL = re.compile(
    r"\s+(?:for|to)\s+(?!(?:joint\s+|research\s+)?(?:proposals|applications|projects|research)\b)", re.I
)


def appeal(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether an STI word is "joint call" of an appeal ("a joint call for calm"), no call for proposals."""
    return hit.group().lower().startswith("joint call") and _APPEAL.match(doc.text, hit.end()) is not None


def _decisive(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether an STI word alone makes a text about STI, in any one sentence (partnership_cues.yaml
    `decisive_sti_words`: "joint research", "a joint call"; an appeal was passed over before)."""
    return hit.group().lower() in yaml_words("partnership_cues.yaml", "decisive_sti_words", lower=True)


@functools.cache
def _activity_words() -> frozenset[str]:
    """STI words that name the work itself (partnership_cues.yaml `sti_activity_words`), lower-cased."""
    return yaml_words("partnership_cues.yaml", "sti_activity_words", lower=True)


def _pair_sentences(doc: Doc) -> set[int]:
    """The sentences that gave a partner pair and say cooperation: where the one item on science of
    a digest or a statement states the pair's own cooperation in it (`sti_activity_words` there make
    the document about STI, wherever the sentence stands; a person's word, "visiting researchers"
    in a tax treaty's clause, does not)."""
    found: set[int] = set()
    for spans in doc.data.get("pair_evidence", {}).values():
        for start, end in spans:
            if says_cooperation(doc, start, end):
                found.update(range(doc.sentence_index(start), doc.sentence_index(max(start, end - 1)) + 1))
    return found


def about_sti(doc: Doc, topics: Iterable[str]) -> bool:
    """True when the document is about STI: it speaks of it, or one of its `topics` is a field
    of technology."""
    return not yaml_words("topic_cues.yaml", "sti_topics").isdisjoint(topics) or speaks_of_sti(doc)


def about_cooperation(doc: Doc) -> bool:
    """True when the record shows science/technology cooperation content."""
    record = doc.record
    content = record.topics or record.agreements or record.calls or record.programs
    topics = [t.id for t in record.topics]
    if not content:
        return _headline_sti_cooperation(doc)  # ("Pakistan and Türkiye agree to cooperate in science")
    if not about_sti(doc, topics):
        return False
    return bool(topics) or _strong_sti(doc)  # (a field of science named: "a workshop on wildfires")


_HEADLINE_SENTENCES = 2  # the headline and the first sentence of the lead


def _headline_sti_cooperation(doc: Doc) -> bool:
    """Whether the headline or the first sentence of the lead states the pair's cooperation in STI
    itself, with no field, agreement or programme named ("Pakistan and Türkiye agree to cooperate
    in science and technology"; "Senegal and France launch a research programme on erosion"): a
    sentence that gave a partner pair (the two named together as its subject) and holds an STI word
    that is none of partnership_cues.yaml `weak_sti_words`, outside the names of organisations, nor
    the goods of a trade or a show for the public ("a science museum exhibition")."""
    if not doc.sentences:
        return False
    weak = yaml_words("partnership_cues.yaml", "weak_sti_words", lower=True)
    spans = {span for spans in doc.data.get("pair_evidence", {}).values() for span in spans}
    names: SpanIndex | None = None
    for start, end in doc.sentences[:_HEADLINE_SENTENCES]:
        if (start, end) not in spans:
            continue  # (the pair's own sentence: "Senegal and France launch a research programme")
        for hit in sti_pattern().finditer(doc.text, start, end):
            if names is None:
                names = SpanIndex([s for group in doc.data.get("organizations", []) for s in group.spans])
            if hit.group().lower() in weak or names.covers(hit.start(), hit.end()) or traded(doc, hit.end()):
                continue
            if not shown(doc, hit.end()) and not appeal(doc, hit):
                return True
    return False


def _strong_sti(doc: Doc) -> bool:
    """Whether a word of STI outside the names of organisations is more than one of
    partnership_cues.yaml `weak_sti_words`, the places and formats of any exchange ("home to large
    universities", "a dancing workshop", "academic conferences"): a tourism or sports exchange that
    only names those, and no field of science, is no STI partnership. Cached on the Doc."""
    known: bool | None = doc.data.get("_strong_sti")
    if known is None:
        weak = yaml_words("partnership_cues.yaml", "weak_sti_words", lower=True)
        names = SpanIndex([s for group in doc.data.get("organizations", []) for s in group.spans])
        known = any(
            hit.group().lower() not in weak
            and not names.covers(hit.start(), hit.end())
            and not traded(doc, hit.end())
            and not appeal(doc, hit)
            for hit in sti_pattern().finditer(doc.text)
        ) or _research_bodies_together(doc)
        doc.data["_strong_sti"] = known
    return known


def pair_from_organizations(doc: Doc) -> list[tuple[str, str]]:
    """When no two countries are named together, the countries of the partner organisations
    ("JSPS and DFG open a joint call"): the two countries with organisations, if exactly two."""
    countries = {str(o.country) for o in doc.data.get("organizations", []) if o.country}
    if len(countries) != 2 or not mentions_cooperation(doc):
        return []
    a, b = sorted(countries)
    return [(a, b)]


_LEAD_SENTENCES = 5  # the sentences of a document's headline and lead, where it says what it is about


def _lead_end(doc: Doc) -> int:
    """Where the headline and lead of a document end (a trilateral cue there is what the document
    is about, not a side remark: "discussing a trilateral workshop" in a digest's fourth item)."""
    if not doc.sentences:
        return min(len(doc.text), 600)
    return doc.sentences[min(len(doc.sentences), _LEAD_SENTENCES) - 1][1]


# Sentences after a pair's own that may say "the three governments" (a wrapped line may split one).
_FOLLOWING = 2


def _listed_third(doc: Doc, pair: tuple[str, str]) -> list[tuple[str, str]]:
    """The pairs of a three-partner cooperation whose pair was found in a sentence that lists a third
    country beside it ("officials from India, Brazil and South Africa met ... The three governments
    agreed"; "Chile, Peru and Colombia signed a trilateral memorandum"): every pair of the three
    countries, when that sentence or the next ones speak of three partners together; [] otherwise."""
    for start, stop in doc.data.get("pair_evidence", {}).get(pair, [])[:2]:
        codes = {
            str(m.attrs["code"])
            for m in doc.in_span("country", start, stop)
            if m.attrs.get("kind", "name") in PLACE_KINDS
        }
        if len(codes) != 3 or not set(pair) <= codes:
            continue
        at = doc.sentence_index(start) + 1
        following = doc.sentences[at : at + _FOLLOWING]
        if says_trilateral(doc.text, start, max([stop, *(e for _, e in following)])):
            (third,) = codes - set(pair)
            return closed_triangle([pair, (pair[0], third)])
    return []


@component("partnerships")
def make_partnerships(require_content: bool = True) -> Component:
    """Write the document's partner pairs into the record."""

    def run(doc: Doc) -> None:
        if require_content and not about_cooperation(doc):
            return
        evidence = doc.data.get("pair_evidence", {})
        if not doc.data.get("partners"):
            doc.data["partners"] = pair_from_organizations(doc)
        partners = list(doc.data.get("partners", []))
        if three_countries(partners) and len(partners) == 2 and says_trilateral(doc.text, 0, _lead_end(doc)):
            partners = closed_triangle(partners)  # "the three countries" in its lead: every pair of them
        elif len({c for p in partners for c in p}) == 4 and says_quadrilateral(doc.text, 0, _lead_end(doc)):
            partners = closed_group(partners, 4)  # ("the four countries" / "the Quad" in its lead)
        elif len(partners) == 1:
            partners = _listed_third(doc, partners[0]) or partners
        partners = [pair for pair in partners if not _only_in_lists(doc, evidence.get(pair, []))]
        hubs = {code for pair in partners for code in pair}
        known = {frozenset(pair) for pair in partners}
        for pair, sentence in doc.data.get("signed_pairs", {}).items():
            if frozenset(pair) in known or hubs.isdisjoint(pair) or says_trilateral(doc.text, *sentence):
                continue
            partners.append(pair)  # ("JST and BRIN signed a memorandum" in a survey of Japan's ties)
            known.add(frozenset(pair))
            evidence = {**evidence, pair: [sentence]}
        for pair in partners:
            a, b = sorted(pair)
            spans = list(evidence.get(pair, []))[:3] or _stated_together(doc, (a, b))
            doc.record.partnerships.append(Partnership((a, b), spans))

    return run


def _only_in_lists(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether every sentence that gave a pair names many countries (`list_min_countries`): the last
    two of a list of participants ("Ministers from 16 Member States, among them France, ..., Sweden
    and Ireland, and from ..."), no two partners."""
    if not spans:
        return False
    least = list_min_countries()
    return all(
        len({m.attrs["code"] for m in doc.in_span("country", start, stop)}) >= least for start, stop in spans
    )


def _stated_together(doc: Doc, pair: tuple[str, str]) -> list[tuple[int, int]]:
    """Evidence for a pair that no sentence gave as a pair (two of three listed partners; the
    countries of two partner organisations): the first sentence that names both countries or
    bodies of theirs, else the first mention of each."""
    bodies = [body for body in doc.data.get("organizations", []) if body.country in pair]
    mentions = sorted(
        [(m.start, m.end, str(m.attrs["code"])) for m in doc.layer("country") if m.attrs.get("code") in pair]
        + [(start, end, str(body.country)) for body in bodies for start, end in body.spans]
    )
    first: dict[str, tuple[int, int]] = {}
    by_sentence: dict[int, set[str]] = {}
    for start, end, code in mentions:
        first.setdefault(code, (start, end))
        index = doc.sentence_index(start)
        by_sentence.setdefault(index, set()).add(code)
        if len(by_sentence[index]) == 2 and 0 <= index < len(doc.sentences):
            return [doc.sentences[index]]
    return sorted(first.values()) if len(first) == 2 else []
