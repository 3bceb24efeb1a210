"""Topic vocabulary: the words ministries, funders and press offices use for each priority area
(topic_cues.yaml), and the ambiguous words deliberately left out of it ("computing power",
"automotive supply chains", "gallium nitride"). Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, topics

# (text, topic expected): one or two wordings per area
AREA_WORDINGS = [
    ("Japan and Italy will fund joint research on large language models for public services.", "ai"),
    ("Canada and Korea launched a joint research project on natural language processing.", "ai"),
    ("Finland and Japan back joint research on superconducting qubits.", "quantum"),
    (
        "Taiwan and the Netherlands will cooperate on research into integrated circuits and chipmaking.",
        "semiconductors",
    ),
    ("Estonia and Singapore fund joint research on digital twins and urban data platforms.", "digital"),
    ("France and Japan agreed to cooperate on common data spaces for research data.", "digital"),
    ("Norway and India will fund research on blockchain and cloud computing for science.", "digital"),
    ("Spain and Chile back joint research on mobile networks and optical communications.", "telecom"),
    ("Ireland and Canada fund joint research on broadband for remote regions.", "telecom"),
    ("Israel and Germany will cooperate in research on cyber resilience and ransomware.", "cyber"),
    ("Japan and Australia signed an agreement on research on lunar landers and spacecraft design.", "space"),
    ("Denmark and Vietnam fund joint research on offshore wind and heat pumps.", "energy"),
    ("Poland and Korea agreed to cooperate in research on bioenergy and renewables.", "energy"),
    ("Canada and Romania will cooperate on research into nuclear reactors and spent fuel.", "nuclear"),
    ("Japan and the EU fund joint research on tokamak and stellarator physics.", "fusion"),
    ("Chile and Germany launched joint research on electrolysers and fuel-cell trucks.", "hydrogen"),
    ("Sweden and Japan fund joint research on sodium-ion and lithium-ion cells.", "batteries"),
    (
        "Brazil and Norway fund joint research on nature-based solutions and desertification.",
        "climate_environment",
    ),
    ("Chile and Germany fund joint research on direct air capture.", "climate_environment"),
    (
        "Portugal and India will study the seabed and deep-sea ecosystems in a joint research cruise.",
        "ocean_polar",
    ),
    ("Canada and Norway fund joint research on sea ice and ice sheets.", "ocean_polar"),
    (
        "Australia and Japan will fund joint research on rare earth processing and mineral exploration.",
        "critical_materials",
    ),
    ("Korea and Spain back joint research on graphene and other 2D materials.", "advanced_materials"),
    (
        "Ireland and Singapore will fund joint research on nanomaterials and metamaterials.",
        "advanced_materials",
    ),
    ("Switzerland and Korea fund joint research on immunology and drug discovery.", "health"),
    ("Brazil and the UK fund joint research on vaccine development and neuroscience.", "health"),
    (
        "The Netherlands and Japan fund joint research on engineering biology and bio-based chemicals.",
        "biotech",
    ),
    ("Egypt and China opened a joint research lab on agronomy and horticulture.", "agriculture_food"),
    ("Kenya and Denmark fund joint research on food processing and food technology.", "agriculture_food"),
    ("Germany and Japan fund joint research on autonomous vehicles and charging infrastructure.", "mobility"),
    ("France and India back joint research on aeronautics and high-speed rail.", "mobility"),
    ("Korea and Denmark fund joint research on autonomous systems and cobots.", "robotics"),
    ("Italy and Japan fund joint research on additive manufacturing and smart factories.", "manufacturing"),
    ("Sweden and Germany fund joint research on 3D printing of metal parts.", "manufacturing"),
    ("Chile and Germany fund joint research on dark matter and cosmology.", "fundamental_physics"),
    (
        "Italy and Japan will cooperate on research with neutrinos and particle accelerators.",
        "fundamental_physics",
    ),
    (
        "Peru and Japan fund joint research on natural disasters and disaster preparedness.",
        "disaster_resilience",
    ),
    ("Norway and Japan fund joint research on gerontechnology for older adults.", "ageing_society"),
    ("Japan and Denmark fund joint research on long-term care and assistive technologies.", "ageing_society"),
    ("Finland and Singapore fund joint research on sustainable cities and urban planning.", "smart_cities"),
    (
        "Sweden and Korea fund joint research on the circular use of construction materials.",
        "circular_economy",
    ),
    (
        "Austria and Japan fund joint research on industrial symbiosis and waste valorisation.",
        "circular_economy",
    ),
    (
        "Estonia and Israel fund research cooperation between spin-offs and venture capital funds.",
        "innovation_startups",
    ),
    (
        "Greece and Cyprus will fund small and medium-sized enterprises in joint research projects.",
        "innovation_startups",
    ),
    (
        "The Netherlands and Japan will cooperate on knowledge security and responsible research.",
        "research_security",
    ),
    ("Germany and Chile fund the visits of guest researchers and visiting professors.", "talent_mobility"),
]


@pytest.mark.parametrize(("text", "topic"), AREA_WORDINGS)
def test_an_area_named_in_its_own_words(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract(text))


# (text, topic expected, topic that must not be found): words left out of the vocabulary, or a
# longer cue that names another area than the word inside it
AMBIGUOUS_WORDS = [
    (
        "Japan and the UAE fund joint research on hydrogen; the UAE brings computing power.",
        "hydrogen",
        "digital",
    ),
    (
        "Sweden and Japan fund joint research on quantum sensing for automotive supply chains.",
        "quantum",
        "mobility",
    ),
    (
        "Germany and Japan fund joint research on quantum sensing and precision engineering.",
        "quantum",
        "manufacturing",
    ),
    (
        "Czechia and Taiwan fund joint research on semiconductors such as gallium nitride.",
        "semiconductors",
        "critical_materials",
    ),
    (
        "India and Portugal fund ocean research; the grant covers satellite data links.",
        "ocean_polar",
        "space",
    ),
    ("Poland and Taiwan fund joint research on quantum light sources.", "quantum", "fundamental_physics"),
    (
        "Indonesia and the Netherlands fund joint research on solar power for irrigation pumps.",
        "energy",
        "agriculture_food",
    ),
    (
        "Canada and Ireland fund joint research on coastal change and marine data science.",
        "digital",
        "ocean_polar",
    ),
    ("Japan and Chile fund joint research on dark energy surveys.", "fundamental_physics", "energy"),
    (
        "Finland and Korea fund joint research on cloud physics and network science.",
        "fundamental_physics",
        "digital",
    ),
    ("Norway and Japan fund joint research on packaging materials.", "", "advanced_materials"),
]


@pytest.mark.parametrize(("text", "found", "absent"), AMBIGUOUS_WORDS)
def test_an_ambiguous_word_names_no_area(extract: Extract, text: str, found: str, absent: str) -> None:
    record_topics = topics(extract(text))
    assert not found or found in record_topics
    assert absent not in record_topics
