"""Programme and call probes of session 20 (helper p). Whole texts of our own, in the style of funder
news, space-agency releases and call pages.

1. A list of projects whose items open with a quoted or emphasised title and a bracketed coined short
   form ('- "Microbial Life in Thawing Permafrost" (PermaLife), led by ...') names projects, like
   the items that open with the coined name; "consortia" cues such a list as "projects" does
   (programmes._TITLED_ITEM, project_list_candidates).
2. A list of two projects right under a line that introduces them ("Funded projects:", a table
   header with a project column) names projects (programmes._headed_list).
3. An acronym defined for an online system of applicants ("Project Application System (PBS)") is no
   programme (programme_phrase_words.yaml `tool_heads`).
4. A programme in apposition after a kind word whose modifiers hold a dashed country pair ("the
   South Africa–Norway research cooperation programme, SANCOOP,") is named, and the call it opens
   takes it as its programme (programmes._MODIFIERS).
5. A deadline line that names no body but the nationality of its applicants ("Deadline for Korean
   applicants: 7 May") belongs to that country's funder (calls._applicants_funders).
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FOUND = [  # (text, programme names that must be found, names that must not)
    pytest.param(
        "# DST and CONICET announce new India–Argentina joint research projects\n\n"
        "New Delhi, 10 March 2026 – DST and CONICET have selected projects under their bilateral "
        "cooperation programme.\n\nThe funded projects are:\n\n"
        '- "Microbial Life in Thawing Permafrost" (PermaLife), led by IIT Bombay and the University of '
        "Buenos Aires\n- ReCOast – Resilient Coastal Ocean Systems, IISc Bengaluru with CONICET-CENPAT\n"
        "- AGRIWATER: Smart Irrigation for Semi-Arid Farms, Punjab Agricultural University and INTA\n"
        '- "Lithium Brines and Green Chemistry" (LiBraCHEM)\n\nEach project receives up to INR 30 lakh.\n',
        {"PermaLife", "Microbial Life in Thawing Permafrost", "ReCOast", "AGRIWATER", "LiBraCHEM"},
        set(),
        id="quoted titles with short forms among coined items",
    ),
    pytest.param(
        "<h2>NWO and BRIN award seven consortia in the Merian Fund</h2>\n<p>The Hague, 9 March 2026. "
        "The Dutch Research Council (NWO) and Indonesia's BRIN have awarded seven consortia.</p>\n<ul>\n"
        "<li><strong>BLUECARB</strong> – Blue Carbon Accounting in Indonesian Mangroves</li>\n"
        "<li><strong>PEATRESTORE</strong>: Restoring Tropical Peatlands with Local Communities</li>\n"
        "<li><em>Urban Floods in Jakarta</em> (UFJ)</li>\n</ul>\n",
        {"BLUECARB", "PEATRESTORE", "UFJ"},
        set(),
        id="consortia cue, emphasised title in html list",
    ),
    pytest.param(
        "Paris, 12 March 2026\n\nThe French National Research Agency (ANR) and Italy's National Research "
        "Council (CNR) announce the results of their 2025 bilateral call. Funded consortia include:\n\n"
        "1. OCEANIX — Ocean Acidification in the Mediterranean\n"
        '2. "Heritage Stone Decay under Climate Stress" (HERITSTONE)\n'
        "3. QuantAlp: Quantum Sensors for Alpine Glaciers\n\nThe next call will open on 1 June 2026.\n",
        {"OCEANIX", "HERITSTONE", "QuantAlp"},
        set(),
        id="numbered list of consortia",
    ),
    pytest.param(
        "Lima, 5 March 2026 — JST and Peru's CONCYTEC announced two new projects under SATREPS.\n\n"
        "| Project | Title | Lead institutions |\n|---|---|---|\n"
        "| ANDESQUAKE | Seismic Hazard Assessment of the Central Andes | Kyoto University / IGP |\n"
        "| AQUAPERU | Sustainable Aquaculture for Peruvian Coastal Communities | Hokkaido University |\n",
        {"ANDESQUAKE", "AQUAPERU", "SATREPS"},
        set(),
        id="table of two projects under a project header",
    ),
    pytest.param(
        "Funded projects:\n\n- KELPNET: Kelp Forest Monitoring off Western Cape\n"
        "- SOLARIS-Agri – Agrivoltaics for Smallholders\n\nBoth start in April 2026 with NRF support.\n",
        {"KELPNET", "SOLARIS-Agri"},
        set(),
        id="two items under a cue line with a colon",
    ),
    pytest.param(
        "Ankara, 11 March 2026. TÜBİTAK and the National Research Foundation of Korea (NRF) announce a "
        "new joint call.\n\nTurkish researchers apply through TÜBİTAK's Project Application System "
        "(PBS); Korean researchers apply to NRF.\n",
        set(),
        {"PBS", "Project Application System"},
        id="online application system",
    ),
    pytest.param(
        "Bogotá, 3 March 2026. Colombian teams upload their proposals to the Programme Submission Portal "
        "(PSP) of MinCiencias; Spanish teams use the AEI system.\n",
        set(),
        {"PSP"},
        id="submission portal",
    ),
    pytest.param(
        "Pretoria, 9 March 2026\n\nThe NRF and the Research Council of Norway today opened the fourth round "
        "of the South Africa–Norway research cooperation programme, SANCOOP, which supports joint "
        "projects in climate and health.\n",
        {"SANCOOP"},
        set(),
        id="apposed after a dashed pair of countries",
    ),
    pytest.param(
        "Buenos Aires, 2 March 2026. The Argentina–India space cooperation initiative, SATLINK-AI, "
        "will share radar data.\n",
        {"SATLINK-AI"},
        set(),
        id="coined apposed initiative after a dashed pair",
    ),
]


@pytest.mark.parametrize(("text", "names", "not_names"), FOUND)
def test_programme_probes(extract: Extract, text: str, names: set[str], not_names: set[str]) -> None:
    found = programme_names(extract(text, published="2026-03-12"))
    assert names <= found, names - found
    assert not (not_names & found), not_names & found


def test_call_takes_apposed_programme(extract: Extract) -> None:
    text = (
        "Pretoria, 9 March 2026\n\nThe National Research Foundation (NRF) of South Africa and the Research "
        "Council of Norway (RCN) today opened the fourth round of the South Africa–Norway research "
        "cooperation programme, SANCOOP, which supports joint projects.\n\n"
        "Applications must be submitted by 15 May 2026, 13:00 CET.\n"
    )
    calls = extract(text, published="2026-03-12")["calls"]
    assert [c["deadline"][:10] for c in calls] == ["2026-05-15"]
    assert calls[0]["program"] == "SANCOOP"


SIDE_FUNDERS = [  # (text, funder of each deadline in order)
    pytest.param(
        "Ankara, 11 March 2026. The Scientific and Technological Research Council of Türkiye (TÜBİTAK) "
        "and the National Research Foundation of Korea (NRF) announce a joint call.\n\n"
        "- Deadline for Turkish applicants: 30 April 2026, 17:30 (Turkish time)\n"
        "- Deadline for Korean applicants: 7 May 2026, 18:00 KST\n",
        ["TÜBİTAK", "NRF"],  # as the text writes it
        id="deadline line per nationality of applicants",
    ),
]


@pytest.mark.parametrize(("text", "funders"), SIDE_FUNDERS)
def test_side_deadline_funder(extract: Extract, text: str, funders: list[str]) -> None:
    calls = sorted(extract(text, published="2026-03-12")["calls"], key=lambda c: c["deadline"])
    assert [c["funder"] for c in calls] == funders
