"""Round 15d people probes: sentences written the way press releases name people, each a class of
error the probes showed.

- "the president of the institute, NAME, said": the office before the name is the role (without the
  body that a common noun names) and no organisation is named "NAME";
- "Professor A of Korea University and Professor B of ...": B's role is no run of A's body;
- a role after a hard line break that follows a linking word ("Rector of the University of⏎Iceland");
- a role that a colon and a quotation end ("head of the team at KOPRI: “...”");
- "NAME (Rannis), Dr. NAME (NRF)": a bracket after a name is that person's own affiliation;
- "NAME (University of X), NAME (KAIST)": people listed with their body in brackets, no honorific;
- "[Body] president NAME and [Body] director NAME": both people, each with a body.
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

HEAD = "Seoul, 12 March 2025 - Korea and Iceland signed a research cooperation agreement.\n\n"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The president of the institute, Han Min-jae, said the programme would grow.",
            "Min-jae Han",
            "president",
        ),
        (
            "The rector of the university, Jon Gunnarsson, signed for the Icelandic side.",
            "Jon Gunnarsson",
            "rector",
        ),
        (
            "The chairman of the foundation, Bjorn Stefansson, said the grants would double.",
            "Bjorn Stefansson",
            "chairman",
        ),
        (
            "The head of the agency's international office, Gudrun Petursdottir, presented the call.",
            "Gudrun Petursdottir",
            "head",
        ),
        (
            "The director of the agency, Dr. Lee Soo-jin, said that the call is open.",
            "Soo-jin Lee",
            "director",
        ),
    ],
)
def test_office_of_a_lower_case_body(extract: Extract, text: str, person: str, role: str) -> None:
    record = extract(HEAD + text, published=None)
    people = people_by_name(record)
    assert person in people
    assert people[person]["role"] == role
    names = {o["name"] for o in record["organizations"]}
    assert not any(part in name for name in names for part in person.split())  # (no body named after them)


@pytest.mark.parametrize(
    ("text", "person", "role", "country"),
    [
        (
            "The workshop was co-chaired by Professor LEE Sang-hoon of Korea University and Professor "
            "Gudmundur HALLDORSSON of the University of Iceland.",
            "Gudmundur Halldorsson",
            None,
            "IS",
        ),
        (
            "Guest speakers included Dr. Sigrun Olafsdottir of the University of Iceland and Professor "
            "Choi Jae-young of Pusan National University.",
            "Jae-young Choi",
            "Professor",
            "KR",
        ),
    ],
)
def test_role_not_run_over_other_body(
    extract: Extract, text: str, person: str, role: str | None, country: str
) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert person in people
    assert "University and" not in (people[person]["role"] or "")
    if role is not None:
        assert people[person]["role"] == role
    assert people[person]["country"] == country


def test_role_goes_on_over_line_break_after_link(extract: Extract) -> None:
    people = people_by_name(
        extract(
            HEAD + "The MoU was signed by Prof. Jon Atli Benediktsson, Rector of the University of\n"
            "Iceland, and Prof. Yoo Hong-lim, President of Seoul National University.\n",
            published=None,
        )
    )
    assert people["Jon Atli Benediktsson"]["role"] == "Rector of the University of Iceland"
    assert people["Hong-lim Yoo"]["role"] == "President of Seoul National University"


def test_colon_ends_lower_case_role(extract: Extract) -> None:
    people = people_by_name(
        extract(
            HEAD
            + 'Quotes from Professor Kim Sung-ho, head of the polar science team at KOPRI: "Iceland is key."',
            published=None,
        )
    )
    assert people["Sung-ho Kim"]["role"] == "head of the polar science team at KOPRI"


def test_bracket_is_own_affiliation(extract: Extract) -> None:
    people = people_by_name(
        extract(
            HEAD
            + "Present were: Dr. Anna Berg (Rannis), Dr. Lee Jae-hoon (NRF), and Ms. Gudrun Olafsdottir.",
            published=None,
        )
    )
    assert people["Anna Berg"]["country"] is None  # (not the next person's NRF)
    assert people["Jae-hoon Lee"]["country"] == "KR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the speakers were Jon Gunnarsson (University of Iceland), Lee Eun-young (KAIST) and "
            "Helga Jonsdottir (Marel).",
            {"Jon Gunnarsson": "IS", "Eun-young Lee": "KR"},
        ),
        (
            "The panel brought together Sigrun Magnusdottir (Reykjavik University) and Park Ji-hoon "
            "(Seoul National University).",
            {"Sigrun Magnusdottir": "IS", "Ji-hoon Park": "KR"},
        ),
    ],
)
def test_names_with_bracketed_bodies(extract: Extract, text: str, expected: dict[str, str]) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    for name, country in expected.items():
        assert name in people
        assert people[name]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        # (a name in another language with its short form or English name in brackets is no person)
        "El acuerdo con el Instituto Coreano de Investigación en Biociencia y Biotecnología (KRIBB) "
        "fue firmado.",
        "Contact: ETAg – Eesti Teadusagentuur (Estonian Research Council), Tartu.",
        "Deadlines are given in Japan Standard Time (JST).",
    ],
)
def test_bracket_after_other_names_is_no_person(extract: Extract, text: str) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert not any(w in name for name in people for w in ("Biotecnología", "Teadusagentuur", "Standard"))


def test_lower_case_offices_before_names_in_a_list(extract: Extract) -> None:
    record = extract(
        HEAD + "Korea Maritime Institute president Kim Jong-deok and Marine Research Institute director "
        "Thorsteinn Sigurdsson signed the letter.",
        published=None,
    )
    people = people_by_name(record)
    assert people["Jong-deok Kim"]["role"] == "Korea Maritime Institute president"
    assert people["Thorsteinn Sigurdsson"]["role"] == "Marine Research Institute director"
    assert {o["name"] for o in record["organizations"]} >= {
        "Korea Maritime Institute",
        "Marine Research Institute",
    }
