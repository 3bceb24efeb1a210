"""Topic probes of session 16, round 7 (grammar probes, helper w). Texts of our own.

1. Spanish, Portuguese and French pages name their fields in their own words
   (topic_cues.yaml `romance_cues`: "inteligencia artificial", "energias renováveis", "océan").
2. Figures of speech and household words are no fields: "a quantum leap", "an ocean of data",
   "the space museum" toured, "household energy bills", "the health of the economy".
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

ROMANCE = [
    pytest.param(
        "Ciudad de México, 10 de marzo de 2025. México y España firmaron un memorando de entendimiento "
        "sobre cooperación científica y tecnológica. El acuerdo abarca la inteligencia artificial, las "
        "energías renovables y la salud.",
        {"ai", "energy", "health"},
        id="es Mexico Spain",
    ),
    pytest.param(
        "Bogotá, 2 de agosto de 2025 — Colombia y Corea del Sur firmaron un acuerdo de cooperación en "
        "ciencia y tecnología sobre inteligencia artificial, ciberseguridad y biodiversidad.",
        {"ai", "cyber", "climate_environment"},
        id="es Colombia Korea",
    ),
    pytest.param(
        "Brasília, 12 de abril de 2025 — O Brasil e Portugal assinaram um acordo de cooperação "
        "científica e tecnológica nas áreas de saúde, energias renováveis e oceanos.",
        {"health", "energy", "ocean_polar"},
        id="pt Brazil Portugal",
    ),
    pytest.param(
        "Maputo, 1 de julho de 2025 — Moçambique e o Japão assinaram um memorando de entendimento sobre "
        "investigação científica em agricultura e segurança alimentar e mudanças climáticas.",
        {"agriculture_food", "climate_environment"},
        id="pt Mozambique Japan",
    ),
    pytest.param(
        "Dakar, le 15 mai 2025 — Le Sénégal et la France ont signé un accord de coopération scientifique "
        "dans les domaines de la santé et de l'océan.",
        {"health", "ocean_polar"},
        id="fr Senegal France",
    ),
    pytest.param(
        "Rabat, 20 juin 2025 - Le Maroc et l'Allemagne ont lancé un appel à projets conjoint de recherche "
        "sur l'hydrogène vert et les énergies renouvelables.",
        {"hydrogen", "energy"},
        id="fr Morocco Germany",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROMANCE)
def test_romance_fields(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected


OTHER_SENSES = [
    pytest.param(
        "PRETORIA, 9 October 2025 - South Africa and Brazil signed a science cooperation agreement on "
        "agricultural research. The minister called it a quantum leap for the partnership.",
        {"agriculture_food"},
        id="quantum leap",
    ),
    pytest.param(
        "SANTIAGO, 8 September 2025 - Chile and Germany launched a joint research programme in "
        "astronomy. Researchers face an ocean of data from the telescopes.",
        {"fundamental_physics"},
        id="ocean of data",
    ),
    pytest.param(
        "TOKYO, 4 May 2025 - Brazil and Japan agreed to expand scientific cooperation in agricultural "
        "research. The delegation toured the space museum.",
        {"agriculture_food"},
        id="space museum",
    ),
    pytest.param(
        "CANBERRA, 5 June 2025 - Australia and Indonesia signed an agreement on research cooperation "
        "in agriculture. Ministers noted that household energy bills had risen.",
        {"agriculture_food"},
        id="energy bills",
    ),
    pytest.param(
        "RIYADH, 6 July 2025 - Saudi Arabia and India agreed to boost joint research in artificial "
        "intelligence. Both ministers praised the health of the economy.",
        {"ai"},
        id="health of the economy",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SENSES)
def test_other_senses(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected
