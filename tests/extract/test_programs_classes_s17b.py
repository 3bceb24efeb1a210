"""Programmes, session 17 round 1 (helper b). Sentences our own.

1. Projects listed by their coined names: three or more items of one list (HTML, Markdown bullets,
   numbered items) or rows of one table, each opening with a coined name (capitals, maybe a hyphen
   or digits, maybe in bold) and a dash, colon or cell border before its description, after a cue
   that they are projects ("The five projects are:", "| Acronym | Project | ..."): each coined name
   is a programme. Funders' acronyms in a table of funders, lists of plain words and lists without
   a projects cue name none.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

PROJECT_LISTS = [  # (text, names that must be programmes)
    pytest.param(
        "<p>Kenya and Finland announced four new joint research projects.</p>\n"
        "<p><strong>The four projects are:</strong></p>\n<ul>\n"
        "<li><strong>AQUA-SENSE</strong> - low-cost sensors for lake water quality: University of "
        "Nairobi and Aalto University.</li>\n"
        "<li><strong>MaizeGen</strong> - drought-tolerant maize lines: Egerton University and the "
        "University of Helsinki.</li>\n"
        "<li><strong>SOLAR-K2</strong> - solar cooling for rural clinics: Strathmore University and "
        "Tampere University.</li>\n"
        "<li><strong>T-LINK</strong> - teacher training in digital skills: Kenyatta University and "
        "the University of Turku.</li>\n</ul>\n",
        {"AQUA-SENSE", "MaizeGen", "SOLAR-K2", "T-LINK"},
        id="html list in bold after 'the projects are'",
    ),
    pytest.param(
        "Chile and Korea publish the results of their joint call.\n\n"
        "| Acronym | Title | Chile | Korea |\n|---|---|---|---|\n"
        "| GEOQUAKE | Early warning of subduction earthquakes | Universidad de Chile | KAIST |\n"
        "| COPPER-LOOP | Recycling copper from mine tailings | Universidad de Concepción | POSTECH |\n"
        "| ANDES-AI | Machine learning for glacier monitoring | PUC Chile | Seoul National University |\n",
        {"GEOQUAKE", "COPPER-LOOP", "ANDES-AI"},
        id="table under an 'Acronym' column",
    ),
    pytest.param(
        "Three projects were selected for funding in the 2026 round:\n\n"
        "1. BLUE-CARB: seagrass carbon accounting (Ghent University, University of Dar es Salaam)\n"
        "2. HydroNet: flood forecasting for small rivers (KU Leuven, Ardhi University)\n"
        "3. AGRI-4: soil health monitoring (UGent, Sokoine University)\n",
        {"BLUE-CARB", "HydroNet", "AGRI-4"},
        id="numbered items with a colon",
    ),
    pytest.param(
        "The following projects will receive support:\n\n"
        "- **PHOTON-X** – integrated photonics for data centres, Lund University and NTU Singapore\n"
        "- **MEDIBOT** – surgical robotics, KTH and A*STAR\n"
        "- **CityHeat** – urban heat maps, Chalmers and NUS\n",
        {"PHOTON-X", "MEDIBOT", "CityHeat"},
        id="markdown bullets with en dashes",
    ),
]


@pytest.mark.parametrize(("text", "names"), PROJECT_LISTS)
def test_projects_listed_by_coined_names(extract: Extract, text: str, names: set[str]) -> None:
    found = programme_names(extract(text, published="2026-03-01"))
    assert names <= found, names - found


NO_PROJECT_LISTS = [  # (text, names that must not be programmes)
    pytest.param(
        "The partners of the joint call and their commitments:\n\n"
        "| Funder | Instrument | Commitment |\n|---|---|---|\n"
        "| ANR | Bilateral research projects | EUR 2 million |\n"
        "| DFG | Research grants | EUR 2 million |\n"
        "| JST | Strategic research | JPY 300 million |\n",
        {"ANR", "DFG", "JST"},
        id="a table of funders",
    ),
    pytest.param(
        "The agenda of the meeting covered:\n\n"
        "- AI - governance of models\n- HPC - shared computing time\n- IoT - sensor standards\n",
        {"AI", "HPC", "IoT"},
        id="a list of topics with no projects cue",
    ),
    pytest.param(
        "Project partners:\n\n* **CNRS** – France\n* **CSIC** – Spain\n* **INFN** – Italy\n",
        {"CNRS", "CSIC", "INFN"},
        id="a list of partner bodies under a projects cue",
    ),
    pytest.param(
        "The project timeline:\n\n- Q1 2026 - kick-off\n- Q2 2026 - field work\n- Q4 2026 - final report\n",
        {"Q1", "Q2", "Q4"},
        id="quarters in a project timeline",
    ),
]


@pytest.mark.parametrize(("text", "names"), NO_PROJECT_LISTS)
def test_lists_that_name_no_projects(extract: Extract, text: str, names: set[str]) -> None:
    assert not names & programme_names(extract(text, published="2026-03-01"))
