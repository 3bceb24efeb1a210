"""Predecessor bodies and names that run on into a date (organisations, round 16b). Sentences of our own.

- a body the text calls the former one of another ("the former X", "its predecessor, the X",
  "X, which the Y replaced", "X, whose duties Y has since taken over", "X, which was renamed",
  "X (now renamed Y)") is an organisation of its own, even where the registry lists its name and
  acronym as aliases of its successor; the successor keeps its own name and loses the
  predecessor's acronym from its aliases;
- a name does not run on through "on" into a weekday or a month ("the Research Council on
  Monday signed", "on February 14"), while "on" and a field stays in a name.
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

_PREDECESSORS = [
    (  # "its predecessor, the ...", with an acronym
        "Cyprus and Greece renewed their research programme. The Research and Innovation Foundation (RIF) "
        "funds the Cypriot teams; its predecessor, the Research Promotion Foundation (RPF), signed the "
        "first protocol in 2009.",
        "Research Promotion Foundation",
        "Research and Innovation Foundation",
        "RPF",
    ),
    (  # "the former ..., whose tasks ... has since taken over"
        "Innovate UK will fund British firms working with Korea. The first round in 2012 was run by the "
        "former Technology Strategy Board, whose tasks Innovate UK has since taken over.",
        "Technology Strategy Board",
        "Innovate UK",
        None,
    ),
    (  # "..., which the <successor with its acronym> of <country> succeeded"
        "A memorandum was signed in 2018 by the Polish agency and the National Science Council (NSC), "
        "which the National Science and Technology Council (NSTC) of Taiwan succeeded.",
        "National Science Council",
        "National Science and Technology Council",
        "NSC",
    ),
    (  # passive: "..., which was replaced by ..."
        "Taiwan and Poland first signed with the Ministry of Science and Technology (MOST), which was "
        "replaced by the National Science and Technology Council (NSTC) in 2022.",
        "Ministry of Science and Technology",
        "National Science and Technology Council",
        "MOST",
    ),
    (  # in brackets: "(now renamed ...)"
        "The Technology Strategy Board (now renamed Innovate UK) ran the first UK-Korea round.",
        "Technology Strategy Board",
        "Innovate UK",
        None,
    ),
    (  # "..., which became ..."
        "In Cyprus the Research Promotion Foundation, which became the Research and Innovation "
        "Foundation in 2019, signed the protocol with Greece.",
        "Research Promotion Foundation",
        "Research and Innovation Foundation",
        None,
    ),
]


@pytest.mark.parametrize(("text", "former", "successor", "acronym"), _PREDECESSORS)
def test_a_predecessor_is_its_own_organisation(
    extract: Extract, text: str, former: str, successor: str, acronym: str | None
) -> None:
    orgs = orgs_by_name(extract(text))
    assert former in orgs, orgs
    assert successor in orgs, orgs
    assert former not in orgs[successor].get("aliases", []), orgs[successor]
    if acronym:
        assert acronym in orgs[former].get("aliases", []), orgs[former]
        assert acronym not in orgs[successor].get("aliases", []), orgs[successor]
    assert not orgs[former].get("ror"), orgs[former]  # (the registry id is the successor's)


def test_a_predecessor_takes_its_country_from_the_registry(extract: Extract) -> None:
    orgs = orgs_by_name(extract(_PREDECESSORS[0][0]))
    assert orgs["Research Promotion Foundation"]["country"] == "CY"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the successor's own clause ("which replaced ..."): the successor stays whole
        (
            "The Research and Innovation Foundation (RIF), which replaced an older body in 2019, funds "
            "Cypriot teams with Greece.",
            "Research and Innovation Foundation",
        ),
        # a person's past tie: "a former <body> adviser"
        ("A former Innovate UK adviser, Dr Jane Roe, chaired the panel with Korea.", "Innovate UK"),
        # the successor alone
        (
            "Taiwan's National Science and Technology Council (NSTC) funds the teams.",
            "National Science and Technology Council",
        ),
    ],
)
def test_no_predecessor_without_a_cue(extract: Extract, text: str, name: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert list(orgs) == [name], orgs
    assert orgs[name].get("ror"), orgs[name]


_DATE_RUN_ONS = [
    ("The Karnataka State Council on Monday announced a grant with Germany.", "Karnataka State Council"),
    (
        "Members of the Norwegian Research Council on Tuesday signed an agreement with Japan.",
        "Norwegian Research Council",
    ),
    (
        "The Indonesian Research Council on February 14 opened a call with India.",
        "Indonesian Research Council",
    ),
    (
        "The Chilean Research Council on Thursday, 5 June, opened a call with Finland.",
        "Chilean Research Council",
    ),
    ("The Ghana Academy Council on 3 May 2025 agreed to work with Brazil.", "Ghana Academy Council"),
]


@pytest.mark.parametrize(("text", "name"), _DATE_RUN_ONS)
def test_a_name_stops_before_on_and_a_date(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text))
    assert name in names, names
    assert not any(" on " in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kenyan Commission on Marine Science met in Mombasa with Norway.",
            "Kenyan Commission on Marine Science",
        ),
        ("The Irish Council on Bioethics on Monday met Japanese experts.", "Irish Council on Bioethics"),
    ],
)
def test_on_and_a_field_stays_in_the_name(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))
