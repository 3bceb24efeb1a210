"""Programme probes of session 22, round 3 (helper p). Short whole documents of our own, in the
style of funder news, embassy newsletters, ministry pages and project pages.

1. An abbreviation of a field before a kind word names no programme: "the AI flagship project",
   "the ICT programme" (programme_phrase_words.yaml `generic_name_words`).
2. An organisation's acronym opening a name stays in it when the rest is only generic words and a
   grant word: "the KOICA Fellowship Program", "the ANID International Cooperation Programme"
   (programmes._owner_names_it, `grant_heads`).
3. "for" and a people's adjective before a plain phrase is for whom the programme is: "the Eiffel
   Excellence Scholarship Programme for Thai students" (programmes._without_group_after).
4. A bulleted list of projects may give a coined name alone or before its partners in brackets:
   "* WASH4All", "- AgriLoop (University of Nairobi, TU Munich)" (programmes._BARE_ITEM).
5. A programme's title after a dash ("CLIENT II – International Partnerships for Sustainable
   Innovations") is its alias, no second programme (programmes._join_dash_titles).
6. A country's field abbreviation before a kind word names no programme: "the Italian AI flagship
   project" (programmes._is_place_only, _field_abbreviations); nor does the Moon or a planet alone:
   "the Moon to Mars programme" gives no "Mars" (`place_only_names`).
7. A coined acronym of five or more capitals before "projects" is a programme: "SANCOOP projects
   will present ..." (programmes._CODED_ACRONYM); not "ERC projects".
8. An organisation's acronym before one plain word stays in the name: "the JICA Chair programme"
   gives "JICA Chair", no "Chair" (programmes._owner_names_it).
9. The tail of a known programme after "without" or "with" is no second name: "Science without
   Borders programme" gives no "Borders" (programmes._outside_known).
10. A name right after a degree word and "in" is the degree's field: "the Master in Astronomy
   programme" names no programme (programmes._DEGREE_BEFORE).
"""

from __future__ import annotations

import pytest

from .records import Extract

FOUND = [  # (text, names that must be programmes, names that must not be names or aliases)
    pytest.param(
        "## Finland and India to cooperate on 6G research\n\nHelsinki, 2 March 2026 - The University "
        "of Oulu's 6G Flagship programme and IIT Madras signed a memorandum. India's Bharat 6G Alliance "
        "was mentioned alongside the AI flagship project of the Finnish Center for Artificial "
        "Intelligence.\n",
        {"6G Flagship"},
        {"AI"},
        id="field-abbreviation-flagship",
    ),
    pytest.param(
        "Kenya and Japan: new digital skills cooperation\n\nNairobi, 4 March 2026 - Kenya's Ministry of "
        "ICT and JICA agreed that the ICT programme of the ministry will host Japanese experts.\n",
        set(),
        {"ICT"},
        id="field-abbreviation-programme",
    ),
    pytest.param(
        "Korea and Vietnam open second window of the Korea-Vietnam Science Fund\n\nHanoi, 9 March 2026 - "
        "The Korea International Cooperation Agency (KOICA) and NAFOSTED met. Applicants should also "
        "note the KOICA Fellowship Program and the ODA Scholarship Program.\n",
        {"KOICA Fellowship Program", "Korea-Vietnam Science Fund"},
        {"Fellowship Program"},
        id="acronym-owner-fellowship",
    ),
    pytest.param(
        "Germany and Chile: exchange scheme opens\n\nSantiago, 3 March 2026. The DAAD and Chile's "
        "National Agency for Research and Development (ANID) invite proposals. The Mobility strand of "
        "the ANID International Cooperation Programme covers travel.\n",
        {"ANID International Cooperation Programme"},
        set(),
        id="acronym-owner-generic-programme",
    ),
    pytest.param(
        "<html><body><h2>Fellowships for Thai researchers in France</h2>\n<p>Bangkok, 12 March 2026. "
        "The Embassy of France in Thailand and TSRI announced the renewal of the Eiffel Excellence "
        "Scholarship Programme for Thai students. The Charpak Lab Scholarship remains open.</p>\n"
        "</body></html>\n",
        {"Eiffel Excellence Scholarship Programme", "Charpak Lab Scholarship"},
        {"Eiffel Excellence Scholarship Programme for Thai"},
        id="for-people-adjective",
    ),
    pytest.param(
        "Brazil and the UK: fellowships\n\nLondon, 5 March 2026 - UKRI and FAPESP renewed the Newton "
        "International Fellowship Programme for Brazilian researchers.\n",
        set(),
        {"Newton International Fellowship Programme for Brazilian"},
        id="for-people-adjective-brazil",
    ),
    pytest.param(
        "# Germany and Kenya: new projects in the CLIENT II programme\n\nNairobi, 1 March 2026 - The "
        "BMBF announced the projects selected under CLIENT II – International Partnerships for "
        "Sustainable Innovations, with partners in Kenya.\n\nFunded projects include:\n\n"
        "* SUSKEN – Sustainable water use in Kenyan highlands\n"
        "* AgriLoop (University of Nairobi, TU Munich)\n* WASH4All\n"
        "* HyKen: green hydrogen for Kenyan industry\n\nEach project runs for three years.\n",
        {"CLIENT II", "SUSKEN", "AgriLoop", "WASH4All", "HyKen"},
        set(),
        id="bare-project-list",
    ),
    pytest.param(
        "Indonesia and the Netherlands fund joint research\n\nJakarta, 6 March 2026 - NWO and BRIN "
        "selected these projects:\n\n- PEATWISE\n- MangroveNet (IPB University, Wageningen University)\n"
        "- CORAL3D\n\nThe projects start in September.\n",
        {"PEATWISE", "MangroveNet", "CORAL3D"},
        set(),
        id="bare-project-list-dashes",
    ),
    pytest.param(
        "Israel and Italy: quantum and space\n\nRome, 8 March 2026 - The Italian Space Agency presented "
        "the Moon to Mars programme of its partners. The Italian AI flagship project at the University of "
        "Pisa and Israel's national AI program will share data. The Israeli ICT initiative was praised.\n",
        set(),
        {"Mars", "Italian AI", "AI", "Israeli ICT", "ICT"},
        id="country-field-and-planet",
    ),
    pytest.param(
        "Norway and South Africa extend research partnership\n\nCape Town, 8 March 2026. The Research "
        "Council of Norway and the NRF renewed their cooperation. According to the funders, SANCOOP "
        "projects will present their results in Stellenbosch. ERC projects were also discussed.\n",
        {"SANCOOP"},
        {"ERC"},
        id="coined-acronym-projects",
    ),
    pytest.param(
        "<html><body><h1>Japan and Kenya: training</h1>\n<p>Nairobi, 7 March 2026 - The Japan "
        "International Cooperation Agency (JICA) said the JICA Chair programme supports Kenyan "
        "universities.</p></body></html>\n",
        {"JICA Chair"},
        {"Chair"},
        id="acronym-owner-plain-word",
    ),
    pytest.param(
        "UK and Brazil strengthen science ties\n\nBrasilia, 11 March 2026 - UKRI and CNPq met. "
        "Brazil's Science without Borders programme ended in 2017.\n",
        {"Science without Borders"},
        {"Borders"},
        id="known-tail-after-without",
    ),
    pytest.param(
        "Korea and Chile: astronomy\n\nSantiago, 6 March 2026. KASI and the University of Chile renewed "
        "their cooperation on the Giant Magellan Telescope project. Korean students join the Master in "
        "Astronomy programme at the University of Chile, and Chilean students the MSc in Space "
        "Engineering program in Daejeon.\n",
        {"Giant Magellan Telescope"},
        {"Astronomy", "Space Engineering"},
        id="degree-field",
    ),
]


@pytest.mark.parametrize(("text", "names", "not_names"), FOUND)
def test_programme_probes(extract: Extract, text: str, names: set[str], not_names: set[str]) -> None:
    record = extract(text, None)
    found = {p["name"] for p in record["programs"]}
    everything = found | {a for p in record["programs"] for a in p.get("aliases") or []}
    assert names <= found
    assert not (not_names & everything)


def test_dash_title_is_an_alias(extract: Extract) -> None:
    record = extract(
        "Germany and Kenya\n\nNairobi, 1 March 2026 - The BMBF selected projects under CLIENT II – "
        "International Partnerships for Sustainable Innovations, with partners in Kenya.\n",
        None,
    )
    names = [p["name"] for p in record["programs"]]
    assert "International Partnerships for Sustainable Innovations" not in names
