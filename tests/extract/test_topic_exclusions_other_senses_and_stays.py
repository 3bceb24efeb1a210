"""Topics read in their clause: a field that the text rules out names no topic ("excluding battery
cell chemistry", "nuclear energy is not eligible"), a cue word that a neighbour gives another sense
names none ("soil health", "the health of the reef"), people's planned stays abroad are talent
mobility ("engineers will spend 18 months at the agency"), and food biotechnology is named by its
methods ("precision fermentation"). Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, topics

# (text, topic that must not be found, topic still found in the same text)
RULED_OUT = [
    (
        "Norway and India fund joint research on energy storage, excluding battery cell chemistry.",
        "batteries",
        "energy",
    ),
    ("Spain and Chile open a research call on clean energy other than nuclear power.", "nuclear", "energy"),
    (
        "Japan and Kenya fund joint research on hydrogen in all sectors except for livestock and fisheries.",
        "agriculture_food",
        "hydrogen",
    ),
    (
        "Austria and Korea open a joint research call on quantum sensing. "
        "Projects on artificial intelligence are not eligible.",
        "ai",
        "quantum",
    ),
    (
        "Canada and Finland fund joint research on forests; the call does not fund climate modelling "
        "or battery recycling.",
        "batteries",
        "climate_environment",
    ),
    (
        "Italy and Brazil open a research call on ocean observation. Out of scope: space research and "
        "satellites.",
        "space",
        "ocean_polar",
    ),
    (
        "Ireland and Chile fund joint research on coral reefs, "
        "with the exception of machine learning methods.",
        "ai",
        "ocean_polar",
    ),
    (
        "Germany and Ghana launch research on solar energy; biotechnology is excluded from this round.",
        "biotech",
        "energy",
    ),
]


def _assert_swapped(extract: Extract, text: str, absent: str, present: str) -> None:
    found = topics(extract(text))
    assert absent not in found
    assert present in found


@pytest.mark.parametrize(("text", "absent", "present"), RULED_OUT)
def test_a_field_the_clause_rules_out_names_no_topic(
    extract: Extract, text: str, absent: str, present: str
) -> None:
    _assert_swapped(extract, text, absent, present)


def test_a_field_ruled_out_in_one_clause_still_counts_where_another_names_it(extract: Extract) -> None:
    text = (
        "Norway and India fund joint research on energy storage, excluding battery chemistry. "
        "A second call funds battery recycling plants."
    )
    assert "batteries" in topics(extract(text))


# (text, topic that must not be found, topic still found)
OTHER_SENSES = [
    (
        "Brazil and the United States fund joint research on plant–microbe interactions and soil health in "
        "tropical crops.",
        "health",
        "agriculture_food",
    ),
    (
        "Australia and Japan launch a research programme on reef health and coral reefs.",
        "health",
        "ocean_polar",
    ),
    (
        "France and Chile fund joint research on the health of the ocean and marine ecosystems.",
        "health",
        "ocean_polar",
    ),
    (
        "Sweden and Kenya fund joint research on ecosystem health and biodiversity.",
        "health",
        "climate_environment",
    ),
    (
        "Chile and Finland fund joint research on hydrogen to improve the investment climate for green "
        "industry.",
        "climate_environment",
        "hydrogen",
    ),
    (
        "Korea and Mexico open a research call on batteries in a stable regulatory environment.",
        "climate_environment",
        "batteries",
    ),
    (
        "Japan and Ghana fund joint research on quantum sensing and offer office space to visiting teams.",
        "space",
        "quantum",
    ),
    (
        "Egypt and Italy fund joint research on non-nuclear energy sources and solar power.",
        "nuclear",
        "energy",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), OTHER_SENSES)
def test_a_cue_word_a_neighbour_gives_another_sense_names_no_topic(
    extract: Extract, text: str, absent: str, present: str
) -> None:
    _assert_swapped(extract, text, absent, present)


@pytest.mark.parametrize(
    "text",
    [
        "Ireland and Canada fund joint research on the health of coastal communities.",
        "Norway and Ghana launch a research programme on maternal health and public health data.",
    ],
)
def test_the_health_of_people_is_still_health(extract: Extract, text: str) -> None:
    assert "health" in topics(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "France and the UAE signed a space research arrangement; 25 young Emirati engineers will spend up to "
        "18 months at the French agency.",
        "Under the research agreement between Japan and Chile, ten doctoral students are to spend a semester "
        "in Santiago.",
        "Korea and Poland agreed on joint research in which Polish scientists will be seconded to Korean "
        "laboratories.",
        "Germany and Peru launch a research partnership; Peruvian researchers will be hosted by German "
        "institutes for two years.",
        "India and Norway fund research stays and secondments of engineers under their science agreement.",
    ],
)
def test_planned_stays_of_people_are_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" in topics(extract(text))


def test_a_stay_of_money_or_things_is_no_talent_mobility(extract: Extract) -> None:
    text = (
        "Spain and Chile signed a research agreement on solar energy; the agencies will spend EUR 2 million."
    )
    assert "talent_mobility" not in topics(extract(text))


@pytest.mark.parametrize(
    "method",
    [
        "precision fermentation",
        "cultivated meat",
        "cell-based meat",
        "cellular agriculture",
        "gene editing",
        "bioprocessing",
        "metabolic engineering",
    ],
)
def test_food_biotechnology_is_named_by_its_methods(extract: Extract, method: str) -> None:
    text = (
        f"New Zealand and Singapore open a joint research call on alternative proteins, including {method}."
    )
    assert "biotech" in topics(extract(text))


LISTS = [
    (
        "Norway and India open a joint research call.\nEligible topics:\n- ocean research\n"
        "- climate adaptation\nNot eligible:\n- nuclear energy\n- batteries\n",
        {"nuclear", "batteries"},
        {"ocean_polar", "climate_environment"},
    ),
    (
        "Chile and Spain open a joint research call.\nExclusions\n• artificial intelligence\n"
        "• quantum computing\n\nThe call funds research on hydrogen.",
        {"ai", "quantum"},
        {"hydrogen"},
    ),
    (
        "Kenya and Japan open a joint research call.\nThe call does not fund:\n1. space research\n"
        "2. robotics\nPriority areas:\n- batteries\n- hydrogen\n",
        {"space", "robotics"},
        {"batteries", "hydrogen"},
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), LISTS)
def test_the_items_of_a_list_of_exclusions_name_no_topic(
    extract: Extract, text: str, absent: set[str], present: set[str]
) -> None:
    found = topics(extract(text))
    assert not found & absent
    assert present <= found
