"""The HTML reader parses a page with lxml once, however many of its boxes (definition lists,
tables of labelled rows, contact boxes, a date label, the plain-text fallback) it puts back, and
putting one back does not change the tree that the next one reads."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
import trafilatura

from bilat.ingest.readers.html import extract_page

STORY = """<h1>Lakeland and Norvia open a joint call on river restoration</h1>
<p class="meta">Research news &middot; Last modified: 18-11-2026</p>
<p>The science agencies of Lakeland and Norvia have opened a joint call for research projects on the
restoration of rivers that cross their shared border. Each project needs a partner in both countries
and may run for up to three years, with a budget of up to 400,000 euros on each side.</p>
<p>Projects are assessed by a joint panel of both agencies, which meets twice a year in Eastport.</p>"""

BOXES = """<aside class="facts"><h3>At a glance</h3><dl><dt>Information webinar</dt>
<dd>14 January 2027</dd><dt>Budget per side</dt><dd>up to 400,000 euros</dd></dl></aside>
<aside class="dates"><h3>Key dates</h3><table><tr><th>Full proposals close</th><td>5 March 2027</td></tr>
<tr><th>Decisions</th><td>June 2027</td></tr></table></aside>
<aside class="box"><h3>Contact</h3><p>Dr Ilse Varga<br>Programme Manager,
International Cooperation<br><a href="mailto:ilse.varga@lsa.example">ilse.varga@lsa.example</a>
<br>+45 3344 5566</p></aside>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call on river restoration</title></head><body>
<main><article>{story}</article>{boxes}</main></body></html>"""


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pages that lxml.html.fromstring is given while the test runs."""
    seen: list[str] = []
    parse = lxml.html.fromstring

    def counting(html: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(html)
        return parse(html, *args, **kwargs)

    monkeypatch.setattr(lxml.html, "fromstring", counting)
    return seen


def test_every_box_comes_back_from_one_parse(parses: list[str]) -> None:
    page = extract_page(PAGE.format(story=STORY, boxes=BOXES))
    lines = page.text.splitlines()
    assert "Information webinar \u2013 14 January 2027" in lines
    assert "Full proposals close \u2013 5 March 2027" in lines
    assert "Dr Ilse Varga" in lines and "ilse.varga@lsa.example" in lines
    assert page.published == "2026-11-18"
    assert len(parses) == 1


def test_the_plain_text_of_a_page_without_an_article_comes_from_one_parse(
    parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)  # no article found
    page = extract_page(PAGE.format(story=STORY, boxes=BOXES))
    lines = page.text.splitlines()
    assert lines[:2] == [
        "Joint call on river restoration",
        "Lakeland and Norvia open a joint call on river restoration",
    ]
    assert "Research news \u00b7 Last modified: 18-11-2026" in lines
    assert "Key dates" in lines and "Dr Ilse Varga" in lines
    assert len(parses) == 1


def test_a_page_with_nothing_to_put_back_is_not_parsed_again(parses: list[str]) -> None:
    extract_page(PAGE.format(story=STORY.replace("Last modified: 18-11-2026", ""), boxes=""))
    assert parses == []
