"""Round 17d topics (topic_cues.yaml), texts of our own.

1. Doctoral and graduate students, studentships and the joint supervision of doctoral work are
   talent mobility ("co-supervised doctoral theses", "joint PhD studentships").
2. "Atomic energy" is nuclear, not energy in general ("the peaceful uses of atomic energy").
3. Crops named by kind and bred traits are agriculture ("drought-tolerant sorghum", "rice lines",
   "heat-tolerant chickpea varieties").
4. Polymers, composites and alloys are advanced materials.
"""

from __future__ import annotations

import pytest

from .records import Extract, topics

CASES = [
    pytest.param(
        "Chile and Spain research agreement\n\nThe two universities will co-supervise doctoral theses "
        "and host graduate students from 2026.",
        {"talent_mobility"},
        set(),
        id="co-supervise, graduate students",
    ),
    pytest.param(
        "Singapore and France quantum laboratory\n\nThe laboratory offers joint PhD studentships, "
        "with time split between Singapore and Nice.",
        {"talent_mobility", "quantum"},
        set(),
        id="PhD studentships",
    ),
    pytest.param(
        "Japan and Germany AI call results\n\nEvery project plans stays of doctoral researchers at "
        "the partner laboratories in machine learning.",
        {"talent_mobility", "ai"},
        set(),
        id="doctoral researchers",
    ),
    pytest.param(
        "Korea and Kazakhstan research\n\nThe institutes met under the 2004 agreement on the peaceful "
        "uses of atomic energy to discuss research on reactor materials.",
        {"nuclear"},
        {"energy"},
        id="atomic energy",
    ),
    pytest.param(
        "Brazil and Argentina research\n\nThe agreement covers research on atomic energy for "
        "medicine and industry.",
        {"nuclear"},
        {"energy"},
        id="atomic energy 2",
    ),
    pytest.param(
        "India and Australia research grants\n\nThe grants fund research on drought-tolerant sorghum "
        "and heat-tolerant chickpea varieties.",
        {"agriculture_food"},
        set(),
        id="sorghum chickpea",
    ),
    pytest.param(
        "Kenya and Japan research project\n\nThe researchers showed new rice lines that tolerate "
        "short droughts to the visiting scientists.",
        {"agriculture_food"},
        set(),
        id="rice lines",
    ),
    pytest.param(
        "Norway and Chile research\n\nThe research agreement covers battery materials: anodes will "
        "be made from rice husks.",
        {"batteries"},
        {"agriculture_food"},
        id="rice husks are a feedstock",
    ),
    pytest.param(
        "Netherlands and Japan joint call\n\nThe joint research call covers recyclable polymers and "
        "fibre-reinforced composites.",
        {"advanced_materials", "circular_economy"},
        set(),
        id="polymers composites",
    ),
    pytest.param(
        "Sweden and Korea research\n\nThe research centre develops lightweight alloys for aircraft "
        "engines.",
        {"advanced_materials"},
        set(),
        id="alloys",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_topic_classes(extract: Extract, text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = topics(extract(text))
    assert wanted <= found
    assert not (unwanted & found)
