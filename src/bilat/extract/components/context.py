"""Which countries a document is about: co-occurrence of partners in sentences that speak of
cooperation, hyphenated pairs ("Japan-U.S.", "EU–Japan", "Japan-US-Korea") and "between X and Y".

Sets ``doc.data['pair_scores']`` ({(A, B): score}), ``doc.data['pair_evidence']`` and
``doc.data['context_countries']`` (the likely partners, for resolving ambiguous names).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from bilat.extract.doc import Doc, Mention
from bilat.extract.registry import Component, component

COOPERATION = re.compile(
    r"cooperat|co-operat|collaborat|partner|agreement|joint|bilateral|trilateral|memorand|\bMo[CU]s?\b|"
    r"committee|dialogue|\bties\b|relations|signed|\bsign\b|treaty|\bcalls?\b|together|counterpart|"
    r"exchange|alliance|consultation|\btalks\b|summit",
    re.IGNORECASE,
)
DASHES = {"-", "–", "—", "‐", "‑", "/"}
PLACE_KINDS = {"name", "short", "adjective", "demonym", "prefix"}


def _places(doc: Doc, start: int, end: int) -> list[Mention]:
    return [m for m in doc.in_span("country", start, end) if m.attrs.get("kind", "name") in PLACE_KINDS]


def sentence_pairs(doc: Doc, start: int, end: int) -> dict[tuple[str, str], float]:
    """Pair weights contributed by one sentence."""
    places = _places(doc, start, end)
    codes = sorted({str(m.attrs["code"]) for m in places})
    weights: dict[tuple[str, str], float] = defaultdict(float)
    if len(codes) < 2:
        return weights
    cue = bool(COOPERATION.search(doc.text, start, end))
    if cue:
        share = 1.0 if len(codes) <= 3 else 1.0 / (len(codes) - 1)
        for a, b in combinations(codes, 2):
            weights[(a, b)] += share
    for chain in _chains(doc, places):
        for a, b in combinations(sorted(set(chain)), 2):
            weights[(a, b)] += 2.0 if cue or len(chain) > 1 else 1.0
    return weights


def _chains(doc: Doc, places: list[Mention]) -> list[list[str]]:
    """Runs of countries joined by dashes ("Japan-U.S.") or "and"/"between X and Y"."""
    chains: list[list[str]] = []
    current: list[str] = []
    previous: Mention | None = None
    for mention in places:
        gap = doc.text[previous.end : mention.start] if previous else None
        if (
            previous
            and gap is not None
            and ((gap.strip() in DASHES and len(gap) <= 3) or gap.strip() == "and")
        ):
            current.append(str(mention.attrs["code"]))
        else:
            if len(current) > 1:
                chains.append(current)
            current = [str(mention.attrs["code"])]
        previous = mention
    if len(current) > 1:
        chains.append(current)
    return chains


def analyse(doc: Doc) -> None:
    """Score the country pairs of the document and pick its likely partners."""
    scores: dict[tuple[str, str], float] = defaultdict(float)
    evidence: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for start, end in doc.sentences:
        for pair, weight in sentence_pairs(doc, start, end).items():
            if pair[0] == pair[1]:
                continue
            scores[pair] += weight
            if len(evidence[pair]) < 5:
                evidence[pair].append((start, end))
    counts = Counter(str(m.attrs["code"]) for m in _places(doc, 0, len(doc.text)))
    doc.data["pair_scores"] = dict(scores)
    doc.data["pair_evidence"] = dict(evidence)
    doc.data["country_counts"] = counts
    short = len(doc.sentences) <= 12
    doc.data["partners"] = choose_pairs(scores, counts, minimum=1.0 if short else 2.0)
    partners = {c for pair in doc.data["partners"] for c in pair}
    doc.data["context_countries"] = partners or {c for c, _ in counts.most_common(2)}


def choose_pairs(
    scores: dict[tuple[str, str], float], counts: Counter[str], minimum: float = 2.0
) -> list[tuple[str, str]]:
    """The pairs the document is about: strong pairs, anchored on its most-mentioned countries."""
    if not scores:
        return []
    top = max(scores.values())
    if top < minimum:
        return []
    chosen = [pair for pair, score in scores.items() if score >= max(minimum, 0.34 * top)]
    hubs = {c for c, _ in counts.most_common(2)}
    anchored = [pair for pair in chosen if set(pair) & hubs]
    return sorted(anchored or chosen)


@component("context")
def make_context() -> Component:
    """Score country pairs and pick the document's likely partners."""

    def run(doc: Doc) -> None:
        analyse(doc)

    return run
