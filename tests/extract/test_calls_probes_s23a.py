"""Call probes of session 23, round 3 (helper a). Texts of our own.

1. A programme named at the end of an html paragraph ("... the NIA Global Partnership Programme.</p>")
   where the sentence runs on past the closing tag: the name stops at the tag (`_before_tag`), and
   no name holds a tag.
2. A side's ceiling listed after another side's "up to" in the same sentence ("up to EUR 30,000 per
   project (Portuguese side); BRL 120,000 per project (Brazilian side)"): the side's deadline takes
   the amount in its own money.
3. An applicant's duty to "register"/"upload" an application by a day ("Mexican partners must also
   register their national application by 7 July"), also on a line of its own, is a deadline;
   registering for a webinar is not.
4. A call's programme name or a programme's alias wrapped over two lines is given with one space.
5. The programme a call is part of or runs under (also "the call runs under the X"), named with
   its two countries after it ("the Programme of Scientific Cooperation between Austria and
   Czechia"): the name takes them.
"""

from __future__ import annotations

from .records import Extract

FINLAND_THAILAND = """<html><body>
<h1>Business Finland and NIA Thailand: Co-Innovation Call on Bioeconomy</h1>
<p class="date">Helsinki, 5 February 2027</p>
<p>Business Finland and the National Innovation Agency of Thailand (NIA) open a joint call for
Finnish–Thai innovation projects in the circular bioeconomy. The call is part of Business Finland's
Co-Innovation funding and the NIA Global Partnership Programme.</p>
<table>
<tr><th>Call period</th><td>5 February – 30 April 2027</td></tr>
<tr><th>Deadline for Thai applicants</th><td>30 April 2027, 16:30 (Bangkok time)</td></tr>
<tr><th>Maximum NIA grant</th><td>THB 1.5 million per project</td></tr>
</table>
<p>Finnish companies apply through Business Finland's online service.</p>
</body></html>
"""

PORTUGAL_BRAZIL = """## FCT and CAPES open the 2026 Portugal–Brazil Cooperation Call

**Lisbon, 11 May 2026** — The Foundation for Science and Technology (FCT) and the Brazilian Coordination for
the Improvement of Higher Education Personnel (CAPES) published a new call under the FCT/CAPES Transnational
Cooperation Programme. The call funds doctoral mobility and joint supervision in marine sciences and AI.

- **Deadline:** 31 July 2026, 17:00 Lisbon time
- **Budget:** up to EUR 30,000 per project (Portuguese side); BRL 120,000 per project (Brazilian side)
- **Duration:** 24 months

Brazilian teams must submit their proposal to CAPES by 31 July 2026, 23:59 (Brasília time).
"""

SPAIN_MEXICO = """Madrid, 20 April 2026

Spain and Mexico launch a new bilateral call on clean hydrogen

The Spanish Centre for the Development of Industrial Technology (CDTI) and Mexico's Secretariat of
Science, Humanities, Technology and Innovation (SECIHTI) have opened the second Spain-Mexico call
for industrial R&D projects. SECIHTI contributes up to MXN 4 million per Mexican partner.

The deadline for submitting the joint application is 30 June 2026 at 17:00 (Madrid time). Mexican
partners must also register their national application by 7 July 2026.
"""

JAPAN_CHILE = """# JST–ANID Joint Call on Astronomy Data Science (SICORP)

*Published 3 March 2026*

The Japan Science and Technology Agency (JST) and the National Agency for Research and Development of Chile
(ANID) invite proposals for joint research under the Strategic International Collaborative Research Program
(SICORP).

## Key dates

| Step | Date |
| --- | --- |
| Call opens | 3 March 2026 |
| Submission deadline | 28 May 2026, 12:00 noon (JST) |
| Selection results | late October 2026 |

## Funding

JST provides up to JPY 20 million per project for three years. ANID funds the Chilean team with up to
CLP 150,000,000.

Chilean researchers apply through the ANID platform by 28 May 2026, 17:00 Chile time.
"""

_LEAD = (
    "Wellington, 1 March 2026. The Royal Society Te Apārangi and the Japan Society for the Promotion of "
    "Science open a joint call for proposals. The deadline for joint applications is 30 June 2026.\n\n"
)


def test_a_programme_closing_an_html_paragraph_names_the_call(extract: Extract) -> None:
    record = extract(FINLAND_THAILAND, published=None)
    assert [p["name"] for p in record["programs"]] == ["NIA Global Partnership Programme"]
    [call] = record["calls"]
    assert call["program"] == "NIA Global Partnership Programme"
    assert call["deadline"] == "2027-04-30T16:30+07:00"
    assert call["max_amount"] == {"value": 1500000, "currency": "THB"}


def test_no_programme_name_holds_a_tag(extract: Extract) -> None:
    text = "<p>The call is part of the Kenya Global Partnership Programme.</p><p>Deadline: 30 April 2026.</p>"
    names = [p["name"] for p in extract(text)["programs"]]
    assert names == ["Kenya Global Partnership Programme"]


def test_each_side_takes_the_ceiling_in_its_own_money(extract: Extract) -> None:
    calls = extract(PORTUGAL_BRAZIL, published=None)["calls"]
    assert [(c["deadline"], c["max_amount"]["currency"]) for c in calls] == [
        ("2026-07-31T17:00+01:00", "EUR"),
        ("2026-07-31T23:59-03:00", "BRL"),
    ]
    assert calls[1]["max_amount"]["value"] == 120000


def test_a_wrapped_programme_name_is_given_on_one_line(extract: Extract) -> None:
    calls = extract(PORTUGAL_BRAZIL, published=None)["calls"]
    assert {c["program"] for c in calls} == {"FCT/CAPES Transnational Cooperation Programme"}


def test_registering_an_application_by_a_day_is_a_deadline(extract: Extract) -> None:
    calls = extract(SPAIN_MEXICO, published=None)["calls"]
    assert [c["deadline"] for c in calls] == ["2026-06-30T17:00+02:00", "2026-07-07"]
    assert calls[1]["max_amount"] == {"value": 4000000, "currency": "MXN"}


def test_duties_on_a_line_of_their_own(extract: Extract) -> None:
    for duty in (
        "New Zealand partners must also register their national application by 7 July 2026.",
        "Partners must upload the signed national form by 7 July 2026.",
    ):
        calls = extract(_LEAD + duty + "\n")["calls"]
        assert [c["deadline"] for c in calls] == ["2026-06-30", "2026-07-07"], duty


def test_registering_for_a_webinar_is_no_deadline(extract: Extract) -> None:
    text = _LEAD + "Participants must register for the information webinar by 7 July 2026.\n"
    assert [c["deadline"] for c in extract(text)["calls"]] == ["2026-06-30"]


def test_two_agencies_each_with_its_zone_and_cap(extract: Extract) -> None:  # worked before
    calls = extract(JAPAN_CHILE, published=None)["calls"]
    assert [(c["deadline"], c["max_amount"]["currency"]) for c in calls] == [
        ("2026-05-28T12:00+09:00", "JPY"),
        ("2026-05-28T17:00-04:00", "CLP"),
    ]
    assert {c["program"] for c in calls} == {"Strategic International Collaborative Research Program"}


CROATIA_SLOVENIA = """<html><head><title>Croatia–Slovenia Bilateral Call 2027</title></head><body>
<h1>Joint call for Croatian-Slovenian research projects 2027</h1>
<p>Zagreb, 14 January 2027</p>
<p>The Croatian Science Foundation (HRZZ) and the Slovenian Research and Innovation Agency (ARIS) announce
that the 2027 call is part of the Programme of Scientific and Technological Cooperation between the
Republic of Croatia and the Republic of Slovenia.</p>
<dl>
<dt>Closing date</dt><dd>16 March 2027, 14:00 CET</dd>
<dt>Funding</dt><dd>up to EUR 5,000 per project per year</dd>
</dl>
</body></html>
"""


def test_a_call_under_a_programme_between_two_countries(extract: Extract) -> None:
    record = extract(CROATIA_SLOVENIA, published=None)
    name = (
        "Programme of Scientific and Technological Cooperation between the Republic of Croatia and "
        "the Republic of Slovenia"
    )
    assert name in {p["name"] for p in record["programs"]}
    [call] = record["calls"]
    assert call["deadline"] == "2027-03-16T14:00+01:00"
    assert call["max_amount"] == {"value": 5000, "currency": "EUR"}


def test_the_countries_after_a_programme_a_call_runs_under(extract: Extract) -> None:
    text = (
        "Vienna, 2 May 2026. The call runs under the Programme of Scientific Cooperation between Austria "
        "and Czechia. Applications close on 16 September 2026.\n"
    )
    [call] = extract(text)["calls"]
    assert call["program"] == "Programme of Scientific Cooperation between Austria and Czechia"


def test_a_wrapped_alias_is_given_on_one_line(extract: Extract) -> None:
    text = (
        "Oslo, 2 March 2026. The Research Council of Norway invites applications for International "
        "Partnerships for\nExcellent Education, Research and Innovation (INTPART).\n\n"
        "Application deadline: 10 September 2026 at 13:00 CEST.\n"
    )
    [programme] = [p for p in extract(text)["programs"] if p["name"] == "INTPART"]
    assert programme["aliases"] == [
        "International Partnerships for Excellent Education, Research and Innovation"
    ]
