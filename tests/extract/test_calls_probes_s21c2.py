"""Call probes of session 21, round 3 (c2): short whole documents of our own.

1. "Anywhere on Earth" ("23:59 AoE"): the last zone's time, UTC-12 (timezones.yaml).
2. The funder goes by the acronym the page uses most: "NSTC (formerly MOST)" is NSTC, the SNSF no
   "FNS", and "CNPq" an acronym though it has a small letter.
3. A cap in the money of a body the page names ("FAPESP's SPRINT ... BRL 150,000") is that side's
   only: the other side's own deadline line gets no maximum, though no country is named.
4. Cut-off dates listed after a deadline word ("15 April, 15 August and 15 December 2026"): each
   date a call of its own, as the in-view gold lists a rolling call's cut-offs.
"""

from __future__ import annotations

import pytest

from .records import Extract

ANYWHERE_ON_EARTH = [
    pytest.param(
        "ISF–NSFC Joint Research Program 2026\n\nJerusalem, 12 March 2026. The Israel Science Foundation "
        "(ISF) "
        "and the National Natural Science Foundation of China (NSFC) announce the 2026 round of the "
        "program.\n\nGrants are up to USD 70,000 per year. Proposals must be submitted by 2 June 2026, "
        "23:59 AoE.\n",
        "2026-06-02T23:59-12:00",
        id="ISF-NSFC AoE",
    ),
    pytest.param(
        "# NWO–DST call for proposals: water technology\n\nThe Dutch Research Council (NWO) and India's "
        "Department of Science and Technology (DST) invite joint proposals.\n\nDeadline: 9 September 2026, "
        "12:00 (AOE)\n",
        "2026-09-09T12:00-12:00",
        id="NWO-DST (AOE)",
    ),
    pytest.param(
        "# ANR–NSTC call 2026\n\nThe French National Research Agency (ANR) and Taiwan's National Science and "
        "Technology Council (NSTC) call for joint projects.\n\nApplications close on 4 June 2026 at 23:59 "
        "Anywhere on Earth.\n",
        "2026-06-04T23:59-12:00",
        id="ANR-NSTC Anywhere on Earth",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), ANYWHERE_ON_EARTH)
def test_anywhere_on_earth_is_utc_minus_twelve(extract: Extract, text: str, deadline: str) -> None:
    calls = extract(text, published="2026-03-12")["calls"]
    assert [c["deadline"] for c in calls] == [deadline], calls


USED_ACRONYM = [
    pytest.param(
        "# ANR–NSTC joint call 2026\n\nThe French National Research Agency (ANR) and Taiwan's National "
        "Science and Technology Council (NSTC, formerly MOST) invite proposals.\n\nANR funds French partners "
        "with up to EUR 300,000.\n\nTaiwanese partners submit to NSTC by 10 June 2026.\n",
        "NSTC",
        id="NSTC formerly MOST",
    ),
    pytest.param(
        "# SNSF–NRF Nigeria joint research call\n\nThe Swiss National Science Foundation (SNSF) and "
        "Nigeria's "
        "Tertiary Education Trust Fund call for joint projects.\n\nMaximum funding: CHF 250,000 per project "
        "from SNSF.\nSubmission deadline: 15 July 2026, 16:00 WAT.\n",
        "SNSF",
        id="SNSF not FNS",
    ),
    pytest.param(
        "# JST–CNPq joint call: smart agriculture\n\nThe Japan Science and Technology Agency (JST) and "
        "Brazil's National Council for Scientific and Technological Development (CNPq) launch a joint call."
        "\n\nBrazilian teams apply to CNPq by 28 May 2026.\n",
        "CNPq",
        id="CNPq, a small letter",
    ),
    pytest.param(
        "TÜBİTAK–NKFIH call 2026\n\nThe Scientific and Technological Research Council of Türkiye (TÜBİTAK) "
        "and Hungary's NKFIH open a joint call.\n\nTurkish teams apply to TÜBİTAK by 30 April 2026, 17:30.\n",
        "TÜBİTAK",
        id="TÜBİTAK as written",
    ),
]


@pytest.mark.parametrize(("text", "funder"), USED_ACRONYM)
def test_the_funder_goes_by_the_acronym_the_page_uses(extract: Extract, text: str, funder: str) -> None:
    calls = extract(text, published="2026-03-12")["calls"]
    assert [c["funder"] for c in calls][-1:] == [funder], calls


OTHER_SIDES_MONEY = [
    pytest.param(
        "# FAPESP and DFG launch joint call on quantum materials\n\nSão Paulo, 12 March 2026 — The São Paulo "
        "Research Foundation (FAPESP) and the German Research Foundation (DFG) announce a joint call.\n\n"
        "Researchers in São Paulo apply to FAPESP's SPRINT programme, which provides up to BRL 150,000 per "
        "project.\n\nDeadline for FAPESP applications: 30 May 2026.\nDeadline for DFG applications: 15 June "
        "2026.\n",
        {"2026-05-30": (150000, "BRL"), "2026-06-15": None},
        id="FAPESP-DFG",
    ),
    pytest.param(
        "# CONICET–TÜBİTAK call for joint projects\n\nThe National Scientific and Technical Research Council "
        "(CONICET) and TÜBİTAK invite proposals.\n\nCONICET funds teams with up to ARS 20,000,000 per "
        "project.\n\nDeadline for CONICET applications: 29 May 2026.\nDeadline for TÜBİTAK applications: 5 "
        "June 2026.\n",
        {"2026-05-29": (20000000, "ARS"), "2026-06-05": None},
        id="CONICET-TÜBİTAK",
    ),
]


@pytest.mark.parametrize(("text", "caps"), OTHER_SIDES_MONEY)
def test_one_sides_money_caps_no_other_side(extract: Extract, text: str, caps: dict) -> None:
    calls = extract(text, published="2026-03-12")["calls"]
    got = {
        c["deadline"][:10]: (c["max_amount"]["value"], c["max_amount"]["currency"])
        if "max_amount" in c
        else None
        for c in calls
    }
    assert got == caps, calls


LISTED_CUT_OFFS = [
    pytest.param(
        "# ANID–DFG bilateral cooperation\n\nThe Chilean National Research and Development Agency (ANID) and "
        "the German Research Foundation (DFG) fund joint projects.\n\nApplications can be submitted at any "
        "time; they are assessed at three cut-off dates: 15 April 2026, 15 August 2026 and 15 December "
        "2026.\n",
        ["2026-04-15", "2026-08-15", "2026-12-15"],
        id="ANID-DFG three cut-offs",
    ),
    pytest.param(
        "# NRF–RCN mobility grants\n\nThe National Research Foundation (NRF) of South Africa and the "
        "Research "
        "Council of Norway (RCN) fund researcher visits.\n\nDeadlines: 1 April 2026 and 1 October 2026, each "
        "at 17:00 SAST.\n",
        ["2026-04-01", "2026-10-01"],
        id="NRF-RCN two deadlines",
    ),
    pytest.param(
        "# FWO–JSPS bilateral call\n\nThe Research Foundation – Flanders (FWO) and the Japan Society for the "
        "Promotion of Science (JSPS) fund joint seminars.\n\nApplications close on 3 March 2026, 3 June 2026 "
        "or 3 September 2026.\n",
        ["2026-03-03", "2026-06-03", "2026-09-03"],
        id="FWO-JSPS or",
    ),
]


@pytest.mark.parametrize(("text", "days"), LISTED_CUT_OFFS)
def test_each_listed_cut_off_is_a_call(extract: Extract, text: str, days: list[str]) -> None:
    calls = extract(text, published="2026-01-12")["calls"]
    assert [c["deadline"][:10] for c in calls] == days, calls


def test_dates_with_their_own_stage_stay_one_deadline(extract: Extract) -> None:
    text = (
        "# DFG–FAPESP call 2026\n\nThe German Research Foundation (DFG) and the São Paulo Research "
        "Foundation "
        "(FAPESP) invite proposals.\n\nDeadline: 15 May 2026 (pre-proposals); full proposals by invitation.\n"
    )
    calls = extract(text, published="2026-01-12")["calls"]
    assert [c["deadline"][:10] for c in calls] == ["2026-05-15"], calls
