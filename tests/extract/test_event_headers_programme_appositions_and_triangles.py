"""Classes of events, programmes and partnerships, on invented sentences: event words naming a body
or a paper, titled events with date and place fields, planned years in undated reports, a listed
third country, apposed and quoted coined programme names."""

from __future__ import annotations

import pytest

from bilat.extract.components import programmes as P

from .records import Extract


def _events(record: dict) -> list[tuple[str, str | None]]:
    return [(e["date"], e.get("location")) for e in record["events"]]


def _pairs(record: dict) -> set[tuple[str, str]]:
    return {tuple(sorted(p["pair"] if isinstance(p, dict) else p)) for p in record["partnerships"]}  # type: ignore[misc]


def _programmes(record: dict) -> set[str]:
    return {p["name"] for p in record["programs"]}


# An event word that only names the body running an event or the paper it issues is no event.
@pytest.mark.parametrize(
    "text",
    [
        "Comments were sent on 4 March 2025 to the Conference Secretariat in Lisbon.",
        "The Summit Office confirmed the figures on 12 May 2025 in Accra.",
        "The Workshop Report was published on 2 July 2025 in Hanoi.",
        "The Forum Secretariat issued its notes on 9 October 2024 in Lima.",
    ],
)
def test_an_event_word_naming_a_body_or_paper_is_no_event(extract: Extract, text: str) -> None:
    assert extract(text)["events"] == []


def test_an_event_word_before_other_nouns_stays_an_event(extract: Extract) -> None:
    record = extract("The conference opened in Lisbon on 4 March 2025 with 300 researchers.")
    assert ("2025-03-04", "Lisbon") in _events(record)


# A title naming an event, then labelled date and place fields: the event of the document.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Chile-Korea Marine Robotics Workshop 2025 — Summary\n\n**Venue:** Valparaíso, Chile\n\n"
            "**Dates:** 3–5 June 2025\n\nResearchers from both countries discussed sensors.\n",
            ("2025-06-03", "Valparaíso"),
        ),
        (
            "Nordic-Japanese Symposium on Ice Physics\n\nDate: 14 November 2025\nPlace: Sapporo\n\n"
            "Speakers from Finland and Japan presented new data.\n",
            ("2025-11-14", "Sapporo"),
        ),
        (
            "INDIA-EU HYDROGEN FORUM\n\nWHEN: 21 January 2026\nWHERE: Pune\n\nThe programme follows.\n",
            ("2026-01-21", "Pune"),
        ),
    ],
)
def test_a_titled_event_takes_its_date_and_venue_fields(
    extract: Extract, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(extract(text, published=None))


def test_a_title_without_a_date_field_gives_no_event(extract: Extract) -> None:
    text = (
        "# Chile-Korea Marine Robotics Workshop — Summary\n\n**Venue:** Valparaíso, Chile\n\nNotes follow.\n"
    )
    assert _events(extract(text, published=None)) == []


@pytest.mark.parametrize(
    "text",
    [
        "# Joint Committee on Polar Research holds its ninth session\n\nDate: 2 April 2025\n\n"
        "The committee reviewed ongoing projects and the exchange of data.\n",
        "Science Ministers' Meeting: outcomes\nDATE - 18 June 2025\nReference: PR-2025-044\n\n"
        "The ministers agreed to extend the programme.\n",
    ],
)
def test_a_date_field_without_a_place_field_is_the_pages_date_not_an_event(
    extract: Extract, text: str
) -> None:
    assert not any(
        date.startswith("2025-04-02") or date.startswith("2025-06-18")
        for date, _ in _events(extract(text, published=None))
    )


# A next meeting planned for a year in a report that has no publication date: dated by its year
# once the report's own dates show that year is not past.
@pytest.mark.parametrize(
    "text",
    [
        "The group met on 10 March 2025 in Nairobi. The next meeting will take place in Accra in 2026.",
        "Talks were held on 4 May 2025 in Oslo. The fifth session will be held in Tokyo in 2026.",
    ],
)
def test_a_planned_meeting_in_an_undated_report_keeps_its_year(extract: Extract, text: str) -> None:
    assert any(date == "2026" for date, _ in _events(extract(text, published=None)))


def test_a_year_before_the_reports_dates_is_not_planned(extract: Extract) -> None:
    text = "The group met on 10 March 2025 in Nairobi. The next meeting will take place in Accra in 2019."
    assert all(date != "2019" for date, _ in _events(extract(text, published=None)))


# Three countries listed in the sentence that gives a pair, with "the three governments" beside it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials from Chile, Peru and Colombia met in Lima for the fourth meeting of the Pacific\n"
            "Working Group on Marine Science. The three governments agreed on a joint research fund for\n"
            "ocean observation and fisheries science.",
            {("CL", "PE"), ("CL", "CO"), ("CO", "PE")},
        ),
        (
            "Researchers from Kenya, Ghana and Senegal gathered in Accra to plan climate research.\n"
            "The three countries will share data from their weather stations under a trilateral programme.",
            {("GH", "KE"), ("KE", "SN"), ("GH", "SN")},
        ),
    ],
)
def test_a_listed_third_country_closes_the_triangle(
    extract: Extract, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _pairs(extract(text))


def test_two_countries_with_a_third_in_passing_stay_a_pair(extract: Extract) -> None:
    text = (
        "Chile and Peru signed a research agreement on ocean science in Lima, after talks with Colombia "
        "had stalled. The two governments will fund joint projects in marine research."
    )
    assert ("CO", "PE") not in _pairs(extract(text))


# Coined programme names: apposed with a naming verb, a numeral, a gloss in brackets; quoted after
# the kind word; several capitalised words before "a new joint programme".
@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ('the agency funds the project, named SOL-AR ("sol" means sun), for three years.', "SOL-AR", None),
        (
            "the ministry backs its next research project, GeoNet II (Geodetic Network II).",
            "GeoNet II",
            "Geodetic Network II",
        ),
        ("a scheme called HydroLink, with EUR 2 million.", "HydroLink", None),
    ],
)
def test_apposed_coined_names(text: str, name: str, other: str | None) -> None:
    match = P._APPOSED.search(text)
    assert match is not None and match.group(1) == name
    assert match.group(2) == other or other is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('first results of the joint project "Tlaloc-Fuji", which links sensors', "Tlaloc-Fuji"),
        ("the programme ‘AquaNet 2’ will run until 2028", "AquaNet 2"),
        ("the initiative «Mar-Azul» brings together", "Mar-Azul"),
    ],
)
def test_a_quoted_name_after_its_kind_word(text: str, name: str) -> None:
    match = P._APPOSED.search(text)
    assert match is not None and match.group(3) == name


def test_a_quoted_phrase_of_lower_case_words_is_no_name() -> None:
    assert P._APPOSED.search('the project "is a success", he said') is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "up to EUR 5 million over four years to EU-CELAC Digital Bridge, a new joint programme.",
            "EU-CELAC Digital Bridge",
        ),
        ("will fund KR-NZ Ocean Futures, a three-year joint programme on reefs.", "KR-NZ Ocean Futures"),
    ],
)
def test_a_coined_name_with_capitalised_words_before_its_description(text: str, name: str) -> None:
    match = P._DESCRIBED.search(text)
    assert match is not None and match.group(1) == name


def test_programmes_found_in_a_document(extract: Extract) -> None:
    text = (
        'The Federal Ministry is funding the project, named ORBI-GH ("orbi" is a word for sky), with '
        "EUR 2 million. The University of Ghana and the Leipzig institute will run it."
    )
    assert "ORBI-GH" in _programmes(extract(text))


# A field label opened by the word "event" ("Event Date:", "Event location:") tells the date or
# place of the page's event: the label is no event of its own.
@pytest.mark.parametrize(
    "fields",
    [
        "Event Date: 12 May 2025\nEvent Venue: Riverside Conference Centre, Perth",
        "**Event date:** 12 May 2025\n**Event location:** Perth",
        "EVENT DATE: 12 May 2025",
    ],
)
def test_an_event_field_label_is_no_event_of_its_own(extract: Extract, fields: str) -> None:
    text = (
        "Australia and Indonesia held a marine science dialogue in Jakarta on 3 March 2025.\n\n"
        f"{fields}\n\n"
        "The Australia-Indonesia Marine Science Forum will meet in Perth on 12 May 2025."
    )
    record = extract(text)
    names = [e.get("name") or "" for e in record["events"]]
    assert not any(name.lower().startswith("event") for name in names), names
    assert ("2025-05-12", "Perth") in _events(record)
