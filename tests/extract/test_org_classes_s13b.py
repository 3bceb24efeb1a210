"""Round 13b organisation class: a joint body named in full with its topic ("the Kenya-Finland Joint
Working Group on Water Research") and later by its opening alone, without the topic ("the Joint
Working Group", "the Trilateral Task Group", "the Joint Commission"): one organisation, the short
name its alias, not a second body. Sentences of our own."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.components.organizations import _head_before_topic


def _orgs(text: str) -> dict[str, set[str]]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {o["name"]: set(o.get("aliases") or []) for o in record["organizations"]}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Kenya and Finland agreed to set up the Kenya-Finland Joint Working Group on Water Research."
            " The Joint Working Group will meet in Nairobi in May 2027 to review projects.",
            "Kenya-Finland Joint Working Group on Water Research",
            "Joint Working Group",
        ),
        (
            "Officials of Peru and Korea met at the ninth session of the Peru–Korea Joint Commission for"
            " Scientific Cooperation in Lima. At its close, the Joint Commission adopted a work plan.",
            "Peru–Korea Joint Commission for Scientific Cooperation",
            "Joint Commission",
        ),
        (
            "Brazil, India and South Africa launched the Trilateral Working Group on Ocean Observation in"
            " March. Experts said the Trilateral Working Group would publish its first report in 2027.",
            "Trilateral Working Group on Ocean Observation",
            "Trilateral Working Group",
        ),
        (
            "Canada and Chile renewed the Canada-Chile Joint Council on Polar Science. According to the"
            " agreement, the Joint Council reports to both ministers every year.",
            "Canada-Chile Joint Council on Polar Science",
            "Joint Council",
        ),
    ],
)
def test_short_name_of_a_joint_body_is_its_alias(text: str, full: str, short: str) -> None:
    orgs = _orgs(text)
    assert full in orgs
    assert short in orgs[full]
    assert short not in orgs


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("Kenya-Finland Joint Working Group on Water Research", "kenya finland joint working group"),
        ("Trilateral Working Group for Critical Technologies", "trilateral working group"),
        ("Peru–Korea Joint Commission of Experts", "peru korea joint commission"),
        # no topic after the kind, or no kind before the topic: no opening to fold into
        ("Kenya-Finland Joint Working Group", None),
        ("Centre for Water Research", None),
        ("National Research Council of Italy", "national research council"),
    ],
)
def test_head_before_topic(name: str, opening: str | None) -> None:
    assert _head_before_topic(name) == opening


def test_two_bodies_that_fit_keep_the_short_name_apart() -> None:
    # "the Working Group" could be either body: it is folded into neither.
    text = (
        "Ghana and Norway set up the Ghana-Norway Joint Working Group on Fisheries and the Ghana-Norway"
        " Joint Working Group on Energy Research in 2026. The Joint Working Group met once."
    )
    orgs = _orgs(text)
    for full in (
        "Ghana-Norway Joint Working Group on Fisheries",
        "Ghana-Norway Joint Working Group on Energy Research",
    ):
        if full in orgs:
            assert "Joint Working Group" not in orgs[full]
