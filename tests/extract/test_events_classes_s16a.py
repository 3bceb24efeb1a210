"""Event classes of session 16, round 1 (helper a). Texts of our own.

1. "The following day" after a stay still going on at the document's date ("during the minister's
   visit, which ends on Thursday" in a Wednesday release) counts from the day event the stay frames,
   or from the stay's first day, never from a last day yet to come; after a stay that is over it
   still counts from its last day.
2. A signing held within an event told before by a definite reference ("On the sidelines of the
   ceremony, ... signed") takes that event's day even when it was told far back, and its place:
   not a city of a clause about what the instrument sets up ("under which students will study in
   Campinas"); with no place known for that event the signing is still an occasion.
"""

from __future__ import annotations

import pytest

from .records import Extract

FOLLOWING_DAY = [  # (published, text, city of the later event, its day)
    pytest.param(
        "2025-11-19",
        "Tallinn, 19 November 2025. The minister and her Korean counterpart signed a memorandum of "
        "understanding in Seoul on Tuesday. The memorandum was signed during the minister's working "
        "visit to Korea, which began on Monday and ends on Thursday. The following day the minister "
        "travelled to Daejeon, where she visited ETRI.",
        "Daejeon",
        "2025-11-19",
        id="a day event framed by a stay still going on",
    ),
    pytest.param(
        "2025-03-12",
        "Nairobi, 12 March 2025. The two ministers signed a cooperation agreement in Nairobi on "
        "Monday, during the minister's visit to Kenya, which ends on Friday. The following day the "
        "minister travelled to Mombasa, where she visited the port.",
        "Mombasa",
        "2025-03-11",
        id="a stay still going on, counted from its first day",
    ),
    pytest.param(
        "2024-11-20",
        "Brasília, 20 November 2024. The Joint Committee met in Brasília on 12 and 13 November 2024. "
        "The co-chairs thanked the hosts. On the following day, the Portuguese delegation visited "
        "INPE in São José dos Campos.",
        "São José dos Campos",
        "2024-11-14",
        id="a stay that is over: the day after its last day",
    ),
]


@pytest.mark.parametrize(("published", "text", "city", "day"), FOLLOWING_DAY)
def test_the_following_day_after_a_stay(
    extract: Extract, published: str, text: str, city: str, day: str
) -> None:
    events = extract(text, published=published)["events"]
    later = [e for e in events if e.get("location") == city]
    assert later, events
    assert [e["date"] for e in later] == [day], events


_FILLER = (
    "The centre will host ten laboratories. It was built with a grant of USD 4 million. Around 200 "
    "guests attended. The Minister of Food and Agriculture gave a speech. Students presented their "
    "projects. Farmers showed local crops. Researchers discussed seed banks. Brazil's ambassador "
    "praised the partnership. The centre will train 500 extension officers a year. It will also run "
    "a seed bank. A second phase is planned. Funding for it is being discussed. The centre's director "
    "is a soil scientist. She has worked in Brazil for ten years. "
)

HELD_WITHIN = [  # (published, text, day of the signing, its city or None)
    pytest.param(
        "2026-05-14",
        "Accra, 14 May 2026. The Ghana-Brazil Agricultural Innovation Centre was opened at a ceremony "
        "in Kumasi on 12 May 2026. " + _FILLER + "On the sidelines of the ceremony, the two research "
        "councils signed a memorandum of understanding under which Ghanaian students will study in "
        "Campinas.",
        "2026-05-12",
        "Kumasi",
        id="ceremony told far back, its city",
    ),
    pytest.param(
        "2026-06-20",
        "Jakarta, 20 June 2026. The opening ceremony of the Indonesia-Japan Materials Laboratory took "
        "place at the Serpong campus on Tuesday, 16 June. Three hundred guests attended. The "
        "laboratory has cost JPY 900 million. Later, on the margins of the ceremony, BRIN and JST "
        "signed an arrangement under which young Indonesian researchers will spend a year in Osaka.",
        "2026-06-16",
        None,
        id="ceremony with no city known",
    ),
]


@pytest.mark.parametrize(("published", "text", "day", "city"), HELD_WITHIN)
def test_a_signing_held_within_the_event_told_before(
    extract: Extract, published: str, text: str, day: str, city: str | None
) -> None:
    events = extract(text, published=published)["events"]
    signings = [e for e in events if e["type"] == "signing"]
    assert signings, events
    assert signings[0]["date"] == day, events
    assert signings[0].get("location") == city, events
