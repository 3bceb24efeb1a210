"""HTML pages: the main text without navigation or boilerplate (trafilatura), title and date."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from bilat.errors import InputError
from bilat.ingest.build import build_document
from bilat.ingest.decode import decode_bytes
from bilat.ingest.model import SourceDocument
from bilat.ingest.published import date_from_text, iso_from_metadata, labelled_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # we report problems ourselves, in one line
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# Only dates that the page's markup states (meta tags, time elements, JSON-LD): no guessing from text.
# No upper bound from the machine's clock: a page dated after today (an embargoed release, a corpus
# read on an older machine) keeps the date its markup states.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
)
_DROP = ("script", "style", "noscript", "template", "nav", "svg", "iframe", "form")


@dataclass(frozen=True)
class Page:
    """What an HTML page yields: main text, title and published date (any may be missing)."""

    text: str
    title: str | None
    published: str | None


def read_html(data: bytes, *, source: str, name: str, media_type: str) -> SourceDocument:
    """A document from the bytes of an .html file."""
    page = extract_page(decode_html(data))
    return build_document(
        source=source,
        name=name,
        text=page.text,
        media_type=media_type,
        title=page.title,
        published=page.published,
    )


def decode_html(data: bytes) -> str:
    """The markup as text, honouring a ``<meta charset>`` declaration when detection needs one."""
    declared = _META_CHARSET.search(data[:4096])
    return decode_bytes(data, declared=declared.group(1).decode("ascii") if declared else None)


def extract_page(html: str) -> Page:
    """The main text, title and metadata date of a page; plain text of the body when no article is found."""
    try:
        found = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"malformed HTML ({exc})") from exc
    meta = _as_dict(found)
    text = str(meta.get("text") or "").strip()
    if not text:
        text = html_to_text(html)
    else:
        if "<dl" in html:
            text += definition_lists(html, text)
        if "<th" in html:
            text = with_row_tables(html, text)
    if not text:
        raise InputError("no text found in the HTML")
    published = iso_from_metadata(meta.get("date")) or _label_date(html, text)
    return Page(text=text, title=meta.get("title") or None, published=published)


# Words of a publication label ("Page last modified: 18-11-2026"): a quick test before reading the page.
_LABEL_HINT = re.compile(r"(?i)\b(?:published|posted|updated|modified|revised|publication\s+date)\b")


def _label_date(html: str, text: str) -> str | None:
    """The date of a publication label that boilerplate removal left out of the main text (a
    "meta" line under the title), when neither the metadata nor the main text dates the page."""
    if not _LABEL_HINT.search(html) or date_from_text(text) is not None:
        return None
    return labelled_date(html_to_text(html))


# Where a definition list is page furniture, not content.
_FURNITURE = ("nav", "header", "footer", "form")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Between a term and its value ("Information webinar – 14 January 2027"): only white space and a
# dash, so the line still aligns with the file's text word by word.
_TERM_SEPARATOR = " \u2013 "


def definition_lists(html: str, text: str) -> str:
    """Lines for the definition lists (``<dl>``: "key dates", "at a glance" boxes) that the main
    text left out, each term and its value on one line after the list's heading; "" when none.

    A page's facts box often stands beside the article, in an ``<aside>`` that boilerplate removal
    drops, yet it states the deadline and the dates of information sessions.
    """
    root = _parsed(html)
    if root is None:
        return ""
    seen = " ".join(text.split())
    blocks = []
    for dl in root.iter("dl"):
        if any(ancestor.tag in _FURNITURE for ancestor in dl.iterancestors()):
            continue
        lines = _term_lines(dl)
        if lines and not all(value in seen for _, value in lines):
            heading = _heading_before(dl)
            rows = [f"{term}{_TERM_SEPARATOR}{value}" if term else value for term, value in lines]
            blocks.append("\n".join(([heading] if heading and heading not in seen else []) + rows))
    return "".join("\n" + block for block in blocks)


def with_row_tables(html: str, text: str) -> str:
    """The main text with lines for the tables of labelled rows (a "key dates" box: ``<th>Full
    proposals close</th><td>5 March</td>``) that it left out: each label and its value on one line,
    after the table's heading, as for definition lists. Each block goes where its table stands on
    the page (after the line of the main text that the page shows last before it), so that the text
    keeps the page's order; at the end when that place is not found."""
    root = _parsed(html)
    if root is None:
        return text
    seen = " ".join(text.split())
    for table in root.iter("table"):
        if any(ancestor.tag in _FURNITURE for ancestor in table.iterancestors()):
            continue
        lines = _row_lines(table)
        if not lines or all(value in seen for _, value in lines):
            continue
        heading = _heading_before(table)
        rows = [f"{term}{_TERM_SEPARATOR}{value}" for term, value in lines]
        block = "\n".join(([heading] if heading and heading not in seen else []) + rows)
        at = _place_after(table, text)
        text = f"{text[:at]}\n{block}{text[at:]}" if at is not None else f"{text}\n{block}"
    return text


_ANCHOR = 40  # how many characters of the text shown before a table locate it in the main text
_MIN_ANCHOR = 12  # fewer characters than this may stand anywhere: no place is told by them
_ANCHOR_TRIES = 3  # how many elements shown before a table (but left out of the main text) are passed


def _place_after(element: Any, text: str) -> int | None:
    """The end of the line of `text` that holds the last words shown before `element` on the page
    (the paragraph before its box), or None when none is found there."""
    node, tries = element, _ANCHOR_TRIES
    while node is not None and tries > 0:
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or sibling.tag in _DROP:
                continue
            shown = " ".join(sibling.text_content().split())[-_ANCHOR:]
            if not shown:
                continue
            found = text.find(shown) if len(shown) >= _MIN_ANCHOR else -1
            if found >= 0:
                end = text.find("\n", found + len(shown))
                return len(text) if end < 0 else end
            tries -= 1  # shown but left out of the main text (the box's own heading): look further back
            if tries == 0:
                return None
        node = node.getparent()
    return None


def _row_lines(table: Any) -> list[tuple[str, str]]:
    """(label, value) of each row of a table whose rows are one ``<th>`` then one ``<td>``; none
    when some row is otherwise (a data table with columns, not a box of labelled facts)."""
    lines = []
    for row in table.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
            return []
        term, value = (" ".join(c.text_content().split()) for c in cells)
        if term and value:
            lines.append((term, value))
    return lines


def _term_lines(dl: Any) -> list[tuple[str, str]]:
    """(term, value) of each ``<dd>`` of a definition list, its nearest ``<dt>`` before it."""
    term, lines = "", []
    for child in dl:
        tag = child.tag if isinstance(child.tag, str) else ""
        content = " ".join(child.text_content().split())
        if tag == "dt":
            term = content
        elif tag == "dd" and content:
            lines.append((term, content))
    return lines


def _heading_before(element: Any) -> str:
    """The heading that introduces an element within its parent ("Important dates"), if any."""
    for sibling in element.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and sibling.tag in _HEADINGS:
            return " ".join(sibling.text_content().split())
    return ""


def _as_dict(found: Any) -> dict[str, Any]:
    if found is None:
        return {}
    if isinstance(found, dict):
        return found
    return dict(found.as_dict()) if hasattr(found, "as_dict") else {}


def _parsed(html: str) -> Any | None:
    """The element tree of an HTML page or fragment (its XML declaration dropped), None when lxml
    cannot read it."""
    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Readable text of an HTML fragment or page: block elements become lines, scripts are dropped."""
    root = _parsed(html)
    if root is None:
        return html.strip() if "<" not in html else ""
    for element in list(root.iter(*_DROP)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line).strip()
