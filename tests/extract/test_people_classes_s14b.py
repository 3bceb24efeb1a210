"""Round 14b person classes, mostly whom people represent: the place a person visits, a
counterpart's country and a side that calls on them are not theirs (the other partner is); a side
of their own; a role read across other people's names; postings in a role; contact entries (label,
body, e-mail domain, heading above); diplomats of the one embassy a document names; a body named in
a role by a short form; portfolios of "Federal" ministers and "State" secretaries. Roles: a
portfolio before "and TITLE" is not the end of a place or body ("at Curtin and Professor"), a role
after a name that belongs to the next name, another person's title and name before a name, and
markdown emphasis in roles."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

# Each text opens with a sentence that makes the pair of partners the document is about.
_NO_CL = "Norway and Chile signed a new agreement on research cooperation in 2026.\n\n"
_SE_KR = "Sweden and Korea agreed to deepen their cooperation in science and technology.\n\n"
_PT_VN = "Portugal and Viet Nam held the third meeting of their joint committee on cooperation.\n\n"
_GB_QA = "The UK and Qatar launched a joint research partnership on cooperation in health.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the place visited is not whom the visitor represents
        (
            _NO_CL + "Prime Minister Ingrid Solberg and two ministers visited Chile in May.",
            "Ingrid Solberg",
            "NO",
        ),
        (
            _SE_KR + "The talks followed the state visit of President Min-ho Seo to Sweden in June.",
            "Min-ho Seo",
            "KR",
        ),
        (
            _PT_VN + "The trade mission to Hanoi was led by Minister for the Economy Rui Tavares Lopes.",
            "Rui Tavares Lopes",
            "PT",
        ),
        # a counterpart's country, and a country right before another person's role
        (
            _NO_CL
            + "Minister for Research Kari Lunde and her Chilean counterpart Pablo Soto Vidal met in Oslo.",
            "Kari Lunde",
            "NO",
        ),
        (
            _SE_KR
            + "Minister for Education Anna Holm and Korea's Minister of Science, Mr KIM Dae-ho, signed it.",
            "Anna Holm",
            "SE",
        ),
        # a side that calls on the person is the other side
        (
            _PT_VN
            + "On Monday the Vietnamese delegation called on Dr. Helena Mota Reis, Secretary of State.",
            "Helena Mota Reis",
            "PT",
        ),
        # a side of the person's own wins over the others'
        (
            _NO_CL
            + "The Chilean side was led by Dr. Andrea Pizarro Rojas, Undersecretary of Science, together "
            "with Tomás Fuentes Lagos, Director of the Chilean Space Agency.",
            "Andrea Pizarro Rojas",
            "CL",
        ),
    ],
)
def test_sentence_countries_read_for_what_they_are(
    extract: Extract, text: str, name: str, country: str
) -> None:
    assert people_by_name(extract(text, published=None))[name]["country"] == country


def test_two_people_take_a_pair_named_after_them_in_order(extract: Extract) -> None:
    text = (
        _SE_KR
        + "Lars Berg, Minister for Energy, and Jae-won Han, Vice Minister, welcomed Sweden-Korea cooperation."
    )
    found = people_by_name(extract(text, published=None))
    assert (found["Lars Berg"]["country"], found["Jae-won Han"]["country"]) == ("SE", "KR")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a role read across another person's name names the country of its last part
        (
            _GB_QA
            + "It was signed in Doha by Qatar's Minister of Health, Noor Al-Kuwari, and\nthe UK's Minister "
            "of State for Health, Dr Julian Marsh.",
            "Julian Marsh",
            "GB",
        ),
        # a posting is no country of the person's
        (
            _GB_QA + "His Majesty's Ambassador to Qatar, Oliver Grant, opened the workshop in Doha.",
            "Oliver Grant",
            "GB",
        ),
        (
            _GB_QA + "Ambassador of Qatar to the United Kingdom, Hamad Al-Thani, attended.",
            "Hamad Al-Thani",
            "QA",
        ),
    ],
)
def test_roles_across_names_and_postings(extract: Extract, text: str, name: str, country: str) -> None:
    assert people_by_name(extract(text, published=None))[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            _NO_CL
            + "Contacts\n\nSigrid Haugen\nSenior Adviser, Polar Section\nsigrid.haugen@forskning.example.no\n"
            "Camilo Reyes Araya\nProgramme Officer, Cooperation Office\ncamilo.reyes@anid.example.cl\n",
            "Camilo Reyes Araya",
            "CL",
        ),
        (
            _NO_CL + "Contacts\n\nIn Norway – Research Council of Norway\nSigrid Haugen, Senior Adviser\n",
            "Sigrid Haugen",
            "NO",
        ),
        (
            _PT_VN + "Questions may be sent to Maria Lobo, Programme Officer, at maria.lobo@fct.example.pt.",
            "Maria Lobo",
            "PT",
        ),
    ],
)
def test_contact_entries(extract: Extract, text: str, name: str, country: str) -> None:
    assert people_by_name(extract(text, published=None))[name]["country"] == country


def test_diplomats_serve_the_one_embassy_named(extract: Extract) -> None:
    text = (
        "Newsletter of the Embassy of Portugal in Viet Nam\n\n"
        + _PT_VN
        + "The reception was opened by Counsellor for Science Joana Seixas Brito on Friday.\n"
    )
    assert people_by_name(extract(text, published=None))["Joana Seixas Brito"]["country"] == "PT"


def test_short_form_of_a_body_in_a_role(extract: Extract) -> None:
    text = (
        _SE_KR
        + "The Gyeongnam Institute of Marine Technology joins the programme this year.\n\n"
        + "Gyeongnam's vice-president for research, Dr. Soo-ah Byun, will visit Sweden in May."
    )
    assert people_by_name(extract(text, published=None))["Soo-ah Byun"]["country"] == "KR"


def test_portfolio_of_a_state_secretary_names_the_state_secretariat(extract: Extract) -> None:
    text = (
        "Switzerland and Viet Nam signed a cooperation agreement on research.\n\n"
        "The State Secretariat for Education, Research and Innovation (SERI) funds the call.\n\n"
        "The call was presented by Dr. Livia Kern, State Secretary for Education, Research and Innovation."
    )
    assert people_by_name(extract(text, published=None))["Livia Kern"]["country"] == "CH"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The project is led by Professor Hana Kučerová at Brno and Professor Rui Maeda at Sendai.",
            "Rui Maeda",
            "Professor",
        ),
        (
            "At the invitation of the President of the Republic of Finland, H.E. Mr. Aarne Lehto, the Prime "
            "Minister of Viet Nam, Mr. Pham Van Duc, paid an official visit to Finland.",
            "Aarne Lehto",
            "President of the Republic of Finland",
        ),
        (
            "At the invitation of Prime Minister Kaito Fujimura of Japan, President Elena Ramos Cruz of the "
            "Republic of the Philippines paid an official visit to Japan.",
            "Elena Ramos Cruz",
            "President",
        ),
        (
            "The centre was opened by Chile's Minister of Science, **Diego Parra Soto**, and Norway's State "
            "Secretary for Research, **Dr. Eirik Nygaard**, on Monday.",
            "Eirik Nygaard",
            "Norway's State Secretary for Research",
        ),
    ],
)
def test_role_classes(extract: Extract, text: str, name: str, role: str) -> None:
    assert people_by_name(extract(text, published=None))[name]["role"] == role
