"""Agreement classes of session 16, round 1 (helper b). Texts of our own.

1. An instrument of three partners: "the three <bodies>" with up to three words between ("the three
   national weather services signed ...") makes its parties all three countries of a three-partner
   text, not the pair of the instrument told just before; and an instrument whose sentence names no
   partner takes all three when the sentence before it tells the meeting trilateral.
2. An instrument made in its own sentence ("A and B signed the cooperation agreement on ...", "the
   cooperation agreement that A and B signed last week") is one of its own: not folded into an older
   instrument of another type or year told elsewhere in the text.
3. An untitled action plan that nothing in its sentence makes ("Ghana's national plan of action",
   "to draw up a joint programme of work") is no bilateral instrument; one adopted is.
"""

from __future__ import annotations

import pytest

from .records import Extract

THREE = [  # (text, type of the instrument)
    pytest.param(
        "Joint Statement by Australia, Japan and India on Ocean Science Cooperation\n\n"
        "Canberra, 4 May 2025\n\n"
        "1. Australia, Japan and India will strengthen their research cooperation on ocean observation.\n"
        "2. We recall the 2019 memorandum signed by Australia and Japan on marine surveys.\n"
        "3. We welcome the letter of intent on sharing tide-gauge data that the three national weather "
        "services signed yesterday.\n",
        "letter_of_intent",
        id="three national weather services",
    ),
    pytest.param(
        "Lima, 9 June 2025\n\nPeru, Chile and Brazil agreed to launch trilateral research cooperation on "
        "mining science. Peru and Chile renewed their 2018 agreement on geological mapping. The three "
        "national geological surveys also signed a memorandum on satellite imagery.\n",
        "memorandum",
        id="three geological surveys",
    ),
    pytest.param(
        "Ottawa, 3 March 2025\n\nMinisters of Canada, Mexico and Colombia held the first trilateral "
        "ministerial meeting of the three countries on clean energy in Ottawa on Monday. In a joint "
        "statement issued at the end of the meeting, the ministers committed to share grid research.\n",
        "joint_statement",
        id="trilateral meeting told the sentence before",
    ),
]


@pytest.mark.parametrize(("text", "kind"), THREE)
def test_three_partner_instruments_take_all_three(extract: Extract, text: str, kind: str) -> None:
    found = [a for a in extract(text, published="2025-05-04")["agreements"] if a["type"] == kind]
    assert any(len(a["parties"]) == 3 for a in found), found


def test_a_pair_stays_a_pair_when_the_three_are_not_its_makers(extract: Extract) -> None:
    text = (
        "Lima, 9 June 2025\n\nPeru, Chile and Brazil agreed to strengthen their research cooperation on "
        "mining science over three days. Peru and Chile signed a memorandum on geological mapping.\n"
    )
    found = [a for a in extract(text, published="2025-06-09")["agreements"] if a["type"] == "memorandum"]
    assert found and sorted(found[0]["parties"]) == ["CL", "PE"], found


MADE_HERE = [  # (text, publication date, the new instrument's date)
    pytest.param(
        "Tallinn, 20 October 2025\n\nEstonia and Korea deepen digital ties. The most visible result is "
        "the cooperation agreement that Estonia's digital agency and Korea's internet agency signed last "
        "Tuesday in Seoul. Talks began in 2023: on 5 May 2023 the two sides signed a letter of intent "
        "on digital identity.\n",
        "2025-10-20",
        "2025-10-14",
        id="signed last Tuesday, a letter of intent of 2023",
    ),
    pytest.param(
        "Dalian, 13 November 2026\n\nA Sino-German joint laboratory for catalysis opened today in Dalian. "
        "The speaker recalled that the two academies first signed a cooperation agreement in 1974. "
        "During the ceremony, the two directors signed the cooperation agreement on the joint "
        "laboratory, which runs for five years.\n",
        "2026-11-13",
        "2026-11-13",
        id="signed the cooperation agreement during the ceremony",
    ),
]


@pytest.mark.parametrize(("text", "published", "date"), MADE_HERE)
def test_an_instrument_made_in_its_sentence_is_its_own(
    extract: Extract, text: str, published: str, date: str
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert any(a["type"] == "agreement" and a["date"] == date for a in agreements), agreements
    assert len(agreements) == 2, agreements


UNMADE_PLANS = [
    "Accra, 2 April 2025\n\nNorway and Ghana agreed to cooperate on marine litter. The grant supports "
    "Ghana's national plan of action, which aims to halve plastic leakage into the sea.\n",
    "Tokyo, 2 April 2025\n\nJapan and India met on critical minerals. We welcome the intention of the "
    "geological surveys of Japan and India to draw up a joint programme of work on mineral mapping.\n",
    "Seoul, 2 April 2025\n\nKorea and Chile discussed hydrogen research. Chile's national action plan "
    "for green hydrogen was presented by its delegation.\n",
]


@pytest.mark.parametrize("text", UNMADE_PLANS)
def test_an_action_plan_nothing_makes_is_no_instrument(extract: Extract, text: str) -> None:
    plans = [a for a in extract(text)["agreements"] if a["type"] == "action_plan"]
    assert not plans, plans


MADE_PLANS = [
    "Accra, 2 April 2025\n\nNorway and Ghana agreed to cooperate on marine litter. The two ministers "
    "adopted a joint action plan on marine litter on Monday.\n",
    "Tokyo, 2 April 2025\n\nJapan and India met on critical minerals. The two sides signed an action "
    "plan for critical minerals research.\n",
]


@pytest.mark.parametrize("text", MADE_PLANS)
def test_an_action_plan_made_in_its_sentence_stays(extract: Extract, text: str) -> None:
    plans = [a for a in extract(text)["agreements"] if a["type"] == "action_plan"]
    assert plans, extract(text)["agreements"]
