"""Organisations and the country mentions behind their countries: classes of errors seen in several
sets (session 14, round b), with sentences of our own.

- a country's name glued to a dollar sign or before "dollar(s)" names a currency ("US$ 40
  million", "US dollars"), not the country: no country mention for a body's owner or a partnership;
- a registry body named with a seat in another country right after it ("the Instituto do Mar (IMar)
  in Mindelo") is that country's namesake, like one with an owner before it; Cabo Verde's own
  adjective and second city are known;
- a page's publisher named in its header or footer as a mission with its seat ("Embassy of Norway
  in Lakeland") comes back; a name whose fields go on after a comma ("Ministry of Business,
  Innovation & Employment") is never cut at that comma;
- airlines named without a head word ("Air Tahiti Nui", "MaltaAir", "Aerolíneas Uruguayas") where
  the sentence speaks of flying;
- a name read on into a sum of money is cut before it ("... Research Council and NOK 5 million");
- "Office for X" and "Office of X" in one text are one body;
- heads of other languages and of forces ("DLR Projektträger", "Ente de Turismo de ...",
  "Messe Leipzig", "Chilean Navy");
- a registry unit whose acronym is only its parent's first word ("Embrapa" of "Embrapa Soja") is not
  merged with the parent;
- a ministry's name after its country's adjective is also known without the adjective;
- "<Place>-based" before a company's name is no part of it; a legal form only one state uses places
  the company ("... Sdn Bhd": Malaysia).
"""

from __future__ import annotations

import lxml.html  # noqa: F401  (the reader's parser; imported so a missing one fails here)
import pytest

from bilat.extract.components.gazetteer import country_mentions
from bilat.extract.components.organizations import _legal_form_country
from bilat.extract.doc import Doc
from bilat.extract.org_airlines import airline_country_words
from bilat.ingest.readers.html import extract_page

from .records import Extract, org_names, orgs_by_name

CURRENCIES = [
    ("The hub will cost US$ 40 million over five years.", set()),
    ("Exports reached US$1.2 billion last year.", set()),
    ("The grant is paid in US dollars and in euros.", set()),
    ("US researchers will join the cruise.", {"US"}),
    ("The U.S. and Peru signed the protocol.", {"US", "PE"}),
]


@pytest.mark.parametrize(("text", "codes"), CURRENCIES)
def test_a_currency_is_no_mention_of_its_country(text: str, codes: set[str]) -> None:
    places, _ = country_mentions(Doc(text=text, name="x.txt"))
    assert {m.attrs["code"] for m in places} == codes


def test_a_currency_gives_no_owner_to_a_company(extract: Extract) -> None:
    text = (
        "Buyers signed letters of intent worth US$ 58 million on Tuesday. The Guangzhou importer "
        "Lingnan Orchard Group alone committed 80 million yuan to grape purchases."
    )
    org = orgs_by_name(extract(text)).get("Lingnan Orchard Group")
    assert org is not None
    assert org["country"] != "US"


SEATED_NAMESAKES = [
    (
        "Each consortium must include a partner in Cabo Verde, such as the Instituto do Mar (IMar) in "
        "Mindelo.",
        "CV",
    ),
    ("The Cabo Verdean minister visited the Marine Research Centre Mindelo on Friday.", "CV"),
]


@pytest.mark.parametrize(("text", "country"), SEATED_NAMESAKES)
def test_a_body_seated_in_cabo_verde_is_cabo_verdes(extract: Extract, text: str, country: str) -> None:
    orgs = extract(text)["organizations"]
    assert orgs
    assert all(org["country"] == country for org in orgs), orgs


STORY = """<h1>Lakeland and Norvia open a joint call on river restoration</h1>
<p>The science agencies of Lakeland and Norvia have opened a joint call for research projects on the
restoration of rivers that cross their shared border. Each project needs a partner in both countries
and may run for up to three years.</p>"""

PAGE = """<!DOCTYPE html><html><head><title>Joint call</title></head><body>
{header}<main><article>{story}</article></main>
{footer}</body></html>"""

PUBLISHERS = [
    (  # a mission named with its seat, in the footer's address line
        "",
        """<footer class="site-footer"><p>Embassy of Norway in Lakeland &middot; 4 Harbour Road,
        Lakeside 1020</p></footer>""",
        ["Embassy of Norway in Lakeland"],
    ),
    (  # a mission to a country, as the header's brand
        """<header class="site-header"><a class="logo" href="/">Delegation of the European Union to
        Lakeland</a></header>""",
        "",
        ["Delegation of the European Union to Lakeland"],
    ),
    (  # a name written with an entity cannot be grounded: no line, and no cut at its comma
        "",
        """<footer class="site-footer"><p>&copy; Ministry of Business, Innovation &amp; Employment
        2026. All rights reserved.</p></footer>""",
        [],
    ),
]


@pytest.mark.parametrize(("header", "footer", "lines"), PUBLISHERS)
def test_publisher_missions_with_a_seat_and_no_cut_names(header: str, footer: str, lines: list[str]) -> None:
    bare = extract_page(PAGE.format(header="", footer="", story=STORY)).text.splitlines()
    page = extract_page(PAGE.format(header=header, footer=footer, story=STORY)).text.splitlines()
    assert [line for line in page if line not in bare] == lines


AIRLINES = [
    (
        "Air Tahiti Nui will add two weekly flights between Papeete and Auckland next winter.",
        "Air Tahiti Nui",
    ),
    ("MaltaAir and Aegean Airlines are in talks on a codeshare on the route to Athens.", "MaltaAir"),
    ("Aerolíneas Uruguayas offers a 10% discount on flights to Montevideo.", "Aerolíneas Uruguayas"),
]


@pytest.mark.parametrize(("text", "name"), AIRLINES)
def test_airlines_without_a_head_word(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


NOT_AIRLINES = [
    "The Air Force will fly the team to the station in March.",
    "Air Quality monitoring will cover both airports.",
    "Air Transat sponsors the festival of film in the old harbour this summer.",
]


@pytest.mark.parametrize("text", NOT_AIRLINES)
def test_no_airline_without_flying_or_after_a_non_name(extract: Extract, text: str) -> None:
    names = org_names(extract(text))
    assert not any(name.startswith("Air ") for name in names), names


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("EgyptAir", ["Egypt"]),
        ("Air New Zealand", ["New Zealand"]),
        ("Aerolíneas Argentinas", ["Argentinas", "Argentina"]),
    ],
)
def test_an_airlines_country_word(name: str, words: list[str]) -> None:
    assert airline_country_words(name) == words


def test_a_name_is_cut_before_a_sum_of_money(extract: Extract) -> None:
    text = (
        "The project is funded with EUR 2 million from the Research Council of Norway and CLP 900 "
        "million from Chile's National Research and Development Agency (ANID)."
    )
    names = org_names(extract(text))
    assert "Research Council of Norway" in names
    assert not any("CLP" in name for name in names), names


def test_office_for_and_office_of_are_one_body(extract: Extract) -> None:
    text = (
        "The Office of Science and Innovation supported the visit of the delegation in May.\n\n"
        "In brief\n\nOffice for science and innovation (OSI) in Tokyo was founded in 1966."
    )
    orgs = [o for o in extract(text)["organizations"] if "nnovation" in o["name"]]
    assert len(orgs) == 1, orgs


HEADS = [
    (
        "The call is run on the German side by the project agency DLR Projektträger in Bonn.",
        "DLR Projektträger",
    ),
    ("Questions go to Projektträger Jülich (PtJ) before the deadline.", "Projektträger Jülich"),
    ("The Ente de Turismo de Rosario is promoting the festival this autumn.", "Ente de Turismo de Rosario"),
    ("The trade fair, organised by Messe Leipzig, opens on 4 March.", "Messe Leipzig"),
    ("Researchers will sail aboard a Chilean Navy icebreaker next season.", "Chilean Navy"),
]


@pytest.mark.parametrize(("text", "name"), HEADS)
def test_heads_of_other_languages_and_forces(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


def test_a_registry_unit_is_not_its_parent(extract: Extract) -> None:
    text = (
        "The delegation met the Brazilian Agricultural Research Corporation (Embrapa) in Brasília and "
        "spent a day at Embrapa Mandioca e Fruticultura in Bahia."
    )
    orgs = extract(text)["organizations"]
    units = [o for o in orgs if "Mandioca" in " ".join([o["name"], *(o.get("aliases") or [])])]
    assert len(units) == 1
    assert "Embrapa" not in (units[0].get("aliases") or [])


def test_a_ministry_after_its_adjective_is_known_without_it(extract: Extract) -> None:
    text = "The Argentine Ministry of Foreign Affairs, International Trade and Worship will pay the travel."
    assert "Ministry of Foreign Affairs, International Trade and Worship" in org_names(extract(text))


def test_a_seat_before_a_company_is_no_part_of_its_name(extract: Extract) -> None:
    text = "Johor-based Nusantara Wafer Sdn Bhd and a Chinese partner signed a memorandum on Tuesday."
    orgs = orgs_by_name(extract(text))
    assert "Nusantara Wafer Sdn Bhd" in orgs
    assert orgs["Nusantara Wafer Sdn Bhd"]["country"] == "MY"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kinabalu Holdings Bhd", "MY"),
        ("Sumber Energi Tbk", "ID"),
        ("Lappi Sensors Oy", "FI"),
        ("Milano Sensori S.p.A.", "IT"),
        ("Andes Quantum S.A.", None),
        ("Nordlys Marine AS", None),
    ],
)
def test_legal_forms_of_one_state(name: str, country: str | None) -> None:
    assert _legal_form_country(name) == country
