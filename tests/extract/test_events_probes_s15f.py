"""Event-place probes of session 15, round 6 (grammar probes, helper g). Texts of our own.

- A partner's city too ambiguous to be tagged everywhere ("Santiago", "Adelaide", "Victoria"), set
  "in"/"at" by the event's own sentence, outranks the city of the dateline or lead.
- A venue named "<body> of <City>" after the event word ("signed at the Technical University of
  Munich") is held in that city; before the event word such a body is a person's affiliation ("as a
  professor at the University of Sydney, he visited ...").
- A town the gazetteer does not know, set off from its country, region or a nearby city ("in
  Kwinana, Western Australia", "near Njabini, Nyandarua County", "in Lulea (Sweden)", "in Kwinana,
  south of Perth"), is the place.
- An event told as held online ("met virtually", "took place online") takes no report's city.
"""

from __future__ import annotations

import pytest

from .records import Extract

PROBES = [
    pytest.param(
        "BERLIN, 3 March 2025 — Chile and Germany held a forum in Santiago on 2 March 2025 on green "
        "hydrogen.\n",
        ("2025-03-02", "Santiago"),
        id="stoplisted partner city after in",
    ),
    pytest.param(
        "BERLIN, 3 March 2025 — Chile and Germany launched a hydrogen partnership at an event in Santiago "
        "on 2 March 2025.\n",
        ("2025-03-02", "Santiago"),
        id="at an event in a stoplisted city",
    ),
    pytest.param(
        "BERLIN, 5 May 2024 — Chile and Germany signed an agreement on 3 May 2024 in Santiago, Chile.\n",
        ("2024-05-03", "Santiago"),
        id="stoplisted city, country",
    ),
    pytest.param(
        "LONDON, 5 May 2024 — The UK and Australia held a roundtable in Adelaide on 3 May 2024.\n",
        ("2024-05-03", "Adelaide"),
        id="stoplisted city of the other partner",
    ),
    pytest.param(
        "BERLIN, 5 May 2024 — Germany and Japan signed a memorandum of understanding at the Technical "
        "University of Munich on 3 May 2024.\n",
        ("2024-05-03", "Munich"),
        id="venue named of its city",
    ),
    pytest.param(
        "BERLIN, 5 May 2024 — Germany and Brazil signed a research agreement at the University of São Paulo "
        "on 3 May 2024.\n",
        ("2024-05-03", "São Paulo"),
        id="university of a city",
    ),
    pytest.param(
        "BRASILIA, 5 May 2024 — Brazil and Germany held a workshop on 3 May 2024 at the Federal University "
        "of Rio de Janeiro.\n",
        ("2024-05-03", "Rio de Janeiro"),
        id="venue of a city after the date",
    ),
    pytest.param(
        "CANBERRA, 5 May 2024 — Australia and Japan opened a hydrogen pilot plant in Kwinana, Western "
        "Australia, on 3 May 2024.\n",
        ("2024-05-03", "Kwinana"),
        id="town, region with a country",
    ),
    pytest.param(
        "CANBERRA, 5 May 2024 — A Japanese delegation visited a refinery in Kwinana, south of Perth, on "
        "3 May 2024, with Australian officials.\n",
        ("2024-05-03", "Kwinana"),
        id="town, south of a city",
    ),
    pytest.param(
        "STOCKHOLM, 5 May 2024 — Sweden and Japan held a workshop on 3 May 2024 in Lulea, northern Sweden.\n",
        ("2024-05-03", "Lulea"),
        id="town, northern country",
    ),
    pytest.param(
        "STOCKHOLM, 5 May 2024 — Sweden and Japan held a workshop on 3 May 2024 in Lulea (Sweden).\n",
        ("2024-05-03", "Lulea"),
        id="town (country)",
    ),
    pytest.param(
        "NAIROBI, 5 May 2024 — Kenya and Germany inaugurated an observatory near Njabini, Nyandarua County, "
        "on 3 May 2024.\n",
        ("2024-05-03", "Njabini"),
        id="near a town, county",
    ),
    pytest.param(
        "NAIROBI, 5 May 2024 — Kenya and Germany signed an agreement in Nairobi, Kenya, on 3 May 2024.\n",
        ("2024-05-03", "Nairobi"),
        id="known city, country",
    ),
    pytest.param(
        "BERLIN, 5 May 2024 — Germany and Kenya signed an agreement on 3 May 2024 in Berlin, Germany, to set "
        "up a lab in Eldoret, Kenya.\n",
        ("2024-05-03", "Berlin"),
        id="a town of a purpose clause is not the venue",
    ),
    pytest.param(
        "LONDON, 5 May 2024 — UK and Indian ministers met virtually on 3 May 2024 to discuss research "
        "cooperation.\n",
        ("2024-05-03", None),
        id="met virtually",
    ),
    pytest.param(
        "TOKYO, 5 May 2024 — The Japan–US workshop took place online on 3 May 2024.\n",
        ("2024-05-03", None),
        id="took place online",
    ),
    pytest.param(
        "LONDON, 5 May 2024 — The UK and India held a science dialogue in Tokyo and online on 3 May 2024.\n",
        ("2024-05-03", "Tokyo"),
        id="in a city and online",
    ),
]


@pytest.mark.parametrize(("text", "event"), PROBES)
def test_event_place_probes(extract: Extract, text: str, event: tuple[str, str | None]) -> None:
    got = [(e["date"], e.get("location")) for e in extract(text, published=None)["events"]]
    assert got == [event]


def test_an_affiliation_before_the_event_word_is_no_venue(extract: Extract) -> None:
    text = (
        "SYDNEY, 5 May 2024 — Australia and Japan marked 50 years of science ties. As a young professor at "
        "the University of Sydney, she visited Kyoto University in December 1994.\n"
    )
    places = [e.get("location") for e in extract(text, published=None)["events"] if e["date"] == "1994-12"]
    assert "Sydney" not in places
