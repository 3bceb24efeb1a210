"""HTML pages: the main text without navigation or boilerplate (trafilatura), title and date."""

from __future__ import annotations

import copy
import difflib
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import lxml.html
import trafilatura
import yaml
from lxml import etree

from bilat.errors import InputError
from bilat.ingest.build import build_document
from bilat.ingest.decode import decode_bytes
from bilat.ingest.file_offsets import MIN_MOVED_LINE
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
    meta = _as_dict(_bare_extraction(html, favor_recall=False))
    text = str(meta.get("text") or "").strip()
    tree = _PageTree(html)
    if not text:
        text = tree.text()
    else:
        if _INNER_BLOCK_HINT.search(html) and _missing_inside(tree.root(), text):
            recalled = _as_dict(_bare_extraction(html, favor_recall=True))
            text = with_recall_blocks(text, str(recalled.get("text") or ""))
        if "<div" in html:
            text = with_div_leads(tree.root(), text)
        if "<dl" in html:
            text += definition_lists(tree.root(), text)
        if "<th" in html:
            text = with_row_tables(tree.root(), text)
        if "<figcaption" in html:
            text = with_captions(tree.root(), text)
        if _contact_hint(html, _contact_cues()):
            text = contact_blocks(tree.root(), text)
        if _PUBLISHER_HINT.search(html):
            text = publisher_lines(tree.root(), text, html)
    if not text:
        raise InputError("no text found in the HTML")
    published = iso_from_metadata(meta.get("date")) or _label_date(html, text, tree)
    return Page(text=text, title=meta.get("title") or None, published=published)


def _bare_extraction(html: str, *, favor_recall: bool) -> Any:
    """trafilatura's reading of a page: its main text and, in the default (precision) pass, its
    metadata; `favor_recall` keeps more blocks (see `with_recall_blocks`)."""
    try:
        return trafilatura.bare_extraction(
            cell_breaks(html),
            with_metadata=not favor_recall,
            include_comments=False,
            include_tables=True,
            favor_recall=favor_recall,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"malformed HTML ({exc})") from exc


# The tags that open or close a table cell, and line breaks (`cell_breaks`).
_CELL_TOKEN = re.compile(r"<(/?)(td|th|tr|table)\b[^>]*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_OPEN_ENDS = frozenset(",;:(/-–—&")
# A line that ends on a word joining it to the next: a name wrapped in its cell.
_JOINER_END = re.compile(r"(?i)(?<!\w)(?:and|or|of|the|for|in|on|to|at|de|del|la|y|et|und|für)$")


_BREAK_TAG = re.compile(r"<br", re.IGNORECASE)
_CELL_TAG = re.compile(r"<t[dh]", re.IGNORECASE)


def cell_breaks(html: str) -> str:
    """The page with the line breaks inside table cells marked by a separator, which the main
    text would otherwise lose: trafilatura joins a cell's lines with a space, so a cell that lists
    one party a line (``Kenya Space Agency<br>Brazilian Space Agency``) or a person over their
    title (``Jane Roe<br>Director General<br>Agency``) reads as one name. Lines of one person's
    card (the line before or after the break starts with a role word of `data/contact_cues.yaml`:
    "Director", "Deputy Minister") are joined by ","; other lines, which list parties or people
    ("Name, title"), by ";" (a comma would join two bodies into one name, as in "Ministry of
    Science, Technology"). None after a line that ends open (a comma, "&", a dash, "and", "of") or before one
    that starts in lower case or with a digit (a wrapped phrase, "12 March<br>2026")."""
    if _BREAK_TAG.search(html) is None or _CELL_TAG.search(html) is None:
        return html
    parts: list[str] = []
    last, cell_start, breaks = 0, -1, []  # breaks: the <br> tags of the open cell
    for match in _CELL_TOKEN.finditer(html):
        if match.group(2) is None:
            if cell_start >= 0:
                breaks.append(match)
            continue
        if cell_start >= 0 and breaks:
            last = _mark_cell(html, cell_start, match.start(), breaks, parts, last)
        breaks = []
        closing = match.group(1) == "/" or match.group(2).lower() in ("tr", "table")
        cell_start = -1 if closing else match.end()
    parts.append(html[last:])
    return "".join(parts)


def _mark_cell(
    html: str, start: int, end: int, breaks: list[re.Match[str]], parts: list[str], last: int
) -> int:
    """Add to `parts` the markup from `last` up to the last line break of one cell (`start`..`end`),
    each break marked as `cell_breaks` says; the new `last`."""
    bounds = [start, *(b.start() for b in breaks), end]
    lines = [" ".join(_TAG.sub(" ", html[bounds[i] : bounds[i + 1]]).split()) for i in range(len(bounds) - 1)]
    role = _contact_cues().role_start
    for index, br in enumerate(breaks):
        before, after = lines[index], lines[index + 1]
        if not before or not after or before[-1] in _OPEN_ENDS or not after[0].isupper():
            continue
        if _JOINER_END.search(before):
            continue
        separator = "," if role.match(before) or role.match(after) else ";"
        parts.append(html[last : br.start()] + separator)
        last = br.start()
    return last


class _PageTree:
    """The element tree of one page, parsed once, when first needed, for all the readers of
    `extract_page`. They only read it, except `text` (the plain text of the page, made once),
    which changes it and so comes last."""

    def __init__(self, html: str) -> None:
        self._html = html
        self._root: Any = None
        self._parsed = False
        self._text: str | None = None  # the plain text, once made (the tree is spent then)

    def root(self) -> Any | None:
        """The tree (None when lxml cannot read the page)."""
        if self._text is not None:
            raise RuntimeError("the page's tree was changed by text()")
        if not self._parsed:
            self._root, self._parsed = _parsed(self._html), True
        return self._root

    def text(self) -> str:
        """The page as `html_to_text` reads it; the tree is spent after this."""
        if self._text is None:
            self._text = _tree_text(self.root(), self._html)
        return self._text


# Words of a publication label ("Page last modified: 18-11-2026"): a quick test before reading the page.
_LABEL_HINT = re.compile(r"(?i)\b(?:published|posted|updated|modified|revised|publication\s+date)\b")


# A day written with its month and year ("18 November 2025", "Nov. 18, 2025", "2025-11-18",
# "18.11.2025"): a quick test of a page for a date outside its main text.
_FULL_DATE_HINT = re.compile(
    r"(?i)\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|"
    r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
)


def _label_date(html: str, text: str, tree: _PageTree) -> str | None:
    """The date of a publication label that boilerplate removal left out of the main text (a
    "meta" line under the title), when neither the metadata nor the main text dates the page; else
    the date the whole page states for itself, which that removal also left out: a masthead's issue
    line ("No. 6/2025 · Jakarta, 18 November 2025"), a label over its date ("Published" / "17
    September 2025", as a definition list gives it)."""
    if date_from_text(text) is not None:
        return None
    if _LABEL_HINT.search(html):
        labelled = labelled_date(tree.text())
        if labelled is not None:
            return labelled
    if not _FULL_DATE_HINT.search(html):
        return None  # (no date on the page for the whole text to give: not parsed for one)
    return date_from_text(tree.text())


# Where a definition list is page furniture, not content.
_FURNITURE = ("nav", "header", "footer", "form")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Between a term and its value ("Information webinar – 14 January 2027"): only white space and a
# dash, so the line still aligns with the file's text word by word.
_TERM_SEPARATOR = " \u2013 "


def definition_lists(root: Any | None, text: str) -> str:
    """Lines for the definition lists (``<dl>``: "key dates", "at a glance" boxes) that the main
    text left out, each term and its value on one line after the list's heading; "" when none.

    A page's facts box often stands beside the article, in an ``<aside>`` that boilerplate removal
    drops, yet it states the deadline and the dates of information sessions. `root` is the page's
    element tree (see `_parsed`), which is only read.
    """
    if root is None:
        return ""
    seen = " ".join(text.split())
    blocks = []
    for dl in root.iter("dl"):
        block = _facts_block(dl, _term_lines(dl), seen)
        if block:
            blocks.append(block)
    return "".join("\n" + block for block in blocks)


def with_row_tables(root: Any | None, text: str) -> str:
    """The main text with lines for the tables of labelled rows (a "key dates" box: ``<th>Full
    proposals close</th><td>5 March</td>``) that it left out: each label and its value on one line,
    after the table's heading, as for definition lists. Each block goes where its table stands on
    the page (after the line of the main text that the page shows last before it), so that the text
    keeps the page's order; at the end when that place is not found. `root` is the page's element
    tree (see `_parsed`), which is only read."""
    if root is None:
        return text
    seen = " ".join(text.split())
    for table in root.iter("table"):
        block = _facts_block(table, _row_lines(table), seen)
        if block:
            text = _insert_block(text, table, block)
    return text


def with_captions(root: Any | None, text: str) -> str:
    """The main text with the captions of its figures that it left out (trafilatura drops
    ``<figcaption>`` with the image): a caption names the people in a photo with their titles, and
    the day and place of the event shown ("Minister A and Minister B after the signing"). Each goes
    where its figure stands on the page (see `_place_after`), at the end when that is not found."""
    if root is None:
        return text
    seen = " ".join(text.split())
    for caption in root.iter("figcaption"):
        if any(ancestor.tag in _FURNITURE for ancestor in caption.iterancestors()):
            continue
        line = " ".join(caption.text_content().split())
        if len(line) < _MIN_ANCHOR or line in seen:
            continue
        parent = caption.getparent()
        figure = parent if parent is not None else caption
        text = _insert_block(text, figure, line)
    return text


def _facts_block(element: Any, lines: list[tuple[str, str]], seen: str) -> str:
    """The lines of a box of labelled facts (a definition list, a table of labelled rows), after
    its heading when the main text (`seen`, its words on one line) does not show that; "" when the
    box is page furniture, empty, or all its values are shown already."""
    if any(ancestor.tag in _FURNITURE for ancestor in element.iterancestors()):
        return ""
    if not lines or all(value in seen for _, value in lines):
        return ""
    heading = _heading_before(element)
    rows = [f"{term}{_TERM_SEPARATOR}{value}" if term else value for term, value in lines]
    return "\n".join(([heading] if heading and heading not in seen else []) + rows)


def _insert_block(text: str, element: Any, block: str) -> str:
    """The text with a block of lines where `element` stands on the page (see `_place_after`), at
    the end when that place is not found."""
    at = _place_after(element, text)
    return f"{text[:at]}\n{block}{text[at:]}" if at is not None else f"{text}\n{block}"


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


_LEAD_MAX_CHARS = 120  # a longer first line is a paragraph, not a card's name or a box's heading


def with_div_leads(root: Any | None, text: str) -> str:
    """The main text with the first line of the small ``<div>`` boxes whose other lines it kept
    (a contact card: ``<div><strong>Jane Roe</strong><br>Senior Advisor<br>Agency</div>``), each
    just before the box's first kept line.

    On a page with enough paragraphs, trafilatura reads no ``<div>`` as a paragraph: the text that
    opens a div (its bold or plain first line, inline tags stripped) is dropped, while the lines
    after its ``<br>`` are kept, so the card loses its name. A box counts when it is small, its
    first line is short and not shown, and all its other lines stand as whole, consecutive lines of
    the main text after the last box put back (the page's order); else it is left as it is. `root`
    is the page's element tree (see `_parsed`), which is only read.
    """
    if root is None:
        return text
    lines = text.split("\n")
    flat = [" ".join(line.split()) for line in lines]
    shown = _shown_lines(text)
    cursor, added = 0, False
    for div in root.iter("div"):
        lead = _div_lead(div)
        if not lead or len(lead) > _LEAD_MAX_CHARS or _is_shown(lead, shown):
            continue
        if any(a.tag in _DROP or a.tag in _CONTACT_FURNITURE for a in div.iterancestors()) or _is_hidden(div):
            continue
        if len(" ".join(div.text_content().split())) > _CONTACT_MAX_CHARS:
            continue
        own = _element_lines(div)
        if len(own) < 2 or len(own) > _CONTACT_MAX_LINES or own[0] != lead:
            continue
        rest = own[1:]
        at = _run_at(flat, rest, cursor)
        if at is None:
            continue
        lines.insert(at, lead)
        flat.insert(at, lead)
        cursor, added = at + 1 + len(rest), True
        shown = (shown[0] | {lead}, shown[1])
    return "\n".join(lines) if added else text


# A list item or a sub-heading on the page: the blocks trafilatura's precision pass drops from a
# small article (a quick test before the page is parsed for `_missing_inside`).
_INNER_BLOCK_HINT = re.compile(r"(?i)<(?:li|h[2-6])\b")
_INNER_BLOCKS = ("p", "li", *_HEADINGS)


def with_recall_blocks(text: str, recalled: str) -> str:
    """The main text with the lines of `recalled` (trafilatura's reading of the page with
    ``favor_recall``) that stand inside the article, between the first and the last line the main
    text shares with it, and that the main text left out, each at its place in the recall order.

    On a small page trafilatura's default (precision) pass drops the article's own sub-headings and
    lists ("Important dates" over "Proposal deadline: 30 May 2025"), which the recall pass keeps;
    that pass may also keep menus, cookie notices and footers, which stand before the first or
    after the last block both passes keep, so nothing of it is taken there. A line the main text
    shows already, and the main text's own lines, stay as they are. Lines are compared with their
    white space collapsed."""
    kept = [line for line in text.split("\n") if line.strip()]
    found = [line for line in recalled.split("\n") if line.strip()]
    flat_kept, flat_found = ([" ".join(line.split()) for line in lines] for lines in (kept, found))
    blocks = difflib.SequenceMatcher(None, flat_kept, flat_found, autojunk=False).get_opcodes()
    equal = [n for n, block in enumerate(blocks) if block[0] == "equal"]
    if not equal:
        return text
    shown = _shown_lines(text)
    lines, added = [], False
    for n, (op, i1, i2, j1, j2) in enumerate(blocks):
        lines.extend(kept[i1:i2])
        if op in ("insert", "replace") and equal[0] < n < equal[-1]:
            new = [line for line in found[j1:j2] if not _is_shown(" ".join(line.split()), shown)]
            lines.extend(new)
            added = added or bool(new)
    return "\n".join(lines) if added else text


def _missing_inside(root: Any | None, text: str) -> bool:
    """Whether a list item or heading of the page that the main text does not show stands between
    two paragraphs, items or headings that it shows (see `with_recall_blocks`): the test before
    trafilatura is run a second time. (A byline or date paragraph that the main text leaves out is
    left out by the recall pass as well: it does not count.)"""
    if root is None:
        return False
    shown = " ".join(text.split())
    inside = missing = False
    for element in root.iter(*_INNER_BLOCKS):
        own = " ".join(element.text_content().split())
        if not own or any(a.tag in _DROP or a.tag in _FURNITURE for a in element.iterancestors()):
            continue
        if own in shown:
            if missing and len(own) >= _MIN_ANCHOR:
                return True
            inside = inside or len(own) >= _MIN_ANCHOR
        elif inside and element.tag != "p":
            missing = True
    return False


def _div_lead(div: Any) -> str:
    """The text that opens a div before its first line break or block (its inline children
    included), on one line; "" when it has no such child (trafilatura keeps a lone run) or
    opens with one."""
    parts = [div.text or ""]
    for child in div:
        if isinstance(child.tag, str) and (child.tag in _BLOCKS or child.tag in _DROP):
            return " ".join("".join(parts).split())
        if isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return ""


def _run_at(flat: list[str], run: list[str], start: int) -> int | None:
    """The index of the first line, from `start`, where `run` stands as consecutive lines."""
    for at in range(start, len(flat) - len(run) + 1):
        if flat[at : at + len(run)] == run:
            return at
    return None


_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_CONTACT_MAX_CHARS = 800  # a box larger than this is a sidebar or the page, not one contact
_CONTACT_MAX_LINES = 15
_CONTACT_TAGS = ("aside", "div", "section", "address", "footer", "p", "ul", "ol", "li")
# Never a contact box, nor a part of one: furniture, and the tables and definition lists that the
# main text and the other re-adders already hold.
_CONTACT_FURNITURE = ("header", "nav", "form", "button", "select", "dialog", "table", "dl")
_SPACES = re.compile(r"\s+")
_LINK_SHARE = 0.5  # a block whose words are mostly links (other than mailto/tel) is a menu


@dataclass(frozen=True)
class _ContactCues:
    """The words of `data/contact_cues.yaml`, as patterns."""

    label: re.Pattern[str]  # a contact label at the start of a line ("Contact person:")
    skip: frozenset[str]  # class/id words of page furniture ("cookie", "menu")
    address: re.Pattern[str]  # a word of a postal address, or a digit
    person: re.Pattern[str]  # a title before a capitalised word, or a role word
    not_a_name: frozenset[str]  # words of organisations and furniture
    particles: frozenset[str]  # lower-case words inside a name ("van", "de", "bin")
    hints: tuple[str, ...]  # words that a contact shows (an at-sign, "contact"): quick tests
    phone_hints: tuple[str, ...]  # a phone's prefix or label ("+", "tel"): a quick test
    email: re.Pattern[str]  # an e-mail address, its at-sign maybe written out ("[at]")
    phone: re.Pattern[str]  # a phone number: an international prefix, or a label before it
    fields: re.Pattern[str]  # the labels of a contact line's fields ("E-mail:", "Tel.")
    role_start: re.Pattern[str]  # a role word among the first three words ("Deputy Director General")


@functools.cache
def _contact_cues() -> _ContactCues:
    """The contact cues of the data file, read once."""
    text = (resources.files("bilat.ingest") / "data" / "contact_cues.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)

    def words(key: str) -> str:
        return "|".join(re.escape(str(word)).replace(r"\ ", r"\s+") for word in raw[key])

    return _ContactCues(
        label=re.compile(rf"(?i)^(?:{words('labels')})\s*(?:$|[:\u2013-])"),
        skip=frozenset(str(word).lower() for word in raw["skip"]),
        address=re.compile(rf"(?i)(?<!\w)(?:{words('address')})(?!\w)|\d"),
        person=re.compile(
            rf"(?i:(?<!\w)(?:{words('titles')}))\.?\s+[A-Z\u00c0-\u024f]|(?i:(?<!\w)(?:{words('roles')})s?(?!\w))"
        ),
        not_a_name=frozenset(str(word).lower() for word in raw["not_a_name"]),
        particles=frozenset(str(word) for word in raw["name_particles"]),
        hints=tuple(str(word).lower() for word in (*raw["at_signs"], *raw["hints"])),
        phone_hints=tuple(str(word).lower() for word in raw["phone_hints"]),
        email=re.compile(rf"[\w.+-]+\s?(?:{words('at_signs')})\s?[\w-]+(?:\.[\w-]+)+"),
        phone=re.compile(
            r"(?:\+|\b00)\s?\d[\d ()./\u2013-]{6,}\d"
            rf"|(?i:\b(?:{words('phone_labels')})\b\.?:?)\s*\(?\d[\d ()./\u2013-]{{5,}}\d"
        ),
        fields=re.compile(rf"(?i)\b(?:{words('field_labels')})\b\.?:?"),
        role_start=re.compile(rf"(?i)(?:[^\s,;]+\s+){{0,2}}(?:{words('roles')})s?(?!\w)"),
    )


_NAME_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*")


def contact_blocks(root: Any | None, text: str) -> str:
    """The main text with the contact boxes it left out (an ``<aside>`` or a ``<div
    class="contact">`` beside or under the article naming a person, her role, unit, e-mail address
    and phone), their lines as shown, each where its box stands on the page (see
    `with_row_tables`).

    A box counts when its own text holds an e-mail address (or a ``mailto:`` link), a phone number
    or a contact label ("Contact person:", "Media contact"), when it is small (a whole sidebar is
    never taken), when it is not navigation, a form or a cookie banner, and when at least one of its
    lines is neither a label, an address, a phone, an e-mail address nor a link: a line that names
    someone. A site footer's address alone is not added. `root` is the page's element tree (see
    `_parsed`), which is only read (`_element_lines` works on copies).
    """
    if root is None:
        return text
    cues = _contact_cues()
    shown = _shown_lines(text)
    pending = [root]
    while pending:
        element = pending.pop()  # in the page's order: children are pushed last first
        if not isinstance(element.tag, str) or element.tag in _DROP or element.tag in _CONTACT_FURNITURE:
            continue
        if _is_hidden(element) or _marked(element, cues.skip):
            continue
        content = " ".join(element.text_content().split())
        if len(content) > _CONTACT_MAX_CHARS:
            pending.extend(reversed(element))
            continue
        if not content or not (_contact_hint(content, cues) or _has_mailto(element)):
            continue
        if element.tag not in _CONTACT_TAGS or _site_footer(element):
            pending.extend(reversed(element))
            continue
        lines = _element_lines(element)
        if len(lines) > _CONTACT_MAX_LINES or any(_is_shown(line, shown) for line in lines):
            # part of the article (kept) or too long: its parts may be a box
            pending.extend(reversed(element))
            continue
        if not _is_contact_box(element, lines, cues):
            pending.extend(reversed(element))
            continue
        text = _insert_block(text, element, "\n".join(lines))
        shown = _shown_lines(text)
    return text


# Words of the markup of a site's header or footer: a quick test before looking for the publisher.
_PUBLISHER_HINT = re.compile(r"(?i)<header\b|<footer\b|footer|logo|brand|banner|site-?name")
# Where a block is never the publisher's name: menus, link lists, forms, boxes beside the article.
_NOT_PUBLISHER = ("ul", "ol", "li", "nav", "form", "button", "select", "dialog", "table", "dl", "aside")
# Tags below which a block's text is read as a whole (its lines, see `_element_lines`).
_TEXT_BLOCKS = frozenset(_BLOCKS) - {"br"} | {"address"}
# Elements whose shown text, when the main text holds it, tells that the article has begun.
_CONTENT_TAGS = ("article", "main", "p", "h1", "h2")


@dataclass(frozen=True)
class _PublisherCues:
    """The words of `data/publisher_cues.yaml`."""

    heads: frozenset[str]  # a word of a body's name ("Ministry", "Institute")
    units: frozenset[str]  # a word of a unit's name ("Office", "Department"): not enough alone
    generic: frozenset[str]  # words that with a head name a unit of every body ("Media Centre")
    connectors: frozenset[str]  # lower-case words inside a name ("of", "and")
    missions: frozenset[str]  # heads of a mission named with its seat ("Embassy of X in Y")
    seat_links: frozenset[str]  # the words before such a seat ("in", "to", "at")
    brand: frozenset[str]  # class/id words of a site's logo or name
    header: frozenset[str]  # class/id words of a site's header
    header_roles: frozenset[str]  # roles of a site's header ("banner")
    split: re.Pattern[str]  # where a line is cut into parts (" · ", " | ", "©", a sentence's end)
    lead: re.Pattern[str]  # copyright words and years before a name
    max_words: int


@functools.cache
def _publisher_cues() -> _PublisherCues:
    """The publisher cues of the data file, read once."""
    raw = yaml.safe_load(
        (resources.files("bilat.ingest") / "data" / "publisher_cues.yaml").read_text("utf-8")
    )
    marks = "".join(re.escape(str(mark)) for mark in raw["marks"])
    dashes = "".join(re.escape(str(dash)) for dash in raw["dashes"])
    copyright_words = "|".join(re.escape(str(word)) for word in raw["copyright"])
    return _PublisherCues(
        heads=frozenset(str(word) for word in raw["heads"]),
        units=frozenset(str(word) for word in raw["unit_heads"]),
        generic=frozenset(str(word) for word in raw["generic"]),
        connectors=frozenset(str(word) for word in raw["connectors"]),
        missions=frozenset(str(word) for word in raw["mission_heads"]),
        seat_links=frozenset(str(word) for word in raw["seat_links"]),
        brand=frozenset(str(word).lower() for word in raw["brand"]),
        header=frozenset(str(word).lower() for word in raw["header"]),
        header_roles=frozenset(str(word).lower() for word in raw["header_roles"]),
        split=re.compile(rf"[{marks}]|\s[{dashes}]\s|:\s|(?<=[^\W\d_]{{2}})\.\s+(?=[A-Z\u00c0-\u024f])"),
        lead=re.compile(
            rf"(?i)^(?:\s*(?:{copyright_words}))*\s*(?:\d{{4}}(?:\s*[\u2013-]\s*\d{{4}})?)?[\s,.]*"
        ),
        max_words=int(raw["max_words"]),
    )


def publisher_lines(root: Any | None, text: str, html: str) -> str:
    """The main text with the name of the body that publishes the page, as the site's header (its
    logo's or brand's text) or footer (an address or copyright line: "IHE Delft Institute for Water
    Education · Westvest 7 · 2611 AX Delft") shows it, when the main text does not name it already:
    at most one name from the header and one from the footer (not the same body's), the footer's where
    its line stands on the page (see `with_row_tables`), the header's after the main text.

    Only the part of a line that names a body is taken (a name holding a head word of
    `data/publisher_cues.yaml`, capitalised words only, no digits): never the street, city or
    country, "All rights reserved", a menu, a list of links, a form or a cookie banner. Only the
    text the page shows counts: an image's ``alt`` or a ``<meta>`` tag's ``content`` (og:site_name)
    is markup, which evidence offsets cannot point into. `root` is the page's element tree (see
    `_parsed`), which is only read (`_element_lines` works on copies).
    """
    if root is None:
        return text
    cues, skip = _publisher_cues(), _contact_cues().skip
    seen = " ".join(text.split())

    def new_and_shown(name: str) -> bool:
        # not named by the main text yet, and written in the page as shown (no entity, no tag
        # within it), so that evidence offsets point at the very words
        if name in seen or name.removeprefix("The ") in seen:
            return False
        return re.search(r"\s+".join(re.escape(word) for word in name.split()), html) is not None

    header: str | None = None
    footer: tuple[str, Any] | None = None
    content_begun = False
    pending = [root]
    while pending and footer is None:
        element = pending.pop()  # in the page's order: children are pushed last first
        if not isinstance(element.tag, str) or element.tag in _DROP or _is_hidden(element):
            continue
        if _site_footer(element):
            footer = _publisher_in(element, element, cues, skip, new_and_shown)
            continue
        if not content_begun and header is None and _site_header(element, cues):
            found = _publisher_in(element, element, cues, skip, new_and_shown)
            # the header's name goes after the main text (see below), where only a line this long
            # is looked for anywhere in the page by the evidence offsets (`file_offsets`)
            header = found[0] if found and len("".join(found[0].split())) >= MIN_MOVED_LINE else None
            continue
        if _marked(element, skip) or element.tag in _NOT_PUBLISHER:
            continue
        if not content_begun and element.tag in _CONTENT_TAGS:
            shown = " ".join(element.text_content().split())[:_ANCHOR]
            content_begun = len(shown) >= _MIN_ANCHOR and shown in seen
        if element.tag not in ("article", "main"):
            pending.extend(reversed(element))
    if footer is not None and (header is None or not _same_body(header, footer[0])):
        text = _insert_block(text, footer[1], footer[0])
    # The header's name is the last line, not the first: a line above the headline would move the
    # title, dateline and date that the extractor reads at the top of the text.
    return f"{text}\n{header}" if header else text


def _site_header(element: Any, cues: _PublisherCues) -> bool:
    """Whether an element is the site's header or its logo or name (not an article's header)."""
    marks = _marks(element)
    role = str(element.get("role", "")).lower()
    if not (
        element.tag == "header"
        or role in cues.header_roles
        or any(mark in cues.header for mark in marks)
        or _brand(element, cues)
    ):
        return False
    return not any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors())


def _brand(element: Any, cues: _PublisherCues) -> bool:
    """Whether an element's class or id marks a site's logo or name ("logo", "site-name")."""
    marks = _marks(element)
    return any(mark in cues.brand for mark in marks) or any(part in cues.brand for part in _mark_parts(marks))


def _publisher_in(
    region: Any, element: Any, cues: _PublisherCues, skip: frozenset[str], accept: Callable[[str], bool]
) -> tuple[str, Any] | None:
    """The first body's name (and the block that shows it) among the text blocks of a site's header
    or footer (`region`), from `element` on, that `accept` takes."""
    if not isinstance(element.tag, str) or element.tag in _DROP or element.tag in _NOT_PUBLISHER:
        return None
    if _is_hidden(element) or (element is not region and _marked(element, skip)):
        return None
    if any(isinstance(inner.tag, str) and inner.tag in _TEXT_BLOCKS for inner in element.iterdescendants()):
        for child in element:
            found = _publisher_in(region, child, cues, skip, accept)
            if found:
                return found
        return None
    lines = _element_lines(element)
    if not lines or _mostly_links(element, lines, region, cues):
        return None
    for line in lines:
        name = _body_name(line, cues)
        if name and accept(name):
            return name, element
    return None


def _mostly_links(element: Any, lines: list[str], region: Any, cues: _PublisherCues) -> bool:
    """Whether most of the text of a block is the text of its links (a row of links, a menu),
    other than a logo's or brand's link (see `_branded`)."""
    shown = sum(len(line) for line in lines)
    return _linked_chars(element, lambda a: _branded(a, region, cues)) > _LINK_SHARE * shown


def _linked_chars(element: Any, kept: Callable[[Any], bool]) -> int:
    """How many characters of an element's shown text are the text of its links, but those `kept`."""
    return sum(len(" ".join(a.text_content().split())) for a in element.iter("a") if not kept(a))


def _branded(element: Any, region: Any, cues: _PublisherCues) -> bool:
    """Whether an element is (within) a site's logo or name, up to its header or footer."""
    node = element
    while node is not None:
        if _brand(node, cues):
            return True
        if node is region:
            return False
        node = node.getparent()
    return False


# A comma piece that goes on with a name's list of fields ("Ministry of Business, Innovation and
# Employment", "Department of Health, Aged Care and Sport"), not with an address.
_LISTED_FIELDS = re.compile(r"\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:and|&|&amp;)\s+[A-Z]")


def _body_name(line: str, cues: _PublisherCues) -> str | None:
    """The name of a body that a line of a header or footer shows ("Egyptian Space Agency" of
    "© 2025 Egyptian Space Agency. All rights reserved."), None when it shows none: the first part
    of the line (see `_PublisherCues.split`) that is a name, or the longest run of its
    comma-separated pieces from the start that is one ("U.S. National Science Foundation" of
    "U.S. National Science Foundation, 2415 Eisenhower Avenue, Alexandria")."""
    for part in cues.split.split(line):
        pieces = cues.lead.sub("", part, count=1).strip(" ,;.").split(",")
        for count in range(len(pieces), 0, -1):
            if count < len(pieces) and _LISTED_FIELDS.match(pieces[count]):
                continue  # ("Ministry of Business, Innovation & Employment": not cut at the comma)
            name = ",".join(pieces[:count]).strip(" ,;.")
            if _is_body_name(name, cues):
                return name
    return None


def _is_body_name(name: str, cues: _PublisherCues) -> bool:
    """Whether a text is a body's name: a few capitalised words (and connectors), no digits, one a
    head word (not only a unit's), one neither a head nor a generic word ("Media Centre" is no
    publisher)."""
    words = [word.strip(",.;()[]\"'\u2019") for word in name.split()]
    words = [word for word in words if word and word != "&"]
    if not 2 <= len(words) <= cues.max_words or not words[0][:1].isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    seated = _mission_seat(words, cues)  # ("Embassy of Estonia in Singapore")
    if not all(word in cues.connectors or word[:1].isupper() or n == seated for n, word in enumerate(words)):
        return False
    if seated is None and not any(word in cues.heads for word in words):
        return False  # no head word, or only a unit's ("International Relations Office")
    return any(
        word not in cues.connectors
        and word not in cues.heads
        and word not in cues.units
        and word not in cues.generic
        for word in words
    )


def _mission_seat(words: list[str], cues: _PublisherCues) -> int | None:
    """The index of the word before the seat of a mission's name ("in" of "Embassy of Estonia in
    Singapore", "to" of "Delegation of the European Union to Japan"): one of `seat_links` after
    "<mission head> of <capitalised words>", before a capitalised word or "the". None otherwise."""
    if len(words) < 5 or words[0] not in cues.missions or words[1] != "of":
        return None
    for n in range(3, len(words) - 1):
        if words[n] in cues.seat_links:
            following = words[n + 1]
            return n if following[:1].isupper() or following == "the" else None
    return None


def _same_body(one: str, other: str) -> bool:
    """Whether two names are the same body's (one holds the other)."""
    first, second = one.removeprefix("The "), other.removeprefix("The ")
    return first in second or second in first


def _contact_hint(text: str, cues: _ContactCues) -> bool:
    """Whether a text may show a contact: an e-mail address, a contact label or a phone number."""
    lower = text.lower()
    if any(word in lower for word in cues.hints):
        return True
    return any(word in lower for word in cues.phone_hints) and cues.phone.search(text) is not None


def _is_contact_box(element: Any, lines: list[str], cues: _ContactCues) -> bool:
    """Whether the lines of an element are a contact box: a contact cue of their own, mostly not
    links, and a line that names someone (see `contact_blocks`)."""
    cue = any(cues.email.search(line) or cues.phone.search(line) or cues.label.match(line) for line in lines)
    if not (cue or _has_mailto(element)):
        return False
    words = sum(len(line) for line in lines)
    linked = _linked_chars(element, lambda a: str(a.get("href", "")).lower().startswith(("mailto:", "tel:")))
    if words == 0 or linked > _LINK_SHARE * words:
        return False
    return any(_names_someone(line, cues) for line in lines)


def _names_someone(line: str, cues: _ContactCues) -> bool:
    """Whether a line of a contact box names someone or her role ("Dr Jane Roe", "Programme
    Manager, International Cooperation", "Kadri Tamm"), once its label, e-mail addresses, phones
    and links are set aside; an address, an organisation's name or a row of links does not."""
    rest = cues.label.sub("", line, count=1)
    for pattern in (cues.email, _URL, cues.phone, cues.fields):
        rest = pattern.sub(" ", rest) if pattern is not cues.email or _contact_hint(rest, cues) else rest
    rest = rest.strip(" ,;:|/\u00b7\u2013-().")
    if not rest or "\u00a9" in rest:
        return False
    if cues.person.search(rest):
        return True
    if cues.address.search(rest):
        return False
    words = _NAME_WORD.findall(rest)
    if not 2 <= len(words) <= 4 or len(words) != len(rest.split()):
        return False
    return all(
        (word[0].isupper() or word in cues.particles) and word.lower().strip(".") not in cues.not_a_name
        for word in words
    )


def _element_lines(element: Any) -> list[str]:
    """The lines an element shows, as `html_to_text` makes them."""
    element = copy.deepcopy(element)
    element.tail = None
    for inner in element.iter():  # the page's own line breaks within a paragraph are spaces
        inner.text = _SPACES.sub(" ", inner.text) if inner.text else inner.text
        if inner is not element:
            inner.tail = _SPACES.sub(" ", inner.tail) if inner.tail else inner.tail
    for inner in list(element.iter(*_DROP, *_CONTACT_FURNITURE)):
        if inner is not element and inner.getparent() is not None:
            inner.drop_tree()
    for inner in element.iter(*_BLOCKS):
        if inner is not element:
            inner.tail = "\n" + (inner.tail or "")
    lines = (" ".join(line.split()) for line in element.text_content().splitlines())
    return [line for line in lines if line]


def _shown_lines(text: str) -> tuple[frozenset[str], str]:
    """The main text's lines and its words on one line, to tell what it already shows."""
    lines = frozenset(" ".join(line.split()) for line in text.splitlines())
    return lines, " ".join(text.split())


def _is_shown(line: str, shown: tuple[frozenset[str], str]) -> bool:
    """Whether the main text already shows a line: the same line, or a long one within its text."""
    lines, joined = shown
    return line in lines or (len(line) >= _ANCHOR and line in joined)


def _site_footer(element: Any) -> bool:
    """Whether an element is the page's footer (not an article's): its contact paragraph may be
    taken, the footer as a whole never."""
    if element.tag != "footer" and "footer" not in _mark_parts(_marks(element)):
        return False
    return not any(ancestor.tag == "article" for ancestor in element.iterancestors())


def _has_mailto(element: Any) -> bool:
    return any(str(a.get("href", "")).lower().startswith("mailto:") for a in element.iter("a"))


def _is_hidden(element: Any) -> bool:
    style = str(element.get("style", "")).replace(" ", "").lower()
    return (
        element.get("hidden") is not None or element.get("aria-hidden") == "true" or "display:none" in style
    )


def _marks(element: Any) -> list[str]:
    """The words of an element's class and id, lower-cased ("site-footer", "logo")."""
    return f"{element.get('class', '')} {element.get('id', '')}".lower().split()


def _mark_parts(marks: list[str]) -> list[str]:
    """Marks cut at "-" and "_" ("site-footer" -> "site", "footer")."""
    return [part for mark in marks for part in re.split(r"[_-]+", mark) if part]


def _marked(element: Any, skip: frozenset[str]) -> bool:
    """Whether an element's class, id or role names page furniture (a cookie banner, a menu)."""
    marks = [*_marks(element), *str(element.get("role", "")).lower().split()]
    return any(word in skip for word in _mark_parts(marks))


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
    return _tree_text(_parsed(html), html)


def _tree_text(root: Any | None, html: str) -> str:
    """`html_to_text` of a page already parsed into `root` (None when lxml could not read `html`);
    `root` is changed."""
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
