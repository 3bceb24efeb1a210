"""Agreement classes seen in several sets of documents by different writers (cross-set round 11):

- a statement or declaration named after the occasion it closes ("Joint Statement on the Official
  Visit of ...", "Joint Communiqué of the fourth ... Council", "joint declaration following the
  summit"), undated in its own sentence: it is dated as the occasion the text reports (its dateline,
  else its publication day), not left without a date; a statement of an occasion whose year is
  given, or another kind of instrument, keeps its own date (or none);
- a roadmap that nothing in its sentence says was signed, adopted or agreed, and that has no title of
  its own ("as it prepares a national hydrogen roadmap", "works on the offshore wind roadmap", a
  round table called "a X-Y training roadmap"): a plan in the making, no instrument;
- a tourism, sports or cultural exchange whose only words of science are the places and formats of
  any exchange ("home to old universities", "a dance workshop", "academic conferences", "a study of
  markets", partnership_cues.yaml `weak_sti_words`): its memorandum is kept, but it makes no STI
  partnership."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _dates(record: dict[str, Any], kind: str) -> list[str | None]:
    return [a["date"] for a in record["agreements"] if a["type"] == kind]


CLOSES_OCCASION = [
    # the page is the statement: its title names the visit, the dateline gives the day
    (
        "Ministry of Foreign Affairs\n\nGhana-Norway Joint Statement on the State Visit of the President "
        "of Ghana to Norway\n\nOslo, 22 April 2026\n\nThe President of Ghana paid a state visit to Norway "
        "from 20 to 22 April 2026. The two sides agreed to expand cooperation in ocean research.",
        "2026-04-22",
        "joint_statement",
        "2026-04-22",
    ),
    # a link at the end of a release, named after the council the release reports
    (
        "Canada and Korea today agreed to pool research on batteries at the fourth Canada-Korea "
        "Innovation Council, held in Ottawa.\n\nFor more information:\nJoint Statement of the fourth "
        "Canada-Korea Innovation Council",
        "2026-09-15",
        "joint_statement",
        "2026-09-15",
    ),
    # lower-case, after "following the ... summit", in a story
    (
        "Chile and New Zealand want more Antarctic science together. Their leaders released a joint "
        "declaration following the Chile-New Zealand leaders' summit, which names polar research as a "
        "priority.",
        "2026-03-03",
        "declaration",
        "2026-03-03",
    ),
    # a communiqué of the joint commission the text is about
    (
        "Brasilia, 9 October 2026 - Brazil and Vietnam closed their joint commission on science today.\n\n"
        "The Joint Communiqué of the Brazil-Vietnam Joint Commission sets out five shared priorities for "
        "agricultural research.",
        "2026-10-10",
        "joint_statement",
        "2026-10-09",
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "date"), CLOSES_OCCASION)
def test_statement_named_after_its_occasion_takes_its_day(
    extract: Extract, text: str, published: str, kind: str, date: str
) -> None:
    assert _dates(extract(text, published=published), kind) == [date]


KEEPS_ITS_OWN = [
    # the occasion's year is given: an older statement, its own year
    (
        "Research news\n\n"
        "Peru and Japan first set out their priorities in the Joint Statement of the 2019 Peru-Japan "
        "Summit. Both countries now fund joint projects on earthquakes.",
        "2026-05-05",
        "joint_statement",
        None,
    ),
    # a statement on a subject, no occasion named: no date is made up
    (
        "Research news\n\n"
        "Poland and India published a joint statement on quantum technologies. It lists six research "
        "fields for joint calls.",
        "2026-05-05",
        "joint_statement",
        None,
    ),
    # a memorandum of a meeting is not a statement closing it
    (
        "Research news\n\n"
        "Egypt and Italy refer to the memorandum of the joint committee meeting when they plan their "
        "calls for research projects in water science.",
        "2026-05-05",
        "memorandum",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "date"), KEEPS_ITS_OWN)
def test_statement_without_its_occasion_keeps_its_own_date(
    extract: Extract, text: str, published: str, kind: str, date: str | None
) -> None:
    dates = _dates(extract(text, published=published), kind)
    assert date in dates if date else all(d is None or d[:4] == "2019" for d in dates)


ROADMAPS = [
    (
        "Energy news\n\n"
        "Chile is drafting a national green hydrogen roadmap, and Germany has offered advice on it.",
        [],
    ),
    (
        "Energy news\n\nDenmark and Vietnam work together on long-term energy scenarios and on the offshore "
        "wind roadmap.",
        [],
    ),
    (
        "Workshop report\n\nRound table: a Czech-Korean training roadmap for batteries. Participants will "
        "list skills by the end of 2026.",
        [],
    ),
    # made: signed, adopted, endorsed (or titled)
    (
        "Energy news\n\nOn 2 June 2026 Chile and Germany signed a roadmap on green hydrogen research.",
        ["2026-06-02"],
    ),
    (
        "Energy news\n\nChile and Germany endorsed a joint roadmap for hydrogen research in Berlin on "
        "2 June 2026.",
        ["2026-06-02"],
    ),
    (
        "Energy news\n\nChile and Germany adopted the Roadmap for Hydrogen Research Cooperation. The roadmap "
        "sets out six projects.",
        ["2026-05-05"],
    ),
]


@pytest.mark.parametrize(("text", "dates"), ROADMAPS)
def test_roadmap_is_an_instrument_only_when_made_or_titled(
    extract: Extract, text: str, dates: list[str]
) -> None:
    assert _dates(extract(text, published="2026-05-05"), "roadmap") == dates


WEAK_STI = [
    (
        "City news\n\n"
        "Portugal and Estonia: two cities sign tourism memorandum\n\nPorto in Portugal and Tartu "
        "in Estonia signed a memorandum on tourism on 3 March 2026. Both cities are home to old "
        "universities, "
        "and the memorandum names academic conferences as a target of joint marketing. A workshop for tour "
        "operators follows in May.",
        [],
    ),
    (
        "Sport news\n\n"
        "Wales coaches in Uruguay, Uruguayan dancers in Ireland\n\nIreland and Uruguay signed a "
        "memorandum on rugby and dance exchanges on 4 April 2026. Irish coaches will visit clubs in "
        "Montevideo, and the Academia Celeste will send dancers to Cork.\n\nThe University of Cork offers a "
        "coaching course, and the embassy will run a dance workshop.",
        [],
    ),
    (
        "Trade news\n\nKenya and Finland sign dairy memorandum\n\nKenya and Finland signed a memorandum on "
        "dairy trade on 9 May 2026. Finnish dairies will share their expertise with Kenyan cooperatives.\n\n"
        "A study of milk markets and a workshop for farmers follow in June.",
        [],
    ),
    # a word of research of its own, or a field of technology: a partnership
    (
        "Campus news\n\nPortugal and Estonia: two cities sign research memorandum\n\nPorto in Portugal and "
        "Tartu in Estonia signed a memorandum on marine research on 3 March 2026. A workshop for researchers "
        "follows in May.",
        [["EE", "PT"]],
    ),
    (
        "Campus news\n\nPortugal and Estonia sign memorandum\n\nPortugal and Estonia signed a memorandum on "
        "3 March 2026 on artificial intelligence in universities.",
        [["EE", "PT"]],
    ),
]


WEAK_STI.append(  # a format of exchange on a field of science: a partnership
    (
        "Campus news\n\nNorway and Chile sign memorandum\n\nNorway and Chile signed a memorandum on "
        "3 March 2026 on a joint workshop on glacier melt and climate change.",
        [["CL", "NO"]],
    )
)


@pytest.mark.parametrize(("text", "pairs"), WEAK_STI)
def test_places_and_formats_of_an_exchange_make_no_sti_partnership(
    extract: Extract, text: str, pairs: list[list[str]]
) -> None:
    record = extract(text, published="2026-05-05")
    assert [p["pair"] for p in record["partnerships"]] == pairs
    assert [a["type"] for a in record["agreements"]] == ["memorandum"]
