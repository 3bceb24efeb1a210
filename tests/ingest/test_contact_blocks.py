"""Contact boxes: a box naming a person, her role, unit, e-mail address and phone, that boilerplate
removal dropped, comes back at its place on the page; banners, menus and a site footer's address
stay out, and a contact the article already shows is not repeated."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.ingest.file_offsets import FileOffsets, file_text
from bilat.ingest.readers.html import extract_page

STORY = """<h1>Lakeland and Norvia open a joint call on river restoration</h1>
<p>The science agencies of Lakeland and Norvia have opened a joint call for research projects on the
restoration of rivers that cross their shared border. Each project needs a partner in both countries
and may run for up to three years, with a budget of up to 400,000 euros on each side.</p>
<p>Proposals are due on 12 March 2027 and are assessed by a joint panel of both agencies.</p>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call on river restoration</title></head><body>
<header><div class="brand">Lakeland Science Agency</div><a href="/contact">Contact</a></header>
{banner}<main><article>{story}{inside}</article>{beside}</main>
<footer class="site-footer">{footer}<p><a href="/privacy">Privacy</a> · <a href="/about">About us</a></p>
</footer></body></html>"""

ASIDE = """<aside class="box"><h3>Contact</h3><p>Dr Ilse Varga<br>Programme Manager, International
Cooperation<br>Lakeland Science Agency<br><a href="mailto:ilse.varga@lsa.example">ilse.varga@lsa.example</a>
<br>+45 3344 5566</p></aside>"""

CONTACT_DIV = """<div class="contact-card"><p><strong>Press contact:</strong> Pavel Oksanen, Head of
Communications, Norvia Research Office, pavel.oksanen@nro.example, tel. +358 9 123 4567</p></div>"""

COMPANY_FOOTER = """<div class="footer-address"><strong>Lakeland Science Agency</strong><br>Harbour Street
12, 2100 Eastport<br>info@lsa.example<br>Tel. +45 3344 0000</div>"""

PERSON_FOOTER = """<p><strong>For more information</strong><br>Bilateral Programmes Unit<br>Ms Greta
Holm, Senior Adviser<br>Harbour Street 12, 2100 Eastport<br>greta.holm@lsa.example</p>"""

COOKIES = """<div id="cookie-consent" class="banner"><p>We use cookies to improve this site. Questions:
privacy@lsa.example</p><p>Anna Berg, Data Protection Officer</p></div>"""


def _page(*, inside: str = "", beside: str = "", footer: str = "", banner: str = "") -> str:
    return PAGE.format(story=STORY, inside=inside, beside=beside, footer=footer, banner=banner)


def _lines(html: str) -> list[str]:
    return extract_page(html).text.splitlines()


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            ASIDE,
            [
                "Contact",
                "Dr Ilse Varga",
                "Programme Manager, International Cooperation",
                "Lakeland Science Agency",
                "ilse.varga@lsa.example",
                "+45 3344 5566",
            ],
        ),
        (
            CONTACT_DIV,
            [
                "Press contact: Pavel Oksanen, Head of Communications, Norvia Research Office,"
                " pavel.oksanen@nro.example, tel. +358 9 123 4567"
            ],
        ),
    ],
)
def test_a_contact_box_beside_the_article_comes_back_after_it(box: str, expected: list[str]) -> None:
    lines = _lines(_page(beside=box))
    at = lines.index(expected[0])
    assert lines[at : at + len(expected)] == expected
    # at the box's place: after the article's last paragraph
    assert lines[at - 1].startswith("Proposals are due on 12 March 2027")
    assert "Privacy · About us" not in lines and "Contact" not in lines[:at]


def test_a_person_in_the_site_footer_comes_back_but_not_the_footer() -> None:
    lines = _lines(_page(footer=PERSON_FOOTER))
    at = lines.index("For more information")
    assert lines[at + 1 : at + 3] == ["Bilateral Programmes Unit", "Ms Greta Holm, Senior Adviser"]
    assert not any("Privacy" in line for line in lines)


def test_a_footers_company_address_alone_is_not_added() -> None:
    text = extract_page(_page(footer=COMPANY_FOOTER)).text
    assert "info@lsa.example" not in text and "Harbour Street" not in text


def test_a_cookie_banner_with_an_e_mail_address_is_not_added() -> None:
    text = extract_page(_page(banner=COOKIES)).text
    assert "privacy@lsa.example" not in text and "Anna Berg" not in text


def test_a_contact_already_in_the_article_is_not_repeated() -> None:
    inside = "<p>Contact: Dr Ilse Varga, Programme Manager, ilse.varga@lsa.example, +45 3344 5566</p>"
    text = extract_page(_page(inside=inside)).text
    assert text.count("ilse.varga@lsa.example") == 1
    assert text.count("Ilse Varga") == 1


def test_a_box_too_large_to_be_one_contact_is_not_taken_whole() -> None:
    sidebar = "<aside>" + "".join(f"<p>Related story number {n} on river science</p>" for n in range(40))
    sidebar += "<p>Newsroom: news@lsa.example</p></aside>"
    text = extract_page(_page(beside=sidebar)).text
    assert "Related story number" not in text


def test_a_person_named_only_in_the_box_is_extracted_with_her_role_and_grounded() -> None:
    html = _page(beside=ASIDE)
    text = extract_page(html).text
    record = get_extractor().extract(text, name="river_call.html").to_dict()
    people = {person["name"]: person for person in record["people"]}
    assert "Ilse Varga" in people, sorted(people)
    roles = people["Ilse Varga"].get("role") or []
    roles = [roles] if isinstance(roles, str) else roles
    assert any("Programme Manager" in role for role in roles), people["Ilse Varga"]
    # the evidence maps into the file's own text
    source = file_text(html.encode("utf-8"))
    offsets = FileOffsets.build(text, source, markup=True)
    for evidence in people["Ilse Varga"]["evidence"]:
        span = offsets.span(evidence["start"], evidence["end"])
        assert span is not None
        assert "Ilse Varga" in source[span[0] : span[1]] or "Programme" in source[span[0] : span[1]]
