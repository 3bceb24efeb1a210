"""Topic classes seen in at least two in-view sets (cross-set round 13, third pass). Sentences of
our own.

1. An exchange scheme of people is talent mobility: "an exchange scheme for early-career
   researchers", "an exchange programme for doctoral researchers", "exchange visits of PhD students",
   "exchange grants for young scientists"; an exchange of views, data or experience is none.
2. Health as a benefit or a rule that goes with a stay, a job or a grant ("travel and health
   insurance", "medical cover", "health and safety rules") is no field of health; nor is the
   health of fish stocks or of the seas.
3. (guard) The mobility of students or researchers stays talent mobility.
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

EXCHANGES = [
    "Finland and Japan agreed to set up an exchange scheme for early-career quantum researchers.",
    "The universities of Ghana and Norway will launch an exchange programme for doctoral researchers in AI.",
    "Brazil and Portugal will fund exchange visits of PhD students between their research institutes.",
    "The research agreement of Kenya and Korea provides exchange grants for young scientists.",
    "Chile and Sweden plan a two-way exchange programme for 20 postdocs in astronomy research.",
]


@pytest.mark.parametrize("text", EXCHANGES)
def test_an_exchange_of_people_is_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" in topics(extract(text))


NOT_EXCHANGES = [
    "Finland and Japan held an exchange of views with experts on quantum research.",
    "Kenya and Korea will support the exchange of data among partners in satellite research.",
    "Peru and Spain agreed on the exchange of experience between research institutes.",
    "Ghana and Korea fund an exchange programme on satellite data with partners in research.",
]


@pytest.mark.parametrize("text", NOT_EXCHANGES)
def test_an_exchange_of_views_or_data_is_no_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" not in topics(extract(text))


NOT_HEALTH = [
    "Each fellowship of the Chile-Germany astronomy research programme covers travel and health insurance.",
    "The Ghana-Norway research grant for physics pays a stipend and medical cover for the fellow.",
    "Researchers of the Brazil-Spain robotics project must follow the host's health and safety rules.",
    "The Portugal-Angola ocean research programme studies ocean warming and the health of fish stocks.",
]


@pytest.mark.parametrize("text", NOT_HEALTH)
def test_insurance_rules_and_fish_stocks_are_no_health(extract: Extract, text: str) -> None:
    assert "health" not in topics(extract(text))


def test_health_research_stays_health(extract: Extract) -> None:
    text = "Ghana and Norway will fund joint research on public health and infectious diseases."
    assert "health" in topics(extract(text))


PEOPLE_MOBILITY = [
    "Germany and South Africa fund energy research; a mobility top-up is paid per doctoral student.",
    "Spain and Morocco will fund the mobility of researchers working on solar energy.",
]


@pytest.mark.parametrize("text", PEOPLE_MOBILITY)
def test_the_mobility_of_people_stays_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" in topics(extract(text))
