"""Registry names without the campus city, session 24 (helper ror24). Sentences and records our own.

ROR names many a campus with its city ("<Name> <City>", "<Name>, <City>", "<Name> - <City>",
"<Name> at <City>"), and text names it without. `ror.add_city_free_aliases` gives such a record the
name less its city as an alias, when that name still holds an organisation head word and a rare
word, and no other record has it, ends in it, or is a campus of it in another city (the system
"University of California" and its "University of California, Berkeley" keep apart).
"""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.reference import ror

from .records import Extract, orgs_by_name

HEADS = frozenset({"University", "Institute", "College", "Hospital", "Universidad"})
JOINTS = frozenset({"of", "de", "and", "the", "at", "for"})


def _rec(ror_id: str, name: str, city: str, parents: tuple[str, ...] = (), **more: Any) -> dict[str, Any]:
    return {"ror": ror_id, "name": name, "city": city, "country": "ZZ", "parents": list(parents), **more}


def _aliases(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    ror.add_city_free_aliases(records, (HEADS, JOINTS))
    return {r["name"]: r.get("aliases", []) for r in records}


def test_campus_named_with_its_city_gets_the_bare_name() -> None:
    records = [
        _rec("a1", "Varnholt University Eastbridge", "Eastbridge", ("a0",)),
        _rec("a0", "Varnholt University System", "Eastbridge"),
        _rec("a2", "Varnholt University in Lowmarsh", "Lowmarsh", ("a1",)),  # (a child of a1)
        _rec("b1", "Quillon Institute of Marine Studies, Port Adley", "Port Adley"),
        _rec("c1", "Ostrava-Kell College - Brennach", "Brennach"),
        _rec("d1", "Tamsin Research Hospital at Dunmore", "Dunmore"),
    ]
    aliases = _aliases(records)
    assert aliases["Varnholt University Eastbridge"] == ["Varnholt University"]
    assert aliases["Quillon Institute of Marine Studies, Port Adley"] == [
        "Quillon Institute of Marine Studies"
    ]
    assert aliases["Ostrava-Kell College - Brennach"] == ["Ostrava-Kell College"]
    assert aliases["Tamsin Research Hospital at Dunmore"] == ["Tamsin Research Hospital"]
    assert aliases["Varnholt University System"] == []


@pytest.mark.parametrize(
    ("records", "name"),
    [
        (  # the bare name is another record's (the system, or a sister university)
            [
                _rec("s1", "Marlow University, Kestrel Bay", "Kestrel Bay"),
                _rec("s0", "Marlow University", "Oakden"),
            ],
            "Marlow University, Kestrel Bay",
        ),
        (  # the bare name ends another body's name: a namesake elsewhere, not this one
            [
                _rec("m1", "Orrin Cancer Center Hospital Valdor", "Valdor"),
                _rec("m0", "The University of Sarn Orrin Cancer Center Hospital", "Sarn"),
            ],
            "Orrin Cancer Center Hospital Valdor",
        ),
        (  # a sister campus in its own city, no parent or child of this one
            [
                _rec("u1", "University of Brellshire Tollbury", "Tollbury", ("u0",)),
                _rec("u2", "University of Brellshire Amwick", "Amwick Center", ("u0",)),
            ],
            "University of Brellshire Tollbury",
        ),
        (  # a city that is a word: "University of" is no name
            [_rec("r1", "University of Reading", "Reading")],
            "University of Reading",
        ),
        (  # only common words left ("College" is a head, "the" a joint)
            [_rec("g1", "The College Fenwold", "Fenwold")],
            "The College Fenwold",
        ),
        (  # no organisation head word left
            [_rec("h1", "Dorrance Brothers Lamport", "Lamport")],
            "Dorrance Brothers Lamport",
        ),
        (  # the city is the end of a hyphenated place: "Vessel College Bergen-" is no name
            [_rec("w1", "Vessel College Bergen-Altamira", "Altamira")],
            "Vessel College Bergen-Altamira",
        ),
    ],
)
def test_no_bare_name_when_it_is_taken_generic_or_not_a_name(
    records: list[dict[str, Any]], name: str
) -> None:
    assert _aliases(records)[name] == []


def test_two_campuses_with_one_bare_name_get_none() -> None:
    records = [
        _rec("t1", "Pellwick Institute of Technology Amsel", "Amsel"),
        _rec("t2", "Pellwick Institute of Technology, Rhoden", "Rhoden"),
    ]
    assert _aliases(records) == {r["name"]: [] for r in records}


def test_generic_words_are_measured_over_the_whole_list() -> None:
    filler = [_rec(f"f{n}", f"Coastal Hospital Number {n}", f"Town{n}") for n in range(10)]
    records = [_rec("k1", "Coastal Hospital Wexby", "Wexby"), *filler]
    assert _aliases(records)["Coastal Hospital Wexby"] == []


CASES = [
    (  # a university news item: a US campus named without its city
        "Dublin, 4 March 2026 - Ireland and the United States funded six joint projects on crop "
        "genomics. Teams from Purdue University and University College Dublin will lead two of them.",
        {"Purdue University": ("US", "02dqehb95")},
    ),
    (  # a German campus named without its city in a Japanese-German item
        "TOKYO, 9 April 2026 - Japan and Germany opened a call on battery research. Chemists from "
        "Johannes Gutenberg University will share their laboratories with visiting students.",
        {"Johannes Gutenberg University": ("DE", "023b0x485")},
    ),
    (  # a Nigerian campus named without its city
        "Abuja, 2 June 2026 - Nigeria and Egypt signed a memorandum on desert agriculture. Bayero "
        "University will host the first joint workshop on drought-resistant millet.",
        {"Bayero University": ("NG", "049pzty39")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_campus_named_without_city_resolves_in_the_registry(
    extract: Extract, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    orgs = orgs_by_name(extract(text, published="2026-03-04"))
    for name, (country, ror_id) in expected.items():
        assert name in orgs, sorted(orgs)
        assert (orgs[name].get("country"), orgs[name].get("ror")) == (country, ror_id)


def test_system_name_is_not_a_campus(extract: Extract) -> None:
    text = (
        "Boston, 5 May 2026 - The United States and Portugal agreed to fund ocean research. The "
        "University of Massachusetts will coordinate the work of its campuses."
    )
    for org in extract(text, published="2026-05-05")["organizations"]:
        assert org.get("ror") != "04ydmy275", org
