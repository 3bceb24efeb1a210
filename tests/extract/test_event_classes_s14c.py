"""Event classes of session 14, round 3. Texts of our own.

1. A publication cue inside a sentence ("The communiqué, issued on 2 May 2025, lists ...", "the
   results were published on 9 May. Twelve teams ...") dates another thing, not the document: a
   header's date ("Newsletter · No. 12 · 20 May 2025") stays the document's date.
2. A city set off by a comma after a body's name ("the National University, Ho Chi Minh City") is
   the body's own, not where the event of its sentence is held; a city that opens the name of the
   venue told after "at" ("at the Kyoto Concert Hall") is where it is held.
3. After a cue of going "to", an unknown destination ("travelled to Soc Trang province") is where
   the event is: it takes no city from the event told before.
4. "During a visit by ..." tells a visit beside what the sentence tells happened during it.
5. A stay told with its days and a city described, not named ("spent three days (3-5 May) in the
   northern port city") is a visit.
"""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date

from .records import Extract

PUBLISHED_IN_PROSE = [
    pytest.param(
        "# Partners agree research agenda\n\n**Research Bulletin · No. 12 · 20 May 2025**\n\n"
        "Officials of the two countries met in Cairns on 1 and 2 May.\n\n"
        "The communiqué, issued on 2 May 2025, lists three areas of joint work.\n",
        "2025-05-20",
        id="participle after a noun",
    ),
    pytest.param(
        "INSTITUTE NEWSLETTER\nIssue 7 | 30 June 2025\n\n"
        "The results of the joint call were published on 9 May 2025. Twelve teams were chosen.\n",
        "2025-06-30",
        id="passive in a sentence",
    ),
    pytest.param(
        "Published on 4 March 2025\n\nThe two agencies met in Oslo.\n", "2025-03-04", id="label kept"
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED_IN_PROSE)
def test_a_publication_cue_in_a_sentence_dates_no_document(text: str, expected: str) -> None:
    assert document_date(text) == expected


CITY_IN_NAMES = [
    pytest.param(
        "Hanoi, 12 May 2025 - Japan and Viet Nam agreed in Hanoi to train battery engineers together.\n\n"
        "On 12 May 2025 the two ministers co-chaired the Viet Nam - Japan Cathode Workshop, attended "
        "by delegates from Toshiba, VinFast and the National University of Technology, Ho Chi Minh "
        "City.\n",
        "Viet Nam - Japan Cathode Workshop",
        "Hanoi",
        id="comma seat of a body",
    ),
    pytest.param(
        "The Swiss-Japanese year goes on. Upcoming highlights include a concert of alpine music at "
        "the Kyoto Concert Hall opening on 14 October 2026, and a reading in Yokohama.\n",
        "Kyoto Concert Hall opening",
        "Kyoto",
        id="venue named for its city",
    ),
]


@pytest.mark.parametrize(("text", "name", "city"), CITY_IN_NAMES)
def test_cities_in_body_names(extract: Extract, text: str, name: str, city: str) -> None:
    events = extract(text, published="2025-05-12")["events"]
    found = [e for e in events if name.lower() in e["name"].lower() or e["name"].lower() in name.lower()]
    assert found and all(e.get("location") in (None, city) for e in found), events
    assert any(e.get("location") == city for e in events), events


def test_an_unknown_destination_keeps_the_context_city_away(extract: Extract) -> None:
    text = (
        "Some forty researchers met from 4 to 6 March 2025 at Can Tho University for the opening "
        "workshop of the project. On the final day the participants travelled to Tra Vinh province "
        "to see a pilot farm.\n"
    )
    events = extract(text, published="2025-03-10")["events"]
    trips = [e for e in events if e["type"] == "visit"]
    assert trips and all(e.get("location") is None for e in trips), events


def test_during_a_visit_by_tells_a_visit(extract: Extract) -> None:
    text = (
        "The course builds on the exchange agreement the two universities signed in Lagos in June "
        "2025, during a visit by a Leiden delegation led by the rector.\n"
    )
    events = extract(text, published="2026-01-10")["events"]
    kinds = {e["type"] for e in events if e["date"] == "2025-06"}
    assert "visit" in kinds, events


def test_a_stay_in_a_described_city_is_a_visit(extract: Extract) -> None:
    text = (
        "Chile and New Zealand signed an arrangement on polar research in Punta Arenas on 4 "
        "November 2025.\n\nA delegation of twelve scientists spent three days (3-5 November) in the "
        "southern port city, at the invitation of the national polar institute.\n"
    )
    events = extract(text, published="2025-11-06")["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert any(e["date"] == "2025-11-03" and e.get("end") == "2025-11-05" for e in visits), events
