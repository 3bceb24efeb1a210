"""Round 16t people's countries: a unit of a body placed only by a guess yields, in a person's
role, to the body it belongs to that was placed for sure ("head of the Laboratory of X at the
Department of Y (UH)"); a person listed as a member of a body's delegation is that body's ("the KTH
delegation, including Dr A", "a delegation of the Norwegian Polar Institute led by its Director,
B"), unless the delegation meets them."""

from __future__ import annotations

import pytest

from .records import Extract, person_named

UNIT_AT_BODY = [
    (
        "Chile and Finland expand forest research\n\nThe University of Helsinki (UH) and the "
        "University of Concepción signed an agreement on 4 June 2025. The team, which spent ten days "
        "in Chile, also included Dr Aino Lehtinen, head of the Laboratory of Soil Physics at the "
        "Department of Forest Sciences (UH), and two doctoral students.\n",
        "Aino Lehtinen",
        "FI",
    ),
    (
        "Korea and Sweden sign energy pact\n\nLund University and KAIST signed a memorandum on 5 May "
        "2025. The mission, held in Korea from 3 to 7 May, also included Dr Lars Nilsson, head of the "
        "Division of Energy Systems at the Faculty of Engineering (LTH) of Lund University.\n",
        "Lars Nilsson",
        "SE",
    ),
    (
        "Japan–Germany Joint Committee\n\nThe Joint Committee with Germany met in Tokyo. It was "
        "co-chaired by Ambassador SATO and Ms Petra Vogt, Head of the Directorate for European and "
        "Global Research Cooperation at the Federal Ministry of Education and Research (BMBF).\n",
        "Petra Vogt",
        "DE",
    ),
]

BODY_DELEGATION = [
    (
        "Sweden and Kenya\n\nKTH Royal Institute of Technology and the University of Nairobi signed "
        "an agreement in Kenya. During the week in Kenya, the KTH delegation, including Dr Erik "
        "Lundqvist, Director of the Department of Energy Technology, presented results in Nairobi.\n",
        "Erik Lundqvist",
        "SE",
    ),
    (
        "Poland and Vietnam\n\nA delegation of the Warsaw University of Technology (WUT) headed by "
        "its Rector, Prof. Marek Zielinski, visited Hanoi University of Science and Technology in "
        "Vietnam on 9 May 2025.\n",
        "Marek Zielinski",
        "PL",
    ),
    (
        "Norway and India cooperate on polar science\n\nNORWAY-INDIA POLAR DELEGATION VISITS GOA\n\n"
        "A delegation of the Norwegian Polar Institute (NPI) led by its Director, Dr Sigrid "
        "Haugland, visited the National Centre for Polar and Ocean Research in Goa, India, on 2 March "
        "2025.\n",
        "Sigrid Haugland",
        "NO",
    ),
]

# A delegation that meets the person: the person is no member of it.
MET_BY_DELEGATION = [
    (
        "Sweden and Kenya\n\nKTH Royal Institute of Technology and the University of Nairobi signed "
        "an agreement in Kenya. During the week in Nairobi, the KTH delegation met researchers of the "
        "host university, including Dr Wanjiku Otieno, who leads its solar energy group.\n",
        "Wanjiku Otieno",
        "SE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), UNIT_AT_BODY + BODY_DELEGATION)
def test_people_country_classes_s16t(extract: Extract, text: str, name: str, country: str) -> None:
    assert person_named(extract(text), name).get("country") == country


@pytest.mark.parametrize(("text", "name", "country"), MET_BY_DELEGATION)
def test_delegation_that_meets_is_not_theirs(extract: Extract, text: str, name: str, country: str) -> None:
    assert person_named(extract(text), name).get("country") != country
