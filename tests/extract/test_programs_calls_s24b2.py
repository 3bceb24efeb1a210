"""Programme and call classes of session 24, round 2 (helper b). Texts of our own.

1. A call whose page names no programme but says what it funds between two countries ("Call for
   joint research projects between the Republic of Latvia and the Kingdom of Morocco") or the scheme
   it runs under ("under the bilateral programme of scientific cooperation between Peru and
   Estonia") takes that name as its programme.
2. A joint call whose sides each cap projects in their own money: the deadline of one side's
   applicants takes that side's cap, even when a sentence on the other side's money names it.
3. On a page titled by one partner's scheme, the deadline of the other partner's applicants goes by
   the programme that bears that funder's name ("NRF Joint Research Programme").
4. With no ceiling stated, a call takes the largest sum of its deadline's own paragraph ("a monthly
   stipend of 117,000 yen ... or 144,000 yen ...; applications must reach ... by"), not a sum of
   an earlier item of a digest.
5. "The visit closed on Thursday": a gathering that ends, no call's deadline.
6. Programmes: a plain coined word described by an owner's possessive ("Tessera, Enabel's
   digital-for-development initiative"); a university's "Graduate Programme in X" is none; a
   title's "Programa ECOS-Sud Uruguay" is the programme "ECOS-Sud" the text names, not another.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

BETWEEN_COUNTRIES = [
    pytest.param(
        "# Open call for joint research projects between the Republic of Latvia and the Kingdom of "
        "Morocco (2027-2029)\n\n"
        "The Latvian Council of Science (LZP) invites proposals for joint projects with Moroccan "
        "teams. Each project may receive up to EUR 150,000.\n\n"
        "Proposals must be submitted by 20 February 2027.\n",
        "Joint research projects between the Republic of Latvia and the Kingdom of Morocco",
        id="title",
    ),
    pytest.param(
        "Lima, 4 May 2026 - Twelve Peruvian-Estonian projects will be funded under the bilateral "
        "programme of scientific cooperation between Peru and Estonia.\n\n"
        "The next public call for proposals opens in January and closes on 30 March 2027. Teams "
        "may receive up to EUR 4,000 per year.\n",
        "Bilateral programme of scientific cooperation between Peru and Estonia",
        id="scheme",
    ),
]


@pytest.mark.parametrize(("text", "name"), BETWEEN_COUNTRIES)
def test_call_between_two_countries(extract: Extract, text: str, name: str) -> None:
    record = extract(text, None)
    assert [c.get("program") for c in record["calls"]] == [name]


def test_call_between_needs_two_countries(extract: Extract) -> None:
    text = (
        "# Call for joint research projects between universities and industry\n\n"
        "The agency funds projects of up to EUR 90,000. Proposals must be submitted by 3 June 2027.\n"
    )
    record = extract(text, None)
    assert [c.get("program") for c in record["calls"]] == [None]


SIDE_CAPS = (
    "# Slovak Academy of Sciences - Korea (NRF): Bridge Mobility Scheme call 2027\n\n"
    "The Slovak Academy of Sciences (SAV) and the National Research Foundation of Korea (NRF) invite "
    "proposals under the **Bridge Mobility Scheme**. The Korean side applies under the **NRF Joint "
    "Research Programme**.\n\n"
    "| Step | Date |\n|---|---|\n"
    "| Deadline for Slovak applicants (SAV portal) | 30 April 2026 |\n"
    "| Deadline for Korean applicants (through NRF) | 4 September 2026 |\n\n"
    "## Funding\n\n"
    "**Slovak side (SAV):**\n\n"
    "- travel of SAV researchers to Korea: up to EUR 1,500 per return ticket;\n"
    "- total SAV support per project: at most EUR 14,000 per year.\n\n"
    "**Korean side (NRF):**\n\n"
    "- travel of Korean researchers and stays of Slovak researchers in Korea: up to KRW 20,000,000 "
    "per project per year.\n"
)


def test_side_cap_and_funder_programme(extract: Extract) -> None:
    calls = sorted(extract(SIDE_CAPS, None)["calls"], key=lambda c: c["deadline"])
    assert [(c["deadline"][:10], c["max_amount"]["currency"]) for c in calls] == [
        ("2026-04-30", "EUR"),
        ("2026-09-04", "KRW"),
    ]
    assert calls[0]["max_amount"]["value"] == 14000
    assert calls[0]["program"] == "Bridge Mobility Scheme"
    assert calls[1]["program"] == "NRF Joint Research Programme"


DIGEST = (
    "GHANA-KOREA DIGEST\n\n"
    "ENERGY\n\n"
    "Ghana will contribute GHS 3 million to the first phase of the joint studies.\n\n"
    "SCHOLARSHIPS\n\n"
    "The Embassy of Korea has opened applications for the 2027 Global Korea Scholarship. Successful "
    "candidates receive a monthly stipend of 900,000 won for undergraduates or 1,000,000 won for "
    "graduate students. Applications must reach the embassy by 20 November 2026.\n"
)


def test_scholarship_cap_from_its_own_paragraph(extract: Extract) -> None:
    calls = extract(DIGEST, "2026-10-01")["calls"]
    assert [(c["deadline"], c["max_amount"]) for c in calls] == [
        ("2026-11-20", {"value": 1000000.0, "currency": "KRW"})
    ]


def test_gathering_closes_no_deadline(extract: Extract) -> None:
    text = (
        "Addis Ababa, 16 October 2026 - The delegation returned from Seoul. The visit closed on "
        "Thursday with a meeting at the agency, where both sides confirmed a training programme "
        "funded by a grant of USD 2 million. Ten scholarships will be open to applicants next year.\n"
    )
    assert extract(text, "2026-10-16")["calls"] == []


PROGRAMMES = [
    pytest.param(
        "The new programme will also build on Tessera, Enabel's digital-for-development initiative, "
        "which has invested EUR 2 million since 2020.",
        "Tessera",
        True,
        id="owned-plain",
    ),
    pytest.param(
        "Prof. Ana Costa, of UFSC's Graduate Programme in Marine Ecology, leads the Brazilian team.",
        "Graduate Programme in Marine Ecology",
        False,
        id="study-unit",
    ),
]


@pytest.mark.parametrize(("text", "name", "found"), PROGRAMMES)
def test_programme_names(extract: Extract, text: str, name: str, found: bool) -> None:
    assert (name in programme_names(extract(text, None))) is found


def test_foreign_headed_title_joins_its_programme(extract: Extract) -> None:
    text = (
        "Programa ECOS-Sud Uruguay: cinco nuevos proyectos\n\n"
        "La Embajada anuncia los resultados de la convocatoria 2025 del programa de cooperación "
        "científica ECOS-Sud. ECOS-Sud es un programa pequeño en su presupuesto.\n"
    )
    programs = extract(text, None)["programs"]
    assert [p["name"] for p in programs] == ["ECOS-Sud"]
    assert "Programa ECOS-Sud Uruguay" in programs[0].get("aliases", [])
