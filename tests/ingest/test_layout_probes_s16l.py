"""Round 16l layout probes for the readers: line breaks inside HTML table cells (one party, or a
person's name over their title, a line), a PDF's words hyphenated at a line's end and its page
marks ("Page 2 of 5"), and a publication label in Markdown emphasis ("**Date:** 12 March 2026")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.ingest.readers.html import cell_breaks, extract_page
from bilat.ingest.readers.pdf import tidy_page
from bilat.temporal import document_date

_PAGE = (
    "<html><head><title>T</title></head><body><article><h1>Kenya and Brazil sign instruments</h1>"
    "<p>Nairobi, 14 March 2026 – Kenya and Brazil today signed three instruments on research "
    "cooperation during the visit of the Brazilian delegation to Nairobi.</p>"
    "<table><tr><th>Instrument</th><th>Signatories</th></tr>"
    "<tr><td>Letter of Intent on Space Science</td><td>{cell}</td></tr></table>"
    "<p>The two sides agreed to meet again in Brasília in October 2026.</p></article></body></html>"
)

# (a signatories cell, what the main text shows of it)
CELLS = [
    (
        "Kenya Space Agency<br>Brazilian Space Agency (AEB)",
        "Kenya Space Agency; Brazilian Space Agency (AEB)",
    ),
    (
        "Ezekiel Machogu, Cabinet Secretary<br>Luciana Santos, Minister of Science",
        "Ezekiel Machogu, Cabinet Secretary; Luciana Santos, Minister of Science",
    ),
    (
        "Hon Dr Shane Reti<br>Minister of Science<br>New Zealand",
        "Hon Dr Shane Reti, Minister of Science, New Zealand",
    ),
    (
        "Tran Thi Ha<br>Director General<br>International Department",
        "Tran Thi Ha, Director General, International Department",
    ),
    ("14 March<br>2026", "14 March 2026"),
    ("Agency for Research and<br>Innovation", "Agency for Research and Innovation"),
]


@pytest.mark.parametrize(("cell", "shown"), CELLS)
def test_line_breaks_in_table_cells_stay_apart(cell: str, shown: str) -> None:
    assert shown in extract_page(_PAGE.format(cell=cell)).text


def test_cell_breaks_leave_breaks_outside_cells_and_pages_without_them() -> None:
    page = "<p>Dr Prue Williams<br>General Manager</p><table><tr><td>A</td></tr></table>"
    assert cell_breaks(page) == page
    assert cell_breaks("<p>no table<br>here</p>") == "<p>no table<br>here</p>"


# (a PDF page's text, the text tidied)
PDF_PAGES = [
    (
        "the Joint Working Group on Science, Tech-\nnology and Innovation",
        "the Joint Working Group on Science, Technology and Innovation",
    ),
    (
        "today inaugurated the Sino-\nEgyptian Joint Laboratory",
        "today inaugurated the Sino-Egyptian Joint Laboratory",
    ),
    (
        "First paragraph ends here.\nPage 2 of 5\nSecond paragraph.",
        "First paragraph ends here.\nSecond paragraph.",
    ),
    ("First paragraph ends here.\n- 3 -\nSecond paragraph.", "First paragraph ends here.\nSecond paragraph."),
    ("Budget 2026 -\n2028 plan", "Budget 2026 -\n2028 plan"),
]


@pytest.mark.parametrize(("page", "tidied"), PDF_PAGES)
def test_pdf_hyphenated_words_and_page_marks(page: str, tidied: str) -> None:
    assert tidy_page(page) == tidied


# (a Markdown head, the document's date)
LABELS = [
    ("# Mexico–Chile Joint Commission\n\n**Date:** 12 March 2026\n**Venue:** Santiago\n", "2026-03-12"),
    ("# Title\n\n- **Published:** 3 May 2026\n- **Venue:** Accra\n", "2026-05-03"),
    ("# Title\n\n__Date__: 4 June 2026\n", "2026-06-04"),
    ("# Title\n\n*Date*: 5 July 2026\n", "2026-07-05"),
    ("# Title\n\n**Deadline:** 12 March 2026\n", None),
]


@pytest.mark.parametrize(("head", "date"), LABELS)
def test_publication_labels_in_markdown_emphasis(head: str, date: str | None) -> None:
    assert document_date(head) == date


@pytest.mark.parametrize(("cell", "name"), [(CELLS[0][0], "Kenya Space Agency"), (CELLS[2][0], "Shane Reti")])
def test_names_before_a_cell_separator_are_grounded_in_the_file(tmp_path: Path, cell: str, name: str) -> None:
    from bilat.extract import get_extractor
    from bilat.extract.documents import iter_documents

    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(cell=cell), encoding="utf-8")
    (document,) = iter_documents([page])
    assert not isinstance(document, Exception)
    data = document.record_dict(get_extractor().extract(document.text, name=document.name))
    items = [item for field in ("organizations", "people") for item in data[field] if item["name"] == name]
    assert items, data
    shown = [document.file_text[e["start"] : e["end"]] for e in items[0]["evidence"]]
    assert name in shown


# (a figure's caption, which the main text should show)
CAPTIONS = [
    "Ambassador Pascal Fellay (centre) with Prof. Banchong Mahaisavariya, President of Mahidol University.",
    "Minister Aisén Etcheverry and Minister Mauro Vieira after the signing in Santiago on 4 May 2026.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_figure_captions_are_kept(caption: str) -> None:
    page = (
        "<html><body><article><h1>Chile and Brazil sign a research agreement</h1>"
        "<p>Santiago, 4 May 2026 – Chile and Brazil signed an agreement on scientific cooperation in "
        "astronomy and marine research today, opening a joint call for 2027.</p>"
        f"<figure><img src='x.jpg' alt='photo'><figcaption>{caption}</figcaption></figure>"
        "<p>The agreement covers exchanges of researchers between the two countries' universities.</p>"
        "</article></body></html>"
    )
    text = extract_page(page).text
    assert caption in text
    assert text.index("opening a joint call") < text.index(caption)
