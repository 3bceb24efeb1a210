"""One entity per real organisation, person and programme, however the documents write it."""

from __future__ import annotations

from bilat.graph.store import Store
from bilat.query.api import QueryAPI


def kinds(store: Store, kind: str) -> list[str]:
    rows = store.conn.execute("SELECT name FROM entities WHERE kind = ? ORDER BY name", (kind,))
    return [r[0] for r in rows]


JST = {"name": "Japan Science and Technology Agency", "aliases": ["JST"], "country": "JP"}


def test_acronym_full_name_and_spelling_variants_are_one_organisation(store, put):
    put({"organizations": [JST]}, "a")
    put({"organizations": [{"name": "JST", "country": "JP"}]}, "b")
    put({"organizations": [{"name": "the Japan Science & Technology Agency", "country": None}]}, "c")

    assert kinds(store, "organization") == ["Japan Science and Technology Agency"]
    profile = QueryAPI(store).entity("JST")
    assert profile.documents.total == 3
    assert profile.country == "JP"


def test_an_acronym_shared_by_two_countries_stays_two_organisations(store, put):
    put({"organizations": [{"name": "National Research Council", "aliases": ["NRC"], "country": "CA"}]}, "a")
    put({"organizations": [{"name": "National Research Council", "aliases": ["CNR"], "country": "IT"}]}, "b")
    put({"organizations": [{"name": "NRC", "country": "US"}]}, "c")
    put({"organizations": [{"name": "NRC", "country": "CA"}]}, "d")

    rows = store.conn.execute(
        "SELECT country, count(*) FROM entities WHERE kind = 'organization' GROUP BY country"
    )
    assert dict(rows.fetchall()) == {"CA": 1, "IT": 1, "US": 1}


def test_diacritics_and_case_do_not_split_an_organisation(store, put):
    put({"organizations": [{"name": "Vetenskapsrådet", "country": "SE"}]}, "a")
    put({"organizations": [{"name": "VETENSKAPSRADET", "country": "SE"}]}, "b")
    assert len(kinds(store, "organization")) == 1


def test_one_small_typo_in_a_long_name_merges_but_another_place_does_not(store, put):
    put({"organizations": [{"name": "Tohoku University", "country": "JP"}]}, "a")
    put({"organizations": [{"name": "Tokohu University", "country": "JP"}]}, "b")
    put({"organizations": [{"name": "University of Tokyo", "country": "JP"}]}, "c")
    put({"organizations": [{"name": "University of Kyoto", "country": "JP"}]}, "d")
    assert kinds(store, "organization") == ["Tohoku University", "University of Kyoto", "University of Tokyo"]


def test_a_ror_id_merges_names_in_other_languages(store, put):
    put({"organizations": [{"name": "科学技術振興機構", "ror": "00097mb19", "country": "JP"}]}, "a")
    put({"organizations": [{**JST, "ror": "https://ror.org/00097mb19"}]}, "b")
    put({"organizations": [{"name": "JST", "country": "JP"}]}, "c")

    (entity,) = store.conn.execute(
        "SELECT id, name, ror_id FROM entities WHERE kind = 'organization'"
    ).fetchall()
    assert entity[2] == "00097mb19"
    assert QueryAPI(store).entity("科学技術振興機構").id == entity[0]


def test_family_name_first_in_capitals_is_the_same_person_with_roles_over_time(store, put):
    put(
        {"people": [{"name": "Sanae Takaichi", "role": "Minister of State", "country": "JP"}]},
        "a",
        published="2023-05-23",
    )
    put(
        {"people": [{"name": "TAKAICHI Sanae", "role": "Prime Minister", "country": "JP"}]},
        "b",
        published="2025-10-21",
    )

    profile = QueryAPI(store).entity("Takaichi Sanae")
    assert profile.kind == "person"
    assert [(r.role, r.date) for r in profile.roles] == [
        ("Minister of State", "2023-05-23"),
        ("Prime Minister", "2025-10-21"),
    ]


def test_a_family_name_alone_joins_the_one_person_of_that_country(store, put):
    put({"people": [{"name": "Shigeru Ishiba", "role": "Prime Minister", "country": "JP"}]}, "a")
    put({"people": [{"name": "Ishiba", "role": "Prime Minister", "country": "JP"}]}, "b")
    put({"people": [{"name": "Ishiba", "country": "KR"}]}, "c")
    rows = store.conn.execute("SELECT country, count(*) FROM entities WHERE kind = 'person' GROUP BY country")
    assert dict(rows.fetchall()) == {"JP": 1, "KR": 1}


def test_people_with_the_same_name_in_different_countries_stay_apart(store, put):
    put({"people": [{"name": "Kim Min-jun", "country": "KR"}]}, "a")
    put({"people": [{"name": "Kim Min-jun", "country": "US"}]}, "b")
    put({"people": [{"name": "Min-jun Kim", "country": "KR"}]}, "c")
    assert len(kinds(store, "person")) == 2


def test_programme_names_match_without_programme_or_funder_words(store, put):
    put(
        {
            "programs": [
                {
                    "name": "ASPIRE",
                    "aliases": ["Adopting Sustainable Partnerships for an Innovative Research Ecosystem"],
                }
            ]
        },
        "a",
    )
    put({"programs": [{"name": "JST ASPIRE"}]}, "b")
    put({"programs": [{"name": "ASPIRE program"}]}, "c")
    put({"programs": [{"name": "Horizon Europe"}]}, "d")
    assert kinds(store, "program") == ["ASPIRE", "Horizon Europe"]


def test_a_ror_id_learnt_later_still_joins_a_name_in_another_language(store, put):
    put({"organizations": [JST]}, "a")
    put({"organizations": [{**JST, "ror": "00097mb19"}]}, "b")
    put(
        {
            "organizations": [
                {"name": "国立研究開発法人科学技術振興機構", "ror": "00097mb19", "country": "JP"}
            ]
        },
        "c",
    )
    assert kinds(store, "organization") == ["Japan Science and Technology Agency"]


def test_a_person_given_another_country_by_mistake_still_joins_by_the_same_role(store, put):
    role = "Ambassador for Science and Technology Cooperation at the Ministry of Foreign Affairs"
    put({"people": [{"name": "Misako Kaji", "role": role, "country": "JP"}]}, "a")
    put(
        {
            "people": [
                {
                    "name": "KAJI Misako",
                    "role": "Ambassador for Science and Technology Cooperation",
                    "country": "EU",
                }
            ]
        },
        "b",
    )
    put({"people": [{"name": "Misako Kaji", "role": "Professor of physics", "country": "US"}]}, "c")
    assert len(kinds(store, "person")) == 2
