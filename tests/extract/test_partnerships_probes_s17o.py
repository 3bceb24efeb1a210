"""Partnership probes of session 17, round 4 (grammar probes, helper o). Texts of our own.

- A headline that states a pair's cooperation in science itself, with no field, agreement or
  programme named ("X and Y agree to cooperate in science and technology", "X and Y launch a
  research programme"), is an STI partnership; a science museum show or a sports deal is not.
- The one science item of a digest (the pair's own sentence, with a word of the work of science:
  research, technology, astronomy...) makes the digest about STI wherever it stands.
- Two research bodies, one of each country, that sign or cooperate in the pair's sentence.
- The names of sciences (seismology, photonics, astronomy...) are words of STI.
- "joint research" and "a joint call" make a text about STI in any one sentence; "a joint call for
  calm" is an appeal and makes nothing.
"""

from __future__ import annotations

import pytest

from .records import Extract

HEADLINE = [
    pytest.param(
        "ISLAMABAD, 14 January 2026 - Pakistan and Türkiye agree to cooperate in science and technology.",
        {("PK", "TR")},
        id="science and technology, nothing else",
    ),
    pytest.param(
        "RABAT, 2 February 2026 - Morocco and France to cooperate on phosphate research.",
        {("FR", "MA")},
        id="research on an unlisted field",
    ),
    pytest.param(
        "DAKAR, 5 May 2026 - Senegal and Portugal launch a research programme on mangrove restoration.",
        {("PT", "SN")},
        id="the pair as subject, no word of cooperation",
    ),
    pytest.param(
        "OSLO, 9 March 2026 - Norway and Estonia agree on closer cooperation in research and higher"
        " education.",
        {("EE", "NO")},
        id="research and education",
    ),
    pytest.param(
        "ACCRA, 3 April 2026 - Ghana and Nigeria agree to cooperate on a science museum exhibition.",
        set(),
        id="a science museum show",
    ),
    pytest.param(
        "HELSINKI, 4 March 2026 - Finland and Kenya agree to cooperate on athletics training.",
        set(),
        id="sport",
    ),
    pytest.param(
        "TOKYO, 3 March 2026 - Japan and Kenya agree to cooperate on technology exports and tariffs.",
        set(),
        id="the goods of a trade",
    ),
]

DIGEST = (
    "EMBASSY OF ARGENTINA IN AUSTRALIA - BULLETIN, APRIL 2026\n\n"
    "1. Culture: An Argentine tango festival opens in Melbourne on 12 April.\n\n"
    "2. Trade: Argentine wine sales in Australia rose by 8 per cent last year.\n\n"
    "3. Science: Argentina and Australia started a joint research project on Patagonian glaciers and"
    " Antarctic sea ice.\n\n"
    "4. Sport: The Pumas will play two matches in Sydney in August.\n"
)
DIGEST_NO_SCIENCE = (
    "EMBASSY OF ARGENTINA IN AUSTRALIA - BULLETIN, APRIL 2026\n\n"
    "1. Culture: An Argentine tango festival opens in Melbourne on 12 April.\n\n"
    "2. Trade: Argentina and Australia agreed to cooperate on beef and wine exports.\n\n"
    "3. Sport: The Pumas will play two matches in Sydney in August.\n"
)
BODIES = (
    "KAMPALA, 6 March 2026 - The National Agricultural Research Organisation of Uganda and the Tanzania"
    " Agricultural Research Institute signed a memorandum of understanding on cassava breeding.\n"
)
STATEMENT = (
    "Joint Press Statement - Norway and Chile\n"
    "Oslo, 3 November 2026\n\n"
    "The Prime Minister of Norway and the President of Chile met in Oslo to discuss trade, salmon farming"
    " and climate policy.\n"
    "They agreed to work together on fisheries and tourism.\n"
    "They also agreed that the research councils of the two countries will open a joint call on aquaculture"
    " in 2027.\n"
    "The President of Chile invited the Prime Minister to visit Santiago.\n"
)
APPEAL = (
    "Statement, 3 March 2026\n\n"
    "Sudan and South Sudan issued a joint call for calm along the border.\n"
    "Both countries agreed to resume talks on oil transit fees next month.\n"
)
DISCIPLINE = "RIGA, 4 January 2026 - Latvia and Sweden sign agreement on cooperation in photonics.\n"
SEISMOLOGY = "BOGOTÁ, 10 March 2026 - Colombia and Ecuador to cooperate on seismology.\n"

CASES = [
    *HEADLINE,
    pytest.param(DIGEST, {("AR", "AU")}, id="digest with one science item"),
    pytest.param(DIGEST_NO_SCIENCE, set(), id="digest without science"),
    pytest.param(BODIES, {("TZ", "UG")}, id="two research bodies sign"),
    pytest.param(STATEMENT, {("CL", "NO")}, id="a joint call in one line of a statement"),
    pytest.param(APPEAL, set(), id="a joint call for calm"),
    pytest.param(DISCIPLINE, {("LV", "SE")}, id="photonics"),
    pytest.param(SEISMOLOGY, {("CO", "EC")}, id="seismology"),
]


@pytest.mark.parametrize(("text", "pairs"), CASES)
def test_short_items(extract: Extract, text: str, pairs: set[tuple[str, str]]) -> None:
    record = extract(text, published=None)
    assert {tuple(p["pair"]) for p in record["partnerships"]} == pairs, record["partnerships"]
