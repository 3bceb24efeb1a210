"""Programme frames, cross-set round: a name that closes a sentence's opening "Under ..." phrase,
and an acronym's long form after "under its" / "through the", are schemes unless their head makes
them a law, a text, a body or a post. All sentences are our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FRONTED_UNDER = [  # "Under (the) (new) NAME," or "Under NAME we ...": the scheme the sentence acts in
    (
        "Under the new Coral Reef Student Exchange, eight students from Fiji will spend a term in Perth.",
        "Coral Reef Student Exchange",
    ),
    (
        "Under the Andes Young Researchers Exchange, five Peruvian and four Swiss postdocs visit labs.",
        "Andes Young Researchers Exchange",
    ),
    (
        "2.3 Under the Baltic Early Career Exchange, three Latvian scientists spent a month in Oslo.",
        "Baltic Early Career Exchange",
    ),
    (
        "The minister was clear. Under Feeding Our Cities we want every farmer to reach a market.",
        "Feeding Our Cities",
    ),
    (
        "<p>Under the recently launched Sahel Water Futures Window, both sides will co-fund wells.</p>",
        "Sahel Water Futures Window",
    ),
    (
        "Under its Green Corridors Accelerator, they will mentor twenty firms from Kenya and Finland.",
        "Green Corridors Accelerator",
    ),
]


@pytest.mark.parametrize(("text", "name"), FRONTED_UNDER)
def test_name_closing_an_opening_under_phrase(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_FRONTED_SCHEMES = [  # laws, texts, terms of office, posts, bodies and mid-sentence "under"
    ("Under the Open Research Licence, anyone may reuse the data.", "Open Research Licence"),
    ("Under the Lisbon Accord, both sides share their ship time.", "Lisbon Accord"),
    ("Under the Danish Presidency, the Council adopted new rules.", "Danish Presidency"),
    ("Under Article 4, the parties exchange annual reports.", "Article 4"),
    (
        "Under Secretary of State for Trade Jane Moss, the talks resumed.",
        "Secretary of State for Trade Jane Moss",
    ),
    ("Under the Ministry of Health and Welfare, a new office opened.", "Ministry of Health and Welfare"),
    (
        "Under the Framework Agreement on Marine Science, the parties meet yearly.",
        "Framework Agreement on Marine Science",
    ),
    ("Both sides met under the Grand Hall Roof, and we agreed on a plan.", "Grand Hall Roof"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FRONTED_SCHEMES)
def test_law_text_post_or_body_after_under_is_no_scheme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


UNDER_ACRONYM = [  # "under its / through the LONG FORM (ACR)": a scheme with an acronym
    ("Chile will double its output under its National Lithium Strategy (NALIS), adopted in 2023.", "NALIS"),
    ("Tanzania will raise yields, including through the Alliance for Green Rice Growth (AGRG).", "AGRG"),
    ("The firms apply under the Digital Skills Compact (DISKO) of both governments.", "DISKO"),
]


@pytest.mark.parametrize(("text", "name"), UNDER_ACRONYM)
def test_acronym_long_form_after_under_its(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_UNDER_ACRONYM = [  # bodies and laws after "under"/"through"
    ("The grant is paid through the Kenya Marine Fisheries Research Institute (KMFRI).", "KMFRI"),
    ("Data are shared under the General Data Protection Regulation (GDPR).", "GDPR"),
    ("The visits are organised through the East Asian Summit Secretariat (EASS).", "EASS"),
]


@pytest.mark.parametrize(("text", "name"), NOT_UNDER_ACRONYM)
def test_body_or_law_after_under_its_is_no_scheme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))
