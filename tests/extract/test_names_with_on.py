"""The word "on" goes on with a name only right after a word that takes a subject ("Working Group on ...",
"Agreement on ..."; the list is `on_heads` in org_heads.yaml), never after any other word ("the
Council of the European Union on the EU side")."""

from __future__ import annotations

import pytest

from bilat.extract.phrases import _extend, name_words, tokens

from .records import Extract, org_names


def phrase(words: str) -> str:
    """The name phrase that starts at the first word of `words` (`tokens`: words and spaces only)."""
    toks = tokens(words, 0, len(words))
    heads, _, connectors = name_words()
    return " ".join(t.text for t in toks[: _extend(toks, 0, heads, connectors)])


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Joint Working Group on Marine Science met", "Joint Working Group on Marine Science"),
        ("Standing Committee on Polar Research said", "Standing Committee on Polar Research"),
        ("Framework Agreement on Space Cooperation was", "Framework Agreement on Space Cooperation"),
        ("Council of the European Union on the EU side", "Council of the European Union"),
        ("Memorandum of Cooperation on the Battery Partnership", "Memorandum of Cooperation"),
        ("Kenya Space Agency on Monday", "Kenya Space Agency"),
    ],
)
def test_on_joins_a_name_only_after_a_head_that_takes_a_subject(words: str, name: str) -> None:
    assert phrase(words) == name


def test_a_working_group_keeps_its_subject(extract: Extract) -> None:
    record = extract(
        "The Chile–Norway Joint Working Group on Ocean Observation met in Santiago on 3 March 2025."
    )
    assert "Chile–Norway Joint Working Group on Ocean Observation" in org_names(record)
