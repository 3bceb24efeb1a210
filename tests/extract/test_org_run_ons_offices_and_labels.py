"""Organisation names across sets (round 8): run-ons over "and the", programme-run units, offices
abroad named by an acronym and a place, and publication labels. Sentences of our own.

- "PLACE and the ORG": a (multi-word) place, then a body with a head of its own, is two things;
- "ORG and the Government of X": a body, then a state's government, is never one name;
- a name cut before a known name keeps no "and the" at its end;
- "Program Management Unit for ... (ACR)": a programme word before a unit's head names a body;
- "ACR Region": a known body's acronym and the country or region of its office abroad;
- "Embassy Newsletter", "University News": a head word and a publication noun label a
  publication, not a body.
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

# PLACE and the ORG / ORG and the Government of X: the run-on is cut at "and the".
_RUN_ONS = [
    (
        "The trade office in Ho Chi Minh City and the Vietnam Chamber of Commerce and Industry "
        "organised a business lunch.",
        "Vietnam Chamber of Commerce and Industry",
        "Ho Chi Minh City and the Vietnam Chamber of Commerce and Industry",
    ),
    (
        "Teams from New York and the American Chamber of Commerce met in March.",
        "American Chamber of Commerce",
        "New York and the American Chamber of Commerce",
    ),
    (
        "The Water Research Commission of South Africa and the Dutch Ministry of Infrastructure "
        "signed a letter.",
        "Dutch Ministry of Infrastructure",
        "South Africa and the Dutch Ministry of Infrastructure",
    ),
    (
        "Researchers in Rio de Janeiro and the Brazilian Academy of Sciences presented results.",
        "Brazilian Academy of Sciences",
        "Rio de Janeiro and the Brazilian Academy of Sciences",
    ),
    (
        "Negotiators from the European Commission and the Government of Canada met in Ottawa.",
        "European Commission",
        "European Commission and the Government of Canada",
    ),
    (
        "The University of Tartu and the Government of Estonia signed the deal.",
        "University of Tartu",
        "University of Tartu and the Government of Estonia",
    ),
    (
        "A grant from the Institute of Physics and the State Government of Bavaria paid for it.",
        "Institute of Physics",
        "Institute of Physics and the State Government of Bavaria",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _RUN_ONS)
def test_name_does_not_run_on_over_and_the(extract: Extract, text: str, wanted: str, unwanted: str) -> None:
    names = org_names(extract(text))
    assert wanted in names, names
    assert unwanted not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The High North Research Centre for Climate and the Environment hosted the meeting.",
            "High North Research Centre for Climate and the Environment",
        ),
        (
            "Funding came from the Council for Science and the Humanities in Oslo.",
            "Council for Science and the Humanities",
        ),
    ],
)
def test_and_the_inside_one_name_stays(extract: Extract, text: str, name: str) -> None:
    """Negative: "and the" before a field, not a body, keeps the name whole."""
    assert name in org_names(extract(text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Students from the University of Lagos and the\nTechnion – Israel Institute of Technology "
            "will share a lab.",
            "University of Lagos",
        ),
        (
            "The Karolinska Institute and the Technion – Israel Institute of Technology signed.",
            "Karolinska Institute",
        ),
    ],
)
def test_name_cut_before_a_known_name_keeps_no_joint(extract: Extract, text: str, wanted: str) -> None:
    names = org_names(extract(text))
    assert wanted in names, names
    assert not any(n.endswith((" and the", " and", " the")) for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Grants come from Thailand's Program\nManagement Unit for Human Resources and Institutional "
            "Development (PMU-B), which funds mobility.",
            "Program Management Unit for Human Resources and Institutional Development",
            "PMU-B",
        ),
        (
            "Ghana's Project Management Office for Digital Skills (PMO-DS) will run the call.",
            "Project Management Office for Digital Skills",
            "PMO-DS",
        ),
        (
            "The Programme Secretariat for Blue Economy (PSBE) in Nairobi reviews the proposals.",
            "Programme Secretariat for Blue Economy",
            "PSBE",
        ),
    ],
)
def test_unit_that_runs_a_programme_is_a_body(extract: Extract, text: str, name: str, acronym: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, orgs
    assert acronym in orgs[name]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "The Programme for Research Infrastructures (PRI) funds the work.",
        "The Fund for Climate Partnerships (FCP) pays for the second year.",
    ],
)
def test_programme_named_by_what_it_is_for_is_no_body(extract: Extract, text: str) -> None:
    """Negative: a programme word as the head keeps the name a programme."""
    names = org_names(extract(text))
    assert not any(n.startswith(("Programme for", "Fund for")) for n in names), names


@pytest.mark.parametrize(
    ("text", "office", "country"),
    [
        (
            "A matchmaking day will be held at KIST Europe in Saarbrücken, the European centre of the "
            "Korea Institute of Science and Technology (KIST).",
            "KIST Europe",
            "KR",
        ),
        (
            "Professor Lee, Director of KIST Europe, opened the lab with the Korea Institute of Science "
            "and Technology (KIST).",
            "KIST Europe",
            "KR",
        ),
        (
            "The German Academic Exchange Service (DAAD) also runs DAAD Kenya, its office in Nairobi.",
            "DAAD Kenya",
            "DE",
        ),
    ],
)
def test_acronym_and_region_name_an_office_abroad(
    extract: Extract, text: str, office: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert office in orgs, orgs
    assert orgs[office]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "The EU Japan partnership and the UK Korea dialogue were discussed by KAIST Korea staff.",
        "The Japan Science and Technology Agency (JST) and JST Japan staff met in Tokyo.",
    ],
)
def test_no_office_for_two_places_or_a_body_at_home(extract: Extract, text: str) -> None:
    """Negative: two places ("EU Japan") or a body and its own country ("JST Japan")."""
    names = org_names(extract(text))
    assert not {"EU Japan", "UK Korea", "KAIST Korea", "JST Japan"} & names, names


@pytest.mark.parametrize(
    ("text", "label", "body"),
    [
        (
            "# NORWAY IN KENYA -- Embassy Newsletter\n\nThe Embassy of Norway hosted a seminar in Nairobi.",
            "Embassy Newsletter",
            "Embassy of Norway",
        ),
        (
            "---\ncategory: University News\n---\n\nThe University of Otago signed a deal with Keio "
            "University.",
            "University News",
            "University of Otago",
        ),
        (
            "Ministry Bulletin, March 2025. The Ministry of Science of Peru opened a call.",
            "Ministry Bulletin",
            "Ministry of Science of Peru",
        ),
    ],
)
def test_publication_label_is_no_body(extract: Extract, text: str, label: str, body: str) -> None:
    names = org_names(extract(text))
    assert label not in names
    assert body in names, names


def test_named_news_agency_stays(extract: Extract) -> None:
    """Negative: a news agency's own name ends with its head, not a publication noun."""
    assert "Nordic Science News Agency" in org_names(extract("The Nordic Science News Agency reported it."))


@pytest.mark.parametrize(
    ("text", "with_adjective"),
    [
        (
            "Scientists from the Portuguese Institute for Sea and Atmosphere (IPMA) joined the cruise.",
            "Portuguese Institute for Sea and Atmosphere",
        ),
        (
            "Scientists from the Portuguese Institute for the Sea and the Atmosphere (IPMA) sailed.",
            "Portuguese Institute for the Sea and the Atmosphere",
        ),
        (
            "Grants from the Chilean Agency for Research and Development (ANID) pay for the visits.",
            "Chilean Agency for Research and Development",
        ),
    ],
)
def test_adjective_before_a_defined_name_is_one_body(
    extract: Extract, text: str, with_adjective: str
) -> None:
    """An acronym from the name in another language: the name with its country adjective and the
    known body are one organisation."""
    orgs = extract(text)["organizations"]
    holding = [o for o in orgs if with_adjective in [o["name"], *(o.get("aliases") or [])]]
    assert len(holding) == 1, orgs
    assert len(orgs) == 1, orgs


def test_different_bodies_with_a_shared_tail_stay_apart(extract: Extract) -> None:
    """Negative: two bodies in different places of the text are not folded together."""
    orgs = org_names(
        extract(
            "The Institute for Marine Research (IMR) in Bergen and the Danish Institute for Marine "
            "Research met in Copenhagen."
        )
    )
    assert "Institute for Marine Research" in orgs
    assert any(n.startswith("Danish Institute") for n in orgs), orgs


@pytest.mark.parametrize(
    ("text", "company", "country"),
    [
        (
            "TURON-2 will be built with the Korean company Satrec Initiative acting as prime contractor.",
            "Satrec Initiative",
            "KR",
        ),
        (
            "The Osaka-based data analytics company Hoshino Analytics will provide tracking data.",
            "Hoshino Analytics",
            "JP",
        ),
        ("The Finnish start-up Kvanttori Labs, founded in 2021, builds sensors.", "Kvanttori Labs", "FI"),
        ("The Italian firm Leonardo will build the payload.", "Leonardo", "IT"),
    ],
)
def test_company_of_several_words_after_a_company_noun(
    extract: Extract, text: str, company: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert company in orgs, orgs
    assert orgs[company]["country"] == country


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Support comes from the agency Korea Institute of Science and Technology and others.",
            "Korea Institute",
        ),
        ("The company Kvanttori On Monday announced a deal.", "Kvanttori On Monday"),
    ],
)
def test_company_words_stop_before_a_longer_name_or_a_clause(
    extract: Extract, text: str, unwanted: str
) -> None:
    """Negative: a head word with "of" after it, or a function word, ends no company's name."""
    assert unwanted not in org_names(extract(text))
