"""Partnerships, cross-set round 14b: a pair that only a sentence listing many countries gives (the
last two of a list of participants: "... Finland, Sweden and Ireland, and from ... Tunisia and Cote
d'Ivoire") is no partnership; a pair stated on its own still is. Sentences our own."""

from __future__ import annotations

from .records import Extract

LIST_OF_PARTICIPANTS = (
    "EU and AU ministers adopt a joint research and innovation agenda\n\n"
    "Research ministers from Europe and Africa met in Geneva on 17 March 2027 for the fifth EU-AU "
    "Ministerial Meeting on Research and Innovation, which adopted a joint agenda on food systems, "
    "renewable energy and public health research.\n\n"
    "Ministers from 14 EU Member States, among them France, Germany, Italy, Spain, Austria, "
    "Denmark and Estonia, and from 20 AU Member States, including Kenya, Ghana, Senegal, Zambia, "
    "Algeria and Mali, took part.\n"
)


def test_two_members_of_a_list_are_no_partners(extract: Extract) -> None:
    pairs = [sorted(p["pair"]) for p in extract(LIST_OF_PARTICIPANTS, published="2027-03-18")["partnerships"]]
    assert ["DK", "EE"] not in pairs and ["DZ", "ML"] not in pairs, pairs


def test_a_pair_stated_on_its_own_stays(extract: Extract) -> None:
    text = (
        "Kenya and Ghana signed a memorandum of understanding on agricultural research in Nairobi on "
        "3 May 2027. The two countries will fund joint projects on drought-tolerant crops and "
        "exchange researchers in plant science.\n"
    )
    pairs = [sorted(p["pair"]) for p in extract(text, published="2027-05-04")["partnerships"]]
    assert ["GH", "KE"] in pairs, pairs
