"""Topic probes of session 17, round 4 (grammar probes, helper o). Texts of our own.

Fields that one-line news items name as the subject of cooperation and that had no cue: water
research and water resource management, desalination technology, forest carbon and coastal erosion
(climate and environment); smart, precision and drip irrigation (agriculture); mining technology
and mineral resources (critical materials); a volcano (disaster risk); coral bleaching (ocean);
sickle cell disease (health); and the Spanish, Portuguese
and French words of farming research ("recherche agricole") and of glaciology and seismology.
Bare "irrigation" and "desalination" stay no cue: a solar-powered irrigation system or a city's
desalination plant is no field of cooperation.
"""

from __future__ import annotations

import pytest

from .records import Extract

CASES = [
    pytest.param(
        "KAMPALA, 3 June 2026 - Uganda and Egypt to cooperate in water research.",
        {"climate_environment"},
        id="water research",
    ),
    pytest.param(
        "AMMAN, 10 March 2026 - Jordan and the Netherlands launch a research partnership on water resource"
        " management.",
        {"climate_environment"},
        id="water resource management",
    ),
    pytest.param(
        "MUSCAT, 2 May 2026 - Oman and Korea sign a memorandum on joint research in"
        " desalination technologies.",
        {"climate_environment"},
        id="desalination technologies",
    ),
    pytest.param(
        "NAIROBI, 12 March 2026 - Kenya and Sweden launch a joint research programme on forest carbon.",
        {"climate_environment"},
        id="forest carbon",
    ),
    pytest.param(
        "DAKAR, 8 May 2026 - Senegal and France launch a research programme on coastal erosion.",
        {"climate_environment"},
        id="coastal erosion",
    ),
    pytest.param(
        "ADDIS ABABA, 9 July 2026 - Ethiopia and Israel sign a research agreement on drip irrigation.",
        {"agriculture_food"},
        id="drip irrigation",
    ),
    pytest.param(
        "APIA, 2 February 2026 - Samoa and New Zealand launch joint research on coral bleaching.",
        {"ocean_polar"},
        id="coral bleaching",
    ),
    pytest.param(
        "ACCRA, 5 May 2026 - Ghana and the United States launch joint research on sickle cell disease.",
        {"health"},
        id="sickle cell",
    ),
    pytest.param(
        "ASTANA, 20 May 2026 - Kazakhstan and Korea sign a memorandum on mining technology.",
        {"critical_materials"},
        id="mining technology",
    ),
    pytest.param(
        "GUATEMALA CITY, 6 March 2026 - Guatemala and Mexico agree to cooperate in volcano"
        " monitoring research.",
        {"disaster_resilience"},
        id="volcano",
    ),
    pytest.param(
        "DAKAR, 12 mars 2026 - Le Sénégal et le Maroc signent un accord de coopération"
        " dans la recherche agricole.",
        {"agriculture_food"},
        id="recherche agricole",
    ),
    pytest.param(
        "SANTIAGO, 3 de marzo de 2026 - Chile y Argentina firmaron un memorando de entendimiento para la"
        " cooperación científica en glaciología.",
        {"ocean_polar"},
        id="glaciología",
    ),
    pytest.param(
        "LIMA, 4 de abril de 2026 - Perú y Ecuador firmaron un acuerdo de cooperación"
        " científica en sismología.",
        {"disaster_resilience"},
        id="sismología",
    ),
]


@pytest.mark.parametrize(("text", "topics"), CASES)
def test_named_fields(extract: Extract, text: str, topics: set[str]) -> None:
    record = extract(text, published=None)
    assert {t["id"] for t in record["topics"]} == topics, record["topics"]


DIGEST = (
    "EMBASSY OF CHILE IN NEW ZEALAND - NEWSLETTER, MARCH 2026\n\n"
    "1. Culture: A Chilean film week opens in Wellington on 12 March.\n\n"
    "2. Trade: Chilean cherry exports to New Zealand rose by 12 per cent in 2025.\n\n"
    "3. Science: Chile and New Zealand launched a joint research project on Antarctic krill.\n"
)


def test_digest_science_item(extract: Extract) -> None:
    record = extract(DIGEST, published=None)
    assert {t["id"] for t in record["topics"]} == {"ocean_polar"}, record["topics"]
