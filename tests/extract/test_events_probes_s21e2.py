"""Round s21e2 (probe round): events and agreements of short documents written for the probe.

- A visit told as going to a country ("A delegation visited Korea") does not take the city of the
  dateline opening its sentence when the gazetteer knows it ("Lima, 10 March -"), as it already did
  for a capitals dateline (events `_event_city`, `_visit_abroad`).
- A bare mention after "after"/"following" ("After the dialogue the delegation travelled to ...,
  where on 7 March it visited ...") is the event told before, over by then: it does not go on to
  that day, and the sentence's own event is kept (event_types.yaml `past_setting_leads`).
- A reception told later the same day in the sentence of a tour ("toured the institute, followed
  by a networking reception in the evening") is an event of its own (`later_that_day`).
- Stops listed with their visited body before the place ("the IISc in Bengaluru on 12 March and the
  IIT Madras in Chennai on 13 March") are one visit each (event_lists `_JOIN`).
- University towns and suburbs as their pages write them ("Legon", "Kgs. Lyngby") are places.
- Webinars (event_types.yaml `online_cues`) are online: no city unless one is listed for them.
- A past verb of the date's own clause outranks a future cue past a comma or "and" ("signed a letter
  on Tuesday and plan to sign ...", "which was signed on Tuesday, opens joint calls"): temporal
  context `OTHER_CLAUSE_PENALTY`; no TempEval-3 value moved.
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _record(text: str, published: str) -> dict:
    return get_extractor().extract(text, name="probe.md", published=published).to_dict()


def _events(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("location")) for e in _record(text, published)["events"]]


def _agreements(text: str, published: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(a["type"], tuple(a["parties"]), a.get("date")) for a in _record(text, published)["agreements"]]


_ABROAD = [
    ("Lima, 10 March 2026 - A delegation from Peru visited Korea on 2 March.", "2026-03-12", "Lima"),
    (
        "Lima, 10 March 2026 - A delegation from Peru visited the Republic of Korea from 2 to 6 March 2026.",
        "2026-03-12",
        "Lima",
    ),
    ("Accra, 5 May 2026 - A Ghanaian science delegation visited Germany on 28 April.", "2026-05-06", "Accra"),
    ("Hanoi, 9 June 2026 - Vietnamese researchers visited Australia on 2 June.", "2026-06-10", "Hanoi"),
]


@pytest.mark.parametrize(("text", "published", "dateline"), _ABROAD)
def test_visit_abroad_takes_no_dateline_city(text: str, published: str, dateline: str) -> None:
    visits = [e for e in _events(text, published) if e[0] == "visit"]
    assert visits
    assert all(location != dateline for _, _, location in visits)


def test_visit_at_home_keeps_its_city() -> None:
    text = "Lima, 10 March 2026 - A Korean delegation visited Peru on 2 March, meeting officials in Lima."
    assert "Lima" in {e[2] for e in _events(text, "2026-03-12")}


_AFTER_THE = [
    (
        "Hanoi, 9 March 2026 - The two ministries held the fourth Vietnam-Australia Science Dialogue in "
        "Hanoi on 6 March 2026. After the dialogue the Australian delegation travelled to Ho Chi Minh City, "
        "where on 7 March it visited the Saigon Hi-Tech Park.",
        "2026-03-09",
        ("2026-03-06", "Hanoi"),
        ("2026-03-07", "Ho Chi Minh City"),
    ),
    (
        "Santiago, 20 May 2026 - Chile and Sweden held their third Joint Committee on Science in Santiago "
        "on 12 May 2026. Following the meeting, the Swedish delegation travelled to Concepción, where on "
        "13 May it visited the Universidad de Concepción.",
        "2026-05-20",
        ("2026-05-12", "Santiago"),
        ("2026-05-13", "Concepción"),
    ),
]


@pytest.mark.parametrize(("text", "published", "first", "second"), _AFTER_THE)
def test_after_the_event_it_does_not_go_on(
    text: str, published: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    events = _record(text, published)["events"]
    lead = next(e for e in events if (e["date"], e.get("location")) == first)
    assert lead.get("end") is None
    assert second in {(e["date"], e.get("location")) for e in events}


_RECEPTIONS = [
    (
        "Innovation Centre Denmark Seoul - news. A Danish delegation visited Korea on 2-5 March 2026. "
        "On 3 March it travelled to Daejeon, where it toured the Korea Institute of Energy Research, "
        "followed by a networking reception in the evening hosted by the Embassy of Denmark.",
        "2026-03-12",
        "2026-03-03",
    ),
    (
        "Lima, 10 March 2026 - A Peruvian delegation visited Korea from 2 to 6 March 2026. On 3 March it "
        "toured the Korea Advanced Institute of Science and Technology in Daejeon, and in the evening the "
        "Embassy of Peru hosted a reception for Korean partners.",
        "2026-03-12",
        "2026-03-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), _RECEPTIONS)
def test_tour_and_evening_reception_are_two_events(text: str, published: str, day: str) -> None:
    kinds = {e[0] for e in _events(text, published) if e[1] == day}
    assert {"visit", "reception"} <= kinds


_STOPS = [
    (
        "The Mexican delegation also visited the Indian Institute of Science in Bengaluru on 12 March "
        "and the Indian Institute of Technology Madras in Chennai on 13 March.",
        "2026-03-16",
        {("2026-03-12", "Bengaluru"), ("2026-03-13", "Chennai")},
    ),
    (
        "Accra, 12 March 2026 - The delegation visited the University of Ghana in Legon on 3 March, and "
        "Kwame Nkrumah University in Kumasi on 5 March.",
        "2026-03-12",
        {("2026-03-03", "Legon"), ("2026-03-05", "Kumasi")},
    ),
]


@pytest.mark.parametrize(("text", "published", "stops"), _STOPS)
def test_stops_with_their_bodies_are_one_visit_each(text: str, published: str, stops: set) -> None:
    assert stops <= {(e[1], e[2]) for e in _events(text, published)}


_TOWNS = [
    (
        "Accra, 12 March 2026 - German researchers arrived in Accra on Monday. On Tuesday the visitors "
        "toured the University of Ghana in Legon.",
        "2026-03-12",
        "2026-03-10",
        "Legon",
    ),
    (
        "Copenhagen, 12 March 2026 - Researchers met in Copenhagen on 4 March. On 5 March the group "
        "visited DTU in Kgs. Lyngby to see the wind tunnel.",
        "2026-03-12",
        "2026-03-05",
        "Kgs. Lyngby",
    ),
    (
        "Berlin, 12 March 2026 - Researchers met in Berlin on 4 March. On 5 March the group visited "
        "Forschungszentrum Jülich in Jülich.",
        "2026-03-12",
        "2026-03-05",
        "Jülich",
    ),
]


@pytest.mark.parametrize(("text", "published", "day", "town"), _TOWNS)
def test_university_towns_are_places(text: str, published: str, day: str, town: str) -> None:
    assert (day, town) in {(e[1], e[2]) for e in _events(text, published)}


_SIGNED_THEN_PRESENT = [
    (
        "Hanoi, 12 March 2026 - Vietnam and Australia signed a letter of intent on Tuesday and plan to sign "
        "a memorandum of understanding later this year.",
        "2026-03-12",
        {("letter_of_intent", ("AU", "VN"), "2026-03-10"), ("memorandum", ("AU", "VN"), "2026")},
    ),
    (
        "Santiago, 12 March 2026 - The memorandum between Chile and Sweden, which was signed on Tuesday, "
        "opens joint calls for projects in green hydrogen.",
        "2026-03-12",
        {("memorandum", ("CL", "SE"), "2026-03-10")},
    ),
    (
        "Cairo, 13 March 2026 - The agreement between Egypt and China, which was signed on Monday, "
        "establishes a joint laboratory for satellite technology.",
        "2026-03-13",
        {("agreement", ("CN", "EG"), "2026-03-09")},
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _SIGNED_THEN_PRESENT)
def test_signed_weekday_before_a_present_verb_is_past(text: str, published: str, wanted: set) -> None:
    assert wanted <= set(_agreements(text, published))


_FUTURE_MEETINGS = [
    (
        "Lima, 12 March 2026 - Peru and Korea held the second Joint Committee on Science and Technology in "
        "Lima on 10 March. They agreed to convene the 3rd meeting in Seoul next year.",
        "2026-03-12",
        ("meeting", "2027", "Seoul"),
    ),
    (
        "Hanoi, 9 March 2026 - Vietnam and Australia held their science dialogue in Hanoi on 6 March. "
        "The sides will meet again in June in Canberra.",
        "2026-03-09",
        ("meeting", "2026-06", "Canberra"),
    ),
    (
        "Rabat, 12 March 2026 - Morocco and Japan held their first policy dialogue on science on 11 March. "
        "The sides will meet again in Tokyo next spring.",
        "2026-03-12",
        ("meeting", "2027", "Tokyo"),
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _FUTURE_MEETINGS)
def test_future_meetings_keep_their_vague_date(text: str, published: str, wanted: tuple) -> None:
    assert wanted in _events(text, published)


_WEBINARS = [
    (
        "Seoul, 10 December 2026 - Innovation Centre Denmark will hold an information webinar on the "
        "Denmark-Korea call on 14 January at 10:00 CET.",
        "2026-12-10",
        "2027-01-14",
    ),
    (
        "Hanoi, 10 December 2026 - A webinar for applicants to the Vietnam-Australia call will be held on "
        "12 January at 14:00 (ICT).",
        "2026-12-10",
        "2027-01-12",
    ),
    (
        "Accra, 2 March 2026 - An applicant webinar on the Ghana-Germany call takes place on 18 March at "
        "10:00 GMT.",
        "2026-03-02",
        "2026-03-18",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), _WEBINARS)
def test_webinars_take_no_dateline_city(text: str, published: str, day: str) -> None:
    assert ("conference", day, None) in _events(text, published)


def test_a_reception_after_a_webinar_keeps_its_city() -> None:
    text = (
        "Accra, 10 December 2026 - The Embassy will host a webinar on 15 January, followed by a reception "
        "in Accra on 20 January."
    )
    assert ("reception", "2027-01-20", "Accra") in _events(text, "2026-12-10")
