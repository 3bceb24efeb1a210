"""Programmes, cross-set round 14c. Classes, all sentences our own:

1. A named network that the document says its partners create ("launch a network", "a new
   doctoral network, the X Network", "the network was launched") is a programme of theirs as well
   as a body; a standing network that only speaks or hosts ("a round-up from the X Network") is not.
2. A programme's name followed by "of (the)" and the body that runs it ("the Emigrant Support
   Programme of the Department of Foreign Affairs") ends at its programme word: the programme is
   found, and the body stays an organisation."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

CREATED_NETWORKS = [  # (text, network's name)
    (
        "Universities in Chile and Norway launch a polar research network\n\n"
        "Six universities have formed the Chile-Norway Polar Futures Network (CNPFN), a five-year "
        "partnership on glacier science funded by both research councils.\n",
        "Chile-Norway Polar Futures Network",
    ),
    (
        "The grant will pay for shared ship time and a new doctoral network, the South Pacific Reef "
        "Doctoral Network, which links marine science groups in Fiji and Australia.\n",
        "South Pacific Reef Doctoral Network",
    ),
    (
        "Kenya and Germany agree on soil research cooperation. The Kenya-Germany Soil Health Network "
        "was launched in Nairobi on Monday and will fund joint field trials.\n",
        "Kenya-Germany Soil Health Network",
    ),
]

STANDING_NETWORKS = [  # (text, network's name): a body, no programme
    (
        "A quarterly digest from the Asia-Europe Science Policy Network on research cooperation "
        "between Japan and France. Japan and France signed a memorandum on quantum research.\n",
        "Asia-Europe Science Policy Network",
    ),
]

OWNED_BY_BODY = [  # (text, programme's name, the body's name)
    (
        "Ireland and Brazil agreed to deepen research cooperation. The Irish Government pays EUR "
        "90,000 through the Diaspora Links Programme of the Department of Foreign Affairs, which "
        "has long backed the community.\n",
        "Diaspora Links Programme",
        "Department of Foreign Affairs",
    ),
    (
        "Canada and Peru agreed to expand research cooperation. Funding comes through the Coastal "
        "Science Initiative of the Department of Fisheries\nand Oceans for three years.\n",
        "Coastal Science Initiative",
        "Department of Fisheries and Oceans",
    ),
]


@pytest.mark.parametrize(("text", "name"), CREATED_NETWORKS)
def test_a_created_network_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), STANDING_NETWORKS)
def test_a_standing_network_is_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name", "body"), OWNED_BY_BODY)
def test_a_programme_of_a_body_ends_at_its_programme_word(
    extract: Extract, text: str, name: str, body: str
) -> None:
    record = extract(text)
    assert name in programme_names(record)
    assert body in {o["name"].replace("\n", " ") for o in record["organizations"]}
