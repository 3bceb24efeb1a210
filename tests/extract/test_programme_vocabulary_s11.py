"""Programme vocabulary review s11: national flagship and bilateral programmes, schemes and
missions of Africa, Latin America, South and Southeast Asia, the Middle East, Central Asia,
Eastern Europe, the Nordics and Oceania, plus multilateral initiatives and the named Hubert Curien
Partnerships. A name written in lower case at its start ("e-Residency", "iCET") is listed as
written among the acronyms, the table scanned at lower-case tokens too. Every entry of
programmes.yaml must load whole (an unquoted comma in a flow mapping turns the rest of a name into
a stray key). Negatives: acronyms left out on purpose because they mean something else in English
text (GMT, FCC, IKI, DUT, AVMA), a university that shares a word with a known mission, and a
lower-case phrase. Texts of our own."""

from __future__ import annotations

import pytest
import yaml

from bilat.extract.reference import config
from bilat.extract.reference.programmes import load_programmes

from .records import Extract, programme_names

KEYS = {"name", "acronyms", "aliases", "country", "funder", "kind"}


def test_every_entry_loads_whole() -> None:
    path = config.data_path("programmes.yaml")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["programmes"]
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("- {name:")
    ]
    assert len(raw) == len(lines)
    for item in raw:
        assert set(item) <= KEYS, item
        for value in (item["name"], *(item.get("aliases") or []), *(item.get("acronyms") or [])):
            assert isinstance(value, str) and value == value.strip() and value, item
    index = load_programmes()
    names = {entry.name for entry in index.entries}
    for whole in (
        "Research, Innovation and Dissemination Centers",
        "Operational Programme Research, Development and Education",
        "Wallenberg AI, Autonomous Systems and Software Program",
        "100,000 Strong in the Americas",
    ):
        assert whole in names
    kinds = {"programme", "initiative", "project", "facility", "scholarship", "strategy"}
    assert {entry.kind for entry in index.entries} <= kinds


# (text, a programme name that must be found)
FOUND = [
    ("Young coders in Nairobi earn online through the Ajira Digital Programme.", "Ajira Digital Programme"),
    (
        "Two Ghanaian postdocs hold FLAIR Fellowships hosted in Accra.",
        "Future Leaders – African Independent Research",
    ),
    (
        "Students moved between Dakar and Nairobi under the Intra-Africa Academic Mobility Scheme.",
        "Intra-Africa Academic Mobility Scheme",
    ),
    ("Officials from Lusaka joined Power Africa and Prosper Africa events in June.", "Power Africa"),
    ("The Santiago start-up graduated from Start-Up Chile in 2022.", "Start-Up Chile"),
    (
        "The labs share FONDEQUIP instruments with the Spanish team.",
        "Fondo de Equipamiento Científico y Tecnológico",
    ),
    ("Norway and Brazil both pay into the Amazon Fund.", "Amazon Fund"),
    (
        "The deal covers grants of the Research, Innovation and Dissemination Centers of FAPESP.",
        "Research, Innovation and Dissemination Centers",
    ),
    ("Pupils in Montevideo got laptops from Plan Ceibal long ago.", "Plan Ceibal"),
    ("The two countries launched the EU-LAC Digital Alliance in Bogotá.", "EU-LAC Digital Alliance"),
    ("ISRO and NASA will launch NISAR from Sriharikota.", "NASA-ISRO Synthetic Aperture Radar"),
    ("Both ministers praised the IndiaAI Mission and the Deep Ocean Mission.", "IndiaAI Mission"),
    ("The Gaganyaan crew trained in Russia.", "Gaganyaan"),
    ("Dhaka wants to move from Digital Bangladesh to Smart Bangladesh by 2041.", "Smart Bangladesh"),
    (
        "Malaysian teams may apply through the Fundamental Research Grant Scheme.",
        "Fundamental Research Grant Scheme",
    ),
    ("Vietnamese firms gained from Aus4Innovation, an Australian programme.", "Aus4Innovation"),
    (
        "Indonesia signed a Just Energy Transition Partnership with the G7 members.",
        "Just Energy Transition Partnership",
    ),
    ("The Rashid rover of the Emirates Lunar Mission flew on a Japanese lander.", "Emirates Lunar Mission"),
    (
        "Hundreds of Kazakh graduates studied abroad with Bolashak scholarships.",
        "Bolashak International Scholarship",
    ),
    ("The Hungarian university hosts 300 students on Stipendium Hungaricum places.", "Stipendium Hungaricum"),
    (
        "Exchanges are funded by CEEPUS and by the Visegrad Scholarship Program.",
        "Central European Exchange Program for University Studies",
    ),
    (
        "Tanzanian and Norwegian universities co-operate under NORHED since 2014.",
        "Norwegian Programme for Capacity Development in Higher Education and Research for Development",
    ),
    ("The Linnaeus-Palme programme paid for the teacher exchange with Kenya.", "Linnaeus-Palme"),
    (
        "Cairo and Helsinki universities run a HEI ICI project on water.",
        "Higher Education Institutions Institutional Cooperation Instrument",
    ),
    (
        "The Wallenberg AI, Autonomous Systems and Software Program opened a call for Korean partners.",
        "Wallenberg AI, Autonomous Systems and Software Program",
    ),
    (
        "Auckland researchers hold Rutherford Discovery Fellowships in physics.",
        "Rutherford Discovery Fellowships",
    ),
    ("The trial is paid from the Medical Research Future Fund in Canberra.", "Medical Research Future Fund"),
    (
        "The Chinese partner is funded by the National Key R&D Program of China.",
        "National Key Research and Development Program",
    ),
    ("Her Estonian company was set up through e-Residency in 2019.", "e-Residency"),
    (
        "The Polish university won a place in the Initiative of Excellence – Research University.",
        "Initiative of Excellence – Research University",
    ),
    ("The MIT Portugal Program renewed its ten-year phase in Lisbon.", "MIT Portugal Program"),
    ("Thai and French chemists are supported by PHC Siam for two years.", "PHC Siam"),
    ("The Moroccan lab has a Partenariat Hubert Curien Toubkal grant with Lille.", "PHC Toubkal"),
    (
        "Japanese and Kenyan officials discussed the ABE Initiative in Nairobi.",
        "African Business Education Initiative for Youth",
    ),
    ("Young leaders from Laos joined YSEALI workshops in Hanoi.", "Young Southeast Asian Leaders Initiative"),
    (
        "The leaders renewed the iCET and widened it to space.",
        "Initiative on Critical and Emerging Technology",
    ),
    ("The MOSAiC expedition froze the ship into Arctic ice for a year.", "MOSAiC"),
]

# (text, a name that must not be found as a programme)
NOT_FOUND = [
    ("The meeting opens at 10:00 GMT in London.", "GMT"),
    ("The FCC approved the satellite licence.", "FCC"),
    ("Scientists from IKI in Moscow built the spectrometer.", "IKI"),
    ("Graduates of DUT in Durban joined the firm.", "DUT"),
    ("The AVMA meeting discussed animal vaccines.", "AVMA"),
    ("Researchers from Tiangong University in Tianjin joined the project.", "Tiangong space station"),
    ("The minister said a smart nation needs good schools.", "Smart Nation"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))
