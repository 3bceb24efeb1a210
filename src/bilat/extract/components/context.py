"""Which countries a document is about: co-occurrence of partners in sentences that speak of
cooperation, hyphenated pairs ("Japan-U.S.", "EU–Japan", "Japan-US-Korea") and "between X and Y".

Sets ``doc.data['pair_scores']`` ({(A, B): score}), ``doc.data['pair_evidence']`` and
``doc.data['context_countries']`` (the likely partners, for resolving ambiguous names).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from operator import itemgetter

from bilat.extract.components.trilateral import says_quadrilateral, says_trilateral
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import doc_folded, folded_pattern
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml

# Words of cooperation (lower-case regexes, each starting with a letter or with \b and a letter).
COOPERATION_WORDS = (
    "cooperat", "co-operat", "collaborat", "partner", "agreement", "joint", "bilateral", "trilateral",
    "memorand", r"\bmo[cu]s?\b", "committee", "dialogue", r"\bties\b", "relations", "signed", r"\bsign\b",
    "treaty", r"\bcalls?\b", "together", "counterpart", "exchange", "alliance", "consultation",
    r"\btalks\b", "summit",
    *map(str, load_yaml("partnership_cues.yaml").get("cooperation_words_romance") or []),
)  # fmt: skip
COOPERATION = re.compile("|".join(COOPERATION_WORDS), re.IGNORECASE)


def by_first_letter(words: Iterable[str]) -> str:
    r"""The alternation of `words` grouped by first letter ("c(?:ooperat|ommittee)|..."), which
    finds the same and lets the regex engine skip to the letters that may start a word. A leading
    \b becomes a look-behind after the letter ("\bties" -> "t(?<!\wt)ies")."""
    groups: dict[str, list[str]] = {}
    for word in words:
        bounded = word.startswith(r"\b")
        body = word[2:] if bounded else word
        first, rest = body[0], body[1:]
        groups.setdefault(first, []).append(f"(?<!\\w{first}){rest}" if bounded else rest)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# COOPERATION over `doc_folded(doc)`: the same matches, several times faster.
_COOPERATION_FOLDED = folded_pattern(by_first_letter(COOPERATION_WORDS))


def mentions_cooperation(doc: Doc) -> bool:
    """Whether the text holds a word of cooperation (`COOPERATION.search(doc.text)`)."""
    return _COOPERATION_FOLDED.search(doc_folded(doc)) is not None


def says_cooperation(doc: Doc, start: int, end: int) -> bool:
    """Whether doc.text[start:end] holds a word of cooperation."""
    return _COOPERATION_FOLDED.search(doc_folded(doc), start, end) is not None


DASHES = {"-", "–", "—", "‐", "‑", "/"}
PLACE_KINDS = {"name", "short", "adjective", "demonym", "prefix"}


def _places(doc: Doc, start: int, end: int) -> list[Mention]:
    return [m for m in doc.in_span("country", start, end) if m.attrs.get("kind", "name") in PLACE_KINDS]


def sentence_pairs(
    doc: Doc, start: int, end: int, places: list[Mention] | None = None
) -> dict[tuple[str, str], float]:
    """Pair weights contributed by one sentence (`places`: its place mentions, when known)."""
    places = _places(doc, start, end) if places is None else places
    codes = sorted({str(m.attrs["code"]) for m in places})
    weights: dict[tuple[str, str], float] = defaultdict(float)
    if len(codes) < 2:
        return weights
    folded = doc_folded(doc)
    # ("researchers from both countries": the sentence speaks of its two countries as partners)
    cue = bool(_COOPERATION_FOLDED.search(folded, start, end)) or (
        len(codes) == 2 and _BOTH_SIDES.search(folded, start, end) is not None
    )
    if cue:
        share = 1.0 if len(codes) <= 3 else 1.0 / (len(codes) - 1)
        for a, b in combinations(codes, 2):
            weights[(a, b)] += share
    for chain in _chains(doc, places):
        for a, b in combinations(sorted(set(chain)), 2):
            weights[(a, b)] += 2.0 if cue or len(chain) > 1 else 1.0
    return weights


# What joins two partners named together besides a dash ("Japan and the United States", "the
# European Union and the Republic of Korea", "Chile & Peru").
_JOINS = {"and", "and the", "&", "& the", *map(str, load_yaml("partnership_cues.yaml").get("romance_joins") or [])}  # noqa: E501


def _chains(doc: Doc, places: list[Mention]) -> list[list[str]]:
    """Runs of countries joined by dashes ("Japan-U.S.") or "and"/"between X and Y", or by "and the"
    where no comma list ends ("Japan and the Netherlands"; in "Canada, Ireland and the United
    States" the three are listed alike)."""
    chains: list[list[str]] = []
    current: list[str] = []
    previous: Mention | None = None
    listing = False  # the previous mention follows a comma after another one
    listed: list[Mention] = []  # the mentions of the comma list that the previous one ends
    for mention in places:
        gap = doc.text[previous.end : mention.start] if previous else None
        joint = gap.strip().lower() if gap is not None else ""
        closing = joint in ("and", "and the") and listing  # ("India, Japan and the United States")
        if previous and closing and 2 <= len(listed) < list_min_countries() - 1:
            if len(current) > 1:
                chains.append(current)
            current = _closed_list(doc, [*listed, mention])
        elif previous and (
            (joint in DASHES and gap is not None and len(gap) <= 3)
            or joint == "and"
            or (joint in _JOINS and not listing)
        ):
            current.append(str(mention.attrs["code"]))
        else:
            if len(current) > 1:
                chains.append(current)
            current = [str(mention.attrs["code"])]
        listed = [*listed, mention] if joint == "," and previous else [mention]
        listing = joint == ","
        previous = mention
    if len(current) > 1:
        chains.append(current)
    return chains


def _closed_list(doc: Doc, listed: list[Mention]) -> list[str]:
    """The chain that the "and" closing a comma list of three makes ("India, Brazil and South
    Africa"): all three countries when the words after the list speak of three partners together
    ("... launched a trilateral programme"), else only the last one (a list names its countries
    alike: "the EU, Brazil and South Africa signed" makes no Brazil-South Africa pair). A longer list
    ("Kenya, Uganda, Tanzania and Rwanda signed") names its countries alike as well: only the last
    one, no pair of its last two. (Lists of participants as long as partnership_cues.yaml
    `list_min_countries` are left to `partnerships._only_in_lists`.)"""
    codes = list(dict.fromkeys(str(m.attrs["code"]) for m in listed))
    end = listed[-1].end
    reach = min(len(doc.text), end + _LIST_REACH)
    if len(codes) == 3 and says_trilateral(doc.text, listed[0].start, reach):
        return codes
    if len(codes) == 4 and says_quadrilateral(doc.text, listed[0].start, reach):
        return codes  # ("Australia, India, Japan and the United States ... the four countries")
    return codes[-1:]


@functools.cache
def list_min_countries() -> int:
    """How many countries a sentence names when it lists participants (partnership_cues.yaml
    `list_min_countries`)."""
    return int(load_yaml("partnership_cues.yaml").get("list_min_countries") or 6)


_LIST_REACH = 300  # characters after a list of three where "trilateral" / "the three" may tell of them


def _sentences_with_places(doc: Doc, places: list[Mention]) -> Iterator[tuple[int, int, list[Mention]]]:
    """The sentences that name two places or more, with those places, in order (the others
    contribute no pair). `places`: the place mentions of the whole document."""
    sentences = doc.sentences
    if any(sentences[n][0] < sentences[n - 1][1] for n in range(1, len(sentences))):
        for start, end in sentences:  # overlapping spans: a mention may be in several
            yield start, end, _places(doc, start, end)
        return
    starts = [start for start, _ in sentences]
    grouped: dict[int, list[Mention]] = defaultdict(list)
    for mention in places:
        n = bisect.bisect_right(starts, mention.start) - 1
        if n >= 0 and mention.start < sentences[n][1] and mention.end <= sentences[n][1]:
            grouped[n].append(mention)
    for n in sorted(grouped):
        if len(grouped[n]) > 1:
            yield (*sentences[n], grouped[n])


# The two partners named again without their names ("The two countries agreed to ...", "both
# governments will fund ..."): they are the two countries of the sentence before.
_BOTH_SIDES = folded_pattern(
    r"\b(?:the two|both)\s+(?:countries|nations|governments|sides|partner countries|ministries|ministers)\b"
)
_BOTH_SIDES_WEIGHT = 1.0  # what one sentence of cooperation that names both weighs (`sentence_pairs`)


def both_sides(
    doc: Doc, scores: dict[tuple[str, str], float], evidence: dict[tuple[str, str], list[tuple[int, int]]]
) -> None:
    """Weigh the pair that a sentence of cooperation speaks of as "the two countries" / "both
    governments" without naming two countries: the two countries that the sentence before (in the
    same paragraph) names, when it names exactly two ("Japan's Minister Sato welcomed Minister
    Muller of Germany. The two countries agreed to expand research cooperation")."""
    folded = doc_folded(doc)
    done: set[int] = set()
    for hit in _BOTH_SIDES.finditer(folded):
        n = doc.sentence_index(hit.start())
        if n < 1 or n in done:
            continue
        done.add(n)
        start, end = doc.sentences[n]
        if len({m.attrs["code"] for m in _places(doc, start, end)}) >= 2:
            continue
        if not _COOPERATION_FOLDED.search(folded, start, end):
            continue
        before = doc.sentences[n - 1]
        if "\n\n" in doc.text[before[1] : start]:
            continue  # (a new paragraph: its "two ministries" are not the last paragraph's aside)
        codes = sorted({str(m.attrs["code"]) for m in _places(doc, *before)})
        if len(codes) != 2:
            continue
        pair = (codes[0], codes[1])
        scores[pair] += _BOTH_SIDES_WEIGHT
        if len(evidence[pair]) < 5:
            evidence[pair].append((before[0], end))


def analyse(doc: Doc) -> None:
    """Score the country pairs of the document and pick its likely partners."""
    scores: dict[tuple[str, str], float] = defaultdict(float)
    evidence: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    places = _places(doc, 0, len(doc.text))
    for start, end, inside in _sentences_with_places(doc, places):
        for pair, weight in sentence_pairs(doc, start, end, inside).items():
            if pair[0] == pair[1]:
                continue
            scores[pair] += weight
            if len(evidence[pair]) < 5:
                evidence[pair].append((start, end))
    both_sides(doc, scores, evidence)
    counts = Counter(str(m.attrs["code"]) for m in places)
    doc.data["pair_scores"] = dict(scores)
    doc.data["pair_evidence"] = dict(evidence)
    doc.data["country_counts"] = counts
    short = len(doc.sentences) <= 12
    chosen = choose_pairs(scores, counts, minimum=1.0 if short else 2.0)
    doc.data["partners"] = lead_trio(doc, chosen, evidence) or chosen or lead_pair(doc, evidence)
    partners = doc.partner_countries()
    doc.data["context_countries"] = partners or _most_named(counts)


_LEAD_SENTENCES = 6  # a headline, a dateline or breadcrumb line, and the lead of a document
_TRIO_FOLLOWING = 2  # sentences after the lead's own where "the three funders" may tell of its three


def _lead(doc: Doc) -> range:
    """The indices of the lead's sentences (`_LEAD_SENTENCES` from the first past any front matter)."""
    first = doc.first_body_sentence()
    return range(first, min(first + _LEAD_SENTENCES, len(doc.sentences)))


def lead_trio(
    doc: Doc, partners: list[tuple[str, str]], evidence: dict[tuple[str, str], list[tuple[int, int]]]
) -> list[tuple[str, str]]:
    """Every pair of three partners that a sentence of the lead names together, as the subject of a
    cooperation of three ("The research councils of Estonia, Latvia and Lithuania today opened the
    Baltic Tripartite Call"; "Agency A, with Agency B and Agency C, announced ... Together the three
    funders"): when the pairs chosen so far are none or lie within those three, and that sentence
    or the next ones speak of three partners together. [] otherwise (the chosen pairs stand)."""
    if len(partners) > 1:
        return []
    for n in _lead(doc):
        start, end = doc.sentences[n]
        codes = sorted({str(m.attrs["code"]) for m in _places(doc, start, end)})
        trio = list(combinations(codes, 2))
        if len(codes) != 3 or not all((start, end) in evidence.get(pair, ()) for pair in trio):
            continue
        if partners and not set(partners[0]) <= set(codes):
            continue
        following = doc.sentences[n + 1 : n + 1 + _TRIO_FOLLOWING]
        if says_trilateral(doc.text, start, max([end, *(e for _, e in following)])):
            return trio
    return []


def lead_pair(doc: Doc, evidence: dict[tuple[str, str], list[tuple[int, int]]]) -> list[tuple[str, str]]:
    """The one pair that the first sentence of the lead giving a pair gives, in words of cooperation
    ("X University has signed a five-year partnership with the Rwanda Institute of ... to exchange
    students between Singapore and Kigali"), for a document where no pair is strong enough by
    itself: what a document says first is what it is about. [] when that sentence gives several
    pairs or speaks of no cooperation."""
    for n in _lead(doc):
        span = doc.sentences[n]
        pairs = [pair for pair, spans in evidence.items() if span in spans]
        if pairs:
            return pairs if len(pairs) == 1 and says_cooperation(doc, *span) else []
    return []


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
    hubs = _most_named(counts)
    anchored = [pair for pair in chosen if set(pair) & hubs]
    return sorted(anchored + _islands(chosen, anchored, counts) if anchored else chosen)


# How often each country of a separate pair must be named: an item of its own, not a passing aside
# ("to close the gap with the United States and China")
ISLAND_MENTIONS = 3


def _islands(
    chosen: list[tuple[str, str]], anchored: list[tuple[str, str]], counts: Counter[str]
) -> list[tuple[str, str]]:
    """The strong pairs that share no country with any other strong pair and whose countries are
    each named several times: the separate items of a digest or newsletter ("Norway and South
    Africa open a call ..."; further down, "Sweden and India hold their dialogue ..."), each a
    partnership of its own though neither is the most named."""
    named = Counter(code for pair in chosen for code in pair)
    return [
        pair
        for pair in chosen
        if pair not in anchored and all(named[code] == 1 and counts[code] >= ISLAND_MENTIONS for code in pair)
    ]


def _most_named(counts: Counter[str]) -> set[str]:
    """The codes of `counts.most_common(2)` (the same two: a stable sort, without heapq's cost)."""
    return {code for code, _ in sorted(counts.items(), key=itemgetter(1), reverse=True)[:2]}


@component("context")
def make_context() -> Component:
    """Score country pairs and pick the document's likely partners."""

    def run(doc: Doc) -> None:
        analyse(doc)

    return run
