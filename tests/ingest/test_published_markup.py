"""HTML pages keep the date their markup states, even one after the machine's clock."""

from __future__ import annotations

import pytest

from bilat.ingest.readers.html import extract_page

PAGE = """<!DOCTYPE html><html><head><title>Joint call</title>{head}</head>
<body><main><article><h1>Joint call opens</h1>{body}
<p>The two agencies invite joint proposals on tropical agriculture, with up to three years of funding
for each team, and will hold an information session for applicants before the deadline.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta name="date" content="2099-03-04">', "", "2099-03-04"),
        ('<meta property="article:published_time" content="2098-12-03T10:00:00-05:00">', "", "2098-12-03"),
        ("", '<p>Release date: <time datetime="2097-06-30">June 30, 2097</time></p>', "2097-06-30"),
        ('<meta name="date" content="2019-05-14">', "", "2019-05-14"),
    ],
)
def test_a_page_keeps_the_date_its_markup_states(head: str, body: str, expected: str) -> None:
    assert extract_page(PAGE.format(head=head, body=body)).published == expected
