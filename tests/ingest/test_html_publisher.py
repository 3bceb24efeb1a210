"""The page's publisher: the body that a site's header (logo or brand text) or footer (an address or
copyright line) names, which boilerplate removal drops, comes back as one short line, only its name,
and its evidence offsets point at the same words in the page file. Menus, link lists, lines naming
no body, a unit's name, asides and markup (an image's alt, og:site_name) give nothing."""

from __future__ import annotations

import lxml.html
import pytest

from bilat.ingest.file_offsets import FileOffsets, file_text
from bilat.ingest.readers.html import extract_page, publisher_lines

STORY = """<h1>Lakeland and Norvia open a joint call on river restoration</h1>
<p>The science agencies of Lakeland and Norvia have opened a joint call for research projects on the
restoration of rivers that cross their shared border. Each project needs a partner in both countries
and may run for up to three years, with a budget of up to 400,000 euros on each side.</p>
<p>Proposals are due on 12 March 2027 and are assessed by a joint panel of both agencies, which will
publish the list of funded projects in the autumn.</p>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call on river restoration</title>{head}</head><body>
{header}<main><article>{story}</article>{aside}</main>
{footer}</body></html>"""

MENU = """<nav class="main-nav"><ul><li><a href="/about">About us</a></li>
<li><a href="/funding">Funding</a></li></ul></nav>"""


def _page(*, header: str = "", footer: str = "", aside: str = "", head: str = "", story: str = STORY) -> str:
    return PAGE.format(header=header, footer=footer, aside=aside, head=head, story=story)


def _added(html: str) -> list[str]:
    """The lines the page's text holds beyond those of the same page without header and footer."""
    bare = extract_page(_page(story=STORY)).text.splitlines()
    return [line for line in extract_page(html).text.splitlines() if line not in bare]


def _grounded(html: str, name: str) -> str:
    """The words of the page file that the evidence offsets of `name` (in the page's text) point at."""
    text = extract_page(html).text
    source = file_text(html.encode("utf-8"))
    start = text.rindex(name)
    span = FileOffsets.build(text, source, markup=True).span(start, start + len(name))
    assert span is not None
    return source[span[0] : span[1]]


@pytest.mark.parametrize(
    ("header", "footer", "name"),
    [
        (  # a logo that is a link with the body's name as its text (a CMS theme's branding)
            f"""<header class="site-header"><a class="logo" href="/">Norvia Marine Research Institute</a>
            {MENU}</header>""",
            "",
            "Norvia Marine Research Institute",
        ),
        (  # brand text in a header's site-name block beside a coat of arms
            f"""<header><div class="site-name"><img src="/arms.svg" alt="Coat of arms"> Republic of Lakeland
            <br><strong>Ministry of Education and Research</strong></div>{MENU}</header>""",
            "",
            "Ministry of Education and Research",
        ),
        (  # a footer's address line: only the body's name, not the street, city or country
            "",
            """<footer><p>Eastport Institute for Coastal Studies · Harbour Street 12 · 2100 Eastport ·
            Lakeland</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>""",
            "Eastport Institute for Coastal Studies",
        ),
        (  # a copyright line in a footer marked by its class
            "",
            """<div class="site-footer"><p>© 2026 Norvia Agency for Research Funding. All rights reserved.</p>
            </div>""",
            "Norvia Agency for Research Funding",
        ),
        (  # an address block: the name on its own line, then the postal address
            "",
            """<footer><address><strong>Lakeland Council for Science Policy</strong><br>PO Box 8<br>0032
            Eastport</address></footer>""",
            "Lakeland Council for Science Policy",
        ),
        (  # the name, then a comma and the address, on one line
            "",
            """<footer><p>University of Eastport, 14 College Road, Eastport, Lakeland</p></footer>""",
            "University of Eastport",
        ),
    ],
)
def test_the_publisher_named_by_the_header_or_footer_comes_back_grounded(
    header: str, footer: str, name: str
) -> None:
    html = _page(header=header, footer=footer)
    assert _added(html) == [name]
    assert _grounded(html, name) == name


def test_header_and_footer_of_two_bodies_give_one_line_each() -> None:
    html = _page(
        header='<header><a class="brand" href="/">Norvia Marine Research Institute</a></header>',
        footer="<footer><p>© 2026 University of Eastport</p></footer>",
    )
    assert sorted(_added(html)) == ["Norvia Marine Research Institute", "University of Eastport"]
    assert _grounded(html, "University of Eastport") == "University of Eastport"
    assert _grounded(html, "Norvia Marine Research Institute") == "Norvia Marine Research Institute"


def test_the_same_body_in_header_and_footer_comes_back_once() -> None:
    html = _page(
        header='<header><div class="logo">Norvia Marine Research Institute</div></header>',
        footer="<footer><p>© 2026 Norvia Marine Research Institute · Quay 3 · Northport</p></footer>",
    )
    assert _added(html) == ["Norvia Marine Research Institute"]


@pytest.mark.parametrize(
    ("header", "footer", "aside", "head"),
    [
        # a footer of links only, naming bodies (partners, funders)
        (
            "",
            """<footer><p><a href="https://ue.example">University of Eastport</a> ·
            <a href="https://nrc.example">Norvia Research Council</a></p></footer>""",
            "",
            "",
        ),
        # a header menu naming bodies, in a list and in a block marked as a menu
        (
            """<header><ul><li><a href="/m">Ministry of Education and Research</a></li>
            <li><a href="/a">Norvia Research Council</a></li></ul>
            <div class="top-menu"><a href="/i">Eastport Institute for Coastal Studies</a></div></header>""",
            "",
            "",
            "",
        ),
        # a footer line naming no body, and one naming a unit of a body
        ("", "<footer><p>© 2026 Eastport Daily News. All rights reserved.</p></footer>", "", ""),
        ("", "<footer><p>© 2026 International Relations Office</p></footer>", "", ""),
        ("", '<footer><p>Media Centre · <a href="/press">Press releases</a></p></footer>', "", ""),
        # an aside beside the article, with or without a body's name: not the site's chrome
        ("", "", '<aside class="related"><p>Read more stories about rivers and lakes.</p></aside>', ""),
        ("", "", '<aside class="partners"><p>Norvia Research Council</p></aside>', ""),
        # the publisher only in markup: a logo's alt text and og:site_name
        (
            '<header><a class="logo" href="/"><img src="/l.svg" alt="Norvia Research Council"></a></header>',
            "",
            "",
            '<meta property="og:site_name" content="Norvia Research Council">',
        ),
        # a name written with an entity, which evidence offsets cannot point at word for word
        ("", "<footer><p>© 2026 Norvia Science &amp; Technology Agency</p></footer>", "", ""),
    ],
)
def test_menus_link_lists_asides_and_markup_give_no_publisher(
    header: str, footer: str, aside: str, head: str
) -> None:
    assert _added(_page(header=header, footer=footer, aside=aside, head=head)) == []


def test_a_publisher_the_article_names_already_is_not_repeated() -> None:
    story = STORY.replace("The science agencies", "The Norvia Research Council and its partner agencies")
    html = _page(footer="<footer><p>© 2026 Norvia Research Council</p></footer>", story=story)
    assert extract_page(html).text.count("Norvia Research Council") == 1


def test_an_articles_own_header_is_not_the_sites() -> None:
    story = """<header><p class="kicker">Norvia Marine Research Institute</p></header>""" + STORY
    html = _page(story=story)
    text = "Lakeland and Norvia open a joint call on river restoration"  # as if the kicker were left out
    assert publisher_lines(lxml.html.fromstring(html), text, html) == text
