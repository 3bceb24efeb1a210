"""Programmes, cross-set round 13b. Two classes, all sentences our own:

1. A known programme's short alias ("Vision 2040" of a known
national vision, "Joint Programming Initiative", "Excellence Initiative") that ends a longer
capitalised name names that other programme, not the known one; the longer name is found instead.
Title-case words only count when they are no sentence opener, title, country or demonym, nor a word
of the known name or of its funder.
2. A person's post and its portfolio ("Associate Director for International Partnerships", "Director:
   Bilateral Agreements and Partnerships") names no programme: the title may be the last words before
   "for"/"of" (a qualifier such as "Associate" or "Senior" before it), or stand before a colon, comma
   or dash that opens the name."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

LONGER_NAME = [  # (text, the longer name found, the known name that must not be found)
    (
        "Oman and Japan agreed to cooperate. The Blue Horizon Vision 2040 sets targets for marine "
        "research in both countries.",
        "Blue Horizon Vision 2040",
        "Oman Vision 2040",
    ),
    (
        "Scientists from Muscat and Osaka presented the Coastal Cities Vision 2040 at the forum.",
        "Coastal Cities Vision 2040",
        "Oman Vision 2040",
    ),
    (
        "Teams in Norway and Spain joined the Ocean Health Joint Programming Initiative last year.",
        "Ocean Health Joint Programming Initiative",
        "Joint Programming Initiatives",
    ),
    (
        "Brazil and Germany discussed the Amazon Research Excellence Initiative, which starts in 2027.",
        "Amazon Research Excellence Initiative",
        "Excellence Strategy",
    ),
]


@pytest.mark.parametrize(("text", "longer", "known"), LONGER_NAME)
def test_alias_inside_a_longer_name_finds_the_longer_name(
    extract: Extract, text: str, longer: str, known: str
) -> None:
    names = programme_names(extract(text))
    assert longer in names
    assert known not in names


KEEPS_KNOWN = [  # negative cases: the words before the alias are no part of another name
    ("Oman and Japan agreed to cooperate in line with Vision 2040 and the marine plan.", "Oman Vision 2040"),
    (
        "Oman and Japan agreed to cooperate. Under Vision 2040, Oman will fund marine research.",
        "Oman Vision 2040",
    ),
    ("Oman and Japan agreed to cooperate. The Omani Vision 2040 guides the marine plan.", "Oman Vision 2040"),
    (
        "Scientists from Osaka will visit Muscat. Through Vision 2040 both sides will fund ten projects.",
        "Oman Vision 2040",
    ),
    (
        "Each Moonshot Program team will include a partner in Korea.",
        "Moonshot Research and Development Program",
    ),
    (
        "Funding comes from the Royal Society International Exchanges Scheme for two years.",
        "Royal Society International Exchanges",
    ),
]


@pytest.mark.parametrize(("text", "known"), KEEPS_KNOWN)
def test_alias_after_an_opener_or_a_country_keeps_the_known_programme(
    extract: Extract, text: str, known: str
) -> None:
    assert known in programme_names(extract(text))


AFTER_A_POST = [  # (text, the post's portfolio that names no programme)
    (
        "Contacts:\n- NRF: Ms Lindiwe Dube, Director: Bilateral Agreements and Partnerships, "
        "lindiwe@example.org\n",
        "Bilateral Agreements and Partnerships",
    ),
    (
        '"We are ready," said Dr Ann Lee, UKRI Associate Director for International Partnerships.',
        "Associate Director for International Partnerships",
    ),
    (
        "Dr Kenji Ito, Senior Director for Global Research Partnerships, opened the call for Thailand.",
        "Senior Director for Global Research Partnerships",
    ),
    (
        "Enquiries: Mr Paulo Reis, Deputy Director – Strategic Science Partnerships (FCT).",
        "Strategic Science Partnerships",
    ),
]


@pytest.mark.parametrize(("text", "post"), AFTER_A_POST)
def test_a_posts_portfolio_is_no_programme(extract: Extract, text: str, post: str) -> None:
    assert not {n for n in programme_names(extract(text)) if post in n}


NOT_A_POST = [  # negative cases: no title before the colon, or a programme named after the post
    (
        "Funding line: Ocean Data Partnership Programme, open to Chilean and Korean teams.",
        "Ocean Data Partnership Programme",
    ),
    (
        "Ms Rosa Lima, Director, said the Blue Carbon Partnership Programme will fund ten teams.",
        "Blue Carbon Partnership Programme",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_A_POST)
def test_a_programme_after_a_colon_is_still_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))
