"""Known cities with few research organisations (look-up only in `data/cities.tsv`) count as
mentions where the text uses the name as a place: after a locative or a word of travel, before
their own country, before "-based", or opening a dateline; and only when the text names their
country too (a small town shares its name with others elsewhere). Elsewhere, and for the names of
the stoplist (common words, persons' names), they do not."""

from __future__ import annotations

import pytest

from bilat.extract.reference import countries
from bilat.extract.reference.countries import MIN_ORGS_FOR_MENTION

from .records import Extract


def _cities(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], code) for s, e, code, kind in countries().spans(text) if kind in ("city", "capital")]


@pytest.mark.parametrize("name", ["Ushuaia", "Solna", "Joensuu", "Kortrijk", "Tandil", "Semarang"])
def test_the_examples_are_look_up_only_cities(name: str) -> None:
    info = countries().city(name)
    assert info is not None
    assert _cities(f"{name} and {name}") == []  # no place context: not a mention
    assert MIN_ORGS_FOR_MENTION > 1


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        # a locative
        ("The second workshop will be held in Ushuaia next spring.", "Ushuaia", "AR"),
        ("Researchers met at Solna on Friday to compare results.", "Solna", "SE"),
        ("In Joensuu, the partners presented three pilot projects.", "Joensuu", "FI"),
        ("A field station near Tandil hosts the trials.", "Tandil", "AR"),
        ("The partners opened a liaison office in the city of Semarang.", "Semarang", "ID"),
        ("Students from Kortrijk will spend a term abroad.", "Kortrijk", "BE"),
        # travel with "to"
        ("The minister's visit to Kortrijk focused on textiles.", "Kortrijk", "BE"),
        ("Officials travelled to Joensuu for the signing.", "Joensuu", "FI"),
        ("A delegation went to Ushuaia to see the port.", "Ushuaia", "AR"),
        # its own country next to it
        ("Partners: Universidad Austral, Ushuaia, Argentina; two firms.", "Ushuaia", "AR"),
        ("The consortium includes a start-up from Solna (Sweden).", "Solna", "SE"),
        # the last item of a comma list closing a line or a table cell
        ("Grantees:\nRUIZ Marta, Polar Institute (PI), Ushuaia\nTwo more follow.", "Ushuaia", "AR"),
        ("<td>Dr. Lind, Karolinska Institutet, Solna</td>", "Solna", "SE"),
        ("- Kick-off: 3-5 May 2026, Joensuu\n- Review: 2027", "Joensuu", "FI"),
        # "-based"
        ("A Joensuu-based company supplies the sensors.", "Joensuu", "FI"),
        # a dateline, as written or in capitals
        ("JOENSUU, 4 March 2026 — Finland and Japan agreed to cooperate.", "JOENSUU", "FI"),
        ("**Kortrijk** — Belgian and Korean firms met on Monday.", "Kortrijk", "BE"),
        ("SEMARANG (Antara) - Indonesian and Dutch engineers began work.", "SEMARANG", "ID"),
    ],
)
def test_a_look_up_only_city_used_as_a_place_is_a_mention(text: str, city: str, code: str) -> None:
    context = f"{text}\nPartners from {countries().name(code)} joined the project."
    assert (city, code) in _cities(context)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Kenya's fisheries office in Saint-Louis will issue the permits.", "Saint-Louis"),
        ("Our Japanese partners will open a lab in Santa Fe next year.", "Santa Fe"),
        ("Our Brazilian partners travelled to Joensuu in May.", "Joensuu"),
    ],
)
def test_a_town_of_a_country_the_text_does_not_name_is_not_a_mention(text: str, city: str) -> None:
    assert city not in [name for name, _ in _cities(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no place context
        "Joensuu researchers and Solna engineers published together.",
        "The University of Joensuu and the Kortrijk campus signed a memorandum.",
        # a country that is not its own
        "The consortium includes a start-up from Norway, Solna, Denmark.",
        # capitals outside a dateline are often an acronym
        "The JOENSUU consortium met in March.",
        # stoplisted names: a common word, a person's name, an adjective
        "After Reading the report, the minister agreed.",
        "The prize went to Florence Adeyemi for her work on soils.",
        "She works in Mobile networks at a large operator.",
        "The award was presented in Aurora Lindqvist's presence.",
    ],
)
def test_no_place_context_no_mention(text: str) -> None:
    # every city's country is named, so only the context keeps them out
    named = f"{text}\nFinnish, Swedish, Belgian, British, Italian and American partners took part."
    assert _cities(named) == []


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("Argentine and Italian groups: Chemistry Institute (CI), Santa Fe\n", "Santa Fe", "AR"),
        ("An American lab in Santa Fe joined the project.", "Santa Fe", "US"),
        ("American and Argentine groups met in Santa Fe, Argentina, in May.", "Santa Fe", "AR"),
        ("Bolivian engineers met their Dutch peers in Santa Cruz.", "Santa Cruz", "BO"),
        ("American researchers will open a lab in Santa Cruz next year.", "Santa Cruz", "US"),
    ],
)
def test_a_name_shared_by_towns_of_two_countries_takes_the_one_the_text_names(
    text: str, city: str, code: str
) -> None:
    assert (city, code) in _cities(text)


def test_scanned_cities_stay_where_no_look_up_only_name_is_a_place() -> None:
    # a scanned city inside a longer look-up-only name is kept when the longer one is not a place
    found = _cities("Paris and Tokyo")
    assert ("Paris", "FR") in found and ("Tokyo", "JP") in found


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The joint workshop on coastal erosion was held in Ushuaia, Argentina, on 4 March 2026.", "Ushuaia"),
        (
            "On 12 May 2026 the Belgian and Korean institutes signed a memorandum of understanding "
            "in Kortrijk.",
            "Kortrijk",
        ),
        (
            "Finnish and Chilean partners met in Joensuu on 9 June 2026 for the first steering "
            "committee meeting.",
            "Joensuu",
        ),
    ],
)
def test_an_event_takes_a_look_up_only_city_as_its_place(extract: Extract, text: str, city: str) -> None:
    record = extract(text, published="2026-06-20")
    assert any(event.get("location") == city for event in record["events"])
