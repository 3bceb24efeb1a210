"""Key-dates boxes: a definition list that boilerplate removal dropped comes back, one line per
term and value, after its heading; one the main text already has is not repeated."""

from __future__ import annotations

import pytest

from bilat.ingest.readers.html import extract_page

ARTICLE = """<p>The two research councils invite joint proposals on coastal climate adaptation. Each
project must have one partner in each country, and both partners submit the same description to
their own council. Projects may last up to three years and must include a researcher exchange.</p>
<p>Proposals are assessed separately by both councils and ranked by a joint panel.</p>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call</title></head><body>
<header><nav><a href="/">Home</a></nav><dl><dt>Menu</dt><dd>Funding</dd></dl></header>
<main><article><h1>Joint call on coastal adaptation</h1>{inside}{article}</article>
{box}</main><footer><p>Research Council</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("box", "line"),
    [
        (
            '<aside class="key-dates"><h2>Important dates</h2><dl><dt>Information webinar</dt>'
            "<dd>14 January 2027, 10:00 CET (online)</dd><dt>Deadline</dt><dd>3 March 2027</dd></dl></aside>",
            "Information webinar \u2013 14 January 2027, 10:00 CET (online)",
        ),
        (
            '<div class="sidebar"><h3>At a glance</h3><dl><dt>Closing date</dt><dd>5 May 2026</dd>'
            "<dt>Budget</dt><dd>EUR 2 million</dd></dl></div>",
            "Closing date \u2013 5 May 2026",
        ),
        (
            "<section><h2>Timeline</h2><dl><dt>Matchmaking day</dt><dd>19 November 2026, Saarbrücken</dd>"
            "</dl></section>",
            "Matchmaking day \u2013 19 November 2026, Saarbrücken",
        ),
    ],
)
def test_a_key_dates_box_beside_the_article_is_kept(box: str, line: str) -> None:
    text = extract_page(PAGE.format(inside="", article=ARTICLE, box=box)).text
    assert line in text.splitlines()
    assert "Menu" not in text  # page furniture stays out


def test_the_boxes_heading_comes_before_its_lines() -> None:
    box = "<aside><h2>Key dates</h2><dl><dt>Call opens</dt><dd>15 December 2026</dd></dl></aside>"
    lines = extract_page(PAGE.format(inside="", article=ARTICLE, box=box)).text.splitlines()
    assert lines.index("Key dates") < lines.index("Call opens \u2013 15 December 2026")


def test_a_list_the_main_text_already_has_is_not_repeated() -> None:
    inside = "<dl><dt>Publication date</dt><dd>1 October 2026</dd><dt>Status</dt><dd>Open call</dd></dl>"
    text = extract_page(PAGE.format(inside=inside, article=ARTICLE, box="")).text
    assert text.count("1 October 2026") == 1
