"""Features of a candidate span: cheap, sparse, binary strings (a feature is present or not).

Span words, first / last word, word shapes, length, the three tokens before and after, whether the
rules already found the span (or a span around it) as an organisation, person or country, and
whether "(ACRONYM)" follows it.

What the rules found as a *programme* (and acronym definitions, which they turn into programmes) is
deliberately not a feature: with it the model learns "the rules said so" and never rates the names
the rules missed, which are the only ones it may add (leave-one-set-out CV: see docs/extraction.md).
`RuleView` still holds those spans: the component uses them to leave rule programmes alone."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from bilat.extract.doc import Doc
from bilat.extract.learned.candidates import LINKS, Candidate, Token
from bilat.extract.naming import key

Span = tuple[int, int]
_LONGEST = 400  # no span of a rule layer is longer (used to bound the overlap search)


class Spans:
    """A set of (start, end) spans answering "how does [s, e) relate to them?"."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = sorted(set(spans))
        self._starts = [s for s, _ in self._spans]

    def relation(self, start: int, end: int) -> str | None:
        """'eq' (the same span), 'in' (inside one), 'has' (holds one), 'ov' (overlaps) or None."""
        hi = bisect.bisect_left(self._starts, end)
        best = None
        for k in range(hi - 1, -1, -1):
            s, e = self._spans[k]
            if s < start - _LONGEST:
                break
            if e <= start:
                continue
            if s == start and e == end:
                return "eq"
            if s <= start and e >= end:
                best = "in"
            elif start <= s and end >= e:
                best = best or "has"
            else:
                best = best or "ov"
        return best


@dataclass
class RuleView:
    """What the rule components found before the learned step, in a form features can ask."""

    programme: Spans
    organisation: Spans
    person: Spans
    country: Spans
    names: dict[str, str]  # name key → "programme" / "organisation" / "person"

    @classmethod
    def of(cls, doc: Doc) -> RuleView:
        """The rule view of `doc` (its record and layers so far)."""
        rec = doc.record
        names: dict[str, str] = {}
        for kind, items in (("person", rec.people), ("organisation", rec.organizations),
                            ("programme", rec.programs)):
            for item in items:
                for name in [item.name, *item.aliases]:
                    names[key(name)] = kind
        return cls(
            programme=Spans([s for p in rec.programs for s in p.evidence]),
            organisation=Spans([s for o in rec.organizations for s in o.evidence]),
            person=Spans([s for p in rec.people for s in p.evidence]),
            country=Spans([m.span for m in doc.layer("country")]),
            names=names,
        )


_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=8192)
def shape(word: str) -> str:
    """A short shape of a word: X for upper-case runs, x for lower-case, d for digits, others kept."""
    out = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return re.sub(r"(.)\1+", r"\1\1", out)[:8]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-5" if n < 6 else "6+"


def features(cand: Candidate, tokens: list[Token], view: RuleView, counts: dict[str, int]) -> list[str]:
    """The features of `cand` (whose sentence tokens are `tokens`)."""
    words = [t.text for t in tokens[cand.first : cand.last]]
    lower = [w.lower() for w in words]
    out = ["bias", f"len={_bucket(len(words))}", f"first={lower[0]}", f"last={lower[-1]}",
           f"fshape={shape(words[0])}", f"lshape={shape(words[-1])}"]
    if len(words) == 1:
        out.append(f"one={shape(words[0])}")
    out += [f"w={w}" for w in lower]
    out += [f"s={shape(w)}" for w in words]
    out += [f"suf={w[-3:]}" for w in lower if len(w) > 3 and w not in LINKS]
    out += [f"link={w}" for w in lower if w in LINKS]
    if any("-" in w or "–" in w for w in words):
        out.append("hyphen")
    for k in range(1, 4):
        before = tokens[cand.first - k].text.lower() if cand.first - k >= 0 else "<s>"
        after = tokens[cand.last + k - 1].text.lower() if cand.last + k - 1 < len(tokens) else "</s>"
        out.append(f"b{k}={before}")
        out.append(f"a{k}={after}")
        if before == "<s>" and after == "</s>":
            break
    if cand.first == 0:
        out.append("at_start")
    if cand.last == len(tokens):
        out.append("at_end")
    if cand.last + 2 < len(tokens) and tokens[cand.last].text == "(" and tokens[cand.last + 2].text == ")":
        inner = tokens[cand.last + 1].text
        out.append("acr_after" if sum(c.isupper() for c in inner) >= 2 else "paren_after")
    for name, spans in (("org", view.organisation), ("per", view.person), ("cty", view.country)):
        rel = spans.relation(cand.start, cand.end)
        if rel:
            out.append(f"{name}:{rel}")
    kind = view.names.get(key(cand.text))
    if kind and kind != "programme":
        out.append(f"named:{kind}")
    n = counts.get(cand.text, 1)
    out.append(f"count={_bucket(n)}")
    return out
