"""Round s20r3 (probe round): events of short documents written for the probe.

- An undated meeting told within the visit told before, named before or after it ("During the visit,
  the Joint Committee was held"; "... took place during the visit") takes the visit's days; an undated
  signing so told takes the visit's day when it lasted one (events `_within_visit`).
- An event name kept after its cue that is only country words ("an information session for Chilean
  applicants") is no name: the cue's own phrase names it (event_names `_countries_only`).
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _record(text: str) -> dict:
    return get_extractor().extract(text, name="probe.txt").to_dict()


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("end")) for e in _record(text)["events"]]


_VISIT_MEETINGS = [
    (
        "Lima, 10 March 2026 - A delegation from Korea's Ministry of Science and ICT visited Peru\n"
        "from 8 to 10 March 2026.\n\n"
        "During the visit, the 5th Peru-Korea Joint Committee on Science and Technology was held at the\n"
        "Ministry of Foreign Affairs.\n",
        ("meeting", "2026-03-08", "2026-03-10"),
    ),
    (
        "Nairobi, 20 May 2026. The Finnish Minister for Development Cooperation paid an official\n"
        "visit to Kenya from 18 to 19 May 2026.\n\n"
        "The third meeting of the Kenya-Finland Joint Commission on Research took place during the visit.\n",
        ("meeting", "2026-05-18", "2026-05-19"),
    ),
    (
        "Hanoi, 5 June 2026 (VNA) - Czech Deputy Minister of Education Jan Novak visited Viet Nam\n"
        "from 2 to 4 June 2026.\n\n"
        "During his visit, the two sides held the 2nd meeting of the Viet Nam-Czech Joint Working Group on\n"
        "Science and Technology.\n",
        ("meeting", "2026-06-02", "2026-06-04"),
    ),
]


@pytest.mark.parametrize(("text", "event"), _VISIT_MEETINGS)
def test_meeting_during_the_visit_takes_its_days(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


_VISIT_SIGNINGS = [
    (
        "Bogota, 14 April 2026. Spain's Secretary of State for Science visited Colombia on 13 April 2026.\n\n"
        "Minciencias and the Spanish Research Council signed a memorandum of understanding on biodiversity\n"
        "research during the visit.\n",
        "2026-04-13",
    ),
    (
        "Accra, 3 September 2026 — Ghana's Minister of Education visited Brazil on 1 September 2026.\n"
        "The two ministries signed a memorandum of cooperation on higher education during the visit.\n",
        "2026-09-01",
    ),
]


@pytest.mark.parametrize(("text", "day"), _VISIT_SIGNINGS)
def test_trailing_signing_during_a_one_day_visit(text: str, day: str) -> None:
    assert ("signing", day, None) in _events(text)


def test_signing_during_a_visit_of_several_days_has_no_day() -> None:
    text = (
        "Manila, 9 July 2026 - The Australian Minister for Industry and Science visited the Philippines\n"
        "from 7 to 8 July 2026.\n\n"
        "DOST and CSIRO signed a memorandum of understanding on marine science during the visit.\n"
    )
    assert all(kind != "signing" for kind, _, _ in _events(text))


def test_met_during_the_visit_is_no_meeting() -> None:
    text = (
        "Wellington, 6 November 2025. The New Zealand Minister of Science visited Chile\n"
        "from 3 to 5 November 2025.\n\n"
        "During the visit the Minister met researchers at the University of Magallanes.\n"
    )
    assert [kind for kind, _, _ in _events(text)] == ["visit"]


_NATIONALITY_NAMES = [
    (
        "Stockholm, 5 March 2026\n\n"
        "An information session for Chilean applicants will take place on 18 March 2026 in Santiago.\n",
        "Chilean",
    ),
    (
        "Lima, 2 April 2026 - CONCYTEC and the German Academic Exchange Service held an information session\n"
        "for Peruvian researchers on the 2026 call on 1 April 2026.\n",
        "Peruvian",
    ),
    (
        "Hanoi, 9 May 2026. The two agencies held a matchmaking workshop for Dutch and Vietnamese\n"
        "researchers in Hanoi on 8 May 2026.\n",
        "Dutch and Vietnamese",
    ),
]


@pytest.mark.parametrize(("text", "bad"), _NATIONALITY_NAMES)
def test_event_is_not_named_by_a_nationality(text: str, bad: str) -> None:
    names = [e.get("name") for e in _record(text)["events"]]
    assert names
    assert bad not in names
