"""Event cue words reviewed from general usage (event_types.yaml): plurals, spelling variants and the
common words for meetings, visits, conferences, receptions, signings, launches and exhibitions, each
telling a dated event of its kind; and ambiguous words deliberately left out, which tell none.
Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract

FOUND = [
    ("The joint commission on research convened in Lisbon on 4 March 2024.", "meeting"),
    ("Officials of both agencies held a teleconference on 4 March 2024.", "meeting"),
    ("A video conference between the two ministries took place on 4 March 2024.", "meeting"),
    ("The partners joined a conference call on 4 March 2024 to review the projects.", "meeting"),
    ("The consortium held its kick-off meeting in Tartu on 4 March 2024.", "meeting"),
    ("The steering board reconvened in Lisbon on 4 March 2024.", "meeting"),
    ("The ambassador paid a courtesy call on the rector on 4 March 2024.", "visit"),
    ("The group went on an excursion to the observatory on 4 March 2024.", "visit"),
    ("An investment mission from Chile arrived in Oslo on 4 March 2024.", "visit"),
    ("Two colloquia on ocean science were held in Brest on 4 March 2024.", "conference"),
    ("The network ran a masterclass on quantum sensing in Delft on 4 March 2024.", "conference"),
    ("Young researchers met at a training school in Pisa on 4 March 2024.", "conference"),
    ("The start-ups pitched at a demo day in Lagos on 4 March 2024.", "conference"),
    ("A roadshow for the new programme stopped in Accra on 4 March 2024.", "conference"),
    ("The embassy hosted the delegates at a working lunch on 4 March 2024.", "reception"),
    ("The two agencies inked a memorandum in Hanoi on 4 March 2024.", "signing"),
    ("The negotiators initialled the agreement in Bern on 4 March 2024.", "signing"),
    ("The ministry unveiled a new research strategy on 4 March 2024.", "launch"),
    ("A ribbon-cutting at the new laboratory took place on 4 March 2024.", "launch"),
    ("The minister laid the foundation stone of the institute on 4 March 2024.", "launch"),
    ("The two countries relaunched their science partnership on 4 March 2024.", "launch"),
    ("Researchers presented their work at a trade show in Osaka on 4 March 2024.", "exhibition"),
    ("The firms exhibited at the Hannover Messe on 4 March 2024.", "exhibition"),
    ("The two agencies kick off their twinning scheme on 4 March 2024.", "launch"),
    ("An info-day on the new call took place in Riga on 4 March 2024.", "conference"),
    ("Two roundtables on open science were held in Quito on 4 March 2024.", "conference"),
    ("The prize-giving for young innovators was held in Tunis on 4 March 2024.", "other"),
    # Event words of Spanish, Portuguese, French and German names, as written in English text.
    ("The Foro de Innovación Iberoamericano was held in Lima on 4 March 2024.", "conference"),
    ("Researchers from Porto met at the Jornadas de Ciência in Braga on 4 March 2024.", "conference"),
    ("Both ministers attended the Cumbre Académica in Quito on 4 March 2024.", "meeting"),
    ("Start-ups from Recife showed their work at the Feira de Tecnologia on 4 March 2024.", "exhibition"),
]


@pytest.mark.parametrize(("text", "kind"), FOUND, ids=[kind + ": " + text[:40] for text, kind in FOUND])
def test_cue_tells_a_dated_event_of_its_kind(extract: Extract, text: str, kind: str) -> None:
    events = extract(text, published="2024-03-10")["events"]
    assert [(e["type"], e["date"]) for e in events] == [(kind, "2024-03-04")], events


# Words left out of the cue lists: they as often mean something other than an event.
NONE = [
    "Extreme weather events in March 2024 damaged the field stations.",  # "events": weather, news
    "Familiarisation trips for travel agents are planned for 2026.",  # "trips": tourism offers
    "The plenary discussed the budget in March 2024.",  # "plenary": a body as often as a sitting
    "The groundbreaking results appeared on 4 March 2024.",  # "groundbreaking": praise
    "The project signs of progress were clear on 4 March 2024.",  # "signs": a plural noun
    "The new sensors meet the standard since 4 March 2024.",  # "meet(s)": satisfy
    "Since 4 March 2024 she can use the beamline when she travels to Tsukuba.",  # "travels to": habitual
    "The mission statement was revised on 4 March 2024.",  # "mission" alone
    "The researchers showcase their prototypes online since 4 March 2024.",  # "showcase": a verb
    "The Congreso approved the science budget on 4 March 2024.",  # "Congreso": a parliament
    "La Jornada reported the figures on 4 March 2024.",  # "Jornada": a newspaper
    "The joint genomics database went live in March 2024.",  # "went live": a system, no occasion
]


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_ambiguous_word_tells_no_event(extract: Extract, text: str) -> None:
    assert extract(text, published="2024-03-10")["events"] == []


# A noun after an event word makes it the venue or the body of an event, not an event: "the
# conference hall", "the forum organisers" (`cue_head_nouns`).
def test_venue_noun_after_cue_tells_no_event(extract: Extract) -> None:
    text = "The conference hall in Leipzig was renovated on 4 March 2024."
    assert extract(text, published="2024-03-10")["events"] == []


# "on the fringes of" is a margin phrase like "on the sidelines of": the signing there is an event
# of its own, held at the forum.
def test_fringes_is_a_margin_phrase(extract: Extract) -> None:
    text = (
        "On the fringes of the innovation forum in Seoul on 4 March 2024, the two agencies signed a "
        "memorandum."
    )
    kinds = sorted(e["type"] for e in extract(text, published="2024-03-10")["events"])
    assert "signing" in kinds, kinds


# Dates told relative to the event before: "the following afternoon" is the day after it.
def test_following_afternoon_is_anchored(extract: Extract) -> None:
    text = (
        "The joint committee met in Lima on 4 March 2024. The following afternoon, the delegation "
        "visited the national observatory."
    )
    dates = sorted(e["date"] for e in extract(text, published="2024-03-10")["events"])
    assert dates == ["2024-03-04", "2024-03-05"], dates


# A labelled field of an event page: "City:" places the event its title names.
def test_city_label(extract: Extract) -> None:
    text = "Korea-Peru Innovation Workshop\n\nDate: 4 March 2024\nCity: Lima\n\nAll welcome.\n"
    events = extract(text, published="2024-03-01")["events"]
    found = [(e["type"], e["date"], e.get("location")) for e in events]
    assert found == [("conference", "2024-03-04", "Lima")], events


# "convened" tells a meeting alone, but leaves a sentence's event word its kind (`weak_cues`).
def test_convened_leaves_the_forum_its_kind(extract: Extract) -> None:
    text = "The ministry convened the Kenya-Korea Innovation Forum in Nairobi on 4 March 2024."
    events = extract(text, published="2024-03-10")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("conference", "2024-03-04")], events
