"""Organisations: known ones (reference index, resolved with context), acronym definitions and
capitalised names headed by Ministry / Agency / Council / Institute / University / ... ."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bilat.extract.components.gazetteer import reference
from bilat.extract.doc import Doc
from bilat.extract.naming import (
    countries_in,
    country_before,
    country_in_sentence,
    key,
    kind_of,
)
from bilat.extract.phrases import Phrase, Token, name_phrases, name_words
from bilat.extract.record import Organization
from bilat.extract.registry import Component, component

LEADING_DROP = frozenset(
    {
        "The",
        "A",
        "An",
        "Its",
        "Their",
        "Our",
        "This",
        "Both",
        "Each",
        "Dear",
        "LATEST",
        "Contact",
        "Photo",
        "Source",
        "Link",
        "Note",
        "Background",
        "Press",
        "Release",
    }
)


@dataclass
class Candidate:
    """An organisation found once, before merging."""

    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    country_sure: bool = False
    ror: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def name_keys(self) -> set[str]:
        """Comparison keys of every name."""
        return {key(n) for n in {self.name, *self.aliases} if n}


def _after_word(doc: Doc, end: int) -> str:
    rest = doc.text[end : end + 40].lstrip(" )")
    return rest.split(" ", 1)[0].strip(".,;:") if rest else ""


def definition_candidates(doc: Doc) -> list[Candidate]:
    """Organisations defined with an acronym ("Full Name (ACR)")."""
    out = []
    kinds: dict[str, str | None] = doc.data.setdefault("acronym_kind", {})
    for mention in doc.layer("acronym_def"):
        long, short = mention.attrs["long"], mention.attrs["short"]
        kind = kind_of(long, _after_word(doc, mention.attrs["short_span"][1]))
        if kind in (None, "programme") and _known_org(short):
            kind = "org" if kind is None else kind
        kinds[short] = kind
        if kind != "org":
            continue
        long_start, long_end = mention.attrs["long_span"]
        candidate = Candidate(
            _clean(long),
            {short},
            spans=[tuple(mention.attrs["long_span"]), tuple(mention.attrs["short_span"])],
        )
        _place(doc, candidate, long_start, long_end)
        out.append(candidate)
    return out


def _known_org(short: str) -> bool:
    index = reference("organizations")
    if index is None:
        return False
    try:
        return bool(index.lookup(short))
    except Exception:
        return False


def _clean(name: str) -> str:
    words = name.split()
    while words and (words[0] in LEADING_DROP or words[0].endswith(("'s", "’s"))):
        words.pop(0)
    return " ".join(words).strip(" ,;:")


def _place(doc: Doc, candidate: Candidate, start: int, end: int) -> None:
    """Set the country from the name itself, a possessive before it, or the sentence."""
    inside = countries_in(doc, start, end)
    if inside:
        candidate.country, candidate.country_sure = str(inside[0].attrs["code"]), True
        return
    before = country_before(doc, start)
    if before:
        candidate.country, candidate.country_sure = before, True
        return
    candidate.country = country_in_sentence(doc, start)


def phrase_candidates(doc: Doc) -> list[Candidate]:
    """Organisations named by capitalised phrases with an organisation head word."""
    out = []
    for sent_start, sent_end in doc.sentences:
        for phrase in name_phrases(doc, sent_start, sent_end):
            for part in split_phrase(phrase):
                candidate = _phrase_candidate(doc, part)
                if candidate:
                    out.append(candidate)
    return out


def split_phrase(phrase: Phrase) -> list[Phrase]:
    """Split "A of the B" and "A and the B" when both sides are organisation names."""
    heads, _, _ = name_words()
    toks = list(phrase.tokens)
    for i in range(1, len(toks) - 1):
        text = toks[i].text
        joint = text in {"and", "&"} or (text == "of" and toks[i + 1].text == "the")
        if not joint:
            continue
        left, right = toks[:i], toks[i + 1 :]
        if right and right[0].text == "the":
            right = right[1:]
        if right and _has_head(left, heads) and _has_head(right, heads):
            return [_phrase(left), *split_phrase(_phrase(right))]
    return [phrase]


def _has_head(toks: list[Token], heads: frozenset[str]) -> bool:
    return any(t.text in heads for t in toks)


def _phrase(toks: list[Token]) -> Phrase:
    while toks and toks[-1].text in {",", "&", "and", "of", "the", "for", "in", "to", "at", "on"}:
        toks = toks[:-1]
    return Phrase(toks[0].start, toks[-1].end, tuple(toks))


def _phrase_candidate(doc: Doc, phrase: Phrase) -> Candidate | None:
    toks = list(phrase.tokens)
    while toks and (toks[0].text in LEADING_DROP or toks[0].text.endswith(("'s", "’s"))):
        toks.pop(0)
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    name = doc.text[start:end]
    if kind_of(name, _after_word(doc, end)) != "org" or not _qualified(doc, toks):
        return None
    candidate = Candidate(name, spans=[(start, end)])
    _place(doc, candidate, start, end)
    return candidate


def _qualified(doc: Doc, toks: list[Token]) -> bool:
    """A weak head needs a qualifier that is not a place ("Cabinet Office", not "Tokyo Office")."""
    heads, weak, connectors = name_words()
    words = [t for t in toks if t.text not in connectors and t.text not in {",", "&"}]
    if len(words) < 2 and words and words[0].text not in {"Commission", "Questacon"}:
        return False
    strong = [t for t in words if t.text in heads and t.text not in weak]
    if strong:
        return True
    qualifiers = [t for t in words if t.text not in heads]
    places = {(m.start, m.end) for m in doc.in_span("country", toks[0].start, toks[-1].end)}
    places |= {(m.start, m.end) for m in doc.in_span("city", toks[0].start, toks[-1].end)}
    return any((t.start, t.end) not in places for t in qualifiers)


def reference_candidates(doc: Doc) -> list[Candidate]:
    """Known organisations matched in the text and resolved with the document's context."""
    index = reference("organizations")
    if index is None:
        return []
    context = set(doc.data.get("context_countries", set()))
    names = [m.text for m in doc.layer("acronym_def")]
    out = []
    for mention in doc.layer("org_ref"):
        entry = _resolve(index, mention.attrs["match"], context, names)
        if entry is None:
            continue
        aliases = {*(getattr(entry, "acronyms", []) or [])}
        if mention.text != entry.name:
            aliases.add(mention.text)
        candidate = Candidate(
            entry.name,
            aliases,
            getattr(entry, "country", None),
            True,
            getattr(entry, "ror_id", None),
            [mention.span],
        )
        out.append(candidate)
    return out


def _resolve(index: Any, match: Any, context: set[str], names: list[str]) -> Any:
    try:
        return index.resolve(match, context, names)
    except Exception:
        return None


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """Merge candidates that share a name or alias and do not disagree on the country."""
    groups: list[Candidate] = []
    for cand in candidates:
        target = next((g for g in groups if g.name_keys() & cand.name_keys() and _compatible(g, cand)), None)
        if target is None:
            groups.append(
                Candidate(
                    cand.name, set(cand.aliases), cand.country, cand.country_sure, cand.ror, list(cand.spans)
                )
            )
            continue
        _absorb(target, cand)
    return groups


def _compatible(a: Candidate, b: Candidate) -> bool:
    return not (a.country_sure and b.country_sure and a.country and b.country and a.country != b.country)


def _absorb(target: Candidate, cand: Candidate) -> None:
    names = {target.name, *target.aliases, cand.name, *cand.aliases}
    if _better_name(cand.name, target.name):
        target.name = cand.name
    target.aliases = {n for n in names if n and n != target.name}
    if (cand.country_sure and not target.country_sure) or target.country is None:
        target.country, target.country_sure = cand.country or target.country, cand.country_sure
    target.ror = target.ror or cand.ror
    target.spans += [s for s in cand.spans if s not in target.spans]


def _better_name(new: str, old: str) -> bool:
    """Prefer full names to acronyms, then longer names."""
    new_acr, old_acr = new.isupper() and " " not in new, old.isupper() and " " not in old
    if new_acr != old_acr:
        return old_acr
    return False


def acronym_uses(doc: Doc, groups: list[Candidate]) -> None:
    """Add the spans of later uses of each organisation's acronyms as evidence."""
    text = doc.text
    for group in groups:
        for alias in group.aliases:
            if (
                not (alias.isupper() or sum(c.isupper() for c in alias) >= 2)
                or " " in alias
                or len(alias) < 2
            ):
                continue
            position = text.find(alias)
            count = 0
            while position >= 0 and count < 20:
                end = position + len(alias)
                before_ok = position == 0 or not text[position - 1].isalnum()
                after_ok = end >= len(text) or not text[end].isalnum()
                if before_ok and after_ok and (position, end) not in group.spans:
                    group.spans.append((position, end))
                    count += 1
                position = text.find(alias, end)


@component("organizations")
def make_organizations() -> Component:
    """Find the organisations of a document (record ``organizations``)."""

    def run(doc: Doc) -> None:
        candidates = reference_candidates(doc) + definition_candidates(doc) + phrase_candidates(doc)
        groups = merge(candidates)
        acronym_uses(doc, groups)
        doc.data["organizations"] = groups
        for group in groups:
            aliases = sorted(a for a in group.aliases if key(a) != key(group.name))
            doc.record.organizations.append(
                Organization(group.name, aliases, group.country, group.ror, sorted(group.spans)[:20])
            )

    return run
