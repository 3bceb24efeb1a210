"""Session 24 round 2 probes on events and agreements (helper c): documents of our own in the
shapes of a university's workshop news, a ministry's delegation release and a council's notice.

1. "When we signed the agreement, ..." told before "The project agreement was signed between A and
   B in March 2019": a pointed, untitled instrument dated only by the page is the later one (not
   "the protocol of the session" before an older "Agreement ...": another word, another instrument).
2. "... was signed in November 2021, in a ceremony in <a town the gazetteer does not know>": the
   signing is an event (its ceremony its occasion), typed a signing, not a bare ceremony.
3. "On Tuesday, 13 October, the delegation visited the X Agency"; "In the afternoon, the
   delegation toured the Y Institute": a stop at a named body within a longer visit is a visit of
   its own, and "the visit" told after it still names the whole trip; a stop on the day of a visit
   told by its own sentence ("visited the campus on Monday ... on the first day toured its
   laboratories") is part of that visit.
4. "wrapped up a three-day visit to the Sultanate last Thursday": a deictic day (no "on") is the
   day the visit closed.
5. "The Ambassador opened the workshop on Monday": the workshop opening, no launch of its own; "In
   the closing session, A and B announced ... a call in March 2028": a part of the gathering told
   before, not a meeting dated by the call.
6. "was renewed in Seoul in May 2021, when a joint symposium ... was held": the gathering told in
   a "when" clause after another event is an event of its own.
7. "It was the first such session in four years. The previous one took place in Lisbon in March
   2022": "one" retells a session of the kind the sentence before told.
"""

from __future__ import annotations

from typing import Any

from .records import Extract


def _events(extract: Extract, text: str, published: str) -> list[tuple[str, str, str | None]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return sorted((e["type"], e["date"], e.get("end")) for e in events)


def _instruments(extract: Extract, text: str, published: str) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted(((a["type"], a["date"]) for a in agreements), key=lambda x: (x[0], x[1] or ""))


PROJECT_AGREEMENT = """\
Finnish and Kenyan researchers review their water project

Researchers from Finland and Kenya met in Nairobi last week for the annual review of their joint
water research project.

"When we signed the agreement, we had two doctoral students," the Kenyan coordinator told the
meeting. "Today we have nine."

The project agreement was signed between the Finnish ministry and the University of Nairobi in
March 2019 and runs until 2027.
"""

GRANT_AGREEMENT = """\
Chile and Sweden take stock of their forestry grant

Swedish and Chilean foresters gathered in Valdivia this week to review the joint grant.

Speaking at the opening, the dean recalled that "the agreement gave our young scientists a place
in Uppsala".

The grant agreement between Chile and Sweden was signed in Stockholm in May 2020.
"""


def test_told_agreement_then_dated_is_one(extract: Extract) -> None:
    assert _instruments(extract, PROJECT_AGREEMENT, "2026-05-20") == [("agreement", "2019-03")]


def test_quoted_agreement_then_dated_is_one(extract: Extract) -> None:
    assert _instruments(extract, GRANT_AGREEMENT, "2026-06-12") == [("agreement", "2020-05")]


CEREMONY_SIGNING = """\
Nepal and Denmark renew their glacier research partnership

Researchers from Nepal and Denmark met in Kathmandu on 4 March 2026 for their yearly review.

The current project agreement was signed between Danida and Tribhuvan University in November 2021,
in a ceremony in Kirtipurgaon that was partly held online.
"""

CEREMONY_SIGNING_AT = """\
Bolivia and Belgium review their altiplano water project

The two teams met in La Paz on 12 May 2026.

The agreement was signed by the two rectors in June 2022 at a small ceremony in Achocalla, with
the ambassador present.
"""


def test_signing_told_with_ceremony_in_unknown_town(extract: Extract) -> None:
    events = _events(extract, CEREMONY_SIGNING, "2026-03-10")
    assert ("signing", "2021-11", None) in events
    assert not any(kind == "other" for kind, _, _ in events)


def test_signing_at_a_ceremony_in_unknown_town(extract: Extract) -> None:
    events = _events(extract, CEREMONY_SIGNING_AT, "2026-05-20")
    assert ("signing", "2022-06", None) in events
    assert not any(kind == "other" for kind, _, _ in events)


DELEGATION_STOPS = """\
Lima, Friday, 16 October 2026

A delegation of the Ministry of Science of Peru returned home after a four-day working visit to
Spain, held from Monday 12 to Thursday 15 October 2026.

On Monday, the delegation held talks in Madrid with the Secretary General for Research.

On Tuesday, 13 October, the delegation visited the Spanish National Research Council (CSIC),
where its president briefed it on research infrastructures.

The main event of the visit took place on Wednesday in Barcelona, where the two sides signed a
memorandum of understanding. In the afternoon, the delegation toured the Institute of Photonic
Sciences (ICFO), where researchers presented quantum projects.
"""

DELEGATION_STOPS_TWO = """\
Accra, 21 May 2027

Ghana's Minister of Environment, Science and Technology has concluded a three-day visit to
Germany, from 17 to 19 May 2027.

On 18 May, the minister visited the Fraunhofer Institute for Solar Energy Systems in Freiburg,
where she was shown new photovoltaic modules.
"""

VISIT_FIRST_DAY = """\
Wednesday, 11 February 2026

A delegation of the Korea International Cooperation Agency visited the Vietnam National
University campus in Hanoi on Monday for two days of talks.

On the first day the visitors toured the Center for Advanced Materials and the new clean room.
Students presented their projects.
"""


def test_stops_at_bodies_within_a_visit(extract: Extract) -> None:
    events = _events(extract, DELEGATION_STOPS, "2026-10-16")
    assert ("visit", "2026-10-12", "2026-10-15") in events
    assert ("visit", "2026-10-13", None) in events
    assert ("visit", "2026-10-14", None) in events
    assert ("signing", "2026-10-14", None) in events


def test_stop_at_a_body_on_a_day_of_a_ministers_visit(extract: Extract) -> None:
    events = _events(extract, DELEGATION_STOPS_TWO, "2027-05-21")
    assert ("visit", "2027-05-17", "2027-05-19") in events
    assert ("visit", "2027-05-18", None) in events


def test_stop_on_the_day_of_a_visit_is_that_visit(extract: Extract) -> None:
    events = _events(extract, VISIT_FIRST_DAY, "2026-02-11")
    assert len([e for e in events if e[1] == "2026-02-09"]) == 1  # (the visit: no second one for the tour)


CLOSED_LAST_THURSDAY = """\
MUSCAT, Wednesday, November 11, 2026

A delegation from the Korea Aerospace Research Institute wrapped up a three-day visit to the
Sultanate last Thursday. The team toured a launch site and held talks with the ministry.
"""

CONCLUDED_YESTERDAY = """\
Nairobi, 14 April 2027

The Brazilian Minister of Science concluded a four-day working visit to Kenya yesterday, after
talks with the Kenyan Cabinet Secretary for Education.
"""


def test_visit_wrapped_up_last_weekday(extract: Extract) -> None:
    events = _events(extract, CLOSED_LAST_THURSDAY, "2026-11-11")
    assert ("visit", "2026-11-03", "2026-11-05") in events


def test_visit_concluded_yesterday(extract: Extract) -> None:
    events = _events(extract, CONCLUDED_YESTERDAY, "2027-04-14")
    assert ("visit", "2027-04-10", "2027-04-13") in events


OPENED_WORKSHOP = """\
Czech–Vietnamese Workshop on Battery Materials

Prague, 20 May 2027

The Czech–Vietnamese Workshop on Battery Materials took place in Brno from 17 to 19 May 2027.

The Ambassador of Vietnam opened the workshop on Monday morning and recalled twenty years of
cooperation between the two academies.

In the closing session, the two academies announced that they will open a joint call for mobility
projects in March 2028.
"""

OPENED_FORUM = """\
Nairobi, 9 September 2026

The Kenya–Finland Innovation Forum was held in Nairobi on 7 and 8 September 2026.

The Cabinet Secretary opened the forum on Monday, and the Finnish minister spoke after her.

At the closing session, the partners said that a first call for joint projects would follow in
January 2027.
"""


def test_opened_workshop_and_closing_session(extract: Extract) -> None:
    events = _events(extract, OPENED_WORKSHOP, "2027-05-20")
    assert events == [("conference", "2027-05-17", "2027-05-19")]


def test_opened_forum_and_closing_session(extract: Extract) -> None:
    events = _events(extract, OPENED_FORUM, "2026-09-09")
    assert [kind for kind, _, _ in events] == ["conference"]


RENEWED_WHEN_SEMINAR = (
    "Cooperation between the two academies dates back to 2001. Their agreement was renewed in Seoul "
    "in May 2021, when a joint symposium marking twenty years of cooperation was held at the academy.\n"
)

SIGNED_WHEN_FORUM = """\
The memorandum was signed in Lima in June 2019, when the first Peru–Korea Innovation Forum was
held in the city.
"""


def test_renewal_and_the_seminar_held_then_are_two(extract: Extract) -> None:
    events = _events(extract, RENEWED_WHEN_SEMINAR, "2026-03-01")
    assert {kind for kind, date, _ in events if date == "2021-05"} == {"conference", "signing"}


def test_signing_and_the_forum_held_then_are_two(extract: Extract) -> None:
    events = _events(extract, SIGNED_WHEN_FORUM, "2026-03-01")
    assert {kind for kind, date, _ in events if date == "2019-06"} == {"conference", "signing"}


PREVIOUS_ONE = """\
RABAT, May 14 -- Morocco and Portugal held their fourth joint commission on science in Rabat on
Wednesday, the ministry said.

It was the first such session in four years. The previous one took place in Lisbon in March 2022.
"""

LAST_ONE = """\
Bogotá, 3 June 2026

The Colombia–Germany Research Forum opened in Bogotá on 2 June 2026 with 300 participants.

The forum is held every two years. The last one was held in Berlin in May 2024.
"""


def test_previous_one_retells_a_session(extract: Extract) -> None:
    events = _events(extract, PREVIOUS_ONE, "2026-05-14")
    assert ("meeting", "2022-03", None) in events


def test_last_one_retells_a_forum(extract: Extract) -> None:
    events = _events(extract, LAST_ONE, "2026-06-03")
    assert ("conference", "2024-05", None) in events


PROTOCOL_THEN_AGREEMENT = """\
Ljubljana, 20 June 2026

Twelve Slovenian–Serbian research projects were selected at the 6th session of the Joint Committee
for Scientific Cooperation, held in Belgrade on 15 June 2026. The two co-chairs signed the protocol
of the session.

Cooperation between Slovenia and Serbia is based on the Agreement on Scientific and Technological
Cooperation, signed in Belgrade in March 2009.
"""


def test_session_protocol_is_not_the_older_agreement(extract: Extract) -> None:
    instruments = _instruments(extract, PROTOCOL_THEN_AGREEMENT, "2026-06-20")
    assert ("agreement", "2009-03") in instruments
    assert ("agreement", "2026-06-15") in instruments
