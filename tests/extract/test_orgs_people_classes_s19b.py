"""Organisation and people classes of session 19, round 1 (helper b). Texts of our own.

1. An acronym's long form that ends with the noun of a person's part or of a step of work ("Lead
   Principal Investigator (LPI)", "Critical Design Review (CDR)") names no body, even when the
   registry knows some body by the same letters (org_heads.yaml `non_body_nouns`).
2. A body that the text defines with its acronym and places in a state of its own ("The National
   Science Foundation (NSF) of Sri Lanka", "Kenya's National Research Foundation (NRF)") is not also
   the registry's namesake in another state, nor a second reading of the same name that only its
   sentence places elsewhere (organizations `_namesakes_defined_abroad`); two bodies that the text
   places each in its own state stay two.
3. The Hausa forms of address "Malam", "Mallam" and "Hajiya" are honorifics, no part of the name
   (roles.yaml `honorifics`, name_stopwords.txt).
4. "Chief Designer" and "Chief Engineer" are titles: a person in a table row with one of them is
   read (roles.yaml `titles`).
6. Companies listed right after "the" and a plural company noun, with no "including" or "such as"
   ("the laser manufacturers A and B"), two names or more joined by "and", are read; the next
   sentence's capitals after the last name do not cut it (org_appositives `listed_companies`).
5. A name may open with up to five initials ("H. P. S. D. Wijesekara", the Sri Lankan style)
   (people `MAX_LEADING_INITIALS`).
"""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases, org_names, people_by_name, roles_by_name

NOT_BODIES = [  # (text, long forms that name no body)
    pytest.param(
        "Qatar and the UK opened a joint call. Each team names a Lead Principal Investigator (LPI) "
        "at a Qatari university.",
        {"Lead Principal Investigator"},
        id="a role",
    ),
    pytest.param(
        "Brazil and China met in Beijing. The Critical Design Review (CDR) of the satellite follows "
        "in September.",
        {"Critical Design Review"},
        id="a milestone",
    ),
    pytest.param(
        "Kenya and Japan agreed on the project. A Mid-Term Evaluation (MTE) will be held in 2027 and "
        "a Project Coordinator (PC) will be named in Nairobi.",
        {"Mid-Term Evaluation", "Project Coordinator"},
        id="an evaluation and a coordinator",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_BODIES)
def test_a_role_or_a_step_defined_with_an_acronym_is_no_body(
    extract: Extract, text: str, absent: set[str]
) -> None:
    names = org_names(extract(text, published="2026-02-12"))
    assert not names & absent, names


NAMESAKES = [  # (text, {name: country}, names that must be absent)
    pytest.param(
        "The National Science Foundation (NSF) of Sri Lanka and India's Department of Science and "
        "Technology (DST) opened a call. NSF will fund the Sri Lankan teams.",
        {"National Science Foundation": "LK"},
        {"U.S. National Science Foundation"},
        id="a registry namesake abroad",
    ),
    pytest.param(
        "Norway and South Africa renewed their programme. South Africa's National Research Foundation "
        "(NRF) will fund the South African teams.\n\nFunders: Research Council of Norway / National "
        "Research Foundation (NRF)",
        {"National Research Foundation": "ZA"},
        set(),
        id="a second reading placed by a listed body",
    ),
    pytest.param(
        "Ghana's Council for Scientific and Industrial Research (CSIR) and India's Council of "
        "Scientific and Industrial Research (CSIR) signed an agreement in Accra.",
        {
            "Council for Scientific and Industrial Research": "GH",
            "Council of Scientific and Industrial Research": "IN",
        },
        set(),
        id="two bodies, each in its own state",
    ),
    pytest.param(
        "The Korean Ministry of Foreign Affairs (MOFA) and Japan's Ministry of Foreign Affairs met in Seoul.",
        {"Ministry of Foreign Affairs of Japan": "JP"},
        set(),
        id="a namesake the text places at home stays",
    ),
    pytest.param(
        "Funding comes from the Academy of Finland and Makerere University (MAK) in Kampala.",
        {"Makerere University": "UG"},
        set(),
        id="a body listed after another state's body is not placed by it",
    ),
]

COMPANIES = [  # (text, names of companies)
    pytest.param(
        "The delegation visited the laser manufacturers Light Conversion and Ekspla. Their director "
        "showed the clean room.",
        {"Light Conversion", "Ekspla"},
        id="a plural company noun, then two names and the sentence's end",
    ),
    pytest.param(
        "Chile and Korea met in Santiago. The Korean shipbuilders Hanwha Ocean and Samsung Heavy "
        "Industries joined the talks.",
        {"Hanwha Ocean", "Samsung Heavy Industries"},
        id="a nationality before the noun",
    ),
    pytest.param(
        "Kenya and Japan met in Nairobi. The telecom operators Safaricom and Airtel. Chairman Otieno "
        "Mwangi spoke.",
        {"Safaricom", "Airtel"},
        id="capitals of the next sentence do not cut the list",
    ),
]


@pytest.mark.parametrize(("text", "names"), COMPANIES)
def test_companies_listed_right_after_a_plural_noun(extract: Extract, text: str, names: set[str]) -> None:
    found = org_names(extract(text, published="2026-02-12"))
    assert names <= found, found


def test_a_single_name_after_a_plural_noun_is_no_list(extract: Extract) -> None:
    found = org_names(extract("Kenya and Japan met. The firms Nordvik said little.", published="2026-02-12"))
    assert "Nordvik" not in found, found


@pytest.mark.parametrize(("text", "expected", "absent"), NAMESAKES)
def test_a_body_defined_in_its_own_state_has_no_namesake_abroad(
    extract: Extract, text: str, expected: dict[str, str], absent: set[str]
) -> None:
    record = extract(text, published="2026-02-12")
    found = org_countries_and_aliases(record)
    for name, country in expected.items():
        named = [
            o["country"] for o in record["organizations"] if name in [o["name"], *(o.get("aliases") or [])]
        ]
        assert named == [country], (name, found)  # (one body of that name, in its own state)
    assert not org_names(record) & absent, found


NAMES = [  # (text, {name: role})
    pytest.param(
        "Nigeria and China signed the deal in Abuja. Malam Sani Abubakar Yerima, Director-General of "
        "NITDA, signed for Nigeria.",
        {"Sani Abubakar Yerima": "Director-General of NITDA"},
        id="Malam",
    ),
    pytest.param(
        "Nigeria and Egypt met in Kano. Mallam Ibrahim Musa and Hajiya Aisha Bello, Director of the "
        "Nigerian Space Agency, opened the meeting.",
        {"Ibrahim Musa": None, "Aisha Bello": "Director of the Nigerian Space Agency"},
        id="Mallam and Hajiya",
    ),
    pytest.param(
        "Nigeria and Niger met in Kano. The Director-General of NASRDA, Malam Musa Garba Dankano, "
        "said the satellites would launch in 2027.",
        {"Musa Garba Dankano": "Director-General of NASRDA"},
        id="Malam after an office set off by a comma",
    ),
    pytest.param(
        "Brazil and China met in Beijing.\n\n| Name | Title | Body |\n|---|---|---|\n"
        "| LIU Haiyan | Chief Designer | China Academy of Space Technology (CAST) |\n",
        {"Haiyan Liu": "Chief Designer"},
        id="a chief designer in a table",
    ),
    pytest.param(
        "Argentina and Germany met in Bonn.\n\n| Name | Title | Body |\n|---|---|---|\n"
        "| Klaus Wendt | Chief Engineer | German Aerospace Center (DLR) |\n",
        {"Klaus Wendt": "Chief Engineer"},
        id="a chief engineer in a table",
    ),
    pytest.param(
        "Sri Lanka and India opened a call in Colombo. The grant went to Dr. H. P. S. D. Wijesekara of "
        "the University of Colombo.",
        {"H. P. S. D. Wijesekara": None},
        id="four initials",
    ),
    pytest.param(
        "Sri Lanka and Japan met in Kandy. Dr. W. M. A. P. Wanigasekara, Director, spoke first.",
        {"W. M. A. P. Wanigasekara": "Director"},
        id="four initials and a role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_honorifics_titles_and_initials(extract: Extract, text: str, expected: dict[str, str | None]) -> None:
    record = extract(text, published="2026-02-12")
    people = people_by_name(record)
    roles = roles_by_name(record)
    for name, role in expected.items():
        assert name in people, (name, sorted(people))
        assert roles.get(name) == role, name
