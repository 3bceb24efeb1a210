"""Programme and call classes of session 24 (helper b). Texts of our own.

1. A call named after the kind of cooperation it is ("Andean Tripartite Call", "Nordic Bilateral
   Call") is the call's own name: its programme when no programme owns it, and listed as one.
2. On a page about a programme, a deadline that follows the name of one of its schemes ("the X Seed
   Grants round opens ...") belongs to that scheme, not to the programme the title names.
3. "Applications must be led by ..." states no deadline: an opening date on that line makes no
   call of its own; "Applications must be" at a line's end still runs on to its date.
4. A fund whose name lists its fields with a comma ("the National Research, Development and
   Innovation Fund") is found whole, not from the word after the comma.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

OWN_CALL_NAMES = [
    pytest.param(
        "# Andean councils open their third joint call\n\n"
        "Lima, 3 March 2026 - The research councils of Peru, Chile and Bolivia today opened the third "
        "**Andean Tripartite Call** for joint research projects on glaciers.\n\n"
        "## Budget\n\nEach project may receive up to EUR 200,000.\n\n"
        "## Deadline\n\nProposals must be submitted by 15 June 2026.\n",
        "Andean Tripartite Call",
        id="tripartite",
    ),
    pytest.param(
        "Windhoek, 9 February 2026 - Namibia and Botswana launched the Kalahari Bilateral Call for "
        "projects on groundwater. Teams may request up to NAD 900,000.\n\n"
        "The deadline for applications is 30 April 2026.\n",
        "Kalahari Bilateral Call",
        id="bilateral",
    ),
]


@pytest.mark.parametrize(("text", "name"), OWN_CALL_NAMES)
def test_call_named_by_its_kind(extract: Extract, text: str, name: str) -> None:
    record = extract(text, None)
    assert [c.get("program") for c in record["calls"]] == [name]
    assert name in programme_names(record)


SCHEME_PAGES = [
    pytest.param(
        "# Chile and Norway extend the Andes4Ocean programme\n\n"
        "Santiago, 3 March 2026 - The two ministries agreed a third phase of Andes4Ocean, their joint "
        "programme.\n\n"
        "As part of the new phase, the Andes4Ocean Seed Grants round for 2026 will open in May. Each "
        "project may receive up to EUR 100,000.\n\n"
        "The deadline for applications is 30 June 2026.\n",
        "Andes4Ocean Seed Grants",
        id="grants-round",
    ),
    pytest.param(
        "Kenya and Finland renew the BioBridge partnership\n\n"
        "Nairobi, 12 January 2026 - Kenya and Finland will continue BioBridge until 2030.\n\n"
        "A new call of the BioBridge Mobility Fellowships offers stays of up to six months. "
        "Proposals must be submitted by 14 April 2026.\n",
        "BioBridge Mobility Fellowships",
        id="fellowships-same-sentence",
    ),
]


@pytest.mark.parametrize(("text", "programme"), SCHEME_PAGES)
def test_deadline_belongs_to_the_scheme_named_before_it(extract: Extract, text: str, programme: str) -> None:
    record = extract(text, None)
    assert [c.get("program") for c in record["calls"]] == [programme]


LED_BY = [
    pytest.param(
        "Santiago, 3 March 2026 - The Seed Grants round for 2026 will open on 1 May 2026. Each project "
        "may receive up to EUR 100,000. Applications must be led by a Chilean university with one "
        "Norwegian partner.\n\nThe deadline for applications is 30 June 2026.\n",
        ["2026-06-30"],
        id="led-by",
    ),
    pytest.param(
        "Accra, 2 February 2026 - The call for fellows will open on 1 March. Applications must be\n"
        "uploaded to the council's portal no later than 15 May 2026. Grants of up to GHS 80,000\n"
        "are available.\n",
        ["2026-05-15"],
        id="wrapped-must-be",
    ),
]


@pytest.mark.parametrize(("text", "deadlines"), LED_BY)
def test_who_leads_an_application_is_no_deadline(extract: Extract, text: str, deadlines: list[str]) -> None:
    record = extract(text, None)
    assert [c["deadline"][:10] for c in record["calls"]] == deadlines


LISTED_FIELDS = [
    pytest.param(
        "Lisbon, 3 March 2026 - Portuguese teams may receive up to EUR 15,000 from FCT's National "
        "Science, Technology and Culture Fund for three years.\n",
        "National Science, Technology and Culture Fund",
        "Technology and Culture Fund",
        id="possessive-owner",
    ),
    pytest.param(
        "Budapest, 5 May 2026 - The money comes from the Regional Research, Development and "
        "Innovation Fund of the county.\n",
        "Regional Research, Development and Innovation Fund",
        "Development and Innovation Fund",
        id="article",
    ),
]


@pytest.mark.parametrize(("text", "whole", "part"), LISTED_FIELDS)
def test_fund_listing_its_fields_is_found_whole(extract: Extract, text: str, whole: str, part: str) -> None:
    names = programme_names(extract(text, None))
    assert whole in names
    assert part not in names


def test_names_listed_with_a_comma_stay_apart(extract: Extract) -> None:
    text = (
        "Lisbon, 3 March 2026 - Teams are funded under Horizon Europe, Digital Europe Programme and others.\n"
    )
    names = programme_names(extract(text, None))
    assert "Digital Europe Programme" in names
    assert not any("," in n for n in names)


# 5. A newsletter item in a hard-wrapped list: "submit ... by" and the date run over line breaks.
WRAPPED_ITEMS = (
    "Embassy newsletter, December 2025\n\n"
    "3. NEW JOINT CALL WITH THE ACADEMY\n\n"
    "The Finnish Academy and the Kenyan NRF have opened a joint call for research projects.\n\n"
    "  - Finnish applicants submit their proposal to the Academy in its\n"
    "    Research Projects programme through its portal by\n"
    "    12 March 2026.\n"
    "  - Their Kenyan partners submit the same project to the NRF by\n"
    "    Thursday, 26 March 2026, 17:00 (Nairobi time). The NRF\n"
    "    funds the Kenyan team with up to KES 6 million per project.\n"
)


def test_wrapped_list_items_give_their_deadlines(extract: Extract) -> None:
    record = extract(WRAPPED_ITEMS, None)
    assert sorted(c["deadline"][:10] for c in record["calls"]) == ["2026-03-12", "2026-03-26"]


def test_a_blank_line_ends_a_wrapped_clause(extract: Extract) -> None:
    text = (
        "Pretoria, 2 March 2026 - Teams submit their reports to the foundation.\n\n"
        "  - by 2030 the network will link twelve universities.\n"
    )
    assert extract(text, None)["calls"] == []


# 6. One closing moment given on each side's clock on the same day is one call; another day on the
# other side's calendar stays a call of its own.
SAME_MOMENT = (
    "Oslo, 2 September 2025 - The joint call for research projects is open.\n\n"
    "Deadline (Norwegian applicants): 12 November 2025, 13:00 Central European Time (CET).\n"
    "Indian applicants submit the same proposal via the DST online portal by 17:30 IST on the same day.\n"
)


def test_same_moment_on_two_clocks_is_one_call(extract: Extract) -> None:
    record = extract(SAME_MOMENT, None)
    assert [c["deadline"] for c in record["calls"]] == ["2025-11-12T13:00+01:00"]


# 7. A newsletter's items, set apart by rule lines, keep their own programmes and sums: a deadline
# takes no programme or cap from an earlier item, nor a programme named as another funder's own.
NEWSLETTER = (
    "NORDIC SCIENCE NOTES - GHANA\n\n"
    "======================================================\n\n"
    "1. MOBILITY SCHOLARSHIPS RENEWED\n\n"
    "Under the renewed GTEC-NordForsk Mobility Scholarship Programme, twenty students a year can go "
    "north. Each scholar receives up to EUR 40,000.\n\n"
    "======================================================\n\n"
    "2. NEW JOINT CALL\n\n"
    "The Research Council of Norway and GTEC have opened a joint call for research projects.\n\n"
    "  - Norwegian applicants submit their proposal to the RCN in its\n"
    "    Researcher Projects programme by 12 March 2026.\n"
    "  - Their Ghanaian partners submit the same project to GTEC by\n"
    "    26 March 2026. GTEC funds the Ghanaian team with up to\n"
    "    GHS 900,000 per project.\n"
)


def test_newsletter_item_keeps_its_own_programme_and_sum(extract: Extract) -> None:
    calls = {c["deadline"][:10]: c for c in extract(NEWSLETTER, None)["calls"]}
    assert calls["2026-03-26"].get("program") is None
    assert calls["2026-03-26"]["max_amount"] == {"value": 900000, "currency": "GHS"}


# 8. An award scheme named after "its"/"their" or with its owner after "of the"; on a page about
# another programme, a paragraph that opens with such a scheme and gives a deadline is its call.
OWNED_SCHEMES = [
    pytest.param(
        "Bern, 3 March 2026 - Smaller projects can turn to the Leading House for Africa. Its Savannah "
        "Seed Grants provide up to CHF 20,000 for a year.\n",
        "Savannah Seed Grants",
        id="its",
    ),
    pytest.param(
        "Quito, 3 March 2026 - The two academies renewed their Andean Field Research Awards for "
        "three more years.\n",
        "Andean Field Research Awards",
        id="their",
    ),
    pytest.param(
        "Bern, 3 March 2026 - Separately, the Early Career Travel Grants of the Leading House for "
        "Africa fund stays of up to three months.\n",
        "Early Career Travel Grants",
        id="of-the-owner",
    ),
]


@pytest.mark.parametrize(("text", "name"), OWNED_SCHEMES)
def test_owned_award_scheme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text, None))


SCHEME_ASIDE = (
    "# Swiss-Kenyan Research Programme: new call agreed\n\n"
    "Nairobi, 3 November 2025 - Kenya and Switzerland will fund a new round of the Swiss-Kenyan "
    "Research Programme (SKRP). Proposals must be submitted by 2 February 2026.\n\n"
    "Also open: grants for early-career researchers\n\n"
    "Separately, the Early Career Travel Grants of the Leading House for Africa fund research stays "
    "of up to three months. Grants are worth up to CHF 12,000; the next cut-off date is 31 March 2026.\n"
)


def test_paragraph_about_another_scheme_gives_its_call(extract: Extract) -> None:
    calls = {c["deadline"][:10]: c.get("program") for c in extract(SCHEME_ASIDE, None)["calls"]}
    assert calls["2026-03-31"] == "Early Career Travel Grants"
    assert calls["2026-02-02"] in {"SKRP", "Swiss-Kenyan Research Programme"}


# 9. A series of satellites named by a plain word, one or two joined by "and".
def test_satellite_series(extract: Extract) -> None:
    text = (
        "Hanoi, 3 March 2026 - The two sides reviewed the Lotus and Kestrel series of small\n"
        "satellites that Vietnamese engineers built with Tohoku University. The Philippine series of "
        "satellites was not discussed.\n"
    )
    record = extract(text, None)
    names = {p["name"]: p.get("aliases", []) for p in record["programs"]}
    assert names.get("Lotus") == ["Lotus series"]
    assert names.get("Kestrel") == ["Kestrel series"]
    assert "Philippine" not in names


# 10. A list of funded projects whose items carry nested items (partners, sums) is still one list.
def test_project_list_with_nested_items(extract: Extract) -> None:
    text = (
        "# Three new awards\n\n"
        "Dublin, 3 March 2026 - The agencies announced funding for three new research projects.\n\n"
        "## The funded projects\n\n"
        "- **SOILNET** – sensors for soil carbon\n"
        "  - University of Galway\n"
        "  - Purdue University\n"
        "- **WaveTwin** – digital twins for wave energy\n"
        "  - Ulster University\n"
        "  - Award: EUR 700,000\n"
        "- **AgriBot** – robots for small farms\n"
        "  - University College Cork\n"
    )
    assert {"SOILNET", "WaveTwin", "AgriBot"} <= programme_names(extract(text, None))


# 11. "One of them, X," after proposals that "were funded" names a funded project; after bodies that
# were selected it names none.
def test_one_of_the_funded_proposals(extract: Extract) -> None:
    text = (
        "Bern, 3 March 2026 - The 2024 call drew 80 proposals, of which nine were funded with CHF 2 "
        "million.\nOne of them, SNOWGUARD, brings together ETH Zurich and IIT Delhi to build avalanche "
        "warnings.\n"
    )
    assert "SNOWGUARD" in programme_names(extract(text, None))


def test_one_of_the_selected_bodies(extract: Extract) -> None:
    text = (
        "Bern, 3 March 2026 - Three agencies were selected to run the network.\n"
        "One of them, SNOWGUARD, brings together ETH Zurich and IIT Delhi.\n"
    )
    assert "SNOWGUARD" not in programme_names(extract(text, None))


# 12. A call's own name before "call" in lower case, opening with a pair of partners and running over
# "and" and a line break, names the call no programme owns.
def test_paired_name_before_lower_case_call(extract: Extract) -> None:
    text = (
        "Santiago, 3 March 2026 - The two agencies will manage the new Chile/Norway Joint Ocean and "
        "Climate Research Collaboration\ncall. Each project may receive up to NOK 900,000.\n\n"
        "Applications must be submitted by 16:00 Chilean time on 29 May 2026.\n"
    )
    record = extract(text, None)
    name = "Chile/Norway Joint Ocean and Climate Research Collaboration"
    assert [c.get("program") for c in record["calls"]] == [name]
    assert name in programme_names(record)
