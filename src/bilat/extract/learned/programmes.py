"""Programme names the rules missed, told by the linear model: the candidates it rates PROGRAM
above a threshold that no rule programme, organisation, person or country already covers. Each
becomes a programme whose evidence is every whole-word use of its name in the text."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from bilat.extract.doc import Doc
from bilat.extract.learned.candidates import Candidate, candidates, sentence_tokens
from bilat.extract.learned.features import RuleView, features
from bilat.extract.learned.model import LinearModel
from bilat.extract.naming import key
from bilat.extract.programme_uses import acronym_uses
from bilat.extract.record import Program
from bilat.extract.resources import load_yaml, longest_first

PROGRAM = "PROGRAM"
MAX_EVIDENCE = 10


@dataclass(frozen=True)
class Scored:
    """A candidate with the model's probability that it names a programme."""

    cand: Candidate
    p: float
    covered: bool  # the rules already made (part of) it a programme, organisation, person or country


def score_doc(doc: Doc, model: LinearModel) -> list[Scored]:
    """Every candidate of `doc` with its programme probability (0 for covered ones, which the
    model is not asked about)."""
    lists = sentence_tokens(doc)
    cands = candidates(doc, lists)
    if not cands:
        return []
    view = RuleView.of(doc)
    counts = Counter(c.text for c in cands)
    column = model.classes.index(PROGRAM)
    out = []
    for cand in cands:
        if is_covered(doc, view, cand):  # never added: not worth its features
            out.append(Scored(cand, 0.0, True))
            continue
        feats = features(cand, lists[cand.sentence], view, counts)
        out.append(Scored(cand, model.probabilities(feats)[column], False))
    return out


def is_covered(doc: Doc, view: RuleView, cand: Candidate) -> bool:
    """True when the rules already made (part of) the span a programme, organisation or person, or
    the span is only country names, or a time zone ("UTC-3"): the model never adds those."""
    return (
        key(cand.text) in view.names
        or any(s.relation(cand.start, cand.end) for s in (view.programme, view.organisation, view.person))
        or view.country.relation(cand.start, cand.end) in ("eq", "in")
        or _country_only(doc, cand)
        or _time_zone().match(cand.text) is not None
    )


@functools.cache
def _time_zone() -> re.Pattern[str]:
    """A zone of `written_offsets` in timezones.yaml and then its offset ("UTC-3", "GMT +1")."""
    names = load_yaml("timezones.yaml").get("written_offsets") or []
    return re.compile(rf"(?:{longest_first(names) or '(?!)'})\s*[+−–-]?\s*\d")


def _country_only(doc: Doc, cand: Candidate) -> bool:
    """Country names and separators only ("UAE-France", "Japan–EU")."""
    inside = doc.in_span("country", cand.start, cand.end)
    return bool(inside) and sum(m.end - m.start for m in inside) >= (cand.end - cand.start) - len(inside) + 1


def choose(scored: list[Scored], threshold: float) -> list[Candidate]:
    """The uncovered candidates above `threshold`, best first, none overlapping another."""
    chosen: list[Candidate] = []
    for item in sorted(scored, key=lambda s: (-s.p, s.cand.start, -s.cand.end)):
        if item.p < threshold:
            break
        c = item.cand
        if item.covered or any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    return chosen


def uses(text: str, name: str, limit: int = MAX_EVIDENCE) -> list[tuple[int, int]]:
    """Whole-word uses of `name` in `text` (at most `limit`)."""
    return acronym_uses(text, name)[:limit]


def add_programmes(doc: Doc, chosen: list[Candidate]) -> list[Program]:
    """Add one programme per distinct chosen name to the record (evidence: all its uses)."""
    known = {key(n) for p in doc.record.programs for n in [p.name, *p.aliases]}
    added = []
    for cand in sorted(chosen, key=lambda c: c.start):
        name_key = key(cand.text)
        if not name_key or name_key in known:
            continue
        known.add(name_key)
        spans = uses(doc.text, cand.text) or [(cand.start, cand.end)]
        if (cand.start, cand.end) not in spans:
            spans = sorted([*spans[: MAX_EVIDENCE - 1], (cand.start, cand.end)])
        program = Program(cand.text, [], None, spans)
        doc.record.programs.append(program)
        added.append(program)
    return added
