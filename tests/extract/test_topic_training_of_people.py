"""Topics: the training of people as talent mobility, in the wordings different writers use — a
training programme or component of a project, capacity building, training courses; "to train" with a
word of approximation before the number ("some 30", "around 200") and up to three words qualifying
the people ("doctoral and postdoctoral researchers"); not the training of a model, nor a train. A
bare "mobility" in a document that speaks of people's mobility is that mobility, not transport.
Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, topics

TRAINING = [
    "Kenya and Finland signed a memorandum on forestry research and training programmes for rangers.",
    "The Chilean-Danish wind energy research project includes a training component for young engineers.",
    "Under the Vietnam-Hungary memorandum, the partners run joint training courses in water research.",
    "Capacity building is the third pillar of the Ghana-Netherlands research agreement on soils.",
    "The Nepal-Swiss glacier research project will also fund a training program in Kathmandu.",
    "Brazil and Norway will train some 30 young Brazilian technicians in ocean research at Bergen.",
    "Peru and Japan plan to train around 200 researchers in seismic engineering over five years.",
    "Projects that train doctoral and postdoctoral researchers in Switzerland and Ghana are welcome.",
    "Egypt and Korea agreed to train more than 50 engineers in satellite technology research.",
    # other verbs, people words and qualifiers
    "Chile and Germany will fund a research programme that trains 40 young researchers in astronomy.",
    "The joint project of Spain and Morocco includes the training of doctoral students from both countries.",
    "Spain and Morocco will set up a research centre that will train technicians in electrolysis.",
    "Ghana and Germany will fund a research programme to train early-career technicians.",
]


@pytest.mark.parametrize("text", TRAINING)
def test_training_of_people_is_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" in topics(extract(text))


NOT_TRAINING = [
    # the training of a model, not of people
    "Spain and Chile will train some deep neural networks on data from research stations.",
    "Korea and Italy will train about 40 machine learning models for research on climate.",
    "Norway and Japan will use the research data to train a machine-learning model on satellite images.",
    # a train, the vehicle
    "Engineers from Portugal and Spain rode the train from Lisbon to Porto for the research meeting.",
]


@pytest.mark.parametrize("text", NOT_TRAINING)
def test_training_of_a_model_or_a_train_is_no_talent_mobility(extract: Extract, text: str) -> None:
    assert "talent_mobility" not in topics(extract(text))


def test_training_alone_does_not_make_a_document_about_science(extract: Extract) -> None:
    text = (
        "Morocco and Portugal agreed a football partnership. The two federations will run a joint "
        "training programme and capacity building for coaches before the friendly match in Lisbon."
    )
    assert topics(extract(text)) == set()


def test_bare_mobility_among_researchers_stays_is_talent_mobility(extract: Extract) -> None:
    text = (
        "Switzerland and Ghana open a joint research call. Projects should include researcher exchanges; "
        "up to CHF 10,000 per project may be spent on such mobility."
    )
    found = topics(extract(text))
    assert "talent_mobility" in found
    assert "mobility" not in found


def test_transport_mobility_stays_with_its_own_qualifier(extract: Extract) -> None:
    text = (
        "Germany and India fund research on electric mobility and urban mobility. The call also supports "
        "researcher exchanges between the two countries."
    )
    found = topics(extract(text))
    assert {"mobility", "talent_mobility"} <= found


def test_bare_mobility_without_people_is_transport(extract: Extract) -> None:
    text = "France and Morocco signed a research agreement on mobility and logistics in ports."
    assert "mobility" in topics(extract(text))
