"""Programme and call probes of session 20, round 3. Whole texts of our own.

1. A short form set off by commas right after a programme's name, or right before it, or given with
   "known as", is its alias ("the Kenya–Sweden Innovation Partnership, KESIP,", "COSPPac, the Climate
   and Oceans Support Program in the Pacific") (programmes._join_apposed_short).
2. An alias that is only the name's tail cut after "and" or a hyphen is dropped ("Technology
   Research Partnership for Sustainable Development" of SATREPS) (programmes._cut_tail).
3. Satellites with a letter and a number joined by a hyphen ("CAS500-1"), a Roman numeral ("the
   Mohammed VI-A satellite") and two coded names before "satellite" or "missions" ("the TerraSAR-X
   and TanDEM-X missions") are missions (programmes._SATELLITE, _SATELLITE_PAIR).
4. A four-digit scheme number after its owner opens the name ("TÜBİTAK's 2537 Bilateral Cooperation
   Programme") (programmes._SCHEME_NUMBER_BEFORE).
5. A deadline line of running text ("Deadline for Korean applicants: ...") is no label of a facts
   box: the page's headline is no call's own name (calls._FACT_LABEL).
"""

from __future__ import annotations

import pytest

from .records import Extract

PROGRAMMES = [  # (text, {name: aliases that must be among its aliases}, names that must not be found)
    pytest.param(
        "Nairobi, 4 March 2026\n\nThe National Research Fund of Kenya and Vinnova today launched the third "
        "call of the Kenya–Sweden Innovation Partnership, KESIP, which funds joint projects.\n",
        {"Kenya–Sweden Innovation Partnership": {"KESIP"}},
        set(),
        id="short form after the name",
    ),
    pytest.param(
        "Accra, 8 March 2026\n\nThe Ghana–Netherlands Water Partnership, GHANEWA, opens a new funding "
        "round. NWO funds the programme.\n",
        {"Ghana–Netherlands Water Partnership": {"GHANEWA"}},
        set(),
        id="short form after the name opening the sentence",
    ),
    pytest.param(
        "Suva, 2 March 2026\n\nCOSPPac, the Climate and Oceans Support Program in the Pacific, will train "
        "forecasters from eleven Pacific island countries this year.\n",
        {"Climate and Oceans Support Program in the Pacific": {"COSPPac"}},
        {"Climate and Oceans Support Program"},
        id="short form before the name with its place",
    ),
    pytest.param(
        "Suva, 3 March 2026\n\nAustralia will fund the Fiji Water Security Project, known as FijiWatSec, "
        "until 2028.\n",
        {"Fiji Water Security Project": {"FijiWatSec"}},
        set(),
        id="known as a coined short form",
    ),
    pytest.param(
        "Nairobi, 7 March 2026 — JST and JICA selected a new Kenyan project under the Science and "
        "Technology Research Partnership for Sustainable Development (SATREPS).\n",
        {"Science and Technology Research Partnership for Sustainable Development": {"SATREPS"}},
        set(),
        id="no alias cut after and",
    ),
    pytest.param(
        "Daejeon, 10 March 2026\n\nKARI and Thailand's GISTDA agreed to share imagery from KOMPSAT-3A "
        "and the upcoming CAS500-2 satellite.\n",
        {"KOMPSAT-3A": set(), "CAS500-2": set()},
        set(),
        id="two coded satellites",
    ),
    pytest.param(
        "Rabat, 11 March 2026\n\nMorocco's Royal Centre for Remote Sensing and CNES will process images "
        "from the Mohammed VI-B satellite.\n",
        {"Mohammed VI-B": set()},
        set(),
        id="satellite with a roman numeral",
    ),
    pytest.param(
        "Bonn, 12 March 2026\n\nDLR and Argentina's CONAE extended their cooperation on the SAOCOM-1B "
        "and TerraSAR-X missions.\n",
        {"SAOCOM-1B": set(), "TerraSAR-X": set()},
        set(),
        id="two coded missions",
    ),
    pytest.param(
        "Ankara, 9 March 2026\n\nTÜBİTAK's 2532 Bilateral Cooperation Programme with Japan opens a new "
        "call with JSPS.\n",
        {"2532 Bilateral Cooperation Programme": set()},
        set(),
        id="numbered scheme",
    ),
    pytest.param(
        "Ankara, 9 March 2026\n\nTurkish researchers apply under TÜBİTAK's 1071 Programme for "
        "International Research Cooperation; Egyptian researchers apply to STDF.\n",
        {"1071 Programme for International Research Cooperation": set()},
        {"Programme for International Research Cooperation"},
        id="numbered programme for",
    ),
]


@pytest.mark.parametrize(("text", "names", "not_names"), PROGRAMMES)
def test_programme_probes(
    extract: Extract, text: str, names: dict[str, set[str]], not_names: set[str]
) -> None:
    found = {
        p["name"]: set(p.get("aliases") or ()) for p in extract(text, published="2026-03-12")["programs"]
    }
    for name, aliases in names.items():
        assert name in found, (name, found)
        assert aliases <= found[name], (name, found[name])
    assert not (not_names & set(found)), found


def test_headline_is_no_call_name(extract: Extract) -> None:
    text = (
        "## TÜBİTAK and Korea's NRF launch joint call for 2026\n\n"
        "Ankara, 11 March 2026. TÜBİTAK and the National Research Foundation of Korea (NRF) announce "
        "a call under TÜBİTAK's 2537 Bilateral Cooperation Programme.\n\n"
        "- Deadline for Turkish applicants: 30 April 2026, 17:30 (Turkish time)\n"
        "- Deadline for Korean applicants: 7 May 2026, 18:00 KST\n"
    )
    calls = extract(text, published="2026-03-12")["calls"]
    assert calls and {c["program"] for c in calls} == {"2537 Bilateral Cooperation Programme"}
