"""Organisations: classes of errors seen in several sets (session 14, round a), with sentences of
our own.

- a body's name whose last field and the next body are both joined by "and" ("Ministry of Science
  and Technology and the Ministry of Health", "Department for Science, Research and Innovation and
  Germany's Federal Ministry ...") is split at the second "and", not cut after its first field;
- an acronym's long form with no head word that names a policy, a plan or an aid scheme ("under its
  National Battery Strategy (NBS)", "Programa de Movilidad Científica (PMC)", "the Blue-Green (BGE)
  economy model") is no organisation because the registry knows other bodies by the same letters;
- a unit named after its parent ("CSIR-Food Research Institute", "UPM Institute for Solar Energy")
  takes the parent's country, also over a guess from a city of another country in its sentence;
- a body named by one word after a lower-case noun that calls it a trade body or a firm ("the mango
  association ProMango", "a beef exporter, Frigorífico Del Sur, has");
- a body whose name opens with "Federal" belongs to the one federation among the text's partners,
  even when its shorter name matched a registry entry of the other partner;
- a university named with "of" and the city of its seat ("AGH University of Krakow") is also called
  by its name without the city ("AGH University"): the two mentions are one organisation.
"""

from __future__ import annotations

import pytest

from bilat.extract.components.organizations import _seatless_name

from .records import Extract, org_names, orgs_by_name

AND_JOINED_FIELDS = [
    (
        "Officials from the Ministry of Science and Technology and the Ministry of Health of Ghana "
        "met in Accra on Monday to discuss clinical research.",
        "Ministry of Science and Technology",
        "Ministry of Science",
    ),
    (
        "On 3 March, Kenya's State Department for Science, Research and Innovation and Germany's Federal "
        "Ministry of Research, Technology and Space signed a joint declaration on green hydrogen.",
        "State Department for Science, Research and Innovation",
        "State Department for Science, Research",
    ),
    (
        "Officials said the Ministry of Environment, Climate and Forestry and the German Embassy opened "
        "a joint office for climate research in Nairobi on 2 June 2026.",
        "Ministry of Environment, Climate and Forestry",
        "Ministry of Environment, Climate",
    ),
]


@pytest.mark.parametrize(("text", "whole", "cut"), AND_JOINED_FIELDS)
def test_and_joined_last_field_stays_in_the_name(extract: Extract, text: str, whole: str, cut: str) -> None:
    names = org_names(extract(text))
    assert whole in names
    assert cut not in names


SEPARATE_BODIES_AFTER_AND = [
    (
        "Partners include the Department of State and the U.S. Trade and Development Agency (USTDA), "
        "which will fund feasibility studies.",
        {"U.S. Trade and Development Agency"},
    ),
    (
        "The statement was issued by the Department for Science, Innovation and Technology and Foreign, "
        "Commonwealth & Development Office on 4 May 2026.",
        {"Department for Science, Innovation and Technology", "Foreign, Commonwealth and Development Office"},
    ),
]


@pytest.mark.parametrize(("text", "names"), SEPARATE_BODIES_AFTER_AND)
def test_and_the_next_body_still_splits(extract: Extract, text: str, names: set[str]) -> None:
    found = org_names(extract(text))
    assert names <= found
    assert "Development Office" not in {o for o in found if o.split()[0] == "Development"}


POLICY_LONG_FORMS = [
    (
        "Thailand wants to move into chip design under its National Battery Strategy (NBS), which sets "
        "aside THB 9 billion for incentives.",
        "NBS",
    ),
    (
        "Chilean researchers apply through ANID's Programa de Movilidad Científica (PMC) for travel "
        "grants of up to CLP 9,000,000.",
        "PMC",
    ),
    (
        "Vietnam's Blue-Green (BGE) economy model gave the partnership with Korea a clearer focus in "
        "marine biotechnology.",
        "BGE",
    ),
    (
        "Japan will deliver patrol boats to Fiji under Japan's Official Maritime Assistance (OMA), "
        "worth JPY 2 billion.",
        "OMA",
    ),
]


@pytest.mark.parametrize(("text", "acronym"), POLICY_LONG_FORMS)
def test_policy_long_form_is_no_organisation(extract: Extract, text: str, acronym: str) -> None:
    assert acronym not in org_names(extract(text))


def test_headless_long_form_of_a_body_is_kept(extract: Extract) -> None:
    text = (
        "The East African Community (EAC) and Korea agreed to open an ICT innovation centre in "
        "Arusha in 2026."
    )
    assert "East African Community" in org_names(extract(text))


UNITS_OF_PARENTS = [
    (
        "Ghana sent a delegation to Brazil in May 2026. The Council for Scientific and Industrial "
        "Research (CSIR) is Ghana's largest research body.\n\n"
        "The visitors included scientists from the CSIR-Food Research Institute and the "
        "CSIR-Water Research Institute, who toured the laboratories.",
        {"CSIR-Food Research Institute": "GH", "CSIR-Water Research Institute": "GH"},
    ),
    (
        "The Universidad Politécnica de Madrid (UPM) in Spain signed a framework agreement with the "
        "Universidad de Guadalajara in Mexico.\n\n"
        "Students will use the solar test bench in Guadalajara and the UPM Institute for Solar "
        "Energy (ISE) for their theses.",
        {"UPM Institute for Solar Energy": "ES"},
    ),
]


@pytest.mark.parametrize(("text", "countries"), UNITS_OF_PARENTS)
def test_unit_named_after_parent_takes_its_country(
    extract: Extract, text: str, countries: dict[str, str]
) -> None:
    orgs = orgs_by_name(extract(text))
    for name, country in countries.items():
        assert name in orgs, sorted(orgs)
        assert orgs[name]["country"] == country


NOUN_NAMED_BODIES = [
    (
        "Mango exports to Korea rose by a third, according to the mango association ProMango, which "
        "presented the figures at the fair in Lima.",
        "ProMango",
    ),
    (
        "The rugby union is putting in ARS 20 million, and a Rosario beef exporter, Frigorífico Del Sur, "
        "has sponsored the jerseys for two seasons.",
        "Frigorífico Del Sur",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOUN_NAMED_BODIES)
def test_body_named_after_a_kind_noun(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


FEDERAL_BODIES = [
    (
        "ABUJA - Nigeria and China signed a space cooperation agreement on Monday. Alongside it, the "
        "Federal Ministry of Finance and the Export-Import Bank of China signed a loan agreement worth "
        "$50 million. Nigerian engineers will train in China.",
        "Ministry of Finance",
        "NG",
    ),
    (
        "Kenya and Germany launched a marine science partnership in Mombasa. The DAAD will support it "
        "using funds of the Federal Ministry for Economic Cooperation and Development (BMZ).\n\n"
        "Kenyan and German students will spend six months at partner universities.",
        "Federal Ministry for Economic Cooperation and Development",
        "DE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), FEDERAL_BODIES)
def test_federal_body_of_the_federation(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = extract(text)["organizations"]
    found = [o for o in orgs if name in (o["name"], *(o.get("aliases") or []))]
    assert found, [o["name"] for o in orgs]
    assert found[0]["country"] == country


SEATLESS = [
    ("AGH University of Krakow", "AGH University"),
    ("Xidian University of Xi'an", "Xidian University"),
    ("Victoria University of Wellington", "Victoria University"),
    ("Technical University of Munich", None),
    ("University of Tokyo", None),
    ("Inha University in Tashkent", None),
    ("Kyoto University of Advanced Science", None),
]


@pytest.mark.parametrize(("name", "short"), SEATLESS)
def test_seatless_name(name: str, short: str | None) -> None:
    assert _seatless_name(name) == short


def test_university_with_and_without_its_city_is_one(extract: Extract) -> None:
    text = (
        "Hydrogen storage will be coordinated by AGH University of Krakow and the Korea Gas Safety "
        "Corporation. On Thursday the Korean delegation visited the laboratories of AGH University."
    )
    orgs = extract(text)["organizations"]
    holders = [o for o in orgs if "AGH University" in (o["name"], *(o.get("aliases") or []))]
    assert len(holders) == 1
    assert holders[0]["name"] == "AGH University of Krakow"


@pytest.mark.parametrize(
    "text",
    [
        "Council of Research and & Innovation and Office of Science.",
        "The Ministry of Science and and Technology and the Ministry of Health met.",
        "Agency of Energy and , and Office of Water.",
    ],
)
def test_and_right_after_and_does_not_break_the_split(extract: Extract, text: str) -> None:
    # found by the word-salad property test: an "and" with no words before the next joint
    names = org_names(extract(text))
    assert names and all(name.strip() for name in names)
