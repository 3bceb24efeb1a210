"""Classes of wording behind programme, call, agreement and partnership misses, in texts of our own:
a country pair before a programme named for its purpose, acronyms spelled out after them ("X, short
for ..."), coined names described by an apposition ("X, a joint programme"), diplomatic statuses that
are no programmes, key-dates tables beside a page's article, plans "due to be signed" that are no
deadlines, instruments dated by the stated day rather than the page's, periods an instrument covers,
in-force days that date no other instrument, single-institution parties, and three-partner
cooperation."""

from __future__ import annotations

import pytest

from bilat.extract.components.programmes import _spells
from bilat.extract.components.trilateral import closed_triangle
from bilat.ingest.readers.html import extract_page

from .records import Extract, programme_names

PAIR_PREFIXED = [  # (text, full name)
    (
        "The funds will finance the Chile-Spain Programme for Research in Coastal Resilience, which runs "
        "for five years and supports science teams in both countries.",
        "Chile-Spain Programme for Research in Coastal Resilience",
    ),
    (
        "Both ministries back the Kenya–Finland Project for Strengthening Forest Science Education, a "
        "research cooperation of the two universities.",
        "Kenya–Finland Project for Strengthening Forest Science Education",
    ),
]

SHORT_FOR = [  # (text, acronym, long form)
    (
        "The agencies signed an arrangement for CORAL, short for Cooperative Ocean Research Across "
        "Latitudes. The mission will launch two small satellites in 2028.",
        "CORAL",
        "Cooperative Ocean Research Across Latitudes",
    ),
    (
        "Funding goes to MIRA, which stands for Mesures Innovantes pour la Recherche Agricole, a "
        "research programme shared by France and Senegal.",
        "MIRA",
        "Mesures Innovantes pour la Recherche Agricole",
    ),
    (
        "Scientists in Peru and Japan lead ANGE, short for Andean Next-Generation Exchange, a "
        "research project on glaciers.",
        "ANGE",
        "Andean Next-Generation Exchange",
    ),
]

DESCRIBED = [  # (text, name)
    (
        "The science councils of Iceland and Ireland are launching SeaLink, a joint programme on North "
        "Atlantic research. Researchers from both countries will share data.",
        "SeaLink",
    ),
    (
        "Researchers in Ghana and Canada will work within AgriNet2, the new bilateral research "
        "initiative on soil science.",
        "AgriNet2",
    ),
]


@pytest.mark.parametrize(("text", "name"), PAIR_PREFIXED)
def test_country_pair_before_a_purpose_name_is_part_of_it(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "short", "long"), SHORT_FOR)
def test_acronym_spelled_out_after_it(extract: Extract, text: str, short: str, long: str) -> None:
    names = programme_names(extract(text))
    assert short in names
    assert long in names


def test_spelled_out_acronym_without_a_programme_word_is_no_programme(extract: Extract) -> None:
    text = "Staff of NORA, short for Northern Office of Research Administration, answered questions."
    assert "NORA" not in programme_names(extract(text))


@pytest.mark.parametrize(
    ("short", "long", "spells"),
    [
        ("TANDO", "Tandem Argentina–Italia for Next-Generation Observation", False),
        ("TANGO", "Tandem Argentina–Italia for Next-Generation Observation", True),
        ("CORAL", "Cooperative Ocean Research Across Latitudes", True),
        ("XYZ", "Cooperative Ocean Research", False),
    ],
)
def test_initials_spell_the_acronym_in_order(short: str, long: str, spells: bool) -> None:
    assert _spells(short, long) is spells


@pytest.mark.parametrize(("text", "name"), DESCRIBED)
def test_coined_name_described_as_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_lower_case_apposition_after_an_ordinary_word_is_no_programme(extract: Extract) -> None:
    text = "Researchers in Ghana and Canada met in Accra, a city that hosts a joint research programme."
    assert "Accra" not in programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The research call delivers on the science pillar of the Chile–Korea Enhanced Partnership.",
        "Science cooperation is part of the Privileged Partnership between India and Japan, the "
        "ministers said at the research meeting.",
    ],
)
def test_diplomatic_status_is_no_programme(extract: Extract, text: str) -> None:
    names = {n.lower() for n in programme_names(extract(text))}
    assert not any(n.endswith(("enhanced partnership", "privileged partnership")) for n in names)


KEY_DATES_PAGE = """<html><head><title>Joint call</title></head><body><main><article>
<h1>2027 Norway–Chile joint research call on salmon health</h1>
<p>We invite proposals from researchers in Norway who want to work with partners in Chile on salmon
health. The call is run with the Chilean research agency and supports joint projects for three years.</p>
<aside class="key-dates"><h2>Key dates</h2><table>
<tr><th scope="row">Call opens</th><td>Monday 1 March 2027</td></tr>
<tr><th scope="row">Full proposals close</th><td><strong>12 noon (CET), Thursday 6 May 2027</strong></td></tr>
</table></aside>
<p>Each project may request up to NOK 8 million. Teams must include partners from both countries and
the research must address disease, feed or welfare in aquaculture.</p>
</article></main></body></html>"""


def test_key_dates_table_beside_the_article_is_read() -> None:
    text = extract_page(KEY_DATES_PAGE).text
    assert "Full proposals close – 12 noon (CET), Thursday 6 May 2027" in text


def test_data_table_with_columns_adds_no_lines() -> None:
    page = KEY_DATES_PAGE.replace(
        '<tr><th scope="row">Call opens</th><td>Monday 1 March 2027</td></tr>',
        "<tr><th>Stage</th><th>Date</th><th>Note</th></tr>",
    )
    assert "Full proposals close –" not in extract_page(page).text


@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("Full proposals close – 12 noon (NZDT), Thursday 5 March 2026", "2026-03-05T12:00+13:00"),
        ("Applications close – 5pm (AEDT), Friday 6 March 2026", "2026-03-06T17:00+11:00"),
        ("Full proposals close – noon NZST, Thursday 2 July 2026", "2026-07-02T12:00+12:00"),
    ],
)
def test_noon_and_bracketed_zone_before_the_date(extract: Extract, line: str, deadline: str) -> None:
    text = f"Joint research call for proposals.\nKey dates\n{line}\nThe call funds research teams.\n"
    assert [c["deadline"] for c in extract(text)["calls"]] == [deadline]


@pytest.mark.parametrize(
    "text",
    [
        "Funding for research. A trilateral letter of intent between the three space agencies is due to "
        "be signed on 18 November 2026 in Lima, with EUR 90 million for the mission.",
        "Research funding news: the memorandum is due to be signed on 4 May 2027 in Nairobi.",
    ],
)
def test_due_to_be_signed_is_no_deadline(extract: Extract, text: str) -> None:
    assert extract(text)["calls"] == []


def test_is_due_remains_a_deadline(extract: Extract) -> None:
    text = "Joint call for research proposals. Full proposals are due 14 April 2027."
    assert [c["deadline"][:10] for c in extract(text)["calls"]] == ["2027-04-14"]


def _dates(record: dict, kind: str) -> list[str | None]:
    return [a.get("date") for a in record["agreements"] if a["type"] == kind]


def test_stated_day_beats_the_page_date(extract: Extract) -> None:
    text = (
        "Chile and Korea sign joint statement on research cooperation\n\n"
        "The statement was signed yesterday in Seoul by the two science ministers, who agreed a joint "
        "statement on research and innovation cooperation."
    )
    assert _dates(extract(text, published="2027-03-04"), "joint_statement") == ["2027-03-03"]


def test_undated_signing_takes_the_reported_day_not_the_release_day(extract: Extract) -> None:
    text = (
        "Santiago, 10 June 2027\n\n"
        "On 9 June 2027, Chile and Peru held the fifth meeting of their joint committee on science and "
        "technology cooperation.\n\n"
        "The ministers reviewed research projects in astronomy and seismology. They discussed mobility of "
        "researchers. They agreed on new calls. They praised the joint laboratories. They reviewed data "
        "sharing. They met students. They visited a lab. They spoke to press.\n\n"
        "At the close of the meeting, the two agencies signed a memorandum of understanding on joint "
        "research funding."
    )
    assert _dates(extract(text, published="2027-06-10"), "memorandum") == ["2027-06-09"]


def test_period_covered_is_not_the_signing_date(extract: Extract) -> None:
    text = (
        "On 12 May 2027, Ghana and Canada agreed on research cooperation. The ministers signed the Action "
        "Plan for Science and Innovation Cooperation between Ghana and Canada for the period 2028-2030."
    )
    assert _dates(extract(text, published="2027-05-13"), "action_plan") == ["2027-05-12"]


def test_in_force_day_dates_no_later_memorandum(extract: Extract) -> None:
    text = (
        "Ghana and Canada research cooperation.\n\n"
        "The research agreement, signed in Accra on 3 March 2024, entered into force on 1 June 2025. "
        "The two research councils also signed a memorandum of understanding on data sharing."
    )
    dates = _dates(extract(text, published="2027-02-10"), "memorandum")
    assert dates and dates[0] != "2025-06-01"


def test_institution_memorandum_parties_from_both_countries(extract: Extract) -> None:
    text = (
        "University of Nairobi and Ghent University sign research memorandum\n\n"
        "The Vice-Chancellor of the University of Nairobi and the Rector of Ghent University signed a "
        "Memorandum of Understanding on research cooperation and student exchange. Ghent University in "
        "Belgium and the University of Nairobi in Kenya will run joint research projects."
    )
    parties = [a["parties"] for a in extract(text)["agreements"] if a["type"] == "memorandum"]
    assert parties and parties[0] == ["BE", "KE"]


TRIANGLES = [  # (pairs, closed)
    ([("DK", "NO"), ("CA", "NO")], {("CA", "DK"), ("DK", "NO"), ("CA", "NO")}),
    ([("AR", "IT"), ("BR", "IT")], {("AR", "BR"), ("AR", "IT"), ("BR", "IT")}),
    ([("AR", "IT")], {("AR", "IT")}),  # two countries: nothing to close
    ([("AR", "IT"), ("BR", "FR")], {("AR", "IT"), ("BR", "FR")}),  # four countries: no triangle
]


@pytest.mark.parametrize(("pairs", "closed"), TRIANGLES)
def test_three_partner_pairs_close_the_triangle(pairs: list, closed: set) -> None:
    assert {tuple(sorted(p)) for p in closed_triangle(pairs)} == closed


def test_three_funders_sign_for_all_three_countries(extract: Extract) -> None:
    text = (
        "Norway, Finland and Japan join forces on polar research\n\n"
        "The Research Council of Norway, the Research Council of Finland and the Japan Society for the "
        "Promotion of Science are launching a joint programme on polar research. Researchers from the "
        "three countries will share ship time and data.\n\n"
        "The three funders signed a letter of intent in Tokyo on 28 November 2026."
    )
    record = extract(text, published="2027-01-12")
    parties = [a["parties"] for a in record["agreements"] if a["type"] == "letter_of_intent"]
    assert parties == [["FI", "JP", "NO"]]


def test_side_remark_on_a_trilateral_workshop_adds_no_pair(extract: Extract) -> None:
    text = (
        "Science digest\n\nMexico and Spain renew research cooperation on green hydrogen. The research "
        "ministries agreed joint calls. Scientists met in Madrid. New projects start soon. Funding rises.\n\n"
        "Mexico and Chile renew their space research cooperation. Spain and Mexico are also discussing a "
        "trilateral research workshop with Chile in 2027."
    )
    pairs = {tuple(p["pair"]) for p in extract(text)["partnerships"]}
    assert ("CL", "ES") not in pairs


def test_key_dates_line_restating_a_day_is_the_same_call(extract: Extract) -> None:
    text = (
        "Joint research call for proposals with the Research Council of Norway.\n"
        "- Submit a registration through the NSTC portal by 5 February 2027.\n"
        "The Research Council of Finland funds the Finnish teams.\n"
        "Key dates\n"
        "Registrations close – Friday 5 February 2027\n"
    )
    assert [c["deadline"] for c in extract(text)["calls"]] == ["2027-02-05"]
