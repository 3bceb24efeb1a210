"""Contact cards whose first line trafilatura drops: on a page with enough paragraph text (three
times its minimum extracted size) it reads no ``<div>`` as a paragraph, so the text that opens a
card (the bold name before the first ``<br>``) is lost while the lines after it are kept. The card
comes back whole, in the page's order, with no line twice; a bold heading that the main text
already shows stays once."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
import trafilatura

from bilat.ingest.readers.html import extract_page, with_div_leads

STORY = """<h1>Eastmark and Norvia fund joint work on coastal wind power</h1>
<p>The innovation agencies of Eastmark and Norvia have opened their third joint call for companies that
develop offshore wind technology together. Each consortium needs at least one company from each country,
and research groups may join as partners of a company.</p>
<p>Funding is granted by each agency to the partners of its own country, under its national rules. The
Eastmark agency can grant up to 600,000 euros per project and the Norvian agency up to 500,000 euros, and
projects run for two to three years from the date of the decision.</p>
<p>Applications go to both agencies by the same deadline, 14 April 2027, with a shared project plan of no
more than twelve pages. A joint panel reviews the plans in May and the agencies decide in June.</p>
<p>Both agencies hold an online briefing for applicants on 3 March 2027 and help companies find partners
in the other country through a matchmaking service open until the end of March.</p>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call on coastal wind power</title></head><body>
<main><article>{story}{heading}<div class="contacts">{cards}</div></article></main></body></html>"""

ROLES = [
    ("Senior Adviser, Energy Systems", "Eastmark Innovation Agency", "mira.holt@eia.example"),
    ("Programme Officer, Offshore Technology", "Norvia Enterprise Office", "jon.aas@neo.example"),
]
NAMES = ["Mira Holt-Lindqvist", "Jon Aas"]


def _card(name_markup: str, role: tuple[str, str, str]) -> str:
    return f'<div class="person">{name_markup}<br>{role[0]}<br>{role[1]}<br>{role[2]}</div>'


def _page(template: str, heading: str = "<h2>Contacts</h2>") -> str:
    cards = "\n".join(
        _card(template.format(name=name), role) for name, role in zip(NAMES, ROLES, strict=True)
    )
    return PAGE.format(story=STORY, heading=heading, cards=cards)


def _card_lines() -> list[str]:
    return [line for name, role in zip(NAMES, ROLES, strict=True) for line in (name, *role)]


def _trafilatura_text(html: str) -> str:
    found = trafilatura.bare_extraction(html, with_metadata=True, include_tables=True)
    assert found is not None
    return str(found.text)


@pytest.mark.parametrize(
    "template",
    [
        "<strong>{name}</strong>",
        "<b>{name}</b>",
        '<span class="name">{name}</span>',
        "{name}",
    ],
)
def test_card_name_dropped_by_trafilatura_comes_back_in_place(template: str) -> None:
    html = _page(template)
    raw = _trafilatura_text(html)
    assert ROLES[0][0] in raw and NAMES[0] not in raw  # the loss this reader mends
    lines = extract_page(html).text.splitlines()
    at = lines.index("Contacts")
    assert lines[at + 1 : at + 1 + len(_card_lines())] == _card_lines()
    for line in _card_lines():
        assert lines.count(line) == 1


def test_heading_name_is_kept_once() -> None:
    """A card whose name is a heading: trafilatura keeps it, and it is not added again."""
    html = _page("<h4>{name}</h4>").replace("</h4><br>", "</h4>")
    lines = extract_page(html).text.splitlines()
    at = lines.index("Contacts")
    assert lines[at + 1 : at + 1 + len(_card_lines())] == _card_lines()
    for line in _card_lines():
        assert lines.count(line) == 1


def test_bold_article_heading_stays_once() -> None:
    """A bold paragraph heading of the article, already shown, is not repeated; the cards under
    it still get their names."""
    html = _page("<strong>{name}</strong>", heading="<p><strong>Contacts</strong></p>")
    assert "Contacts" in _trafilatura_text(html).splitlines()
    lines = extract_page(html).text.splitlines()
    assert lines.count("Contacts") == 1
    assert lines[lines.index("Contacts") + 1] == NAMES[0]


def test_bold_lead_already_shown_is_not_repeated() -> None:
    """A box opening with a bold heading that the main text already shows as a line keeps it once."""
    text = "Key facts\nDeadline 14 April 2027\nBudget 1.1 million euros"
    root = _root(
        "<div><strong>Key facts</strong><br>Deadline 14 April 2027<br>Budget 1.1 million euros</div>"
    )
    assert with_div_leads(root, text) == text


def test_box_whose_other_lines_are_not_kept_is_left_alone() -> None:
    """Only boxes whose other lines the main text shows, as consecutive lines, get their first line."""
    root = _root("<div><b>Jon Aas</b><br>Programme Officer<br>Norvia Enterprise Office</div>")
    text = "Programme Officer\nSome other line\nNorvia Enterprise Office"
    assert with_div_leads(root, text) == text


def test_same_roles_go_to_cards_in_page_order() -> None:
    """Two cards with the same role lines: each name goes before its own card."""
    root = _root(
        "<div><div><b>Mira Holt</b><br>Programme Officer<br>Eastmark Innovation Agency</div>"
        "<div><b>Jon Aas</b><br>Programme Officer<br>Eastmark Innovation Agency</div></div>"
    )
    text = "\n".join(["Contacts", *["Programme Officer", "Eastmark Innovation Agency"] * 2])
    assert with_div_leads(root, text).splitlines() == [
        "Contacts",
        "Mira Holt",
        "Programme Officer",
        "Eastmark Innovation Agency",
        "Jon Aas",
        "Programme Officer",
        "Eastmark Innovation Agency",
    ]


def test_long_opening_text_is_not_a_lead() -> None:
    """A div opening with a paragraph's worth of text is not taken for a card's name."""
    opening = "This paragraph is long enough to be body text rather than a name, " * 3
    root = _root(f"<div>{opening}<br>Norvia Enterprise Office</div>")
    text = "Norvia Enterprise Office"
    assert with_div_leads(root, text) == text


def _root(fragment: str) -> Any:
    return lxml.html.fromstring(f"<html><body>{fragment}</body></html>")
