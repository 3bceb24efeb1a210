"""Each input format becomes `SourceDocument`s with text, title, date, language and a stable id."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from bilat.errors import InputError
from bilat.ingest.model import text_id
from bilat.ingest.readers import iter_files, read_path, read_stream


def read_one(path: Path) -> object:
    docs = list(read_path(path))
    assert len(docs) == 1
    return docs[0]


def test_html_keeps_the_article_and_drops_navigation_and_boilerplate(fixtures_dir: Path) -> None:
    doc = read_one(fixtures_dir / "page_with_boilerplate.html")
    assert "letter of intent" in doc.text
    assert "Santiago" in doc.text
    for boilerplate in ("Log in", "About us", "Cookie settings", "All rights reserved", "Related news"):
        assert boilerplate not in doc.text
    assert doc.title == "Finland and Chile agree on polar research exchange"
    assert doc.published == "2025-09-18"
    assert doc.published_source == "metadata"
    assert doc.media_type == "text/html"
    assert doc.language == "en"


def test_markdown_is_kept_as_written_with_its_heading_as_title(fixtures_dir: Path) -> None:
    path = fixtures_dir / "programme_news.md"
    doc = read_one(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == "Portugal and Brazil launch a joint marine biotechnology programme"
    assert doc.media_type == "text/markdown"
    assert doc.name == "programme_news.md"
    assert doc.source == str(path.absolute())


def test_rss_items_become_documents_with_their_link_and_date(fixtures_dir: Path) -> None:
    docs = list(read_path(fixtures_dir / "agency_news.rss"))
    assert [d.source for d in docs] == [
        "https://agency.example.org/news/kenya-germany-call",
        "https://agency.example.org/news/hydrogen-workshop",
    ]
    assert [d.published for d in docs] == ["2024-05-14", "2024-12-02"]
    first = docs[0]
    assert first.title == "Kenya and Germany open call on agricultural data science"
    assert first.text.startswith(first.title)
    assert "agricultural data science is now open" in first.text  # markup of the item removed
    assert "<b>" not in first.text
    assert first.name.startswith("agency_news#1-kenya-and-germany")
    assert len({d.doc_id for d in docs}) == 2


def test_atom_entries_use_published_else_updated_date(fixtures_dir: Path) -> None:
    docs = list(read_path(fixtures_dir / "embassy_updates.atom"))
    assert [d.published for d in docs] == ["2025-02-10", "2024-11-20"]
    assert docs[0].source == "https://embassy.example.net/science/mexico-spain-renewal"
    assert "seismology and water management" in docs[0].text
    assert "twenty ongoing projects" in docs[1].text


def test_pdf_text_of_every_page(pdf_file: Path) -> None:
    doc = read_one(pdf_file)
    assert "Austria and Slovenia" in doc.text  # page 1
    assert "15 January 2026" in doc.text  # page 2
    assert doc.title == "Joint call for proposals on quantum sensing"
    assert doc.media_type == "application/pdf"


def test_latin1_text_is_detected_and_decoded(latin1_file: Path, texts: dict[str, str]) -> None:
    doc = read_one(latin1_file)
    assert doc.text == texts["latin1"]
    assert doc.language == "fr"


def test_utf16_text_is_decoded(utf16_file: Path, texts: dict[str, str]) -> None:
    doc = read_one(utf16_file)
    assert doc.text == texts["utf16"]


def test_utf16_without_byte_order_mark_is_decoded(tmp_path: Path, texts: dict[str, str]) -> None:
    path = tmp_path / "le.txt"
    path.write_bytes(texts["utf16"].encode("utf-16-le"))
    assert read_one(path).text == texts["utf16"]


def test_text_is_nfc_with_unix_line_ends_and_its_id_is_its_hash(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Zürich and Malmö sign an accord.\r\nSecond line.\r\n")
    path = tmp_path / "nfd.txt"
    path.write_bytes(decomposed.encode("utf-8"))
    doc = read_one(path)
    assert doc.text == "Zürich and Malmö sign an accord.\nSecond line.\n"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.doc_id == text_id(doc.text)


def test_the_same_text_gets_the_same_id_wherever_it_is(tmp_path: Path, fixtures_dir: Path) -> None:
    copy = tmp_path / "copy.md"
    copy.write_bytes((fixtures_dir / "programme_news.md").read_bytes())
    assert read_one(copy).doc_id == read_one(fixtures_dir / "programme_news.md").doc_id


def test_seed_documents_keep_the_text_the_scorer_reads(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_one(path)
        assert doc.text == unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        assert doc.language == "en"
        assert doc.name == path.name


def test_stdin_is_read_and_named_by_its_hash() -> None:
    stream = io.BytesIO(b"Norway and Vietnam discuss ocean research cooperation.\n")
    (doc,) = list(read_stream(stream))
    assert doc.source == f"stdin:{doc.doc_id}"
    assert doc.name == f"stdin-{doc.doc_id}.txt"
    assert doc.media_type == "text/plain"


def test_stdin_html_is_recognised_by_its_content(fixtures_dir: Path) -> None:
    stream = io.BytesIO((fixtures_dir / "page_with_boilerplate.html").read_bytes())
    (doc,) = list(read_stream(stream))
    assert doc.media_type == "text/html"
    assert "Cookie settings" not in doc.text


def test_folders_are_walked_recursively_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("deep")
    (tmp_path / "top.md").write_text("top")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["a/b/deep.txt", "top.md"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("nul.txt", b"text with a \x00 NUL byte and more text here", "binary"),
        ("cut.txt", "Coopération".encode()[:5], "truncated"),
        ("slides.pptx", b"PK\x03\x04 zipped", "unsupported"),
        ("data.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", "unsupported"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "PDF"),
        ("nothing.rss", b"<rss version='2.0'><channel><title>x</title></channel></rss>", "no items"),
        ("html_without_text.html", b"<html><body><script>var x = 1;</script></body></html>", "no text"),
    ],
)
def test_bad_input_raises_one_line_naming_the_file(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    message = str(caught.value)
    assert message.startswith(str(path.absolute()))
    assert reason in message
    assert "\n" not in message


def test_oversized_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputError, match="too large"):
        list(read_path(path, max_bytes=100))
    assert list(read_path(path, max_bytes=10_000))


def test_truncated_pdf_is_refused(pdf_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf_file.read_bytes()[:300])
    with pytest.raises(InputError, match="PDF"):
        list(read_path(cut))


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_path(tmp_path / "absent.txt"))


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 science</title></head><body><article>'
        "<p>Researchers from Portugal and Angola met at the caf\xe9 scientifique \u2013 a monthly debate "
        "on marine biology, fisheries and coastal erosion held in Luanda since 2019.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "cp1252.html"
    path.write_bytes(html.encode("cp1252"))
    doc = read_one(path)
    assert "café scientifique – a monthly debate" in doc.text


def test_shift_jis_text_is_detected(tmp_path: Path) -> None:
    text = (
        "日本とスウェーデンは科学技術協力の覚書に署名しました。\n"
        "両国の研究者の交流を進め、量子技術と人工知能の共同研究を支援します。\n"
    )
    path = tmp_path / "sjis.txt"
    path.write_bytes(text.encode("shift_jis"))
    doc = read_one(path)
    assert doc.text == text
    assert doc.language == "ja"


def test_utf8_with_a_stray_legacy_byte_stays_utf8(tmp_path: Path) -> None:
    text = "Zürich, Malmö and Kraków – three cities, one consortium."
    path = tmp_path / "stray.txt"
    path.write_bytes(text.encode() + b" Budget \x80 2 million.\n")  # \x80: the euro sign in cp1252
    doc = read_one(path)
    assert doc.text.startswith(text)
    assert "Budget \ufffd 2 million." in doc.text


def test_an_rss_feed_on_standard_input_gives_one_document_per_item(fixtures_dir: Path) -> None:
    docs = list(read_stream(io.BytesIO((fixtures_dir / "agency_news.rss").read_bytes())))
    assert [d.source for d in docs] == [
        "https://agency.example.org/news/kenya-germany-call",
        "https://agency.example.org/news/hydrogen-workshop",
    ]


def test_feed_item_dates_are_the_local_dates_the_feed_writes(tmp_path: Path) -> None:
    feed = tmp_path / "east.rss"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>East</title>"
        "<item><title>Morning news from Sydney</title><link>https://example.org/a</link>"
        "<pubDate>Mon, 02 Nov 2026 09:00:00 +1100</pubDate>"  # still 1 November in UTC
        "<description>Researchers met in Sydney on Monday morning.</description></item>"
        "</channel></rss>"
    )
    (doc,) = list(read_path(feed))
    assert doc.published == "2026-11-02"


def test_pdf_bullets_and_soft_line_breaks_are_tidied() -> None:
    from bilat.ingest.readers.pdf import tidy_page

    page = "Deadlines\n\x7f\nApplicants submit their proposals\nthrough the portal by 20 January.\nContacts"
    assert tidy_page(page) == (
        "Deadlines\n• Applicants submit their proposals through the portal by 20 January.\nContacts"
    )


def test_feed_items_without_links_are_identified_by_their_guid(tmp_path: Path) -> None:
    feed = tmp_path / "nolinks.rss"
    items = "".join(
        f"<item><title>Note {n}</title><guid isPermaLink='false'>note-{n}</guid>"
        f"<description>Text of note {n} about joint research.</description></item>"
        for n in (7, 8)
    )
    feed.write_text(f"<rss version='2.0'><channel><title>Notes</title>{items}</channel></rss>")
    sources = [doc.source for doc in read_path(feed)]
    assert sources == [f"{feed.absolute()}#note-7", f"{feed.absolute()}#note-8"]


def test_plain_text_titles_skip_site_furniture_and_menus() -> None:
    from bilat.ingest.build import first_line_title

    text = (
        "Skip to main content\nHome | News | Contact | Log in\n\n"
        "Peru and Morocco agree on a joint phosphate research programme\n"
        "Lima, 3 June 2025. The two ministries signed an agreement.\n"
    )
    assert first_line_title(text) == "Peru and Morocco agree on a joint phosphate research programme"
    assert first_line_title("Short note.\n") == "Short note."
    assert first_line_title("x" * 500) is None
