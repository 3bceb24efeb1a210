"""A role title, then "of"/"for" and a field ending in a programme word, is a person's post, not a
programme: "Vice President for Research Programmes", "Director of Asia-Pacific Programmes".
Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

POSTS = [
    "Dr. Amal Haddad, Vice President for Research Programmes at the national research agency, "
    "opened the forum with the UK in Riyadh on 2 May 2026.",
    "Saudi Arabia and the UK met in London. The Director of Asia-Pacific Programmes at the council, "
    "John Smith, spoke on 2 May 2026.",
    "Chile and Japan met in Santiago on 4 June 2026; the Head of International Programmes, Ana Soto, "
    "presented the plan.",
]


@pytest.mark.parametrize("text", POSTS, ids=[t[:30] for t in POSTS])
def test_a_post_over_programmes_is_no_programme(extract: Extract, text: str) -> None:
    assert extract(text)["programs"] == []


def test_a_programme_named_for_its_field_stays(extract: Extract) -> None:
    text = "Japan and Kenya launched the Programme for Research on Drylands in 2026."
    assert [p["name"] for p in extract(text)["programs"]] == ["Programme for Research on Drylands"]
