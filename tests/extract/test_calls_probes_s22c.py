"""Session 22, round 2: call pages and newsletter notices of our own, written in the style of funder
pages for documents nobody tuned the calls for: a deadline's hour is its own clause's, not the next
funder's, and an hour before its date keeps a zone named twice ("17:30 Turkish time (UTC+3) on");
vacancies, consultations and tenders close no funding call; a call's name does not run
into a "for Swiss-Brazilian ..." of its applicants; the body that runs a call "in partnership with"
another is its funder."""

from __future__ import annotations

import pytest

from .records import Extract

PUBLISHED = "2026-03-12"

# (text, deadlines): two sides' deadlines in one sentence, each with its own hour
OWN_CLAUSE_HOUR = [
    (
        "**Finland-US: AKA-NSF call open.** The Research Council of Finland (AKA) and the US National "
        "Science Foundation (NSF) have opened a joint call on quantum information science. Finnish teams "
        "apply to AKA by 16:15 Finnish time on 8 April 2026; the US side submits to NSF by 5 pm local "
        "time on 22 April 2026.\n",
        ["2026-04-08T16:15+03:00", "2026-04-22"],
    ),
    (
        "The Austrian Science Fund (FWF) and Taiwan's National Science and Technology Council (NSTC) open "
        "their joint call. Austrian proposals reach the FWF no later than noon on 5 May 2026 (Vienna "
        "time); Taiwanese teams apply to the NSTC by 17:00 on 12 May 2026.\n",
        ["2026-05-05T12:00+02:00", "2026-05-12T17:00"],
    ),
    (
        "Joint call of the Independent Research Fund Denmark (DFF) and the Israel Science Foundation "
        "(ISF). Danish applicants submit to DFF by 14:00 CET on 3 March 2026. Israeli applicants "
        "submit by 5 pm Israel time on 10 March 2026.\n",
        ["2026-03-03T14:00+01:00", "2026-03-10T17:00+02:00"],
    ),
    (  # (the stop of "p.m." ends no sentence)
        "NSERC-DFG call\n\nApplications are due on 30 April 2026 at 5 p.m. Pacific Time. Late applications "
        "are not accepted.\n",
        ["2026-04-30T17:00-07:00"],
    ),
]


@pytest.mark.parametrize(("text", "deadlines"), OWN_CLAUSE_HOUR)
def test_a_deadline_takes_no_hour_from_the_next_clause(
    extract: Extract, text: str, deadlines: list[str]
) -> None:
    assert [c["deadline"] for c in extract(text, published=PUBLISHED)["calls"]] == deadlines


# (text, deadlines): a newsletter's items, of which only the call is one
NOT_CALLS = [
    (
        "Newsletter - March 2026\n\n**Joint call.** NWO and the National Research Foundation of Korea "
        "(NRF) invite proposals; the deadline is 9 April 2026.\n\n**Job vacancy.** The Embassy seeks a "
        "science attaché; the closing date for applications is 20 March 2026.\n\n**Public "
        "consultation.** Comments on the new research strategy can be submitted until 15 April 2026.\n",
        ["2026-04-09"],
    ),
    (
        "EU-Japan News\n\nA public consultation on the EU-Japan Digital Partnership closes on "
        "30 April 2026.\n"
        "The European Commission and Japan's MIC also opened applications for the EU-Japan Digital Call "
        "2026; proposals must be submitted no later than 17:00 CEST on 10 June 2026.\n",
        ["2026-06-10T17:00+02:00"],
    ),
    (
        "The FCT and CNPq joint call\n\nDeadline: 18 March 2026, 18:00 (UTC-3)\n"
        "Eligible costs per project are capped at 50.000 euros.\n"
        "Vacancies: FCT is also recruiting a programme officer; applications close on 30 March 2026.\n",
        ["2026-03-18T18:00-03:00"],
    ),
    (
        "ARC-DST news. Applications for the Australia-India Strategic Research Fund close at 5 pm AEDT on "
        "19 March 2026. Tenders for the evaluation of the fund must be submitted by 2 April 2026.\n",
        ["2026-03-19T17:00+11:00"],
    ),
    (
        "Call for public comments: Korea-Türkiye STI roadmap\n\nThe Ministry of Science and ICT invites "
        "comments on the draft Korea-Türkiye science and technology roadmap. Submissions are accepted "
        "until 10 April 2026.\n\nThe KOICA-TÜBİTAK joint call for proposals closes on 24 April 2026.\n",
        ["2026-04-24"],
    ),
]


@pytest.mark.parametrize(("text", "deadlines"), NOT_CALLS)
def test_vacancies_consultations_and_tenders_close_no_call(
    extract: Extract, text: str, deadlines: list[str]
) -> None:
    assert [c["deadline"] for c in extract(text, published=PUBLISHED)["calls"]] == deadlines


# (text, programme): a call's own name before "for" and its applicants' pair of countries
CALL_NAME_FOR = [
    (
        "SNSF and FAPESP open Lead Agency call\n\nThe Swiss National Science Foundation (SNSF) and the São "
        "Paulo Research Foundation (FAPESP) open the SNSF-FAPESP Call 2026 for Swiss-Brazilian research "
        "projects.\n\nDeadline: 2 June 2026, 12:00 noon CET\n"
        "Maximum grant size: 150 000 euros per project.\n",
        "SNSF-FAPESP Call 2026",
    ),
    (
        "FCT-CNPq Portugal-Brazil Call 2026\n\nThe Fundação para a Ciência e a Tecnologia (FCT) and "
        "Brazil's National Council for Scientific and Technological Development (CNPq) open the FCT-CNPq "
        "Call 2026 for Portuguese-Brazilian teams.\n\nProposals should be submitted by 18:00 (GMT-3) on "
        "28 May 2026.\n",
        "FCT-CNPq Call 2026",
    ),
]


@pytest.mark.parametrize(("text", "programme"), CALL_NAME_FOR)
def test_a_call_name_stops_before_its_applicants_pair(extract: Extract, text: str, programme: str) -> None:
    assert [c.get("program") for c in extract(text, published=PUBLISHED)["calls"]] == [programme]


# (text, funder): the body that runs the call with a partner
IN_PARTNERSHIP = [
    (
        "SNSF and FAPESP open Lead Agency call\n\nThe Swiss National Science Foundation (SNSF), in "
        "partnership with the São Paulo Research Foundation (FAPESP), opens the SNSF-FAPESP Call 2026.\n\n"
        "Deadline: 2 June 2026, 12:00 noon CET\n",
        "SNSF",
    ),
    (
        "# Japan-Austria: Joint Seminars\n\nThe Austrian Science Fund (FWF), in partnership with the Japan "
        "Society for the Promotion of Science (JSPS), opens the Austria-Japan Joint Seminar Call 2026.\n\n"
        "Submissions close 12:00 noon CET on 3 March 2026.\n",
        "FWF",
    ),
    (
        "CNPq and FCT: Portugal-Brazil Research Call 2026\n\nThe Fundação para a Ciência e a Tecnologia "
        "(FCT) runs the call together with Brazil's National Council for Scientific and Technological "
        "Development (CNPq).\nClosing date: Thursday, 7 May 2026, 17:00 Lisbon time.\n",
        "FCT",
    ),
]


@pytest.mark.parametrize(("text", "funder"), IN_PARTNERSHIP)
def test_the_body_that_runs_a_call_in_partnership_is_its_funder(
    extract: Extract, text: str, funder: str
) -> None:
    assert [c.get("funder") for c in extract(text, published=PUBLISHED)["calls"]] == [funder]


# (text, deadline): an hour before the date, its zone in words and in brackets
HOUR_BEFORE_TWO_ZONES = [
    (
        "TÜBİTAK-KOICA call\n\nProposals must be received by TÜBİTAK no later than 17:30 Turkish time "
        "(UTC+3) on 22 May 2026.\n",
        "2026-05-22T17:30+03:00",
    ),
    (
        "FAPESP-SNSF Lead Agency call\n\nApplications must be submitted by 18:00 Brasília time (GMT-3) on "
        "Friday, 13 March 2026.\n",
        "2026-03-13T18:00-03:00",
    ),
    (
        "ARC-DST call for proposals\n\nProposals are due no later than 5 pm Canberra time (AEDT) on "
        "Tuesday, 31 March 2026.\n",
        "2026-03-31T17:00+11:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), HOUR_BEFORE_TWO_ZONES)
def test_an_hour_before_the_date_with_two_zone_names(extract: Extract, text: str, deadline: str) -> None:
    assert [c["deadline"] for c in extract(text, published=PUBLISHED)["calls"]] == [deadline]
