"""Programmes and calls, session 22 round 1 (helper a). Sentences our own.

1. A quantifier opening a quoted sentence ("Every project ...", "Any programme ...") is no
   programme's name.
2. A coined name with two qualifiers before its programme word ("its TÉT bilateral mobility
   scheme") is a programme; two partners joined by a dash before such a phrase are not.
3. A coined name in capitals that prose names as one of the projects it tells of ("One of them,
   X, ...", "Funded projects included X, ..., and Y", "Among the funded projects is X"), and one
   opening a list item with accented capitals ("NEURO-ÂGE – ..."), is a programme; so is the
   short form after a project's quoted title and "or" ("titled "X Y Z" or XYZ, will ...").
4. An applicant's duty to file, lodge or send a proposal "by" a day states a deadline, also when a
   hard-wrapped line carries the date on.
5. Two sides' deadlines on one day at different hours (a table row each) are two calls.
6. Two deadlines on one line: each takes the zone written after it (not the other's) and the cap
   in its own side's money; the day clocks change ("moves to summer time on 29 March") is none.
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

FOUND = [  # (text, a programme name that must be found)
    pytest.param(
        "NKFIH pays the Hungarian teams through its TÉT bilateral mobility scheme, up to HUF 5 million each.",
        "TÉT",
        id="accented coined name, two qualifiers",
    ),
    pytest.param(
        "The agency funds Estonian groups through its DORA joint doctoral programme.",
        "DORA",
        id="coined name, joint doctoral programme",
    ),
    pytest.param(
        "The ministry supports the Kenyan side under its KENRIS bilateral research scheme.",
        "KENRIS",
        id="coined name, bilateral research scheme",
    ),
    pytest.param(
        "Nine consortia were funded in 2023. One of them, AQUA-LINK, connects Deltares with IIT Delhi.",
        "AQUA-LINK",
        id="one of them, coined project",
    ),
    pytest.param(
        "Funded projects included **SALT-MAP**, on soil salinity in the delta, and **MANGROVIA**, which "
        "restores coastal forests.",
        "MANGROVIA",
        id="projects included, second emphasised item",
    ),
    pytest.param(
        "Among the funded projects is KELPNET, which maps kelp forests off Tasmania and Chile.",
        "KELPNET",
        id="among the funded projects is",
    ),
    pytest.param(
        "Three projects were funded last year:\n"
        "- **SOLÉNA** – solar hydrogen. Marie Roy (Université Laval) and Jan Peeters (KU Leuven).\n"
        "- **ÉCO-RIVE** – river restoration. Luc Gagné (INRS) and Ann Claes (UGent).\n"
        "- **BRAINAGE** – cognitive ageing. Paul Côté (McGill) and Eva Dubois (ULB).\n",
        "ÉCO-RIVE",
        id="accented capitals in a listed coined name",
    ),
    pytest.param(
        'The SATREPS project "Mekong Delta Subsidence Monitoring" or MEKSUB, led by Can Tho University, '
        "starts in April.",
        "MEKSUB",
        id="quoted title or its short form",
    ),
    pytest.param(
        'A new project called "Andean Glacier Water Futures" or AGUA-FUT, will run for five years.',
        "Andean Glacier Water Futures",
        id="quoted title or its short form, the title an alias",
    ),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


NOT_FOUND = [  # (text, a name that must not be a programme)
    pytest.param(
        '"These are not tourist trips," the dean said. "Every project pairs a lab in Cairo with one in '
        'Szeged."',
        "Every",
        id="every after a quote",
    ),
    pytest.param(
        '"We choose carefully," she said. "Any programme we open must have two partners."',
        "Any",
        id="any after a quote",
    ),
    pytest.param(
        'He added: "Several projects already share data with the observatory."',
        "Several",
        id="several after a colon and quote",
    ),
    pytest.param(
        "Both sides will continue the CONACYT–DAAD doctoral scholarship programme next year.",
        "CONACYT–DAAD",
        id="two partners before two qualifiers",
    ),
    pytest.param(
        "Several agencies attended. One of them, NASA, sent a delegation.",
        "NASA",
        id="one of them without projects",
    ),
    pytest.param(
        'The project "Blue Seas Partnership Initiative" or EU funding may apply to the consortium.',
        "EU",
        id="quoted title or a word that runs on",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_no_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))


DEADLINES = [  # (text, the calls' deadlines in record order)
    pytest.param(
        "The SNSF and the NRF open a joint call. Swiss applicants submit through the\n"
        "SNSF portal by 2 February 2026, 17:00 CET; Korean applicants must file the matching proposal\n"
        "with the NRF by 18:00 KST on 3 February 2026.\n",
        ["2026-02-02T17:00+01:00", "2026-02-03T18:00+09:00"],
        id="must file, hard-wrapped",
    ),
    pytest.param(
        "Under the joint call, Chilean teams apply to ANID by 30 April 2026; their Australian partners "
        "should lodge a partner statement with CSIRO by 7 May 2026.",
        ["2026-04-30", "2026-05-07"],
        id="should lodge by",
    ),
    pytest.param(
        "Fellowships 2026: graduates applying for stays in Austria must send\n"
        "  their files to the embassy by 12 December 2025.\n",
        ["2025-12-12"],
        id="must send, wrapped",
    ),
    pytest.param(
        "The Fonds de recherche du Québec (FRQ) and the Fonds de la Recherche Scientifique (FNRS) open "
        "their joint call.\n\n"
        "| Applicants | Platform | Deadline |\n"
        "|---|---|---|\n"
        "| Québec team | FRQnet | March 18, 2026, 4:00 p.m. (Eastern Time) |\n"
        "| Belgian team | FNRS e-space | 18 March 2026, 12:00 (CET) |\n",
        ["2026-03-18T16:00-04:00", "2026-03-18T12:00+01:00"],
        id="two sides, one day, two hours",
    ),
    pytest.param(
        "The joint call is open. Taiwan deadline **15 April 2026, 17:00 (Taipei time)** · Czech deadline "
        "**27 March 2026, 12:00 CET**",
        ["2026-04-15T17:00+08:00", "2026-03-27T12:00+01:00"],
        id="each deadline its own zone",
    ),
    pytest.param(
        "The joint call closes on 14 April 2026, 17:00 JST. Note that Europe moves to summer time on 29 "
        "March, so the deadline corresponds to 10:00 CEST.",
        ["2026-04-14T17:00+09:00"],
        id="summer time day is no deadline",
    ),
    pytest.param(
        "The joint call closes on 14 April 2026, 17:00 AEST. Both countries end daylight saving on Sunday "
        "5 April, so the deadline is 03:00 in Santiago.",
        ["2026-04-14T17:00+10:00"],
        id="daylight saving day is no deadline",
    ),
    pytest.param(
        "The joint call closes at 14:00 British Summer Time on 9 June 2027.",
        ["2027-06-09T14:00+01:00"],
        id="a summer time zone's name before the day",
    ),
    pytest.param(
        "The ministry will send a delegation to Seoul by 12 March 2026 to discuss the joint call.",
        [],
        id="will send a delegation: no deadline",
    ),
]


@pytest.mark.parametrize(("text", "deadlines"), DEADLINES)
def test_deadlines(extract: Extract, text: str, deadlines: list[str]) -> None:
    assert [c["deadline"] for c in extract(text, published="2025-06-01")["calls"]] == deadlines


CAPS = [  # (text, the currency of each call's cap, in record order)
    pytest.param(
        "Joint call of NSTC and the Czech Academy of Sciences.\n\n"
        "- Taiwan side: NSTC provides up to TWD 3,000,000 per project per year.\n"
        "- Czech side: CAS provides up to CZK 1,500,000 per project per year.\n\n"
        "At a glance: Taiwan deadline 15 April 2026, 17:00 (Taipei time) · Czech deadline 27 March 2026, "
        "12:00 CET\n",
        ["TWD", "CZK"],
        id="two deadlines on a line, each side's cap",
    ),
    pytest.param(
        "Joint call on chips.\n\nDeadline: 15 April 2026.\n\n"
        "LMT funds the Lithuanian teams with up to EUR 180,000 per project; the NSTC supports the "
        "Taiwanese teams with up to TWD 4 million per project per year. Lithuanian applicants submit by 15 "
        "April 2026, 14:00 (Lithuanian time). Taiwanese partners must submit to the NSTC by 22 April 2026.\n",
        ["EUR", "TWD"],
        id="cap stated since the call before, in the side's money",
    ),
]


@pytest.mark.parametrize(("text", "currencies"), CAPS)
def test_side_caps(extract: Extract, text: str, currencies: list[str]) -> None:
    calls = extract(text, published="2025-06-01")["calls"]
    assert [(c.get("max_amount") or {}).get("currency") for c in calls] == currencies
