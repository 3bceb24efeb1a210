"""Topic probes of session 16, round 5 (grammar probes, helper q). Texts of our own.

1. Common wordings of fields that named no topic: water technologies and wastewater, sea-level rise
   and meteorology (climate_environment); forestry and plant health (agriculture_food); tropical
   diseases (health); digital education and e-learning (digital); nuclear science and technology
   (nuclear); satellite technology (space).
2. A field ruled out after a comma that closes its subject ("projects on nuclear technology, will
   not be considered") is no topic.
3. A field that names the goods of a trade ("agriculture exports", "energy imports") is no topic.
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

LEAD = "JAKARTA, 5 May 2025 - Indonesia and Australia signed a memorandum on research cooperation in {}.\n"

WORDINGS = [
    pytest.param("water technologies", {"climate_environment"}, id="water technologies"),
    pytest.param("wastewater treatment and water reuse", {"climate_environment"}, id="wastewater"),
    pytest.param("sea-level rise", {"climate_environment"}, id="sea-level rise"),
    pytest.param("the effects of rising sea levels", {"climate_environment"}, id="rising sea levels"),
    pytest.param("meteorology and hydrology", {"climate_environment"}, id="meteorology"),
    pytest.param("weather forecasting", {"climate_environment"}, id="weather forecasting"),
    pytest.param("forestry", {"agriculture_food"}, id="forestry"),
    pytest.param("plant health", {"agriculture_food"}, id="plant health"),
    pytest.param("tropical diseases", {"health"}, id="tropical diseases"),
    pytest.param("tropical medicine", {"health"}, id="tropical medicine"),
    pytest.param("digital education", {"digital"}, id="digital education"),
    pytest.param("e-learning", {"digital"}, id="e-learning"),
    pytest.param("nuclear science and technology", {"nuclear"}, id="nuclear science"),
    pytest.param("satellite technology", {"space"}, id="satellite technology"),
]


@pytest.mark.parametrize(("field", "expected"), WORDINGS)
def test_wordings_of_fields(extract: Extract, field: str, expected: set[str]) -> None:
    assert topics(extract(LEAD.format(field), published=None)) == expected


def test_satellite_data_links_are_no_field(extract: Extract) -> None:
    text = (
        "LISBON, 5 May 2025 - Portugal and India launched a joint ocean research cruise. The budget also "
        "covers instrument shipping and satellite data links.\n"
    )
    assert "space" not in topics(extract(text, published=None))


def test_ruled_out_after_a_comma(extract: Extract) -> None:
    text = (
        "BERLIN, 5 May 2025 - Germany and Japan opened a joint research call on materials science. Projects "
        "that concern the development of nuclear technology, will not be considered.\n"
    )
    assert topics(extract(text, published=None)) == {"advanced_materials"}


TRADED = [
    pytest.param(
        "BRASILIA, 5 May 2025 - Brazil and Nigeria held talks on trade and agriculture exports. The two "
        "countries also agreed on joint research in tropical medicine.",
        {"health"},
        id="agriculture exports",
    ),
    pytest.param(
        "SEOUL, 5 May 2025 - Korea and Chile discussed energy imports and signed an agreement on joint "
        "research in astronomy.",
        {"fundamental_physics"},
        id="energy imports",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADED)
def test_goods_of_a_trade(extract: Extract, text: str, expected: set[str]) -> None:
    assert topics(extract(text + "\n", published=None)) == expected
