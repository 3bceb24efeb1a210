"""Classes of wording behind programme, call, agreement and topic misses, in texts of our own:
a sentence-opening preposition before a programme's name, a qualifier noun between a name and its
programme word ("X satellite project"), a proper name holding its own programme word after "a new",
a long form ending with a lower-case programme word before its acronym, a coined name described
across a line break, a name in another language glossed by a quoted translation, deadlines listed
under a heading with labels instead of bullets, a deadline label ending with a colon and its date on
the next line, "up to" wrapped at a line's end, an acronym followed by a capitalised word in a heading
written in capitals, years an instrument covers, one more agreement introduced as such, statements
titled by a proper name and signed by listed countries, instruments signed on the day of a speech,
and topic cues of training, research mobility and warming waters."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names, topics

OPENING_PREPOSITION = [  # (text, name, wrong name)
    (
        "Within the Andes Bridge Chile programme, applications from start-ups are accepted until the end "
        "of the year.",
        "Andes Bridge Chile",
        "Within the Andes Bridge Chile",
    ),
    (
        "Under the Baltic Blue Growth Fund, projects in Estonia and Finland receive support for three years.",
        "Baltic Blue Growth Fund",
        "Under the Baltic Blue Growth Fund",
    ),
    (
        "Through the Kiwi-Andes Exchange programme, forty students travelled between New Zealand and Peru.",
        "Kiwi-Andes Exchange",
        "Through the Kiwi-Andes Exchange",
    ),
]


@pytest.mark.parametrize(("text", "name", "wrong"), OPENING_PREPOSITION)
def test_opening_preposition_is_no_part_of_a_programme_name(
    extract: Extract, text: str, name: str, wrong: str
) -> None:
    names = programme_names(extract(text))
    assert name in names
    assert wrong not in names


QUALIFIED = [  # (text, name): a lower-case kind of programme between the name and its programme word
    ("The launch follows the completion of the NileSat-3 satellite project in 2023.", "NileSat-3"),
    (
        "Forty students joined the Danube Bridges exchange programme between Austria and Serbia.",
        "Danube Bridges",
    ),
    ("Ghana and Brazil will widen the SolarLink fellowship scheme to engineers.", "SolarLink"),
]


@pytest.mark.parametrize(("text", "name"), QUALIFIED)
def test_qualifier_noun_before_programme_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_qualifier_does_not_make_a_country_a_programme(extract: Extract) -> None:
    names = programme_names(
        extract("Kenya announced that the Kenya space programme will add two satellites.")
    )
    assert "Kenya" not in names


HEADED_AFTER_A_NEW = [  # (text, name)
    (
        "The centre will host doctoral students under a new Saint-Exupéry AI Fellowship scheme shared "
        "by France and the UAE.",
        "Saint-Exupéry AI Fellowship",
    ),
    (
        "The centre will host doctoral students under a new Saint-Exupery AI Fellowship scheme shared "
        "by France and the UAE.",
        "Saint-Exupery AI Fellowship",
    ),
    (
        "Kenya and Finland set up a Mara Forest Scholarships programme for young foresters.",
        "Mara Forest Scholarships",
    ),
]


@pytest.mark.parametrize(("text", "name"), HEADED_AFTER_A_NEW)
def test_headed_name_after_indefinite_article(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_indefinite_kind_is_still_no_name(extract: Extract) -> None:
    names = programme_names(extract("Chile and Spain plan a new BILAT project on coastal science."))
    assert "BILAT" not in names


LOWER_CASE_LONG_FORM = [  # (text, acronym, long form)
    (
        "Vinnova and NEDO open a joint call under the Japan–Sweden Materials and Resources Transition "
        "programme (JSMART). The call funds research.",
        "JSMART",
        "Japan–Sweden Materials and Resources Transition programme",
    ),
    (
        "Agencies in Peru and Korea run the Andean Water Futures scheme (AWAFU). Teams apply online.",
        "AWAFU",
        "Andean Water Futures scheme",
    ),
    (
        "The Nordic-Baltic Coastal Sensing project (NOBACS) starts in spring. Estonia and Norway lead it.",
        "NOBACS",
        "Nordic-Baltic Coastal Sensing project",
    ),
]


@pytest.mark.parametrize(("text", "short", "long"), LOWER_CASE_LONG_FORM)
def test_long_form_ending_with_lower_case_programme_word(
    extract: Extract, text: str, short: str, long: str
) -> None:
    names = programme_names(extract(text))
    assert short in names
    assert long in names


DESCRIBED_ACROSS_LINES = [  # (text, name)
    (
        "Alumni studied in Norway through UTFORSK, the\npartnership programme managed by the directorate.",
        "UTFORSK",
    ),
    ("Teams in Chile apply through ANDESNET, a\njoint research\nprogramme of two agencies.", "ANDESNET"),
]


@pytest.mark.parametrize(("text", "name"), DESCRIBED_ACROSS_LINES)
def test_described_acronym_across_line_breaks(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


GLOSSED = [  # (text, name, gloss)
    (
        'Puente Científico ("Science Bridge") supports doctoral candidates in Germany and Mexico. The '
        "programme is financed by both ministries.",
        "Puente Científico",
        "Science Bridge",
    ),
    (
        "Ponte Scientifico (“Science Bridge”) helps young researchers from Italy and Brazil. This scheme "
        "is run by the two agencies.",
        "Ponte Scientifico",
        "Science Bridge",
    ),
    (
        "Ciel Partagé ('Shared Sky') links observatories in France and Chile. The project ends in 2027.",
        "Ciel Partagé",
        "Shared Sky",
    ),
]


@pytest.mark.parametrize(("text", "name", "gloss"), GLOSSED)
def test_foreign_name_with_quoted_gloss(extract: Extract, text: str, name: str, gloss: str) -> None:
    prog = next(p for p in extract(text)["programs"] if p["name"] == name)
    assert gloss in prog.get("aliases", [])


def test_glossed_name_without_programme_phrase_is_no_programme(extract: Extract) -> None:
    text = (
        "Ciencia Abierta ('Open Science') is a slogan of the ministry in Spain and Peru about data sharing."
    )
    assert "Ciencia Abierta" not in programme_names(extract(text))


def test_glossed_institute_is_no_programme(extract: Extract) -> None:
    text = (
        'The Instituto Nacional de Tecnología ("National Institute of Technology") in Peru hosts the lab. '
        "The project ends in 2026."
    )
    assert "Instituto Nacional de Tecnología" not in programme_names(extract(text))


LABELLED_ROUNDS = [  # (text, deadlines)
    (
        "Germany and Mexico offer research scholarships.\nApplication deadlines\n"
        "Round 1: 31 January 2026, 23:59 CET – for stays beginning in June\n"
        "Round 2: 15 July 2026, 23:59 CEST – for stays beginning in January\n",
        {"2026-01-31", "2026-07-15"},
    ),
    (
        "Spain and Chile open a joint call for proposals.\nKey deadlines\n"
        "First cut-off: 3 March 2026\nSecond cut-off: 9 September 2026\n",
        {"2026-03-03", "2026-09-09"},
    ),
]


@pytest.mark.parametrize(("text", "days"), LABELLED_ROUNDS)
def test_labelled_rounds_under_a_deadline_heading(extract: Extract, text: str, days: set[str]) -> None:
    found = {str(c["deadline"])[:10] for c in extract(text)["calls"]}
    assert days <= found


def test_labelled_start_line_is_no_deadline(extract: Extract) -> None:
    text = (
        "Spain and Chile open a joint call for proposals.\nDeadlines\nFull proposals: 3 March 2026\n"
        "Project start: 1 October 2026\n"
    )
    found = {str(c["deadline"])[:10] for c in extract(text)["calls"]}
    assert "2026-10-01" not in found


COLON_LABEL_WRAP = [  # (text, deadline)
    (
        "The Research Council of Norway and DST have opened a joint call under the INDNOR programme.\n"
        "Projects may receive up\nto NOK 12 million per project.\n\n"
        "  Deadline (Norwegian applicants):\n      12 November 2025, 13:00 Central European Time (CET)\n",
        "2025-11-12T13:00+01:00",
    ),
    (
        "Vinnova and NEDO open a joint call for proposals under the JSMART programme.\n"
        "Closing date for Swedish applicants:\n  20 November 2025, 14:00 CET\n",
        "2025-11-20T14:00+01:00",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), COLON_LABEL_WRAP)
def test_deadline_label_with_date_on_next_line(extract: Extract, text: str, deadline: str) -> None:
    assert deadline in {c["deadline"] for c in extract(text)["calls"]}


def test_wrapped_up_to_makes_a_cap(extract: Extract) -> None:
    text = (
        "The Research Council of Norway and DST have opened a joint call under the INDNOR programme.\n"
        "The Research Council of Norway will fund the Norwegian partner with up\nto NOK 12 million per "
        "project, from a total budget of NOK 60 million. DST will support the Indian partner with up to "
        "INR 1.5 crore per project.\nDeadline: 12 November 2025\n"
    )
    call = extract(text)["calls"][0]
    assert call["max_amount"] == {"value": 12000000, "currency": "NOK"}


def test_capital_heading_word_is_no_part_of_call_programme(extract: Extract) -> None:
    text = (
        "CALL FOR PROPOSALS: BALTNOR JOINT CALL ON FORESTS\n"
        "Norway and Latvia have opened a joint call under the BALTNOR programme on forests.\n"
        "Deadline: 12 November 2025\n"
    )
    assert extract(text)["calls"][0]["program"] == "BALTNOR"


COVERED_YEARS = [  # (text, type): the date is the day of the meeting, not the years covered
    (
        "On 22 October 2025 the ministers of Korea and Uzbekistan met in Tashkent. They approved an Action "
        "Plan for 2026–2027.",
        "action_plan",
    ),
    (
        "On 4 March 2025 the ministers of Chile and Spain met in Madrid. They signed the Roadmap for "
        "Cooperation in Science for 2025-2030.",
        "roadmap",
    ),
]


@pytest.mark.parametrize(("text", "kind"), COVERED_YEARS)
def test_covered_years_are_no_instrument_date(extract: Extract, text: str, kind: str) -> None:
    item = next(a for a in extract(text)["agreements"] if a["type"] == kind)
    assert item["date"] not in ("2025", "2026")
    assert str(item["date"]).startswith("2025-")


def test_agreement_introduced_as_another_one_is_kept(extract: Extract) -> None:
    text = (
        "Korea and Uzbekistan signed a Roadmap for Cooperation in Science on 22 October 2025.\n\n"
        "A separate agreement was signed between the Agency for Innovative Development and the Korea "
        "International Cooperation Agency on the construction of a technology park."
    )
    kinds = [a["type"] for a in extract(text, published=None)["agreements"]]
    assert "agreement" in kinds


NAMED_STATEMENTS = [  # (text, parties, title)
    (
        "The work draws on the Galway Statement on Atlantic Ocean Cooperation, signed in 2013 by Canada, "
        "the European Union and the United States.",
        ["CA", "EU", "US"],
        "Galway Statement on Atlantic Ocean Cooperation",
    ),
    (
        "Brazil and Angola recalled the Belém Statement on the South Atlantic, adopted in 2017 by Brazil, "
        "South Africa and the European Union.",
        ["BR", "EU", "ZA"],
        "Belém Statement on the South Atlantic",
    ),
    (
        "Ministers from Kenya and Ghana endorsed the Accra Statement on Research Excellence on 4 March 2024.",
        ["GH", "KE"],
        "Accra Statement on Research Excellence",
    ),
]


@pytest.mark.parametrize(("text", "parties", "title"), NAMED_STATEMENTS)
def test_statement_titled_by_a_proper_name(
    extract: Extract, text: str, parties: list[str], title: str
) -> None:
    found = [a for a in extract(text)["agreements"] if a.get("title") == title]
    assert found and found[0]["type"] == "joint_statement" and found[0]["parties"] == parties


def test_press_statement_is_no_named_statement(extract: Extract) -> None:
    text = "The Press Statement of the Ministry on Chile and Peru was published."
    assert not [a for a in extract(text)["agreements"] if a["type"] == "joint_statement"]


SAME_DAY = [  # speeches dated by their dateline; the instrument signed on the day
    "*Warsaw, 14 October 2025*\n\nPoland and Korea work together. Directly after this session, the two "
    "directors will sign the implementing arrangement that sets out how the fund works.",
    "*Lima, 14 October 2025*\n\nPeru and Korea work together. Later today, the two directors will sign the "
    "implementing arrangement for the new fund.",
    "*Oslo, 14 October 2025*\n\nNorway and Korea work together. This afternoon, the ministers will sign the "
    "implementing arrangement on polar research.",
]


@pytest.mark.parametrize("text", SAME_DAY)
def test_instrument_signed_on_the_day_of_a_speech(extract: Extract, text: str) -> None:
    item = next(
        a for a in extract(text, published=None)["agreements"] if a["type"] == "implementing_arrangement"
    )
    assert item["date"] == "2025-10-14"


TOPIC_CUES = [  # (text, topic)
    (
        "Japan and Chile agreed on the training of 500 Chilean engineers and researchers in Japanese "
        "universities.",
        "talent_mobility",
    ),
    ("Peru and Korea will train up to 40 young scientists in laboratory methods.", "talent_mobility"),
    (
        "Norway and India signed a research agreement. The programme has supported student and staff\n"
        "exchange with Indian universities.",
        "talent_mobility",
    ),
    ("Germany and Mexico: Research Mobility 2026. Scholarships for research stays.", "talent_mobility"),
    (
        "Canada and Ireland will study the effects of warming waters on North Atlantic fish stocks in marine "
        "science.",
        "climate_environment",
    ),
]


@pytest.mark.parametrize(("text", "topic"), TOPIC_CUES)
def test_topic_cues(extract: Extract, text: str, topic: str) -> None:
    assert topic in topics(extract(text))


def test_research_mobility_is_no_transport(extract: Extract) -> None:
    text = "Germany and Mexico: Research Mobility 2026. Scholarships for research stays of researchers."
    assert "mobility" not in topics(extract(text))


def test_training_of_staff_only_near_people(extract: Extract) -> None:
    text = "Spain and Chile will train models of artificial intelligence for research on wine."
    assert "talent_mobility" not in topics(extract(text))


def test_plain_word_before_a_qualifier_is_a_field(extract: Extract) -> None:
    text = "Chile and Spain take part in the Sentinel missions, part of the Earth satellite programme."
    assert "Earth" not in programme_names(extract(text))


def test_covered_years_date_an_instrument_when_nothing_else_does(extract: Extract) -> None:
    text = "Chile and Spain agree on a first joint Road Map for 2011-2013 in science."
    item = next(a for a in extract(text, published=None)["agreements"] if a["type"] == "roadmap")
    assert str(item["date"]).startswith("2011")
