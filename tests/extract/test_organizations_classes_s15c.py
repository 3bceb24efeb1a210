"""Round 15c organisation classes: an acronym's long form does not reach back over a heading,
dateline or table line, nor over a blank line, into the line before its sentence (only over a line
cut inside the name, after a comma or a joining word); and a one-word body described by its
owner's possessive ("Ceibal, Uruguay's centre for ...") is an organisation, as with "the"."""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a headline without a full stop, then the lede
            "Harbour city and Kenya's KEMRI join forces on genomics and AI\n"
            "Lagoon Coast University (LCU) has signed a five-year agreement with its Kenyan partner.",
            "Lagoon Coast University",
        ),
        (  # a dateline in capitals
            "MEDIA RELEASE\nNordic Institute for Coastal Research (NICR) will open a station next year.",
            "Nordic Institute for Coastal Research",
        ),
        (  # a blank line after a heading
            "# Ten years of marine partnerships in East Africa\n\n"
            "**Indian Ocean Policy Institute (IOPI)**\n\nThe brief reviews ten years of projects.",
            "Indian Ocean Policy Institute",
        ),
        (  # the title line of the person above
            "Contact: Jane Roe, Deputy Director, Global Partnerships\n"
            "National Science Foundation Freedonia (NSFF) funds the second phase.",
            "National Science Foundation Freedonia",
        ),
    ],
)
def test_long_form_stops_at_a_line_it_was_not_cut_from(extract: Extract, text: str, name: str) -> None:
    orgs = org_countries_and_aliases(extract(text, published=None))
    assert name in orgs
    # (no alias keeps the line before: "AI Lagoon Coast University", "MEDIA RELEASE Nordic ...")
    assert not any(alias != name and alias.endswith(name) for alias in orgs[name][1])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The partners met in Mexico City on Monday. The German ministry and the Secretariat of Science,\n"
            "Humanities, Technology and Innovation (SHTI) will fund ten projects.",
            "Secretariat of Science, Humanities, Technology and Innovation",
        ),
        (
            "The call is run by the Korea Foundation for\nInternational Exchange (KFIE) every spring.",
            "Korea Foundation for International Exchange",
        ),
        (  # cut after a capitalised word: the next line alone spells no long form
            "Grants come from the Caspian Marine\nResearch Institute (CMRI) and two other funders.",
            "Caspian Marine Research Institute",
        ),
    ],
)
def test_long_form_still_reaches_over_a_line_cut_inside_it(extract: Extract, text: str, name: str) -> None:
    assert name in org_countries_and_aliases(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Teachers followed the sessions online. Tamboril, Uruguay's centre for school robotics, showed "
            "its results. Tamboril's kits are used in every region.",
            "Tamboril",
            "UY",
        ),
        (
            "The delegation then visited Havforsk, Norway's institute for fjord research, in Bergen.",
            "Havforsk",
            "NO",
        ),
    ],
)
def test_possessive_apposition_names_a_body(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = org_countries_and_aliases(extract(text, published=None))
    assert name in orgs
    assert orgs[name][0] == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The visit was hosted by Tanaka, Japan's ambassador to the agency, in Oslo.", "Tanaka"),
        ("The talks ended. Meanwhile, Japan's science agency, the JSPS, said so.", "Meanwhile"),
        ("Delegates met in Kigali, Rwanda's capital, on Monday.", "Kigali"),
        ("The forum opened. Lindqvist, Sweden's research council chief, spoke first.", "Lindqvist"),
    ],
)
def test_possessive_apposition_of_an_office_or_adverb_is_no_body(
    extract: Extract, text: str, word: str
) -> None:
    assert word not in org_countries_and_aliases(extract(text, published=None))
