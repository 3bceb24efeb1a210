"""Programme and call classes of session 23 (helper b). Sentences of our own.

Programmes:
1. Named satellites and missions: a coined name set off by a comma after its satellite word, one the
   text says was launched, one with a syllable after an apostrophe before "mission", a plain name
   before "microsatellite program" (programmes.satellite_candidates).
2. A campaign's coined name with its year, spelled out in brackets by the start of its words
   ("BANDAMIX 2025 (BANDA Sea MIXing ...)"; programmes.spelled_after_candidates); a numbered edition
   of a national expedition (edition_activity_candidates).
3. Named schemes: an award named after its owner's possessive (owned_award_candidates), names listed
   after a plural programme word (kind_list_candidates), a section heading whose first sentence calls
   it a scheme (heading_named_candidates), a "Programme:" field of a dotted facts line
   (labelled_candidates), an organisation's name before a programme's name (one programme), and no
   sum of money run into a fund's name.
Calls:
4. "Registrations of interest close at ..." is a call's deadline; "X in total per fellowship" is what
   one award gets; "the embassy will be closed on ..." is no deadline; a new heading ends a section
   of deadlines; the title under a trail of links names the call's programme.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

NAMED = [  # (text, a name the record must give a programme)
    pytest.param(
        "Almaty, 4 June 2026 - Under the protocol the two agencies will design a small radar "
        "satellite, KZUZ-SAT. Its launch is planned for 2029.\n",
        "KZUZ-SAT",
        id="satellite-comma-apposition",
    ),
    pytest.param(
        "Accra, 8 May 2026 - Ghana's space programme has grown quickly. GhaComSat-2, built by a "
        "French firm, was launched from Kourou in 2019 and still serves the region.\n",
        "GhaComSat-2",
        id="launched-after-apposition",
    ),
    pytest.param(
        "Lima, 2 March 2026 - Its replacement, PeruSat-2B, was\nlaunched on 14 May 2024 and is "
        "run by the national space agency.\n",
        "PeruSat-2B",
        id="launched-wrapped",
    ),
    pytest.param(
        "Riyadh, 5 May 2026 - The academy recalled joint work that began with the Tian'an-3 lunar "
        "mission, which carried a Saudi camera.\n",
        "Tian'an-3",
        id="apostrophe-mission",
    ),
    pytest.param(
        "Hanoi, 9 April 2026 - Vietnam will build on its Lotus microsatellite program, which "
        "launched two spacecraft.\n",
        "Lotus microsatellite program",
        id="named-satellite-program",
    ),
    pytest.param(
        "Manila, 2 February 2026 - The partners named the expedition CORALFLOW 2026 (Coral Reef "
        "Flow and Larval Ocean Waves), and it will sail in April.\n",
        "CORALFLOW 2026",
        id="year-coded-campaign",
    ),
    pytest.param(
        "Seoul, 1 December 2025 - Two Norwegian glaciologists will join the 41st Korean Antarctic "
        "Research Expedition (KARE 41) at King Sejong Station.\n",
        "41st Korean Antarctic Research Expedition",
        id="numbered-expedition",
    ),
    pytest.param(
        "Vienna, 3 March 2026 - Since 2022 the agency has supported Moldovan researchers through "
        "the Academy's Lise Meitner Grant – Moldova and other schemes.\n",
        "Lise Meitner Grant – Moldova",
        id="owned-award-country",
    ),
    pytest.param(
        "Stockholm, 4 May 2026 - The call is linked to the national innovation programmes Aquila "
        "(space) and Green Harbours, and projects must serve one of them.\n",
        "Green Harbours",
        id="plural-kind-list",
    ),
    pytest.param(
        "# Oslo and Nairobi extend their research centre\n\n## New: Kilimanjaro Bridge Grants\n\n"
        "A joint travel-grant scheme will support early-career teams with up to NOK 300,000 each.\n",
        "Kilimanjaro Bridge Grants",
        id="heading-named-scheme",
    ),
    pytest.param(
        "# Call for proposals: Tunisian-Italian projects on water reuse\n\n"
        "**Published:** 3/2/2026 · **Status:** open · **Programme:** TIWARE\n\n"
        "Researchers from Tunisia and Italy may apply.\n",
        "TIWARE",
        id="dotted-facts-field",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_named_programme(extract: Extract, text: str, name: str) -> None:
    record = extract(text, None)
    assert name in programme_names(record), record["programs"]


def test_plural_kind_list_names_each(extract: Extract) -> None:
    record = extract(NAMED[8].values[0], None)
    assert {"Aquila", "Green Harbours"} <= programme_names(record), record["programs"]


def test_owned_award_alias_without_country(extract: Extract) -> None:
    record = extract(NAMED[7].values[0], None)
    award = next(p for p in record["programs"] if p["name"] == "Lise Meitner Grant – Moldova")
    assert "Lise Meitner Grant" in award.get("aliases", []), award


NOT_NAMED = [  # (text, a string no programme name may hold)
    pytest.param(
        "Manila, 6 June 2026 - The agency reviewed the Philippine satellite program with its partners.\n",
        "Philippine",
        id="country-satellite-program",
    ),
    pytest.param(
        "Bonn, 3 May 2026 - Phase-2 was launched in March and runs to 2028.\n",
        "Phase-2",
        id="plain-word-launched",
    ),
    pytest.param(
        "Wellington, 3 March 2026 - Ten teams will share NZ$5.4 million from the ministry's "
        "Tasman Fund and S$4.5 million from Singapore's research foundation.\n",
        "S$",
        id="sum-after-fund",
    ),
]


@pytest.mark.parametrize(("text", "fragment"), NOT_NAMED)
def test_no_programme_named(extract: Extract, text: str, fragment: str) -> None:
    record = extract(text, None)
    assert not any(fragment in n for n in programme_names(record)), record["programs"]


def test_organisation_before_programme_is_one_programme(extract: Extract) -> None:
    record = extract(
        "Brasília, 10 March 2025 - Funding: Wellcome Trust Discovery Research Fellowships.\n\n"
        "The Wellcome Trust (Wellcome) is now open to applicants from Brazil. The Discovery "
        "Research Fellowships cover five years of research.\n",
        None,
    )
    forms = [
        {p["name"], *p.get("aliases", [])}
        for p in record["programs"]
        if any("Discovery Research Fellowships" in n for n in {p["name"], *p.get("aliases", [])})
    ]
    assert len(forms) == 1, record["programs"]


def _calls(extract: Extract, text: str) -> list[dict]:
    return extract(text, None)["calls"]


def test_registrations_of_interest_close(extract: Extract) -> None:
    calls = _calls(
        extract,
        "Wellington, 4 May 2026 - The next round of the New Zealand–Chile Joint Research "
        "Programme opens in June. Registrations of interest close at **12 noon NZST on Friday "
        "14 August 2026**, with full proposals invited in October.\n",
    )
    assert [c["deadline"][:10] for c in calls] == ["2026-08-14"], calls


def test_total_per_award_is_the_cap(extract: Extract) -> None:
    calls = _calls(
        extract,
        "Ottawa, 2 March 2026 - The Maple Fellowships are now open to researchers from Chile.\n\n"
        "  * Value: up to CAD 120,000 in total per fellowship, including a stipend of CAD 40,000 "
        "a year and up to CAD 6,000 a year for research costs\n"
        "  * Deadline: 30 April 2026, 16:00 Eastern Time\n",
    )
    assert len(calls) == 1, calls
    assert calls[0]["max_amount"] == {"value": 120000, "currency": "CAD"}, calls


def test_office_closed_on_a_holiday_is_no_deadline(extract: Extract) -> None:
    calls = _calls(
        extract,
        "Santiago, 1 March 2026 - Applications for the Andes Fellowships close on 15 April 2026.\n\n"
        "The embassy and the consulate in Valparaíso will be closed on Friday 3 April (Good "
        "Friday). A passport can be applied for online.\n",
    )
    assert [c["deadline"][:10] for c in calls] == ["2026-04-15"], calls


def test_new_heading_ends_the_deadlines_section(extract: Extract) -> None:
    calls = _calls(
        extract,
        "# Call for proposals: Kenyan-Dutch projects on soil health\n\n"
        "## How to apply and deadlines\n\n"
        "Both coordinators submit the same proposal:\n\n"
        "- **Kenyan coordinators:** by **Monday 2 March 2026, 16:00 EAT**.\n\n"
        "## Timeline\n\n"
        "- Online information session: Tuesday, 8 December 2025, 10:00 EAT\n"
        "- Notification of results: June 2026\n",
    )
    assert [c["deadline"][:10] for c in calls] == ["2026-03-02"], calls


def test_title_under_breadcrumbs_names_the_programme(extract: Extract) -> None:
    calls = _calls(
        extract,
        "[Home](https://agency.example.at/en/) › [Cooperation & Projects](https://agency.example.at/en/"
        "cooperation/) › [Bilateral research cooperation (BIPRO)](https://agency.example.at/en/bipro/)"
        " › News\n\n"
        "# BIPRO Austria–Georgia: 14 projects selected, next call opens\n\n"
        "The BIPRO programme is financed by the ministry. Examples of approved projects:\n\n"
        "| Acronym | Austrian partner | Georgian partner |\n|---|---|---|\n"
        "| HYDROGEO | TU Wien | Georgian Technical University |\n"
        "| VINEGEN | University of Innsbruck | Agricultural University of Georgia |\n"
        "| SOIL-AI | BOKU University | Tbilisi State University |\n\n"
        "## New call\n\n"
        "- **Deadline:** 19 March 2026, 14:00 (CET), for both sides\n",
    )
    assert [c.get("program") for c in calls] == ["BIPRO"], calls
