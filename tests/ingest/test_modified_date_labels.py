"""A page's own date given by a "last modified" or "last updated" label, in the text or in a meta
line under the title that boilerplate removal leaves out."""

from __future__ import annotations

import pytest

from bilat.ingest.published import labelled_date
from bilat.ingest.readers.html import extract_page
from bilat.temporal import document_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Page last modified: 18-11-2026", "2026-11-18"),
        ("Last modified on 4 June 2024", "2024-06-04"),
        ("Last revised: 2 March 2025", "2025-03-02"),
        ("Last update: 09/10/2025", "2025-10-09"),
        ("Date modified: 2025-01-02", "2025-01-02"),
        ("Modification date - 7 July 2023", "2023-07-07"),
    ],
)
def test_a_modified_label_dates_the_text(line: str, iso: str) -> None:
    text = f"Research news\n{line}\n\nThe two councils opened a joint call in 2019."
    assert document_date(text) == iso
    assert labelled_date(text) == iso


def test_a_date_without_a_label_is_not_a_labelled_date() -> None:
    assert labelled_date("Research news\n\nThe council met on 3 May 2024 in Oslo.") is None


_PAGE = """<html><head><title>Open calls</title></head><body>
<header><a href="/">University</a><nav><ul><li><a href="/a">Education</a></li></ul></nav></header>
<main><article><h1>Open joint calls with Chile</h1>
<p class="meta">International Office &middot; {label} 18-11-2026</p>
<p>Two bilateral calls for research consortia are open to our scientists. Both are co-funded by the
national research council together with a partner funder in South America, and both require a main
applicant in each country. The International Office can review a draft proposal three weeks before
the deadline.</p>
<p>The first call supports projects on glacier monitoring and water management in the Andes.</p>
</article></main></body></html>"""


@pytest.mark.parametrize("label", ["Page last modified:", "Last updated:", "Published:"])
def test_a_meta_line_left_out_of_the_main_text_still_dates_the_page(label: str) -> None:
    assert extract_page(_PAGE.format(label=label)).published == "2026-11-18"


def test_a_page_without_a_label_gets_no_date() -> None:
    assert (
        extract_page(_PAGE.format(label="Contact:").replace("18-11-2026", "iro@example.org")).published
        is None
    )
