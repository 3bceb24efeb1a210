"""Organisations: three classes of boundary and country slips, with sentences of our own.

- a name cut short at a comma or at a lower-case word of a foreign name is dropped when each of its
  mentions only starts a longer name found at the same place ("Ministry of Environment, Water" of
  "Ministry of Environment, Water and Agriculture", "Instituto Nacional" of "Instituto Nacional de ...");
- a name on a contact line does not run on into the street address under it ("Via ... 12",
  "Rue ... 35", "Avenida ... 8", "Jalan ... 7");
- the adjective of a union of countries ("European") at the start of a name does not settle the
  country for sure, so the body's own seat still does.
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "The scheme is run by the Australian Government's Department of Climate Change, Energy, the "
            "Environment and Water and India's Ministry of Earth Sciences.",
            "Department of Climate Change",
        ),
        (
            "He visited the Centre national de la recherche scientifique (CNRS, French National Centre for\n"
            "Scientific Research) in Paris.",
            "French National Centre",
        ),
        (
            "The grant is managed by Saudi Arabia's Ministry of Environment, Water and Agriculture and "
            "the King Abdulaziz City for Science and Technology.",
            "Ministry of Environment, Water",
        ),
        (
            "Teams from the Instituto Nacional de Pesquisas da Amazônia (INPA) will survey the river.",
            "Instituto Nacional",
        ),
    ],
)
def test_cut_name_dropped(extract: Extract, text: str, cut: str) -> None:
    assert cut not in org_names(extract(text))


def test_nested_name_used_alone_kept(extract: Extract) -> None:
    text = (
        "The University of Nairobi and the University of Nairobi Institute of Climate Change signed "
        "the plan. The University of Nairobi will host the first workshop."
    )
    assert "University of Nairobi" in org_names(extract(text))


# (a hard-wrapped paragraph first, so that single line breaks read as wrapping)
_WRAPPED = (
    "The two agencies agreed to open a joint call for research projects on\n"
    "marine robotics next spring, and they will hold a workshop for early\n"
    "career researchers from both countries in the autumn of this year.\n\n"
)


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        (
            "Contact: Science and Technology Section, Embassy of Kenya in Italy\n"
            "Via Giovanni Battista 164, 00197 Rome\n",
            "Embassy of Kenya in Italy",
            "Via",
        ),
        (
            "Contact: Science and Innovation Section, Embassy of Chile in Spain\n"
            "Calle Lagasca Martin 88, 28001 Madrid\n",
            "Embassy of Chile in Spain",
            "Calle",
        ),
        (
            "Contact: Science Office, Embassy of Ghana in Brazil\nAvenida Rio Branco 164, Rio de Janeiro\n",
            "Embassy of Ghana in Brazil",
            "Avenida",
        ),
        (
            "Science and Technology Section, Embassy of Norway in Italy\nViale Giulio Cesare 7, 00192 Rome\n",
            "Embassy of Norway in Italy",
            "Viale",
        ),
    ],
)
def test_name_stops_before_address(extract: Extract, text: str, name: str, street: str) -> None:
    names = org_names(extract(_WRAPPED + text))
    assert not any(street in n for n in names)
    assert name in names


def test_union_adjective_does_not_fix_country(extract: Extract) -> None:
    text = "Swedish physicists will use the European Spallation Source (ESS) in Lund for the tests."
    orgs = [o for o in extract(text)["organizations"] if "Spallation" in o["name"]]
    assert len(orgs) == 1
    assert orgs[0]["country"] != "EU"
