"""Several instruments of the same type between the same two countries, each told on its own (the
items of a list under "two memoranda were signed:", or sentences that each introduce "a memorandum
between ..." with its own sides or its own day), are one record each; one instrument named several
times ("the Memorandum ...", "the memorandum", "the MoU") stays one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

SEPARATE = [
    # a list of items under a plural lead-in, items without an instrument word of their own
    ("Uruguay and Finland held their joint commission in Helsinki on 12 May 2026. "
     "At its close three memoranda of understanding were signed:\n"
     " - between the University of Helsinki and the Universidad de la República, on forestry;\n"
     " - between Aalto University and the Universidad ORT Uruguay, on design research;\n"
     " - between the University of Oulu and the Universidad Católica del Uruguay, on health data.\n\n"
     "Both sides agreed to meet again in 2028.",
     "memorandum", 3),
    ("Ghana and Portugal met in Accra on 2 June 2026. The following MoUs were exchanged:\n"
     "• University of Ghana and University of Lisbon (marine science)\n"
     "• Kwame Nkrumah University of Science and Technology and University of Porto (energy)\n\n"
     "The next meeting will be in Lisbon.",
     "memorandum", 2),
    # a Markdown list after a blank line, under a bold lead-in
    ("Senegal and France met in Dakar on 14 October 2026.\n\n**Four MoUs were exchanged:**\n\n"
     "* Cheikh Anta Diop University and Sorbonne University (climate)\n"
     "* Gaston Berger University and the University of Bordeaux (agronomy)\n"
     "* the Pasteur Institute of Dakar and the University of Lyon (vaccines)\n"
     "* Alioune Diop University and Grenoble Alpes University (energy)\n\n"
     "The commission will meet again in Paris.",
     "memorandum", 4),
    # "memorandums", the other English plural, with a long lead-in before the colon
    ("Chile and Norway held talks in Oslo on 8 March 2026. On their sidelines, universities from both "
     "countries signed three memorandums of understanding at a ceremony:\n"
     " - the University of Bergen and the University of Concepción, on fisheries;\n"
     " - NTNU and the Pontifical Catholic University of Chile, on hydrogen;\n"
     " - the University of Tromsø and the University of Magallanes, on polar science.\n",
     "memorandum", 3),
    # roman-numbered items
    ("India and Denmark signed two letters of intent in Copenhagen on 21 January 2026:\n"
     "(i) between the Technical University of Denmark and IIT Madras on wind energy;\n"
     "(ii) between Aarhus University and the Indian Institute of Science on water.\n",
     "letter_of_intent", 2),
    # a list whose items each introduce their own instrument
    ("Vietnam and Hungary held a rectors' forum in Budapest on 9 April 2026. Several agreements were "
     "signed:\n"
     "1. a memorandum of understanding between Hanoi University of Science and Technology and the\n"
     "   Budapest University of Technology and Economics on microelectronics;\n"
     "2. a memorandum of understanding between Vietnam National University and Eötvös Loránd University\n"
     "   on linguistics.\n",
     "memorandum", 2),
    # separate sentences, each with its own sides
    ("Mexico and Sweden deepened university ties in 2026. A memorandum of understanding between KTH Royal "
     "Institute of Technology and the National Autonomous University of Mexico was signed on 4 March 2026. "
     "A memorandum between Lund University and the Monterrey Institute of Technology followed on "
     "4 March 2026 as well.",
     "memorandum", 2),
    # two memoranda, two sentences, two days
    ("Egypt and Austria signed a memorandum of understanding on water research on 10 February 2026 in "
     "Cairo. In Vienna, a second memorandum of understanding, on vocational training, was signed on "
     "22 September 2026.",
     "memorandum", 2),
    # separate sentences, each "with" its own partner
    ("Ghent University signed a memorandum of understanding with Seoul National University on 3 March "
     "2026. On the same day Ghent University Hospital signed a memorandum of understanding with Yonsei "
     "University.",
     "memorandum", 2),
    # a list run on in its sentence after a colon
    ("Two memoranda were signed in Rabat on 5 May 2026: between Mohammed V University and the University "
     "of Bologna, on archaeology, and between Cadi Ayyad University and Sapienza University of Rome, on "
     "water management.",
     "memorandum", 2),
    # each told with "the memorandum between ..." after a plural lead-in
    ("Two memoranda of understanding were signed in Kyoto on 2 May 2026, the embassy of Switzerland "
     "reported. The memorandum between Kyoto University and the University of Zurich covers quantum "
     "research. The memorandum between Osaka University and ETH Zurich covers robotics.",
     "memorandum", 2),
    # an agreement and its renewal, told apart by their dates
    ("Norway and Chile renewed their Agreement on Polar Research Cooperation on 4 June 2024 in Oslo. "
     "The original agreement dates from 2012.",
     "agreement", 2),
    # ... the renewal dated in a sentence of its own, without the instrument's word
    ("Portugal and Brazil have extended their Agreement on Marine Research for five more years. The "
     "extension was signed in Lisbon on 2 April 2026 by the two ministers. The original agreement dates "
     "from 2011.",
     "agreement", 2),
    ("Estonia and Japan renewed their memorandum of cooperation on cyber research. The renewal, signed "
     "in Tallinn on 19 January 2026, adds quantum computing. The memorandum was first signed in 2016.",
     "memorandum", 2),
]

ONE = [
    # one memorandum named three times
    ("The Memorandum of Understanding on Space Weather between Brazil and Denmark was signed in Brasília "
     "on 7 October 2026. The memorandum sets up a joint data centre. The MoU runs for five years.",
     "memorandum"),
    ("Kenya and Finland signed a memorandum of understanding on digital health on 3 May 2026. The "
     "memorandum was signed by the two ministers in Nairobi. Under the MoU, a steering group meets yearly.",
     "memorandum"),
    # a plural word that opens no list
    ("Peru and Canada have signed several memoranda of understanding since 2015. A new memorandum on "
     "mining research was signed in Lima on 8 August 2026.",
     "memorandum"),
    # a definite mention of the same partner
    ("Ghent University and KAIST signed an MoU on 3 March 2026, which Belgium and Korea welcomed. The MoU "
     "with KAIST sets up a joint chair.",
     "memorandum"),
    # a renewal told, but not dated apart from the instrument
    ("Chile and Korea renewed their memorandum of understanding on astronomy in Seoul on 8 May 2026. The "
     "renewal adds a chapter on data science.",
     "memorandum"),
    # the same sides, once by a short name
    ("The memorandum between Kyoto University and the University of Zurich was signed in Kyoto on 2 May "
     "2026. The memorandum between Kyoto University and UZH covers quantum research.",
     "memorandum"),
    # the same sides told twice
    ("A memorandum of understanding between Kyoto University and the University of Zurich was signed on "
     "1 July 2026. A memorandum between Kyoto University and the University of Zurich is a first for "
     "Japan and Switzerland.",
     "memorandum"),
]


@pytest.mark.parametrize(("text", "kind", "count"), SEPARATE)
def test_each_instrument_is_one_record(
    extract: Callable[..., dict[str, Any]], text: str, kind: str, count: int
) -> None:
    agreements = [a for a in extract(text, published="2026-12-01")["agreements"] if a["type"] == kind]
    assert len(agreements) == count, agreements


@pytest.mark.parametrize(("text", "kind"), ONE)
def test_one_instrument_told_several_times_is_one_record(
    extract: Callable[..., dict[str, Any]], text: str, kind: str
) -> None:
    agreements = [a for a in extract(text, published="2026-12-01")["agreements"] if a["type"] == kind]
    assert len(agreements) == 1, agreements


def test_a_colon_before_common_words_is_no_list(extract: Callable[..., dict[str, Any]]) -> None:
    text = ("Italy and Morocco have signed memoranda since 2010: they build a bridge between research and "
            "industry and between universities and firms.")
    assert extract(text, published="2026-12-01")["agreements"] == []
