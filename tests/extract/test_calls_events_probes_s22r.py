"""Session 22, round 3: probes written as whole documents (funder pages, newsletters, wire copy,
embassy news), each a class of wording that the extractor got wrong."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.temporal.tagger import tag

PUBLISHED = "2026-03-12"


def _record(text: str, name: str = "probe.md") -> dict:
    return get_extractor().extract(text, name=name, published=PUBLISHED).to_dict()


def _deadlines(text: str) -> list[str]:
    return [call["deadline"] for call in _record(text).get("calls", [])]


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("location")) for e in _record(text).get("events", [])]


# a zone spelled out with its abbreviation in brackets: the abbreviation wins, and the hour keeps
# the date after it ("at 5 pm Eastern Time (AEDT) on 30 April")
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Submissions close at 5 pm Eastern Time (AEDT) on 30 April 2026.", "2026-04-30T17:00+11:00"),
        ("Letters of intent are due at 5 pm Eastern Time (EST) on 14 April 2026.", "2026-04-14T17:00-05:00"),
        ("The window closes at noon Japan time (JST) on 8 July 2026.", "2026-07-08T12:00+09:00"),
        ("Full applications close 2 pm Pacific Time (CET) on 30 June 2026.", "2026-06-30T14:00+01:00"),
        ("Proposals are due at 4 pm (EAT) on 29 May 2026.", "2026-05-29T16:00+03:00"),
    ],
)
def test_bracketed_zone_wins_and_keeps_the_date(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, PUBLISHED) if t.type == "TIME"] == [value]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (  # Australia-India: no "call", "grant" or "funding"; "Round 17 is open"
            "# Australia-India Strategic Research Fund: Round 17 is open\n\n"
            "The Department of Industry, Science and Resources and India's Department of Science and "
            "Technology\n"
            "are pleased to announce that Round 17 is now open.\n\n"
            "Teams of Australian and Indian researchers may apply for up to AUD 1,000,000 over three years.\n"
            "Submissions close at 5 pm Eastern Time (AEDT) on 30 April 2026.\n",
            "2026-04-30T17:00+11:00",
        ),
        (  # Italy-Turkey: "Round 5 is open", "Submissions close"
            "Italy-Turkey Bilateral Science Programme\n\nRound 5 is open. The Italian Ministry of "
            "Foreign Affairs "
            "and TÜBİTAK support joint projects in\ngreen hydrogen and cultural heritage science with up to "
            "EUR 100,000 each.\nSubmissions close on 15 May 2026 at 14:00 CET.\n",
            "2026-05-15T14:00+01:00",
        ),
        (  # Chile-Japan: "the 2027 intake", an hour with its zone twice before the date
            "Chile-Japan joint research: the 2027 intake\n\nANID and the Japan Science and Technology Agency "
            "(JST) are accepting applications for the 2027 intake\nof the Chile-Japan SICORP "
            "programme. The window "
            "closes at noon Japan time (JST) on 8 July 2026.\nEach team can receive up to JPY 30 million.\n",
            "2026-07-08T12:00+09:00",
        ),
        (  # Canada-France: the abbreviation in brackets wins over the zone spelled out
            "Canada-France Quantum Partnership: 2026 competition\n\nThe Natural Sciences and "
            "Engineering Research "
            "Council of Canada (NSERC) and the French National\nResearch Agency (ANR) open the 2026 "
            "competition. "
            "Letters of intent are due at 5 pm Eastern Time (EST) on 14 April 2026.\n",
            "2026-04-14T17:00-05:00",
        ),
    ],
)
def test_call_pages_and_their_deadlines(text: str, deadline: str) -> None:
    assert _deadlines(text) == [deadline]


# "midnight": neither the spec nor the shared gold has a convention, so the date as written is kept
# (the hour is read as 00:00 of that day, never moved to the day before or after)
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenya-Korea Science Partnership, Round 3\n\nThe Kenya National Research Fund and the National "
            "Research Foundation of Korea (NRF) open round 3 of\ntheir joint scheme. Proposals are due at "
            "midnight (EAT) on 31 May 2026.\n",
            "2026-05-31",
        ),
        (
            "Denmark-Israel Innovation Bridge\n\nApplications for the 2027 intake are now being accepted. "
            "Innovation Fund Denmark and the Israel\nInnovation Authority will support joint industrial R&D "
            "projects.\n\nApplications must be submitted by midnight on 15 May 2026 (CET).\n",
            "2026-05-15",
        ),
    ],
)
def test_midnight_keeps_the_date(text: str, day: str) -> None:
    assert [deadline[:10] for deadline in _deadlines(text)] == [day]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (  # Denmark-Israel: a company's product launch is no event of the cooperation
            "TEL AVIV, March 10 (Reuters) - Danish hearing-aid maker Demant launched a new "
            "AI-powered product "
            "line\nin Tel Aviv on Tuesday, the company said. Israel and Denmark signed a memorandum "
            "on innovation "
            "cooperation in 2023.\n",
            [],
        ),
        (  # Portugal-Brazil: a website relaunch and a product unveiled are none either
            "Portugal-Brazil Science Newsletter, March 2026\n\nThe Portuguese research consultancy "
            "Ciencia Viva "
            "Consulting relaunched its website on 3 March 2026 with a new\nPortuguese-Brazilian "
            "project database. "
            "Meanwhile, the Brazilian start-up Agrotech unveiled its new drone\nsprayer in São Paulo "
            "on 5 March.\n\n"
            "The Portugal-Brazil Joint Commission on Science and Technology met in Lisbon on 9 March 2026.\n",
            [("meeting", "2026-03-09", "Lisbon")],
        ),
        (  # Italy-Turkey: the embassy that hosts the event gives its city
            "Italy and Turkey deepen space cooperation\n\nThe Italian Embassy in Ankara will host a "
            "symposium on "
            "satellite technologies on 25 March 2026,\nbringing together the Italian Space Agency "
            "(ASI) and the "
            "Turkish Space Agency (TUA).\n",
            [("conference", "2026-03-25", "Ankara")],
        ),
        (  # Denmark-Israel
            "Embassy news, March 2026\n\nThe Embassy of Denmark in Tel Aviv hosted a workshop on "
            "water technology "
            "on 3 March 2026 for Danish and Israeli start-ups.\n",
            [("conference", "2026-03-03", "Tel Aviv")],
        ),
        (  # Australia-India: two stops in one sentence, ", then"
            "NEW DELHI, March 8 - Australia's science minister visited the Indian Institute of Science in "
            "Bangalore on 4 March, then toured a solar plant in Jodhpur on 5 March.",
            [("visit", "2026-03-04", "Bangalore"), ("visit", "2026-03-05", "Jodhpur")],
        ),
        (  # Kenya-Korea: the second stop's own city, not the first's
            "Kenya's cabinet secretary visited KAIST in Daejeon on 9 March, then met the Korean "
            "science minister "
            "in Seoul on 10 March.",
            [("visit", "2026-03-09", "Daejeon"), ("meeting", "2026-03-10", "Seoul")],
        ),
        (  # Kenya-Korea: a roadshow that travels on
            "The Korea-Kenya innovation roadshow opens in Nairobi on 16 March 2026 and will travel "
            "on to Mombasa "
            "on 18 March and Kisumu on 20 March.",
            [
                ("conference", "2026-03-16", "Nairobi"),
                ("conference", "2026-03-18", "Mombasa"),
                ("conference", "2026-03-20", "Kisumu"),
            ],
        ),
        (  # Canada-France: a tour that starts, continues and ends
            "Canadian AI start-ups will tour France: the mission starts in Paris on 7 April 2026, "
            "continues in "
            "Lyon on 9 April and ends in Toulouse on 10 April.",
            [
                ("visit", "2026-04-07", "Paris"),
                ("visit", "2026-04-09", "Lyon"),
                ("visit", "2026-04-10", "Toulouse"),
            ],
        ),
    ],
)
def test_events_of_whole_documents(text: str, events: list[tuple[str, str, str | None]]) -> None:
    assert _events(text) == events
