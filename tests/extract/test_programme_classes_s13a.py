"""Programme of a call, cross-set round 13a. Two classes, all sentences our own:

1. A call's own capitalised name that stands nearer to its deadline than any programme ("the first
   Bilateral Joint Research Call on Soil Health", "the Finnish-Kenyan Forest Data Research Call", a
   name wrapped over two lines) is the call's programme, not a strategy, a vision or an initiative
   named further back.
2. A deadline given in a section's heading ("## 2. Joint call on X, deadline 4 May 2027") belongs to
   the programme or call that the section's first paragraph names."""

from __future__ import annotations

import pytest

from bilat.extract.components.calls import call_names

from .records import Extract

NEARER_NAME = [  # (text, the call's own name)
    (
        "Leaders' statement\n\n1. We recall the National Green Growth Strategy and the Clean Ports "
        "Initiative.\n\n2. We announce the first Bilateral Joint Research Call on Soil Health and "
        "Water, which will close on 14 May 2027.\n",
        "Bilateral Joint Research Call on Soil Health and Water",
    ),
    (
        "Embassy newsletter\n\nBoth countries back the Blue Horizon Vision 2040.\n\nAt the forum the two "
        "ministries will present the **Chilean–Korean Joint\nCall on Ocean Robotics**. Teams may ask "
        "for up to USD 90,000. Full proposals are due on 2 March 2027.\n",
        "Chilean–Korean Joint Call on Ocean Robotics",
    ),
    (
        "Science update\n\nThe Digital Nation Mission frames the work of both agencies.\n\nResearchers "
        "may still apply to the Finnish-Kenyan Forest Data Research Call, which closes on 30 June "
        "2027.\n",
        "Finnish-Kenyan Forest Data Research Call",
    ),
]


@pytest.mark.parametrize(("text", "name"), NEARER_NAME)
def test_a_calls_own_name_nearer_than_a_programme(extract: Extract, text: str, name: str) -> None:
    calls = extract(text)["calls"]
    assert calls, text
    assert calls[0].get("program") == name


PROGRAMME_NEARER = [  # the programme stands between the call's name and its deadline: the programme's
    (
        "Bulletin\n\nThe Polish-Thai Joint Call on Batteries was announced in May.\n\nIt is run under "
        "the Baltic Energy Materials Programme. Applications close on 9 September 2027.\n",
        "Baltic Energy Materials Programme",
    ),
]


@pytest.mark.parametrize(("text", "programme"), PROGRAMME_NEARER)
def test_a_programme_nearer_than_the_calls_name_stays(extract: Extract, text: str, programme: str) -> None:
    calls = extract(text)["calls"]
    assert calls and calls[0].get("program") == programme


HEADING_DEADLINE = [  # (text, the call's programme or own name)
    (
        "# Partnership news\n\n## 1. Joint call: coastal farming, deadline 12 April 2027\n\nThe two "
        "research councils have opened the second round of the Peru–Spain Coastal Agriculture "
        "Programme. Teams may ask for up to EUR 150,000.\n\n## 2. Other news\n\nA delegation visited "
        "Lima.\n",
        "Peru–Spain Coastal Agriculture Programme",
    ),
    (
        "# Monthly letter\n\n## 3. Reminder: joint solar call closes 20 May 2027\n\nThere is still time "
        "to apply to the Moroccan–Danish Solar Fuels Research Call, opened in February by both "
        "ministries.\n\n## 4. Events\n\nA reception was held.\n",
        "Moroccan–Danish Solar Fuels Research Call",
    ),
]


@pytest.mark.parametrize(("text", "name"), HEADING_DEADLINE)
def test_a_deadline_in_a_heading_takes_its_sections_name(extract: Extract, text: str, name: str) -> None:
    calls = extract(text)["calls"]
    assert calls, text
    assert calls[0].get("program") == name


CALL_NAMES = [  # (text, the names found)
    (
        "the first Trilateral Joint Research Call on Space Weather opens",
        ["Trilateral Joint Research Call on Space Weather"],
    ),
    ("the Irish–Brazilian Marine Data Call 2027 opens", ["Irish–Brazilian Marine Data Call 2027"]),
    ("The Swiss-Ghanaian Joint\nCall on Cocoa Genomics", ["Swiss-Ghanaian Joint Call on Cocoa Genomics"]),
    ("The Joint Call on Water opens", []),  # no word of its own before "Joint"
    ("The Open Call for proposals", []),
    ("This Call closes in May", []),
    ("The Research Call closes", []),
]


@pytest.mark.parametrize(("text", "names"), CALL_NAMES)
def test_call_names(text: str, names: list[str]) -> None:
    assert [name for _, name in call_names(text, 0, len(text))] == names
